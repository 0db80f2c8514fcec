//! Scenario files: round trip, the base hash, telling documents apart, atomic saves.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use parindex::engine::{Edit, Session};
use parindex::io::{self, Document, LoadError};
use parindex::model::{Changes, Date, Points, Status};

fn pts(text: &str) -> Points {
    Points::parse(text).unwrap()
}

fn edited_session() -> Session {
    let mut s = Session::new(io::embedded_scorecard().unwrap());
    s.apply(Edit::SetScore {
        code: "3.4.2".into(),
        value: Some(pts("1.2")),
    });
    s.apply(Edit::SetSurvey {
        field: "8".into(),
        value: Some(pts("9.1")),
    });
    s.apply(Edit::AcceptCorrection {
        code: "6.1".into(),
        accepted: true,
    });
    s.apply(Edit::SetStatus {
        code: "4.1".into(),
        status: Status::InProgress,
        note: "Đã trình dự thảo, chờ UBND tỉnh \"phê duyệt\"".into(),
        date: Some(Date::parse("2020-09-15").unwrap()),
    });
    s
}

#[test]
fn save_and_reopen_gives_the_identical_scenario_projection_and_statuses() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kich-ban.ron");
    let session = edited_session();
    let mut scenario = io::new_scenario(
        "Thử nghiệm",
        session.card().clone(),
        session.changes().clone(),
    )
    .unwrap();
    scenario.description = "Dòng 1\nDòng 2, có dấu phẩy".into();
    scenario.author = "Phòng CCHC".into();
    io::save_scenario(&scenario, &path).unwrap();

    let reopened = io::load_scenario(&path).unwrap();
    assert_eq!(reopened, scenario);
    let again = Session::with_changes(reopened.base, reopened.changes);
    assert_eq!(again.changes(), session.changes());
    assert_eq!(again.figures(), session.figures());
    assert!(!again.is_dirty());
    // 79.68 + 1.2 on 3.4.2 + 0.81 on LV8's survey.
    assert_eq!(again.figures().total, pts("81.69"));
    assert_eq!(
        again.changes().statuses["4.1"].note,
        "Đã trình dự thảo, chờ UBND tỉnh \"phê duyệt\""
    );
    // Saving what was loaded writes the same bytes.
    let first = std::fs::read(&path).unwrap();
    io::save_scenario(&io::load_scenario(&path).unwrap(), &path).unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), first);
}

#[test]
fn an_edited_base_is_refused_naming_the_file_and_the_hash_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sua-tay.ron");
    let scenario = io::new_scenario(
        "Gốc",
        io::embedded_scorecard().unwrap(),
        edited_session().changes().clone(),
    )
    .unwrap();
    let text = io::scenario_to_string(&scenario).unwrap();
    // Someone raises 1.3.2's 2019 score (the first 0.0) by hand inside the embedded base.
    let tampered = text.replacen("score: Some(0.0)", "score: Some(0.5)", 1);
    assert_ne!(tampered, text);
    std::fs::write(&path, tampered).unwrap();
    let err = io::load_scenario(&path).unwrap_err();
    assert!(matches!(err, LoadError::BaseChanged { .. }), "{err}");
    let message = err.to_string();
    assert!(message.contains("sua-tay.ron"), "{message}");
    assert!(message.contains(&scenario.base_hash), "{message}");
    let hash_line = text.lines().position(|l| l.contains("base_hash")).unwrap() + 1;
    assert_eq!(err.position().map(|(l, _)| l), Some(hash_line));
    assert!(io::load_document(&path).is_err());
}

#[test]
fn layout_of_the_base_does_not_change_its_hash() {
    let scenario =
        io::new_scenario("Gốc", io::embedded_scorecard().unwrap(), Changes::default()).unwrap();
    let text = io::scenario_to_string(&scenario).unwrap();
    let reflowed = text.replace("        ", "  ");
    let parsed = io::parse_scenario(&reflowed, &io::Origin::Stdin).unwrap();
    assert_eq!(parsed, scenario);
    assert_eq!(scenario.base_hash.len(), 64);
}

#[test]
fn the_loader_tells_a_scorecard_from_a_scenario() {
    let origin = io::Origin::Stdin;
    let card = io::parse_document(io::EMBEDDED_SCORECARD, &origin).unwrap();
    assert!(matches!(card, Document::Scorecard(_)));
    assert!(card.changes().projection.is_empty());

    let scenario = io::new_scenario(
        "Gốc",
        io::embedded_scorecard().unwrap(),
        edited_session().changes().clone(),
    )
    .unwrap();
    let text = io::scenario_to_string(&scenario).unwrap();
    let doc = io::parse_document(&text, &origin).unwrap();
    assert!(matches!(doc, Document::Scenario(_)));
    assert_eq!(doc.changes(), scenario.changes);
    assert_eq!(doc.card(), &scenario.base);

    let err = io::parse_document("// a comment\n\n  Bangdiem(format: 1)", &origin).unwrap_err();
    assert!(matches!(err, LoadError::UnknownDocument { .. }), "{err}");
    assert_eq!(err.position(), Some((3, 3)));
}

#[test]
fn an_unknown_scenario_format_and_a_bad_status_date_are_located_errors() {
    let scenario = io::new_scenario(
        "Gốc",
        io::embedded_scorecard().unwrap(),
        edited_session().changes().clone(),
    )
    .unwrap();
    let text = io::scenario_to_string(&scenario).unwrap();
    let future = text.replacen("format: 1,", "format: 9,", 1);
    let err = io::parse_document(&future, &io::Origin::Stdin).unwrap_err();
    assert!(
        err.message(false)
            .contains("unknown scenario format version 9"),
        "{err}"
    );
    assert_eq!(err.position().map(|(l, _)| l), Some(3));

    let bad_date = text.replace("\"2020-09-15\"", "\"15/9/2020\"");
    let err = io::parse_document(&bad_date, &io::Origin::Stdin).unwrap_err();
    assert!(err.message(false).contains("YYYY-MM-DD"), "{err}");
    let line = text.lines().position(|l| l.contains("2020-09-15")).unwrap() + 1;
    assert_eq!(err.position().map(|(l, _)| l), Some(line));
}

#[test]
fn a_failed_save_leaves_the_old_target_intact_and_no_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    // The target is a non-empty directory: the final rename must fail.
    let target = dir.path().join("khong-ghi-duoc.ron");
    std::fs::create_dir(&target).unwrap();
    std::fs::write(target.join("old.txt"), "old").unwrap();
    let scenario =
        io::new_scenario("Gốc", io::embedded_scorecard().unwrap(), Changes::default()).unwrap();
    let err = io::save_scenario(&scenario, &target).unwrap_err();
    assert!(err.to_string().contains("khong-ghi-duoc.ron"), "{err}");
    assert_eq!(
        std::fs::read_to_string(target.join("old.txt")).unwrap(),
        "old"
    );
    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(left.len(), 1, "a temporary file was left behind");
}

#[test]
fn saving_over_an_old_scenario_replaces_it_whole() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kich-ban.ron");
    std::fs::write(&path, "x".repeat(1_000_000)).unwrap();
    let scenario =
        io::new_scenario("Gốc", io::embedded_scorecard().unwrap(), Changes::default()).unwrap();
    io::save_scenario(&scenario, &path).unwrap();
    assert_eq!(io::load_scenario(&path).unwrap(), scenario);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn touching_a_scenario_stamps_modified_and_keeps_created() {
    let mut scenario =
        io::new_scenario("Gốc", io::embedded_scorecard().unwrap(), Changes::default()).unwrap();
    scenario.created = "2020-07-10T00:00:00Z".into();
    scenario.modified = scenario.created.clone();
    scenario.touch();
    assert_eq!(scenario.created, "2020-07-10T00:00:00Z");
    assert!(scenario.modified > scenario.created);
    assert_eq!(scenario.modified.len(), "2020-07-10T00:00:00Z".len());
}

#[test]
fn the_example_in_docs_scenarios_reads_once_its_base_is_filled_in() {
    let doc = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/SCENARIOS.md"),
    )
    .unwrap();
    let start = doc.find("```ron\n").unwrap() + "```ron\n".len();
    let example = &doc[start..start + doc[start..].find("```").unwrap()];
    let base_at = example.find("    base: Scorecard(").unwrap();
    let changes_at = example.find("    changes: Changes(").unwrap();
    let card = io::embedded_scorecard().unwrap();
    let hash = io::scorecard_hash(&card).unwrap();
    let filled = format!(
        "{}    base: {},\n{}",
        &example[..base_at],
        io::scorecard_to_string(&card).unwrap(),
        &example[changes_at..]
    );
    let hash_in_doc = example
        .lines()
        .find(|l| l.contains("base_hash"))
        .and_then(|l| l.split('"').nth(1))
        .unwrap();
    assert_eq!(
        hash_in_doc, hash,
        "the doc's hash is the embedded scorecard's"
    );
    let scenario = io::parse_scenario(&filled, &io::Origin::Stdin).unwrap();
    assert_eq!(scenario.changes.statuses["4.1"].status, Status::Done);
    assert_eq!(scenario.changes.projection.surveys["8"], pts("9.1"));
    assert!(scenario.changes.accepted.contains("6.1"));
}

#[test]
fn a_code_the_base_does_not_have_is_a_located_error() {
    let scenario = io::new_scenario(
        "Gốc",
        io::embedded_scorecard().unwrap(),
        edited_session().changes().clone(),
    )
    .unwrap();
    let text = io::scenario_to_string(&scenario).unwrap();
    let line_of = |t: &str, needle: &str| {
        t.lines()
            .enumerate()
            .filter(|(_, l)| l.contains(needle))
            .last()
            .unwrap()
            .0
            + 1
    };

    let typo = text.replace("\"3.4.2\": 1.2", "\"3.4.9\": 1.2");
    let err = io::parse_scenario(&typo, &io::Origin::Stdin).unwrap_err();
    assert!(matches!(err, LoadError::UnknownCode { .. }), "{err}");
    assert!(err.to_string().contains("\"3.4.9\""), "{err}");
    assert_eq!(
        err.position().map(|(l, _)| l),
        Some(line_of(&typo, "\"3.4.9\""))
    );

    // 4.1.2 exists but carries no plan of its own, so it has no status.
    let status_on_leaf = text.replace("\"4.1\": ItemStatus", "\"4.1.2\": ItemStatus");
    let err = io::parse_scenario(&status_on_leaf, &io::Origin::Stdin).unwrap_err();
    assert!(err.message(false).contains("status"), "{err}");
    assert_eq!(
        err.position().map(|(l, _)| l),
        Some(line_of(&status_on_leaf, "\"4.1.2\": ItemStatus"))
    );
}
