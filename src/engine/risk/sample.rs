//! Seeded Monte Carlo: each draw accepts every planned gain with its confidence, draws every
//! field's survey part from its (gridded) triangle, and applies the delta rule of
//! `Projected::compute` to the result — the same rule, over the nodes a setting can move.
//! The same seed and number of draws give the same figures on every machine (`SplitMix64`).

use crate::generate::Prng;

use super::super::analysis::Analysis;
use super::dist::Dist;
use super::exact::{Outcome, clamp};
use super::inputs::Model;

/// One node a setting can move, in the order children come before parents.
struct Step {
    /// Slot of the parent in the steps, or `None` for a field.
    parent: Option<usize>,
    /// Index in `Analysis::fields`, for a field.
    field: usize,
    base: i64,
    max: i64,
    /// Set value − baseline, and the acceptance threshold out of 2⁶⁴ (`u64::MAX`: certain).
    setting: Option<(i64, u64)>,
}

/// Draws `draws` outcomes from `seed`.
pub(crate) fn simulate(analysis: &Analysis, model: &Model, draws: usize, seed: u64) -> Outcome {
    let nodes = &analysis.nodes;
    // A node can move only if a setting sits in its subtree; the rest stay at their baseline.
    let mut active = vec![false; nodes.len()];
    for index in (0..nodes.len()).rev() {
        if model.settings[index].is_some() {
            active[index] = true;
        }
        if active[index]
            && let Some(parent) = nodes[index].parent
        {
            active[parent] = true;
        }
    }
    let order: Vec<usize> = (0..nodes.len()).rev().filter(|&i| active[i]).collect();
    let mut slot = vec![usize::MAX; nodes.len()];
    for (k, &index) in order.iter().enumerate() {
        slot[index] = k;
    }
    let steps: Vec<Step> = order
        .iter()
        .map(|&index| {
            let node = &nodes[index];
            Step {
                parent: node.parent.map(|p| slot[p]),
                field: node.field,
                base: node.base.units(),
                max: node.max.units(),
                setting: model.settings[index].map(|s| (s.delta, threshold(s.accept.units()))),
            }
        })
        .collect();
    let surveys: Vec<Sampler> = model.surveys.iter().map(Sampler::new).collect();
    let fields = &analysis.fields;
    let bases: Vec<(i64, i64)> = fields
        .iter()
        .map(|f| (f.whole_base(nodes).units(), f.whole_max(nodes).units()))
        .collect();
    let index_base = analysis.whole_totals().1.units();

    let mut rng = Prng::new(seed);
    let mut sums = vec![0_i64; steps.len()];
    let mut own = vec![0_i64; fields.len()];
    let mut index_samples = Vec::with_capacity(draws);
    let mut field_samples: Vec<Vec<i64>> = vec![Vec::with_capacity(draws); fields.len()];
    for _ in 0..draws {
        sums.fill(0);
        own.fill(0);
        for (k, step) in steps.iter().enumerate() {
            let s = sums[k];
            let derived = if s == 0 {
                0
            } else {
                clamp(step.base + s, 0, step.max) - step.base
            };
            let change = match step.setting {
                Some((delta, u64::MAX)) => delta,
                Some((delta, threshold)) if rng.next_u64() < threshold => delta,
                _ => derived,
            };
            match step.parent {
                Some(parent) => sums[parent] += change,
                None => own[step.field] = change,
            }
        }
        let mut total = index_base;
        for (f, (base_whole, whole_max)) in bases.iter().enumerate() {
            let c = own[f] + surveys[f].draw(&mut rng);
            let whole = if c == 0 {
                *base_whole
            } else {
                clamp(base_whole + c, 0, *whole_max)
            };
            total += whole - base_whole;
            field_samples[f].push(whole);
        }
        index_samples.push(total);
    }
    Outcome {
        index: Dist::from_samples(index_samples),
        fields: field_samples.into_iter().map(Dist::from_samples).collect(),
    }
}

/// P(accept) in ten-thousandths as a threshold on a uniform 64-bit draw.
fn threshold(units: u16) -> u64 {
    if units >= 10_000 {
        u64::MAX
    } else {
        ((u128::from(units) << 64) / 10_000) as u64
    }
}

/// Draws from a small discrete distribution by its cumulative probabilities.
struct Sampler {
    values: Vec<i64>,
    cumulative: Vec<f64>,
}

impl Sampler {
    fn new(dist: &Dist) -> Self {
        let mut total = 0.0;
        let (values, cumulative) = dist
            .points()
            .iter()
            .map(|&(v, p)| {
                total += p;
                (v, total)
            })
            .unzip();
        Sampler { values, cumulative }
    }

    fn draw(&self, rng: &mut Prng) -> i64 {
        if let [only] = self.values.as_slice() {
            return *only;
        }
        // 53 random bits: a uniform number in [0, 1).
        let u = (rng.next_u64() >> 11) as f64 / (1_u64 << 53) as f64;
        let k = self.cumulative.partition_point(|&c| c <= u);
        self.values
            .get(k)
            .or(self.values.last())
            .copied()
            .unwrap_or(0)
    }
}
