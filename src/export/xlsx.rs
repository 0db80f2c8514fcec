//! The tree-table as an Excel workbook: the hierarchy with outline levels, and per-field
//! totals as live formulas so the sheet stays right when an officer edits a figure.

use rust_xlsxwriter::{Format, FormatAlign, Formula, Workbook, Worksheet, XlsxError};

use crate::engine::{Analysis, Figures, Projected};
use crate::model::Points;

use super::ExportError;
use super::chart::Lang;
use super::rows::{headings, rows};

/// Up to four decimals, at least two; `[$-42A]` tags the Vietnamese locale so Excel set to
/// Vietnamese shows comma decimals (the mark itself always follows the reader's settings).
const NUMBER: &str = "[$-42A]#,##0.00##";

/// Excel allows seven outline levels; deeper sub-criteria stay at the seventh.
const MAX_OUTLINE: usize = 7;

/// The workbook bytes: sheet 1 the tree-table, sheet 2 the per-field totals.
pub fn table_xlsx(
    analysis: &Analysis,
    projected: &Projected,
    lang: Lang,
) -> Result<Vec<u8>, ExportError> {
    let mut book = Workbook::new();
    tree_sheet(book.add_worksheet(), analysis, projected, lang)?;
    totals_sheet(book.add_worksheet(), analysis, projected, lang)?;
    Ok(book.save_to_buffer()?)
}

fn header(sheet: &mut Worksheet, titles: &[&str]) -> Result<(), XlsxError> {
    let bold = Format::new()
        .set_bold()
        .set_background_color("#DCE3EF")
        .set_text_wrap()
        .set_align(FormatAlign::Center);
    for (col, title) in titles.iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, *title, &bold)?;
    }
    sheet.set_freeze_panes(1, 2)?;
    Ok(())
}

fn tree_sheet(
    sheet: &mut Worksheet,
    analysis: &Analysis,
    projected: &Projected,
    lang: Lang,
) -> Result<(), XlsxError> {
    sheet.set_name(lang.pick("Bảng điểm", "Scorecard"))?;
    header(sheet, &headings(lang))?;
    for (col, width) in [8, 60, 9, 10, 9, 9, 9, 28, 36, 18, 24, 5]
        .iter()
        .enumerate()
    {
        sheet.set_column_width(col as u16, *width)?;
    }
    let number = Format::new().set_num_format(NUMBER);
    let field_number = Format::new().set_num_format(NUMBER).set_bold();
    let wrap = Format::new().set_text_wrap();
    for (i, row) in rows(analysis, projected, lang).iter().enumerate() {
        let r = i as u32 + 1;
        let field = row.depth == 0;
        let name = Format::new()
            .set_indent(row.depth.min(15) as u8)
            .set_text_wrap();
        let name = if field { name.set_bold() } else { name };
        let num = if field { &field_number } else { &number };
        sheet.write_string(r, 0, &row.code)?;
        sheet.write_string_with_format(r, 1, row.name, &name)?;
        for (col, value) in [row.max, row.base, row.lost, row.projected, row.delta]
            .iter()
            .enumerate()
        {
            sheet.write_number_with_format(r, col as u16 + 2, value.to_f64(), num)?;
        }
        sheet.write_string_with_format(r, 7, row.lead, &wrap)?;
        sheet.write_string_with_format(r, 8, row.partners, &wrap)?;
        sheet.write_string(r, 9, row.deadline)?;
        sheet.write_string(r, 10, &row.status)?;
        sheet.write_number(r, 11, row.depth as f64)?;
    }
    // Group each node's descendants under it; pre-order makes them one contiguous run.
    let nodes = &analysis.nodes;
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

fn totals_sheet(
    sheet: &mut Worksheet,
    analysis: &Analysis,
    projected: &Projected,
    lang: Lang,
) -> Result<(), XlsxError> {
    sheet.set_name(lang.pick("Tổng hợp lĩnh vực", "Field totals"))?;
    let base = Figures::of(analysis, &Projected::baseline(analysis));
    let proj = Figures::of(analysis, projected);
    let titles = match lang {
        Lang::Vi => [
            "Lĩnh vực",
            "Nội dung",
            "Tối đa",
            "Điểm 2019",
            "Bị trừ 2019",
            "Dự báo",
            "Thay đổi",
        ],
        Lang::En => [
            "Field",
            "Name",
            "Max",
            "Score 2019",
            "Lost 2019",
            "Projected",
            "Change",
        ],
    };
    header(sheet, &titles)?;
    for (col, width) in [9, 60, 9, 10, 10, 9, 9].iter().enumerate() {
        sheet.set_column_width(col as u16, *width)?;
    }
    let number = Format::new().set_num_format(NUMBER);
    for (i, (b, p)) in base.fields.iter().zip(&proj.fields).enumerate() {
        let r = i as u32 + 1;
        let excel = r + 1;
        sheet.write_string(r, 0, format!("LV{}", b.code))?;
        sheet.write_string(r, 1, &b.name)?;
        sheet.write_number_with_format(r, 2, b.max.to_f64(), &number)?;
        sheet.write_number_with_format(r, 3, b.score.to_f64(), &number)?;
        let lost = Formula::new(format!("=C{excel}-D{excel}")).set_result(b.lost.en());
        sheet.write_formula_with_format(r, 4, lost, &number)?;
        sheet.write_number_with_format(r, 5, p.score.to_f64(), &number)?;
        let change =
            Formula::new(format!("=F{excel}-D{excel}")).set_result((p.score - b.score).en());
        sheet.write_formula_with_format(r, 6, change, &number)?;
    }
    let n = base.fields.len() as u32;
    let total_row = n + 1;
    let bold = Format::new().set_bold().set_num_format(NUMBER);
    sheet.write_string_with_format(total_row, 0, lang.pick("Tổng", "Total"), &bold)?;
    sheet.write_string_with_format(total_row, 1, lang.pick("Chỉ số CCHC", "PAR Index"), &bold)?;
    let results: [Points; 5] = [
        base.total_max,
        base.total,
        base.total_lost,
        proj.total,
        proj.total - base.total,
    ];
    for (k, (col, letter)) in [(2u16, 'C'), (3, 'D'), (4, 'E'), (5, 'F'), (6, 'G')]
        .iter()
        .enumerate()
    {
        let sum =
            Formula::new(format!("=SUM({letter}2:{letter}{})", n + 1)).set_result(results[k].en());
        sheet.write_formula_with_format(total_row, *col, sum, &bold)?;
    }
    Ok(())
}
