//! Rendered reference images of the main window (tests/snapshots/); regenerate them and the
//! plan's with `UPDATE_SNAPSHOTS=1 cargo test --test ui snapshot` after a deliberate visual
//! change.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common::{app, enter_score, select};

#[test]
fn main_window_on_the_embedded_scorecard() {
    let mut harness = app(1400.0, 900.0);
    harness.snapshot("main_window");
}

#[test]
fn main_window_with_3_4_2_projected_to_full_marks() {
    let mut harness = app(1400.0, 900.0);
    select(&mut harness, "3.4.2");
    enter_score(&mut harness, "1,5");
    harness.remove_cursor();
    harness.run_ok();
    harness.snapshot("main_window_3_4_2_projected");
}
