//! Charts, the table and the PDF report of the current projection, written from the app with
//! the same `export` code the command line uses.

use std::path::Path;

use crate::export::{self, ExportError, Scene};
use crate::io::{self, LoadError};
use crate::ui::action::ChartExport;
use crate::ui::charts::Part;
use crate::ui::{Action, Lang};

use super::ParIndexApp;

/// The size of a chart exported through the save dialog: a slide at full HD width.
const CHART_SIZE: (u32, u32) = (1600, 900);

/// Why an export failed, for the error dialog.
#[derive(Debug, thiserror::Error)]
enum Failure {
    #[error("{0}")]
    Export(#[from] ExportError),
    #[error("{0}")]
    Write(#[from] LoadError),
    #[error("{path}: {expected}")]
    Extension { path: String, expected: String },
}

fn extension(path: &Path) -> String {
    path.extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default()
}

fn export_lang(lang: Lang) -> export::Lang {
    match lang {
        Lang::Vi => export::Lang::Vi,
        Lang::En => export::Lang::En,
    }
}

fn export_part(part: Part) -> export::Part {
    match part {
        Part::SelfAssessment => export::Part::SelfAssessment,
        Part::Survey => export::Part::Survey,
        Part::Whole => export::Part::Whole,
    }
}

/// A file name from the scenario's name, without characters a file system refuses.
fn suggested(name: &str, ext: &str) -> String {
    format!("{}.{ext}", name.replace(['/', '\\', ':'], "-"))
}

impl ParIndexApp {
    /// The export actions: dialogs ask for a path, the rest write to the path given.
    pub(super) fn apply_export(&mut self, action: Action) {
        let result = match action {
            Action::ExportChartDialog { chart, svg } => {
                let ext = if svg { "svg" } else { "png" };
                let (width, height) = CHART_SIZE;
                match self.ask_path(ext, &ext.to_ascii_uppercase(), &[ext]) {
                    Some(path) => self.export_chart(chart, &path, width, height),
                    None => Ok(()),
                }
            }
            Action::ExportChart {
                chart,
                path,
                width,
                height,
            } => self.export_chart(chart, &path, width, height),
            Action::ExportTableDialog => {
                match self.ask_path("xlsx", "XLSX/CSV", &["xlsx", "csv"]) {
                    Some(path) => self.export_table(&path),
                    None => Ok(()),
                }
            }
            Action::ExportTable(path) => self.export_table(&path),
            Action::ExportReportDialog => match self.ask_path("pdf", "PDF", &["pdf"]) {
                Some(path) => self.export_report(&path),
                None => Ok(()),
            },
            Action::ExportReport(path) => self.export_report(&path),
            _ => Ok(()),
        };
        if let Err(err) = result {
            self.error = Some(err.to_string());
        }
    }

    fn ask_path(&self, ext: &str, filter: &str, exts: &[&str]) -> Option<std::path::PathBuf> {
        rfd::FileDialog::new()
            .add_filter(filter, exts)
            .set_file_name(suggested(&self.info.name, ext))
            .save_file()
    }

    fn expected(&self, names: &str) -> String {
        match self.view.lang {
            Lang::Vi => format!("cần tên tệp {names}"),
            Lang::En => format!("expected a {names} file name"),
        }
    }

    /// The open document as the exports see it: a scenario (saved or being made) is named; a
    /// scorecard with nothing projected is not called a scenario.
    fn scene(&self) -> Scene<'_> {
        let named = self.info.path.is_some() || !self.session.changes().projection.is_empty();
        Scene::new(&self.session, named.then_some(self.info.name.as_str()))
    }

    /// Writes a chart of the current projection as PNG or SVG at `width`×`height`.
    fn export_chart(
        &self,
        chart: ChartExport,
        path: &Path,
        width: u32,
        height: u32,
    ) -> Result<(), Failure> {
        let lang = export_lang(self.view.lang);
        let described = match chart {
            ChartExport::LostByField => {
                export::lost_by_field(self.scene(), export_part(self.view.chart_part), lang)
            }
            ChartExport::Attainment => export::attainment(self.scene(), lang),
            ChartExport::ByAgency => export::by_agency(self.scene(), lang),
        };
        let svg = export::chart_svg(&described, width, height);
        match extension(path).as_str() {
            "svg" => io::write_atomic(path, svg.as_bytes())?,
            "png" => io::write_atomic(path, &export::png_from_svg(&svg)?)?,
            _ => {
                return Err(Failure::Extension {
                    path: path.display().to_string(),
                    expected: self.expected(".png / .svg"),
                });
            }
        }
        Ok(())
    }

    /// Writes the table of the current projection as XLSX or CSV.
    fn export_table(&self, path: &Path) -> Result<(), Failure> {
        let lang = export_lang(self.view.lang);
        match extension(path).as_str() {
            "xlsx" => io::write_atomic(path, &export::table_xlsx(self.scene(), lang)?)?,
            "csv" => io::write_atomic(path, &export::table_csv(self.scene(), lang)?)?,
            _ => {
                return Err(Failure::Extension {
                    path: path.display().to_string(),
                    expected: self.expected(".xlsx / .csv"),
                });
            }
        }
        Ok(())
    }

    /// Writes the PDF report of the current projection.
    fn export_report(&self, path: &Path) -> Result<(), Failure> {
        let pdf = export::report_pdf(self.scene(), export_lang(self.view.lang))?;
        io::write_atomic(path, &pdf)?;
        Ok(())
    }
}
