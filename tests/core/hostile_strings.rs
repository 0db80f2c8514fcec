//! A scorecard is untrusted: a criterion named "=HYPERLINK(…)" or a lead agency "-Sở…" must
//! reach Excel as text, never as a formula. CSV cells starting with = + - @ (or tab, CR) get a
//! leading apostrophe; XLSX cells are typed strings, which Excel never evaluates. This writes
//! every XLSX and CSV the CLI can make from a card whose names are formulas and reads them back.

use std::path::{Path, PathBuf};
use std::process::Command;

use calamine::{Data, Reader, Xlsx, open_workbook};
use parindex::io;
use parindex::model::Item;

const BIN: &str = env!("CARGO_BIN_EXE_parindex");

const HOSTILE: [&str; 4] = [
    "=HYPERLINK(\"http://example.invalid\",\"bấm\")",
    "+84 912 345 678",
    "-1+1",
    "@SUM(A1:A2)",
];
const LEAD: &str = "=cmd|' /C calc'!A0";

fn rename(items: &mut [Item], names: &mut impl Iterator<Item = &'static str>) {
    for item in items {
        if let Some(plan) = &mut item.plan {
            plan.lead = LEAD.to_string();
        }
        if !item.items.is_empty() {
            rename(&mut item.items, names);
        } else if let Some(name) = names.next() {
            item.name = name.to_string();
        }
    }
}

/// The seed with its first leaves renamed to formulas and every lead agency a formula.
fn hostile_card(dir: &Path) -> PathBuf {
    let mut card = io::embedded_scorecard().unwrap();
    let mut names = HOSTILE.into_iter();
    for field in &mut card.fields {
        if let Some(plan) = &mut field.plan {
            plan.lead = LEAD.to_string();
        }
        rename(&mut field.items, &mut names);
    }
    assert!(names.next().is_none(), "every hostile name placed");
    let path = dir.join("hostile.ron");
    io::save_scorecard(&card, &path).unwrap();
    path
}

fn run(args: &[&str]) -> Vec<u8> {
    let out = Command::new(BIN).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// Every string cell of every sheet, and every formula's text.
fn cells(path: &Path) -> (Vec<String>, Vec<String>) {
    let mut book: Xlsx<_> = open_workbook(path).unwrap();
    let (mut strings, mut formulas) = (Vec::new(), Vec::new());
    for sheet in book.sheet_names() {
        let range = book.worksheet_range(&sheet).unwrap();
        strings.extend(range.used_cells().filter_map(|(_, _, cell)| match cell {
            Data::String(s) => Some(s.clone()),
            _ => None,
        }));
        let f = book.worksheet_formula(&sheet).unwrap();
        formulas.extend(f.used_cells().map(|(_, _, s)| s.clone()));
    }
    (strings, formulas)
}

fn check_xlsx(path: &Path, must_hold: &[&str]) {
    let (strings, formulas) = cells(path);
    for formula in &formulas {
        for text in HOSTILE.iter().chain([&LEAD]) {
            let body = text.trim_start_matches(['=', '+', '-', '@']);
            assert!(
                !formula.contains(body),
                "{}: a formula {formula:?} carries the card's text",
                path.display()
            );
        }
    }
    for text in must_hold {
        assert!(
            strings.iter().any(|s| s.contains(text)),
            "{}: {text:?} is not a text cell",
            path.display()
        );
    }
}

fn check_csv(bytes: &[u8], must_hold: &[&str], what: &str) {
    let text = String::from_utf8_lossy(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(if text.lines().next().unwrap_or("").contains(';') {
            b';'
        } else {
            b','
        })
        .from_reader(bytes);
    let mut fields = Vec::new();
    for record in reader.records() {
        fields.extend(record.unwrap().iter().map(str::to_string));
    }
    for field in &fields {
        let field = field.trim_start_matches('\u{feff}');
        assert!(
            !field.starts_with(['=', '+', '-', '@', '\t', '\r']),
            "{what}: {field:?} would open as a formula"
        );
    }
    for text in must_hold {
        let quoted = format!("'{text}");
        assert!(
            fields.iter().any(|f| f.contains(&quoted)),
            "{what}: {text:?} is not there, neutralised"
        );
    }
}

#[test]
fn names_that_look_like_formulas_reach_excel_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let card = hostile_card(dir.path());
    let card = card.to_str().unwrap();
    let out = |name: &str| dir.path().join(name).to_str().unwrap().to_string();

    run(&["export-table", card, "--out", &out("table.xlsx")]);
    check_xlsx(Path::new(&out("table.xlsx")), &HOSTILE);
    run(&["export-table", card, "--out", &out("table.csv")]);
    check_csv(
        &std::fs::read(out("table.csv")).unwrap(),
        &HOSTILE,
        "table.csv",
    );

    run(&["fix-first", card, "--out", &out("fix.xlsx")]);
    check_xlsx(Path::new(&out("fix.xlsx")), &[HOSTILE[0]]);
    run(&["fix-first", card, "--out", &out("fix.csv")]);
    check_csv(&std::fs::read(out("fix.csv")).unwrap(), &[], "fix.csv");

    let progress = run(&["report-progress", card]);
    check_csv(&progress, &[LEAD], "report-progress");

    run(&["evidence", card, "--out", &out("evidence.xlsx")]);
    check_xlsx(Path::new(&out("evidence.xlsx")), &[]);
    run(&[
        "scoreboard",
        card,
        "--as-of",
        "2020-10-01",
        "--out",
        &out("board.xlsx"),
    ]);
    check_xlsx(Path::new(&out("board.xlsx")), &[LEAD]);

    let sheets = dir.path().join("sheets");
    run(&[
        "task-sheets",
        card,
        "--as-of",
        "2020-10-01",
        "--out",
        sheets.to_str().unwrap(),
    ]);
    let written: Vec<PathBuf> = std::fs::read_dir(&sheets)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert!(!written.is_empty());
    for sheet in &written {
        // The file name is made safe from the agency's name; its cells hold it as text.
        check_xlsx(sheet, &[LEAD]);
    }
}
