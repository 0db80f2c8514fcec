#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The fuzz target's pipeline over its seed corpus (`fuzz/seeds/`) and every crash reproducer
//! it found (`tests/data/fuzz/`): each must load or fail with a located error, and what loads
//! must survive analysis, validation and a full-marks projection without a panic.

use std::path::Path;

use parindex::engine::{Analysis, Figures, Projected, Session, Stakes, check};
use parindex::import::{self, Options};
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

/// The body of `fuzz/fuzz_targets/import.rs`: the bytes as a workbook and as text; what
/// imports saves and loads back to the same card. True when either imported.
fn import_pipeline(data: &[u8]) -> bool {
    let options = Options::default();
    let mut imported_any = false;
    for result in [
        import::read_workbook(data, "f.xlsx", &options),
        import::read_bytes(data, "f.csv", &options),
    ] {
        let imported = match result {
            Ok(imported) => imported,
            Err(err) => {
                assert!(!err.message_vi().is_empty() && !err.message_en().is_empty());
                continue;
            }
        };
        imported_any = true;
        for row in &imported.rows {
            let _ = (row.vi(), row.en());
        }
        let text = parindex::io::scorecard_to_string(&imported.card).unwrap();
        let back = parse_scorecard(&text, &Origin::Stdin).unwrap();
        assert_eq!(back, imported.card);
        let analysis = Analysis::new(&imported.card);
        let _ = check(&analysis);
        let projected = Projected::baseline(&analysis);
        let _ = Figures::of(&analysis, &projected);
        let _ = Stakes::of(&analysis, &projected);
    }
    imported_any
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

#[test]
fn the_import_targets_seeds_import_and_its_crashes_run_without_a_panic() {
    // The seed's appendix as XLSX, TSV and CSV and a LibreOffice workbook import; the small
    // CSV with a duplicate code is there to start the fuzzer on an error path.
    let imported = files("fuzz/seeds-import")
        .into_iter()
        .filter(|path| import_pipeline(&std::fs::read(path).unwrap()))
        .count();
    assert_eq!(imported, 4);
    for path in files("tests/data/fuzz") {
        import_pipeline(&std::fs::read(&path).unwrap());
    }
}
