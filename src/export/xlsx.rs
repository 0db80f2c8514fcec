//! The tree-table as an Excel workbook: the hierarchy with outline levels, a note on every
//! value that is not simply the published one, and per-field totals as live formulas so the
//! sheet stays right when an officer edits a figure.

use rust_xlsxwriter::{Format, FormatAlign, Formula, Note, Workbook, Worksheet, XlsxError};

use crate::engine::rounding_note;
use crate::model::Points;

use super::ExportError;
use super::build::Scene;
use super::chart::Lang;
use super::rows::{headings, rows};

/// Up to four decimals, at least two; `[$-42A]` tags the Vietnamese locale so Excel set to
/// Vietnamese shows comma decimals (the mark itself always follows the reader's settings).
pub(super) const NUMBER: &str = "[$-42A]#,##0.00##";

/// Excel allows seven outline levels; deeper sub-criteria stay at the seventh.
const MAX_OUTLINE: usize = 7;

/// Column widths of the tree-table, in characters, in the order of `rows::headings`.
const TREE_WIDTHS: [u16; 18] = [7, 46, 7, 9, 8, 8, 9, 9, 8, 32, 22, 36, 26, 13, 13, 4, 30, 8];
/// Column widths of the field totals.
const TOTALS_WIDTHS: [u16; 16] = [9, 52, 8, 9, 9, 9, 10, 9, 10, 10, 11, 10, 10, 11, 60, 11];

/// The workbook bytes: sheet 1 the tree-table, sheet 2 the per-field totals, sheet 3 what the
/// card is (unit, years, source, published index and rank). Together they say everything
/// `parindex import` needs to read the card back, in cells an officer reads.
pub fn table_xlsx(scene: Scene, lang: Lang) -> Result<Vec<u8>, ExportError> {
    let mut book = Workbook::new();
    tree_sheet(book.add_worksheet(), scene, lang)?;
    totals_sheet(book.add_worksheet(), scene, lang)?;
    super::xlsx_info::info_sheet(
        book.add_worksheet(),
        scene.analysis(),
        scene.session.card().method.as_ref(),
        lang,
    )?;
    Ok(book.save_to_buffer()?)
}

fn header<S: AsRef<str>>(sheet: &mut Worksheet, titles: &[S]) -> Result<(), XlsxError> {
    let bold = Format::new()
        .set_bold()
        .set_background_color("#DCE3EF")
        .set_text_wrap()
        .set_align(FormatAlign::Center);
    for (col, title) in titles.iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, title.as_ref(), &bold)?;
    }
    sheet.set_freeze_panes(1, 2)?;
    // Two lines: the headings carry a year ("Bị trừ dự kiến 2031") and wrap.
    sheet.set_row_height(0, 32)?;
    Ok(())
}

fn widths(sheet: &mut Worksheet, widths: &[u16]) -> Result<(), XlsxError> {
    for (col, width) in widths.iter().enumerate() {
        sheet.set_column_width(col as u16, *width)?;
    }
    Ok(())
}

/// Prints as a report: A4 landscape, one page wide, the header row (`header_row`) on every
/// page, grid lines.
pub(super) fn print_setup(sheet: &mut Worksheet, header_row: u32) -> Result<(), XlsxError> {
    sheet
        .set_paper_size(9)
        .set_landscape()
        .set_print_fit_to_pages(1, 0)
        .set_print_gridlines(true)
        .set_repeat_rows(header_row, header_row)?;
    Ok(())
}

/// A row tall enough for its longest wrapped cell: neither Excel nor `LibreOffice` grows a row
/// for wrapped text written without a height, and overlapping lines are unreadable.
fn fit_height(sheet: &mut Worksheet, row: u32, cells: &[(&str, u16)]) -> Result<(), XlsxError> {
    let lines = cells
        .iter()
        .map(|(text, width)| {
            // About one character per unit of column width, less a margin.
            let per_line = usize::from(width.saturating_sub(1).max(4));
            text.chars().count().div_ceil(per_line).max(1)
        })
        .max()
        .unwrap_or(1);
    if lines > 1 {
        sheet.set_row_height(row, 15.0 * lines as f64)?;
    }
    Ok(())
}

fn tree_sheet(sheet: &mut Worksheet, scene: Scene, lang: Lang) -> Result<(), XlsxError> {
    sheet.set_name(lang.pick("Bảng điểm", "Scorecard"))?;
    let titles = headings(scene, lang);
    header(sheet, &titles)?;
    widths(sheet, &TREE_WIDTHS[..titles.len().min(TREE_WIDTHS.len())])?;
    print_setup(sheet, 0)?;
    let number = Format::new().set_num_format(NUMBER);
    let strong_number = Format::new().set_num_format(NUMBER).set_bold();
    let wrap = Format::new().set_text_wrap();
    let block = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    for (i, row) in rows(scene, lang).iter().enumerate() {
        let r = i as u32 + 1;
        let strong = row.depth.is_none_or(|d| d == 0);
        let name = Format::new()
            .set_indent(row.depth.unwrap_or(0).min(15) as u8)
            .set_text_wrap();
        let name = if strong { name.set_bold() } else { name };
        let num = if strong { &strong_number } else { &number };
        sheet.write_string(r, 0, &row.code)?;
        sheet.write_string_with_format(r, 1, &row.name, &name)?;
        sheet.write_number_with_format(r, 2, row.max.to_f64(), num)?;
        if let Some(published) = row.published {
            sheet.write_number_with_format(r, 3, published.to_f64(), num)?;
        }
        for (col, value) in [
            row.base,
            row.lost,
            row.projected,
            row.projected_lost,
            row.delta,
        ]
        .iter()
        .enumerate()
        {
            if let Some(value) = value {
                sheet.write_number_with_format(r, col as u16 + 4, value.to_f64(), num)?;
            }
        }
        if !row.note.is_empty() {
            sheet.write_string_with_format(r, 9, &row.note, &wrap)?;
            // The note also hangs on the figure itself, where the eye stops.
            sheet.insert_note(
                r,
                4,
                &Note::new(&row.note)
                    .add_author_prefix(false)
                    .set_width(320)
                    .set_height(110),
            )?;
        }
        // A plan is written once, on its own row, in cells merged down over the rows it
        // covers, as appendices write it; the covered rows leave those cells to the merge.
        if row.owns_plan {
            for (col, text) in [
                (10, &row.lead),
                (11, &row.task),
                (12, &row.partners),
                (13, &row.deadline),
                (14, &row.status),
            ] {
                if row.covers > 0 {
                    sheet.merge_range(r, col, r + row.covers as u32, col, text, &block)?;
                } else if !text.is_empty() {
                    sheet.write_string_with_format(r, col, text, &wrap)?;
                }
            }
        }
        if let Some(depth) = row.depth {
            sheet.write_number(r, 15, depth as f64)?;
        }
        if !row.remark.is_empty() {
            sheet.write_string_with_format(r, 16, &row.remark, &wrap)?;
        }
        // Only a card with self-scores has the column (`rows::has_self_scores`).
        if let Some(self_score) = row.self_score {
            sheet.write_number_with_format(r, 17, self_score.to_f64(), num)?;
        }
        let indent = row.depth.unwrap_or(0) as u16 * 2;
        fit_height(
            sheet,
            r,
            &[
                (&row.name, TREE_WIDTHS[1].saturating_sub(indent)),
                (&row.note, TREE_WIDTHS[9]),
                (&row.lead, TREE_WIDTHS[10]),
                (&row.task, TREE_WIDTHS[11]),
                (&row.partners, TREE_WIDTHS[12]),
                (&row.deadline, TREE_WIDTHS[13]),
                (&row.remark, TREE_WIDTHS[16]),
            ],
        )?;
    }
    // Group each node's descendants under it; pre-order makes them one contiguous run.
    let nodes = &scene.analysis().nodes;
    let mut last = vec![0; nodes.len()];
    for i in (0..nodes.len()).rev() {
        last[i] = nodes[i].children.last().map_or(i, |&c| last[c]);
    }
    for (i, node) in nodes.iter().enumerate() {
        if !node.children.is_empty() && node.depth < MAX_OUTLINE {
            sheet.group_rows(i as u32 + 2, last[i] as u32 + 1)?;
        }
    }
    Ok(())
}

/// A live formula with its result cached, so readers that do not recalculate show it too.
fn formula(
    sheet: &mut Worksheet,
    r: u32,
    col: u16,
    text: String,
    value: Points,
    format: &Format,
) -> Result<(), XlsxError> {
    let cell = Formula::new(text).set_result(value.en());
    sheet.write_formula_with_format(r, col, cell, format)?;
    Ok(())
}

fn totals_titles(scene: Scene, lang: Lang) -> Vec<String> {
    let a = scene.analysis();
    let (y, t) = (a.year, a.target_year);
    match lang {
        Lang::Vi => vec![
            "Lĩnh vực".into(),
            "Nội dung".into(),
            "Tối đa".into(),
            format!("Điểm {y}"),
            format!("Bị trừ {y}"),
            format!("Dự kiến {t}"),
            format!("Bị trừ dự kiến {t}"),
            "Thay đổi".into(),
            "Tự đánh giá tối đa".into(),
            format!("Tự đánh giá {y}"),
            format!("Tự đánh giá dự kiến {t}"),
            "Điều tra XHH tối đa".into(),
            format!("Điều tra XHH {y}"),
            format!("Điều tra XHH dự kiến {t}"),
            "Ghi chú".into(),
            format!("Công bố {y} (cả lĩnh vực)"),
        ],
        Lang::En => vec![
            "Field".into(),
            "Name".into(),
            "Max".into(),
            format!("Score {y}"),
            format!("Lost {y}"),
            format!("Projected {t}"),
            format!("Projected lost {t}"),
            "Change".into(),
            "Self-assessment max".into(),
            format!("Self-assessment {y}"),
            format!("Self-assessment projected {t}"),
            "Survey max".into(),
            format!("Survey {y}"),
            format!("Survey projected {t}"),
            "Note".into(),
            format!("Published {y} (whole field)"),
        ],
    }
}

fn totals_sheet(sheet: &mut Worksheet, scene: Scene, lang: Lang) -> Result<(), XlsxError> {
    sheet.set_name(lang.pick("Tổng hợp lĩnh vực", "Field totals"))?;
    let (base, proj) = (scene.baseline(), scene.figures());
    header(sheet, &totals_titles(scene, lang))?;
    widths(sheet, &TOTALS_WIDTHS)?;
    print_setup(sheet, 0)?;
    let number = Format::new().set_num_format(NUMBER);
    let wrap = Format::new().set_text_wrap();
    for (i, (b, p)) in base.fields.iter().zip(&proj.fields).enumerate() {
        let r = i as u32 + 1;
        let x = r + 1;
        sheet.write_string(r, 0, format!("LV{}", b.code))?;
        sheet.write_string_with_format(r, 1, &b.name, &wrap)?;
        for (col, value, known) in [
            (2, b.max, true),
            (3, b.score, b.known),
            (5, p.score, b.known),
            (8, b.self_max, true),
            (9, b.self_score, b.self_known),
            (10, p.self_score, b.self_known),
            (11, b.survey_max, true),
            (12, b.survey_score, b.survey_known),
            (13, p.survey_score, b.survey_known),
        ] {
            // A figure not known yet stays blank: a 0 would read as a field that scored nothing.
            if known {
                sheet.write_number_with_format(r, col, value.to_f64(), &number)?;
            }
        }
        if b.known {
            formula(sheet, r, 4, format!("=C{x}-D{x}"), b.lost, &number)?;
            formula(sheet, r, 6, format!("=C{x}-F{x}"), p.lost, &number)?;
            let change = p.score - b.score;
            formula(sheet, r, 7, format!("=F{x}-D{x}"), change, &number)?;
        }
        // The summary table's figure for the field as the card holds it; blank where it has
        // none (the score column then shows self-assessment plus survey).
        if let Some(total) = scene.analysis().fields[i].published_total {
            sheet.write_number_with_format(r, 15, total.to_f64(), &number)?;
        }
        let note = rounding_note(scene.analysis(), i)
            .map(|n| n.text(lang == Lang::Vi).to_string())
            .unwrap_or_default();
        if !note.is_empty() {
            sheet.write_string_with_format(r, 14, &note, &wrap)?;
        }
        fit_height(
            sheet,
            r,
            &[(&b.name, TOTALS_WIDTHS[1]), (&note, TOTALS_WIDTHS[14])],
        )?;
    }
    let n = base.fields.len() as u32;
    let total_row = n + 1;
    let bold = Format::new().set_bold().set_num_format(NUMBER);
    sheet.write_string_with_format(total_row, 0, lang.pick("Tổng", "Total"), &bold)?;
    sheet.write_string_with_format(total_row, 1, lang.pick("Chỉ số CCHC", "PAR Index"), &bold)?;
    // The index is the published figure moved by the projection; a SUM of the fields says the
    // same only when the published index equals the sum of the published fields.
    let sums_agree = Points::sum(base.fields.iter().map(|f| f.score)) == base.total;
    let results: [(u16, Points); 12] = [
        (2, base.total_max),
        (3, base.total),
        (4, base.total_lost),
        (5, proj.total),
        (6, proj.total_lost),
        (7, proj.total - base.total),
        (8, base.self_max),
        (9, base.self_total),
        (10, proj.self_total),
        (11, Points::sum(base.fields.iter().map(|f| f.survey_max))),
        (12, Points::sum(base.fields.iter().map(|f| f.survey_score))),
        (13, Points::sum(proj.fields.iter().map(|f| f.survey_score))),
    ];
    for (col, value) in results {
        let letter = char::from(b'A' + col as u8);
        if !base.total_known && (3..=7).contains(&col) {
            continue;
        }
        if sums_agree || !(3..=7).contains(&col) {
            formula(
                sheet,
                total_row,
                col,
                format!("=SUM({letter}2:{letter}{})", n + 1),
                value,
                &bold,
            )?;
        } else {
            sheet.write_number_with_format(total_row, col, value.to_f64(), &bold)?;
        }
    }
    if !sums_agree {
        sheet.write_string_with_format(
            total_row,
            14,
            lang.pick(
                "Chỉ số là số công bố (khác tổng các lĩnh vực; xem phần kiểm tra số liệu).",
                "The index is the published figure (it differs from the sum of the fields; see the data check).",
            ),
            &wrap,
        )?;
    }
    Ok(())
}
