//! Opening files in the app: errors keep the open scorecard, and unsaved projections are not
//! lost to a stray close.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod ui_common;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use egui_kittest::kittest::Queryable;
use parindex::ui::i18n::VI;
use ui_common::{app, enter_score, pts, select};

#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

fn drop_file(harness: &mut egui_kittest::Harness<'_, parindex::app::ParIndexApp>, path: &Path) {
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(Dropped(path.to_path_buf())));
    harness.run_ok();
}

#[test]
fn a_malformed_file_shows_its_error_and_keeps_the_open_scorecard() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.ron");
    std::fs::write(
        &bad,
        "(\n  format: 1,\n  unit: \"X\",\n  year: twenty,\n)\n",
    )
    .unwrap();
    let mut harness = app(1400.0, 900.0);
    select(&mut harness, "3.4.2");
    enter_score(&mut harness, "1,5");
    let before = harness.state().session().changes().clone();

    drop_file(&mut harness, &bad);

    let error = harness.state().error().unwrap().to_string();
    assert!(error.contains("bad.ron:4:"), "{error}");
    harness.get_by_label(VI.error_title);
    harness.get_by_label(&error);
    let app = harness.state();
    assert_eq!(app.session().card().unit, "UBND tỉnh Tiền Giang");
    assert_eq!(app.session().changes(), &before);
    assert_eq!(app.document().path, None);
    assert!(app.settings().recent.is_empty());
    harness.get_by_label("81,18 / 100");

    harness.get_by_label(VI.ok).click();
    harness.run_ok();
    assert!(harness.state().error().is_none());
    assert!(harness.query_by_label(VI.error_title).is_none());
}

#[test]
fn a_good_file_opens_and_joins_the_recent_files() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("copy.ron");
    let text = parindex::io::EMBEDDED_SCORECARD.replace("UBND tỉnh Tiền Giang", "UBND tỉnh Thử");
    std::fs::write(&path, text).unwrap();
    let mut harness = app(1400.0, 900.0);
    drop_file(&mut harness, &path);
    let app = harness.state();
    assert_eq!(app.session().card().unit, "UBND tỉnh Thử");
    assert_eq!(app.settings().recent, std::slice::from_ref(&path));
    harness.get_by_label("UBND tỉnh Thử");
}

#[test]
fn closing_with_unsaved_projections_asks_first() {
    let mut harness = app(1400.0, 900.0);
    select(&mut harness, "3.4.2");
    enter_score(&mut harness, "1,5");
    assert!(harness.state().session().is_dirty());
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    harness.step();
    let cancelled = harness
        .output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .is_some_and(|v| v.commands.contains(&egui::ViewportCommand::CancelClose));
    assert!(cancelled, "the close was not held back");
    harness.run_ok();
    harness.get_by_label(VI.close_save_question);
    harness.get_by_label(VI.cancel).click();
    harness.run_ok();
    assert!(harness.query_by_label(VI.close_save_question).is_none());
    assert_eq!(harness.state().session().figures().total, pts("81.18"));
}
