//! Opening files in the app: errors keep the open scorecard, and unsaved projections are not
//! lost to a stray close.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common::{app, copy_of, drop_file, enter_score, pts, request_close, select};
use egui_kittest::kittest::Queryable;
use parindex::ui::i18n::VI;

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
    // In Vietnamese, with the line and a caret, and which document stays open.
    assert!(error.contains(" 4 |   year: twenty,"), "{error}");
    assert!(error.contains('^'), "{error}");
    assert!(
        error.ends_with("Vẫn đang mở: tien-giang-2019.ron (có sẵn)"),
        "{error}"
    );
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
    request_close(&mut harness);
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

#[test]
fn opening_another_file_over_unsaved_projections_asks_first_and_cancel_keeps_them() {
    let dir = tempfile::tempdir().unwrap();
    let other = copy_of("ke-hoach-180-than-trong.ron", dir.path());
    let mut harness = app(1400.0, 900.0);
    select(&mut harness, "3.4.2");
    enter_score(&mut harness, "1,5");

    drop_file(&mut harness, &other);
    harness.get_by_label(VI.open_save_question);
    assert_eq!(harness.state().document().path, None, "not replaced yet");
    harness.get_by_label(VI.cancel).click();
    harness.run_ok();
    assert!(harness.query_by_label(VI.open_save_question).is_none());
    assert_eq!(harness.state().session().figures().total, pts("81.18"));
    assert!(harness.state().has_unsaved());

    // Asked again, the person gives the changes up: the other file opens.
    drop_file(&mut harness, &other);
    harness.get_by_label(VI.discard).click();
    harness.run_ok();
    assert_eq!(
        harness.state().document().path.as_deref(),
        Some(other.as_path())
    );
    assert_eq!(harness.state().session().figures().total, pts("84.93"));
    assert!(!harness.state().has_unsaved());
}

#[test]
fn saving_when_asked_writes_the_scenario_then_opens_the_other_file() {
    let dir = tempfile::tempdir().unwrap();
    let mine = copy_of("ke-hoach-180-than-trong.ron", dir.path());
    let other = copy_of("ke-hoach-180-dat-toan-bo.ron", dir.path());
    let mut harness = app(1400.0, 900.0);
    drop_file(&mut harness, &mine);
    harness.get_by_label("84,93 / 100");
    select(&mut harness, "3.4.2");
    enter_score(&mut harness, "1,5");
    let edited = harness.state().session().figures().total;
    assert_ne!(edited, pts("84.93"));

    drop_file(&mut harness, &other);
    harness.get_by_label(VI.open_save_question);
    // The question's Save, not the toolbar's.
    harness.get_all_by_label(VI.save).last().unwrap().click();
    harness.run_ok();
    assert_eq!(
        harness.state().document().path.as_deref(),
        Some(other.as_path())
    );
    assert_eq!(harness.state().session().figures().total, pts("92.5631"));

    let saved = parindex::io::load_document(&mine).unwrap();
    let session = parindex::engine::Session::with_changes(saved.card().clone(), saved.changes());
    assert_eq!(
        session.figures().total,
        edited,
        "the edit reached the scenario file"
    );
}

#[test]
fn a_clean_document_is_replaced_without_a_question() {
    let dir = tempfile::tempdir().unwrap();
    let other = copy_of("ke-hoach-180-than-trong.ron", dir.path());
    let mut harness = app(1400.0, 900.0);
    drop_file(&mut harness, &other);
    assert!(harness.query_by_label(VI.open_save_question).is_none());
    assert_eq!(
        harness.state().document().path.as_deref(),
        Some(other.as_path())
    );
}

#[test]
fn while_the_question_waits_a_dropped_file_or_ctrl_z_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let other = copy_of("ke-hoach-180-than-trong.ron", dir.path());
    let mut harness = app(1400.0, 900.0);
    select(&mut harness, "3.4.2");
    enter_score(&mut harness, "1,5");
    request_close(&mut harness);
    harness.run_ok();
    harness.get_by_label(VI.close_save_question);

    drop_file(&mut harness, &other);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run_ok();
    harness.get_by_label(VI.close_save_question);
    assert!(harness.query_by_label(VI.open_save_question).is_none());
    assert_eq!(harness.state().document().path, None);
    assert_eq!(harness.state().session().figures().total, pts("81.18"));
}

/// Where the system's file chooser is missing, the typed-path dialog takes the keyboard as it
/// opens, the caret after the folder offered: the officer types the file's name and Enter.
#[test]
fn the_typed_path_dialog_takes_the_keyboard_with_the_caret_after_the_folder() {
    use parindex::ui::dialogs::{Dialogs, PathDraft, PathPurpose};
    use parindex::ui::{Action, Lang};
    let dialogs = Dialogs {
        path: Some(PathDraft {
            purpose: PathPurpose::Open,
            text: "/tmp/hồ sơ/".into(),
            reason: Some(Lang::Vi.s().dialog_failed.to_string()),
        }),
        ..Dialogs::default()
    };
    let mut harness = egui_kittest::Harness::new_ui_state(
        |ui, (dialogs, actions): &mut (Dialogs, Vec<Action>)| {
            parindex::ui::theme::install(ui.ctx());
            dialogs.ui(ui.ctx(), Lang::Vi, actions);
        },
        (dialogs, Vec::new()),
    );
    harness.run();
    harness
        .input_mut()
        .events
        .push(egui::Event::Text("bảng điểm.ron".into()));
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    let chosen: Vec<_> = harness
        .state()
        .1
        .iter()
        .filter_map(|a| match a {
            Action::PathChosen { purpose, path } => Some((*purpose, path.clone())),
            _ => None,
        })
        .collect();
    assert_eq!(
        chosen,
        [(
            PathPurpose::Open,
            std::path::PathBuf::from("/tmp/hồ sơ/bảng điểm.ron")
        )]
    );
}
