//! Editing a what-if: undo/redo, drag coalescing, dirty tracking — no window needed.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use parindex::engine::{Edit, Session};
use parindex::io;
use parindex::model::Points;

fn pts(text: &str) -> Points {
    Points::parse(text).unwrap()
}

fn set(code: &str, value: &str) -> Edit {
    Edit::SetScore {
        code: code.into(),
        value: Some(pts(value)),
    }
}

fn session() -> Session {
    Session::new(io::embedded_scorecard().unwrap())
}

#[test]
fn a_drag_is_one_undo_step_and_undo_restores_the_exact_state() {
    let mut s = session();
    for v in ["0.1", "0.5", "1.2", "1.5"] {
        s.apply_live(set("3.4.2", v), "drag 3.4.2");
    }
    s.seal();
    assert_eq!(s.figures().total, pts("81.18"));
    assert_eq!(s.history().count(), 1);
    assert!(s.undo());
    assert_eq!(s.figures().total, pts("79.68"));
    assert!(!s.is_dirty());
    assert!(s.redo());
    assert_eq!(s.figures().total, pts("81.18"));
    assert_eq!(s.figures().fields[2].self_score, pts("13.9259"));
}

#[test]
fn a_new_edit_after_undo_clears_redo() {
    let mut s = session();
    s.apply(set("1.3.2", "1"));
    s.undo();
    assert!(s.can_redo());
    s.apply(set("1.6", "1.5"));
    assert!(!s.can_redo());
    assert_eq!(s.figures().total, pts("80.68"));
}

#[test]
fn values_are_clamped_to_the_item_maximum() {
    let mut s = session();
    s.apply(set("3.4.2", "7"));
    assert_eq!(s.changes().projection.scores["3.4.2"], pts("1.5"));
}

#[test]
fn an_edit_that_changes_nothing_is_not_a_step() {
    let mut s = session();
    assert!(!s.apply(Edit::ResetAll));
    assert!(!s.apply(set("no-such-code", "1")));
    assert!(!s.can_undo());
}

#[test]
fn survey_edits_move_the_field_and_the_index_but_not_the_self_assessment() {
    let mut s = session();
    s.apply(Edit::SetSurvey {
        field: "8".into(),
        value: Some(pts("10")),
    });
    assert_eq!(s.figures().fields[7].score, pts("14.5"));
    assert_eq!(s.figures().total, pts("81.39"));
    assert_eq!(s.figures().self_total, pts("53.2895"));
    assert!(s.is_dirty());
    s.mark_saved();
    assert!(!s.is_dirty());
}
