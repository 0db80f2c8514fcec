//! The menu bar: lists of commands (labels, shortcuts and tooltips come from
//! [`Command`]), the recent files and the language.

use std::path::PathBuf;

use egui::Ui;

use super::action::Action;
use super::command::{Command, menu_item};
use super::context::Cx;
use super::i18n::Lang;

/// The menu bar (no state of its own).
#[derive(Clone, Copy, Debug, Default)]
pub struct Menus;

impl Menus {
    pub fn ui(&mut self, ui: &mut Ui, cx: &mut Cx<'_>, recent: &[PathBuf]) {
        let s = cx.s();
        let lang = cx.lang;
        let (can_undo, can_redo) = (cx.session.can_undo(), cx.session.can_redo());
        let mut actions = Vec::new();
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button(s.menu_file, |ui| {
                for command in [Command::NewCard, Command::Open] {
                    menu_item(ui, command, lang, true, &mut actions);
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
                menu_item(ui, Command::Import, lang, true, &mut actions);
                ui.separator();
                for command in [Command::Save, Command::SaveAs, Command::SaveCardAs] {
                    menu_item(ui, command, lang, true, &mut actions);
                }
                ui.separator();
                for command in [
                    Command::ExportTable,
                    Command::ExportReport,
                    Command::ExportProgress,
                ] {
                    menu_item(ui, command, lang, true, &mut actions);
                }
                ui.separator();
                menu_item(ui, Command::Quit, lang, true, &mut actions);
            });
            ui.menu_button(s.menu_edit, |ui| {
                menu_item(ui, Command::Undo, lang, can_undo, &mut actions);
                menu_item(ui, Command::Redo, lang, can_redo, &mut actions);
                menu_item(ui, Command::ResetAll, lang, true, &mut actions);
                ui.separator();
                for command in [
                    Command::Find,
                    Command::EditStructure,
                    Command::PasteTable,
                    Command::ScenarioInfo,
                ] {
                    menu_item(ui, command, lang, true, &mut actions);
                }
            });
            ui.menu_button(s.menu_view, |ui| {
                for command in [
                    Command::ShowScores,
                    Command::ShowAgencies,
                    Command::ShowDeadlines,
                    Command::ShowCompare,
                    Command::ShowHistory,
                    Command::ShowGoal,
                    Command::ShowEvidence,
                    Command::ShowScoreboard,
                ] {
                    menu_item(ui, command, lang, true, &mut actions);
                }
                ui.separator();
                menu_item(ui, Command::ExpandAll, lang, true, &mut actions);
                menu_item(ui, Command::CollapseAll, lang, true, &mut actions);
                ui.separator();
                ui.label(s.language);
                for (value, name) in [(Lang::Vi, "Tiếng Việt"), (Lang::En, "English")] {
                    if ui.radio(lang == value, name).clicked() {
                        actions.push(Action::SetLang(value));
                    }
                }
            });
            ui.menu_button(s.menu_plan, |ui| {
                for command in [Command::ApplyPlan, Command::ProjectByStatus] {
                    menu_item(ui, command, lang, true, &mut actions);
                }
                ui.separator();
                for command in [Command::SendTaskSheets, Command::ReceiveReports] {
                    menu_item(ui, command, lang, true, &mut actions);
                }
                ui.separator();
                for command in [
                    Command::ReportDocx,
                    Command::ExportScoreboard,
                    Command::ExportProgress,
                    Command::ExportChecklist,
                ] {
                    menu_item(ui, command, lang, true, &mut actions);
                }
            });
            ui.menu_button(s.menu_help, |ui| {
                for command in [Command::Guide, Command::Shortcuts, Command::About] {
                    menu_item(ui, command, lang, true, &mut actions);
                }
            });
        });
        for action in actions {
            cx.push(action);
        }
    }
}
