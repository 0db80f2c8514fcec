//! Confidences, survey ranges and self-scores in files: old files read unchanged, bad values
//! are refused with the line and column where they stand.

use std::path::Path;

use parindex::io::{self, LoadError, Origin};
use parindex::model::{Points, Ratio};

fn risky_text() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/ke-hoach-180-rui-ro.ron");
    std::fs::read_to_string(path).unwrap()
}

/// The 1-based line and column of the first `needle` after `after`.
fn position(text: &str, after: &str, needle: &str) -> (usize, usize) {
    let from = text.find(after).unwrap();
    let at = from + text[from..].find(needle).unwrap();
    let line = text[..at].matches('\n').count() + 1;
    let column = text[..at].rsplit('\n').next().unwrap().chars().count() + 1;
    (line, column)
}

fn origin() -> Origin {
    Origin::File("kich-ban.ron".into())
}

#[test]
fn the_risky_scenario_reads_its_confidences_and_ranges() {
    let scenario = io::parse_scenario(&risky_text(), &origin()).unwrap();
    let changes = &scenario.changes;
    assert_eq!(changes.confidence["7.1.6"], Ratio::from_units(1_000));
    assert_eq!(
        changes.survey_ranges["8"].low,
        Points::parse("7.8").unwrap()
    );
    assert_eq!(changes.evidence.len(), 20);
    assert!(changes.risk_defaults.is_standard());
}

#[test]
fn a_confidence_of_1_7_is_refused_where_it_stands() {
    let text = risky_text().replace("\"7.1.6\": 0.1", "\"7.1.6\": 1.7");
    let err = io::parse_scenario(&text, &origin()).unwrap_err();
    let (line, column) = position(&text, "confidence:", "1.7");
    assert_eq!(err.position(), Some((line, column)), "{err}");
    let message = err.to_string();
    assert!(
        message.contains("từ 0 đến 1") && message.contains("from 0 to 1"),
        "{message}"
    );
    assert!(
        message.starts_with(&format!("kich-ban.ron:{line}:{column}:")),
        "{message}"
    );
}

#[test]
fn a_survey_range_with_low_above_high_is_refused_with_its_location() {
    let text = risky_text();
    let (line, _) = position(&text, "survey_ranges:", "low: 7.8");
    let text = text.replacen("low: 7.8,", "low: 8.9,", 1);
    let err = io::parse_scenario(&text, &origin()).unwrap_err();
    let message = err.to_string();
    assert!(matches!(err, LoadError::Syntax { .. }), "{message}");
    assert!(message.contains("low ≤ likely ≤ high"), "{message}");
    // RON reports a struct's own error where the struct ends: within a line or two of `low`.
    let (found, _) = err.position().unwrap();
    assert!(
        (line..=line + 4).contains(&found),
        "{message} (low on line {line})"
    );
}

#[test]
fn a_survey_range_past_the_fields_maximum_is_refused_at_its_field() {
    let text = risky_text().replacen("high: 8.65", "high: 12.0", 1);
    let err = io::parse_scenario(&text, &origin()).unwrap_err();
    let (line, column) = position(&text, "survey_ranges:", "\"8\"");
    assert_eq!(err.position(), Some((line, column)), "{err}");
    assert!(err.to_string().contains("0–10"), "{err}");
}

#[test]
fn a_confidence_for_a_code_the_base_lacks_is_refused() {
    let text = risky_text().replace("\"7.1.6\": 0.1", "\"7.1.9\": 0.1");
    let err = io::parse_scenario(&text, &origin()).unwrap_err();
    assert!(
        matches!(err, LoadError::UnknownCode { ref code, .. } if code == "7.1.9"),
        "{err}"
    );
    let (line, column) = position(&text, "confidence:", "\"7.1.9\"");
    assert_eq!(err.position(), Some((line, column)));
}

#[test]
fn self_scores_read_and_write_back_and_a_card_without_them_is_unchanged() {
    let text = io::EMBEDDED_SCORECARD.replacen(
        "score: Some(0.0),\n",
        "score: Some(0.0),\n                            self_score: Some(1.0),\n",
        1,
    );
    let card = io::parse_scorecard(&text, &origin()).unwrap();
    let item = card.item("1.3.2").unwrap();
    assert_eq!(item.self_score, Some(Points::parse("1").unwrap()));
    let again = io::parse_scorecard(&io::scorecard_to_string(&card).unwrap(), &origin()).unwrap();
    assert_eq!(again, card);
    let seed = io::embedded_scorecard().unwrap();
    assert!(
        !io::scorecard_to_string(&seed)
            .unwrap()
            .contains("self_score")
    );
}
