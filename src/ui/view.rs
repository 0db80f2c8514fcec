//! What the window shows besides the document that every panel shares: the language and the
//! selected row. Each panel keeps its own state (what is expanded, typed, sorted) itself.

use super::i18n::Lang;

/// The shared view of the open scorecard.
#[derive(Clone, Copy, Debug, Default)]
pub struct View {
    pub lang: Lang,
    /// The selected node, by index in the analysis.
    pub selected: Option<usize>,
}
