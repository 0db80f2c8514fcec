//! What the window shows besides the document: selection, expand state, filter, sort, chart
//! part and language. The panels read it; only text buffers are edited in place.

use super::charts::Part;
use super::i18n::Lang;
use super::rows::{Order, VisibleRows};

/// View options of the open scorecard.
#[derive(Clone, Debug, Default)]
pub struct View {
    pub lang: Lang,
    /// The selected node, by index in the analysis.
    pub selected: Option<usize>,
    /// Per node: whether its children show.
    pub expanded: Vec<bool>,
    pub filter: String,
    pub order: Order,
    pub chart_part: Part,
    /// The numeric entry of the editor, and the node it was last filled for.
    pub entry: String,
    pub entry_for: Option<usize>,
    /// The survey entry of the editor.
    pub survey_entry: String,
    /// Set when the selection changed, so the table scrolls to it once.
    pub scroll_to_selected: bool,
    /// The table's rows as last worked out.
    pub rows: VisibleRows,
}

impl View {
    /// A view of a scorecard with `nodes` nodes: fields collapsed, nothing selected.
    pub fn for_nodes(nodes: usize, lang: Lang, chart_part: Part) -> Self {
        View {
            lang,
            chart_part,
            expanded: vec![false; nodes],
            ..View::default()
        }
    }
}
