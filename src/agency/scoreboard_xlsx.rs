//! The scoreboard as an Excel sheet: the rule's weights in cells at the top and each agency's
//! score a live formula over them, so the sheet states the rule and an officer can try other
//! weights in Excel (the scenario's `score_rule` keeps the ones adopted).

use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Formula, Workbook, XlsxError};

use super::AgencyError;
use super::scoreboard::Scoreboard;

const FONT: &str = "Times New Roman";
const NUMBER: &str = "[$-42A]0.00##";
/// What fits on a line of the agency column (34 wide, Times New Roman 11 pt).
const NAME_CHARS_PER_LINE: usize = 44;

/// The workbook bytes: one sheet, "Chấm điểm thi đua".
pub fn scoreboard_xlsx(board: &Scoreboard, unit: &str, plan: &str) -> Result<Vec<u8>, AgencyError> {
    sheet(board, unit, plan).map_err(AgencyError::Xlsx)
}

fn sheet(board: &Scoreboard, unit: &str, plan: &str) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name("Chấm điểm thi đua")?;
    let base = Format::new().set_font_name(FONT).set_font_size(11);
    let bold = base.clone().set_bold();
    let title = bold
        .clone()
        .set_font_size(13)
        .set_align(FormatAlign::Center);
    let cell = base
        .clone()
        .set_border(FormatBorder::Thin)
        .set_text_wrap()
        .set_align(FormatAlign::VerticalCenter);
    let head = cell
        .clone()
        .set_bold()
        .set_align(FormatAlign::Center)
        .set_background_color("#D9E1F2");
    let count = cell.clone().set_align(FormatAlign::Center);
    let number = cell.clone().set_num_format(NUMBER);
    let weight = base
        .clone()
        .set_num_format(NUMBER)
        .set_background_color("#FFF2CC");
    let last = 12u16;
    ws.merge_range(0, 0, 0, last, &unit.to_uppercase(), &bold)?;
    ws.merge_range(
        1,
        0,
        1,
        last,
        "BẢNG CHẤM ĐIỂM THI ĐUA VIỆC THỰC HIỆN KẾ HOẠCH KHẮC PHỤC CHỈ SỐ CCHC",
        &title,
    )?;
    let subtitle = format!("{plan} — tính đến ngày {}", board.as_of.vi());
    ws.merge_range(
        2,
        0,
        2,
        last,
        &subtitle,
        &base.clone().set_align(FormatAlign::Center),
    )?;

    // The rule, stated: one weight per row, column C holds the value the formulas use.
    ws.write_string_with_format(4, 0, "Quy tắc chấm điểm (sửa ô nền vàng để thử):", &bold)?;
    let rule = board.rule;
    let weights = [
        ("× tỷ lệ nhiệm vụ hoàn thành đúng hạn", rule.items_on_time),
        ("× tỷ lệ nhiệm vụ hoàn thành trễ hạn", rule.items_late),
        (
            "× điểm đã khôi phục ÷ điểm bị trừ phụ trách",
            rule.recovered,
        ),
        ("× tỷ lệ báo cáo gửi đúng hạn", rule.reports_on_time),
        ("× tỷ lệ báo cáo gửi trễ hạn", rule.reports_late),
    ];
    for (i, (label, value)) in weights.iter().enumerate() {
        let r = 5 + i as u32;
        ws.write_number_with_format(r, 0, value.to_f64(), &weight)?;
        ws.merge_range(r, 1, r, last, label, &base)?;
    }
    ws.merge_range(
        10,
        0,
        10,
        last,
        "Đơn vị không có điểm bị trừ phụ trách: phần điểm khôi phục tính theo tỷ lệ nhiệm vụ \
         hoàn thành. Chưa đến hạn báo cáo nào: phần báo cáo tính đủ.",
        &base.clone().set_italic(),
    )?;

    let header_row = 12;
    let headers = [
        "STT",
        "Đơn vị chủ trì",
        "Số nhiệm vụ",
        "Hoàn thành đúng hạn",
        "Hoàn thành trễ hạn",
        "Chưa hoàn thành",
        "Trong đó quá hạn",
        "Điểm bị trừ phụ trách",
        "Điểm đã khôi phục",
        "Báo cáo phải gửi",
        "Gửi đúng hạn",
        "Gửi trễ hạn",
        "Điểm thi đua",
    ];
    for (c, text) in headers.iter().enumerate() {
        ws.write_string_with_format(header_row, c as u16, *text, &head)?;
    }
    ws.set_row_height(header_row, 45)?;
    for (c, width) in [
        5.0, 34.0, 9.0, 11.0, 11.0, 11.0, 10.0, 11.0, 11.0, 10.0, 10.0, 10.0, 10.0,
    ]
    .iter()
    .enumerate()
    {
        ws.set_column_width(c as u16, *width)?;
    }
    for (i, agency) in board.agencies.iter().enumerate() {
        let r = header_row + 1 + i as u32;
        let x = r + 1; // Excel's row number
        ws.write_number_with_format(r, 0, (i + 1) as f64, &count)?;
        ws.write_string_with_format(r, 1, &agency.agency, &cell)?;
        // Row heights set here: spreadsheet programs do not all grow a row for wrapped text.
        let lines = agency
            .agency
            .chars()
            .count()
            .div_ceil(NAME_CHARS_PER_LINE)
            .max(1);
        ws.set_row_height(r, 15.0 * lines as f64 + 2.0)?;
        let counts = [
            agency.items,
            agency.done_on_time,
            agency.done_late,
            agency.not_done,
            agency.overdue,
        ];
        for (k, n) in counts.iter().enumerate() {
            ws.write_number_with_format(r, 2 + k as u16, *n as f64, &count)?;
        }
        ws.write_number_with_format(r, 7, agency.at_stake.to_f64(), &number)?;
        ws.write_number_with_format(r, 8, agency.recovered.to_f64(), &number)?;
        for (k, n) in [
            agency.reports_expected,
            agency.reports_on_time,
            agency.reports_late,
        ]
        .iter()
        .enumerate()
        {
            ws.write_number_with_format(r, 9 + k as u16, *n as f64, &count)?;
        }
        // The same rule as `scoreboard::points`, written out for Excel.
        let formula = format!(
            "=$A$6*D{x}/C{x}+$A$7*E{x}/C{x}\
             +$A$8*IF(H{x}=0,(D{x}+E{x})/C{x},I{x}/H{x})\
             +IF(J{x}=0,$A$9,$A$9*K{x}/J{x}+$A$10*L{x}/J{x})"
        );
        let cached = Formula::new(formula).set_result(agency.score.en());
        ws.write_formula_with_format(r, 12, cached, &number.clone().set_bold())?;
    }
    let last_row = header_row + board.agencies.len() as u32;
    ws.set_paper_size(9);
    ws.set_landscape();
    ws.set_print_fit_to_pages(1, 0);
    ws.set_print_area(0, 0, last_row, last)?;
    book.save_to_buffer()
}
