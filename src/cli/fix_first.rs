//! `parindex fix-first`: the fixable items by points recovered per unit of effort with the
//! index after each — printed, or exported as a chart (PNG/SVG) or a table (CSV/XLSX).

use std::path::PathBuf;

use anyhow::{Context, Result, bail};

use crate::engine::goal::{FixFirst, fix_first};
use crate::export;
use crate::io;
use crate::model::Points;

use super::Lang;
use super::points_arg;

/// What `fix-first` reads and writes.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// A scorecard or scenario file; `-` reads standard input; omitted, the embedded scorecard.
    pub file: Option<PathBuf>,
    /// The target drawn as a line (default: the scenario's `target`).
    #[arg(long, value_parser = points_arg)]
    pub index: Option<Points>,
    /// OUT.png or OUT.svg (the chart), OUT.csv or OUT.xlsx (the table); omitted, printed.
    #[arg(long)]
    pub out: Option<PathBuf>,
    #[arg(long, default_value_t = 1600)]
    pub width: u32,
    #[arg(long, default_value_t = 900)]
    pub height: u32,
    /// Print JSON instead of text (without --out).
    #[arg(long)]
    pub json: bool,
    #[arg(long, value_enum, default_value_t = Lang::Vi)]
    pub lang: Lang,
}

pub fn run(args: &Args) -> Result<u8> {
    let mut session = super::open(args.file.as_deref())?.session;
    if let Some(index) = args.index {
        let max = session.analysis().whole_totals().0;
        if index > max || index.is_negative() {
            bail!(
                "--index {}: chỉ số mục tiêu phải trong khoảng 0–{} — the target must be within 0–{}",
                index.en(),
                max.vi(),
                max.en()
            );
        }
        session.apply(crate::engine::Edit::SetTarget { value: Some(index) });
    }
    let list = fix_first(session.analysis(), session.changes());
    let lang = args.lang.export();
    let Some(out) = &args.out else {
        if args.json {
            println!("{}", serde_json::to_string_pretty(&list)?);
        } else {
            print!("{}", text(&list, args.lang));
        }
        return Ok(0);
    };
    let ext = super::export::extension(out);
    let bytes = match ext.as_str() {
        "svg" | "png" => {
            if !(64..=10_000).contains(&args.width) || !(64..=10_000).contains(&args.height) {
                bail!("--width and --height must be between 64 and 10000 pixels");
            }
            let svg = export::climb_svg(&export::climb_chart(&list, lang), args.width, args.height);
            if ext == "svg" {
                svg.into_bytes()
            } else {
                export::png_from_svg(&svg).context("drawing the PNG")?
            }
        }
        "csv" => export::fix_first_csv(&list, lang)?,
        "xlsx" => export::fix_first_xlsx(&list, lang)?,
        _ => bail!(
            "{}: expected a .png, .svg, .csv or .xlsx file name",
            out.display()
        ),
    };
    io::write_atomic(out, &bytes)?;
    println!("{}", out.display());
    Ok(0)
}

fn text(list: &FixFirst, lang: Lang) -> String {
    let vi = lang == Lang::Vi;
    let mut out = String::new();
    out.push_str(&if vi {
        format!(
            "Làm trước — {}: từ {} (năm {}), theo điểm khôi phục trên công sức\n",
            list.unit,
            lang.num(list.baseline_total),
            list.year
        )
    } else {
        format!(
            "Fix first — {}: from {} ({}), by points recovered per effort\n",
            list.unit,
            lang.num(list.baseline_total),
            list.year
        )
    });
    for (i, step) in list.steps.iter().enumerate() {
        let mark = if list.reaches_target_at == Some(i) {
            if vi {
                "  ← đạt mục tiêu"
            } else {
                "  ← target reached"
            }
        } else {
            ""
        };
        out.push_str(&format!(
            "{:>3}. {:<8}{:>8}  {:>8}  → {}{mark}\n",
            i + 1,
            step.code,
            lang.signed(step.gain),
            lang.num(step.effort),
            lang.num(step.running_total)
        ));
    }
    out
}
