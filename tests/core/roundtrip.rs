//! Saving and re-loading a scorecard loses nothing.

#![allow(clippy::unwrap_used)]

use parindex::io;

#[test]
fn the_seed_survives_save_and_load_unchanged() {
    let card = io::embedded_scorecard().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("copy.ron");
    io::save_scorecard(&card, &path).unwrap();
    let again = io::load_scorecard(&path).unwrap();
    assert_eq!(again, card);
    // And the text is stable: a second save writes the same bytes.
    let first = std::fs::read_to_string(&path).unwrap();
    io::save_scorecard(&again, &path).unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), first);
    assert!(
        first.contains("score: Some(0.941)"),
        "published values are kept as published"
    );
    assert!(first.contains("score: None"), "blanks stay blank");
}

#[test]
fn a_save_leaves_no_temporary_file_behind() {
    let card = io::embedded_scorecard().unwrap();
    let dir = tempfile::tempdir().unwrap();
    io::save_scorecard(&card, &dir.path().join("a.ron")).unwrap();
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["a.ron"]);
}

/// Saving a card over its own file keeps the comment block it starts with, and a card saved
/// twice without a change is byte-identical (no churn in a diff).
#[test]
fn a_card_saved_in_place_keeps_its_header_comments_and_does_not_churn() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("card.ron");
    let shipped = include_str!("../../assets/scorecards/tien-giang-2019.ron");
    std::fs::write(&path, shipped).unwrap();
    let mut card = parindex::io::load_scorecard(&path).unwrap();
    card.fields[0].name.push_str(" (sửa)");
    parindex::io::save_scorecard_in_place(&card, &path).unwrap();
    let once = std::fs::read_to_string(&path).unwrap();
    assert!(once.starts_with(&parindex::io::leading_comments(shipped)));
    assert!(
        once.lines().next().unwrap().starts_with("// Chỉ số CCHC"),
        "{once}"
    );
    assert_eq!(parindex::io::load_scorecard(&path).unwrap(), card);
    parindex::io::save_scorecard_in_place(&card, &path).unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), once);
}
