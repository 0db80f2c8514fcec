//! Edits: the only way a person's actions change a what-if. Each is a value, so the UI, the
//! command line and tests apply them the same way, and undo is a matter of keeping states.

use crate::model::{Changes, Date, Feasible, ItemStatus, Points, Status};

use super::analysis::Analysis;
use super::card_edit::CardEdit;
use super::plan::{raise_covered, status_projection};
use super::projection::Projected;

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
    /// Áp dụng kế hoạch: every item a plan covers at full marks (other edits stay).
    ApplyPlan,
    /// Dự báo theo tình trạng: the projection becomes "done items at full marks, the rest at
    /// the baseline"; statuses and accepted corrections stay.
    ProjectByStatus,
    /// Record a planned item's status, note and the day it changed. Only an item that carries
    /// a plan has a status.
    SetStatus {
        code: String,
        status: Status,
        note: String,
        date: Option<Date>,
    },
    /// A change to the scorecard itself (its rows, figures, plans, labels); the session
    /// applies it to the card, not to the what-if alone.
    Card(Box<CardEdit>),
    /// Phân xuống tiêu chí con: a value set directly on a parent is spread over the listed
    /// items under it (most points lost first, each up to full marks); what they cannot take
    /// (the unitemised loss) stays set on the parent.
    Spread { code: String },
    /// Chỉ số mục tiêu: set (clamped to `[0, index maximum]`) or clear the scenario's target.
    SetTarget { value: Option<Points> },
    /// Đơn vị công sức: the unit efforts are counted in (trimmed free text).
    SetEffortUnit { unit: String },
    /// Công sức of recovering a fixable item (a leaf item); `None` returns it to the default
    /// of 1. Negative values count as 0.
    SetEffort { code: String, value: Option<Points> },
    /// Whether a leaf item may be recovered partly (points in proportion to effort).
    SetPartial { code: String, partial: bool },
    /// Whether a leaf item can be settled in the target year; `Yes` is the default and is not
    /// stored.
    SetFeasible { code: String, feasible: Feasible },
}

impl Edit {
    /// Applies the edit to `changes`; values are clamped to `[0, max]` of their node. Returns
    /// whether anything changed.
    pub fn apply(&self, analysis: &Analysis, changes: &mut Changes) -> bool {
        let before = changes.clone();
        match self {
            // Applied by `Session`, which holds the card.
            Edit::Card(_) => return false,
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
            Edit::Spread { code } => spread(analysis, changes, code),
            Edit::ApplyPlan => raise_covered(analysis, &mut changes.projection, |_| true),
            Edit::ProjectByStatus => changes.projection = status_projection(analysis, changes),
            Edit::SetStatus {
                code,
                status,
                note,
                date,
            } => {
                let carries_plan = analysis
                    .find(code)
                    .is_some_and(|i| analysis.node(i).plan.is_some());
                if !carries_plan {
                    return false;
                }
                changes.statuses.insert(
                    code.clone(),
                    ItemStatus {
                        status: *status,
                        note: note.clone(),
                        changed: *date,
                    },
                );
            }
            Edit::SetTarget { value } => {
                let max = analysis.whole_totals().0;
                changes.target = value.map(|v| v.clamp_to(Points::ZERO, max));
            }
            Edit::SetEffortUnit { unit } => {
                changes.effort_unit = unit.trim().to_string();
            }
            Edit::SetEffort { code, value } => {
                if !is_leaf_item(analysis, code) {
                    return false;
                }
                match value {
                    Some(v) => {
                        changes.efforts.insert(code.clone(), (*v).max(Points::ZERO));
                    }
                    None => {
                        changes.efforts.remove(code);
                    }
                }
            }
            Edit::SetPartial { code, partial } => {
                if !is_leaf_item(analysis, code) {
                    return false;
                }
                if *partial {
                    changes.partial.insert(code.clone());
                } else {
                    changes.partial.remove(code);
                }
            }
            Edit::SetFeasible { code, feasible } => {
                if !is_leaf_item(analysis, code) {
                    return false;
                }
                if feasible.is_yes() {
                    changes.feasible.remove(code);
                } else {
                    changes.feasible.insert(code.clone(), *feasible);
                }
            }
        }
        *changes != before
    }
}

/// The leaves under `node`, in pre-order.
fn leaves(analysis: &Analysis, node: usize, out: &mut Vec<usize>) {
    let children = &analysis.nodes[node].children;
    if children.is_empty() {
        out.push(node);
    }
    for &child in children {
        leaves(analysis, child, out);
    }
}

fn spread(analysis: &Analysis, changes: &mut Changes, code: &str) {
    let Some(index) = analysis.find(code) else {
        return;
    };
    let Some(&target) = changes.projection.scores.get(code) else {
        return;
    };
    if analysis.nodes[index].children.is_empty() {
        return;
    }
    changes.projection.scores.remove(code);
    let now = Projected::compute(analysis, &changes.projection);
    let mut extra = target - now.values[index];
    let mut under = Vec::new();
    leaves(analysis, index, &mut under);
    under.retain(|&l| l != index);
    // Most points still lost first: the plan's biggest recoveries take the gain.
    under.sort_by_key(|&l| std::cmp::Reverse(analysis.nodes[l].max - now.values[l]));
    for leaf in under {
        if !extra.is_negative() && !extra.is_zero() {
            let node = &analysis.nodes[leaf];
            let room = node.max - now.values[leaf];
            let take = if room < extra { room } else { extra };
            if !take.is_zero() && !take.is_negative() {
                changes
                    .projection
                    .scores
                    .insert(node.code.clone(), now.values[leaf] + take);
                extra -= take;
            }
        }
    }
    // What no listed item can take is the unitemised loss: it stays set on the parent.
    if !extra.is_zero() && !extra.is_negative() {
        changes.projection.scores.insert(code.to_string(), target);
    }
}

/// Efforts, partial recovery and feasibility belong to items with no listed sub-criteria: a
/// parent moves only through its children.
fn is_leaf_item(analysis: &Analysis, code: &str) -> bool {
    analysis.find(code).is_some_and(|i| {
        let node = analysis.node(i);
        !node.is_field() && node.children.is_empty()
    })
}
