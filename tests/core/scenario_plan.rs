//! The plan as edits: apply the plan, statuses, projection by status, agency figures, undo.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use parindex::engine::{Edit, Session, progress_by_agency};
use parindex::io;
use parindex::model::{Date, Points, Status};

fn pts(text: &str) -> Points {
    Points::parse(text).unwrap()
}

fn date(text: &str) -> Date {
    Date::parse(text).unwrap()
}

fn session() -> Session {
    Session::new(io::embedded_scorecard().unwrap())
}

fn status(code: &str, status: Status, day: &str) -> Edit {
    Edit::SetStatus {
        code: code.into(),
        status,
        note: format!("{code}: {}", status.vi()),
        date: Some(date(day)),
    }
}

#[test]
fn applying_the_plan_reaches_66_1726_self_and_92_5631_index() {
    let mut s = session();
    assert!(s.apply(Edit::ApplyPlan));
    assert_eq!(s.figures().self_total, pts("66.1726"));
    assert_eq!(
        s.figures().self_total - s.baseline_figures().self_total,
        pts("12.8831")
    );
    assert_eq!(s.figures().total, pts("92.5631"));
    // What the plan does not itemise stays lost: LV4's 0.2804 and 7.2's 0.047.
    assert_eq!(s.figures().self_lost, pts("0.3274"));
    // Applying it twice changes nothing, so it is not a second undo step.
    assert!(!s.apply(Edit::ApplyPlan));
    assert_eq!(s.history().count(), 1);
}

#[test]
fn applying_the_plan_overrides_a_lower_value_set_on_a_covered_parent() {
    let mut s = session();
    s.apply(Edit::SetScore {
        code: "3.4".into(),
        value: Some(pts("3")),
    });
    s.apply(Edit::ApplyPlan);
    assert!(!s.changes().projection.scores.contains_key("3.4"));
    assert_eq!(s.figures().total, pts("92.5631"));
}

#[test]
fn undo_and_redo_through_apply_plan_and_statuses_restore_exact_states() {
    let mut s = session();
    let mut states = vec![s.changes().clone()];
    for v in ["0.3", "0.9", "1.5"] {
        s.apply_live(
            Edit::SetScore {
                code: "3.4.2".into(),
                value: Some(pts(v)),
            },
            "drag 3.4.2",
        );
    }
    s.seal();
    states.push(s.changes().clone());
    s.apply(status("4.1", Status::InProgress, "2020-08-01"));
    states.push(s.changes().clone());
    s.apply(Edit::ApplyPlan);
    states.push(s.changes().clone());
    s.apply(status("4.1", Status::Done, "2020-09-20"));
    states.push(s.changes().clone());
    s.apply(Edit::ProjectByStatus);
    states.push(s.changes().clone());
    let figures_at_end = s.figures().clone();
    assert_eq!(s.history().count(), 5);

    for want in states.iter().rev().skip(1) {
        assert!(s.undo());
        assert_eq!(s.changes(), want);
    }
    assert!(!s.undo());
    assert_eq!(s.figures(), s.baseline_figures());
    for want in states.iter().skip(1) {
        assert!(s.redo());
        assert_eq!(s.changes(), want);
    }
    assert_eq!(s.figures(), &figures_at_end);
}

#[test]
fn a_status_belongs_only_to_an_item_that_carries_a_plan() {
    let mut s = session();
    assert!(!s.apply(status("3.4.2", Status::Done, "2020-09-30")));
    assert!(!s.apply(status("no-such-code", Status::Done, "2020-09-30")));
    assert!(s.apply(status("3.4", Status::Done, "2020-09-30")));
    assert_eq!(s.changes().statuses["3.4"].status, Status::Done);
    // A status alone does not move any score.
    assert_eq!(s.figures(), s.baseline_figures());
    assert!(s.is_dirty());
}

#[test]
fn projection_by_status_counts_done_items_at_full_marks_only() {
    let mut s = session();
    s.apply(Edit::SetScore {
        code: "8.3.1".into(),
        value: Some(pts("1")),
    });
    s.apply(status("4.1", Status::Done, "2020-09-25"));
    s.apply(status("6.2", Status::Done, "2020-10-20"));
    s.apply(status("5.1", Status::InProgress, "2020-09-01"));
    s.apply(status("1.5", Status::Failed, "2020-12-01"));
    s.apply(Edit::ProjectByStatus);
    // 4.1.2 regains 1 (0.5 → 1.5); 6.2.1 and 6.2.3 regain 0.25 + 0.75. The hand-set 8.3.1 goes.
    assert_eq!(s.figures().self_total, pts("55.2895"));
    assert_eq!(s.figures().total, pts("81.68"));
    let scores: Vec<&str> = s
        .changes()
        .projection
        .scores
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(scores, ["4.1.2", "6.2.1", "6.2.3"]);
    assert_eq!(s.changes().statuses.len(), 4);
}

#[test]
fn agency_figures_and_what_each_scenario_recovers() {
    let s = session();
    let as_of = date("2020-10-01");
    let base = progress_by_agency(s.analysis(), s.projected(), s.changes(), as_of);
    let got: Vec<(&str, String, usize, usize)> = base
        .iter()
        .map(|a| (a.lead.as_str(), a.at_stake.en(), a.items.len(), a.overdue))
        .collect();
    assert_eq!(
        got,
        [
            ("Sở Nội vụ", "4.25".to_string(), 7, 3),
            (
                "Các sở, ban, ngành tỉnh và UBND cấp huyện; cấp xã, cá nhân, tổ chức",
                "0.5".to_string(),
                1,
                0
            ),
            ("Văn phòng ĐDBQH, HĐND&UBND", "2.5741".to_string(), 2, 0),
            ("Sở Tư pháp", "0".to_string(), 1, 0),
            ("Sở Tài chính", "3.059".to_string(), 3, 0),
            ("Sở Thông tin và Truyền thông", "1.047".to_string(), 3, 0),
            ("Sở Kế hoạch và Đầu tư", "1.5".to_string(), 2, 0),
        ]
    );
    assert!(base.iter().all(|a| a.recovered.is_zero()));
    let item_3_4 = base[2].items.iter().find(|i| i.code == "3.4").unwrap();
    assert_eq!(item_3_4.at_stake, pts("1.5741"));

    let mut s = session();
    s.apply(Edit::ApplyPlan);
    let full = progress_by_agency(s.analysis(), s.projected(), s.changes(), as_of);
    let recovered: Vec<String> = full.iter().map(|a| a.recovered.en()).collect();
    // Everything but 7.2's unitemised 0.047 of Sở Thông tin và Truyền thông.
    assert_eq!(
        recovered,
        ["4.25", "0.5", "2.5741", "0", "3.059", "1", "1.5"]
    );

    let shipped = io::load_scenario(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/ke-hoach-180-than-trong.ron"),
    )
    .unwrap();
    let s = Session::with_changes(shipped.base, shipped.changes);
    let prudent = progress_by_agency(s.analysis(), s.projected(), s.changes(), as_of);
    let recovered: Vec<String> = prudent.iter().map(|a| a.recovered.en()).collect();
    assert_eq!(recovered, ["3", "0", "1", "0", "1.25", "0", "0"]);
}

#[test]
fn plan_progress_agrees_with_the_core_stakes_on_any_projection() {
    let mut s = session();
    s.apply(Edit::SetScore {
        code: "3.4.2".into(),
        value: Some(pts("1.2")),
    });
    s.apply(Edit::SetScore {
        code: "6.2.3".into(),
        value: Some(pts("0.5")),
    });
    let stakes = parindex::engine::Stakes::of(s.analysis(), s.projected());
    let progress = progress_by_agency(s.analysis(), s.projected(), s.changes(), date("2020-10-01"));
    let a: Vec<(String, Points, Points)> = stakes
        .agencies
        .iter()
        .map(|x| (x.lead.clone(), x.at_stake, x.recovered))
        .collect();
    let b: Vec<(String, Points, Points)> = progress
        .iter()
        .map(|x| (x.lead.clone(), x.at_stake, x.recovered))
        .collect();
    assert_eq!(a, b);
    // 3.4.2 at 1.2 wins back 1.2 of 3.4's 1.5741; 6.2.3 at 0.5 two thirds of its 0.75.
    assert_eq!(progress[2].recovered, pts("1.2"));
    assert_eq!(progress[4].recovered, pts("0.5"));
}
