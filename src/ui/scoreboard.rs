//! Thi đua (issue 14): the agencies' scoreboard, and the loop with them — task sheets out,
//! returned reports in, the report to the People's Committee.

use egui::Ui;

use super::context::Cx;

/// What the agency loop asks the app for.
#[derive(Clone, Debug, PartialEq)]
pub enum AgencyAction {
    /// Ask for a folder and write every lead agency's task sheet into it.
    SendDialog,
    /// Ask for the agencies' returned sheets and preview their merge.
    ReceiveDialog,
    /// Ask where to write the report to the People's Committee (DOCX).
    ReportDialog,
    /// Ask where to write the scoreboard (XLSX).
    ExportScoreboardDialog,
}

/// Files the agency loop writes or reads, asked for by path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AgencyPath {
    /// The folder the task sheets go to.
    TaskSheets,
    /// The returned sheets.
    Reports,
    /// The report to the People's Committee (DOCX).
    ReportDocx,
    /// The scoreboard (XLSX).
    Scoreboard,
}

/// The scoreboard panel and the agency loop's dialogs.
#[derive(Clone, Debug, Default)]
pub struct ScoreboardPanel {}

impl ScoreboardPanel {
    pub fn ui(&mut self, ui: &mut Ui, cx: &mut Cx<'_>) {
        ui.heading(cx.lang.agency().title);
    }
}
