//! The load error dialog and the restore offer (the close question is
//! `ui::scenarios::close_question`).

use egui::{Id, Modal, RichText};

use crate::ui::{Action, Lang, theme};

/// Shows the load error, if any.
pub fn error(ctx: &egui::Context, lang: Lang, message: Option<&str>, actions: &mut Vec<Action>) {
    let Some(message) = message else { return };
    let s = lang.s();
    let response = Modal::new(Id::unique("load error")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        ui.label(theme::text::dialog_title(s.error_title).color(theme::ERROR));
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

/// Tells the person, once, that the last run ended on an error, and where its log is (to send
/// to whoever supports them).
pub fn panic_notice(
    ctx: &egui::Context,
    lang: Lang,
    notice: Option<(&str, std::path::PathBuf)>,
    actions: &mut Vec<Action>,
) {
    let Some((message, log)) = notice else { return };
    let s = lang.s();
    let response = Modal::new(Id::unique("the last run ended on an error")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        ui.label(theme::text::dialog_title(s.panic_title).color(theme::ERROR));
        ui.add_space(theme::GAP);
        let label = ui.add(egui::Label::new(s.panic_log_at).wrap());
        let mut path = log.display().to_string();
        // Selectable, so it can be copied into an e-mail; edits are thrown away.
        ui.add(egui::TextEdit::singleline(&mut path).desired_width(f32::INFINITY))
            .labelled_by(label.id);
        ui.add_space(theme::GAP);
        ui.add(egui::Label::new(RichText::new(message).monospace().weak()).wrap());
        ui.add_space(theme::GAP);
        if ui.button(s.ok).clicked() {
            actions.push(Action::DismissPanicNotice);
        }
    });
    if response.should_close() {
        actions.push(Action::DismissPanicNotice);
    }
}

/// Offers to restore the unsaved work a crash left behind.
pub fn recovery_offer(ctx: &egui::Context, lang: Lang, offered: bool, actions: &mut Vec<Action>) {
    if !offered {
        return;
    }
    let s = lang.s();
    Modal::new(Id::unique("restore unsaved work?")).show(ctx, |ui| {
        ui.set_max_width(480.0);
        ui.label(theme::text::dialog_title(s.recovery_title));
        ui.add_space(theme::GAP);
        ui.add(egui::Label::new(s.recovery_question).wrap());
        ui.add_space(theme::GAP);
        ui.horizontal(|ui| {
            if ui
                .button(RichText::new(s.recovery_restore).strong())
                .clicked()
            {
                actions.push(Action::RestoreRecovery);
            }
            if ui
                .button(RichText::new(s.discard).color(theme::ERROR))
                .clicked()
            {
                actions.push(Action::DiscardRecovery);
            }
        });
    });
}
