//! `parindex task-sheets`, `report-docx` and `scoreboard`: the plan's quarterly loop on the
//! command line — the sheets out, the report to the People's Committee, the agencies' scores.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

use crate::agency::{self, Period, ReportOptions, quarter_label};
use crate::engine::Session;
use crate::io;
use crate::model::Date;

use super::progress::parse_date;

/// What `task-sheets` reads and writes.
#[derive(Debug, clap::Args)]
pub struct TaskSheetArgs {
    /// A scorecard or scenario; omitted, the embedded scorecard.
    pub file: Option<PathBuf>,
    /// The day the sheets report on (YYYY-MM-DD); its quarter names the period.
    #[arg(long, value_parser = parse_date)]
    pub as_of: Date,
    /// The day the sheets are due back (YYYY-MM-DD). Default: a week after --as-of.
    #[arg(long, value_parser = parse_date)]
    pub due: Option<Date>,
    /// The folder to write the sheets in (created if missing).
    #[arg(long)]
    pub out: PathBuf,
}

/// What `report-docx` reads and writes.
#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// A scorecard or scenario; omitted, the embedded scorecard.
    pub file: Option<PathBuf>,
    /// The period the report covers, as its subject says it. Default: the quarter of --as-of.
    #[arg(long)]
    pub period: Option<String>,
    /// The day the figures stand at (YYYY-MM-DD).
    #[arg(long, value_parser = parse_date)]
    pub as_of: Date,
    /// OUT.docx.
    #[arg(long)]
    pub out: PathBuf,
}

/// What `scoreboard` reads and writes.
#[derive(Debug, clap::Args)]
pub struct ScoreboardArgs {
    /// A scorecard or scenario; omitted, the embedded scorecard.
    pub file: Option<PathBuf>,
    /// The day of the scoring (YYYY-MM-DD). Default: today (UTC).
    #[arg(long, value_parser = parse_date)]
    pub as_of: Option<Date>,
    /// OUT.xlsx; omitted, the table goes to standard output.
    #[arg(long)]
    pub out: Option<PathBuf>,
}

/// The document as an editing session, with the name a scenario goes by.
fn open(file: Option<&Path>) -> Result<(Session, String)> {
    let opened = super::open(file)?;
    let name = opened
        .scenario
        .unwrap_or_else(|| "bảng điểm gốc".to_string());
    Ok((opened.session, name))
}

pub fn task_sheets(args: &TaskSheetArgs) -> Result<u8> {
    let (session, name) = open(args.file.as_deref())?;
    let period = Period::quarter_of(args.as_of, args.due);
    if period.due < period.as_of {
        bail!("--due {} is before --as-of {}", period.due, period.as_of);
    }
    let sheets = agency::task_sheets(&session, &name, &period)?;
    println!(
        "{}, số liệu đến {}, hạn gửi {}: {} phiếu",
        period.label,
        period.as_of.vi(),
        period.due.vi(),
        sheets.len()
    );
    let paths = agency::save_task_sheets(&sheets, &args.out)
        .with_context(|| format!("writing the sheets into {}", args.out.display()))?;
    for (sheet, path) in sheets.iter().zip(paths) {
        println!("  {:>2} nhiệm vụ  {}", sheet.items, path.display());
    }
    Ok(0)
}

pub fn report_docx(args: &ReportArgs) -> Result<u8> {
    let (session, name) = open(args.file.as_deref())?;
    let options = ReportOptions {
        period: args
            .period
            .clone()
            .unwrap_or_else(|| quarter_label(args.as_of)),
        as_of: args.as_of,
        scenario: name,
        number: String::new(),
    };
    let bytes = agency::report_docx(&session, &options)?;
    io::write_atomic(&args.out, &bytes)?;
    println!("{}", args.out.display());
    Ok(0)
}

pub fn scoreboard(args: &ScoreboardArgs) -> Result<u8> {
    let (session, _) = open(args.file.as_deref())?;
    let as_of = args.as_of.unwrap_or_else(Date::today_utc);
    let board = agency::scoreboard(&session, as_of);
    if let Some(path) = &args.out {
        let plan = agency::plan_title(session.analysis());
        let bytes = agency::scoreboard_xlsx(&board, &session.analysis().unit, &plan)?;
        io::write_atomic(path, &bytes)?;
        println!("{}", path.display());
        return Ok(0);
    }
    println!(
        "{:<4} {:<44} {:>5} {:>5} {:>5} {:>7} {:>17} {:>9}",
        "Hạng", "Đơn vị chủ trì", "Đúng", "Trễ", "Chưa", "Báo cáo", "Khôi phục/Phụ trách", "Điểm"
    );
    for a in &board.agencies {
        let name: String = a.agency.chars().take(44).collect();
        println!(
            "{:<4} {:<44} {:>5} {:>5} {:>5} {:>7} {:>17} {:>9}",
            a.rank,
            name,
            a.done_on_time,
            a.done_late,
            a.not_done,
            format!("{}/{}", a.reports_on_time, a.reports_expected),
            format!("{}/{}", a.recovered.vi(), a.at_stake.vi()),
            a.score.vi()
        );
    }
    println!(
        "Quy tắc: tối đa {} = {} × đúng hạn + {} × trễ hạn + {} × khôi phục + {} × báo cáo đúng hạn + {} × báo cáo trễ (docs/SCENARIOS.md)",
        board.rule.max().vi(),
        board.rule.items_on_time.vi(),
        board.rule.items_late.vi(),
        board.rule.recovered.vi(),
        board.rule.reports_on_time.vi(),
        board.rule.reports_late.vi()
    );
    Ok(0)
}
