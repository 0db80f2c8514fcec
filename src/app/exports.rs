//! Charts, the table and the PDF report of the current projection, written from the app with
//! the same `export` code the command line uses.

use std::path::Path;

use crate::export::{self, ExportError, Scene};
use crate::io::{self, LoadError};
use crate::ui::action::ChartExport;
use crate::ui::charts::Part;
use crate::ui::dialogs::PathPurpose;
use crate::ui::import_dialog::ImportAction;
use crate::ui::{Action, Lang};

use super::ParIndexApp;

/// The size of a chart exported through the save dialog: a slide at full HD width.
pub(super) const CHART_SIZE: (u32, u32) = (1600, 900);

/// Why an export failed, for the error dialog.
#[derive(Debug, thiserror::Error)]
pub(super) enum Failure {
    #[error("{0}")]
    Export(#[from] ExportError),
    #[error("{0}")]
    Write(#[from] LoadError),
    #[error("{path}: {expected}")]
    Extension { path: String, expected: String },
}

pub(super) fn extension(path: &Path) -> String {
    path.extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default()
}

pub(super) fn export_lang(lang: Lang) -> export::Lang {
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

impl ParIndexApp {
    /// The export actions: dialogs ask for a path, the rest write to the path given. Every
    /// export ends saying where it went, or why it could not.
    pub(super) fn apply_export(&mut self, action: Action) {
        match action {
            Action::ExportChartDialog { chart, svg } => {
                let purpose = PathPurpose::ExportChart { chart, svg };
                if let Some(path) = self.choose(purpose, true) {
                    self.path_chosen(purpose, path);
                }
            }
            Action::ExportChart {
                chart,
                path,
                width,
                height,
            } => {
                let result = self.export_chart(chart, &path, width, height);
                self.export_result(result, &path);
            }
            Action::ExportTableDialog => {
                if let Some(path) = self.choose(PathPurpose::ExportTable, true) {
                    self.path_chosen(PathPurpose::ExportTable, path);
                }
            }
            Action::ExportTable(path) => {
                let result = self.export_table(&path);
                self.export_result(result, &path);
            }
            Action::ExportReportDialog => {
                if let Some(path) = self.choose(PathPurpose::ExportReport, true) {
                    self.path_chosen(PathPurpose::ExportReport, path);
                }
            }
            Action::ExportReport(path) => {
                let result = self.export_report(&path);
                self.export_result(result, &path);
            }
            Action::Goal(action) => self.apply_goal(action),
            Action::Risk(action) => self.apply_risk(action),
            Action::Agency(action) => self.apply_agency(action),
            Action::Import(action) => self.apply_import(action),
            Action::ImportDialog => self.apply_import(ImportAction::Choose),
            Action::PasteTable => self.apply_import(ImportAction::PasteDialog),
            _ => {}
        }
    }

    /// "Đã lưu: <path>" for a written file, the reason for one that was not.
    pub(super) fn export_result(&mut self, result: Result<(), Failure>, path: &Path) {
        match result {
            Ok(()) => self.notice = Some(path.to_path_buf()),
            Err(err) => self.error = Some(err.to_string()),
        }
    }

    /// The refusal of `path` for its extension: `names` are the ones accepted.
    pub(super) fn wrong_extension(&self, path: &Path, names: &str) -> Failure {
        Failure::Extension {
            path: path.display().to_string(),
            expected: match self.view.lang {
                Lang::Vi => format!("cần tên tệp {names}"),
                Lang::En => format!("expected a {names} file name"),
            },
        }
    }

    /// The scenario's name as the exports give it: a scenario (saved or being made) is
    /// named; a scorecard with nothing projected is not called a scenario.
    pub(super) fn scenario_name(&self) -> Option<&str> {
        let named = self.info.path.is_some() || !self.session.changes().projection.is_empty();
        named.then_some(self.info.name.as_str())
    }

    /// The open document as the exports see it.
    fn scene(&self) -> Scene<'_> {
        Scene::new(&self.session, self.scenario_name())
    }

    /// Writes a chart of the current projection as PNG or SVG at `width`×`height`.
    pub(super) fn export_chart(
        &self,
        chart: ChartExport,
        path: &Path,
        width: u32,
        height: u32,
    ) -> Result<(), Failure> {
        let lang = export_lang(self.view.lang);
        let described = match chart {
            ChartExport::LostByField => {
                export::lost_by_field(self.scene(), export_part(self.panels.charts.part), lang)
            }
            ChartExport::Attainment => export::attainment(self.scene(), lang),
            ChartExport::ByAgency => export::by_agency(self.scene(), lang),
        };
        let svg = export::chart_svg(&described, width, height);
        match extension(path).as_str() {
            "svg" => io::write_atomic(path, svg.as_bytes())?,
            "png" => io::write_atomic(path, &export::png_from_svg(&svg)?)?,
            _ => {
                return Err(self.wrong_extension(path, ".png / .svg"));
            }
        }
        Ok(())
    }

    /// Writes the table of the current projection as XLSX or CSV.
    pub(super) fn export_table(&self, path: &Path) -> Result<(), Failure> {
        let lang = export_lang(self.view.lang);
        match extension(path).as_str() {
            "xlsx" => io::write_atomic(path, &export::table_xlsx(self.scene(), lang)?)?,
            "csv" => io::write_atomic(path, &export::table_csv(self.scene(), lang)?)?,
            _ => {
                return Err(self.wrong_extension(path, ".xlsx / .csv"));
            }
        }
        Ok(())
    }

    /// Writes the PDF report of the current projection.
    pub(super) fn export_report(&self, path: &Path) -> Result<(), Failure> {
        let pdf = export::report_pdf(self.scene(), export_lang(self.view.lang))?;
        io::write_atomic(path, &pdf)?;
        Ok(())
    }
}
