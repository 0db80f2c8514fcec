//! Edits: the only way a person's actions change a what-if. Each is a value, so the UI, the
//! command line and tests apply them the same way, and undo is a matter of keeping states.

use crate::model::{
    Changes, Date, Evidence, ItemStatus, Points, Ratio, RiskDefaults, Status, SurveyRange,
};

use super::analysis::Analysis;
use super::plan::{raise_covered, status_projection};

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
                changes.statuses.insert(
                    code.clone(),
                    ItemStatus {
                        status: *status,
                        note: note.clone(),
                        changed: *date,
                    },
                );
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
