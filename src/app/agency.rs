//! The agency loop's requests (issue 14), applied: task sheets out, reports in, the report to
//! the People's Committee, the scoreboard.
// Scaffolding until the panel lands: the helper filling this file removes the allow.
#![allow(clippy::unused_self, clippy::needless_pass_by_value)]

use std::path::Path;

use crate::ui::dialogs::PathPurpose;
use crate::ui::scoreboard::{AgencyAction, AgencyPath};

use super::ParIndexApp;

impl ParIndexApp {
    pub(super) fn apply_agency(&mut self, action: AgencyAction) {
        let path = match action {
            AgencyAction::SendDialog => AgencyPath::TaskSheets,
            AgencyAction::ReceiveDialog => AgencyPath::Reports,
            AgencyAction::ReportDialog => AgencyPath::ReportDocx,
            AgencyAction::ExportScoreboardDialog => AgencyPath::Scoreboard,
        };
        let purpose = PathPurpose::Agency(path);
        let save = !matches!(path, AgencyPath::Reports);
        if let Some(chosen) = self.choose(purpose, save) {
            self.path_chosen(purpose, chosen);
        }
    }

    /// The filter's name, its extensions and a suggested file name.
    pub(super) fn agency_file_kind(
        &self,
        purpose: AgencyPath,
    ) -> (String, Vec<&'static str>, String) {
        match purpose {
            AgencyPath::TaskSheets | AgencyPath::Reports => {
                ("XLSX".into(), vec!["xlsx"], String::new())
            }
            AgencyPath::ReportDocx => ("DOCX".into(), vec!["docx"], "bao-cao.docx".into()),
            AgencyPath::Scoreboard => ("XLSX".into(), vec!["xlsx"], "thi-dua.xlsx".into()),
        }
    }

    pub(super) fn agency_path_chosen(&mut self, purpose: AgencyPath, path: &Path) {
        let _ = (purpose, path);
    }
}
