#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The panic hook writes unsaved edits and logs the panic (its own test binary: hooks are
//! process-wide).

use std::sync::{Arc, Mutex};

use parindex::io::embedded_scorecard;
use parindex::io::recovery::{self, Recovery};
use parindex::model::{Changes, Points};

#[test]
fn a_panic_writes_the_unsaved_edits_and_logs_where_it_happened() {
    let dir = tempfile::tempdir().unwrap();
    let mut changes = Changes::default();
    changes
        .projection
        .scores
        .insert("1.3.2".into(), Points::parse("1").unwrap());
    let work = Recovery::now(None, None, embedded_scorecard().unwrap(), changes);
    let slot = Arc::new(Mutex::new(Some(work.clone())));
    recovery::install_panic_hook(dir.path().to_path_buf(), Arc::clone(&slot));

    let result = std::thread::spawn(|| panic!("bấm nút lạ")).join();
    assert!(result.is_err());

    assert_eq!(recovery::read(dir.path()).unwrap(), Some(work));
    let log = std::fs::read_to_string(recovery::panic_log_path(dir.path())).unwrap();
    assert!(log.contains("panicked at tests/panic_hook.rs"), "{log}");
    assert!(log.contains("bấm nút lạ"), "{log}");
    assert!(log.contains("unsaved edits written to"), "{log}");

    // The next start tells the person once, with the message and where it happened.
    let notice = recovery::take_panic_notice(dir.path()).unwrap();
    assert!(notice.contains("bấm nút lạ"), "{notice}");
    assert!(notice.contains("tests/panic_hook.rs"), "{notice}");
    assert_eq!(recovery::take_panic_notice(dir.path()), None);
}
