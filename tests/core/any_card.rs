//! Any province, any year (issue 11 §1): nothing of the seed in the code, every label from the
//! open card, a card known only by its published index, the method's maximum.

use std::path::{Path, PathBuf};
use std::process::Command;

use calamine::{Data, Reader, Xlsx, open_workbook};
use parindex::engine::{Check, Session, Severity};
use parindex::generate::{self, Spec};
use parindex::io;
use parindex::model::Points;

const BIN: &str = env!("CARGO_BIN_EXE_parindex");
const RELABELLED: &str = "tests/data/odd/relabelled.ron";
const PUBLISHED_ONLY: &str = "tests/data/odd/published-only.ron";

fn run(args: &[&str]) -> Vec<u8> {
    let out = Command::new(BIN).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

/// The string literals of a line of Rust, roughly: what lies between unescaped quotes.
fn literals(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current: Option<String> = None;
    let mut escaped = false;
    for c in line.chars() {
        match (&mut current, c) {
            (Some(text), '\\') if !escaped => {
                escaped = true;
                text.push(c);
                continue;
            }
            (Some(_), '"') if !escaped => out.push(current.take().unwrap_or_default()),
            (Some(text), _) => text.push(c),
            (None, '"') => current = Some(String::new()),
            (None, _) => {}
        }
        escaped = false;
    }
    out
}

#[test]
fn no_string_in_src_names_the_seeds_year_decision_or_province() {
    // The embedded asset is named in src/assets.rs only; tests live after #[cfg(test)].
    let mut found = Vec::new();
    for path in walk(Path::new("src")) {
        if path.ends_with("assets.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        for (n, line) in code.lines().enumerate() {
            let trimmed = line.trim_start();
            if trimmed.starts_with("//") {
                continue;
            }
            for literal in literals(line) {
                if ["2019", "2020", "Tiền Giang", "QĐ 330", "330/QĐ"]
                    .iter()
                    .any(|seed| literal.contains(seed))
                {
                    found.push(format!("{}:{}: \"{literal}\"", path.display(), n + 1));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "labels come from the card:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_literal_scan_sees_a_seed_year_in_a_string() {
    // The scan above must be able to fail.
    assert_eq!(
        literals(r#"let x = format!("Điểm 2019 {}", y);"#),
        ["Điểm 2019 {}"]
    );
    assert_eq!(literals(r#"f("a\"b", "c")"#), [r#"a\"b"#, "c"]);
}

/// The text an SVG shows (its coordinates are not text a reader sees).
fn svg_text(svg: &str) -> String {
    svg.split('>')
        .filter_map(|part| part.split('<').next())
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join("|")
}

/// Every text a document's outputs carry: summary, check, the tables, all charts, the report.
fn every_output(card: &str, dir: &Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let text = |bytes: Vec<u8>| String::from_utf8_lossy(&bytes).into_owned();
    out.push(("summary".into(), text(run(&["summary", card]))));
    out.push((
        "summary en".into(),
        text(run(&["summary", card, "--lang", "en"])),
    ));
    out.push((
        "summary json".into(),
        text(run(&["summary", card, "--json"])),
    ));
    out.push((
        "progress".into(),
        text(run(&["report-progress", card, "--as-of", "2021-06-30"])),
    ));
    for chart in ["lost-by-field", "attainment", "by-agency", "compare"] {
        for lang in ["vi", "en"] {
            let svg = dir.join(format!("{chart}-{lang}.svg"));
            let path = svg.to_str().unwrap();
            run(&[
                "export-chart",
                card,
                "--chart",
                chart,
                "--out",
                path,
                "--lang",
                lang,
            ]);
            out.push((
                format!("{chart} {lang}"),
                svg_text(&std::fs::read_to_string(&svg).unwrap()),
            ));
        }
    }
    let csv = dir.join("t.csv");
    run(&["export-table", card, "--out", csv.to_str().unwrap()]);
    out.push(("csv".into(), std::fs::read_to_string(&csv).unwrap()));
    let xlsx = dir.join("t.xlsx");
    run(&["export-table", card, "--out", xlsx.to_str().unwrap()]);
    let mut book: Xlsx<_> = open_workbook(&xlsx).unwrap();
    for sheet in book.sheet_names() {
        let range = book.worksheet_range(&sheet).unwrap();
        let cells: Vec<String> = range
            .cells()
            .filter_map(|(_, _, c)| match c {
                Data::String(s) => Some(s.clone()),
                _ => None,
            })
            .collect();
        out.push((format!("xlsx {sheet}"), cells.join("|")));
    }
    let pdf = dir.join("r.pdf");
    run(&["report", card, "--out", pdf.to_str().unwrap()]);
    let doc = lopdf::Document::load(&pdf).unwrap();
    out.push((
        "pdf".into(),
        doc.extract_text(&[1]).unwrap().replace('\n', ""),
    ));
    out
}

#[test]
fn a_relabelled_card_prints_its_own_years_and_decision_everywhere() {
    let dir = tempfile::tempdir().unwrap();
    for (what, text) in every_output(RELABELLED, dir.path()) {
        for seed in ["2019", "330"] {
            assert!(!text.contains(seed), "{what} prints {seed}:\n{text}");
        }
    }
    let outputs = every_output(RELABELLED, dir.path());
    let has = |what: &str, needle: &str| {
        let (_, text) = outputs.iter().find(|(w, _)| w == what).unwrap();
        assert!(text.contains(needle), "{what} lacks {needle}");
    };
    has("xlsx Bảng điểm", "Điểm công bố 2020");
    has("xlsx Bảng điểm", "Dự kiến 2021");
    has("xlsx Tổng hợp lĩnh vực", "Bị trừ 2020");
    has("lost-by-field vi", "Nguồn: QĐ 641/QĐ-BNV ngày 25/5/2021");
    has("pdf", "Nguồn: QĐ 641/QĐ-BNV ngày 25/5/2021");
    has("pdf", "NĂM 2020");
    has("summary", "Chỉ số CCHC năm 2020");
}

#[test]
fn a_card_known_only_by_its_published_index_shows_88_6_of_100_lost_11_4() {
    let json: serde_json::Value =
        serde_json::from_slice(&run(&["summary", PUBLISHED_ONLY, "--json"])).unwrap();
    assert_eq!(json["total"], 88.6);
    assert_eq!(json["total_max"], 100.0);
    assert_eq!(json["total_lost"], 11.4);
    assert_eq!(json["total_known"], true);
    assert_eq!(json["self_known"], false);
    let text = String::from_utf8(run(&["summary", PUBLISHED_ONLY])).unwrap();
    assert!(text.contains("88,6 / 100, xếp hạng 8/63"), "{text}");
    assert!(text.contains("Chưa có số liệu theo lĩnh vực"), "{text}");
    // Valid: what is missing is a note, not an error (exit status 0).
    let check = String::from_utf8(run(&["check", PUBLISHED_ONLY])).unwrap();
    assert!(
        check.contains("chỉ có chỉ số công bố 88,6 / 100"),
        "{check}"
    );
    let dir = tempfile::tempdir().unwrap();
    for (what, text) in every_output(PUBLISHED_ONLY, dir.path()) {
        if what.starts_with("lost-by-field") || what.starts_with("attainment") {
            assert!(
                text.contains("Chưa có số liệu") || text.contains("No data yet"),
                "{what} draws axes around nothing"
            );
            assert!(!text.contains("0,0000000"), "{what}: degenerate ticks");
        }
    }
}

#[test]
fn a_field_not_scored_yet_counts_in_no_total_and_no_loss() {
    let mut card = io::embedded_scorecard().unwrap();
    card.fields[1].score = None; // LV2: 5 of 5 in the seed
    card.fields[1].published_total = None;
    card.published = None;
    let session = Session::new(card);
    let figures = session.baseline_figures();
    let lv2 = &figures.fields[1];
    assert!(!lv2.known && !lv2.self_known);
    assert_eq!(lv2.lost, Points::ZERO);
    assert_eq!(lv2.self_lost, Points::ZERO);
    assert!(!figures.self_known && !figures.total_known);
    // The self-assessment total counts the seven known fields: 53,2895 − 5.
    assert_eq!(figures.self_total, Points::parse("48,2895").unwrap());
    let missing: Vec<_> = session
        .findings()
        .iter()
        .filter(|f| f.check == Check::Missing)
        .map(|f| (f.severity, f.code.as_str()))
        .collect();
    assert_eq!(missing, [(Severity::Info, "2")]);
}

#[test]
fn lost_points_are_never_negative_and_the_index_is_out_of_the_methods_maximum() {
    // A published index above the fields' sum cannot make the loss negative.
    let mut card = io::embedded_scorecard().unwrap();
    card.published = Some(parindex::model::Published {
        total: Points::parse("100").unwrap(),
        rank: None,
        of: None,
    });
    let figures = Session::new(card.clone()).baseline_figures().clone();
    assert_eq!(figures.total_max, Points::parse("100").unwrap());
    assert_eq!(figures.total_lost, Points::ZERO);
    // A method that sets another maximum is taken from the card.
    card.method = Some(parindex::model::Method {
        decision: "Phương pháp thử".into(),
        total_max: Points::parse("120").unwrap(),
        self_max: None,
        survey_max: None,
    });
    let session = Session::new(card);
    assert_eq!(
        session.baseline_figures().total_max,
        Points::parse("120").unwrap()
    );
    assert!(
        session
            .findings()
            .iter()
            .any(|f| f.check == Check::MethodMismatch)
    );
}

#[test]
fn a_generated_card_is_labelled_as_generated_and_not_as_a_real_province() {
    let card = generate::scorecard(Spec {
        items: 50,
        depth: 2,
        seed: 1,
        year: 2031,
    });
    assert_eq!(card.unit, "Đơn vị mẫu 1");
    assert!(card.source.contains("không phải số liệu thật"));
    assert_eq!((card.year, card.target_year), (2031, 2032));
    let deadlines: Vec<String> = card
        .walk()
        .filter_map(|(_, item, _)| item.plan.as_ref().map(|p| p.deadline.clone()))
        .collect();
    assert!(!deadlines.is_empty());
    assert!(
        deadlines.iter().all(|d| d.contains("2032")),
        "{deadlines:?}"
    );
}
