//! `parindex compare`: scenarios on one scorecard side by side, against its baseline.

use std::path::PathBuf;

use anyhow::{Result, bail};

use crate::engine::{Analysis, Comparison};
use crate::io;
use crate::model::{Changes, Points};

use super::{Lang, load, table};

/// What `compare` reads.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Scenario files made on the same scorecard (a scorecard file adds its baseline again).
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Print JSON instead of tables.
    #[arg(long)]
    pub json: bool,
    #[arg(long, value_enum, default_value_t = Lang::Vi)]
    pub lang: Lang,
}

pub fn run(args: &Args) -> Result<u8> {
    let mut card = None;
    let mut base_hash = String::new();
    let mut columns: Vec<(String, Changes)> = Vec::new();
    for path in &args.files {
        let loaded = load(Some(path))?;
        let hash = io::scorecard_hash(&loaded.card)?;
        if card.is_none() {
            base_hash = hash;
            card = Some(loaded.card);
        } else if hash != base_hash {
            bail!(
                "{}: made on a different scorecard from {}; only scenarios on one scorecard compare",
                path.display(),
                args.files[0].display()
            );
        }
        let (name, changes) = loaded
            .scenario
            .unwrap_or_else(|| (path.display().to_string(), Changes::default()));
        columns.push((name, changes));
    }
    let Some(card) = card else {
        bail!("nothing to compare");
    };
    let analysis = Analysis::new(&card);
    let baseline = Changes::default();
    let year = analysis.year.to_string();
    let mut refs: Vec<(&str, &Changes)> = vec![(year.as_str(), &baseline)];
    refs.extend(columns.iter().map(|(n, c)| (n.as_str(), c)));
    let cmp = Comparison::of(&analysis, &refs);
    if args.json {
        println!("{}", serde_json::to_string_pretty(&cmp)?);
    } else {
        print!("{}", text(&cmp, args.lang));
    }
    Ok(0)
}

fn text(cmp: &Comparison, lang: Lang) -> String {
    let vi = lang == Lang::Vi;
    let n = |p: Points| lang.num(p);
    let signed = |p: Points| lang.signed(p);
    let mut out = String::new();
    for (i, name) in cmp.names.iter().enumerate() {
        out.push_str(&format!("[{i}] {name}\n"));
    }
    out.push('\n');
    let mut header = vec![if vi { "Chỉ tiêu" } else { "Figure" }.to_string()];
    header.extend((0..cmp.names.len()).map(|i| format!("[{i}]")));
    header.extend((1..cmp.names.len()).map(|i| format!("Δ[{i}]")));
    let rows: Vec<Vec<String>> = cmp
        .totals
        .iter()
        .map(|row| {
            let mut cells = vec![if row.code.is_empty() {
                row.label.clone()
            } else {
                format!("LV{}", row.code)
            }];
            cells.extend(row.values.iter().map(|&v| n(v)));
            cells.extend(row.differences.iter().skip(1).map(|&d| signed(d)));
            cells
        })
        .collect();
    let refs: Vec<&str> = header.iter().map(String::as_str).collect();
    let mut right = vec![true; header.len()];
    right[0] = false;
    out.push_str(&table::render(&refs, &rows, &right));
    out.push('\n');
    let mut header = vec![if vi { "Mã" } else { "Code" }.to_string()];
    header.extend((1..cmp.names.len()).map(|i| format!("Δ[{i}]")));
    let rows: Vec<Vec<String>> = cmp
        .items
        .iter()
        .map(|item| {
            let code = if item.survey {
                format!("LV{} {}", item.code, if vi { "ĐTXHH" } else { "survey" })
            } else {
                item.code.clone()
            };
            let mut cells = vec![code];
            cells.extend(
                item.deltas
                    .iter()
                    .skip(1)
                    .map(|d| d.map(signed).unwrap_or_default()),
            );
            cells
        })
        .collect();
    let refs: Vec<&str> = header.iter().map(String::as_str).collect();
    out.push_str(&table::render(&refs, &rows, &right));
    out
}
