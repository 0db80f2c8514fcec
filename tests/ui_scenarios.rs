//! Scenarios and the plan through the window: save and reopen, apply the plan, undo and redo
//! by shortcut, plan statuses with overdue flags, and the compare view on the shipped saves.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod ui_common;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use parindex::app::ParIndexApp;
use parindex::model::Status;
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

fn drop_file(harness: &mut Harness<'_, ParIndexApp>, path: &Path) {
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(Dropped(path.to_path_buf())));
    harness.run_ok();
}

fn shortcut(harness: &mut Harness<'_, ParIndexApp>, modifiers: Modifiers, key: Key) {
    harness.key_press_modifiers(modifiers, key);
    harness.run_ok();
}

fn tab(harness: &mut Harness<'_, ParIndexApp>, label: &str) {
    harness.get_by_label(label).click();
    harness.run_ok();
}

/// A copy of a shipped scenario in a temporary folder, so saving over it harms nothing.
fn copy_of(name: &str, dir: &Path) -> PathBuf {
    let path = dir.join(name);
    std::fs::copy(Path::new("saves").join(name), &path).unwrap();
    path
}

#[test]
fn a_scenario_saved_with_ctrl_s_reopens_with_the_same_figures_and_statuses() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_of("ke-hoach-180-than-trong.ron", dir.path());
    let mut harness = app(1400.0, 900.0);
    drop_file(&mut harness, &path);
    assert_eq!(
        harness.state().info().name,
        "Kế hoạch 180: thận trọng (việc tỉnh tự quyết)"
    );
    assert_eq!(harness.state().info().path.as_deref(), Some(path.as_path()));
    harness.get_by_label("84,93 / 100");

    select(&mut harness, "3.4.2");
    enter_score(&mut harness, "1,5");
    assert!(harness.state().has_unsaved());
    let figures = harness.state().session().figures().clone();
    let changes = harness.state().session().changes().clone();
    assert_ne!(figures.total, pts("84.93"));

    shortcut(&mut harness, Modifiers::COMMAND, Key::S);
    assert!(
        !harness.state().has_unsaved(),
        "{:?}",
        harness.state().error()
    );
    let saved = parindex::io::load_scenario(&path).unwrap();
    assert!(!saved.modified.is_empty());

    let mut reopened = app(1400.0, 900.0);
    drop_file(&mut reopened, &path);
    let state = reopened.state();
    assert_eq!(state.session().changes(), &changes);
    assert_eq!(state.session().figures(), &figures);
    assert!(!state.has_unsaved());
    reopened.get_by_label(&format!("{} / 100", figures.total.vi()));
}

#[test]
fn the_embedded_scorecard_has_no_scenario_file_to_save_over() {
    let harness = app(1400.0, 900.0);
    assert_eq!(harness.state().info().path, None);
}

#[test]
fn apply_plan_button_reaches_92_5631_and_undo_redo_shortcuts_walk_the_history() {
    let mut harness = app(1400.0, 900.0);
    assert_eq!(harness.query_all_by_label("79,68 / 100").count(), 2);
    tab(&mut harness, VI.tab_agencies);
    harness.get_by_label(VI.apply_plan).click();
    harness.run_ok();
    harness.get_by_label("92,5631 / 100");
    harness.get_by_label("66,1726 / 66,5");

    shortcut(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(harness.query_all_by_label("79,68 / 100").count(), 2);
    assert!(harness.query_by_label("92,5631 / 100").is_none());

    shortcut(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.get_by_label("92,5631 / 100");
    shortcut(&mut harness, Modifiers::COMMAND, Key::Z);
    shortcut(&mut harness, Modifiers::COMMAND, Key::Y);
    harness.get_by_label("92,5631 / 100");

    tab(&mut harness, VI.tab_history);
    harness.get_by_label("1. Áp dụng kế hoạch");
    harness.get_all_by_label(VI.undo).last().unwrap().click();
    harness.run_ok();
    assert_eq!(harness.query_all_by_label("79,68 / 100").count(), 2);
    harness.get_by_label(&format!("{}: Áp dụng kế hoạch", VI.redo));
}

#[test]
fn deadlines_view_flags_4_1_5_1_5_7_overdue_as_of_2020_10_01_until_marked_done() {
    let mut harness = app(1400.0, 2400.0);
    tab(&mut harness, VI.tab_deadlines);
    let as_of = harness
        .get_all_by_role(egui::accesskit::Role::TextInput)
        .next()
        .unwrap();
    as_of.focus();
    harness.run_ok();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_all_by_role(egui::accesskit::Role::TextInput)
        .next()
        .unwrap()
        .type_text("2020-10-01");
    harness.run_ok();
    assert_eq!(harness.state().workspace().as_of.to_string(), "2020-10-01");
    let overdue: Vec<String> = overdue_codes(&harness);
    assert_eq!(overdue, ["4.1", "5.1", "5.7"]);
    assert_eq!(harness.query_all_by_label(VI.overdue).count(), 3);

    // The first task on the timeline is 4.1 (due 30/09/2020); mark it done.
    harness
        .get_all_by_value(Status::NotStarted.vi())
        .next()
        .unwrap()
        .click();
    harness.run_ok();
    harness.get_by_label(Status::Done.vi()).click();
    harness.run_ok();
    let status = &harness.state().session().changes().statuses["4.1"];
    assert_eq!(status.status, Status::Done);
    assert_eq!(overdue_codes(&harness), ["5.1", "5.7"]);
    assert_eq!(harness.query_all_by_label(VI.overdue).count(), 2);
}

fn overdue_codes(harness: &Harness<'_, ParIndexApp>) -> Vec<String> {
    let state = harness.state();
    let session = state.session();
    parindex::engine::plan_items(
        session.analysis(),
        session.projected(),
        session.changes(),
        state.workspace().as_of,
    )
    .into_iter()
    .filter(|i| i.overdue)
    .map(|i| i.code)
    .collect()
}

#[test]
fn compare_view_shows_the_two_shipped_saves_totals() {
    let mut harness = app(1400.0, 1600.0);
    tab(&mut harness, VI.tab_compare);
    harness.get_by_label("ke-hoach-180-dat-toan-bo.ron").click();
    harness.run_ok();
    harness.get_by_label("ke-hoach-180-than-trong.ron").click();
    harness.run_ok();
    assert_eq!(harness.state().workspace().compared.len(), 2);
    assert!(harness.query_all_by_label("92,5631").count() >= 1);
    assert!(harness.query_all_by_label("84,93").count() >= 1);
    // Differences from the assessed year's 79,68.
    assert!(harness.query_all_by_label("+12,8831").count() >= 1);
    assert!(harness.query_all_by_label("+5,25").count() >= 1);
}
