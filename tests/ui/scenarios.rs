//! Scenarios and the plan through the window: save and reopen, apply the plan, undo and redo
//! by shortcut, plan statuses with overdue flags, and the compare view on the shipped saves.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common::{app, copy_of, drop_file, enter_score, pts, request_close, select};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use parindex::app::ParIndexApp;
use parindex::model::Status;
use parindex::ui::i18n::VI;

fn shortcut(harness: &mut Harness<'_, ParIndexApp>, modifiers: Modifiers, key: Key) {
    harness.key_press_modifiers(modifiers, key);
    harness.run_ok();
}

fn tab(harness: &mut Harness<'_, ParIndexApp>, label: &str) {
    harness.get_by_label(label).click();
    harness.run_ok();
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
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(
        &ctx,
        parindex::ui::Action::Edit(parindex::engine::Edit::SetStatus {
            code: "5.1".into(),
            status: Status::InProgress,
            note: "Đang rà soát đề án vị trí việc làm".into(),
            date: parindex::model::Date::new(2020, 9, 1),
        }),
    );
    harness.run_ok();
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
    assert_eq!(
        state.session().changes().statuses["5.1"].status,
        Status::InProgress
    );
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

/// Opens the compare tab and ticks both shipped saves.
fn compare_both_saves(harness: &mut Harness<'_, ParIndexApp>) {
    tab(harness, VI.tab_compare);
    harness.get_by_label("ke-hoach-180-dat-toan-bo.ron").click();
    harness.run_ok();
    harness.get_by_label("ke-hoach-180-than-trong.ron").click();
    harness.run_ok();
    assert_eq!(harness.state().workspace().compared.len(), 2);
}

#[test]
fn compare_view_shows_the_two_shipped_saves_totals() {
    let mut harness = app(1400.0, 1600.0);
    compare_both_saves(&mut harness);
    assert!(harness.query_all_by_label("92,5631").count() >= 1);
    assert!(harness.query_all_by_label("84,93").count() >= 1);
    // Differences from the assessed year's 79,68.
    assert!(harness.query_all_by_label("+12,8831").count() >= 1);
    assert!(harness.query_all_by_label("+5,25").count() >= 1);
}

#[test]
fn opening_a_file_on_the_same_card_keeps_the_compared_scenarios_and_another_card_drops_them() {
    let mut harness = app(1400.0, 900.0);
    compare_both_saves(&mut harness);

    let dir = tempfile::tempdir().unwrap();
    let same = copy_of("ke-hoach-180-than-trong.ron", dir.path());
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(&ctx, parindex::ui::Action::Open(same));
    harness.run_ok();
    assert_eq!(harness.state().error(), None);
    assert_eq!(harness.state().workspace().compared.len(), 2);

    let other = dir.path().join("khac.ron");
    let card = parindex::generate::scorecard(parindex::generate::Spec {
        items: 40,
        depth: 3,
        seed: 3,
        year: 2019,
    });
    std::fs::write(&other, parindex::io::scorecard_to_string(&card).unwrap()).unwrap();
    harness
        .state_mut()
        .apply(&ctx, parindex::ui::Action::Open(other));
    harness.run_ok();
    assert_eq!(harness.state().error(), None);
    assert!(harness.state().workspace().compared.is_empty());
}

fn title(harness: &Harness<'_, ParIndexApp>) -> Option<String> {
    harness
        .output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)?
        .commands
        .iter()
        .rev()
        .find_map(|c| match c {
            egui::ViewportCommand::Title(t) => Some(t.clone()),
            _ => None,
        })
}

#[test]
fn the_title_shows_the_scenario_name_and_an_unsaved_mark_and_the_info_dialog_renames_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_of("ke-hoach-180-dat-toan-bo.ron", dir.path());
    let mut harness = app(1400.0, 900.0);
    drop_file(&mut harness, &path);
    harness.step();
    let name = harness.state().info().name.clone();
    assert!(harness.state().title_shown().unwrap().starts_with(&name));

    harness.get_by_label(&name).click();
    harness.run_ok();
    let name_field = || (egui::accesskit::Role::TextInput, VI.info_name);
    let (role, label) = name_field();
    harness.get_by_role_and_label(role, label).focus();
    harness.run_ok();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_role_and_label(role, label)
        .type_text("Quý III/2020");
    harness.run_ok();
    harness.get_by_label(VI.ok_apply).click();
    // The frame that applies the new name sends the title.
    harness.step();
    assert_eq!(harness.state().info().name, "Quý III/2020");
    assert!(harness.state().has_unsaved());
    let shown = harness.state().title_shown().unwrap().to_string();
    assert!(shown.starts_with("* Quý III/2020"), "{shown}");
    assert_eq!(title(&harness).as_deref(), Some(shown.as_str()));

    shortcut(&mut harness, Modifiers::COMMAND, Key::S);
    assert_eq!(
        parindex::io::load_scenario(&path).unwrap().name,
        "Quý III/2020"
    );
    assert!(
        harness
            .state()
            .title_shown()
            .unwrap()
            .starts_with("Quý III/2020")
    );
}

#[test]
fn closing_with_unsaved_changes_can_save_first() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_of("ke-hoach-180-than-trong.ron", dir.path());
    let mut harness = app(1400.0, 900.0);
    drop_file(&mut harness, &path);
    tab(&mut harness, VI.tab_agencies);
    harness.get_by_label(VI.apply_plan).click();
    harness.run_ok();
    request_close(&mut harness);
    harness.run_ok();
    harness.get_by_label(VI.close_save_question);
    harness.get_all_by_label(VI.save).last().unwrap().click();
    harness.step();
    let closing = harness
        .output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .is_some_and(|v| v.commands.contains(&egui::ViewportCommand::Close));
    assert!(closing, "the window was not closed after saving");
    let saved = parindex::io::load_document(&path).unwrap();
    let session = parindex::engine::Session::with_changes(saved.card().clone(), saved.changes());
    assert_eq!(session.figures().total, pts("92.5631"));
}

#[test]
fn a_read_only_scenario_is_not_saved_over() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_of("ke-hoach-180-than-trong.ron", dir.path());
    let mut permissions = std::fs::metadata(&path).unwrap().permissions();
    permissions.set_readonly(true);
    std::fs::set_permissions(&path, permissions).unwrap();
    let mut harness = app(1400.0, 900.0);
    drop_file(&mut harness, &path);
    harness.get_by_label("84,93 / 100");
    assert_eq!(harness.state().info().path, None, "Save would overwrite it");
}

#[test]
fn a_read_only_scorecard_opens_and_edits_and_save_has_no_file_to_write_over() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tien-giang-2019.ron");
    std::fs::write(&path, parindex::io::EMBEDDED_SCORECARD).unwrap();
    let mut permissions = std::fs::metadata(&path).unwrap().permissions();
    permissions.set_readonly(true);
    std::fs::set_permissions(&path, permissions).unwrap();
    let mut harness = app(1400.0, 900.0);
    drop_file(&mut harness, &path);
    assert_eq!(harness.state().error(), None);
    assert_eq!(
        harness.state().document().path.as_deref(),
        Some(path.as_path())
    );
    select(&mut harness, "3.4.2");
    enter_score(&mut harness, "1,5");
    harness.get_by_label("81,18 / 100");
    // A scorecard is never the file Save writes to: Save asks for a scenario file instead.
    assert_eq!(harness.state().info().path, None, "Save would overwrite it");
    assert!(harness.state().has_unsaved());
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        parindex::io::EMBEDDED_SCORECARD
    );
}

#[test]
fn choosing_an_agency_filters_the_tree_to_its_items() {
    let mut harness = app(1400.0, 900.0);
    tab(&mut harness, VI.tab_agencies);
    harness.get_by_label("Sở Tài chính").click();
    harness.run_ok();
    let state = harness.state();
    assert_eq!(state.workspace().tab, parindex::ui::workspace::Tab::Scores);
    assert_eq!(state.panels().tree.filter, "Sở Tài chính");
    assert_eq!(state.workspace().agency.as_deref(), Some("Sở Tài chính"));
    // 6.2's lead is Sở Tài chính; 4.1's (Sở Nội vụ) is filtered out.
    harness.get_by_label("6.2");
    assert!(harness.query_by_label("4.1").is_none());
}

#[test]
fn the_progress_report_exported_from_the_app_is_the_clis_csv_with_a_bom() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("tien-do.csv");
    let mut harness = app(1400.0, 900.0);
    let ctx = harness.ctx.clone();
    let as_of = parindex::model::Date::new(2020, 10, 1).unwrap();
    harness
        .state_mut()
        .apply(&ctx, parindex::ui::Action::SetAsOf(as_of));
    harness
        .state_mut()
        .apply(&ctx, parindex::ui::Action::ExportProgress(out.clone()));
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
    let cli = std::process::Command::new(env!("CARGO_BIN_EXE_parindex"))
        .args(["report-progress", "--as-of", "2020-10-01"])
        .output()
        .unwrap();
    assert!(cli.status.success());
    assert_eq!(&bytes[3..], cli.stdout.as_slice());
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    let overdue = text.lines().filter(|l| l.ends_with(",có")).count();
    assert_eq!(overdue, 3, "{text}");
}

#[test]
fn a_note_and_a_date_typed_on_the_timeline_are_one_undoable_status_edit_each() {
    let mut harness = app(1400.0, 2400.0);
    tab(&mut harness, VI.tab_deadlines);
    // The first note field on the timeline is 4.1's (due 30/09/2020).
    let (role, note) = (egui::accesskit::Role::TextInput, VI.note);
    harness
        .get_all_by_role_and_label(role, note)
        .next()
        .unwrap()
        .focus();
    harness.run_ok();
    harness
        .get_all_by_role_and_label(role, note)
        .next()
        .unwrap()
        .type_text("Đã trình dự thảo");
    harness.key_press(Key::Enter);
    harness.run_ok();
    let status = harness.state().session().changes().statuses["4.1"].clone();
    assert_eq!(status.note, "Đã trình dự thảo");
    assert_eq!(status.status, Status::NotStarted);
    assert_eq!(status.changed, Some(parindex::model::Date::today_utc()));

    let date = VI.status_date;
    harness
        .get_all_by_role_and_label(role, date)
        .next()
        .unwrap()
        .focus();
    harness.run_ok();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_all_by_role_and_label(role, date)
        .next()
        .unwrap()
        .type_text("2020-09-25");
    harness.key_press(Key::Enter);
    harness.run_ok();
    let status = &harness.state().session().changes().statuses["4.1"];
    assert_eq!(status.changed.unwrap().to_string(), "2020-09-25");
    assert_eq!(status.note, "Đã trình dự thảo");
    assert_eq!(harness.state().session().history().count(), 2);

    shortcut(&mut harness, Modifiers::COMMAND, Key::Z);
    let status = &harness.state().session().changes().statuses["4.1"];
    assert_eq!(status.changed, Some(parindex::model::Date::today_utc()));
}

#[test]
fn a_note_typed_then_scrolled_out_of_view_is_kept_as_an_edit() {
    let mut harness = app(1400.0, 900.0);
    tab(&mut harness, VI.tab_deadlines);
    let note = harness
        .query_all_by_role_and_label(egui::accesskit::Role::TextInput, VI.note)
        .next()
        .unwrap();
    note.focus();
    harness.run_ok();
    harness
        .query_all_by_role_and_label(egui::accesskit::Role::TextInput, VI.note)
        .next()
        .unwrap()
        .type_text("đã trình UBND tỉnh");
    harness.run_ok();
    assert!(!harness.state().has_unsaved(), "still being typed");
    // Scroll the row away while its field has focus: it is no longer drawn.
    harness.hover_at(egui::pos2(400.0, 600.0));
    for _ in 0..10 {
        harness.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, -400.0),
            modifiers: Modifiers::NONE,
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Wheel,
        });
        harness.run_ok();
    }
    let noted: Vec<&String> = harness
        .state()
        .session()
        .changes()
        .statuses
        .iter()
        .filter(|(_, s)| s.note == "đã trình UBND tỉnh")
        .map(|(code, _)| code)
        .collect();
    assert_eq!(noted.len(), 1, "{noted:?}");
    assert!(harness.state().has_unsaved());
}

#[test]
fn a_note_being_typed_when_the_tab_changes_is_kept_as_an_edit() {
    let mut harness = app(1400.0, 900.0);
    tab(&mut harness, VI.tab_deadlines);
    harness
        .query_all_by_role_and_label(egui::accesskit::Role::TextInput, VI.note)
        .next()
        .unwrap()
        .focus();
    harness.run_ok();
    harness
        .query_all_by_role_and_label(egui::accesskit::Role::TextInput, VI.note)
        .next()
        .unwrap()
        .type_text("chờ Bộ Nội vụ");
    harness.run_ok();
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(
        &ctx,
        parindex::ui::Action::ShowTab(parindex::ui::workspace::Tab::Scores),
    );
    harness.run_ok();
    let noted = harness
        .state()
        .session()
        .changes()
        .statuses
        .values()
        .filter(|s| s.note == "chờ Bộ Nội vụ")
        .count();
    assert_eq!(noted, 1);
}
