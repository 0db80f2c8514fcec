//! The two modal questions: a file that failed to load, and discarding unsaved projections.

use egui::{Id, Modal, RichText};

use crate::ui::{Action, Lang, theme};

/// Shows the load error, if any.
pub fn error(ctx: &egui::Context, lang: Lang, message: Option<&str>, actions: &mut Vec<Action>) {
    let Some(message) = message else { return };
    let s = lang.s();
    let response = Modal::new(Id::unique("load error")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        ui.label(theme::strong(s.error_title, 17.0).color(theme::ERROR));
        ui.add_space(theme::GAP);
        ui.add(egui::Label::new(RichText::new(message).monospace()).wrap());
        ui.add_space(theme::GAP);
        if ui.button(s.ok).clicked() {
            actions.push(Action::DismissError);
        }
    });
    if response.should_close() {
        actions.push(Action::DismissError);
    }
}

/// Asks whether to discard unsaved projections before closing.
pub fn discard(ctx: &egui::Context, lang: Lang, asking: bool, actions: &mut Vec<Action>) {
    if !asking {
        return;
    }
    let s = lang.s();
    let response = Modal::new(Id::unique("discard?")).show(ctx, |ui| {
        ui.set_max_width(460.0);
        ui.label(theme::strong(s.close_title, 17.0));
        ui.add_space(theme::GAP);
        ui.add(egui::Label::new(s.close_question).wrap());
        ui.add_space(theme::GAP);
        ui.horizontal(|ui| {
            if ui
                .button(RichText::new(s.discard).color(theme::ERROR))
                .clicked()
            {
                actions.push(Action::ConfirmQuit);
            }
            if ui.button(s.cancel).clicked() {
                actions.push(Action::CancelQuit);
            }
        });
    });
    if response.should_close() {
        actions.push(Action::CancelQuit);
    }
}
