//! Edits: the only way a person's actions change a what-if. Each is a value, so the UI, the
//! command line and tests apply them the same way, and undo is a matter of keeping states.

use crate::model::{Changes, Points};

use super::analysis::Analysis;

/// One change a person makes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    /// Set a field's or item's projected self-assessment score; `None` returns it to the
    /// baseline.
    SetScore { code: String, value: Option<Points> },
    /// Set a field's projected survey score; `None` returns it to the baseline.
    SetSurvey {
        field: String,
        value: Option<Points>,
    },
    /// Every projected value back to the baseline.
    ResetAll,
    /// Accept (or withdraw) the validator's suggested correction on an item.
    AcceptCorrection { code: String, accepted: bool },
}

impl Edit {
    /// Applies the edit to `changes`; values are clamped to `[0, max]` of their node. Returns
    /// whether anything changed.
    pub fn apply(&self, analysis: &Analysis, changes: &mut Changes) -> bool {
        let before = changes.clone();
        match self {
            Edit::SetScore { code, value } => {
                let Some(index) = analysis.find(code) else {
                    return false;
                };
                let node = analysis.node(index);
                match value {
                    Some(v) => {
                        changes
                            .projection
                            .scores
                            .insert(code.clone(), v.clamp_to(Points::ZERO, node.max));
                    }
                    None => {
                        changes.projection.scores.remove(code);
                    }
                }
            }
            Edit::SetSurvey { field, value } => {
                let Some(info) = analysis
                    .fields
                    .iter()
                    .find(|f| analysis.node(f.node).code == *field)
                else {
                    return false;
                };
                match value {
                    Some(v) => {
                        changes
                            .projection
                            .surveys
                            .insert(field.clone(), v.clamp_to(Points::ZERO, info.survey_max));
                    }
                    None => {
                        changes.projection.surveys.remove(field);
                    }
                }
            }
            Edit::ResetAll => {
                changes.projection.scores.clear();
                changes.projection.surveys.clear();
            }
            Edit::AcceptCorrection { code, accepted } => {
                if *accepted {
                    changes.accepted.insert(code.clone());
                } else {
                    changes.accepted.remove(code);
                }
            }
        }
        *changes != before
    }
}
