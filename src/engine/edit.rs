//! Edits: the only way a person's actions change a what-if. Each is a value, so the UI, the
//! command line and tests apply them the same way, and undo is a matter of keeping states.

use crate::model::{
    Changes, Date, Evidence, Feasible, ItemStatus, Points, Ratio, RiskDefaults, ScoreRule, Status,
    SurveyRange,
};

use super::analysis::Analysis;
use super::card_edit::CardEdit;
use super::plan::{raise_covered, status_projection};
use super::projection::Projected;
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
    /// Độ tin cậy of an item's planned gain, set by hand; `None` returns it to the default
    /// its evidence gives.
    SetConfidence { code: String, value: Option<Ratio> },
    /// The scenario's default confidences by evidence state and default survey spread.
    SetRiskDefaults(RiskDefaults),
    /// Khoảng điểm điều tra XHH of a field, kept within [0, survey max]; `None` returns it to
    /// the projected survey score ± the default spread.
    SetSurveyRange {
        field: String,
        range: Option<SurveyRange>,
    },
    /// Tài liệu kiểm chứng of an item: its whole list replaced (empty removes it).
    SetEvidence {
        code: String,
        documents: Vec<Evidence>,
    },
    /// Tiếp nhận báo cáo: the agencies' returned task sheets merged in one step — statuses,
    /// dates done, results and evidence, with one merge-log record per sheet. Boxed: it
    /// carries whole maps.
    MergeReports(Box<ReportMerge>),
    /// Quy tắc chấm điểm thi đua: the scoreboard's weights replaced; a negative weight counts
    /// as 0 (a rule that takes points for work done is not one a province adopts).
    SetScoreRule(ScoreRule),
    /// Áp dụng lời giải tìm mục tiêu: the answer's fixes become the projection and its target
    /// the scenario's, everything else kept (`goal::answer_changes`) — one undo step. Boxed: it
    /// carries the whole answer.
    ApplyAnswer(Box<super::goal::Answer>),
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
            Edit::SetConfidence { code, value } => {
                if analysis.find(code).is_none() {
                    return false;
                }
                match value {
                    Some(v) => {
                        changes.confidence.insert(code.clone(), *v);
                    }
                    None => {
                        changes.confidence.remove(code);
                    }
                }
            }
            Edit::SetRiskDefaults(defaults) => changes.risk_defaults = *defaults,
            Edit::SetSurveyRange { field, range } => {
                let Some(info) = analysis
                    .fields
                    .iter()
                    .find(|f| analysis.node(f.node).code == *field)
                else {
                    return false;
                };
                if info.survey_max <= Points::ZERO {
                    return false;
                }
                match range {
                    Some(r) => {
                        let within = |p: Points| p.clamp_to(Points::ZERO, info.survey_max);
                        let kept = SurveyRange {
                            low: within(r.low),
                            likely: within(r.likely),
                            high: within(r.high),
                        };
                        changes.survey_ranges.insert(field.clone(), kept);
                    }
                    None => {
                        changes.survey_ranges.remove(field);
                    }
                }
            }
            Edit::SetEvidence { code, documents } => {
                if analysis.find(code).is_none() {
                    return false;
                }
                if documents.is_empty() {
                    changes.evidence.remove(code);
                } else {
                    changes.evidence.insert(code.clone(), documents.clone());
                }
            }
            Edit::MergeReports(merge) => merge.apply(analysis, changes),
            Edit::SetScoreRule(rule) => {
                let kept = |p: Points| p.max(Points::ZERO);
                changes.score_rule = ScoreRule {
                    items_on_time: kept(rule.items_on_time),
                    items_late: kept(rule.items_late),
                    recovered: kept(rule.recovered),
                    reports_on_time: kept(rule.reports_on_time),
                    reports_late: kept(rule.reports_late),
                };
            }
            Edit::ApplyAnswer(answer) => *changes = super::goal::answer_changes(answer, changes),
        }
        *changes != before
    }

    /// What a confidence, survey-range or evidence edit did, in words, for the history list;
    /// `None` for the other edits, which the UI words itself.
    pub fn risk_label(&self, vi: bool) -> Option<String> {
        let text = match (self, vi) {
            (
                Edit::SetConfidence {
                    code,
                    value: Some(v),
                },
                true,
            ) => {
                format!("Độ tin cậy {code} = {}", v.percent_with(','))
            }
            (
                Edit::SetConfidence {
                    code,
                    value: Some(v),
                },
                false,
            ) => {
                format!("Confidence of {code} = {}", v.percent_with('.'))
            }
            (Edit::SetConfidence { code, value: None }, true) => {
                format!("Trả độ tin cậy {code} về mặc định theo tài liệu")
            }
            (Edit::SetConfidence { code, value: None }, false) => {
                format!("Return the confidence of {code} to its evidence default")
            }
            (Edit::SetRiskDefaults(_), true) => "Đổi độ tin cậy mặc định".to_string(),
            (Edit::SetRiskDefaults(_), false) => "Change the default confidences".to_string(),
            (
                Edit::SetSurveyRange {
                    field,
                    range: Some(r),
                },
                true,
            ) => format!(
                "Khoảng điều tra XHH LV{field}: {}–{}",
                r.low.vi(),
                r.high.vi()
            ),
            (
                Edit::SetSurveyRange {
                    field,
                    range: Some(r),
                },
                false,
            ) => format!(
                "Survey range of field {field}: {}–{}",
                r.low.en(),
                r.high.en()
            ),
            (Edit::SetSurveyRange { field, range: None }, true) => {
                format!("Trả khoảng điều tra XHH LV{field} về mặc định")
            }
            (Edit::SetSurveyRange { field, range: None }, false) => {
                format!("Return the survey range of field {field} to its default")
            }
            (Edit::SetEvidence { code, documents }, true) => {
                format!("Tài liệu kiểm chứng {code}: {} tài liệu", documents.len())
            }
            (Edit::SetEvidence { code, documents }, false) => {
                format!("Evidence for {code}: {} documents", documents.len())
            }
            _ => return None,
        };
        Some(text)
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
