//! What the panels ask for. Panels only read the state and return these; the app applies them
//! in one place after the frame's UI pass.

use std::path::PathBuf;

use crate::engine::Edit;

use super::charts::Part;
use super::i18n::Lang;

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
    /// The person confirmed discarding the projections and closing.
    ConfirmQuit,
    CancelQuit,
}
