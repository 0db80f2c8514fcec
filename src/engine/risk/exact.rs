//! The exact distribution, by the same delta rule `Projected::compute` applies, run over
//! distributions instead of values: bottom up, a node's change is the convolution of its
//! children's changes mapped through the node's clamp to [0, max]; a set node is its setting
//! with its confidence, else what its children give. A field's whole figure is its self-
//! assessment change plus its survey change, clamped to the field's maximum; the index is the
//! published total plus every field's change. Subtrees are disjoint sets of independent
//! items, so every convolution is of independent parts and the result is exact.

use super::super::analysis::Analysis;
use super::dist::{Budget, Dist};
use super::inputs::Model;

/// The index and each field's whole figure, as distributions of absolute values.
pub(crate) struct Outcome {
    pub index: Dist,
    pub fields: Vec<Dist>,
}

/// `None` when the work would overrun `budget` (a large card with many planned gains).
pub(crate) fn compute(analysis: &Analysis, model: &Model, budget: &mut Budget) -> Option<Outcome> {
    let nodes = &analysis.nodes;
    // `None` stands for "certainly unchanged", the state of most nodes, so they cost nothing.
    let mut changes: Vec<Option<Dist>> = vec![None; nodes.len()];
    for index in (0..nodes.len()).rev() {
        let node = &nodes[index];
        let mut sum: Option<Dist> = None;
        for &child in &node.children {
            if let Some(change) = changes[child].take() {
                sum = Some(match sum {
                    None => change,
                    Some(acc) => acc.convolve(&change, budget)?,
                });
            }
        }
        let (base, max) = (node.base.units(), node.max.units());
        let derived = sum.map(|s| {
            s.map(|d| {
                if d == 0 {
                    0
                } else {
                    clamp(base + d, 0, max) - base
                }
            })
        });
        let change = match model.settings[index] {
            Some(setting) if setting.accept.units() == 10_000 => Some(Dist::point(setting.delta)),
            Some(setting) => {
                let otherwise = derived.unwrap_or_else(|| Dist::point(0));
                Some(Dist::mix(
                    setting.accept.to_f64(),
                    &Dist::point(setting.delta),
                    &otherwise,
                ))
            }
            None => derived,
        };
        changes[index] = change.filter(|c| c.as_point() != Some(0));
    }

    let mut fields = Vec::with_capacity(analysis.fields.len());
    // Parts of the index change that add up independently: a field whose clamp can never
    // bite adds its self-assessment and survey changes separately (each small), and the survey
    // parts, sharing one grid, add up to few values; a field whose clamp bites adds as a whole.
    let mut surveys = Dist::point(0);
    let mut rest = Dist::point(0);
    for (f, info) in analysis.fields.iter().enumerate() {
        let own = changes[info.node].take().unwrap_or_else(|| Dist::point(0));
        let survey = &model.surveys[f];
        let base_whole = info.whole_base(nodes).units();
        let whole_max = info.whole_max(nodes).units();
        let combined = own.convolve(survey, budget)?;
        let whole = combined.map(|c| {
            if c == 0 {
                0
            } else {
                clamp(base_whole + c, 0, whole_max) - base_whole
            }
        });
        // As in `Projected::compute`: a field not known in the assessed year does not move the
        // index; its own distribution is still given.
        if info.whole_known(nodes) {
            if whole == combined {
                surveys = surveys.convolve(survey, budget)?;
                rest = rest.convolve(&own, budget)?;
            } else {
                rest = rest.convolve(&whole, budget)?;
            }
        }
        fields.push(whole.shift(base_whole));
    }
    let index = rest
        .convolve(&surveys, budget)?
        .shift(analysis.whole_totals().1.units());
    Some(Outcome { index, fields })
}

/// `Points::clamp_to` on raw units: `lo` wins if the bounds cross (a negative maximum).
pub(crate) fn clamp(value: i64, lo: i64, hi: i64) -> i64 {
    value.min(hi).max(lo)
}
