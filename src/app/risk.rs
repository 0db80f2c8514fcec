//! The evidence panel's requests (issue 13), applied.
// Scaffolding until the panel lands: the helper filling this file removes the allow.
#![allow(clippy::unused_self, clippy::needless_pass_by_value)]

use std::path::Path;

use crate::ui::evidence::{RiskAction, RiskPath};

use super::ParIndexApp;

impl ParIndexApp {
    pub(super) fn apply_risk(&mut self, action: RiskAction) {
        match action {
            RiskAction::ExportChecklistDialog => {
                let purpose = crate::ui::dialogs::PathPurpose::Risk(RiskPath::Checklist);
                if let Some(path) = self.choose(purpose, true) {
                    self.path_chosen(purpose, path);
                }
            }
        }
    }

    /// The filter's name, its extensions and a suggested file name.
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
                let _ = path;
            }
        }
    }
}
