//! `parindex report-progress`: the table the plan's quarterly report needs — per lead agency,
//! its items, points at stake, status, deadline and whether it is overdue — as CSV.

use std::path::PathBuf;

use anyhow::{Context, Result};

use crate::engine::{AgencyProgress, Analysis, Deadline, PlanItem, Projected, progress_by_agency};
use crate::io;
use crate::model::{Date, Points};

use super::{Lang, load};

/// What `report-progress` reads and writes.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// A scorecard or scenario file; `-` reads standard input; omitted, the embedded Tiền Giang 2019.
    pub file: Option<PathBuf>,
    /// The report's date (YYYY-MM-DD): items due before it and not done are overdue. Default: today (UTC).
    #[arg(long, value_parser = parse_date)]
    pub as_of: Option<Date>,
    /// Where to write the CSV (atomically); omitted, the CSV goes to standard output.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Language of headers and labels; Vietnamese writes comma decimals.
    #[arg(long, value_enum, default_value_t = Lang::Vi)]
    pub lang: Lang,
}

fn parse_date(text: &str) -> Result<Date, String> {
    Date::parse(text).map_err(|e| e.to_string())
}

pub fn run(args: &Args) -> Result<u8> {
    let loaded = load(args.file.as_deref())?;
    let analysis = Analysis::new(&loaded.card);
    let changes = loaded.scenario.map(|(_, c)| c).unwrap_or_default();
    let projected = Projected::compute(&analysis, &changes.projection);
    let as_of = args.as_of.unwrap_or_else(Date::today_utc);
    let agencies = progress_by_agency(&analysis, &projected, &changes, as_of);
    let body = csv(&agencies, as_of, args.lang);
    match &args.out {
        Some(path) => {
            // The BOM tells Excel the file is UTF-8; without it Vietnamese letters come out garbled.
            let bytes = [b"\xEF\xBB\xBF".as_slice(), body.as_bytes()].concat();
            io::write_atomic(path, &bytes)
                .with_context(|| format!("writing the progress report to {}", path.display()))?;
            let items: usize = agencies.iter().map(|a| a.items.len()).sum();
            let overdue: usize = agencies.iter().map(|a| a.overdue).sum();
            if args.lang == Lang::Vi {
                eprintln!(
                    "Đã ghi {}: {} đơn vị chủ trì, {items} nhiệm vụ, {overdue} quá hạn tính đến {as_of}",
                    path.display(),
                    agencies.len()
                );
            } else {
                eprintln!(
                    "Wrote {}: {} lead agencies, {items} tasks, {overdue} overdue as of {as_of}",
                    path.display(),
                    agencies.len()
                );
            }
        }
        None => print!("{body}"),
    }
    Ok(0)
}

/// One row per planned item, grouped by agency, each agency closed by a subtotal row.
fn csv(agencies: &[AgencyProgress], as_of: Date, lang: Lang) -> String {
    let vi = lang == Lang::Vi;
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
    let mut out = line(header.iter().map(|h| (*h).to_string()));
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
            out.push_str(&line(item_row(agency, item)));
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
        out.push_str(&line([
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
fn line(cells: impl IntoIterator<Item = String>) -> String {
    let cells: Vec<String> = cells
        .into_iter()
        .map(|cell| {
            if cell.contains([',', '"', '\n', '\r']) {
                format!("\"{}\"", cell.replace('"', "\"\""))
            } else {
                cell
            }
        })
        .collect();
    format!("{}\r\n", cells.join(","))
}
