#![allow(clippy::unwrap_used, clippy::expect_used)]
//! kill -9 the app: a separate process runs the app (this test binary again, headless) and
//! keeps editing a projection with autosave writing on every frame; it is killed with SIGKILL at
//! an arbitrary moment, nothing of it runs on the way out, and the next start must still find a
//! whole recovery file and offer the edits back.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use crate::common::{app_with_autosave, pts};
use egui_kittest::kittest::Queryable;
use parindex::engine::Edit;
use parindex::io::recovery;
use parindex::ui::Action;
use parindex::ui::i18n::VI;

/// Tells the child test where its data directory is (and that it is the child).
const CHILD_DIR: &str = "PARINDEX_CRASH_TEST_DIR";
const CHILD_TEST: &str = "crash_recovery::child_edits_until_killed";
/// What the child prints once its recovery file exists.
const READY: &str = "PARINDEX-CHILD-AUTOSAVED";
/// The two values the child alternates 3.4.2 between.
const VALUES: [&str; 2] = ["1,5", "1,25"];

/// The process that gets killed: edits 3.4.2 back and forth, one frame per edit, autosave due
/// on every frame, until killed (or a minute passes, should the parent be gone).
#[test]
#[ignore = "run as a child process by a_killed_app_offers_its_autosaved_edits_at_the_next_start"]
fn child_edits_until_killed() {
    let dir = std::env::var_os(CHILD_DIR).expect("run by the parent test");
    let mut harness = app_with_autosave(Path::new(&dir), Duration::ZERO);
    let ctx = harness.ctx.clone();
    let started = std::time::Instant::now();
    for step in 0_usize.. {
        let value = pts(VALUES[step % 2]);
        harness.state_mut().apply(
            &ctx,
            Action::Edit(Edit::SetScore {
                code: "3.4.2".into(),
                value: Some(value),
            }),
        );
        harness.step();
        if step == 1 {
            assert!(recovery::recovery_path(Path::new(&dir)).exists());
            // libtest has printed the test name without a newline: the marker ends the line.
            println!("{READY}");
        }
        if started.elapsed() > Duration::from_mins(1) {
            break;
        }
    }
}

/// Starts the ignored test `name` of this binary as a child process working in `dir`, and
/// returns it once it has printed [`READY`].
fn start_child(name: &str, dir: &Path) -> Child {
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args([name, "--exact", "--ignored", "--nocapture"])
        .args(["--test-threads", "1"])
        .env(CHILD_DIR, dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if line.trim_end().ends_with(READY) {
                let _ = tx.send(());
            }
        }
    });
    if rx.recv_timeout(Duration::from_mins(3)).is_err() {
        let _ = child.kill();
        panic!("the child {name} never reported ready");
    }
    child
}

/// kill -9, and checks that is how the child ended.
#[cfg(unix)]
fn kill_9(mut child: Child) {
    use std::os::unix::process::ExitStatusExt;
    child.kill().unwrap(); // SIGKILL on Unix
    let status = child.wait().unwrap();
    assert_eq!(status.signal(), Some(9), "killed by SIGKILL: {status:?}");
}

#[test]
#[cfg(unix)]
fn a_killed_app_offers_its_autosaved_edits_at_the_next_start() {
    let dir = tempfile::tempdir().unwrap();
    let child = start_child(CHILD_TEST, dir.path());
    // Let it write many more times, then kill it wherever it is (possibly mid-write).
    std::thread::sleep(Duration::from_millis(400));
    kill_9(child);

    let found = recovery::read(dir.path())
        .expect("the recovery file is whole, not torn by the kill")
        .expect("the recovery file is there");
    let kept = found.changes.projection.scores["3.4.2"];
    assert!(
        VALUES.iter().any(|v| pts(v) == kept),
        "3.4.2 is one of the values the child set, not {kept:?}"
    );

    let mut harness = app_with_autosave(dir.path(), Duration::from_secs(30));
    assert!(harness.state().recovery_offered());
    assert_eq!(harness.state().session().figures().total, pts("79.68"));
    harness.get_by_label(VI.recovery_restore).click();
    harness.run_ok();
    let session = harness.state().session();
    assert_eq!(session.changes().projection.scores["3.4.2"], kept);
    // 3.4.2 scored 0 in 2019, so the index rises by exactly the restored value.
    assert_eq!(session.figures().total, pts("79.68") + kept);
    assert!(harness.state().has_unsaved());
}

/// The two versions the saving child alternates between: a 10,000-item scorecard (about 2 MB,
/// so a save takes long enough to be caught in the middle) and the same with another unit.
fn versions() -> [String; 2] {
    let mut card = parindex::generate::scorecard(parindex::generate::Spec {
        items: 10_000,
        depth: 4,
        seed: 3,
        year: 2019,
    });
    let first = parindex::io::scorecard_to_string(&card).unwrap();
    card.unit.push_str(" (bản sửa)");
    [first, parindex::io::scorecard_to_string(&card).unwrap()]
}

const SAVED: &str = "bang-diem.ron";

/// The process that gets killed while saving: saves the two versions in turn, atomically.
#[test]
#[ignore = "run as a child process by a_save_killed_at_any_moment_leaves_one_whole_version"]
fn child_saves_until_killed() {
    let dir = std::env::var_os(CHILD_DIR).expect("run by the parent test");
    let path = Path::new(&dir).join(SAVED);
    let versions = versions();
    let started = std::time::Instant::now();
    for step in 0_usize.. {
        parindex::io::write_atomic(&path, versions[step % 2].as_bytes()).unwrap();
        if step == 0 {
            println!("{READY}");
        }
        if started.elapsed() > Duration::from_mins(1) {
            break;
        }
    }
}

#[test]
#[cfg(unix)]
fn a_save_killed_at_any_moment_leaves_one_whole_version() {
    let versions = versions();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(SAVED);
    // Kills at different moments of the save cycle.
    for wait_ms in [0, 7, 23, 61, 149] {
        let child = start_child("crash_recovery::child_saves_until_killed", dir.path());
        std::thread::sleep(Duration::from_millis(wait_ms));
        kill_9(child);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            versions.contains(&text),
            "after a kill {wait_ms} ms in, the file is neither version ({} bytes)",
            text.len()
        );
        parindex::io::parse_scorecard(&text, &parindex::io::Origin::File(path.clone())).unwrap();
    }
}
