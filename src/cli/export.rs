//! `parindex export-chart`, `export-table` and `report`: the exports, written atomically.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use clap::{Args, ValueEnum};

use crate::engine::{Analysis, Projected};
use crate::export::{self, Part, Scene};
use crate::io;

use super::{Lang, load};

/// The scenario label of a plain scorecard: its own figures, nothing changed.
fn baseline_label(lang: Lang) -> &'static str {
    match lang {
        Lang::Vi => "giữ nguyên hiện trạng",
        Lang::En => "no change",
    }
}

fn lang(lang: Lang) -> export::Lang {
    match lang {
        Lang::Vi => export::Lang::Vi,
        Lang::En => export::Lang::En,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ChartKind {
    LostByField,
    Attainment,
    ByAgency,
    Compare,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum PartArg {
    Whole,
    #[value(name = "self")]
    SelfAssessment,
    Survey,
}

/// Arguments of `export-chart`.
#[derive(Debug, Args)]
pub struct ChartArgs {
    /// Scorecards (several for `compare`); omitted, the embedded Tiền Giang 2019.
    pub files: Vec<PathBuf>,
    #[arg(long, value_enum)]
    pub chart: ChartKind,
    /// OUT.png or OUT.svg.
    #[arg(long)]
    pub out: PathBuf,
    #[arg(long, default_value_t = 1600)]
    pub width: u32,
    #[arg(long, default_value_t = 900)]
    pub height: u32,
    /// Which part of each field `lost-by-field` counts.
    #[arg(long, value_enum, default_value_t = PartArg::Whole)]
    pub part: PartArg,
    #[arg(long, value_enum, default_value_t = Lang::Vi)]
    pub lang: Lang,
}

/// Arguments of `export-table` and `report`.
#[derive(Debug, Args)]
pub struct OutArgs {
    /// A scorecard; omitted, the embedded Tiền Giang 2019.
    pub file: Option<PathBuf>,
    /// The file to write (its extension picks the format).
    #[arg(long)]
    pub out: PathBuf,
    #[arg(long, value_enum, default_value_t = Lang::Vi)]
    pub lang: Lang,
}

/// A loaded document with its baseline projection, owned so scenes can borrow it.
struct Doc {
    analysis: Analysis,
    projected: Projected,
    label: String,
}

fn doc(file: Option<&Path>, lang: Lang) -> Result<Doc> {
    let loaded = load(file)?;
    let analysis = Analysis::new(&loaded.card);
    let projected = Projected::baseline(&analysis);
    let label = match file {
        Some(path) if path != Path::new("-") => path.file_stem().map_or_else(
            || baseline_label(lang).to_string(),
            |s| s.to_string_lossy().into_owned(),
        ),
        _ => baseline_label(lang).to_string(),
    };
    Ok(Doc {
        analysis,
        projected,
        label,
    })
}

impl Doc {
    fn scene<'a>(&'a self, label: &'a str) -> Scene<'a> {
        Scene {
            analysis: &self.analysis,
            projected: &self.projected,
            scenario: label,
        }
    }
}

fn extension(path: &Path) -> String {
    path.extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default()
}

fn write(path: &Path, bytes: &[u8]) -> Result<u8> {
    io::write_atomic(path, bytes)?;
    println!("{}", path.display());
    Ok(0)
}

pub fn chart(args: &ChartArgs) -> Result<u8> {
    let ext = extension(&args.out);
    if ext != "png" && ext != "svg" {
        bail!("{}: expected an .png or .svg file name", args.out.display());
    }
    if !(64..=10_000).contains(&args.width) || !(64..=10_000).contains(&args.height) {
        bail!("--width and --height must be between 64 and 10000 pixels");
    }
    let l = lang(args.lang);
    let docs: Vec<Doc> = if args.files.is_empty() {
        vec![doc(None, args.lang)?]
    } else {
        args.files
            .iter()
            .map(|f| doc(Some(f), args.lang))
            .collect::<Result<_>>()?
    };
    if args.chart != ChartKind::Compare && docs.len() > 1 {
        bail!("only `--chart compare` takes several files");
    }
    let first = docs[0].scene(if args.files.is_empty() {
        baseline_label(args.lang)
    } else {
        &docs[0].label
    });
    let chart = match args.chart {
        ChartKind::LostByField => export::lost_by_field(
            first,
            match args.part {
                PartArg::Whole => Part::Whole,
                PartArg::SelfAssessment => Part::SelfAssessment,
                PartArg::Survey => Part::Survey,
            },
            l,
        ),
        ChartKind::Attainment => export::attainment(first, l),
        ChartKind::ByAgency => export::by_agency(first, l),
        ChartKind::Compare => {
            let scenes: Vec<Scene> = docs.iter().map(|d| d.scene(&d.label)).collect();
            export::compare(&scenes, l)
        }
    };
    let svg = export::chart_svg(&chart, args.width, args.height);
    if ext == "svg" {
        write(&args.out, svg.as_bytes())
    } else {
        let png = export::png_from_svg(&svg).context("drawing the PNG")?;
        write(&args.out, &png)
    }
}

pub fn table(args: &OutArgs) -> Result<u8> {
    let d = doc(args.file.as_deref(), args.lang)?;
    let l = lang(args.lang);
    match extension(&args.out).as_str() {
        "xlsx" => write(
            &args.out,
            &export::table_xlsx(&d.analysis, &d.projected, l)?,
        ),
        "csv" => write(&args.out, &export::table_csv(&d.analysis, &d.projected, l)),
        _ => bail!(
            "{}: expected an .xlsx or .csv file name",
            args.out.display()
        ),
    }
}

pub fn report(args: &OutArgs) -> Result<u8> {
    if extension(&args.out) != "pdf" {
        bail!("{}: expected a .pdf file name", args.out.display());
    }
    let d = doc(args.file.as_deref(), args.lang)?;
    let label = if args.file.is_some() {
        d.label.clone()
    } else {
        baseline_label(args.lang).to_string()
    };
    let pdf = export::report_pdf(d.scene(&label), lang(args.lang))?;
    write(&args.out, &pdf)
}
