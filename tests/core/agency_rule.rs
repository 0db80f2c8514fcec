//! The scoreboard's rule as an edit (one undo step, negative weights refused) and the report's
//! number typed by the officer.

use std::io::Read;

use parindex::agency::{ReportOptions, report_docx, scoreboard};
use parindex::engine::{Edit, Session};
use parindex::io;
use parindex::model::{Date, Points, ScoreRule};

fn pts(text: &str) -> Points {
    Points::parse(text).unwrap()
}

#[test]
fn a_new_rule_rescores_every_agency_and_undoes_in_one_step() {
    let mut s = Session::new(io::embedded_scorecard().unwrap());
    let as_of = Date::new(2020, 9, 30).unwrap();
    // Nothing done and no round of sheets yet: each agency earns only the reports part, in
    // full (docs/SCENARIOS.md), which is the default rule's 20.
    let before = scoreboard(&s, as_of);
    assert!(before.agencies.iter().all(|a| a.score == pts("20")));
    let rule = ScoreRule {
        reports_on_time: pts("30"),
        items_late: pts("-5"),
        ..ScoreRule::default()
    };
    assert!(s.apply(Edit::SetScoreRule(rule)));
    let kept = s.changes().score_rule;
    assert_eq!(kept.reports_on_time, pts("30"));
    assert_eq!(
        kept.items_late,
        Points::ZERO,
        "a negative weight counts as 0"
    );
    let after = scoreboard(&s, as_of);
    assert!(after.agencies.iter().all(|a| a.score == pts("30")));
    assert!(s.undo());
    assert!(s.changes().score_rule.is_default());
    assert!(
        !s.apply(Edit::SetScoreRule(ScoreRule::default())),
        "no change"
    );
}

fn document_xml(bytes: &[u8]) -> String {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).unwrap();
    let mut text = String::new();
    archive
        .by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}

#[test]
fn the_reports_number_is_printed_when_typed_and_left_blank_otherwise() {
    let s = Session::new(io::embedded_scorecard().unwrap());
    let mut options = ReportOptions {
        period: "Quý III/2020".into(),
        as_of: Date::new(2020, 9, 30).unwrap(),
        scenario: "Tiến độ".into(),
        number: "125".into(),
    };
    let typed = document_xml(&report_docx(&s, &options).unwrap());
    assert!(typed.contains("Số: 125/BC-SNV"));
    options.number = "  ".into();
    let blank = document_xml(&report_docx(&s, &options).unwrap());
    assert!(blank.contains("Số:        /BC-SNV"));
}
