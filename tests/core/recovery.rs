#![allow(clippy::unwrap_used, clippy::expect_used)]
//! No lost work on the core side: failed saves keep the old file; recovery data round-trips.

use std::path::Path;

use parindex::engine::{Edit, Session};
use parindex::io::recovery::{self, Recovery};
use parindex::io::{embedded_scorecard, write_atomic};
use parindex::model::Points;

fn leftovers(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".parindex-save-"))
        .collect()
}

#[test]
fn a_save_whose_parent_is_a_file_fails_and_leaves_nothing_behind() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("not-a-dir");
    std::fs::write(&blocker, b"old").unwrap();
    let err = write_atomic(&blocker.join("card.ron"), b"new").unwrap_err();
    assert!(err.message(false).contains("cannot write"), "{err}");
    assert!(err.to_string().contains("không ghi được"), "{err}");
    assert_eq!(std::fs::read(&blocker).unwrap(), b"old");
    assert!(leftovers(dir.path()).is_empty());
}

#[test]
fn a_save_that_cannot_replace_the_target_keeps_the_old_file_and_removes_its_temp() {
    // A directory where the file should go: the temp file is written, the rename fails.
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("card.ron");
    std::fs::create_dir(&target).unwrap();
    std::fs::write(target.join("inside"), b"old").unwrap();
    assert!(write_atomic(&target, b"new contents").is_err());
    assert_eq!(std::fs::read(target.join("inside")).unwrap(), b"old");
    assert!(
        leftovers(dir.path()).is_empty(),
        "{:?}",
        leftovers(dir.path())
    );
}

#[cfg(unix)]
#[test]
fn a_save_into_a_read_only_directory_keeps_the_old_file() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("card.ron");
    std::fs::write(&target, b"old").unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o555)).unwrap();
    let probe = dir.path().join("probe");
    // root ignores permissions; only assert where the directory really is read-only.
    if std::fs::write(&probe, b"x").is_ok() {
        std::fs::remove_file(&probe).unwrap();
    } else {
        assert!(write_atomic(&target, b"new").is_err());
        assert_eq!(std::fs::read(&target).unwrap(), b"old");
        assert!(leftovers(dir.path()).is_empty());
    }
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
}

#[test]
fn a_successful_save_replaces_the_file_and_leaves_no_temp() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("card.ron");
    std::fs::write(&target, b"old").unwrap();
    write_atomic(&target, b"new").unwrap();
    assert_eq!(std::fs::read(&target).unwrap(), b"new");
    assert!(leftovers(dir.path()).is_empty());
}

#[test]
fn unsaved_edits_round_trip_through_the_recovery_file_and_reopen_as_the_same_figures() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    assert!(recovery::read(&data).unwrap().is_none());

    let mut session = Session::new(embedded_scorecard().unwrap());
    session.apply(Edit::SetScore {
        code: "3.4.2".into(),
        value: Some(Points::parse("1,5").unwrap()),
    });
    let expected_total = session.figures().clone();
    let saved = Recovery::now(
        None,
        Some("what-if.ron".into()),
        session.card().clone(),
        session.changes().clone(),
    );
    recovery::write(&data, &saved).unwrap();

    let back = recovery::read(&data).unwrap().unwrap();
    assert_eq!(back, saved);
    let reopened = Session::with_changes(back.card, back.changes);
    assert_eq!(reopened.figures(), &expected_total);
    assert_ne!(reopened.figures(), reopened.baseline_figures());

    recovery::clear(&data).unwrap();
    assert!(recovery::read(&data).unwrap().is_none());
    recovery::clear(&data).unwrap();
}

#[test]
fn a_damaged_recovery_file_is_a_located_error_not_silently_dropped() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        recovery::recovery_path(dir.path()),
        "Recovery(document: None,",
    )
    .unwrap();
    let err = recovery::read(dir.path()).unwrap_err();
    assert!(err.position().is_some(), "{err}");
    assert!(err.to_string().contains("recovery.ron:1:"), "{err}");
}

#[test]
fn a_temp_left_by_a_killed_save_is_swept_once_stale_and_nothing_else_is() {
    let dir = tempfile::tempdir().unwrap();
    let path = |name: &str| dir.path().join(name);
    let old = path(".parindex-save-4242-1-0.tmp");
    let fresh = path(".parindex-save-4243-2-0.tmp");
    for file in [&old, &fresh, &path("recovery.ron"), &path("notes.tmp")] {
        std::fs::write(file, "x").unwrap();
    }
    let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_hours(1);
    for file in [&old, &path("recovery.ron"), &path("notes.tmp")] {
        std::fs::File::options()
            .write(true)
            .open(file)
            .unwrap()
            .set_modified(hour_ago)
            .unwrap();
    }
    assert_eq!(recovery::sweep(dir.path()), 1);
    assert!(!old.exists(), "the stale temp is gone");
    assert!(
        fresh.exists(),
        "a save may be in progress in another window"
    );
    assert!(path("recovery.ron").exists() && path("notes.tmp").exists());
    assert_eq!(recovery::sweep(dir.path()), 0);
}

#[test]
fn a_save_sweeps_the_stale_temps_beside_its_file() {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join(".parindex-save-4242-1-0.tmp");
    std::fs::write(&old, "half a save").unwrap();
    std::fs::File::options()
        .write(true)
        .open(&old)
        .unwrap()
        .set_modified(std::time::SystemTime::now() - std::time::Duration::from_hours(2))
        .unwrap();
    let target = dir.path().join("kich-ban.ron");
    write_atomic(&target, b"new").unwrap();
    assert!(!old.exists());
    assert_eq!(leftovers(dir.path()), Vec::<String>::new());
}
