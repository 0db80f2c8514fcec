//! Scenario commands: the save shortcuts, the scenario bar (save, save as, the scenario's
//! info, the scenarios found to open with one click, undo and redo), the info dialog and the
//! Save / Discard / Cancel question on closing.

use egui::{Id, Key, KeyboardShortcut, Modal, Modifiers, RichText, Ui};

use crate::engine::Session;

use super::action::Action;
use super::i18n::Lang;
use super::theme;
use super::workspace::{InfoDraft, Workspace};

pub const SAVE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::S);
pub const SAVE_AS: KeyboardShortcut =
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::S);
pub const REDO_SHIFT_Z: KeyboardShortcut =
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Z);

/// This frame's scenario shortcuts. Runs before the menu's: egui lets Ctrl+Z match
/// Ctrl+Shift+Z, so the shifted ones are taken first.
pub fn shortcuts(ctx: &egui::Context, actions: &mut Vec<Action>) {
    ctx.input_mut(|input| {
        for (shortcut, action) in [
            (SAVE_AS, Action::SaveAs),
            (REDO_SHIFT_Z, Action::Redo),
            (SAVE, Action::Save),
        ] {
            if input.consume_shortcut(&shortcut) {
                actions.push(action);
            }
        }
    });
}

/// The scenario bar under the menu.
pub fn bar(
    ui: &mut Ui,
    session: &Session,
    ws: &Workspace,
    lang: Lang,
    name: &str,
    actions: &mut Vec<Action>,
) {
    let s = lang.s();
    let ctx = ui.ctx().clone();
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(s.scenario).weak());
        let mut title = RichText::new(name).strong();
        if session.is_dirty() {
            title = RichText::new(format!("{name} *")).strong();
        }
        if ui.link(title).on_hover_text(s.scenario_info).clicked() {
            actions.push(Action::EditInfo);
        }
        if ui
            .button(s.save)
            .on_hover_text(ctx.format_shortcut(&SAVE))
            .clicked()
        {
            actions.push(Action::Save);
        }
        if ui
            .button(s.save_as)
            .on_hover_text(ctx.format_shortcut(&SAVE_AS))
            .clicked()
        {
            actions.push(Action::SaveAs);
        }
        ui.menu_button(s.open_scenario, |ui| {
            if ws.scenarios.is_empty() {
                ui.label(s.no_scenarios);
            }
            for path in &ws.scenarios {
                if ui
                    .button(file_name(path))
                    .on_hover_text(path.display().to_string())
                    .clicked()
                {
                    actions.push(Action::Open(path.clone()));
                }
            }
            ui.separator();
            if ui.button(s.rescan).clicked() {
                actions.push(Action::RescanScenarios);
            }
        });
        ui.separator();
        if ui
            .add_enabled(session.can_undo(), egui::Button::new(s.undo))
            .on_hover_text(ctx.format_shortcut(&super::menus::UNDO))
            .clicked()
        {
            actions.push(Action::Undo);
        }
        if ui
            .add_enabled(session.can_redo(), egui::Button::new(s.redo))
            .on_hover_text(ctx.format_shortcut(&REDO_SHIFT_Z))
            .clicked()
        {
            actions.push(Action::Redo);
        }
    });
}

fn file_name(path: &std::path::Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// The scenario's name, description and author, edited in a dialog.
pub fn info(
    ctx: &egui::Context,
    lang: Lang,
    draft: Option<&mut InfoDraft>,
    actions: &mut Vec<Action>,
) {
    let Some(draft) = draft else { return };
    let s = lang.s();
    let response = Modal::new(Id::unique("scenario info")).show(ctx, |ui| {
        ui.set_width(480.0);
        ui.label(theme::text::dialog_title(s.scenario_info));
        ui.add_space(theme::GAP);
        egui::Grid::new("info grid")
            .num_columns(2)
            .spacing([theme::GAP, 6.0])
            .show(ui, |ui| {
                for (caption, text, rows) in [
                    (s.info_name, &mut draft.name, 1),
                    (s.info_description, &mut draft.description, 3),
                    (s.info_author, &mut draft.author, 1),
                ] {
                    let label = ui.label(caption);
                    let edit = if rows == 1 {
                        egui::TextEdit::singleline(text)
                    } else {
                        egui::TextEdit::multiline(text).desired_rows(rows)
                    };
                    ui.add(edit.desired_width(360.0)).labelled_by(label.id);
                    ui.end_row();
                }
            });
        ui.add_space(theme::GAP);
        ui.horizontal(|ui| {
            if ui.button(s.ok_apply).clicked() {
                actions.push(Action::SetInfo {
                    name: draft.name.trim().to_string(),
                    description: draft.description.trim().to_string(),
                    author: draft.author.trim().to_string(),
                });
            }
            if ui.button(s.cancel).clicked() {
                actions.push(Action::CloseInfo);
            }
        });
    });
    if response.should_close() {
        actions.push(Action::CloseInfo);
    }
}

/// What the unsaved-changes question is asked before.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Question {
    /// Closing the window.
    Quit,
    /// Opening another file in its place.
    Open,
}

/// Asks what to do with unsaved changes before closing: save, discard or stay.
pub fn close_question(
    ctx: &egui::Context,
    lang: Lang,
    asking: Option<Question>,
    actions: &mut Vec<Action>,
) {
    let Some(question) = asking else {
        return;
    };
    let s = lang.s();
    let (title, text) = match question {
        Question::Quit => (s.close_title, s.close_save_question),
        Question::Open => (s.open_title, s.open_save_question),
    };
    let response = Modal::new(Id::unique("save before closing?")).show(ctx, |ui| {
        ui.set_max_width(480.0);
        ui.label(theme::text::dialog_title(title));
        ui.add_space(theme::GAP);
        ui.add(egui::Label::new(text).wrap());
        ui.add_space(theme::GAP);
        ui.horizontal(|ui| {
            if ui.button(RichText::new(s.save).strong()).clicked() {
                actions.push(Action::SaveAndContinue);
            }
            if ui
                .button(RichText::new(s.discard).color(theme::ERROR))
                .clicked()
            {
                actions.push(Action::DiscardAndContinue);
            }
            if ui.button(s.cancel).clicked() {
                actions.push(Action::CancelPending);
            }
        });
    });
    if response.should_close() {
        actions.push(Action::CancelPending);
    }
}
