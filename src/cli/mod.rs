//! The command line: each subcommand reads a document, asks the engine, prints.

mod agency;
mod check;
mod compare;
mod evidence;
mod export;
mod fix_first;
mod generate;
mod import;
mod merge_reports;
mod progress;
mod risk;
mod side_by_side;
mod summary;
mod table;
mod target;
mod target_text;

use std::path::{Path, PathBuf};

use anyhow::Result;
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::engine::Session;
use crate::io::{self, Origin};
use crate::model::{Changes, Points, Scorecard};

/// parindex — Chỉ số cải cách hành chính (PAR Index): scorecards, projections, plans.
#[derive(Debug, Parser)]
#[command(name = "parindex", version, args_conflicts_with_subcommands = true)]
pub struct Cli {
    /// A scorecard to open in the app (default: the embedded scorecard).
    pub file: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Totals, per-field figures and points at stake per lead agency.
    Summary(SummaryArgs),
    /// Validate a scorecard; exit status 1 when there is an error.
    Check(Input),
    /// The plan's progress per lead agency as CSV (UTF-8 with BOM, for Excel).
    ReportProgress(progress::Args),
    /// Scenarios side by side: totals, fields and the items each one changes.
    Compare(compare::Args),
    /// Write a large realistic scorecard (benches, trying the app at scale).
    Generate(generate::GenerateArgs),
    /// A chart as PNG or SVG, in print style.
    ExportChart(export::ChartArgs),
    /// The tree-table as XLSX or CSV.
    ExportTable(export::OutArgs),
    /// A one-page A4 PDF report.
    Report(export::OutArgs),
    /// Read an appendix table (XLSX, CSV, TSV) into a scorecard; exit status 2 when it cannot.
    Import(import::Args),
    /// Mục tiêu: the cheapest fixes to a target index or rank, or the most within a budget.
    Target(target::Args),
    /// Làm trước: fixes by points per effort with the index after each; chart or table export.
    FixFirst(fix_first::Args),
    /// How sure the projection is: expected index, 90% interval, P(≥ target), items at risk.
    Risk(risk::Args),
    /// The evidence checklist per lead agency; --out X.xlsx writes one sheet per agency.
    Evidence(evidence::Args),
    /// One task sheet (XLSX) per lead agency, for the quarter's progress report.
    TaskSheets(agency::TaskSheetArgs),
    /// Merge the agencies' returned task sheets into a scenario (preview; --yes applies).
    MergeReports(merge_reports::Args),
    /// The report to the Provincial People's Committee on the plan, as DOCX.
    ReportDocx(agency::ReportArgs),
    /// The agencies' scoreboard (thi đua), printed or as XLSX.
    Scoreboard(agency::ScoreboardArgs),
}

/// Arguments of `summary`: the document, and a target for P(index ≥ target) in `--json`.
#[derive(Debug, Args)]
pub struct SummaryArgs {
    #[command(flatten)]
    pub input: Input,
    /// Chỉ tiêu: `--json` adds P(index ≥ TARGET), e.g. 85 or 85,5.
    #[arg(long, value_parser = points_arg)]
    pub target: Option<Points>,
}

/// A score typed on the command line: "85", "85,5" or "85.5".
pub(crate) fn points_arg(text: &str) -> Result<Points, String> {
    Points::parse(text).map_err(|e| e.to_string())
}

/// The document a subcommand reads, and how to print.
#[derive(Debug, Args)]
pub struct Input {
    /// A scorecard or scenario file; `-` reads standard input; omitted, the embedded scorecard.
    pub file: Option<PathBuf>,
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
    /// Language of the table: Vietnamese (comma decimals) or English.
    #[arg(long, value_enum, default_value_t = Lang::Vi)]
    pub lang: Lang,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Lang {
    Vi,
    En,
}

impl Lang {
    /// The same language for the exports.
    pub(crate) fn export(self) -> crate::export::Lang {
        match self {
            Lang::Vi => crate::export::Lang::Vi,
            Lang::En => crate::export::Lang::En,
        }
    }

    /// A figure as this language writes it: comma decimals in Vietnamese, dots in English.
    pub fn num(self, p: crate::model::Points) -> String {
        match self {
            Lang::Vi => p.vi(),
            Lang::En => p.en(),
        }
    }

    /// A difference, with "+" on gains so a column of changes reads at a glance.
    pub fn signed(self, p: crate::model::Points) -> String {
        if p.is_negative() || p.is_zero() {
            self.num(p)
        } else {
            format!("+{}", self.num(p))
        }
    }

    /// The row label of the loss no plan covers.
    pub fn unassigned(self) -> &'static str {
        match self {
            Lang::Vi => "(chưa giao đơn vị)",
            Lang::En => "(no plan covers it)",
        }
    }
}

/// A document read for a command, with its text for locating findings.
pub struct Loaded {
    /// The scorecard, or a scenario's embedded base.
    pub card: Scorecard,
    pub text: String,
    pub origin: Origin,
    /// A scenario's changes and name; `None` for a bare scorecard.
    pub scenario: Option<(String, Changes)>,
}

/// Reads FILE, `-` or the embedded scorecard.
pub fn load(file: Option<&Path>) -> Result<Loaded> {
    let (text, origin) = match file {
        None => (
            io::EMBEDDED_SCORECARD.to_string(),
            Origin::Embedded(io::EMBEDDED_NAME),
        ),
        Some(path) if path == Path::new("-") => (
            io::read_bounded(std::io::stdin().lock(), Origin::Stdin)?,
            Origin::Stdin,
        ),
        Some(path) => (io::read_text(path)?, Origin::File(path.to_path_buf())),
    };
    let (card, scenario) = match io::parse_document(&text, &origin)? {
        io::Document::Scorecard(card) => (card, None),
        io::Document::Scenario(s) => {
            let s = *s;
            (s.base, Some((s.name, s.changes)))
        }
    };
    Ok(Loaded {
        card,
        text,
        origin,
        scenario,
    })
}

/// A document opened for a command: the session every figure of every output comes from
/// (baseline, the scenario's projection, stakes), as in the app.
pub struct Opened {
    pub session: Session,
    /// The scenario's name; `None` for a bare scorecard.
    pub scenario: Option<String>,
    pub text: String,
    pub origin: Origin,
}

impl Opened {
    /// What charts and reports call the projection: the scenario's name. A scorecard is not
    /// a scenario and is not called one.
    pub fn label(&self) -> Option<String> {
        self.scenario.clone()
    }

    /// What tells this document from others side by side: the scenario's name, or the file's
    /// stem for a scorecard (what the person typed names it best).
    pub fn column_name(&self) -> Option<String> {
        self.scenario.clone().or_else(|| match &self.origin {
            Origin::File(path) => path.file_stem().map(|s| s.to_string_lossy().into_owned()),
            Origin::Stdin | Origin::Embedded(_) => None,
        })
    }
}

/// Reads FILE, `-` or the embedded scorecard and opens it with its saved changes.
pub fn open(file: Option<&Path>) -> Result<Opened> {
    let loaded = load(file)?;
    let (scenario, changes) = match loaded.scenario {
        Some((name, changes)) => (Some(name), changes),
        None => (None, Changes::default()),
    };
    Ok(Opened {
        session: Session::with_changes(loaded.card, changes),
        scenario,
        text: loaded.text,
        origin: loaded.origin,
    })
}

/// Runs a subcommand; returns the process exit status.
pub fn run(command: &Command) -> Result<u8> {
    match command {
        Command::Summary(args) => summary::run(&args.input, args.target),
        Command::Check(input) => check::run(input),
        Command::ReportProgress(args) => progress::run(args),
        Command::Compare(args) => compare::run(args),
        Command::Generate(args) => generate::run(args),
        Command::ExportChart(args) => export::chart(args),
        Command::ExportTable(args) => export::table(args),
        Command::Report(args) => export::report(args),
        Command::Import(args) => import::run(args),
        Command::Target(args) => target::run(args),
        Command::FixFirst(args) => fix_first::run(args),
        Command::Risk(args) => risk::run(args),
        Command::Evidence(args) => evidence::run(args),
        Command::TaskSheets(args) => agency::task_sheets(args),
        Command::MergeReports(args) => merge_reports::run(args),
        Command::ReportDocx(args) => agency::report_docx(args),
        Command::Scoreboard(args) => agency::scoreboard(args),
    }
}
