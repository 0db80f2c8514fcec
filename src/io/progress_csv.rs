//! The progress report of the plan as CSV — per lead agency, its items, points at stake,
//! status, deadline and whether it is overdue — shared by `parindex report-progress` and the app.

use std::path::Path;

use crate::engine::{AgencyProgress, Deadline, PlanItem};
use crate::model::{Date, Points};

use super::LoadError;

/// Writes the report atomically, UTF-8 with a BOM: without it Excel garbles Vietnamese letters.
pub fn save_progress_csv(
    agencies: &[AgencyProgress],
    as_of: Date,
    vi: bool,
    path: &Path,
) -> Result<(), LoadError> {
    let body = progress_csv(agencies, as_of, vi);
    let bytes = [b"\xEF\xBB\xBF".as_slice(), body.as_bytes()].concat();
    super::write_atomic(path, &bytes)
}

/// One row per planned item, grouped by agency, each agency closed by a subtotal row.
pub fn progress_csv(agencies: &[AgencyProgress], as_of: Date, vi: bool) -> String {
    let n = |p: Points| if vi { p.vi() } else { p.en() };
    let header: &[&str] = if vi {
        &[
            "Đơn vị chủ trì",
            "Mã",
            "Tiêu chí",
            "Nhiệm vụ",
            "Điểm bị trừ phụ trách",
            "Điểm khôi phục (dự báo)",
            "Tình trạng",
            "Ghi chú",
            "Ngày cập nhật",
            "Thời hạn (kế hoạch)",
            "Hạn hoàn thành",
            "Quá hạn",
        ]
    } else {
        &[
            "Lead agency",
            "Code",
            "Criterion",
            "Task",
            "Points at stake",
            "Points recovered (projected)",
            "Status",
            "Note",
            "Status changed",
            "Deadline (plan)",
            "Due",
            "Overdue",
        ]
    };
    let mut out = csv_line(header);
    let item_row = |a: &AgencyProgress, i: &PlanItem| {
        let overdue = match (&i.deadline, i.overdue) {
            (Deadline::Unparsed(_), _) => {
                if vi {
                    "không xác định"
                } else {
                    "unknown"
                }
            }
            (_, true) => {
                if vi {
                    "có"
                } else {
                    "yes"
                }
            }
            (_, false) => {
                if vi {
                    "không"
                } else {
                    "no"
                }
            }
        };
        [
            a.lead.clone(),
            i.code.clone(),
            i.name.clone(),
            i.task.clone(),
            n(i.at_stake),
            n(i.recovered),
            if vi { i.status.vi() } else { i.status.en() }.to_string(),
            i.note.clone(),
            i.changed.map(|d| d.to_string()).unwrap_or_default(),
            i.deadline_text.clone(),
            if vi {
                i.deadline.label_vi()
            } else {
                i.deadline.label_en()
            },
            overdue.to_string(),
        ]
    };
    for agency in agencies {
        for item in &agency.items {
            out.push_str(&csv_line(item_row(agency, item)));
        }
        let total = if vi {
            format!(
                "Cộng: {} nhiệm vụ, {} hoàn thành, {} quá hạn tính đến {as_of}",
                agency.items.len(),
                agency.done,
                agency.overdue
            )
        } else {
            format!(
                "Total: {} tasks, {} done, {} overdue as of {as_of}",
                agency.items.len(),
                agency.done,
                agency.overdue
            )
        };
        out.push_str(&csv_line([
            agency.lead.clone(),
            String::new(),
            total,
            String::new(),
            n(agency.at_stake),
            n(agency.recovered),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            agency.overdue.to_string(),
        ]));
    }
    out
}

/// One CSV record (RFC 4180: fields with a comma, quote or line break are quoted), CRLF-ended
/// as Excel writes them.
/// Shared with the table export (`export::table_csv`).
pub fn csv_line<S: AsRef<str>>(cells: impl IntoIterator<Item = S>) -> String {
    let cells: Vec<String> = cells
        .into_iter()
        .map(|cell| {
            let cell = cell.as_ref();
            if cell.contains([',', '"', '\n', '\r']) {
                format!("\"{}\"", cell.replace('"', "\"\""))
            } else {
                cell.to_string()
            }
        })
        .collect();
    format!("{}\r\n", cells.join(","))
}
