//! `parindex generate`: a large realistic scorecard for trying the app and benches at scale.

use std::path::PathBuf;

use anyhow::Result;
use clap::Args;

use crate::generate::{Spec, scorecard};
use crate::io;

/// Options of `parindex generate`.
#[derive(Debug, Args)]
pub struct GenerateArgs {
    /// Criteria and sub-criteria in all (fields not counted).
    #[arg(long, default_value_t = 10_000)]
    pub items: usize,
    /// Deepest item level below a field (1 = criteria only).
    #[arg(long, default_value_t = 4)]
    pub depth: usize,
    /// The same seed gives the same file.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// The assessed year (default: last year); the projection is for the year after.
    #[arg(long)]
    pub year: Option<i32>,
    /// Where to write the `.ron`; written atomically.
    #[arg(long)]
    pub out: PathBuf,
}

pub fn run(args: &GenerateArgs) -> Result<u8> {
    let card = scorecard(Spec {
        items: args.items,
        depth: args.depth,
        seed: args.seed,
        year: args
            .year
            .unwrap_or_else(|| crate::model::Date::today_utc().year() - 1),
    });
    io::save_scorecard(&card, &args.out)?;
    Ok(0)
}
