#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The fuzz target's pipeline over its seed corpus (`fuzz/seeds/`) and every crash reproducer
//! it found (`tests/data/fuzz/`): each must load or fail with a located error, and what loads
//! must survive analysis, validation and a full-marks projection without a panic.

use std::path::Path;

use parindex::engine::{Analysis, Figures, Projected, Session, Stakes, check};
use parindex::io::{Origin, locate_codes, parse_document, parse_scorecard};
use parindex::model::Projection;

/// The body of `fuzz/fuzz_targets/scorecard.rs`; true when the input loaded.
fn pipeline(data: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(data) else {
        return false;
    };
    let card = match parse_scorecard(text, &Origin::Stdin) {
        Ok(card) => card,
        Err(err) => {
            assert!(err.position().is_some(), "unlocated: {err}");
            return false;
        }
    };
    let analysis = Analysis::new(&card);
    let _ = check(&analysis);
    let mut projection = Projection::default();
    for node in &analysis.nodes {
        if !node.is_field() {
            projection.scores.insert(node.code.clone(), node.max);
        }
    }
    for field in &card.fields {
        projection
            .surveys
            .insert(field.code.clone(), field.survey.max);
    }
    let projected = Projected::compute(&analysis, &projection);
    let _ = Figures::of(&analysis, &projected);
    let _ = Stakes::of(&analysis, &projected);
    true
}

/// The body of `fuzz/fuzz_targets/document.rs`; true when the input opened.
fn document_pipeline(data: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(data) else {
        return false;
    };
    let _ = locate_codes(text);
    let document = match parse_document(text, &Origin::Stdin) {
        Ok(document) => document,
        Err(err) => {
            assert!(err.position().is_some(), "unlocated: {err}");
            return false;
        }
    };
    let session = Session::with_changes(document.card().clone(), document.changes());
    let _ = session.findings().len();
    let _ = session.figures().total;
    let _ = Stakes::of(session.analysis(), session.projected());
    true
}

fn files(dir: &str) -> Vec<std::path::PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut out: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file() && p.file_name().is_some_and(|n| n != ".gitkeep"))
        .collect();
    out.sort();
    out
}

#[test]
fn every_fuzz_seed_loads_and_goes_through_the_whole_pipeline() {
    let seeds = files("fuzz/seeds");
    assert!(seeds.len() >= 3);
    for path in seeds {
        assert!(
            pipeline(&std::fs::read(&path).unwrap()),
            "{}",
            path.display()
        );
    }
}

#[test]
fn the_document_targets_seeds_open_or_fail_with_a_located_error() {
    let mut opened = 0;
    for path in files("fuzz/seeds").into_iter().chain(files("saves")) {
        assert!(
            document_pipeline(&std::fs::read(&path).unwrap()),
            "{}",
            path.display()
        );
        opened += 1;
    }
    assert!(opened >= 5);
    let edited =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/bad/scenario-base-edited.ron");
    assert!(!document_pipeline(&std::fs::read(edited).unwrap()));
}

#[test]
fn every_crash_the_fuzzer_found_now_runs_without_a_panic() {
    for path in files("tests/data/fuzz") {
        pipeline(&std::fs::read(&path).unwrap());
        document_pipeline(&std::fs::read(&path).unwrap());
    }
}
