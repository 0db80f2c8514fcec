//! The agency loop's requests (issue 14), applied: task sheets out, reports in (previewed, then
//! merged as one undo step), the report to the People's Committee, the scoreboard as XLSX.

mod choose;
mod receive;

use std::path::{Path, PathBuf};

use crate::agency::{self, Period, ReportOptions};
use crate::engine::progress_by_agency;
use crate::io;
use crate::ui::dialogs::PathPurpose;
use crate::ui::scoreboard::{
    AgencyAction, AgencyPath, ReportDraft, SendDraft, Sent, SentFile, period_day,
};

use super::ParIndexApp;

/// `text` safe as a Windows file name: "Quý III/2031" → "Quý III-2031".
fn file_safe(text: &str) -> String {
    text.replace(['/', '\\', ':', '*', '?', '"', '<', '>', '|'], "-")
}

fn has_extension(path: &Path, wanted: &str) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(wanted))
}

impl ParIndexApp {
    pub(super) fn apply_agency(&mut self, action: AgencyAction) {
        match action {
            AgencyAction::SendDialog => self.send_dialog(),
            AgencyAction::Send(period) => {
                self.panels.scoreboard.dialogs.send = None;
                self.panels.scoreboard.dialogs.sending = Some(period.clone());
                let purpose = PathPurpose::Agency(AgencyPath::TaskSheets);
                if let Some(folder) = self.choose_folder(purpose) {
                    self.send_to(&period, &folder);
                }
            }
            AgencyAction::SendTo { period, folder } => self.send_to(&period, &folder),
            AgencyAction::ReceiveDialog => {
                if let Some(files) = self.choose_files() {
                    self.receive(&files);
                }
            }
            AgencyAction::Receive(files) => self.receive(&files),
            AgencyAction::ApplyMerge {
                choices,
                by,
                received,
            } => self.apply_merge(&choices, by, received),
            AgencyAction::ReportDialog => {
                let analysis = self.session.analysis();
                self.panels.scoreboard.dialogs.report = Some(ReportDraft::new(
                    self.view.lang,
                    self.workspace.as_of,
                    analysis.target_year,
                    self.info.name.clone(),
                ));
            }
            AgencyAction::Report(options) => {
                self.panels.scoreboard.dialogs.report = None;
                self.panels.scoreboard.dialogs.reporting = Some(options.clone());
                let purpose = PathPurpose::Agency(AgencyPath::ReportDocx);
                if let Some(path) = self.choose(purpose, true) {
                    self.report_to(&options, &path);
                }
            }
            AgencyAction::ReportTo { options, path } => self.report_to(&options, &path),
            AgencyAction::ExportScoreboardDialog => {
                let purpose = PathPurpose::Agency(AgencyPath::Scoreboard);
                if let Some(path) = self.choose(purpose, true) {
                    self.export_scoreboard(&path);
                }
            }
            AgencyAction::ExportScoreboard(path) => self.export_scoreboard(&path),
            AgencyAction::CloseDialogs => self.panels.scoreboard.dialogs.close(),
        }
    }

    /// The round's dialog, its period taken from the "as of" date.
    fn send_dialog(&mut self) {
        let session = &self.session;
        let as_of = self.workspace.as_of;
        let leads: Vec<String> = progress_by_agency(
            session.analysis(),
            session.projected(),
            session.changes(),
            as_of,
        )
        .into_iter()
        .map(|a| a.lead)
        .collect();
        if leads.is_empty() {
            self.error = Some(self.view.lang.agency().no_lead.to_string());
            return;
        }
        let target_year = session.analysis().target_year;
        self.panels.scoreboard.dialogs.send =
            Some(SendDraft::new(self.view.lang, as_of, target_year, leads));
    }

    /// Writes one sheet per lead agency into `folder` and sums up what went where.
    fn send_to(&mut self, period: &Period, folder: &Path) {
        let sheets = match agency::task_sheets(&self.session, &self.info.name, period) {
            Ok(sheets) => sheets,
            Err(err) => {
                self.error = Some(err.to_string());
                return;
            }
        };
        let paths = match agency::save_task_sheets(&sheets, folder) {
            Ok(paths) => paths,
            Err(err) => {
                self.error = Some(err.to_string());
                return;
            }
        };
        self.notice = paths.first().cloned();
        let dialogs = &mut self.panels.scoreboard.dialogs;
        dialogs.sending = None;
        dialogs.sent = Some(Sent {
            folder: folder.to_path_buf(),
            period: period.label.clone(),
            due: period.due,
            files: sheets
                .iter()
                .map(|s| SentFile {
                    agency: s.agency.clone(),
                    file: s.file_name.clone(),
                    items: s.items,
                })
                .collect(),
        });
    }

    /// Writes the report to the People's Committee.
    fn report_to(&mut self, options: &ReportOptions, path: &Path) {
        if !has_extension(path, "docx") {
            let a = self.view.lang.agency();
            self.error = Some(format!("{}: {}", path.display(), a.need_docx));
            return;
        }
        let written = agency::report_docx(&self.session, options)
            .map_err(|e| e.to_string())
            .and_then(|bytes| io::write_atomic(path, &bytes).map_err(|e| e.to_string()));
        match written {
            Ok(()) => {
                self.panels.scoreboard.dialogs.reporting = None;
                self.notice = Some(path.to_path_buf());
            }
            Err(err) => self.error = Some(err),
        }
    }

    /// Writes the scoreboard as of the view's date.
    fn export_scoreboard(&mut self, path: &Path) {
        if !has_extension(path, "xlsx") {
            let a = self.view.lang.agency();
            self.error = Some(format!("{}: {}", path.display(), a.need_xlsx));
            return;
        }
        let board = agency::scoreboard(&self.session, self.workspace.as_of);
        let analysis = self.session.analysis();
        let plan = agency::plan_title(analysis);
        let written = agency::scoreboard_xlsx(&board, &analysis.unit, &plan)
            .map_err(|e| e.to_string())
            .and_then(|bytes| io::write_atomic(path, &bytes).map_err(|e| e.to_string()));
        match written {
            Ok(()) => self.notice = Some(path.to_path_buf()),
            Err(err) => self.error = Some(err),
        }
    }

    /// The filter's name, its extensions and a suggested file (or folder) name.
    pub(super) fn agency_file_kind(
        &self,
        purpose: AgencyPath,
    ) -> (String, Vec<&'static str>, String) {
        let a = self.view.lang.agency();
        let dialogs = &self.panels.scoreboard.dialogs;
        let as_of = self.workspace.as_of;
        match purpose {
            AgencyPath::TaskSheets => {
                let period = dialogs.sending.as_ref().map_or_else(
                    || {
                        let target = self.session.analysis().target_year;
                        agency::quarter_label(period_day(as_of, target))
                    },
                    |p| p.label.clone(),
                );
                let folder = file_safe(&format!("{} {period}", a.send_folder_name));
                ("XLSX".into(), vec!["xlsx"], folder)
            }
            AgencyPath::Reports => ("XLSX".into(), vec!["xlsx"], String::new()),
            AgencyPath::ReportDocx => {
                let period = dialogs
                    .reporting
                    .as_ref()
                    .map_or_else(String::new, |o| format!(" {}", o.period));
                let name = file_safe(&format!("{}{period}.docx", a.report_file_name));
                ("DOCX".into(), vec!["docx"], name)
            }
            AgencyPath::Scoreboard => {
                let name = format!("{} {}.xlsx", a.scoreboard_file_name, as_of);
                ("XLSX".into(), vec!["xlsx"], name)
            }
        }
    }

    /// A path typed where the chooser could not show.
    pub(super) fn agency_path_chosen(&mut self, purpose: AgencyPath, path: &Path) {
        let dialogs = &mut self.panels.scoreboard.dialogs;
        match purpose {
            AgencyPath::TaskSheets => {
                if let Some(period) = dialogs.sending.clone() {
                    self.send_to(&period, path);
                }
            }
            AgencyPath::Reports => self.receive(&[PathBuf::from(path)]),
            AgencyPath::ReportDocx => {
                if let Some(options) = dialogs.reporting.clone() {
                    self.report_to(&options, path);
                }
            }
            AgencyPath::Scoreboard => self.export_scoreboard(path),
        }
    }
}

/// Whether a dropped file is an agency's returned task sheet: a workbook holding the plan's key
/// sheet. A file that cannot be read this way is not one; the import preview then says why.
pub(super) fn is_task_sheet(path: &Path) -> bool {
    let xlsx = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"));
    let small = std::fs::metadata(path).is_ok_and(|m| m.len() <= agency::MAX_FILE_BYTES);
    if !(xlsx && small) {
        return false;
    }
    let Ok(bytes) = std::fs::read(path) else {
        return false;
    };
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    crate::import::sheet_names(&bytes, &name)
        .is_ok_and(|names| names.iter().any(|n| n == agency::KEY_SHEET))
}

#[cfg(test)]
mod tests {
    use super::file_safe;

    #[test]
    fn periods_make_windows_safe_names() {
        assert_eq!(
            file_safe("Phiếu báo cáo Quý III/2020"),
            "Phiếu báo cáo Quý III-2020"
        );
    }
}
