//! The rows of an agency's sheet in the evidence checklist: one row per document, the
//! item's own cells merged down them, row heights worked out from the text (spreadsheets do
//! not grow a row for text in merged cells).

use rust_xlsxwriter::{Format, Worksheet, XlsxError};

use crate::engine::ChecklistItem;
use crate::model::{Evidence, EvidenceState};

use super::chart::Lang;
use super::checklist::Styles;

/// Column widths in characters: STT, Mã, Tiêu chí, Nhiệm vụ, Điểm tăng, Độ tin cậy, Nguy cơ
/// mất, Tài liệu, Số ký hiệu, Tình trạng, Đường dẫn. Wide text columns wrap.
pub(super) const WIDTHS: [u16; 11] = [5, 7, 32, 32, 8, 8, 8, 38, 14, 13, 14];
/// Points per printed line of 11-point Times New Roman with Vietnamese diacritics (about 13
/// measured in a PDF printed by Libre Office), so wrapped text is never cut.
pub(super) const LINE: f64 = 13.5;
/// Characters of Vietnamese text per unit of column width: Times New Roman is narrower than
/// the digit that Excel's widths count (about 1.4 measured in print), less a margin.
pub(super) const CHARS_PER_WIDTH: f64 = 1.25;

/// How many printed lines `text` takes in a column `width` characters wide.
pub(super) fn lines(text: &str, width: u16) -> f64 {
    let per_line = (f64::from(width.saturating_sub(1)) * CHARS_PER_WIDTH).max(1.0);
    text.split('\n')
        .map(|part| (part.chars().count() as f64 / per_line).ceil().max(1.0))
        .sum()
}

/// Writes one item from `row` (one row per document, the item's cells merged down them) and
/// returns the next free row.
pub(super) fn item_rows(
    sheet: &mut Worksheet,
    row: u32,
    number: usize,
    item: &ChecklistItem,
    styles: &Styles,
    lang: Lang,
) -> Result<u32, XlsxError> {
    let count = item.documents.len().max(1) as u32;
    let last = row + count - 1;
    let task = if item.deadline.is_empty() {
        item.task.clone()
    } else {
        format!(
            "{}\n{}: {}",
            item.task,
            lang.pick("Thời hạn", "Due"),
            item.deadline
        )
    };
    let mut name = item.name.clone();
    if let Some(on) = item.listed_on.as_ref().filter(|on| **on != item.code) {
        name.push_str(&match lang {
            Lang::Vi => format!("\n(tài liệu kê ở {on})"),
            Lang::En => format!("\n(documents listed on {on})"),
        });
    }
    let texts: [(u16, String, &Format); 4] = [
        (0, number.to_string(), &styles.center),
        (1, item.code.clone(), &styles.center),
        (2, name.clone(), &styles.text),
        (3, task.clone(), &styles.text),
    ];
    let numbers: [(u16, f64, &Format); 3] = [
        (4, item.gain.to_f64(), &styles.points),
        (5, item.confidence.to_f64(), &styles.percent),
        (6, item.at_risk.to_f64(), &styles.points),
    ];
    if count > 1 {
        for (col, text, format) in &texts {
            sheet.merge_range(row, *col, last, *col, text, format)?;
        }
        for (col, value, format) in &numbers {
            sheet.merge_range(row, *col, last, *col, "", format)?;
            sheet.write_number_with_format(row, *col, *value, format)?;
        }
    } else {
        for (col, text, format) in &texts {
            sheet.write_string_with_format(row, *col, text, format)?;
        }
        for (col, value, format) in &numbers {
            sheet.write_number_with_format(row, *col, *value, format)?;
        }
    }
    let mut document_lines = Vec::new();
    if item.documents.is_empty() {
        let note = lang.pick(
            "(chưa khai báo tài liệu — đề nghị đơn vị bổ sung)",
            "(nothing listed — please add the documents)",
        );
        sheet.write_string_with_format(row, 7, note, &styles.unlisted)?;
        sheet.write_string_with_format(row, 8, "", &styles.text)?;
        sheet.write_string_with_format(
            row,
            9,
            lang.pick("chưa khai báo", "not listed"),
            styles.state(EvidenceState::Missing),
        )?;
        sheet.write_string_with_format(row, 10, "", &styles.text)?;
        document_lines.push(lines(note, WIDTHS[7]));
    }
    for (k, document) in item.documents.iter().enumerate() {
        document_lines.push(document_row(sheet, row + k as u32, document, styles, lang)?);
    }
    // Excel and LibreOffice do not grow rows for text in merged cells: give the rows the
    // height the item's name and task need, the extra on the last row.
    let merged = lines(&name, WIDTHS[2]).max(lines(&task, WIDTHS[3]));
    let own: f64 = document_lines.iter().sum();
    for (k, count) in document_lines.iter().enumerate() {
        let extra = if k + 1 == document_lines.len() {
            (merged - own).max(0.0)
        } else {
            0.0
        };
        sheet.set_row_height(row + k as u32, (count + extra) * LINE + 3.0)?;
    }
    Ok(last + 1)
}

/// One document's cells; returns the lines its row needs.
fn document_row(
    sheet: &mut Worksheet,
    row: u32,
    document: &Evidence,
    styles: &Styles,
    lang: Lang,
) -> Result<f64, XlsxError> {
    let state = match lang {
        Lang::Vi => document.state.vi(),
        Lang::En => document.state.en(),
    };
    sheet.write_string_with_format(row, 7, &document.title, &styles.text)?;
    sheet.write_string_with_format(row, 8, &document.reference, &styles.text)?;
    sheet.write_string_with_format(row, 9, state, styles.state(document.state))?;
    sheet.write_string_with_format(row, 10, &document.link, &styles.text)?;
    Ok(lines(&document.title, WIDTHS[7])
        .max(lines(&document.reference, WIDTHS[8]))
        .max(lines(&document.link, WIDTHS[10]))
        .max(lines(state, WIDTHS[9])))
}
