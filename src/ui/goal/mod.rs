//! Mục tiêu (issue 12): the cheapest fixes to a total, a rank or within an effort budget, read
//! from the engine's exact goal seek; the fix-first order with its climb; the efforts, partial
//! recovery and feasibility the search works from, edited per item; and the answer taken as a
//! new scenario in one undoable step.
//!
//! Every figure is the engine's (`goal::seek`, `goal::fix_first`, `goal::fixable`), kept in a
//! [`Memo`] keyed by the session's state and the inputs, so a frame costs nothing after the
//! first (the search takes ~27 µs on the seed, ~13 ms on a 10,000-item card).

mod aim;
mod answer;
mod cells;
mod climb;
mod efforts;
mod fixes;
mod tables;

use std::path::PathBuf;

use egui::{RichText, Ui};

use crate::engine::Session;
use crate::engine::goal::{Answer, FixFirst, Fixable, GoalError, seek};
use crate::model::Points;

use super::context::Cx;
use super::i18n::Lang;
use super::memo::Memo;
use super::theme;

pub use aim::{AimInputs, Mode};
pub use climb::fix_first_for;
pub use tables::Tables;

/// What the goal panel asks the app for.
#[derive(Clone, Debug, PartialEq)]
pub enum GoalAction {
    /// Áp dụng thành kịch bản mới: the answer to the panel's current aim becomes the
    /// projection (one undo step) and the scenario is named after the aim.
    Apply,
    /// Ask where to write (or, for a results table, what to read) for this purpose.
    Ask(GoalPath),
    /// Write (or read) `path` for this purpose: what the file chooser or a test gives.
    Path { purpose: GoalPath, path: PathBuf },
}

/// Files the goal panel writes or reads, asked for by path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GoalPath {
    /// Bảng ưu tiên khắc phục: the fix-first table (XLSX or CSV, by the extension).
    FixTable,
    /// Biểu đồ làm trước: the climb chart, as SVG or PNG.
    ClimbChart { svg: bool },
    /// A results table of the assessed year to rank against (CSV or XLSX).
    Results,
}

/// Which part of the panel shows below the answer.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    /// Việc cần làm: the answer's fixes and what it leaves out.
    #[default]
    Fixes,
    /// Làm trước: every feasible fix by points per effort, with the climb.
    Climb,
    /// Công sức: the efforts, partial flags and feasibility per item.
    Efforts,
}

/// What an answer was sought for, besides the session's state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Asked {
    pub aim: Option<crate::engine::goal::Aim>,
    pub budget: Option<Points>,
    pub others: crate::engine::goal::Others,
    /// Which results table (`Tables::revision`).
    pub tables: u64,
}

/// The goal panel: its inputs, the tables it ranks against, and what it worked out.
#[derive(Clone, Debug, Default)]
pub struct GoalPanel {
    pub aim: AimInputs,
    pub view: View,
    /// The efforts table's search text.
    pub search: String,
    pub tables: Tables,
    /// Per item code: the "after" date being typed.
    date_drafts: std::collections::BTreeMap<String, String>,
    answer: Memo<Result<Answer, GoalError>, Asked>,
    applied: Memo<bool, Asked>,
    climb: Memo<FixFirst, Option<Points>>,
    items: Memo<Vec<Fixable>, ()>,
    shown: Memo<Vec<usize>, String>,
    /// The last answer's total effort, offered as the budget when that mode is chosen.
    last_effort: Option<Points>,
}

impl GoalPanel {
    /// The answer to the current inputs on the session's current state (sought again only
    /// when either changed).
    pub fn answer(&mut self, session: &Session) -> &Result<Answer, GoalError> {
        // Read before the key is made: an answer kept from before the table was read would
        // otherwise stand without its rank.
        self.tables.ensure_embedded();
        let year = session.analysis().year;
        let results = self.tables.current(year);
        let asked = self.aim.asked(session, results, self.tables.revision);
        self.answer.get(session, asked, || {
            let request = self.aim.request(&asked, results);
            seek(session.analysis(), session.changes(), &request)
        })
    }

    /// The aim, the answer, the apply button, then the chosen view.
    pub fn ui(&mut self, ui: &mut Ui, cx: &mut Cx<'_>) {
        let s = cx.lang.goal();
        let session = cx.session;
        let year = session.analysis().year;
        self.tables.ensure_embedded();
        let results = self.tables.current(year);
        let origin = self.tables.origin(year, cx.lang);
        aim::aim_ui(
            &mut self.aim,
            ui,
            cx,
            results,
            origin.as_deref(),
            self.last_effort,
        );
        let asked = self.aim.asked(session, results, self.tables.revision);
        let aim = &self.aim;
        let answer = self.answer.get(session, asked, || {
            let request = aim.request(&asked, results);
            seek(session.analysis(), session.changes(), &request)
        });
        ui.add_space(theme::GAP / 2.0);
        match answer {
            Ok(answer) => {
                self.last_effort = Some(answer.total_effort);
                answer::summary_ui(ui, cx, answer, &self.aim, results, origin.as_deref());
            }
            Err(err) => {
                ui.label(RichText::new(message(err, cx.lang)).color(theme::ERROR));
            }
        }
        ui.separator();
        ui.horizontal(|ui| {
            let fixes = answer.as_ref().map_or(0, |a| a.fixes.len());
            for (view, label) in [
                (
                    View::Fixes,
                    format!("{} ({})", s.view_fixes, count(fixes, cx.lang)),
                ),
                (View::Climb, s.view_climb.to_string()),
                (View::Efforts, s.view_efforts.to_string()),
            ] {
                if ui.selectable_label(self.view == view, label).clicked() {
                    self.view = view;
                }
            }
            let answer = answer.as_ref().ok();
            // Whether the scenario already holds this answer (made with it, not per frame).
            let applied = *self.applied.get(session, asked, || {
                answer.is_some_and(|a| {
                    a.target == session.changes().target
                        && a.projection() == session.changes().projection
                })
            });
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                answer::apply_button(ui, cx, answer, applied);
            });
        });
        match self.view {
            View::Fixes => match answer {
                Ok(answer) => fixes::fixes_ui(ui, cx, answer),
                Err(_) => {
                    ui.label(RichText::new(s.no_answer).weak());
                }
            },
            View::Climb => {
                let target = answer.as_ref().ok().and_then(|a| a.target);
                let list = self
                    .climb
                    .get(session, target, || fix_first_for(session, target));
                climb::climb_ui(ui, cx, list);
            }
            View::Efforts => {
                let items = self.items.get(session, (), || {
                    crate::engine::goal::fixable(session.analysis(), session.changes())
                });
                let query = self.search.clone();
                let shown = self
                    .shown
                    .get(session, query.clone(), || efforts::filter(items, &query));
                efforts::efforts_ui(
                    ui,
                    cx,
                    items,
                    shown,
                    &mut self.search,
                    &mut self.date_drafts,
                );
            }
        }
    }

    /// The name of the scenario an answer becomes: "Mục tiêu 85 điểm", "Mục tiêu hạng 30",
    /// "Ngân sách 200 ngày công".
    pub fn scenario_name(&self, answer: &Answer, lang: Lang) -> String {
        let s = lang.goal();
        let unit = effort_unit(&answer.effort_unit, lang);
        match (answer.target_rank, answer.target, answer.budget) {
            (Some(rank), _, _) => format!("{} {}", s.name_rank, rank.rank),
            (None, Some(target), _) => s.name_index.replace("{}", &lang.num(target)),
            (None, None, Some(budget)) => format!("{} {} {unit}", s.name_budget, lang.num(budget)),
            (None, None, None) => s.title.to_string(),
        }
    }
}

/// The effort unit as shown: the scenario's, or "việc" (one per fix) when none was chosen.
pub fn effort_unit(unit: &str, lang: Lang) -> String {
    if unit.trim().is_empty() {
        lang.goal().unit_fixes.to_string()
    } else {
        unit.to_string()
    }
}

/// A count with its thousands grouped as the language writes them: 6.787 or 6,787.
pub fn count(n: usize, lang: Lang) -> String {
    let digits = n.to_string();
    let mark = match lang {
        Lang::Vi => '.',
        Lang::En => ',',
    };
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(mark);
        }
        out.push(c);
    }
    out
}

/// A goal error in the view's language: the core writes Vietnamese, then " — ", then English.
pub fn message(err: &GoalError, lang: Lang) -> String {
    let text = err.to_string();
    match (text.split_once(" — "), lang) {
        (Some((vi, _)), Lang::Vi) => vi.to_string(),
        (Some((_, en)), Lang::En) => en.to_string(),
        (None, _) => text,
    }
}

/// The history's words for an applied answer.
pub fn history_label(answer: &Answer, lang: Lang) -> String {
    let s = lang.goal();
    let aim = match (answer.target_rank, answer.target, answer.budget) {
        (Some(rank), _, _) => format!("{} {}", s.name_rank, rank.rank),
        (None, Some(target), _) => s.name_index.replace("{}", &lang.num(target)),
        (None, None, Some(budget)) => format!(
            "{} {} {}",
            s.name_budget,
            lang.num(budget),
            effort_unit(&answer.effort_unit, lang)
        ),
        (None, None, None) => String::new(),
    };
    format!(
        "{} {aim}: {} {}",
        s.history_applied,
        count(answer.fixes.len(), lang),
        s.fixes_word
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_group_their_thousands_as_each_language_writes_them() {
        assert_eq!(count(5, Lang::Vi), "5");
        assert_eq!(count(999, Lang::Vi), "999");
        assert_eq!(count(6_787, Lang::Vi), "6.787");
        assert_eq!(count(1_234_567, Lang::En), "1,234,567");
    }
}
