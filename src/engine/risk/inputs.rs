//! What is uncertain in a scenario, read off its projection: the planned gains with the
//! confidence each is accepted with, and each field's survey range. Both the exact computation
//! and the Monte Carlo read this one model, so they cannot disagree on what is uncertain.

use serde::Serialize;

use crate::model::{Changes, Evidence, EvidenceState, Points, Ratio, SurveyRange};

use super::super::analysis::Analysis;
use super::super::projection::Projected;
use super::dist::Dist;
use super::triangular;

/// Where an item's confidence comes from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ConfidenceSource {
    /// Đặt tay: set by hand on the item `from` (the item itself or the nearest ancestor set).
    Set { from: String },
    /// Theo tài liệu: the weakest document listed on `from` (the item itself, or the nearest
    /// ancestor with documents, e.g. the criterion that carries the plan).
    Evidence { state: EvidenceState, from: String },
    /// Chưa khai báo tài liệu: nothing listed on the item or above it.
    Unlisted,
}

/// Where a field's survey range comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RangeSource {
    /// Set in the scenario (`Changes::survey_ranges`).
    Set,
    /// The projected survey score ± the scenario's default spread.
    Default,
    /// The field has no survey part.
    NoSurvey,
}

/// The confidence of a node's planned gain: set by hand on it or an ancestor, else from the
/// weakest document listed on it or an ancestor (the nearest level that says anything wins),
/// else the default for an item with nothing listed.
pub fn confidence_of(
    analysis: &Analysis,
    changes: &Changes,
    node: usize,
) -> (Ratio, ConfidenceSource) {
    let defaults = &changes.risk_defaults;
    let mut at = Some(node);
    while let Some(index) = at {
        let Some(current) = analysis.nodes.get(index) else {
            break;
        };
        let code = &current.code;
        if let Some(&set) = changes.confidence.get(code) {
            return (set, ConfidenceSource::Set { from: code.clone() });
        }
        if let Some(state) = weakest(changes.evidence.get(code)) {
            return (
                defaults.for_state(state),
                ConfidenceSource::Evidence {
                    state,
                    from: code.clone(),
                },
            );
        }
        at = current.parent;
    }
    (defaults.unlisted, ConfidenceSource::Unlisted)
}

/// The documents that decide a node's confidence: its own list, else the nearest ancestor's,
/// with the code they are listed on.
pub fn documents_of<'a>(
    analysis: &Analysis,
    changes: &'a Changes,
    node: usize,
) -> Option<(String, &'a [Evidence])> {
    let mut at = Some(node);
    while let Some(index) = at {
        let current = analysis.nodes.get(index)?;
        if let Some(docs) = changes
            .evidence
            .get(&current.code)
            .filter(|d| !d.is_empty())
        {
            return Some((current.code.clone(), docs));
        }
        at = current.parent;
    }
    None
}

/// The state that decides: one missing document sinks the item, as on appraisal.
fn weakest(documents: Option<&Vec<Evidence>>) -> Option<EvidenceState> {
    documents?.iter().map(|d| d.state).max()
}

/// A field's survey range: the one set in the scenario, else the projected survey score ± the
/// default spread of the field's survey maximum, clamped to [0, survey max]. `None` for a field
/// without a survey part.
pub fn survey_range_of(
    analysis: &Analysis,
    projected: &Projected,
    changes: &Changes,
    field: usize,
) -> (Option<SurveyRange>, RangeSource) {
    let Some(info) = analysis.fields.get(field) else {
        return (None, RangeSource::NoSurvey);
    };
    if info.survey_max <= Points::ZERO {
        return (None, RangeSource::NoSurvey);
    }
    let code = &analysis.nodes[info.node].code;
    if let Some(range) = changes.survey_ranges.get(code) {
        return (Some(*range), RangeSource::Set);
    }
    let likely = projected
        .surveys
        .get(field)
        .copied()
        .unwrap_or(info.survey_base);
    let spread = scale(info.survey_max, changes.risk_defaults.survey_spread);
    let range = SurveyRange {
        low: (likely - spread).clamp_to(Points::ZERO, info.survey_max),
        likely,
        high: (likely + spread).clamp_to(Points::ZERO, info.survey_max),
    };
    (Some(range), RangeSource::Default)
}

/// `points × ratio`, rounded to the nearest ten-thousandth.
pub(crate) fn scale(points: Points, ratio: Ratio) -> Points {
    let product = i128::from(points.units()) * i128::from(ratio.units());
    let rounded = (product + product.signum() * 5_000) / 10_000;
    Points::from_units(i64::try_from(rounded).unwrap_or(i64::MAX))
}

/// A node the projection sets: its change from the baseline, and the chance the appraisal
/// accepts it (one for a change that is not a gain).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Setting {
    /// Set value − baseline, in ten-thousandths.
    pub delta: i64,
    pub accept: Ratio,
}

/// One planned gain, for the "whose evidence to chase" list.
#[derive(Clone, Debug)]
pub(crate) struct PlannedGain {
    pub node: usize,
    pub gain: Points,
    pub confidence: Ratio,
    pub source: ConfidenceSource,
}

/// Everything uncertain about a scenario's projection.
pub(crate) struct Model {
    /// Per node: the projection's setting, if it sets the node.
    pub settings: Vec<Option<Setting>>,
    pub gains: Vec<PlannedGain>,
    /// Per field: its range (or none) and where it comes from.
    pub ranges: Vec<(Option<SurveyRange>, RangeSource)>,
    /// Per field: the survey part's change from the baseline, as a distribution.
    pub surveys: Vec<Dist>,
}

impl Model {
    /// Reads a projection. A set node's planned gain is its set value minus what its children
    /// would give it without the setting (the baseline, for a leaf); a gain is accepted with
    /// its confidence, a rejected one leaves the node to its children. A change that is not a
    /// gain (an officer expecting to lose points) is taken as certain.
    pub fn of(analysis: &Analysis, projected: &Projected, changes: &Changes) -> Self {
        let nodes = &analysis.nodes;
        let mut settings = vec![None; nodes.len()];
        let mut gains = Vec::new();
        for (index, node) in nodes.iter().enumerate() {
            if !projected.set.get(index).copied().unwrap_or(false) {
                continue;
            }
            let value = projected.values[index];
            let from_children = Points::sum(
                node.children
                    .iter()
                    .map(|&c| projected.values[c] - nodes[c].base),
            );
            let derived = if from_children.is_zero() {
                node.base
            } else {
                (node.base + from_children).clamp_to(Points::ZERO, node.max)
            };
            let gain = value - derived;
            let accept = if gain > Points::ZERO {
                let (confidence, source) = confidence_of(analysis, changes, index);
                gains.push(PlannedGain {
                    node: index,
                    gain,
                    confidence,
                    source,
                });
                confidence
            } else {
                Ratio::ONE
            };
            settings[index] = Some(Setting {
                delta: (value - node.base).units(),
                accept,
            });
        }
        let ranges: Vec<_> = (0..analysis.fields.len())
            .map(|f| survey_range_of(analysis, projected, changes, f))
            .collect();
        let widest = ranges
            .iter()
            .filter_map(|(r, _)| r.map(|r| r.width().units()))
            .max()
            .unwrap_or(0);
        let step = triangular::grid_step(widest);
        let surveys = analysis
            .fields
            .iter()
            .zip(&ranges)
            .enumerate()
            .map(|(f, (info, (range, _)))| match range {
                Some(range) => {
                    triangular::discretise(*range, step).shift(-info.survey_base.units())
                }
                // No survey part: whatever the projection says, for certain.
                None => Dist::point((projected.surveys[f] - info.survey_base).units()),
            })
            .collect();
        Model {
            settings,
            gains,
            ranges,
            surveys,
        }
    }
}
