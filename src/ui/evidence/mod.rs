//! Tài liệu kiểm chứng (issue 13): each item's evidence and confidence, and how sure the
//! projection is, read from the engine's risk model.

use egui::Ui;

use super::context::Cx;

/// What the evidence panel asks the app for.
#[derive(Clone, Debug, PartialEq)]
pub enum RiskAction {
    /// Ask where to write the evidence checklist.
    ExportChecklistDialog,
}

/// Files the evidence panel writes, asked for by path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RiskPath {
    /// The evidence checklist (XLSX).
    Checklist,
}

/// The evidence panel and its drafts.
#[derive(Clone, Debug, Default)]
pub struct EvidencePanel {}

impl EvidencePanel {
    pub fn ui(&mut self, ui: &mut Ui, cx: &mut Cx<'_>) {
        ui.heading(cx.lang.risk().title);
    }
}
