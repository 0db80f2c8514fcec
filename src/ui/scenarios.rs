//! The document bar under the menu: what is open — a scorecard, or a scenario with its name —
//! with save, the scenarios found to open with one click, undo and redo.

use egui::{RichText, Ui};

use super::action::Action;
use super::command::Command;
use super::command::command_button;
use super::context::Cx;

/// The document bar (no state of its own).
#[derive(Clone, Copy, Debug, Default)]
pub struct ScenarioBar;

/// What the bar names: a scorecard is not called a scenario.
pub enum Named<'a> {
    /// A scorecard file (or the embedded one), with no projection yet.
    Scorecard(&'a str),
    /// A scenario: saved under this name, or being made on a scorecard.
    Scenario { name: &'a str, saved: bool },
}

impl ScenarioBar {
    pub fn ui(&mut self, ui: &mut Ui, cx: &mut Cx<'_>, named: &Named<'_>) {
        let s = cx.s();
        let session = cx.session;
        ui.horizontal_wrapped(|ui| {
            match named {
                Named::Scorecard(file) => {
                    ui.label(RichText::new(s.scorecard).weak());
                    ui.label(RichText::new(*file).strong());
                }
                Named::Scenario { name, saved } => {
                    ui.label(RichText::new(s.scenario).weak());
                    let mut title = (*name).to_string();
                    if !saved {
                        title.push_str(s.not_saved_yet);
                    }
                    if session.is_dirty() {
                        title.push_str(" *");
                    }
                    if ui
                        .link(RichText::new(title).strong())
                        .on_hover_text(s.scenario_info)
                        .clicked()
                    {
                        cx.push(Action::EditInfo);
                    }
                }
            }
            command_button(ui, cx, Command::Save, true);
            command_button(ui, cx, Command::SaveAs, true);
            ui.menu_button(s.open_scenario, |ui| {
                if cx.workspace.scenarios.is_empty() {
                    ui.label(s.no_scenarios);
                }
                for path in &cx.workspace.scenarios {
                    if ui
                        .button(file_name(path))
                        .on_hover_text(path.display().to_string())
                        .clicked()
                    {
                        cx.push(Action::Open(path.clone()));
                    }
                }
                ui.separator();
                if ui.button(s.rescan).clicked() {
                    cx.push(Action::RescanScenarios);
                }
            });
            ui.separator();
            command_button(ui, cx, Command::Undo, session.can_undo());
            command_button(ui, cx, Command::Redo, session.can_redo());
        });
    }
}

fn file_name(path: &std::path::Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}
