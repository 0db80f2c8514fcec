//! Every class of bad input gets one located error (`file:line:column: what was expected`) or a
//! validator finding — never a panic.

#![allow(clippy::unwrap_used)]

use parindex::engine::{Analysis, Check, Severity, check};
use parindex::io::{self, LoadError, Origin};

const SEED: &str = io::EMBEDDED_SCORECARD;

fn origin() -> Origin {
    Origin::File("bad.ron".into())
}

/// The seed with its first `from` replaced by `to`.
fn seed_with(from: &str, to: &str) -> String {
    assert!(SEED.contains(from), "the seed has no {from:?}");
    SEED.replacen(from, to, 1)
}

/// The English message (the Vietnamese one is checked in `an_error_speaks_vietnamese_…`).
fn error_of(text: &str) -> String {
    io::parse_scorecard(text, &origin())
        .unwrap_err()
        .message(false)
}

#[test]
fn a_wrong_type_names_the_line_column_and_expected_type() {
    let err = error_of(&seed_with("max: 8.5,", "max: \"8.5\","));
    assert_eq!(
        err,
        "bad.ron:16:18: Expected float: a number such as 1.5 (dot decimals, no quotes)"
    );
}

#[test]
fn a_missing_field_is_named() {
    let err = error_of(&seed_with("    unit: \"UBND tỉnh Tiền Giang\",\n", ""));
    assert!(err.starts_with("bad.ron:"), "{err}");
    assert!(err.contains("missing field named `unit`"), "{err}");
}

#[test]
fn an_unknown_field_lists_the_expected_ones() {
    let err = error_of(&seed_with(
        "target_year: 2020,",
        "target_year: 2020, colour: \"red\",",
    ));
    assert!(err.starts_with("bad.ron:9:"), "{err}");
    assert!(err.contains("Unexpected field named `colour`"), "{err}");
    assert!(err.contains("`target_year`"), "{err}");
}

#[test]
fn an_unknown_format_version_says_which_versions_this_build_reads() {
    let err = error_of(&seed_with("format: 1,", "format: 7,"));
    assert_eq!(
        err,
        "bad.ron:6:13: unknown format version 7; this build of parindex reads format 1"
    );
}

#[test]
fn non_finite_and_over_precise_numbers_are_refused_where_they_stand() {
    assert_eq!(
        error_of(&seed_with("max: 8.5,", "max: NaN,")),
        "bad.ron:16:18: expected a finite number, found NaN"
    );
    assert_eq!(
        error_of(&seed_with("max: 8.5,", "max: inf,")),
        "bad.ron:16:18: expected a finite number, found inf"
    );
    assert_eq!(
        error_of(&seed_with("max: 8.5,", "max: 8.55555,")),
        "bad.ron:16:18: expected at most 4 decimals (0.0001 point), found 8.55555"
    );
    assert_eq!(
        error_of(&seed_with("max: 8.5,", "max: 1e12,")),
        "bad.ron:16:18: expected a number between -1000000 and 1000000, found 1000000000000"
    );
}

#[test]
fn a_truncated_file_is_called_truncated() {
    let cut = &SEED[..SEED.find("partners: \"Các").unwrap() + 14];
    let err = error_of(cut);
    assert!(err.contains("is the file truncated?"), "{err}");
}

#[test]
fn an_empty_file_says_so() {
    assert_eq!(
        error_of("  \n"),
        "bad.ron:1:1: the file is empty; expected a document such as `Scorecard(...)`"
    );
}

#[test]
fn deep_nesting_is_refused_without_overflowing_the_stack() {
    let depth = 10_000;
    let text = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    let err = error_of(&text);
    assert!(err.starts_with("bad.ron:1:"), "{err}");
}

#[test]
fn invalid_utf8_and_directories_are_reported_with_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("latin1.ron");
    std::fs::write(&path, b"Scorecard(\n  unit: \"T\xe9\",\n").unwrap();
    let err = io::load_scorecard(&path).unwrap_err();
    assert!(
        matches!(
            err,
            LoadError::NotUtf8 {
                line: 2,
                column: 11,
                ..
            }
        ),
        "{err}"
    );
    let err = io::load_scorecard(dir.path()).unwrap_err().message(false);
    assert!(
        err.ends_with("cannot read: it is a directory, not a file"),
        "{err}"
    );
    let err = io::load_scorecard(&dir.path().join("missing.ron"))
        .unwrap_err()
        .message(false);
    assert!(err.contains("missing.ron: cannot read"), "{err}");
}

#[test]
fn hand_written_scores_may_omit_some() {
    let card =
        io::parse_scorecard(&seed_with("score: Some(1.0),", "score: 1.0,"), &origin()).unwrap();
    assert_eq!(card, io::embedded_scorecard().unwrap());
}

/// The semantic checks: each class is a validator error on an otherwise valid file.
fn findings_of(text: &str) -> Vec<(Severity, Check, String)> {
    let card = io::parse_scorecard(text, &origin()).unwrap();
    check(&Analysis::new(&card))
        .into_iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| (f.severity, f.check, f.code))
        .collect()
}

#[test]
fn a_score_above_its_maximum_is_an_error() {
    let found = findings_of(&seed_with(
        "max: 1.5,\n                    score: Some(0.5),",
        "max: 1.5,\n                    score: Some(2.5),",
    ));
    assert!(
        found.contains(&(Severity::Error, Check::ScoreAboveMax, "1.6".into())),
        "{found:?}"
    );
}

#[test]
fn a_negative_score_is_an_error() {
    let found = findings_of(&seed_with("score: Some(0.5),", "score: Some(-0.5),"));
    assert!(
        found.contains(&(Severity::Error, Check::Negative, "1.6".into())),
        "{found:?}"
    );
}

#[test]
fn a_duplicate_code_is_an_error() {
    let found = findings_of(&seed_with("code: \"1.6\"", "code: \"1.5\""));
    assert!(
        found.contains(&(Severity::Error, Check::DuplicateCode, "1.5".into())),
        "{found:?}"
    );
}

#[test]
fn a_child_code_outside_its_parent_is_an_error() {
    let found = findings_of(&seed_with("code: \"1.3.2\"", "code: \"1.5.2\""));
    assert_eq!(
        found,
        [
            (Severity::Error, Check::CodeOutsideParent, "1.5.2".into()),
            (Severity::Error, Check::ChildrenLoseMore, "6.1".into())
        ]
    );
}

#[test]
fn children_whose_maxima_exceed_the_parent_are_an_error() {
    let found = findings_of(&seed_with(
        "max: 1.0,\n                            score: Some(0.0),",
        "max: 3.0,\n                            score: Some(0.0),",
    ));
    assert!(
        found.contains(&(Severity::Error, Check::ChildrenExceedMax, "1.3".into())),
        "{found:?}"
    );
}

#[test]
fn an_error_speaks_vietnamese_quotes_the_line_and_points_at_the_spot() {
    let err = io::parse_scorecard(&seed_with("max: 8.5,", "max: \"8.5\","), &origin()).unwrap_err();
    // Display is the Vietnamese message an officer reads; English stays one call away.
    assert_eq!(
        err.to_string(),
        "bad.ron:16:18: cần một số, ví dụ 1.5 (dấu chấm thập phân, không đặt trong ngoặc kép)"
    );
    let report = err.report(true);
    let lines: Vec<&str> = report.lines().collect();
    assert_eq!(lines.len(), 3, "{report}");
    assert_eq!(lines[1], " 16 |             max: \"8.5\",");
    // The caret under column 18, the opening quote of "8.5".
    let caret = lines[2].find('^').unwrap() - lines[2].find('|').unwrap() - 2;
    assert_eq!(lines[1].chars().nth(caret + 6), Some('"'), "{report}");
    assert!(
        err.report(false)
            .starts_with("bad.ron:16:18: Expected float")
    );
}

#[test]
fn a_comma_decimal_is_explained_as_one() {
    let err = io::parse_scorecard(&seed_with("max: 8.5,", "max: 8,5,"), &origin()).unwrap_err();
    let vi = err.to_string();
    assert!(
        vi.contains("viết bằng dấu chấm (8.5), không phải dấu phẩy (8,5)"),
        "{vi}"
    );
    assert!(err.message(false).contains("take a dot (8.5), not a comma"));
}

#[test]
fn vietnamese_messages_for_the_common_mistakes() {
    for (from, to, words) in [
        (
            "    unit: \"UBND tỉnh Tiền Giang\",\n",
            "",
            "thiếu trường `unit`",
        ),
        (
            "target_year: 2020,",
            "target_year: 2020, colour: 1,",
            "trường `colour` không có",
        ),
        (
            "format: 1,",
            "format: 7,",
            "phiên bản định dạng 7 không được hỗ trợ",
        ),
        (
            "max: 8.5,",
            "max: 8.55555,",
            "cần tối đa 4 chữ số thập phân",
        ),
        ("max: 8.5,", "max: NaN,", "cần một số hữu hạn"),
        ("year: 2019,", "year: 2019.5,", "cần dấu phẩy"),
    ] {
        let err = error_of_vi(&seed_with(from, to));
        assert!(err.contains(words), "{to}: {err}");
    }
    let cut = &SEED[..SEED.find("partners: \"Các").unwrap() + 14];
    assert!(error_of_vi(cut).contains("tệp bị cắt cụt?"));
    assert!(error_of_vi("  \n").contains("tệp trống"));
}

fn error_of_vi(text: &str) -> String {
    io::parse_scorecard(text, &origin())
        .unwrap_err()
        .to_string()
}
