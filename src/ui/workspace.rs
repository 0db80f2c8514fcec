//! What the scenario and plan views share besides the document, and the tab switch.

use std::path::PathBuf;

use egui::Ui;

use crate::model::{Changes, Date};

use super::action::Action;
use super::command::Command;
use super::context::Cx;
use super::i18n::Lang;

/// The views of the central area.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Tab {
    /// Bảng điểm: the tree-table.
    #[default]
    Scores,
    /// Theo đơn vị chủ trì.
    Agencies,
    /// Thời hạn: the deadlines timeline with statuses.
    Deadlines,
    /// So sánh kịch bản.
    Compare,
    /// Lịch sử thao tác.
    History,
    /// Mục tiêu: goal seek (issue 12).
    Goal,
    /// Tài liệu kiểm chứng: evidence and confidence (issue 13).
    Evidence,
    /// Thi đua: the agencies' scoreboard (issue 14).
    Scoreboard,
}

impl Tab {
    /// The tab's short name (the menu item says it in full): eight tabs fit one row of a
    /// 1024-pixel window.
    pub fn name(self, lang: Lang) -> &'static str {
        let s = lang.s();
        match self {
            Tab::Scores => s.tab_scores,
            Tab::Agencies => s.tab_agencies,
            Tab::Deadlines => s.tab_deadlines,
            Tab::Compare => s.tab_compare,
            Tab::History => s.tab_history,
            Tab::Goal => s.tab_goal,
            Tab::Evidence => s.tab_evidence,
            Tab::Scoreboard => s.tab_scoreboard,
        }
    }
}

/// A scenario file loaded into the comparison.
#[derive(Clone, Debug, PartialEq)]
pub struct Compared {
    pub path: PathBuf,
    pub name: String,
    pub changes: Changes,
}

/// What the plan and scenario views share: the tab on show, the "as of" date, the agency
/// filter, and the scenarios found and loaded for comparison. The panels read it; the app
/// changes it.
#[derive(Clone, Debug)]
pub struct Workspace {
    pub tab: Tab,
    /// Items due before this day and not done are overdue.
    pub as_of: Date,
    /// The lead agency the tree is filtered to.
    pub agency: Option<String>,
    /// Scenario files found in `saves/` and the folder last used.
    pub scenarios: Vec<PathBuf>,
    pub compared: Vec<Compared>,
    /// Counts changes to `compared`, so the comparison is worked out again.
    pub compared_revision: u64,
}

impl Workspace {
    /// The scores tab, overdue judged as of `as_of`.
    pub fn new(as_of: Date) -> Self {
        Workspace {
            tab: Tab::Scores,
            as_of,
            agency: None,
            scenarios: Vec::new(),
            compared: Vec::new(),
            compared_revision: 0,
        }
    }
}

/// The tab switch above the central area: the tabs are commands (Ctrl+1…8).
pub fn tabs_ui(ui: &mut Ui, cx: &mut Cx<'_>) {
    let lang = cx.lang;
    let current = cx.workspace.tab;
    ui.horizontal_wrapped(|ui| {
        for (tab, command) in [
            (Tab::Scores, Command::ShowScores),
            (Tab::Agencies, Command::ShowAgencies),
            (Tab::Deadlines, Command::ShowDeadlines),
            (Tab::Compare, Command::ShowCompare),
            (Tab::History, Command::ShowHistory),
            (Tab::Goal, Command::ShowGoal),
            (Tab::Evidence, Command::ShowEvidence),
            (Tab::Scoreboard, Command::ShowScoreboard),
        ] {
            let mut tip = format!("{}: {}", command.label(lang), command.tooltip(lang));
            if let Some(key) = command.shortcuts().first() {
                tip = format!("{tip} ({})", ui.ctx().format_shortcut(key));
            }
            if ui
                .selectable_label(current == tab, tab.name(lang))
                .on_hover_text(tip)
                .clicked()
                && current != tab
            {
                cx.push(Action::ShowTab(tab));
            }
        }
    });
    ui.separator();
}
