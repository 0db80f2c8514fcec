//! The fix-first list as a table: CSV (UTF-8 with BOM, through the csv crate, formula-like
//! cells neutralised) and an Excel workbook with what is out of reach on a second sheet.

use rust_xlsxwriter::{Format, FormatAlign, Formula, Workbook, Worksheet, XlsxError};

use crate::engine::goal::FixFirst;
use crate::model::Points;

use super::ExportError;
use super::build::pts;
use super::chart::Lang;
use super::xlsx::{NUMBER, print_setup};

fn headings(list: &FixFirst, lang: Lang) -> Vec<String> {
    let unit = if list.effort_unit.is_empty() {
        lang.pick("việc", "fixes").to_string()
    } else {
        list.effort_unit.clone()
    };
    match lang {
        Lang::Vi => vec![
            "Thứ tự".to_string(),
            "Mã".to_string(),
            "Tiêu chí".to_string(),
            "Điểm khôi phục".to_string(),
            format!("Công sức ({unit})"),
            format!("Điểm trên mỗi {unit}"),
            "Chỉ số CCHC sau khi làm".to_string(),
            format!("Công sức cộng dồn ({unit})"),
            "Đơn vị chủ trì".to_string(),
            "Thời hạn (kế hoạch)".to_string(),
            "Ghi chú".to_string(),
        ],
        Lang::En => vec![
            "Order".to_string(),
            "Code".to_string(),
            "Criterion".to_string(),
            "Points recovered".to_string(),
            format!("Effort ({unit})"),
            format!("Points per {unit}"),
            "PAR Index after this fix".to_string(),
            format!("Effort so far ({unit})"),
            "Lead agency".to_string(),
            "Deadline (plan)".to_string(),
            "Note".to_string(),
        ],
    }
}

fn note(list: &FixFirst, i: usize, late: bool, lang: Lang) -> String {
    let mut parts = Vec::new();
    if list.reaches_target_at == Some(i) {
        parts.push(lang.pick("đạt mục tiêu từ việc này", "target reached here"));
    }
    if late {
        parts.push(lang.pick(
            "hạn kế hoạch sau năm mục tiêu",
            "plan deadline after the target year",
        ));
    }
    parts.join("; ")
}

/// A cell a spreadsheet would run as a formula (= + - @, or a leading tab or carriage return)
/// gets a leading apostrophe, so a name typed into a card cannot execute on an officer's PC.
pub fn neutralise(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

/// The CSV bytes: BOM, a header, one row per fix, CRLF line ends; numbers with dot decimals.
pub fn fix_first_csv(list: &FixFirst, lang: Lang) -> Result<Vec<u8>, ExportError> {
    let mut writer = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(b"\xEF\xBB\xBF".to_vec());
    let csv_error = ExportError::Csv;
    writer
        .write_record(headings(list, lang).iter().map(|h| neutralise(h)))
        .map_err(csv_error)?;
    for (i, step) in list.steps.iter().enumerate() {
        let row = [
            (i + 1).to_string(),
            step.code.clone(),
            step.name.clone(),
            step.gain.en(),
            step.effort.en(),
            step.per_effort
                .map(|r| format!("{r:.4}"))
                .unwrap_or_default(),
            step.running_total.en(),
            step.running_effort.en(),
            step.lead.clone().unwrap_or_default(),
            step.deadline.clone(),
            note(list, i, step.late, lang),
        ];
        writer
            .write_record(row.iter().map(|c| neutralise(c)))
            .map_err(csv_error)?;
    }
    writer
        .into_inner()
        .map_err(|e| ExportError::Csv(::csv::Error::from(std::io::Error::other(e.to_string()))))
}

/// The workbook: the list on sheet 1 (running effort as live formulas), what no fix reaches on
/// sheet 2.
pub fn fix_first_xlsx(list: &FixFirst, lang: Lang) -> Result<Vec<u8>, ExportError> {
    let mut book = Workbook::new();
    list_sheet(book.add_worksheet(), list, lang)?;
    out_of_reach_sheet(book.add_worksheet(), list, lang)?;
    Ok(book.save_to_buffer()?)
}

fn header(sheet: &mut Worksheet, titles: &[String], row: u32) -> Result<(), XlsxError> {
    let bold = Format::new()
        .set_bold()
        .set_background_color("#DCE3EF")
        .set_text_wrap()
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter);
    for (col, title) in titles.iter().enumerate() {
        sheet.write_string_with_format(row, col as u16, title, &bold)?;
    }
    Ok(())
}

fn list_sheet(sheet: &mut Worksheet, list: &FixFirst, lang: Lang) -> Result<(), XlsxError> {
    sheet.set_name(lang.pick("Làm trước", "Fix first"))?;
    let title = Format::new().set_bold().set_font_size(13);
    let num = |p: Points| pts(lang, p);
    let heading = match (lang, list.target) {
        (Lang::Vi, Some(t)) => format!(
            "{}: Chỉ số CCHC năm {} là {}; mục tiêu {} năm {}",
            list.unit,
            list.year,
            num(list.baseline_total),
            num(t),
            list.target_year
        ),
        (Lang::Vi, None) => format!(
            "{}: Chỉ số CCHC năm {} là {}; dự báo năm {}",
            list.unit,
            list.year,
            num(list.baseline_total),
            list.target_year
        ),
        (Lang::En, Some(t)) => format!(
            "{}: PAR Index {} {}; target {} for {}",
            list.unit,
            list.year,
            num(list.baseline_total),
            num(t),
            list.target_year
        ),
        (Lang::En, None) => format!(
            "{}: PAR Index {} {}; projection for {}",
            list.unit,
            list.year,
            num(list.baseline_total),
            list.target_year
        ),
    };
    sheet.write_string_with_format(0, 0, neutralise(&heading), &title)?;
    header(sheet, &headings(list, lang), 2)?;
    print_setup(sheet, 2)?;
    sheet.set_row_height(2, 48)?;
    sheet.set_freeze_panes(3, 3)?;
    let widths = [7, 8, 52, 10, 11, 11, 12, 13, 28, 18, 24];
    for (col, width) in widths.iter().enumerate() {
        sheet.set_column_width(col as u16, *width)?;
    }
    let centred = Format::new()
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter);
    let middle = Format::new().set_align(FormatAlign::VerticalCenter);
    let number = middle.clone().set_num_format(NUMBER);
    let ratio = middle.clone().set_num_format("[$-42A]0.0000");
    let wrap = middle.clone().set_text_wrap();
    let highlight = middle
        .clone()
        .set_num_format(NUMBER)
        .set_bold()
        .set_background_color("#F4E2C9");
    for (i, step) in list.steps.iter().enumerate() {
        let r = i as u32 + 3;
        let excel = r + 1;
        // Spreadsheets do not grow a row for wrapped text they did not lay out themselves.
        let lines = [
            (&step.name, widths[2]),
            (step.lead.as_ref().unwrap_or(&String::new()), widths[8]),
        ]
        .iter()
        .map(|(text, width)| wrapped_lines(text, *width))
        .max()
        .unwrap_or(1);
        sheet.set_row_height(r, 15 * lines)?;
        sheet.write_number_with_format(r, 0, (i + 1) as f64, &centred)?;
        sheet.write_string_with_format(r, 1, neutralise(&step.code), &centred)?;
        sheet.write_string_with_format(r, 2, neutralise(&step.name), &wrap)?;
        sheet.write_number_with_format(r, 3, step.gain.to_f64(), &number)?;
        sheet.write_number_with_format(r, 4, step.effort.to_f64(), &number)?;
        if let Some(per) = step.per_effort {
            sheet.write_number_with_format(r, 5, per, &ratio)?;
        }
        let index_format = if list.reaches_target_at == Some(i) {
            &highlight
        } else {
            &number
        };
        sheet.write_number_with_format(r, 6, step.running_total.to_f64(), index_format)?;
        let sum = if i == 0 {
            format!("=E{excel}")
        } else {
            format!("=H{}+E{excel}", excel - 1)
        };
        let sum = Formula::new(sum).set_result(step.running_effort.en());
        sheet.write_formula_with_format(r, 7, sum, &number)?;
        sheet.write_string_with_format(
            r,
            8,
            neutralise(step.lead.as_deref().unwrap_or("")),
            &wrap,
        )?;
        sheet.write_string_with_format(r, 9, neutralise(&step.deadline), &middle)?;
        sheet.write_string_with_format(r, 10, note(list, i, step.late, lang), &wrap)?;
    }
    Ok(())
}

fn out_of_reach_sheet(sheet: &mut Worksheet, list: &FixFirst, lang: Lang) -> Result<(), XlsxError> {
    sheet.set_name(lang.pick("Ngoài tầm", "Out of reach"))?;
    let titles: Vec<String> = match lang {
        Lang::Vi => ["Mã", "Nội dung", "Điểm", "Lý do"],
        Lang::En => ["Code", "What", "Points", "Why"],
    }
    .iter()
    .map(|s| (*s).to_string())
    .collect();
    header(sheet, &titles, 0)?;
    print_setup(sheet, 0)?;
    for (col, width) in [8, 60, 10, 50].iter().enumerate() {
        sheet.set_column_width(col as u16, *width)?;
    }
    let fit = |sheet: &mut Worksheet, r: u32, what: &str, why: &str| {
        let lines = wrapped_lines(what, 60).max(wrapped_lines(why, 50));
        sheet.set_row_height(r, 15 * lines).map(|_| ())
    };
    let number = Format::new().set_num_format(NUMBER);
    let wrap = Format::new().set_text_wrap();
    let mut r = 1u32;
    for item in &list.left_out {
        sheet.write_string(r, 0, neutralise(&item.code))?;
        sheet.write_string_with_format(r, 1, neutralise(&item.name), &wrap)?;
        sheet.write_number_with_format(r, 2, item.gain.to_f64(), &number)?;
        let why = match lang {
            Lang::Vi => item.reason.vi(),
            Lang::En => item.reason.en(),
        };
        fit(sheet, r, &item.name, &why)?;
        sheet.write_string_with_format(r, 3, why, &wrap)?;
        r += 1;
    }
    let unitemised = lang.pick(
        "điểm bị trừ không phân tích thành tiêu chí thành phần: không có việc cụ thể để khắc phục",
        "loss not itemised into sub-criteria: no listed item to fix",
    );
    for loss in &list.unfixable.unitemised {
        let code = if loss.field {
            format!("LV{}", loss.code)
        } else {
            loss.code.clone()
        };
        sheet.write_string(r, 0, neutralise(&code))?;
        sheet.write_string_with_format(r, 1, neutralise(&loss.name), &wrap)?;
        sheet.write_number_with_format(r, 2, loss.lost.to_f64(), &number)?;
        sheet.write_string_with_format(r, 3, unitemised, &wrap)?;
        fit(sheet, r, &loss.name, unitemised)?;
        r += 1;
    }
    let rows = [
        (
            lang.pick("Điểm điều tra xã hội học bị trừ", "Survey points lost"),
            list.unfixable.survey,
            lang.pick(
                "do người dân, tổ chức và cán bộ đánh giá, tỉnh không tự khắc phục bằng một việc",
                "the citizens' and officials' verdict, not fixed by an act of the province",
            ),
        ),
        (
            lang.pick(
                "Làm tròn của điểm công bố",
                "Rounding of the published figures",
            ),
            list.unfixable.rounding,
            lang.pick(
                "chỉ số công bố làm tròn điểm lĩnh vực",
                "the published index rounds a field's figure",
            ),
        ),
    ];
    for (what, points, why) in rows {
        if points.is_zero() {
            continue;
        }
        sheet.write_string_with_format(r, 1, what, &wrap)?;
        sheet.write_number_with_format(r, 2, points.to_f64(), &number)?;
        sheet.write_string_with_format(r, 3, why, &wrap)?;
        fit(sheet, r, what, why)?;
        r += 1;
    }
    Ok(())
}

/// How many lines `text` takes in a column `width` characters wide, breaking at spaces.
fn wrapped_lines(text: &str, width: u16) -> u16 {
    let width = usize::from(width.max(2)) - 1;
    let mut lines = 1u16;
    let mut used = 0usize;
    for word in text.split_whitespace() {
        let len = word.chars().count();
        if used > 0 && used + 1 + len > width {
            lines += 1;
            used = len;
        } else {
            used += len + usize::from(used > 0);
        }
    }
    lines
}
