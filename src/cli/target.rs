//! `parindex target`: the cheapest fixes to a target index or rank, or the most within an
//! effort budget — text (Vietnamese by default) or JSON — and optionally the answer written as
//! a new scenario.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, anyhow};

use crate::engine::goal::{Aim, GoalError, Others, Request, answer_changes, seek};
use crate::io;
use crate::model::{Points, Results};

use super::{Lang, target_text};

/// What `target` reads.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// A scorecard or scenario file; `-` reads standard input; omitted, the embedded scorecard.
    pub file: Option<PathBuf>,
    /// Target index, e.g. 85 or 85,5 (default: the scenario's `target`).
    #[arg(long, value_parser = super::points_arg, conflicts_with = "rank")]
    pub index: Option<Points>,
    /// Target rank among the units of the results table (1 is first).
    #[arg(long)]
    pub rank: Option<u32>,
    /// The assessed year's results (CSV or XLSX: unit, total, rank); default: the published
    /// results parindex ships.
    #[arg(long)]
    pub results: Option<PathBuf>,
    /// Effort budget, in the scenario's effort unit: the largest index within it.
    #[arg(long, value_parser = super::points_arg)]
    pub budget: Option<Points>,
    /// Rank against the other units moved by the national average's change to the target year
    /// (from the results table) instead of as published.
    #[arg(long)]
    pub others_improve: bool,
    /// Write the answer as a new scenario (its fixes as the projection) to this file.
    #[arg(long)]
    pub apply: Option<PathBuf>,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
    /// Language of the text: Vietnamese (comma decimals) or English.
    #[arg(long, value_enum, default_value_t = Lang::Vi)]
    pub lang: Lang,
}

/// The results table: the file given, else the embedded one if it ranks the card's year.
pub(super) fn results_for(path: Option<&Path>, year: i32) -> Result<Option<Results>> {
    match path {
        Some(path) => Ok(Some(io::load_results(path, year)?)),
        None => {
            let shipped = io::embedded_results()?;
            Ok(shipped.has_year(year).then_some(shipped))
        }
    }
}

/// Runs the command; exit status 1 when the target is out of reach.
pub fn run(args: &Args) -> Result<u8> {
    let opened = super::open(args.file.as_deref())?;
    let (session, name) = (opened.session, opened.scenario.unwrap_or_default());
    let results = results_for(args.results.as_deref(), session.analysis().year)?;
    let aim = match (args.index, args.rank) {
        (Some(index), _) => Some(Aim::Index(index)),
        (None, Some(rank)) => Some(Aim::Rank(rank)),
        (None, None) => session.changes().target.map(Aim::Index),
    };
    let request = Request {
        aim,
        budget: args.budget,
        results: results.as_ref(),
        others: if args.others_improve {
            Others::AverageChange
        } else {
            Others::AsPublished
        },
    };
    let answer =
        seek(session.analysis(), session.changes(), &request).map_err(|err| located(&err, args))?;
    if let Some(path) = &args.apply {
        let title = match args.lang {
            Lang::Vi => format!(
                "Mục tiêu {}",
                args.lang
                    .num(answer.target.unwrap_or(answer.projected_total))
            ),
            Lang::En => format!(
                "Target {}",
                args.lang
                    .num(answer.target.unwrap_or(answer.projected_total))
            ),
        };
        let mut scenario = io::new_scenario(
            &title,
            session.card().clone(),
            answer_changes(&answer, session.changes()),
        )?;
        if !name.is_empty() {
            scenario.description = match args.lang {
                Lang::Vi => format!("Lời giải tìm mục tiêu từ kịch bản \"{name}\"."),
                Lang::En => format!("Goal-seek answer from the scenario \"{name}\"."),
            };
        }
        io::save_scenario(&scenario, path)
            .with_context(|| format!("writing the scenario {}", path.display()))?;
        eprintln!("{}", path.display());
    }
    if args.json {
        println!("{}", serde_json::to_string_pretty(&answer)?);
    } else {
        print!("{}", target_text::render(&answer, args.lang));
    }
    Ok(u8::from(!answer.reachable))
}

/// Names the argument a request error comes from.
fn located(err: &GoalError, args: &Args) -> anyhow::Error {
    let flag = match err {
        GoalError::TargetAboveMax { target, .. } | GoalError::TargetNegative { target } => {
            match args.index {
                Some(_) => format!("--index {}", target.en()),
                None => "target (in the scenario)".to_string(),
            }
        }
        GoalError::BudgetNegative { budget } => format!("--budget {}", budget.en()),
        GoalError::RankOutOfRange { rank, .. } => format!("--rank {rank}"),
        GoalError::NoAverage { .. } => "--others-improve".to_string(),
        GoalError::NoResults { .. } | GoalError::Unranked { .. } => match &args.results {
            Some(path) => format!("--results {}", path.display()),
            None => "--rank".to_string(),
        },
        GoalError::NothingAsked => "target".to_string(),
    };
    anyhow!("{flag}: {err}")
}
