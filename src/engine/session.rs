//! An open scorecard with its what-if: the state the app shows, with undo/redo, dirty
//! tracking and cached figures, all testable without a window.

use std::sync::atomic::{AtomicU64, Ordering};

use crate::model::{Changes, Scorecard};

use super::analysis::Analysis;
use super::edit::Edit;
use super::figures::Figures;
use super::projection::Projected;
use super::validate::{Finding, check};

/// One step of history: the state before an edit, and the edit that left it.
#[derive(Clone, Debug)]
struct Step {
    before: Changes,
    /// The card before an edit of the card itself (with the id it had), so undo restores it.
    before_card: Option<(Box<Scorecard>, u64)>,
    /// A card edit in words (Vietnamese, English), naming rows as they were before it.
    described: Option<(String, String)>,
    edit: Edit,
    /// Set while a drag is under way: further edits with the same key merge into this step.
    live_key: Option<String>,
}

/// How many scorecards this process has opened; the next one's serial.
static OPENED: AtomicU64 = AtomicU64::new(0);

/// A scorecard open for editing.
#[derive(Clone, Debug)]
pub struct Session {
    /// How many times `changes` has been replaced since opening: with `serial`, names one
    /// state of the document, so views can keep what they derived from it.
    revision: u64,
    card: Scorecard,
    analysis: Analysis,
    findings: Vec<Finding>,
    baseline: Projected,
    baseline_figures: Figures,
    changes: Changes,
    projected: Projected,
    figures: Figures,
    undo: Vec<Step>,
    redo: Vec<Step>,
    saved: Changes,
    /// Names the card's current state: a fresh value from `OPENED` whenever the card is
    /// edited, restored with it by undo; the card is unsaved while it differs from `saved_card`.
    card_id: u64,
    saved_card: u64,
}

impl Session {
    pub fn new(card: Scorecard) -> Self {
        Self::with_changes(card, Changes::default())
    }

    /// Opens a scorecard with saved changes (a scenario); those count as saved.
    pub fn with_changes(card: Scorecard, changes: Changes) -> Self {
        let analysis = Analysis::new(&card);
        let findings = check(&analysis);
        let baseline = Projected::baseline(&analysis);
        let baseline_figures = Figures::of(&analysis, &baseline);
        let projected = Projected::compute(&analysis, &changes.projection);
        let figures = Figures::of(&analysis, &projected);
        let serial = OPENED.fetch_add(1, Ordering::Relaxed);
        Session {
            card_id: serial,
            saved_card: serial,
            revision: 0,
            card,
            analysis,
            findings,
            baseline,
            baseline_figures,
            saved: changes.clone(),
            changes,
            projected,
            figures,
            undo: Vec::new(),
            redo: Vec::new(),
        }
    }

    pub fn card(&self) -> &Scorecard {
        &self.card
    }

    pub fn analysis(&self) -> &Analysis {
        &self.analysis
    }

    /// Different for every scorecard opened in this process, and for every state of its
    /// card; the same across edits of the what-if. Views keep what they derived from the card
    /// (the tree, the findings) while it stays the same.
    pub fn serial(&self) -> u64 {
        self.card_id
    }

    /// Whether the scorecard itself was edited since it was opened or saved.
    pub fn card_edited(&self) -> bool {
        self.card_id != self.saved_card
    }

    /// Changes with every edit, undo and redo; see `serial`.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    pub fn findings(&self) -> &[Finding] {
        &self.findings
    }

    pub fn changes(&self) -> &Changes {
        &self.changes
    }

    pub fn baseline(&self) -> &Projected {
        &self.baseline
    }

    pub fn baseline_figures(&self) -> &Figures {
        &self.baseline_figures
    }

    pub fn projected(&self) -> &Projected {
        &self.projected
    }

    pub fn figures(&self) -> &Figures {
        &self.figures
    }

    /// Applies an edit as one undo step. Returns whether anything changed.
    pub fn apply(&mut self, edit: Edit) -> bool {
        self.seal();
        self.push(edit, None)
    }

    /// Applies an edit from a continuing gesture (a slider drag): every edit with the same
    /// `key` until [`Session::seal`] merges into one undo step.
    pub fn apply_live(&mut self, edit: Edit, key: &str) -> bool {
        let open = self
            .undo
            .last()
            .is_some_and(|step| step.live_key.as_deref() == Some(key));
        if open {
            let mut next = self.changes.clone();
            if !edit.apply(&self.analysis, &mut next) {
                return false;
            }
            if let Some(step) = self.undo.last_mut() {
                step.edit = edit;
            }
            self.set_changes(next);
            return true;
        }
        self.seal();
        self.push(edit, Some(key.to_string()))
    }

    /// Ends a live gesture, so the next edit starts a new step.
    pub fn seal(&mut self) {
        if let Some(step) = self.undo.last_mut() {
            step.live_key = None;
        }
    }

    fn push(&mut self, edit: Edit, live_key: Option<String>) -> bool {
        if let Edit::Card(card_edit) = &edit {
            let mut card = self.card.clone();
            let mut next = self.changes.clone();
            if !card_edit.apply(&mut card, &mut next) {
                return false;
            }
            let described = Some(card_edit.describe(&self.card));
            let before_card = std::mem::replace(&mut self.card, card);
            self.undo.push(Step {
                before: self.changes.clone(),
                before_card: Some((Box::new(before_card), self.card_id)),
                described,
                edit,
                live_key: None,
            });
            self.redo.clear();
            self.card_id = OPENED.fetch_add(1, Ordering::Relaxed);
            self.reanalyse();
            self.set_changes(next);
            return true;
        }
        let mut next = self.changes.clone();
        if !edit.apply(&self.analysis, &mut next) {
            return false;
        }
        let before = std::mem::replace(&mut self.changes, next.clone());
        self.undo.push(Step {
            before,
            before_card: None,
            described: None,
            edit,
            live_key,
        });
        self.redo.clear();
        self.set_changes(next);
        true
    }

    /// Works out everything derived from the card again, after it changed.
    fn reanalyse(&mut self) {
        self.analysis = Analysis::new(&self.card);
        self.findings = check(&self.analysis);
        self.baseline = Projected::baseline(&self.analysis);
        self.baseline_figures = Figures::of(&self.analysis, &self.baseline);
    }

    /// Swaps in the card a step kept, handing back the current one for the opposite step.
    fn swap_card(&mut self, kept: Option<(Box<Scorecard>, u64)>) -> Option<(Box<Scorecard>, u64)> {
        let (card, id) = kept?;
        let current = std::mem::replace(&mut self.card, *card);
        let current_id = std::mem::replace(&mut self.card_id, id);
        self.reanalyse();
        Some((Box::new(current), current_id))
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    pub fn undo(&mut self) -> bool {
        self.seal();
        let Some(step) = self.undo.pop() else {
            return false;
        };
        let after_card = self.swap_card(step.before_card);
        let after = std::mem::replace(&mut self.changes, step.before.clone());
        let before = self.changes.clone();
        self.redo.push(Step {
            before: after,
            before_card: after_card,
            described: step.described,
            edit: step.edit,
            live_key: None,
        });
        self.set_changes(before);
        true
    }

    pub fn redo(&mut self) -> bool {
        let Some(step) = self.redo.pop() else {
            return false;
        };
        let before_card = self.swap_card(step.before_card);
        let before = self.changes.clone();
        self.undo.push(Step {
            before,
            before_card,
            described: step.described,
            edit: step.edit,
            live_key: None,
        });
        self.set_changes(step.before);
        true
    }

    /// The edits that can be undone, oldest first, with a card edit's words.
    pub fn history(&self) -> impl Iterator<Item = (&Edit, Option<&(String, String)>)> {
        self.undo
            .iter()
            .map(|step| (&step.edit, step.described.as_ref()))
    }

    /// The edits that can be redone, next first.
    pub fn redo_history(&self) -> impl Iterator<Item = (&Edit, Option<&(String, String)>)> {
        self.redo
            .iter()
            .rev()
            .map(|step| (&step.edit, step.described.as_ref()))
    }

    /// Reopens unsaved work (a recovery file): the changes count as not yet saved.
    pub fn restored(card: Scorecard, changes: Changes) -> Self {
        let mut session = Self::new(card);
        session.set_changes(changes);
        session
    }

    /// Whether the what-if or the card differs from what was last saved (or opened).
    pub fn is_dirty(&self) -> bool {
        self.changes != self.saved || self.card_edited()
    }

    /// The card alone was saved (to a scorecard file); the what-if is as unsaved as it was.
    pub fn mark_card_saved(&mut self) {
        self.saved_card = self.card_id;
    }

    pub fn mark_saved(&mut self) {
        self.saved = self.changes.clone();
        self.saved_card = self.card_id;
    }

    fn set_changes(&mut self, changes: Changes) {
        self.changes = changes;
        self.revision += 1;
        self.projected = Projected::compute(&self.analysis, &self.changes.projection);
        self.figures = Figures::of(&self.analysis, &self.projected);
    }
}
