//! The importer on the seed's own appendix: as Word puts it on the clipboard (the verbatim
//! tab-separated text of Kế hoạch 180/KH-UBND's summary table and appendix,
//! `tests/data/import/seed-appendix.tsv`), as a semicolon CSV, and as an XLSX workbook laid
//! out like the printed appendix (title rows, field rows in capitals, "Lead: task" cells, plan
//! cells merged over sub-criteria, rows continued across a page break, comma-decimal text,
//! the TỔNG ĐIỂM row, the summary table on its own sheet). Each must give the shipped card's
//! figures, findings, points at stake and plans.

use std::collections::{BTreeMap, BTreeSet};

use parindex::engine::{Analysis, Check, Projected, Session, Severity, Stakes, check};
use parindex::import::{self, Detail, Imported, Note, Options, RowKind};
use parindex::io;
use parindex::model::{Changes, Plan, Points, Scorecard};
use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Workbook};

pub const SEED_TSV: &str = include_str!("../data/import/seed-appendix.tsv");

fn pts(text: &str) -> Points {
    Points::parse(text).unwrap()
}

/// The seed text's lines split at tabs: the cells as Word's table holds them.
pub fn seed_cells() -> Vec<Vec<String>> {
    SEED_TSV
        .lines()
        .map(|l| l.split('\t').map(str::to_string).collect())
        .collect()
}

/// The seed's appendix as an XLSX workbook: sheet "Phụ lục" with the title, the header and
/// every row as the plan prints it; sheet "Tổng hợp" with the summary table. Numbers written
/// with a dot in the seed become number cells, those with a comma stay text. Plan cells are
/// merged over 3.4.1–3.4.3 (written on 3.4.1's row), 4.1–4.1.2 and 4.3–4.3.3, as the printed
/// table merges them; the rows Word carried over a page break stay rows of their own.
pub fn seed_workbook() -> Vec<u8> {
    let rows = seed_cells();
    let mut book = Workbook::new();
    let border = Format::new()
        .set_border(FormatBorder::Thin)
        .set_text_wrap()
        .set_align(FormatAlign::VerticalCenter);
    let bold = border.clone().set_bold().set_align(FormatAlign::Center);
    let title = Format::new().set_bold().set_align(FormatAlign::Center);
    let italic = Format::new().set_italic().set_align(FormatAlign::Center);

    let sheet = book.add_worksheet().set_name("Phụ lục").unwrap();
    let widths: [u16; 7] = [7, 40, 9, 11, 42, 26, 14];
    for (col, width) in widths.iter().enumerate() {
        sheet.set_column_width(col as u16, *width).unwrap();
    }
    // Printed as the plan prints it: A4 landscape, one page wide, the header on every page.
    sheet
        .set_landscape()
        .set_paper_size(9)
        .set_print_fit_to_pages(1, 0);
    // Wrapped cells get the height of their longest text (no spreadsheet re-measures rows
    // on opening a file that does not say).
    let height = |cells: &[String]| {
        let lines = cells
            .iter()
            .zip(widths)
            .map(|(text, width)| text.chars().count().div_ceil(usize::from(width) - 2).max(1))
            .max()
            .unwrap_or(1);
        15.0 * lines as f64
    };
    let start = rows.iter().position(|r| r[0] == "Phụ lục").unwrap();
    let mut r: u32 = 0;
    let mut code_row: BTreeMap<String, u32> = BTreeMap::new();
    for cells in &rows[start..] {
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if cells.len() == 1 {
            // A title or a note line: across the table.
            let format = if r == 0 { &title } else { &italic };
            sheet.merge_range(r, 0, r, 6, &cells[0], format).unwrap();
            sheet.set_row_height(r, 18).unwrap();
            r += 1;
            continue;
        }
        let header = cells[0] == "STT";
        if header {
            sheet.set_repeat_rows(r, r).unwrap();
        }
        sheet.set_row_height(r, height(cells)).unwrap();
        for (c, text) in cells.iter().enumerate() {
            let format = if header { &bold } else { &border };
            let number = (2..=3).contains(&c) && !text.contains(',');
            match text.parse::<f64>() {
                Ok(n) if number => sheet.write_number_with_format(r, c as u16, n, format),
                _ => sheet.write_string_with_format(r, c as u16, text, format),
            }
            .unwrap();
        }
        code_row.insert(cells[0].clone(), r);
        r += 1;
    }
    // Merge each block's plan cells down, keeping the text of the top cell.
    let merges = [("3.4.1", "3.4.3"), ("4.1", "4.1.2"), ("4.3", "4.3.3")];
    let by_row: BTreeMap<u32, &Vec<String>> = {
        let mut m = BTreeMap::new();
        for cells in &rows[start..] {
            if let Some(&at) = code_row.get(&cells[0]) {
                m.insert(at, cells);
            }
        }
        m
    };
    for (first, last) in merges {
        let (a, b) = (code_row[first], code_row[last]);
        for col in 4..=6u16 {
            let text = by_row[&a].get(col as usize).cloned().unwrap_or_default();
            sheet.merge_range(a, col, b, col, &text, &border).unwrap();
        }
    }

    let summary = book.add_worksheet().set_name("Tổng hợp").unwrap();
    summary.set_column_width(0, 8).unwrap();
    for (i, cells) in rows[..start]
        .iter()
        .filter(|c| !c[0].is_empty())
        .enumerate()
    {
        for (c, text) in cells.iter().enumerate() {
            summary.write_string(i as u32, c as u16, text).unwrap();
        }
    }
    book.save_to_buffer().unwrap()
}

/// The seed's cells as a semicolon CSV, as Excel set to Vietnamese saves one.
pub fn seed_semicolon_csv() -> String {
    let mut writer = csv::WriterBuilder::new()
        .delimiter(b';')
        .flexible(true)
        .from_writer(Vec::new());
    for cells in seed_cells() {
        writer.write_record(&cells).unwrap();
    }
    String::from_utf8(writer.into_inner().unwrap()).unwrap()
}

fn shipped() -> Scorecard {
    io::embedded_scorecard().unwrap()
}

fn findings(card: &Scorecard) -> BTreeSet<(Severity, String, String)> {
    check(&Analysis::new(card))
        .into_iter()
        .map(|f| (f.severity, format!("{:?}", f.check), f.code))
        .collect()
}

fn stakes(card: &Scorecard) -> (BTreeMap<String, Points>, Points) {
    let session = Session::with_changes(card.clone(), Changes::default());
    let stakes = Stakes::of(session.analysis(), session.projected());
    let by_lead = stakes
        .agencies
        .iter()
        .map(|s| (s.lead.clone(), s.at_stake))
        .collect();
    (by_lead, stakes.unassigned)
}

fn plans(card: &Scorecard) -> BTreeMap<String, Plan> {
    let mut out: BTreeMap<String, Plan> = card
        .walk()
        .filter_map(|(_, item, _)| item.plan.clone().map(|p| (item.code.clone(), p)))
        .collect();
    for field in &card.fields {
        if let Some(plan) = &field.plan {
            out.insert(format!("LV{}", field.code), plan.clone());
        }
    }
    out
}

/// Everything the done-when asks of an import of the seed's appendix.
pub fn assert_is_the_seed(imported: &Imported) {
    let card = &imported.card;
    let session = Session::with_changes(card.clone(), Changes::default());
    let figures = session.figures();
    // The appendix's field rows: 8.5 + 5 + 14 + 7.5 + 8 + 8.5 + 9 + 6 = 66.5, and
    // 6 + 5 + 12.4259 + 5.2196 + 6.75 + 5.441 + 7.953 + 4.5 = 53.2895.
    assert_eq!(figures.self_total, pts("53.2895"));
    assert_eq!(figures.self_max, pts("66.5"));
    let self_scores: Vec<String> = figures.fields.iter().map(|f| f.self_score.en()).collect();
    assert_eq!(
        self_scores,
        [
            "6", "5", "12.4259", "5.2196", "6.75", "5.441", "7.953", "4.5"
        ]
    );
    // The summary table: 6/8.5 8.71/10 12.42/14 8.57/12 11.35/14 8.63/12.5 11.21/13 12.79/16.
    let whole: Vec<String> = figures.fields.iter().map(|f| f.score.en()).collect();
    assert_eq!(
        whole,
        [
            "6", "8.71", "12.42", "8.57", "11.35", "8.63", "11.21", "12.79"
        ]
    );
    let maxima: Vec<String> = figures.fields.iter().map(|f| f.max.en()).collect();
    assert_eq!(maxima, ["8.5", "10", "14", "12", "14", "12.5", "13", "16"]);
    // LV4's survey part: 8.57 − 5.2196 = 3.3504 of 12 − 7.5 = 4.5.
    assert_eq!(figures.fields[3].survey_score, pts("3.3504"));
    assert_eq!(figures.fields[3].survey_max, pts("4.5"));
    // LV3: 12.42 < 12.4259 is the two-decimal rounding; the survey part is 0 of 0.
    assert_eq!(card.fields[2].survey.score, Some(Points::ZERO));
    assert_eq!(card.fields[2].survey.max, Points::ZERO);
    assert_eq!(figures.total, pts("79.68"));
    assert_eq!(figures.total_max, pts("100"));
    let published = card.published.as_ref().unwrap();
    assert_eq!((published.rank, published.of), (Some(48), Some(63)));

    assert_eq!(card.unit, "UBND tỉnh Tiền Giang");
    assert_eq!((card.year, card.target_year), (2019, 2020));

    // The same findings as the shipped card, among them those the seed is known for.
    let got = findings(card);
    assert_eq!(got, findings(&shipped()));
    for expected in [
        (Severity::Error, Check::ChildrenLoseMore, "6.1"),
        (Severity::Warning, Check::Unitemised, "4"),
        (Severity::Warning, Check::Unitemised, "7.2"),
        (Severity::Info, Check::Inferred, "5.7"),
    ] {
        let key = (
            expected.0,
            format!("{:?}", expected.1),
            expected.2.to_string(),
        );
        assert!(got.contains(&key), "{key:?} in {got:?}");
    }
    let analysis = session.analysis();
    let corrected = check(analysis)
        .into_iter()
        .find(|f| f.check == Check::ChildrenLoseMore && f.code == "6.1")
        .and_then(|f| f.suggestion);
    assert_eq!(corrected, Some(pts("1.941")));

    // Points at stake per lead agency, as the shipped card has them; Sở Nội vụ's 4.25 and the
    // 0.2804 no plan covers are worked out from the appendix in tests/core/cli.rs.
    let (by_lead, unassigned) = stakes(card);
    assert_eq!((by_lead.clone(), unassigned), stakes(&shipped()));
    assert_eq!(by_lead["Sở Nội vụ"], pts("4.25"));
    assert_eq!(unassigned, pts("0.2804"));

    // Every plan as the card's transcriber read it: leads, tasks, partners, deadlines.
    assert_eq!(plans(card), plans(&shipped()));

    // Blank stays blank.
    assert_eq!(card.item("5.7").unwrap().score, None);
    let _ = Projected::baseline(analysis);
}

fn reading_of<'a>(imported: &'a Imported, code: &str) -> &'a parindex::import::RowReading {
    imported
        .rows
        .iter()
        .find(|r| {
            matches!(&r.kind,
                RowKind::Field { code: c } | RowKind::Criterion { code: c } | RowKind::SubCriterion { code: c }
                if c == code)
        })
        .unwrap()
}

fn common_readings(imported: &Imported) {
    // The TỔNG ĐIỂM row is a check: 66.5 as written, 53,289 against the fields' 53.2895.
    let total = imported
        .rows
        .iter()
        .find_map(|r| match r.kind {
            RowKind::Total {
                max,
                score,
                sum_max,
                sum_score,
            } => Some((max, score, sum_max, sum_score)),
            _ => None,
        })
        .unwrap();
    assert_eq!(
        total,
        (
            Some(pts("66.5")),
            Some(pts("53.289")),
            pts("66.5"),
            pts("53.2895")
        )
    );
    assert!(imported.notes.iter().any(|n| matches!(n,
        Note::TotalMismatch { written, sum, .. } if *written == pts("53.289") && *sum == pts("53.2895"))));
    assert!(
        imported
            .notes
            .iter()
            .any(|n| matches!(n, Note::SurveyRounding { field, .. } if field == "3"))
    );
    // 7.2.1's plan cells finish 7.2's ("Sở Thông tin và Truyền" + "thông: …").
    assert!(
        reading_of(imported, "7.2.1")
            .details
            .contains(&Detail::PlanContinues { onto: "7.2".into() })
    );
    let continued: Vec<&str> = imported
        .rows
        .iter()
        .filter_map(|r| match &r.kind {
            RowKind::Continuation { onto } => Some(onto.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(continued, ["1.6", "4.3"]);
    assert!(
        reading_of(imported, "6.1")
            .details
            .iter()
            .any(|d| matches!(d, Detail::LeadFromList { lead, .. } if lead == "Sở Tài chính"))
    );
    assert!(
        reading_of(imported, "1.5")
            .details
            .contains(&Detail::NumberFromText {
                column: parindex::import::Column::Score,
                text: "1,5".into()
            })
    );
}

#[test]
fn the_seed_appendix_pasted_from_word_imports_to_the_shipped_card() {
    let imported =
        import::read_delimited(SEED_TSV, "ke-hoach-180.tsv", &Options::default()).unwrap();
    assert_is_the_seed(&imported);
    common_readings(&imported);
    // Flattened to text, 3.4's block plan sits on 3.4.1 with 3.4.2 and 3.4.3 blank.
    assert!(
        reading_of(&imported, "3.4.1")
            .details
            .contains(&Detail::PlanFromBlock {
                onto: "3.4".into(),
                rows: "3.4.1–3.4.3".into()
            })
    );
    assert!(imported.rows[0].place.starts_with("ke-hoach-180.tsv:"));
}

#[test]
fn the_seed_appendix_as_a_semicolon_csv_imports_to_the_shipped_card() {
    let text = format!("\u{feff}{}", seed_semicolon_csv());
    let imported = import::read_delimited(&text, "phu-luc.csv", &Options::default()).unwrap();
    assert_is_the_seed(&imported);
    common_readings(&imported);
}

#[test]
fn the_seed_appendix_as_a_workbook_imports_to_the_shipped_card() {
    let bytes = seed_workbook();
    // Kept for looking at (LibreOffice → PDF → PNG): target/tmp/seed-appendix.xlsx.
    std::fs::write(
        std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("seed-appendix.xlsx"),
        &bytes,
    )
    .unwrap();
    let imported = import::read_workbook(&bytes, "phu-luc.xlsx", &Options::default()).unwrap();
    assert_is_the_seed(&imported);
    common_readings(&imported);
    // 3.4's plan is written on 3.4.1's row in a cell merged down to 3.4.3.
    assert!(
        reading_of(&imported, "3.4.1")
            .details
            .contains(&Detail::PlanFromMerge {
                onto: "3.4".into(),
                rows: "3.4.1–3.4.3".into()
            })
    );
    assert_eq!(reading_of(&imported, "1.3").place, "Phụ lục!5");
    // "7.5" was written as a number cell, "8,5" as text.
    assert!(
        !reading_of(&imported, "4")
            .details
            .iter()
            .any(|d| matches!(d, Detail::NumberFromText { .. }))
    );
}

#[test]
fn options_override_what_the_table_says() {
    let options = Options {
        sheet: None,
        year: Some(2020),
        unit: Some("UBND tỉnh Mẫu".into()),
    };
    let imported = import::read_delimited(SEED_TSV, "x.tsv", &options).unwrap();
    assert_eq!(imported.card.unit, "UBND tỉnh Mẫu");
    assert_eq!(
        (imported.card.year, imported.card.target_year),
        (2020, 2021)
    );
}

#[test]
fn a_table_without_title_or_year_gets_a_provisional_label_and_says_so() {
    let text =
        "STT\tTiêu chí\tĐiểm chuẩn\tĐiểm đạt\n1\tCÔNG TÁC CHỈ ĐẠO\t8,5\t6\n1.3\tKiểm tra\t2\t1\n";
    let imported = import::read_delimited(text, "bang.tsv", &Options::default()).unwrap();
    assert!(
        imported.card.unit.contains("Chưa rõ đơn vị"),
        "{}",
        imported.card.unit
    );
    assert!(!imported.card.unit.contains("Tiền Giang"));
    assert_eq!(imported.card.year, 0);
    assert!(imported.notes.contains(&Note::YearUnknown));
    assert!(imported.notes.contains(&Note::NoSummary));
    assert!(
        imported
            .notes
            .iter()
            .any(|n| matches!(n, Note::UnitUnknown { .. }))
    );
    assert_eq!(imported.card.fields[0].items[0].code, "1.3");
}
