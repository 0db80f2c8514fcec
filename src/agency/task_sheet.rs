//! Phiếu giao nhiệm vụ: one XLSX per lead agency, sent out each quarter. A header naming the
//! plan, the agency, the period and the due date; one row per item the agency leads, with the
//! columns it fills (status from a drop-down, date done, result, evidence) unlocked and shaded
//! and everything else locked; the key on a very hidden sheet; printed as an A4 landscape form.

use rust_xlsxwriter::{
    Format, FormatAlign, FormatBorder, ProtectionOptions, Workbook, Worksheet, XlsxError,
};

use crate::engine::{Deadline, Session, plan_items};
use crate::model::{Points, Status};

use super::file_name::file_names;
use super::key::{KEY_SHEET, SentItem, SheetKey};
use super::layout::{COLUMNS, Column, HEADER_ROW};
use super::period::Period;
use super::task_form::{print_setup, signature, validations};
use super::words::{evidence_line, serial_from_date};
use super::{AgencyError, plan_title};

/// The sheet an agency sees.
pub const TASK_SHEET: &str = "Phiếu báo cáo";

/// `dd/mm/yyyy`: how Vietnamese offices write dates, whatever the PC's locale.
const DATE_FORMAT: &str = "dd/mm/yyyy";
const FONT: &str = "Times New Roman";
/// The shade of the cells the agency fills.
const FILL_IN: &str = "#FFF2CC";
const HEAD: &str = "#D9E1F2";

/// Writes a round's sheets into `dir` (created if missing), each atomically; returns the paths
/// written, in order.
pub fn save_task_sheets(
    sheets: &[TaskSheet],
    dir: &std::path::Path,
) -> Result<Vec<std::path::PathBuf>, crate::io::LoadError> {
    std::fs::create_dir_all(dir).map_err(|source| crate::io::LoadError::Write {
        origin: crate::io::Origin::File(dir.to_path_buf()),
        source,
    })?;
    sheets
        .iter()
        .map(|sheet| {
            let path = dir.join(&sheet.file_name);
            crate::io::write_atomic(&path, &sheet.bytes).map(|()| path)
        })
        .collect()
}

/// One agency's task sheet, ready to write.
#[derive(Clone, Debug)]
pub struct TaskSheet {
    /// Đơn vị chủ trì.
    pub agency: String,
    /// The file name: the agency's name, Windows-safe, unique among the round's sheets.
    pub file_name: String,
    /// How many items the sheet lists.
    pub items: usize,
    /// What the hidden key records.
    pub key: SheetKey,
    /// The XLSX file.
    pub bytes: Vec<u8>,
}

/// One row of a sheet, as plain data.
struct Row {
    code: String,
    criterion: String,
    lost: Points,
    task: String,
    partners: String,
    deadline_text: String,
    deadline: Deadline,
    status: Status,
    done: Option<crate::model::Date>,
    result: String,
    evidence: String,
}

/// The task sheets of one round: one per lead agency of the scenario's plan, in the order the
/// agencies first appear in the scorecard, pre-filled with the scenario's current statuses.
pub fn task_sheets(
    session: &Session,
    scenario: &str,
    period: &Period,
) -> Result<Vec<TaskSheet>, AgencyError> {
    let analysis = session.analysis();
    let changes = session.changes();
    let base_hash = crate::io::scorecard_hash(session.card()).map_err(AgencyError::Hash)?;
    let items = plan_items(analysis, session.projected(), changes, period.as_of);
    let mut agencies: Vec<(String, Vec<Row>)> = Vec::new();
    for item in items {
        let node = analysis.node(item.node);
        let saved = changes.statuses.get(&item.code);
        let evidence: Vec<String> = changes
            .evidence
            .get(&item.code)
            .map(|list| list.iter().map(evidence_line).collect())
            .unwrap_or_default();
        let row = Row {
            criterion: item.name.clone(),
            lost: item.at_stake,
            task: item.task.clone(),
            partners: node
                .plan
                .as_ref()
                .map(|p| p.partners.clone())
                .unwrap_or_default(),
            deadline_text: item.deadline_text.clone(),
            deadline: item.deadline.clone(),
            status: item.status,
            done: saved.and_then(|s| s.done),
            result: saved.map(|s| s.result.clone()).unwrap_or_default(),
            evidence: evidence.join("\n"),
            code: item.code,
        };
        match agencies.iter_mut().find(|(lead, _)| *lead == item.lead) {
            Some((_, rows)) => rows.push(row),
            None => agencies.push((item.lead, vec![row])),
        }
    }
    let leads: Vec<&str> = agencies.iter().map(|(lead, _)| lead.as_str()).collect();
    let names = file_names(&leads, "xlsx");
    let title = plan_title(analysis);
    agencies
        .iter()
        .zip(names)
        .map(|((agency, rows), file_name)| {
            let key = SheetKey {
                base_hash: base_hash.clone(),
                agency: agency.clone(),
                period: period.label.clone(),
                as_of: period.as_of,
                due: period.due,
                scenario: scenario.to_string(),
                items: rows
                    .iter()
                    .map(|r| SentItem {
                        code: r.code.clone(),
                        status: r.status,
                        done: r.done,
                        result: r.result.clone(),
                    })
                    .collect(),
            };
            let heading = Heading {
                unit: &analysis.unit,
                plan: &title,
                year: analysis.year,
                period,
            };
            let bytes = workbook(&heading, &key, rows).map_err(AgencyError::Xlsx)?;
            Ok(TaskSheet {
                agency: agency.clone(),
                file_name,
                items: rows.len(),
                key,
                bytes,
            })
        })
        .collect()
}

/// What the header of every sheet of a round says.
struct Heading<'a> {
    unit: &'a str,
    plan: &'a str,
    year: i32,
    period: &'a Period,
}

fn workbook(heading: &Heading, key: &SheetKey, rows: &[Row]) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    form(sheet, heading, key, rows)?;
    let hidden = book.add_worksheet();
    hidden.set_name(KEY_SHEET)?;
    for (r, cells) in key.rows().iter().enumerate() {
        for (c, text) in cells.iter().enumerate() {
            hidden.write_string(r as u32, c as u16, text)?;
        }
    }
    hidden.set_very_hidden(true);
    hidden.protect();
    book.save_to_buffer()
}

fn base() -> Format {
    Format::new().set_font_name(FONT).set_font_size(11)
}

fn form(
    sheet: &mut Worksheet,
    heading: &Heading,
    key: &SheetKey,
    rows: &[Row],
) -> Result<(), XlsxError> {
    sheet.set_name(TASK_SHEET)?;
    let last_col = (COLUMNS.len() - 1) as u16;
    for (c, column) in COLUMNS.iter().enumerate() {
        sheet.set_column_width(c as u16, column.width())?;
    }
    let title = base()
        .set_bold()
        .set_font_size(14)
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter);
    let centred = base().set_align(FormatAlign::Center).set_text_wrap();
    let label = base().set_bold();
    let strong = base().set_bold();
    let date_value = base()
        .set_bold()
        .set_num_format(DATE_FORMAT)
        .set_align(FormatAlign::Left);
    let note = base().set_italic().set_text_wrap();

    sheet.merge_range(0, 0, 0, last_col, &heading.unit.to_uppercase(), &label)?;
    sheet.merge_range(
        1,
        0,
        1,
        last_col,
        "PHIẾU BÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH KHẮC PHỤC CHỈ SỐ CẢI CÁCH HÀNH CHÍNH",
        &title,
    )?;
    sheet.set_row_height(1, 24)?;
    let subtitle = format!(
        "Thực hiện {} của {} (các tiêu chí chưa đạt điểm chuẩn năm {})",
        heading.plan, heading.unit, heading.year
    );
    sheet.merge_range(2, 0, 2, last_col, &subtitle, &centred)?;
    let lines: [(&str, String); 2] = [
        ("Đơn vị chủ trì:", key.agency.clone()),
        (
            "Kỳ báo cáo:",
            format!(
                "{} (số liệu tính đến ngày {})",
                heading.period.label,
                heading.period.as_of.vi()
            ),
        ),
    ];
    for (i, (name, text)) in lines.iter().enumerate() {
        let r = 3 + i as u32;
        sheet.merge_range(r, 0, r, 1, name, &label)?;
        sheet.merge_range(r, 2, r, last_col, text, &strong)?;
    }
    sheet.merge_range(5, 0, 5, 1, "Hạn gửi về Sở Nội vụ:", &label)?;
    sheet.merge_range(5, 2, 5, 3, "", &date_value)?;
    sheet.write_number_with_format(5, 2, serial_from_date(heading.period.due), &date_value)?;
    sheet.merge_range(
        6,
        0,
        6,
        last_col,
        "Hướng dẫn: đơn vị chỉ điền các cột nền vàng — chọn Tình trạng trong danh sách; ghi Ngày \
         hoàn thành dạng dd/mm/yyyy; ghi Kết quả thực hiện và Tài liệu kiểm chứng (mỗi văn bản \
         một dòng: trích yếu — số, ký hiệu, ngày). Không sửa các cột khác; gửi lại chính tệp này.",
        &note,
    )?;
    sheet.set_row_height(6, 30)?;
    table(sheet, heading, rows)?;
    let after = HEADER_ROW + rows.len() as u32 + 2;
    signature(sheet, after)?;
    print_setup(sheet, &key.agency, HEADER_ROW + rows.len() as u32 + 4)?;
    let options = ProtectionOptions {
        format_columns: true,
        format_rows: true,
        ..ProtectionOptions::default()
    };
    sheet.protect_with_options(&options);
    sheet.set_freeze_panes(HEADER_ROW + 1, 0)?;
    Ok(())
}

fn table(sheet: &mut Worksheet, heading: &Heading, rows: &[Row]) -> Result<(), XlsxError> {
    let year = heading.year;
    let cell = base()
        .set_border(FormatBorder::Thin)
        .set_text_wrap()
        .set_align(FormatAlign::Top);
    let head = cell
        .clone()
        .set_bold()
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter)
        .set_background_color(HEAD);
    let head_fill = head.clone().set_background_color(FILL_IN);
    let centre = cell.clone().set_align(FormatAlign::Center);
    // Zero as "0", others with their decimals (1,0; 0,25; 1,059). `[$-42A]` tags Vietnamese,
    // so a spreadsheet set to it shows comma decimals.
    let number = centre.clone().set_num_format("[$-42A]0.0###;-0.0###;0");
    let date = centre.clone().set_num_format(DATE_FORMAT);
    let fill = cell.clone().set_background_color(FILL_IN).set_unlocked();
    let fill_date = date.clone().set_background_color(FILL_IN).set_unlocked();
    for (c, column) in COLUMNS.iter().enumerate() {
        let format = if column.filled_in() {
            &head_fill
        } else {
            &head
        };
        sheet.write_string_with_format(HEADER_ROW, c as u16, column.header(year), format)?;
    }
    sheet.set_row_height(HEADER_ROW, 33)?;
    for (i, row) in rows.iter().enumerate() {
        let r = HEADER_ROW + 1 + i as u32;
        for (c, column) in COLUMNS.iter().enumerate() {
            let c = c as u16;
            match column {
                Column::Code => sheet.write_string_with_format(r, c, &row.code, &centre)?,
                Column::Criterion => sheet.write_string_with_format(r, c, &row.criterion, &cell)?,
                Column::Lost => sheet.write_number_with_format(r, c, row.lost.to_f64(), &number)?,
                Column::Task => sheet.write_string_with_format(r, c, &row.task, &cell)?,
                Column::Partners => sheet.write_string_with_format(r, c, &row.partners, &cell)?,
                Column::Deadline => {
                    sheet.write_string_with_format(r, c, &row.deadline_text, &centre)?
                }
                Column::Due => match &row.deadline {
                    Deadline::Due(due) => {
                        sheet.write_number_with_format(r, c, serial_from_date(*due), &date)?
                    }
                    Deadline::Ongoing { from } => sheet.write_string_with_format(
                        r,
                        c,
                        format!("thường xuyên từ {from}"),
                        &centre,
                    )?,
                    Deadline::Unparsed(_) => sheet.write_blank(r, c, &centre)?,
                },
                Column::Status => sheet.write_string_with_format(r, c, row.status.vi(), &fill)?,
                Column::Done => match row.done {
                    Some(done) => {
                        sheet.write_number_with_format(r, c, serial_from_date(done), &fill_date)?
                    }
                    None => sheet.write_blank(r, c, &fill_date)?,
                },
                Column::Result => sheet.write_string_with_format(r, c, &row.result, &fill)?,
                Column::Evidence => sheet.write_string_with_format(r, c, &row.evidence, &fill)?,
            };
        }
        sheet.set_row_height(r, row_height(row))?;
    }
    if !rows.is_empty() {
        let (first, last) = (HEADER_ROW + 1, HEADER_ROW + rows.len() as u32);
        validations(sheet, first, last, heading.period.as_of)?;
    }
    Ok(())
}

/// Tall enough for the longest wrapped cell, and never less than two lines so there is room to
/// write in when printed. Set explicitly: spreadsheet programs do not all grow rows on opening.
fn row_height(row: &Row) -> f64 {
    let lines = |text: &str, column: Column| -> usize {
        // Times New Roman at 11 pt fits about 1.35 characters per width unit.
        let per_line = (column.width() * 1.35).max(1.0) as usize;
        text.lines()
            .map(|line| line.chars().count().div_ceil(per_line).max(1))
            .sum()
    };
    let most = [
        lines(&row.criterion, Column::Criterion),
        lines(&row.task, Column::Task),
        lines(&row.partners, Column::Partners),
        lines(&row.result, Column::Result),
        lines(&row.evidence, Column::Evidence),
        lines(&row.deadline_text, Column::Deadline),
    ]
    .into_iter()
    .max()
    .unwrap_or(1);
    (most.max(2) as f64 * 15.0 + 3.0).min(400.0)
}
