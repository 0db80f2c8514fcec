//! Per-field and index figures: max, score and lost for the self-assessment part, the survey
//! part and the whole field. The same shape serves the baseline and any projection.

use serde::Serialize;

use crate::model::Points;

use super::analysis::Analysis;
use super::projection::Projected;

/// One field's figures.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FieldFigures {
    pub code: String,
    pub name: String,
    /// The whole field: self-assessment plus survey, out of `max`.
    pub max: Points,
    pub score: Points,
    pub lost: Points,
    pub self_max: Points,
    pub self_score: Points,
    pub self_lost: Points,
    pub survey_max: Points,
    pub survey_score: Points,
    pub survey_lost: Points,
    /// Whether the whole field's figure is known in the assessed year; when not, `score` is
    /// what is entered so far and `lost` is 0.
    pub known: bool,
    pub self_known: bool,
    pub survey_known: bool,
}

/// The index and its parts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Figures {
    /// Out of 100 for a province.
    pub total: Points,
    pub total_max: Points,
    pub total_lost: Points,
    /// Out of 66.5 for a province.
    pub self_total: Points,
    pub self_max: Points,
    pub self_lost: Points,
    /// Whether the index and the self-assessment total are known (see `Analysis::whole_known`).
    pub total_known: bool,
    pub self_known: bool,
    pub fields: Vec<FieldFigures>,
}

impl Figures {
    /// The figures of a projection (or of the baseline, with `Projected::baseline`).
    pub fn of(analysis: &Analysis, projected: &Projected) -> Self {
        let nodes = &analysis.nodes;
        let fields: Vec<FieldFigures> = analysis
            .fields
            .iter()
            .enumerate()
            .map(|(i, info)| {
                let node = &nodes[info.node];
                let max = info.whole_max(nodes);
                let self_score = projected.values[info.node];
                let survey_score = projected.surveys[i];
                let (known, self_known) = (info.whole_known(nodes), node.known());
                let lost = |known: bool, max: Points, score: Points| {
                    if known {
                        (max - score).clamp_to(Points::ZERO, max.abs())
                    } else {
                        Points::ZERO
                    }
                };
                FieldFigures {
                    code: node.code.clone(),
                    name: node.name.clone(),
                    max,
                    score: projected.wholes[i],
                    lost: lost(known, max, projected.wholes[i]),
                    self_max: node.max,
                    self_score,
                    self_lost: lost(self_known, node.max, self_score),
                    survey_max: info.survey_max,
                    survey_score,
                    survey_lost: lost(info.survey_known, info.survey_max, survey_score),
                    known,
                    self_known,
                    survey_known: info.survey_known,
                }
            })
            .collect();
        let (self_max, _) = analysis.self_totals();
        let (total_max, _) = analysis.whole_totals();
        let (total_known, self_known) = (analysis.whole_known(), analysis.self_known());
        // Lost points are never negative, and nothing is lost on what is not known.
        let lost = |known: bool, max: Points, score: Points| {
            if known {
                (max - score).clamp_to(Points::ZERO, max.abs())
            } else {
                Points::ZERO
            }
        };
        Figures {
            total: projected.whole_total,
            total_max,
            total_lost: lost(total_known, total_max, projected.whole_total),
            self_total: projected.self_total,
            self_max,
            self_lost: lost(self_known, self_max, projected.self_total),
            total_known,
            self_known,
            fields,
        }
    }
}
