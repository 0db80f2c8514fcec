//! The one place the UI changes the state: every [`Action`] a panel pushed this frame.

use std::path::PathBuf;

use crate::io;
use crate::ui::dialogs::{InfoDraft, NewDraft, PathPurpose};
use crate::ui::{self, Action, command::Help};

use super::{ParIndexApp, Pending};

impl ParIndexApp {
    /// Applies one action.
    pub fn apply(&mut self, ctx: &egui::Context, action: Action) {
        match action {
            Action::Edit(edit) => {
                let kept = self.kept_view();
                self.session.apply(edit);
                self.follow_card(kept);
                self.forget_drafts();
            }
            Action::Live { edit, key } => {
                self.session.apply_live(edit, &key);
            }
            Action::Seal => self.session.seal(),
            Action::Undo => {
                let kept = self.kept_view();
                self.session.undo();
                self.follow_card(kept);
                self.forget_drafts();
                self.goal_follow_history();
            }
            Action::Redo => {
                let kept = self.kept_view();
                self.session.redo();
                self.follow_card(kept);
                self.forget_drafts();
                self.goal_follow_history();
            }
            Action::Select(index) => self.select(index),
            Action::SelectCode(code) => {
                if let Some(index) = self.session.analysis().find(&code) {
                    self.reveal(index);
                    self.select(Some(index));
                }
            }
            Action::SelectFirstRow => {
                let first = self.first_visible_row();
                self.select(first);
            }
            Action::Toggle(index) => {
                if let Some(open) = self.panels.tree.expanded.get_mut(index) {
                    *open = !*open;
                }
            }
            Action::ExpandAll => self.panels.tree.expanded.fill(true),
            Action::CollapseAll => self.panels.tree.expanded.fill(false),
            Action::SortByLost(on) => self.panels.tree.sort_by_lost(self.session.analysis(), on),
            Action::SetLang(lang) => {
                self.view.lang = lang;
                self.settings.lang = lang;
            }
            Action::SetChartPart(part) => {
                self.panels.charts.part = part;
                self.settings.chart_part = part;
            }
            Action::FocusSearch => {
                self.workspace.tab = crate::ui::workspace::Tab::Scores;
                self.panels.tree.focus_search = true;
            }
            Action::FocusEntry(start) => {
                if self.view.selected.is_some() {
                    self.panels.editing_structure = false;
                    self.panels.editor.focus = Some(match start {
                        Some(typed) => ui::editor::Focus::Typed(typed),
                        None => ui::editor::Focus::Select,
                    });
                }
            }
            Action::ToggleStructure => {
                self.panels.editing_structure = !self.panels.editing_structure;
            }
            Action::OpenDialog => {
                if let Some(path) = self.choose(PathPurpose::Open, false) {
                    self.open_asking(path);
                }
            }
            Action::Open(path) => self.open_asking(path),
            Action::NewCardDialog => {
                self.panels.dialogs.new_card = Some(NewDraft {
                    year: (crate::model::Date::today_utc().year() - 1).to_string(),
                    ..NewDraft::default()
                });
            }
            Action::NewCard { kind, unit, year } => {
                self.panels.dialogs.new_card = None;
                self.new_card(kind, &unit, year);
            }
            Action::SaveCardAs => {
                if let Some(path) = self.choose(PathPurpose::SaveCard, true) {
                    self.save_card_to(&path);
                }
            }
            Action::PathChosen { purpose, path } => {
                self.panels.dialogs.path = None;
                self.path_chosen(purpose, path);
            }
            Action::ShowHelp(page) => self.panels.dialogs.help = Some(page),
            Action::CloseDialogs => {
                let dialogs = &mut self.panels.dialogs;
                dialogs.new_card = None;
                dialogs.path = None;
                dialogs.help = None;
            }
            Action::OpenFolder(path) => {
                let folder = path
                    .parent()
                    .map_or(path.clone(), std::path::Path::to_path_buf);
                if let Err(err) = open::that_detached(&folder) {
                    self.error = Some(format!("{}: {err}", folder.display()));
                }
            }
            Action::DismissNotice => self.notice = None,
            Action::DismissError => self.error = None,
            Action::DismissPanicNotice => self.dismiss_panic_notice(),
            Action::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            Action::DiscardAndContinue => self.continue_pending(ctx, true),
            Action::SaveAndContinue => {
                if self.save() {
                    self.continue_pending(ctx, false);
                } else {
                    self.pending = None;
                }
            }
            Action::CancelPending => self.pending = None,
            Action::RestoreRecovery => self.restore_recovery(),
            Action::DiscardRecovery => self.discard_recovery(),
            Action::EditInfo => {
                self.panels.dialogs.info = Some(InfoDraft {
                    name: self.info.name.clone(),
                    description: self.info.description.clone(),
                    author: self.info.author.clone(),
                });
            }
            Action::CloseInfo => self.panels.dialogs.info = None,
            other => self.apply_scenario(other),
        }
    }

    /// What the view holds by row, as codes: the card's state, the expanded rows and the
    /// selected one.
    fn kept_view(&self) -> (u64, Vec<String>, Option<String>) {
        let nodes = &self.session.analysis().nodes;
        let expanded = nodes
            .iter()
            .zip(&self.panels.tree.expanded)
            .filter(|(_, open)| **open)
            .map(|(n, _)| n.code.clone())
            .collect();
        let selected = self
            .view
            .selected
            .and_then(|i| nodes.get(i))
            .map(|n| n.code.clone());
        (self.session.serial(), expanded, selected)
    }

    /// After the card itself changed (an edit of a row, or its undo), the same rows stay
    /// expanded and selected: rows are found again by code, as their places have moved.
    fn follow_card(&mut self, (serial, expanded, selected): (u64, Vec<String>, Option<String>)) {
        if self.session.serial() == serial {
            return;
        }
        let analysis = self.session.analysis();
        self.panels.tree.expanded = analysis
            .nodes
            .iter()
            .map(|n| expanded.contains(&n.code))
            .collect();
        let still = selected.and_then(|code| analysis.find(&code));
        self.view.selected = still.or(self.view.selected.filter(|&i| i < analysis.nodes.len()));
    }

    /// Selects a row (or nothing); the table scrolls to it, and the "most lost first" order is
    /// taken afresh, as a new selection is where a person expects the table to settle.
    fn select(&mut self, index: Option<usize>) {
        if index != self.view.selected {
            self.panels.tree.resort(self.session.analysis());
        }
        self.view.selected = index;
        self.panels.tree.scroll_to_selected = true;
    }

    /// The first row the table shows now.
    fn first_visible_row(&self) -> Option<usize> {
        let tree = &self.panels.tree;
        let analysis = self.session.analysis();
        let cut_only = tree.cut_only && analysis.has_self_scores();
        ui::rows::visible_rows_where(
            analysis,
            &tree.expanded,
            &tree.filter,
            cut_only,
            tree.order,
            &ui::rows::Ranks::of(self.session.analysis()),
        )
        .first()
        .copied()
    }

    /// Opens `path`, first asking what to do with unsaved changes if there are any. A file
    /// that cannot be opened shows its error at once: there is nothing to decide about.
    pub(super) fn open_asking(&mut self, path: PathBuf) {
        if !self.has_unsaved() {
            self.open(&path);
            return;
        }
        match io::load_document(&path) {
            Ok(document) => self.pending = Some(Pending::Open(path, Box::new(document))),
            Err(err) => self.open_failed(&err),
        }
    }

    /// Shows why a file did not open — in the person's language, with the offending line —
    /// and which document is still the open one.
    pub(super) fn open_failed(&mut self, err: &io::LoadError) {
        let vi = self.view.lang == ui::Lang::Vi;
        self.error = Some(format!(
            "{}\n\n{} {}",
            err.report(vi),
            self.view.lang.s().still_open,
            self.document_label()
        ));
    }

    /// Goes on with what waited on the unsaved-changes question, the changes now saved or
    /// (`discard`) given up.
    fn continue_pending(&mut self, ctx: &egui::Context, discard: bool) {
        match self.pending.take() {
            Some(Pending::Quit) => {
                self.discard_confirmed = true;
                if discard {
                    self.clear_recovery();
                }
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            Some(Pending::Open(path, document)) => {
                self.show_document(&path, *document);
                if discard {
                    self.clear_recovery();
                }
            }
            Some(Pending::New(card)) => {
                self.show_new(*card);
                if discard {
                    self.clear_recovery();
                }
            }
            None => {}
        }
    }

    /// Expands every ancestor of a node so its row shows.
    fn reveal(&mut self, index: usize) {
        let mut at = self.session.analysis().node(index).parent;
        while let Some(parent) = at {
            if let Some(open) = self.panels.tree.expanded.get_mut(parent) {
                *open = true;
            }
            at = self.session.analysis().node(parent).parent;
        }
    }

    /// Shows a help page (for tests; the Help menu pushes the same action).
    pub fn show_help(&mut self, page: Help) {
        self.panels.dialogs.help = Some(page);
    }
}
