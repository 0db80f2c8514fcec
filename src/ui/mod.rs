//! The panels of the window. Each is a struct that owns its widget state and draws itself with
//! `fn ui(&mut self, ui, cx)` from a [`Cx`]: it reads the session and the view and pushes
//! [`Action`]s, which the app applies in one place after the frame; none computes a score.
//! See docs/ARCHITECTURE.md.

pub mod action;
pub mod bar_plot;
pub mod charts;
pub mod command;
pub mod compare;
pub mod context;
pub mod dialogs;
pub mod editor;
pub mod evidence;
pub mod findings;
pub mod goal;
pub mod header;
pub mod history;
pub mod i18n;
pub mod import_dialog;
pub mod memo;
pub mod menus;
pub mod outlook;
pub mod plan;
pub mod rows;
pub mod scenarios;
pub mod scoreboard;
pub mod structure;
pub mod theme;
pub mod timeline;
pub mod tree_table;
pub mod view;
pub mod virtual_list;
pub mod widgets;
pub mod workspace;

pub use action::Action;
pub use context::Cx;
pub use i18n::Lang;
pub use view::View;

/// Every panel of the window, each with its own state.
#[derive(Clone, Debug, Default)]
pub struct Panels {
    pub menus: menus::Menus,
    pub bar: scenarios::ScenarioBar,
    pub header: header::Header,
    pub tree: tree_table::TreeTable,
    pub editor: editor::Editor,
    pub structure: structure::Structure,
    /// The bottom panel edits the card itself instead of the projection.
    pub editing_structure: bool,
    pub charts: charts::Charts,
    pub findings: findings::Findings,
    pub toolbar: plan::PlanToolbar,
    pub agencies: plan::Agencies,
    pub deadlines: timeline::Deadlines,
    pub compare: compare::Compare,
    pub history: history::History,
    pub goal: goal::GoalPanel,
    pub evidence: evidence::EvidencePanel,
    pub scoreboard: scoreboard::ScoreboardPanel,
    pub dialogs: dialogs::Dialogs,
    /// Nhập từ Excel / Dán bảng: the paste box and the preview.
    pub import: import_dialog::ImportDialog,
}

impl Panels {
    /// The panels of a newly opened card of `nodes` nodes, keeping the view's preferences.
    pub fn for_nodes(nodes: usize, chart_part: charts::Part) -> Self {
        Panels {
            tree: tree_table::TreeTable::for_nodes(nodes),
            charts: charts::Charts { part: chart_part },
            ..Panels::default()
        }
    }
}
