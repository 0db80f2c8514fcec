//! What every panel is given for a frame: the open document to read, the view it is seen in,
//! and the list its requests go to. One context instead of a session, a language and an
//! action list threaded through every drawing function.

use crate::engine::Session;
use crate::model::Date;

use super::action::Action;
use super::i18n::{Lang, Strings};
use super::workspace::Workspace;

/// A panel's view of the app for one frame.
pub struct Cx<'a> {
    /// The open document: every figure comes from here.
    pub session: &'a Session,
    pub lang: Lang,
    /// The selected node (index in the analysis), shared by the table, the editor, the
    /// findings and the charts.
    pub selected: Option<usize>,
    /// The plan and scenario views' shared state (tab, "as of" date, compared files).
    pub workspace: &'a Workspace,
    actions: &'a mut Vec<Action>,
}

impl<'a> Cx<'a> {
    pub fn new(
        session: &'a Session,
        lang: Lang,
        selected: Option<usize>,
        workspace: &'a Workspace,
        actions: &'a mut Vec<Action>,
    ) -> Self {
        Cx {
            session,
            lang,
            selected,
            workspace,
            actions,
        }
    }

    /// The strings of the view's language.
    pub fn s(&self) -> &'static Strings {
        self.lang.s()
    }

    /// Asks the app for something; it is applied after the frame's UI pass.
    pub fn push(&mut self, action: Action) {
        self.actions.push(action);
    }

    /// The date overdue is judged on.
    pub fn as_of(&self) -> Date {
        self.workspace.as_of
    }

    /// Whether the view is in Vietnamese.
    pub fn vi(&self) -> bool {
        self.lang == Lang::Vi
    }
}
