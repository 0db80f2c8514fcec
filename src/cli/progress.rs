//! `parindex report-progress`: the table the plan's quarterly report needs — per lead agency,
//! its items, points at stake, status, deadline and whether it is overdue — as CSV.

use std::path::PathBuf;

use anyhow::{Context, Result};

use crate::engine::progress_by_agency;
use crate::io;
use crate::model::Date;

use super::{Lang, open};

/// What `report-progress` reads and writes.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// A scorecard or scenario file; `-` reads standard input; omitted, the embedded scorecard.
    pub file: Option<PathBuf>,
    /// The report's date (30/09/2031 or 2031-09-30): items due before it and not done are overdue. Default: today (UTC).
    #[arg(long, value_parser = parse_date)]
    pub as_of: Option<Date>,
    /// Where to write the CSV (atomically); omitted, the CSV goes to standard output.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Language of headers and labels; Vietnamese writes comma decimals.
    #[arg(long, value_enum, default_value_t = Lang::Vi)]
    pub lang: Lang,
}

pub(super) fn parse_date(text: &str) -> Result<Date, String> {
    Date::parse_typed(text).map_err(|e| e.to_string())
}

pub fn run(args: &Args) -> Result<u8> {
    let opened = open(args.file.as_deref())?;
    let session = &opened.session;
    let as_of = args.as_of.unwrap_or_else(Date::today_utc);
    let agencies = progress_by_agency(
        session.analysis(),
        session.projected(),
        session.changes(),
        as_of,
    );
    match &args.out {
        Some(path) => {
            io::save_progress_csv(&agencies, as_of, args.lang == Lang::Vi, path)
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
        None => {
            let body = io::progress_csv(&agencies, as_of, args.lang == Lang::Vi)?;
            // Standard output is text for a pipe, not a file for Excel: no byte-order mark.
            let body = body
                .strip_prefix(b"\xEF\xBB\xBF".as_slice())
                .unwrap_or(&body);
            std::io::Write::write_all(&mut std::io::stdout(), body)?;
        }
    }
    Ok(0)
}
