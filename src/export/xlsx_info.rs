//! The workbook's information sheet (Thông tin): what the card is — unit, assessed and target
//! years, source documents, the published index and rank — one label and its value per row, as
//! an officer would write it on a cover sheet, and as `parindex import` reads it back.

use rust_xlsxwriter::{Format, Worksheet, XlsxError};

use crate::engine::Analysis;
use crate::model::Method;

use super::chart::Lang;

/// A value on the sheet: text, or a number Excel can compute with.
enum Value {
    Text(String),
    Number(f64, &'static str),
}

/// Writes the sheet; rows with nothing to say (no published index) are left out.
pub(super) fn info_sheet(
    sheet: &mut Worksheet,
    analysis: &Analysis,
    method: Option<&Method>,
    lang: Lang,
) -> Result<(), XlsxError> {
    sheet.set_name(lang.pick("Thông tin", "Information"))?;
    sheet.set_column_width(0, 20)?;
    sheet.set_column_width(1, 70)?;
    // One A4 page: the label and its value side by side, not on two sheets of paper.
    sheet.set_paper_size(9).set_print_fit_to_pages(1, 1);
    let bold = Format::new().set_bold();
    let wrap = Format::new().set_text_wrap();
    let mut rows = vec![
        (
            lang.pick("Đơn vị", "Unit"),
            Value::Text(analysis.unit.clone()),
        ),
        (
            lang.pick("Năm đánh giá", "Year assessed"),
            Value::Number(f64::from(analysis.year), "0"),
        ),
        (
            lang.pick("Năm mục tiêu", "Target year"),
            Value::Number(f64::from(analysis.target_year), "0"),
        ),
        (
            lang.pick("Nguồn", "Source"),
            Value::Text(analysis.source.clone()),
        ),
    ];
    if let Some(total) = analysis.published_total {
        rows.push((
            lang.pick("Chỉ số công bố", "Published index"),
            Value::Number(total.to_f64(), super::xlsx::NUMBER),
        ));
    }
    if let Some((rank, of)) = analysis.rank {
        let shown = of.map_or_else(|| rank.to_string(), |of| format!("{rank}/{of}"));
        rows.push((lang.pick("Xếp hạng", "Rank"), Value::Text(shown)));
    }
    // The card's own method, when it names one (a card without keeps the default of 100).
    if let Some(method) = method {
        let number = |p: crate::model::Points| Value::Number(p.to_f64(), super::xlsx::NUMBER);
        if !method.decision.is_empty() {
            rows.push((
                lang.pick("Phương pháp", "Method"),
                Value::Text(method.decision.clone()),
            ));
        }
        rows.push((
            lang.pick("Điểm tối đa của Chỉ số", "Index maximum"),
            number(method.total_max),
        ));
        if let Some(max) = method.self_max {
            rows.push((
                lang.pick("Tối đa tự đánh giá", "Self-assessment maximum"),
                number(max),
            ));
        }
        if let Some(max) = method.survey_max {
            rows.push((
                lang.pick("Tối đa điều tra XHH", "Survey maximum"),
                number(max),
            ));
        }
    }
    for (r, (label, value)) in rows.iter().enumerate() {
        let r = r as u32;
        sheet.write_string_with_format(r, 0, *label, &bold)?;
        match value {
            Value::Text(text) => sheet.write_string_with_format(r, 1, text, &wrap)?,
            Value::Number(n, format) => {
                let format = Format::new()
                    .set_num_format(*format)
                    .set_align(rust_xlsxwriter::FormatAlign::Left);
                sheet.write_number_with_format(r, 1, *n, &format)?
            }
        };
    }
    Ok(())
}
