//! Edits: the only way a person's actions change a what-if. Each is a value, so the UI, the
//! command line and tests apply them the same way, and undo is a matter of keeping states.

use crate::model::{Changes, Date, ItemStatus, Points, Status};

use super::analysis::Analysis;
use super::plan::{raise_covered, status_projection};
use super::report_merge::ReportMerge;

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
    /// Tiếp nhận báo cáo: the agencies' returned task sheets merged in one step — statuses,
    /// dates done, results and evidence, with one merge-log record per sheet. Boxed: it
    /// carries whole maps.
    MergeReports(Box<ReportMerge>),
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
                // The date done and the result an agency reported stay, unless the task is
                // no longer done (then its date done no longer holds).
                let entry = changes.statuses.entry(code.clone()).or_default();
                *entry = ItemStatus {
                    status: *status,
                    note: note.clone(),
                    changed: *date,
                    done: entry.done.filter(|_| *status == Status::Done),
                    result: std::mem::take(&mut entry.result),
                };
            }
            Edit::MergeReports(merge) => merge.apply(analysis, changes),
        }
        *changes != before
    }
}
