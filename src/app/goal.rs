//! The goal panel's requests (issue 12), applied.
// Scaffolding until the panel lands: the helper filling this file removes the allow.
#![allow(clippy::unused_self, clippy::needless_pass_by_value)]

use std::path::{Path, PathBuf};

use crate::ui::goal::{GoalAction, GoalPath};

use super::ParIndexApp;

impl ParIndexApp {
    pub(super) fn apply_goal(&mut self, action: GoalAction) {
        match action {}
    }

    /// The filter's name, its extensions and a suggested file name.
    pub(super) fn goal_file_kind(&self, purpose: GoalPath) -> (String, Vec<&'static str>, String) {
        match purpose {
            GoalPath::FixTable => ("XLSX".into(), vec!["xlsx"], "uu-tien-khac-phuc.xlsx".into()),
        }
    }

    pub(super) fn goal_path_chosen(&mut self, purpose: GoalPath, path: &Path) {
        match purpose {
            GoalPath::FixTable => {
                let _: PathBuf = path.to_path_buf();
            }
        }
    }
}
