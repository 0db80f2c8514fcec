//! The plan's Vietnamese deadline phrases, as issue 4 reads them, and overdue flags.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use parindex::engine::{Analysis, Deadline, Projected, plan_items};
use parindex::io;
use parindex::model::{Changes, Date, ItemStatus, Status};

fn date(text: &str) -> Date {
    Date::parse(text).unwrap()
}

#[test]
fn every_phrase_of_the_seed_parses_as_the_issue_says() {
    let cases = [
        ("Quý IV năm 2020", Deadline::Due(date("2020-12-31"))),
        ("Quý III năm 2020", Deadline::Due(date("2020-09-30"))),
        ("Tháng 10/2020", Deadline::Due(date("2020-10-31"))),
        ("Năm 2020", Deadline::Due(date("2020-12-31"))),
        ("Quý II năm 2021", Deadline::Due(date("2021-06-30"))),
        ("Từ năm 2020", Deadline::Ongoing { from: 2020 }),
        (
            "Năm 2020 tiếp tục duy trì thực hiện",
            Deadline::Ongoing { from: 2020 },
        ),
    ];
    for (text, want) in cases {
        assert_eq!(Deadline::parse(text), want, "{text}");
    }
}

#[test]
fn every_deadline_written_in_the_seed_is_understood() {
    let card = io::embedded_scorecard().unwrap();
    let analysis = Analysis::new(&card);
    let plans: Vec<_> = analysis
        .nodes
        .iter()
        .filter_map(|n| n.plan.as_ref())
        .collect();
    assert_eq!(plans.len(), 19);
    for plan in plans {
        assert!(
            !matches!(Deadline::parse(&plan.deadline), Deadline::Unparsed(_)),
            "{}",
            plan.deadline
        );
    }
}

#[test]
fn other_text_is_kept_as_written_and_never_overdue() {
    let odd = Deadline::parse("  Khi có hướng dẫn của Bộ ");
    assert_eq!(odd, Deadline::Unparsed("Khi có hướng dẫn của Bộ".into()));
    assert!(!odd.is_overdue(date("2030-01-01"), Status::NotStarted));
    assert!(odd.label_vi().contains("Khi có hướng dẫn của Bộ"));
    assert_eq!(
        Deadline::parse("Quý V năm 2020"),
        Deadline::Unparsed("Quý V năm 2020".into())
    );
    assert_eq!(
        Deadline::parse("Tháng 13/2020"),
        Deadline::Unparsed("Tháng 13/2020".into())
    );
    assert_eq!(Deadline::parse(""), Deadline::Unparsed(String::new()));
}

#[test]
fn letter_case_spacing_and_arabic_quarters_are_accepted() {
    assert_eq!(
        Deadline::parse("quý  iv năm 2020"),
        Deadline::Due(date("2020-12-31"))
    );
    assert_eq!(
        Deadline::parse("Quý 3 năm 2020"),
        Deadline::Due(date("2020-09-30"))
    );
}

fn overdue_codes(changes: &Changes, as_of: &str) -> Vec<String> {
    let card = io::embedded_scorecard().unwrap();
    let analysis = Analysis::new(&card);
    let projected = Projected::compute(&analysis, &changes.projection);
    plan_items(&analysis, &projected, changes, date(as_of))
        .into_iter()
        .filter(|i| i.overdue)
        .map(|i| i.code)
        .collect()
}

#[test]
fn as_of_2020_10_01_the_three_third_quarter_tasks_are_overdue() {
    let none = Changes::default();
    assert_eq!(overdue_codes(&none, "2020-10-01"), ["4.1", "5.1", "5.7"]);
    // Due on 30/9: not yet overdue on the day itself.
    assert!(overdue_codes(&none, "2020-09-30").is_empty());
    // "Tháng 10/2020" (6.2) falls due after 31/10.
    assert_eq!(
        overdue_codes(&none, "2020-11-01"),
        ["4.1", "5.1", "5.7", "6.2"]
    );
}

#[test]
fn done_tasks_are_not_overdue_and_failed_ones_are() {
    let mut changes = Changes::default();
    let mark = |status| ItemStatus {
        status,
        note: String::new(),
        changed: Some(date("2020-09-25")),
        ..ItemStatus::default()
    };
    changes.statuses.insert("4.1".into(), mark(Status::Done));
    changes.statuses.insert("5.1".into(), mark(Status::Failed));
    changes
        .statuses
        .insert("5.7".into(), mark(Status::InProgress));
    assert_eq!(overdue_codes(&changes, "2020-10-01"), ["5.1", "5.7"]);
}

#[test]
fn ongoing_tasks_are_never_overdue() {
    let all = overdue_codes(&Changes::default(), "2030-01-01");
    assert!(!all.contains(&"2".to_string()));
    assert!(!all.contains(&"8.6".to_string()));
    assert_eq!(all.len(), 17);
}

#[test]
fn the_timeline_runs_by_due_date_then_ongoing_tasks() {
    let card = io::embedded_scorecard().unwrap();
    let analysis = Analysis::new(&card);
    let projected = Projected::baseline(&analysis);
    let items = plan_items(
        &analysis,
        &projected,
        &Changes::default(),
        date("2020-10-01"),
    );
    let order: Vec<(String, Option<u32>)> = parindex::engine::timeline(items)
        .into_iter()
        .map(|i| (i.code, i.deadline.due().map(Date::quarter)))
        .collect();
    let codes: Vec<&str> = order.iter().map(|(c, _)| c.as_str()).collect();
    assert_eq!(&codes[..4], ["4.1", "5.1", "5.7", "6.2"]);
    assert_eq!(&codes[16..], ["7.1", "2", "8.6"]);
    assert_eq!(order[3].1, Some(4));
    assert_eq!(order[0].1, Some(3));
    assert_eq!(order[16].1, Some(2));
    assert_eq!(order[17].1, None);
}
