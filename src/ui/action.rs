//! What the panels ask for. Panels only read the state and return these; the app applies them
//! in one place after the frame's UI pass.

use std::path::PathBuf;

use crate::engine::Edit;
use crate::model::Date;

use super::charts::Part;
use super::command::Help;
use super::dialogs::{NewKind, PathPurpose};
use super::evidence::RiskAction;
use super::goal::GoalAction;
use super::i18n::Lang;
use super::import_dialog::ImportAction;
use super::scoreboard::AgencyAction;
use super::workspace::Tab;

/// Which of the app's charts an export draws.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChartExport {
    /// Điểm bị mất theo lĩnh vực, in the part the panel shows.
    LostByField,
    /// Tỷ lệ đạt theo lĩnh vực.
    Attainment,
    /// Điểm theo đơn vị chủ trì.
    ByAgency,
}

/// One request from the UI.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// A finished edit: one undo step.
    Edit(Edit),
    /// An edit from a gesture under way (a slider drag); the same key merges into one step.
    Live {
        edit: Edit,
        key: String,
    },
    /// The gesture ended.
    Seal,
    Undo,
    Redo,
    /// Select a node by its index in the analysis (or nothing).
    Select(Option<usize>),
    /// Select a node by code (from a finding or a chart bar).
    SelectCode(String),
    /// Expand or collapse one node.
    Toggle(usize),
    ExpandAll,
    CollapseAll,
    SortByLost(bool),
    SetLang(Lang),
    SetChartPart(Part),
    /// Show the open dialog.
    OpenDialog,
    Open(PathBuf),
    DismissError,
    /// Ask to close the window (asks first when there are unsaved projections).
    Quit,
    /// Answers to the unsaved-changes question before closing or opening another file:
    /// discard the changes and go on, or stay.
    DiscardAndContinue,
    CancelPending,
    // Scenarios and the plan (issue 4).
    /// Save to the scenario's file, or ask for one when there is none yet.
    Save,
    /// Ask where to save the scenario.
    SaveAs,
    /// Save the scenario to this file.
    SaveTo(PathBuf),
    /// Save, then go on closing or opening (nothing happens if the save is cancelled).
    SaveAndContinue,
    /// Show the scenario's name, description and author for editing.
    EditInfo,
    /// New name, description and author of the scenario.
    SetInfo {
        name: String,
        description: String,
        author: String,
    },
    CloseInfo,
    ShowTab(Tab),
    /// The date overdue is judged on.
    SetAsOf(Date),
    /// Filter the tree to one lead agency's items (or clear the filter).
    FilterAgency(Option<String>),
    /// Ask where to write the progress report.
    ExportProgressDialog,
    ExportProgress(PathBuf),
    /// Add a scenario file to the comparison, or take it out.
    ToggleCompare(PathBuf),
    /// Ask where to write a chart (`svg`: as SVG, else PNG).
    ExportChartDialog {
        chart: ChartExport,
        svg: bool,
    },
    /// Write a chart of the current projection; the extension (.png or .svg) picks the format.
    ExportChart {
        chart: ChartExport,
        path: PathBuf,
        width: u32,
        height: u32,
    },
    /// Ask where to write the table.
    ExportTableDialog,
    /// Write the table of the current projection; the extension (.xlsx or .csv) picks the format.
    ExportTable(PathBuf),
    /// Ask where to write the PDF report.
    ExportReportDialog,
    /// Write the PDF report of the current projection.
    ExportReport(PathBuf),
    /// Reopen the unsaved work found in the recovery file at start.
    RestoreRecovery,
    /// Delete the recovery file found at start.
    DiscardRecovery,
    /// Close the notice that the last run ended on an error.
    DismissPanicNotice,
    /// Look again for scenarios in `saves/` and the folder last used.
    RescanScenarios,
    /// Show the new-card dialog.
    NewCardDialog,
    /// Open a new card (asking first about unsaved changes).
    NewCard {
        kind: NewKind,
        unit: String,
        year: i32,
    },
    /// Ask where to save the scorecard alone.
    SaveCardAs,
    /// Ask for an appendix to import.
    ImportDialog,
    /// Read the clipboard's table as an appendix.
    PasteTable,
    /// Switch the bottom panel between the projection editor and the card editor.
    ToggleStructure,
    /// Put the keyboard in the search box.
    FocusSearch,
    /// Put the keyboard in the score entry, starting with what was typed on the row.
    FocusEntry(Option<String>),
    /// Select the first row the table shows (↓ from the search box).
    SelectFirstRow,
    /// Show a help page.
    ShowHelp(Help),
    /// Close the dialogs that hold drafts (new card, typed path, help).
    CloseDialogs,
    /// A path typed where the file chooser could not be shown.
    PathChosen {
        purpose: PathPurpose,
        path: PathBuf,
    },
    /// Open the folder of a file just written, in the system's file manager.
    OpenFolder(PathBuf),
    /// Close the "saved" notice.
    DismissNotice,
    /// The goal panel's requests (issue 12).
    Goal(GoalAction),
    /// The evidence panel's requests (issue 13).
    Risk(RiskAction),
    /// The agency loop's requests (issue 14).
    Agency(AgencyAction),
    /// The import dialogs' requests (issue 11 §3).
    Import(ImportAction),
}
