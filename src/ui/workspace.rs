//! What the scenario and plan views show besides the document: the tab on show, the "as of"
//! date, drafts of notes and dates being typed, the agency filter, and the scenarios found and
//! loaded for comparison. The panels read it; only text buffers are edited in place.

use std::collections::BTreeMap;
use std::path::PathBuf;

use egui::Ui;

use crate::engine::{AgencyProgress, Comparison};
use crate::model::{Changes, Date};

use super::action::Action;
use super::i18n::Lang;
use super::memo::Memo;
use super::timeline::Timeline;

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
}

/// A scenario file loaded into the comparison.
#[derive(Clone, Debug, PartialEq)]
pub struct Compared {
    pub path: PathBuf,
    pub name: String,
    pub changes: Changes,
}

/// The scenario's name, description and author while the dialog edits them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct InfoDraft {
    pub name: String,
    pub description: String,
    pub author: String,
}

/// State of the scenario and plan views.
#[derive(Clone, Debug)]
pub struct Workspace {
    pub tab: Tab,
    /// Items due before this day and not done are overdue.
    pub as_of: Date,
    pub as_of_text: String,
    /// Per planned item code: the note and date being typed.
    pub notes: BTreeMap<String, String>,
    pub dates: BTreeMap<String, String>,
    /// The planned item whose note or date field had focus last frame.
    pub editing: Option<String>,
    /// The lead agency the tree is filtered to.
    pub agency: Option<String>,
    /// Scenario files found in `saves/` and the folder last used.
    pub scenarios: Vec<PathBuf>,
    pub compared: Vec<Compared>,
    /// The scenario info dialog, while open.
    pub info: Option<InfoDraft>,
    /// Counts changes to `compared`, so the comparison is worked out again.
    pub compared_revision: u64,
    /// The agencies' progress and the timeline's items (as of a date), and the comparison
    /// (in a language, of a `compared` list), as last worked out.
    pub agencies: Memo<Vec<AgencyProgress>, Date>,
    pub timeline: Memo<Timeline, Date>,
    pub comparison: Memo<Comparison, (Lang, u64)>,
}

impl Workspace {
    /// The scores tab, overdue judged as of `as_of`.
    pub fn new(as_of: Date) -> Self {
        Workspace {
            tab: Tab::Scores,
            as_of,
            as_of_text: as_of.to_string(),
            notes: BTreeMap::new(),
            dates: BTreeMap::new(),
            editing: None,
            agency: None,
            scenarios: Vec::new(),
            compared: Vec::new(),
            info: None,
            compared_revision: 0,
            agencies: Memo::default(),
            comparison: Memo::default(),
            timeline: Memo::default(),
        }
    }
}

/// The tab switch above the central area.
pub fn tabs(ui: &mut Ui, current: Tab, lang: Lang, actions: &mut Vec<Action>) {
    let s = lang.s();
    ui.horizontal(|ui| {
        for (tab, label) in [
            (Tab::Scores, s.tab_scores),
            (Tab::Agencies, s.tab_agencies),
            (Tab::Deadlines, s.tab_deadlines),
            (Tab::Compare, s.tab_compare),
            (Tab::History, s.tab_history),
        ] {
            if ui.selectable_label(current == tab, label).clicked() && current != tab {
                actions.push(Action::ShowTab(tab));
            }
        }
    });
    ui.separator();
}
