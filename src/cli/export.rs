//! `parindex export-chart`, `export-table` and `report`: the exports, written atomically.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use clap::{Args, ValueEnum};

use crate::export::{self, Part, Scene};
use crate::io;

use super::{Lang, Opened, open};

fn lang(lang: Lang) -> export::Lang {
    lang.export()
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
    /// Scorecards (several for `compare`); omitted, the embedded scorecard.
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
    /// A scorecard; omitted, the embedded scorecard.
    pub file: Option<PathBuf>,
    /// The file to write (its extension picks the format).
    #[arg(long)]
    pub out: PathBuf,
    #[arg(long, value_enum, default_value_t = Lang::Vi)]
    pub lang: Lang,
}

/// A document opened for an export, with what its projection is called.
struct Doc {
    opened: Opened,
    label: Option<String>,
}

fn doc(file: Option<&Path>) -> Result<Doc> {
    let opened = open(file)?;
    let label = opened.label();
    Ok(Doc { opened, label })
}

impl Doc {
    /// The scene every export of this document draws: the session's baseline and projection.
    fn scene(&self) -> Scene<'_> {
        Scene::new(&self.opened.session, self.label.as_deref())
    }
}

/// A file's extension in lower case, what picks the format written.
pub(super) fn extension(path: &Path) -> String {
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
        vec![doc(None)?]
    } else {
        args.files
            .iter()
            .map(|f| doc(Some(f)))
            .collect::<Result<_>>()?
    };
    if args.chart != ChartKind::Compare && docs.len() > 1 {
        bail!("only `--chart compare` takes several files");
    }
    let first = docs[0].scene();
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
            let names: Vec<Option<String>> = docs.iter().map(|d| d.opened.column_name()).collect();
            let scenes: Vec<Scene> = docs
                .iter()
                .zip(&names)
                .map(|(d, name)| Scene::new(&d.opened.session, name.as_deref()))
                .collect();
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
    let d = doc(args.file.as_deref())?;
    let l = lang(args.lang);
    match extension(&args.out).as_str() {
        "xlsx" => write(&args.out, &export::table_xlsx(d.scene(), l)?),
        "csv" => write(&args.out, &export::table_csv(d.scene(), l)?),
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
    let d = doc(args.file.as_deref())?;
    let pdf = export::report_pdf(d.scene(), lang(args.lang))?;
    write(&args.out, &pdf)
}
