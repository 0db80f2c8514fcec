//! Phần chịu rủi ro: the distribution with only one source of doubt, so a chart of one part of
//! each field (the self-assessment the Ministry appraises, or the survey) can show that part's
//! range. The appraisal alone holds every survey part at its projected score; the survey alone
//! takes every planned gain as accepted. Both are the scenario's own distribution with the
//! other part made certain, computed by the same engine.

use crate::model::{Changes, Points, Ratio, RiskDefaults, SurveyRange};

use super::super::analysis::Analysis;
use super::super::figures::Figures;
use super::super::projection::Projected;
use super::{Risk, RiskOptions, risk};

/// Chỉ tiêu mặc định: the index P(index ≥ target) is given for when a scenario sets no target
/// of its own — the usual aim of a province's plan. The window and the report read it.
pub const DEFAULT_TARGET: Points = Points::from_units(850_000);

/// The scenario's target (`Changes::target`, set on the goal tab), else [`DEFAULT_TARGET`].
pub fn target_or_default(changes: &Changes) -> Points {
    changes.target.unwrap_or(DEFAULT_TARGET)
}

/// Which doubt a distribution keeps.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum RiskPart {
    /// Both, as the scenario says: the whole field, the index.
    #[default]
    All,
    /// Thẩm định: only whether the Ministry accepts each planned gain (the self-assessment).
    Appraisal,
    /// Điều tra xã hội học: only where each survey part lands.
    Survey,
}

/// The distribution of `projected` (the projection of `changes`) with only `part`'s doubt.
pub fn risk_of_part(
    analysis: &Analysis,
    projected: &Projected,
    changes: &Changes,
    part: RiskPart,
    options: &RiskOptions,
) -> Risk {
    match part {
        RiskPart::All => risk(analysis, projected, changes, options),
        RiskPart::Appraisal => {
            let mut certain = changes.clone();
            for (f, info) in analysis.fields.iter().enumerate() {
                if info.survey_max > Points::ZERO {
                    let likely = projected
                        .surveys
                        .get(f)
                        .copied()
                        .unwrap_or(info.survey_base);
                    certain.survey_ranges.insert(
                        analysis.nodes[info.node].code.clone(),
                        SurveyRange::exactly(likely),
                    );
                }
            }
            risk(analysis, projected, &certain, options)
        }
        RiskPart::Survey => {
            let mut certain = changes.clone();
            certain.confidence.clear();
            certain.risk_defaults = RiskDefaults {
                ready: Ratio::ONE,
                in_progress: Ratio::ONE,
                missing: Ratio::ONE,
                unlisted: Ratio::ONE,
                ..changes.risk_defaults
            };
            risk(analysis, projected, &certain, options)
        }
    }
}

/// Per field: the 90 % range (5th to 95th percentile) of the points lost in the part `risk`
/// was computed for (`risk_of_part` with `part`), for error bars beside `figures`' bars.
/// With one part's doubt the rest of the field is certain, so the part's range is the whole
/// field's range less what the projection loses outside the part (the other part, and any
/// rounding of a published field total), kept within the part's maximum.
pub fn part_lost_ranges(risk: &Risk, figures: &Figures, part: RiskPart) -> Vec<(Points, Points)> {
    risk.fields
        .iter()
        .zip(&figures.fields)
        .map(|(field, fig)| {
            let (low, high) = field.lost_90;
            let (lost, max) = match part {
                RiskPart::All => (fig.lost, fig.max),
                RiskPart::Appraisal => (fig.self_lost, fig.self_max),
                RiskPart::Survey => (fig.survey_lost, fig.survey_max),
            };
            let outside = fig.lost - lost;
            (
                (low - outside).clamp_to(Points::ZERO, max),
                (high - outside).clamp_to(Points::ZERO, max),
            )
        })
        .collect()
}
