//! The load error dialog (the close question is `ui::scenarios::close_question`).

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
