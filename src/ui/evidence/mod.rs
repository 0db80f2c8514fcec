//! Tài liệu kiểm chứng (issue 13): how sure the projection is — the expected index, the 90 %
//! interval and P(index ≥ target) beside a small chart of the distribution — then, per lead
//! agency, the planned gains it must prove with their documents, state, confidence and points
//! at risk, most at risk first. Every figure is the engine's (`engine::risk`), worked out once
//! per state of the document ([`cache`]); edits are the scenario's undoable edits.

pub mod cache;
mod documents;
pub mod row;
mod settings;
pub mod summary;
mod table;

use egui::{RichText, Ui};

use crate::engine::RiskPart;

use super::command::Command;
use super::context::Cx;
use super::theme;

pub use summary::{interval_text, target_of, two_decimals};

/// What the evidence panel asks the app for.
#[derive(Clone, Debug, PartialEq)]
pub enum RiskAction {
    /// Ask where to write the evidence checklist.
    ExportChecklistDialog,
    /// Open a document's link or path with the system's handler (a path relative to the
    /// scenario's folder is taken from there).
    OpenDocument(String),
}

/// Files the evidence panel writes, asked for by path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RiskPath {
    /// The evidence checklist (XLSX).
    Checklist,
}

/// The evidence panel: the checklist's table and the documents being edited.
#[derive(Clone, Debug, Default)]
pub struct EvidencePanel {
    table: table::Table,
    editor: Option<documents::Draft>,
}

impl EvidencePanel {
    pub fn ui(&mut self, ui: &mut Ui, cx: &mut Cx<'_>) {
        let lang = cx.lang;
        let s = lang.risk();
        ui.horizontal(|ui| {
            // The button first, from the right: on a narrow window the title gives way.
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let command = Command::ExportChecklist;
                if ui
                    .button(command.label(lang))
                    .on_hover_text(command.tooltip(lang))
                    .clicked()
                {
                    cx.push(command.action());
                }
                ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                    ui.add(egui::Label::new(theme::text::panel_title(s.title)).truncate());
                });
            });
        });
        let height = (ui.available_height() * 0.26).clamp(96.0, 150.0);
        match cache::risk(ui.ctx(), cx.session, RiskPart::All) {
            Some(shown) => summary::band_ui(ui, cx, &shown.risk, shown.current, height),
            None => {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(s.computing);
                });
            }
        }
        settings::ui(ui, cx);
        self.toolbar_ui(ui, cx);
        if self.table.listing(cx.session).agencies.is_empty() {
            ui.add_space(theme::GAP);
            ui.add(egui::Label::new(RichText::new(s.no_gains).weak()).wrap());
        } else {
            self.table.ui(ui, cx, &mut self.editor);
        }
        if let Some(draft) = &mut self.editor
            && documents::ui(ui.ctx(), cx, draft) == documents::Outcome::Close
        {
            self.editor = None;
        }
    }

    /// How many items and documents are outstanding, and the folds.
    fn toolbar_ui(&mut self, ui: &mut Ui, cx: &mut Cx<'_>) {
        let lang = cx.lang;
        let s = lang.risk();
        let session = cx.session;
        let listing = self.table.listing(session);
        let items: usize = listing.agencies.iter().map(|a| a.items.len()).sum();
        let outstanding: usize = listing.agencies.iter().map(|a| a.outstanding).sum();
        let at_risk = crate::model::Points::sum(listing.agencies.iter().map(|a| a.at_risk));
        let agencies = listing.agencies.len();
        let mut fold = None;
        let counts = format!(
            "{agencies} {} · {items} {} · {} {outstanding} · {} {}",
            s.agencies,
            s.items,
            s.outstanding,
            s.total_at_risk,
            lang.num(at_risk)
        );
        ui.horizontal(|ui| {
            // The buttons first, from the right; the counts give way on a narrow window.
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.small_button(s.fold_all).clicked() {
                    fold = Some(true);
                }
                if ui.small_button(s.unfold_all).clicked() {
                    fold = Some(false);
                }
                ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                    ui.add(egui::Label::new(&counts).truncate());
                });
            });
        });
        if let Some(fold) = fold {
            self.table.fold_all(session, fold);
        }
    }
}
