//! The evidence panel's requests (issue 13), applied: the checklist written as XLSX (one sheet
//! per lead agency, the same workbook as `parindex evidence --out`), and a document's link or
//! path opened with the system's handler.

use std::path::{Path, PathBuf};

use crate::engine::evidence_checklist;
use crate::export::{self, ChecklistContext};
use crate::io;
use crate::ui::dialogs::PathPurpose;
use crate::ui::evidence::{RiskAction, RiskPath};

use super::ParIndexApp;
use super::exports::{Failure, export_lang, extension};

impl ParIndexApp {
    pub(super) fn apply_risk(&mut self, action: RiskAction) {
        match action {
            RiskAction::ExportChecklistDialog => {
                let purpose = PathPurpose::Risk(RiskPath::Checklist);
                if let Some(path) = self.choose(purpose, true) {
                    self.path_chosen(purpose, path);
                }
            }
            RiskAction::OpenDocument(link) => self.open_document(&link),
        }
    }

    /// The filter's name, its extensions and a suggested file name.
    #[allow(clippy::unused_self)]
    pub(super) fn risk_file_kind(&self, purpose: RiskPath) -> (String, Vec<&'static str>, String) {
        match purpose {
            RiskPath::Checklist => (
                "XLSX".into(),
                vec!["xlsx"],
                "danh-muc-tai-lieu-kiem-chung.xlsx".into(),
            ),
        }
    }

    pub(super) fn risk_path_chosen(&mut self, purpose: RiskPath, path: &Path) {
        match purpose {
            RiskPath::Checklist => {
                let result = self.export_checklist(path);
                self.export_result(result, path);
            }
        }
    }

    /// Writes the evidence checklist of the current projection.
    pub(super) fn export_checklist(&self, path: &Path) -> Result<(), Failure> {
        if extension(path) != "xlsx" {
            return Err(self.wrong_extension(path, ".xlsx"));
        }
        let session = &self.session;
        let agencies =
            evidence_checklist(session.analysis(), session.projected(), session.changes());
        let context = ChecklistContext {
            analysis: session.analysis(),
            scenario: self.scenario_name(),
        };
        let bytes = export::checklist_xlsx(&context, &agencies, export_lang(self.view.lang))?;
        io::write_atomic(path, &bytes)?;
        Ok(())
    }

    /// Opens a document's link or path; a relative path is read from the scenario's folder,
    /// where an officer keeps the evidence beside the plan.
    fn open_document(&mut self, link: &str) {
        let target = if link.contains("://") || link.starts_with("mailto:") {
            link.to_string()
        } else {
            let path = PathBuf::from(link);
            let folder = self.info.path.as_deref().and_then(Path::parent);
            match folder {
                Some(folder) if path.is_relative() => folder.join(path).display().to_string(),
                _ => link.to_string(),
            }
        };
        if let Err(err) = open::that_detached(&target) {
            self.error = Some(format!(
                "{}: {target}\n{err}",
                self.view.lang.risk().open_failed
            ));
        }
    }
}
