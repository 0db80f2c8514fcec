//! The progress report of the plan as CSV — per lead agency, its items, points at stake,
//! status, deadline and whether it is overdue — shared by `parindex report-progress` and the app.

use std::path::Path;

use crate::engine::{AgencyProgress, Deadline, PlanItem};
use crate::model::{Date, Points};

use super::LoadError;

/// Writes the report atomically (see [`progress_csv`]).
pub fn save_progress_csv(
    agencies: &[AgencyProgress],
    as_of: Date,
    vi: bool,
    path: &Path,
) -> Result<(), LoadError> {
    let bytes = progress_csv(agencies, as_of, vi).map_err(|err| LoadError::Write {
        origin: super::Origin::File(path.to_path_buf()),
        source: std::io::Error::other(err.to_string()),
    })?;
    super::write_atomic(path, &bytes)
}

/// One row per planned item, grouped by agency, each agency closed by a subtotal row; CSV
/// bytes for Excel (BOM, CRLF, no formula cells).
pub fn progress_csv(
    agencies: &[AgencyProgress],
    as_of: Date,
    vi: bool,
) -> Result<Vec<u8>, csv::Error> {
    let n = |p: Points| if vi { p.vi() } else { p.en() };
    let header: &[&str] = if vi {
        &[
            "Đơn vị chủ trì",
            "Mã",
            "Tiêu chí",
            "Nhiệm vụ",
            "Điểm bị trừ phụ trách",
            "Phần qua tiêu chí con có kế hoạch riêng",
            "Điểm khôi phục (dự kiến)",
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
            "Carried by sub-items with their own plan",
            "Points recovered (projected)",
            "Status",
            "Note",
            "Status changed",
            "Deadline (plan)",
            "Due",
            "Overdue",
        ]
    };
    let mut records: Vec<Vec<String>> = vec![header.iter().map(|h| (*h).to_string()).collect()];
    let via = |i: &PlanItem| {
        let word = if vi { "qua" } else { "via" };
        i.via
            .iter()
            .map(|(code, p)| format!("{} {word} {code}", n(*p)))
            .collect::<Vec<_>>()
            .join("; ")
    };
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
            via(i),
            n(i.recovered),
            if vi { i.status.vi() } else { i.status.en() }.to_string(),
            i.note.clone(),
            i.changed
                .map(|d| if vi { d.vi() } else { d.to_string() })
                .unwrap_or_default(),
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
            records.push(item_row(agency, item).to_vec());
        }
        let total = if vi {
            format!(
                "Cộng: {} nhiệm vụ, {} hoàn thành, {} quá hạn tính đến {}",
                agency.items.len(),
                agency.done,
                agency.overdue,
                as_of.vi()
            )
        } else {
            format!(
                "Total: {} tasks, {} done, {} overdue as of {as_of}",
                agency.items.len(),
                agency.done,
                agency.overdue
            )
        };
        records.push(vec![
            agency.lead.clone(),
            String::new(),
            total,
            String::new(),
            n(agency.at_stake),
            String::new(),
            n(agency.recovered),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            agency.overdue.to_string(),
        ]);
    }
    super::csv_bytes(records)
}
