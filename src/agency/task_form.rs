//! The parts of a task sheet around its table: the status drop-down and the date check, the
//! signature lines, and the print setup that makes it a one-page-wide A4 landscape form.

use rust_xlsxwriter::{
    DataValidation, DataValidationErrorStyle, DataValidationRule, ExcelDateTime, Format,
    FormatAlign, Worksheet, XlsxError,
};

use crate::model::{Date, Status};

use super::layout::{COLUMNS, Column, HEADER_ROW};

const FONT: &str = "Times New Roman";

/// The drop-down of statuses and a date check, both as warnings: a clerk who types "xong" or a
/// date Excel does not recognise is told, not stopped — the reader understands both.
pub(super) fn validations(
    sheet: &mut Worksheet,
    first: u32,
    last: u32,
    example: Date,
) -> Result<(), XlsxError> {
    let col = |wanted: Column| COLUMNS.iter().position(|c| *c == wanted).unwrap_or(0) as u16;
    let labels: Vec<&str> = Status::ALL.iter().map(|s| s.vi()).collect();
    let advice = format!("Nên chọn: {}.", labels.join(" / "));
    let status = DataValidation::new()
        .allow_list_strings(&labels)?
        .set_input_title("Tình trạng")?
        .set_input_message("Chọn một tình trạng trong danh sách.")?
        .set_error_title("Tình trạng")?
        .set_error_message(advice)?
        .set_error_style(DataValidationErrorStyle::Warning);
    let c = col(Column::Status);
    sheet.add_data_validation(first, c, last, c, &status)?;
    let date = DataValidation::new()
        .allow_date(DataValidationRule::Between(
            ExcelDateTime::from_ymd(2000, 1, 1)?,
            ExcelDateTime::from_ymd(2100, 12, 31)?,
        ))
        .set_input_title("Ngày hoàn thành")?
        .set_input_message(format!("Ghi ngày dạng dd/mm/yyyy, ví dụ {}.", example.vi()))?
        .set_error_title("Ngày hoàn thành")?
        .set_error_message("Ngày cần ghi dạng dd/mm/yyyy.")?
        .set_error_style(DataValidationErrorStyle::Warning);
    let c = col(Column::Done);
    sheet.add_data_validation(first, c, last, c, &date)?;
    Ok(())
}

pub(super) fn signature(sheet: &mut Worksheet, row: u32) -> Result<(), XlsxError> {
    let centre = Format::new()
        .set_font_name(FONT)
        .set_font_size(11)
        .set_align(FormatAlign::Center);
    let bold = centre.clone().set_bold();
    let italic = centre.clone().set_italic();
    sheet.merge_range(row, 7, row, 10, "…, ngày … tháng … năm …", &italic)?;
    sheet.merge_range(row + 1, 0, row + 1, 3, "NGƯỜI LẬP PHIẾU", &bold)?;
    sheet.merge_range(row + 1, 7, row + 1, 10, "THỦ TRƯỞNG ĐƠN VỊ", &bold)?;
    sheet.merge_range(row + 2, 0, row + 2, 3, "(Ký, ghi rõ họ tên)", &italic)?;
    sheet.merge_range(
        row + 2,
        7,
        row + 2,
        10,
        "(Ký, ghi rõ họ tên, đóng dấu)",
        &italic,
    )?;
    Ok(())
}

pub(super) fn print_setup(
    sheet: &mut Worksheet,
    agency: &str,
    last_row: u32,
) -> Result<(), XlsxError> {
    sheet.set_paper_size(9); // A4
    sheet.set_landscape();
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_repeat_rows(HEADER_ROW, HEADER_ROW)?;
    sheet.set_print_area(0, 0, last_row, (COLUMNS.len() - 1) as u16)?;
    sheet.set_print_center_horizontally(true);
    sheet.set_margins(0.4, 0.4, 0.5, 0.6, 0.3, 0.3);
    // "&" starts a code in a footer; an agency's own "&" (HĐND&UBND) is written "&&".
    let agency = agency.replace('&', "&&");
    sheet.set_footer(format!(
        "&L&\"Times New Roman,Regular\"&9{agency}&R&\"Times New Roman,Regular\"&9Trang &P/&N"
    ));
    Ok(())
}
