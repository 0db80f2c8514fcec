//! `parindex report-progress`: the table the plan's quarterly report needs — per lead agency,
//! its items, points at stake, status, deadline and whether it is overdue — as CSV.

use std::path::PathBuf;

use anyhow::{Context, Result};

use crate::engine::{Analysis, Projected, progress_by_agency};
use crate::io;
use crate::model::Date;

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

pub(super) fn parse_date(text: &str) -> Result<Date, String> {
    Date::parse(text).map_err(|e| e.to_string())
}

pub fn run(args: &Args) -> Result<u8> {
    let loaded = load(args.file.as_deref())?;
    let analysis = Analysis::new(&loaded.card);
    let changes = loaded.scenario.map(|(_, c)| c).unwrap_or_default();
    let projected = Projected::compute(&analysis, &changes.projection);
    let as_of = args.as_of.unwrap_or_else(Date::today_utc);
    let agencies = progress_by_agency(&analysis, &projected, &changes, as_of);
    let body = io::progress_csv(&agencies, as_of, args.lang == Lang::Vi);
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
        None => print!("{body}"),
    }
    Ok(0)
}
