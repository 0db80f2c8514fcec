#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The bad-files corpus (`tests/data/bad/`): every malformed file gives one error that names
//! the file, and where the text is at fault its line and column and what was expected; none
//! panics, overflows the stack or hangs. Well-formed files with impossible figures are the
//! validator's business and make `parindex check` exit 1.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use parindex::engine::{Analysis, Check, Severity, check};
use parindex::io::{LoadError, MAX_BYTES, load_scorecard};

fn bad(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/bad")
        .join(name)
}

/// File, where the error points (line, column), and words the message must contain.
const SYNTAX: &[(&str, (usize, usize), &str)] = &[
    ("empty.ron", (1, 1), "the file is empty"),
    ("only-whitespace.ron", (1, 1), "the file is empty"),
    ("nul-bytes.ron", (1, 1), "Expected opening `(`"),
    ("json-not-ron.ron", (1, 1), "Expected opening `(`"),
    (
        "wrong-struct-name.ron",
        (1, 1),
        "Expected struct `Scorecard` but found `Scorcard`",
    ),
    ("truncated.ron", (16, 24), "Expected float"),
    (
        "truncated-mid-string.ron",
        (15, 27),
        "Expected end of string",
    ),
    ("unclosed-string.ron", (18, 44), "Expected comma"),
    ("unclosed-comment.ron", (4, 8), "Unclosed block comment"),
    ("trailing-garbage.ron", (23, 2), "trailing characters"),
    ("two-documents.ron", (23, 2), "trailing characters"),
    ("wrong-type-max-string.ron", (10, 18), "Expected float"),
    ("wrong-type-score-bool.ron", (11, 20), "Expected float"),
    ("wrong-type-year-float.ron", (4, 15), "Expected comma"),
    (
        "wrong-type-fields-not-a-list.ron",
        (6, 13),
        "Expected opening `[`",
    ),
    (
        "wrong-type-survey-tuple.ron",
        (12, 22),
        "invalid std identifier",
    ),
    ("comma-decimal.ron", (10, 20), "invalid std identifier"),
    ("missing-unit.ron", (22, 1), "missing field named `unit`"),
    (
        "missing-field-max.ron",
        (20, 9),
        "missing field named `max` in `Field`",
    ),
    (
        "missing-plan-lead.ron",
        (18, 64),
        "missing field named `lead` in `Plan`",
    ),
    (
        "unknown-field.ron",
        (5, 5),
        "Unexpected field named `colour`",
    ),
    (
        "unknown-item-field.ron",
        (16, 21),
        "Unexpected field named `maxx` in `Item`",
    ),
    ("duplicate-key.ron", (5, 5), "duplicate field named `unit`"),
    (
        "unknown-format-version.ron",
        (2, 13),
        "unknown format version 2",
    ),
    ("negative-format-version.ron", (2, 14), "out of bounds"),
    ("year-overflow.ron", (4, 11), "out of bounds"),
    ("rank-negative.ron", (6, 56), "out of bounds"),
    ("nan.ron", (10, 18), "expected a finite number, found NaN"),
    ("inf.ron", (11, 20), "expected a finite number, found inf"),
    (
        "negative-inf.ron",
        (16, 26),
        "expected a finite number, found -inf",
    ),
    (
        "huge-number.ron",
        (10, 18),
        "between -1000000 and 1000000, found 1e300",
    ),
    ("beyond-points-limit.ron", (10, 18), "found 1000000000"),
    ("too-many-decimals.ron", (17, 33), "at most 4 decimals"),
    ("deep-brackets.ron", (3, 11), "Expected string"),
    ("invalid-utf8.ron", (3, 24), "expected UTF-8"),
    ("latin1-encoded.ron", (15, 46), "expected UTF-8"),
    ("binary-junk.ron", (1, 5), "expected UTF-8"),
];

#[test]
fn every_malformed_file_gives_one_error_at_its_line_and_column() {
    assert!(SYNTAX.len() >= 30);
    for &(name, at, words) in SYNTAX {
        let path = bad(name);
        let err = load_scorecard(&path).expect_err(name);
        assert_eq!(err.position(), Some(at), "{name}: {err}");
        let shown = err.message(false);
        let prefix = format!("{}:{}:{}: ", path.display(), at.0, at.1);
        assert!(shown.starts_with(&prefix), "{name}: {shown}");
        assert!(shown.contains(words), "{name}: {shown}");
        assert_eq!(shown.lines().count(), 1, "{name}: {shown}");
        // The Vietnamese message names the same place and quotes the line with a caret.
        let vi = err.to_string();
        assert!(vi.starts_with(&prefix) && vi != shown, "{name}: {vi}");
        let report = err.report(true);
        let lines: Vec<&str> = report.lines().collect();
        if !err.excerpt().unwrap_or_default().is_empty() {
            assert_eq!(lines.len(), 3, "{name}: {report}");
            assert!(
                lines[1].starts_with(&format!(" {} | ", at.0)),
                "{name}: {report}"
            );
            assert!(lines[2].trim_end().ends_with('^'), "{name}: {report}");
        }
    }
}

/// Scenario files that fail as documents: where the error points and words it must contain.
const SCENARIOS: &[(&str, (usize, usize), &str)] = &[(
    "scenario-base-edited.ron",
    // The `base_hash:` field, not the mention of it in the comment on line 1.
    (9, 5),
    "the embedded base scorecard was changed after this scenario was saved",
)];

#[test]
fn a_scenario_whose_base_was_edited_is_refused_at_its_base_hash() {
    for &(name, at, words) in SCENARIOS {
        let path = bad(name);
        let err = parindex::io::load_document(&path).expect_err(name);
        assert_eq!(err.position(), Some(at), "{name}: {err}");
        let shown = err.message(false);
        assert!(
            shown.starts_with(&format!("{}:{}:{}: ", path.display(), at.0, at.1)),
            "{name}: {shown}"
        );
        assert!(shown.contains(words), "{name}: {shown}");
        assert_eq!(shown.lines().count(), 1, "{name}: {shown}");
    }
}

#[test]
fn the_corpus_has_no_file_the_tests_forget() {
    let listed: Vec<&str> = SYNTAX
        .iter()
        .map(|s| s.0)
        .chain(SEMANTIC.iter().map(|s| s.0))
        .chain(SCENARIOS.iter().map(|s| s.0))
        .collect();
    for entry in std::fs::read_dir(bad("")).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        assert!(
            // import-* files are the importer's, listed in import_bad.rs.
            listed.contains(&name.as_str())
                || name == "a-directory.ron"
                || name.starts_with("import-"),
            "{name}"
        );
    }
}

#[test]
fn the_cli_reports_a_malformed_file_in_both_languages_with_exit_status_2() {
    for name in [
        "truncated.ron",
        "nan.ron",
        "invalid-utf8.ron",
        "a-directory.ron",
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_parindex"))
            .args(["check", "--lang", "en"])
            .arg(bad(name))
            .output()
            .unwrap();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(2), "{name}: {stderr}");
        // Vietnamese with the line quoted and a caret where the text is at fault (a directory
        // has no line), then the English message in parentheses.
        let lines = stderr.lines().count();
        assert!(lines == 2 || lines == 4, "{name}: {stderr}");
        assert!(stderr.starts_with("parindex: "), "{name}: {stderr}");
        assert!(stderr.contains(name), "{name}: {stderr}");
        assert!(stderr.trim_end().ends_with(')'), "{name}: {stderr}");
    }
}

#[test]
fn a_directory_given_as_file_is_a_read_error_that_says_so_once() {
    let err = load_scorecard(&bad("a-directory.ron")).unwrap_err();
    assert!(matches!(err, LoadError::Read { .. }));
    assert_eq!(
        err.message(false).matches("it is a directory").count(),
        1,
        "{err}"
    );
    assert_eq!(err.to_string().matches("thư mục").count(), 1, "{err}");
}

#[test]
fn a_missing_file_is_a_read_error() {
    let err = load_scorecard(&bad("no-such-file.ron")).unwrap_err();
    assert!(matches!(err, LoadError::Read { .. }), "{err}");
}

#[test]
fn fifty_megabytes_of_junk_is_refused_by_size_before_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("junk.ron");
    let chunk: Vec<u8> = (0..1024 * 1024).map(|i| (i * 131 % 251) as u8).collect();
    let mut file = std::fs::File::create(&path).unwrap();
    for _ in 0..50 {
        std::io::Write::write_all(&mut file, &chunk).unwrap();
    }
    drop(file);
    let err = load_scorecard(&path).unwrap_err();
    assert!(
        matches!(err, LoadError::TooLarge { size, limit, .. } if size == 50 * 1024 * 1024 && limit == MAX_BYTES),
        "{err}"
    );
    // Through standard input the size is not known in advance: the read stops at the bound.
    let out = Command::new(env!("CARGO_BIN_EXE_parindex"))
        .args(["check", "-"])
        .stdin(std::fs::File::open(&path).unwrap())
        .output()
        .unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("<stdin>") && stderr.contains("at most"),
        "{stderr}"
    );
}

/// 10,000 criteria each nested in the last: refused at the recursion limit, on a test
/// thread's small stack, with the line and column where the limit was crossed.
#[test]
fn ten_thousand_deep_nesting_is_refused_without_overflowing_the_stack() {
    let mut text = String::from(
        "Scorecard(format: 1, unit: \"X\", year: 2019, target_year: 2020, fields: [Field(code: \"1\", name: \"A\", max: 1.0, score: 1.0, items: [\n",
    );
    for depth in 0..10_000 {
        let _ = writeln!(
            text,
            "Item(code: \"1.{depth}\", name: \"B\", max: 1.0, score: None, items: ["
        );
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("deep.ron");
    std::fs::write(&path, &text).unwrap();
    let err = load_scorecard(&path).unwrap_err();
    let (line, _) = err
        .position()
        .unwrap_or_else(|| panic!("not located: {err}"));
    assert!(line > 10 && line < 100, "{err}");
    assert!(err.message(false).contains("nesting deeper than"), "{err}");
    assert!(err.to_string().contains("lồng sâu hơn 96 cấp"), "{err}");
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_is_a_read_error() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("locked.ron");
    std::fs::copy(bad("../odd/plain.ron"), &path).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    // root reads anything; the check only means something for an ordinary user.
    if std::fs::read(&path).is_err() {
        let err = load_scorecard(&path).unwrap_err();
        assert!(matches!(err, LoadError::Read { .. }), "{err}");
        assert!(
            err.to_string().starts_with(&path.display().to_string()),
            "{err}"
        );
    }
}

/// Well-formed files with impossible figures: the check that flags each.
const SEMANTIC: &[(&str, Check, &str)] = &[
    ("semantic-negative-max.ron", Check::Negative, "1.3"),
    ("semantic-score-above-max.ron", Check::ScoreAboveMax, "1.3"),
    ("semantic-duplicate-codes.ron", Check::DuplicateCode, "1.3"),
    (
        "semantic-children-exceed-max.ron",
        Check::ChildrenExceedMax,
        "1",
    ),
];

#[test]
fn impossible_figures_load_but_the_validator_reports_an_error_and_check_exits_1() {
    for &(name, kind, code) in SEMANTIC {
        let card = load_scorecard(&bad(name)).expect(name);
        let findings = check(&Analysis::new(&card));
        assert!(
            findings
                .iter()
                .any(|f| f.severity == Severity::Error && f.check == kind && f.code == code),
            "{name}: {findings:?}"
        );
        let out = Command::new(env!("CARGO_BIN_EXE_parindex"))
            .arg("check")
            .arg(bad(name))
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{name}");
    }
}

#[test]
fn a_byte_order_mark_or_windows_line_endings_do_not_change_the_figures() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/odd");
    let plain = load_scorecard(&dir.join("plain.ron")).unwrap();
    assert_eq!(load_scorecard(&dir.join("bom.ron")).unwrap(), plain);
    assert_eq!(load_scorecard(&dir.join("crlf.ron")).unwrap(), plain);
}
