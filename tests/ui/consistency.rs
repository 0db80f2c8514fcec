//! The app's header shows the same projection as every other output (issue 10): each shipped
//! scenario and a generated card with a random projection, opened as an officer opens them.

use std::path::PathBuf;

use crate::common::{app, drop_file};
use egui_kittest::kittest::Queryable;
use parindex::engine::Session;
use parindex::generate::{self, Spec};
use parindex::io;

#[test]
fn the_header_shows_the_engines_projection_of_every_document() {
    let dir = tempfile::tempdir().unwrap();
    let mut docs: Vec<PathBuf> = std::fs::read_dir("saves")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    let card = generate::scorecard(Spec {
        items: 300,
        depth: 3,
        seed: 11,
        year: 2019,
    });
    let changes = generate::random_changes(&card, 60, 99);
    let generated = dir.path().join("ngau-nhien.ron");
    io::save_scenario(
        &io::new_scenario("Ngẫu nhiên 11", card, changes).unwrap(),
        &generated,
    )
    .unwrap();
    docs.push(generated);

    let mut harness = app(1400.0, 900.0);
    for doc in &docs {
        drop_file(&mut harness, doc);
        let session = match io::load_document(doc).unwrap() {
            io::Document::Scenario(s) => Session::with_changes(s.base, s.changes),
            io::Document::Scorecard(c) => Session::new(c),
        };
        let (now, base) = (session.figures(), session.baseline_figures());
        assert_eq!(
            harness.state().session().figures(),
            now,
            "{}",
            doc.display()
        );
        for label in [
            format!("{} / {}", now.total.vi(), now.total_max.vi()),
            format!("{} / {}", now.self_total.vi(), now.self_max.vi()),
            format!("{} / {}", base.total.vi(), base.total_max.vi()),
        ] {
            assert!(
                harness.query_all_by_label(&label).count() >= 1,
                "{}: the header lacks {label}",
                doc.display()
            );
        }
    }
}
