//! Mục tiêu (issue 12): the cheapest fixes to a total or a rank, read from the engine's goal
//! seek, and the answer taken as a new scenario.

use egui::Ui;

use super::context::Cx;

/// What the goal panel asks the app for.
#[derive(Clone, Debug, PartialEq)]
pub enum GoalAction {}

/// Files the goal panel writes or reads, asked for by path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GoalPath {
    /// The fix-first table (XLSX).
    FixTable,
}

/// The goal panel and its drafts.
#[derive(Clone, Debug, Default)]
pub struct GoalPanel {}

impl GoalPanel {
    pub fn ui(&mut self, ui: &mut Ui, cx: &mut Cx<'_>) {
        ui.heading(cx.lang.goal().title);
    }
}
