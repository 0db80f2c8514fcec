//! Độ tin cậy của dự báo: how sure a scenario's projected index is.
//!
//! Two things decide next year's index and neither is certain: the Ministry's appraisal
//! accepts each planned gain only if its evidence holds (each gain is accepted with its
//! confidence, independently), and the survey part moves within a range (a triangular
//! distribution per field). This module turns a scenario into the distribution of its index:
//! expected value, 90 % interval, P(index ≥ target), a histogram, ranges of the points lost per
//! field, and the items whose rejection would cost most — all plain data for a panel, the CLI
//! and the exports.
//!
//! The distribution is exact (a convolution over points in ten-thousandths, see `exact`)
//! whenever that stays within a fixed amount of work — always on a province's card — and
//! otherwise comes from seeded Monte Carlo (`sample`) with [`DEFAULT_DRAWS`] draws.

mod checklist;
mod dist;
mod exact;
mod inputs;
mod parts;
mod sample;
mod triangular;

use serde::Serialize;

use crate::model::{Changes, Points, Ratio, SurveyRange};

use super::analysis::Analysis;
use super::projection::Projected;
use super::session::Session;

pub use checklist::{AgencyChecklist, ChecklistItem, evidence_checklist};
pub use inputs::{ConfidenceSource, RangeSource, confidence_of, documents_of, survey_range_of};
pub use parts::{DEFAULT_TARGET, RiskPart, part_lost_ranges, risk_of_part, target_or_default};

use dist::{Budget, Dist};
use inputs::{Model, scale};

/// Draws of the Monte Carlo when the exact computation would cost too much.
pub const DEFAULT_DRAWS: usize = 10_000;

/// Convolution work (value pairs and dense slots touched) the exact computation may spend
/// before giving way to Monte Carlo: a few milliseconds. The seed's shipped plans take between
/// 150,000 and 300,000; a large card gives up early and wastes at most this.
const EXACT_BUDGET: u64 = 1_000_000;

/// What to compute.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RiskOptions {
    /// Chỉ tiêu: the index the scenario aims at; P(index ≥ target) is given for it.
    pub target: Option<Points>,
    /// Monte Carlo with this many draws; `None` computes exactly where the work allows and
    /// draws [`DEFAULT_DRAWS`] otherwise.
    pub draws: Option<usize>,
    /// Hạt giống of the Monte Carlo: the same seed gives the same figures.
    pub seed: u64,
    /// At most this many bars in the histogram.
    pub bins: usize,
}

impl Default for RiskOptions {
    fn default() -> Self {
        RiskOptions {
            target: None,
            draws: None,
            seed: 1,
            bins: 24,
        }
    }
}

/// How the distribution was computed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Method {
    /// Tính chính xác: every combination of accepted and rejected gains, by convolution.
    Exact,
    /// Mô phỏng Monte Carlo: `draws` outcomes drawn from `seed`.
    MonteCarlo { draws: usize, seed: u64 },
}

/// One bar of the distribution's histogram: P(from ≤ index < to).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Bin {
    pub from: Points,
    pub to: Points,
    pub probability: f64,
}

/// One field's lost points under uncertainty, for error bars on the lost-by-field chart.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FieldRisk {
    pub code: String,
    pub name: String,
    /// The whole field's maximum (self-assessment plus survey).
    pub max: Points,
    /// Điểm bị trừ dự kiến: what the point projection loses.
    pub lost: Points,
    /// Kỳ vọng điểm bị trừ.
    pub expected_lost: Points,
    /// The 5th and 95th percentiles of the points lost: at least 90 % lies between them.
    pub lost_90: (Points, Points),
    /// The survey range used, `None` for a field without a survey part.
    pub survey: Option<SurveyRange>,
    pub survey_source: RangeSource,
}

/// One planned gain and what its rejection is expected to cost: "whose evidence to chase".
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ItemRisk {
    /// Index in `Analysis::nodes`.
    #[serde(skip)]
    pub node: usize,
    pub code: String,
    pub name: String,
    /// Code of the field it belongs to.
    pub field: String,
    /// Đơn vị chủ trì of the plan that covers it, if any.
    pub lead: Option<String>,
    /// Điểm dự kiến tăng: the planned gain.
    pub gain: Points,
    /// Độ tin cậy: the probability the appraisal accepts the gain.
    pub confidence: Ratio,
    pub source: ConfidenceSource,
    /// Điểm có nguy cơ mất: (1 − confidence) × gain.
    pub expected_loss: Points,
}

/// The distribution of a scenario's projected index, and what drives it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Risk {
    pub method: Method,
    /// The point projection (every gain accepted, surveys as projected): "92,5631".
    pub point: Points,
    /// Kỳ vọng: the expected index.
    pub expected: Points,
    /// Khoảng 90 %: the 5th and 95th percentiles; at least 90 % of the probability lies
    /// between them (each is the smallest index whose cumulative probability reaches 5 % or
    /// 95 %).
    pub interval_90: (Points, Points),
    pub target: Option<Points>,
    /// P(index ≥ target), when a target is given.
    pub p_at_least: Option<f64>,
    /// The distribution for a small chart: at most `RiskOptions::bins` equal bars of a round
    /// width from the 0.1th to the 99.9th percentile, the thin tails folded into the end bars.
    pub histogram: Vec<Bin>,
    /// Percentiles 0, 1, … 100 of the index: the distribution function as plain points.
    pub percentiles: Vec<Points>,
    pub fields: Vec<FieldRisk>,
    /// Every planned gain, greatest expected loss first.
    pub items: Vec<ItemRisk>,
    /// Σ of the items' expected losses.
    pub expected_loss: Points,
    #[serde(skip)]
    distribution: Dist,
}

impl Risk {
    /// P(index ≥ `target`), for a target moved without recomputing.
    pub fn at_least(&self, target: Points) -> f64 {
        self.distribution.at_least(target.units())
    }
}

/// The risk of a session's projection: what a panel calls.
pub fn risk_of(session: &Session, options: &RiskOptions) -> Risk {
    risk(
        session.analysis(),
        session.projected(),
        session.changes(),
        options,
    )
}

/// The risk of `projected`, the projection of `changes` on `analysis`.
pub fn risk(
    analysis: &Analysis,
    projected: &Projected,
    changes: &Changes,
    options: &RiskOptions,
) -> Risk {
    let model = Model::of(analysis, projected, changes);
    let (outcome, method) = match options.draws {
        Some(draws) => (
            sample::simulate(analysis, &model, draws.max(1), options.seed),
            Method::MonteCarlo {
                draws: draws.max(1),
                seed: options.seed,
            },
        ),
        None => match exact::compute(analysis, &model, &mut Budget::new(EXACT_BUDGET)) {
            Some(outcome) => (outcome, Method::Exact),
            None => (
                sample::simulate(analysis, &model, DEFAULT_DRAWS, options.seed),
                Method::MonteCarlo {
                    draws: DEFAULT_DRAWS,
                    seed: options.seed,
                },
            ),
        },
    };
    let index = outcome.index;
    let percentiles = index.quantiles(&(0..=100).map(|p| f64::from(p) / 100.0).collect::<Vec<_>>());
    let units = |v: i64| Points::from_units(v);
    let fields = analysis
        .fields
        .iter()
        .zip(&outcome.fields)
        .zip(&model.ranges)
        .enumerate()
        .map(|(f, ((info, whole), (survey, source)))| {
            let node = &analysis.nodes[info.node];
            let max = info.whole_max(&analysis.nodes);
            FieldRisk {
                code: node.code.clone(),
                name: node.name.clone(),
                max,
                lost: max - projected.wholes[f],
                expected_lost: max - rounded(whole.mean()),
                lost_90: (
                    max - units(whole.quantile(0.95)),
                    max - units(whole.quantile(0.05)),
                ),
                survey: *survey,
                survey_source: *source,
            }
        })
        .collect();
    let mut items: Vec<ItemRisk> = model
        .gains
        .into_iter()
        .map(|g| {
            let node = &analysis.nodes[g.node];
            ItemRisk {
                node: g.node,
                code: node.code.clone(),
                name: node.name.clone(),
                field: analysis.nodes[analysis.fields[node.field].node]
                    .code
                    .clone(),
                lead: analysis.lead_of[g.node].map(|slot| analysis.leads[slot].clone()),
                gain: g.gain,
                confidence: g.confidence,
                source: g.source,
                expected_loss: scale(g.gain, g.confidence.complement()),
            }
        })
        .collect();
    // Stable: equal losses keep the scorecard's order.
    items.sort_by_key(|item| std::cmp::Reverse(item.expected_loss));
    Risk {
        method,
        point: projected.whole_total,
        expected: rounded(index.mean()),
        interval_90: (units(percentiles[5]), units(percentiles[95])),
        target: options.target,
        p_at_least: options.target.map(|t| index.at_least(t.units())),
        histogram: index
            .histogram(options.bins)
            .into_iter()
            .map(|(from, to, probability)| Bin {
                from: units(from),
                to: units(to),
                probability,
            })
            .collect(),
        percentiles: percentiles.iter().map(|&v| units(v)).collect(),
        fields,
        expected_loss: Points::sum(items.iter().map(|i| i.expected_loss)),
        items,
        distribution: index,
    }
}

/// A mean in ten-thousandths, to the nearest one.
fn rounded(units: f64) -> Points {
    Points::from_units(units.round() as i64)
}
