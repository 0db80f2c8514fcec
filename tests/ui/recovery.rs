//! No lost work through the window: unsaved projections reach the recovery file when the
//! window loses focus or the autosave timer fires, the next start offers them back, and a clean
//! save or a discard removes the file.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::time::Duration;

use crate::common::{app_with_autosave, enter_score, pts, request_close, select};
use egui_kittest::kittest::{By, Queryable};
use parindex::io::recovery;
use parindex::ui::i18n::VI;

/// A dirty app (3.4.2 set to 1,5) that has lost focus, so its recovery file is written.
fn crashed_session(dir: &Path) {
    let mut harness = app_with_autosave(dir, Duration::from_secs(30));
    select(&mut harness, "3.4.2");
    enter_score(&mut harness, "1,5");
    harness.input_mut().focused = false;
    harness.run_ok();
    assert!(recovery::recovery_path(dir).exists());
    // Dropped without a close request: what a kill -9 leaves behind.
}

#[test]
fn a_dirty_app_writes_its_recovery_file_when_the_window_loses_focus() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_with_autosave(dir.path(), Duration::from_secs(30));
    select(&mut harness, "3.4.2");
    enter_score(&mut harness, "1,5");
    assert!(
        !recovery::recovery_path(dir.path()).exists(),
        "the 30 s timer has not run out and the window still has focus"
    );
    harness.input_mut().focused = false;
    harness.run_ok();
    let saved = recovery::read(dir.path()).unwrap().unwrap();
    assert_eq!(saved.changes.projection.scores["3.4.2"], pts("1,5"));
    assert_eq!(saved.document, None);
    assert_eq!(&saved.card, harness.state().session().card());
}

#[test]
fn a_dirty_app_writes_its_recovery_file_when_the_autosave_timer_fires() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_with_autosave(dir.path(), Duration::ZERO);
    harness.run_ok();
    assert!(
        !recovery::recovery_path(dir.path()).exists(),
        "nothing unsaved, nothing written"
    );
    select(&mut harness, "3.4.2");
    enter_score(&mut harness, "0,75");
    harness.run_ok();
    let saved = recovery::read(dir.path()).unwrap().unwrap();
    assert_eq!(saved.changes.projection.scores["3.4.2"], pts("0,75"));
}

#[test]
fn the_next_start_offers_the_unsaved_work_and_restore_brings_back_81_18() {
    let dir = tempfile::tempdir().unwrap();
    crashed_session(dir.path());

    let mut harness = app_with_autosave(dir.path(), Duration::from_secs(30));
    assert!(harness.state().recovery_offered());
    harness.get_by_label(VI.recovery_title);
    assert_eq!(harness.state().session().figures().total, pts("79.68"));
    harness.get_by_label(VI.recovery_restore).click();
    harness.run_ok();

    assert!(!harness.state().recovery_offered());
    harness.get_by_label("81,18 / 100");
    let session = harness.state().session();
    assert_eq!(session.figures().total, pts("81.18"));
    assert_eq!(session.changes().projection.scores["3.4.2"], pts("1,5"));
    assert!(
        harness.state().has_unsaved(),
        "restored work is not saved yet"
    );
}

#[test]
fn discarding_the_offer_clears_the_recovery_file() {
    let dir = tempfile::tempdir().unwrap();
    crashed_session(dir.path());

    let mut harness = app_with_autosave(dir.path(), Duration::from_secs(30));
    harness.get_by_label(VI.discard).click();
    harness.run_ok();
    assert!(!harness.state().recovery_offered());
    assert!(!recovery::recovery_path(dir.path()).exists());
    assert_eq!(harness.state().session().figures().total, pts("79.68"));
    assert!(!harness.state().has_unsaved());
}

#[test]
fn a_clean_save_clears_the_recovery_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_with_autosave(dir.path(), Duration::from_secs(30));
    select(&mut harness, "3.4.2");
    enter_score(&mut harness, "1,5");
    harness.input_mut().focused = false;
    harness.run_ok();
    assert!(recovery::recovery_path(dir.path()).exists());

    let scenario = dir.path().join("kich-ban.ron");
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(&ctx, parindex::ui::Action::SaveTo(scenario.clone()));
    harness.run_ok();
    assert!(scenario.exists());
    assert!(!recovery::recovery_path(dir.path()).exists());
}

#[test]
fn discarding_the_changes_on_quit_clears_the_recovery_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_with_autosave(dir.path(), Duration::ZERO);
    select(&mut harness, "3.4.2");
    enter_score(&mut harness, "1,5");
    assert!(recovery::recovery_path(dir.path()).exists());

    request_close(&mut harness);
    harness.run_ok();
    harness.get_by_label(VI.close_save_question);
    assert!(
        recovery::recovery_path(dir.path()).exists(),
        "kept while asking"
    );
    harness.get_by_label(VI.discard).click();
    harness.run_ok();
    assert!(!recovery::recovery_path(dir.path()).exists());
}

#[test]
fn after_another_file_opens_the_recovery_file_holds_that_files_scorecard() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_with_autosave(dir.path(), Duration::ZERO);
    select(&mut harness, "3.4.2");
    enter_score(&mut harness, "1,5");
    let seed = recovery::read(dir.path()).unwrap().unwrap();
    assert_eq!(seed.card.unit, "UBND tỉnh Tiền Giang");

    // Undone back to clean (the panic hook's slot still holds the seed), another scorecard
    // opens without a question and is edited.
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(&ctx, parindex::ui::Action::Undo);
    harness.run_ok();
    assert!(!harness.state().has_unsaved());
    let other = parindex::generate::scorecard(parindex::generate::Spec {
        items: 40,
        depth: 2,
        seed: 5,
        year: 2019,
    });
    let path = dir.path().join("khac.ron");
    std::fs::write(&path, parindex::io::scorecard_to_string(&other).unwrap()).unwrap();
    harness
        .state_mut()
        .apply(&ctx, parindex::ui::Action::Open(path.clone()));
    harness.run_ok();
    assert_eq!(
        harness.state().document().path.as_deref(),
        Some(path.as_path())
    );
    let code = other.fields[0].items[0].code.clone();
    harness.state_mut().apply(
        &ctx,
        parindex::ui::Action::Edit(parindex::engine::Edit::SetScore {
            code: code.clone(),
            value: Some(other.fields[0].items[0].max),
        }),
    );
    harness.run_ok();
    let saved = recovery::read(dir.path()).unwrap().unwrap();
    assert_eq!(saved.card, other);
    assert_eq!(saved.document.as_deref(), Some(path.as_path()));
    assert!(saved.changes.projection.scores.contains_key(&code));
}

#[test]
fn the_panic_hooks_slot_follows_the_edits_and_empties_when_they_are_undone() {
    let dir = tempfile::tempdir().unwrap();
    let autosave = parindex::app::Autosave::new(dir.path().to_path_buf());
    let slot = autosave.slot();
    let mut harness = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .build_eframe(move |cc| {
            parindex::app::ParIndexApp::with_autosave(
                &cc.egui_ctx,
                parindex::app::Settings::default(),
                None,
                Some(autosave),
            )
            .unwrap()
        });
    harness.run_ok();
    assert!(slot.lock().unwrap().is_none());
    select(&mut harness, "3.4.2");
    enter_score(&mut harness, "1,5");
    let held = slot.lock().unwrap().clone().unwrap();
    assert_eq!(held.changes.projection.scores["3.4.2"], pts("1,5"));
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(&ctx, parindex::ui::Action::Undo);
    harness.run_ok();
    assert!(slot.lock().unwrap().is_none(), "nothing unsaved to keep");
}

#[test]
fn after_a_panic_the_next_start_says_so_and_where_the_log_is_then_offers_the_edits() {
    let dir = tempfile::tempdir().unwrap();
    crashed_session(dir.path());
    // What the panic hook leaves (the hook itself is process-wide: tests/panic_hook.rs).
    recovery::note_panic(
        dir.path(),
        "bấm nút lạ at src/ui/x.rs:1\nunsaved edits written",
    );

    let mut harness = app_with_autosave(dir.path(), Duration::from_secs(30));
    harness.get_by_label(VI.panic_title);
    let log = recovery::panic_log_path(dir.path()).display().to_string();
    let shows_log = |node: &egui_kittest::kittest::AccessKitNode<'_>| {
        node.value().as_deref() == Some(log.as_str())
    };
    assert!(
        harness
            .query_all(By::new().predicate(shows_log))
            .next()
            .is_some()
    );
    harness.get_by_label_contains("bấm nút lạ");
    // The restore offer waits until the notice has been read.
    assert!(harness.query_by_label(VI.recovery_title).is_none());

    harness.get_by_label(VI.ok).click();
    harness.run_ok();
    assert!(harness.query_by_label(VI.panic_title).is_none());
    harness.get_by_label(VI.recovery_title);
    drop(harness);

    // Told once: the next start (the offer still unanswered) says nothing of it.
    let harness = app_with_autosave(dir.path(), Duration::from_secs(30));
    assert!(harness.query_by_label(VI.panic_title).is_none());
    harness.get_by_label(VI.recovery_title);
}
