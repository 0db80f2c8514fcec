//! The menu bar and the keyboard shortcuts behind it.

use std::path::PathBuf;

use egui::{Key, KeyboardShortcut, Modifiers, Ui};

use crate::engine::{Edit, Session};

use super::action::Action;
use super::i18n::Lang;

pub const OPEN: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
pub const QUIT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Q);
pub const UNDO: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Z);
pub const REDO: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Y);

/// Turns this frame's shortcuts into actions.
pub fn shortcuts(ctx: &egui::Context, actions: &mut Vec<Action>) {
    ctx.input_mut(|input| {
        for (shortcut, action) in [
            (OPEN, Action::OpenDialog),
            (QUIT, Action::Quit),
            (UNDO, Action::Undo),
            (REDO, Action::Redo),
        ] {
            if input.consume_shortcut(&shortcut) {
                actions.push(action);
            }
        }
    });
}

/// Draws the menu bar.
pub fn show(
    ui: &mut Ui,
    session: &Session,
    lang: Lang,
    recent: &[PathBuf],
    actions: &mut Vec<Action>,
) {
    let s = lang.s();
    let ctx = ui.ctx().clone();
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(s.menu_file, |ui| {
            if ui
                .add(egui::Button::new(s.open).shortcut_text(ctx.format_shortcut(&OPEN)))
                .clicked()
            {
                actions.push(Action::OpenDialog);
            }
            ui.menu_button(s.open_recent, |ui| {
                if recent.is_empty() {
                    ui.label(s.no_recent);
                }
                for path in recent {
                    if ui.button(path.display().to_string()).clicked() {
                        actions.push(Action::Open(path.clone()));
                    }
                }
            });
            ui.separator();
            let save = egui::Button::new(s.save)
                .shortcut_text(ctx.format_shortcut(&super::scenarios::SAVE));
            if ui.add(save).clicked() {
                actions.push(Action::Save);
            }
            let save_as = egui::Button::new(s.save_as)
                .shortcut_text(ctx.format_shortcut(&super::scenarios::SAVE_AS));
            if ui.add(save_as).clicked() {
                actions.push(Action::SaveAs);
            }
            if ui.button(s.export_progress).clicked() {
                actions.push(Action::ExportProgressDialog);
            }
            if ui.button(s.export_table).clicked() {
                actions.push(Action::ExportTableDialog);
            }
            if ui.button(s.export_report).clicked() {
                actions.push(Action::ExportReportDialog);
            }
            ui.separator();
            if ui
                .add(egui::Button::new(s.quit).shortcut_text(ctx.format_shortcut(&QUIT)))
                .clicked()
            {
                actions.push(Action::Quit);
            }
        });
        ui.menu_button(s.menu_edit, |ui| {
            let undo = egui::Button::new(s.undo).shortcut_text(ctx.format_shortcut(&UNDO));
            if ui.add_enabled(session.can_undo(), undo).clicked() {
                actions.push(Action::Undo);
            }
            let redo = egui::Button::new(s.redo).shortcut_text(ctx.format_shortcut(&REDO));
            if ui.add_enabled(session.can_redo(), redo).clicked() {
                actions.push(Action::Redo);
            }
            ui.separator();
            if ui.button(s.reset_all).clicked() {
                actions.push(Action::Edit(Edit::ResetAll));
            }
        });
        ui.menu_button(s.menu_view, |ui| {
            if ui.button(s.expand_all).clicked() {
                actions.push(Action::ExpandAll);
            }
            if ui.button(s.collapse_all).clicked() {
                actions.push(Action::CollapseAll);
            }
            ui.separator();
            ui.label(s.language);
            for (value, name) in [(Lang::Vi, "Tiếng Việt"), (Lang::En, "English")] {
                if ui.radio(lang == value, name).clicked() {
                    actions.push(Action::SetLang(value));
                }
            }
        });
    });
}
