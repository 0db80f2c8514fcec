//! The table's optional columns: the province's own score with the filter "bị BNV trừ điểm"
//! where a card records self-scores (issue 13), and the effort of each fix where a scenario
//! counts efforts (issue 12), edited in its cell as one undoable step.

use crate::common::{app, copy_of, drop_file, pts, select};
use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT, Queryable};
use parindex::io;
use parindex::model::{Item, Points};
use parindex::ui::i18n::VI;

fn set_self_score(items: &mut [Item], code: &str, value: Points) -> bool {
    for item in items {
        if item.code == code {
            item.self_score = Some(value);
            return true;
        }
        if set_self_score(&mut item.items, code, value) {
            return true;
        }
    }
    false
}

/// The seed with the province's own scores on three items: 3.4.2 claimed in full (1,5) but
/// verified at 0, so cut 1,5; 6.1.1 claimed 0,5 over its verified score; 1.5 claimed exactly
/// what was verified, so not cut.
fn card_with_self_scores(dir: &std::path::Path) -> std::path::PathBuf {
    let mut card = io::embedded_scorecard().unwrap();
    let analysis = parindex::engine::Analysis::new(&card);
    let verified = |code: &str| analysis.node(analysis.find(code).unwrap()).base;
    let claims = [
        ("3.4.2", pts("1.5")),
        ("6.1.1", verified("6.1.1") + pts("0.5")),
        ("1.5", verified("1.5")),
    ];
    for (code, value) in claims {
        let found = card
            .fields
            .iter_mut()
            .any(|f| set_self_score(&mut f.items, code, value));
        assert!(found, "{code}");
    }
    let path = dir.join("tu-cham.ron");
    io::save_scorecard(&card, &path).unwrap();
    path
}

#[test]
fn the_cut_filter_shows_only_what_the_appraisal_cut_with_its_ancestors() {
    let dir = tempfile::tempdir().unwrap();
    let path = card_with_self_scores(dir.path());
    let mut harness = app(1400.0, 900.0);
    // A card without self-scores has neither the column nor the filter.
    assert!(harness.query_by_label(VI.col_self_score).is_none());
    assert!(harness.query_by_label(VI.cut_only).is_none());
    drop_file(&mut harness, &path);
    harness.get_by_label(VI.col_self_score);
    harness.get_by_label(VI.cut_only).click();
    harness.run_ok();
    let rows: Vec<String> = harness
        .query_all_by_role(egui::accesskit::Role::Row)
        .filter_map(|row| row.accesskit_node().label())
        .map(|label| label.split(' ').next().unwrap_or_default().to_string())
        .collect();
    assert_eq!(rows, ["3", "3.4", "3.4.2", "6", "6.1", "6.1.1"], "{rows:?}");
    // The cut shows on the claimed score's hover; 3.4.2's claim is in red with its cut.
    harness.get_by_label(VI.cut_only).click();
    harness.run_ok();
    let rows = harness
        .query_all_by_role(egui::accesskit::Role::Row)
        .count();
    assert_eq!(rows, 8, "the filter off shows the eight fields again");
}

#[test]
fn an_effort_typed_in_its_cell_is_one_undoable_edit() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_of("muc-tieu-85.ron", dir.path());
    let mut harness = app(1400.0, 900.0);
    drop_file(&mut harness, &path);
    let unit = harness.state().session().changes().effort_unit.clone();
    harness.get_by_label(&format!("{} ({unit})", VI.col_effort));
    select(&mut harness, "3.4.2");
    let before = harness.state().session().changes().effort("3.4.2");
    let typed = before + pts("7");
    // The cell shows the current effort; a click puts it in typing mode.
    let shown = before.vi();
    let cell = harness
        .query_all_by_role(egui::accesskit::Role::SpinButton)
        .find(|n| n.value().as_deref() == Some(shown.as_str()))
        .unwrap_or_else(|| panic!("no effort cell showing {shown}"));
    cell.click();
    harness.run_ok();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run_ok();
    let cell = harness
        .query_all_by_role(egui::accesskit::Role::SpinButton)
        .find(egui_kittest::Node::is_focused)
        .unwrap();
    cell.type_text(&typed.vi());
    harness.run_ok();
    harness.key_press(Key::Enter);
    harness.run_ok();
    assert_eq!(harness.state().session().changes().effort("3.4.2"), typed);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run_ok();
    assert_eq!(harness.state().session().changes().effort("3.4.2"), before);
}
