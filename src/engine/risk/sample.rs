//! Seeded Monte Carlo: each draw accepts every planned gain with its confidence, draws every
//! field's survey part from its (gridded) triangle, and applies the delta rule of
//! `Projected::compute` to the result. The same seed and number of draws give the same figures
//! on every machine (`SplitMix64`).
//!
//! When no clamp below the fields can bite in any outcome (checked once, by the range of each
//! node's possible change) and only leaves are set, a field's self-assessment change is just the
//! sum of its accepted gains, and a draw costs one comparison per gain; otherwise each draw runs
//! the rule over every node a setting can move.

use crate::generate::Prng;

use super::super::analysis::Analysis;
use super::dist::Dist;
use super::exact::{Outcome, clamp};
use super::inputs::Model;

/// Accept/reject decisions from 16-bit slices of the stream, four per 64 random bits: a
/// confidence is met to 1/65,536, far inside the sampling error of any number of draws.
struct Decisions {
    rng: Prng,
    bits: u64,
    left: u32,
}

impl Decisions {
    fn new(seed: u64) -> Self {
        Decisions {
            rng: Prng::new(seed),
            bits: 0,
            left: 0,
        }
    }

    fn next(&mut self) -> u16 {
        if self.left == 0 {
            self.bits = self.rng.next_u64();
            self.left = 4;
        }
        let slice = self.bits as u16;
        self.bits >>= 16;
        self.left -= 1;
        slice
    }

    /// 64 fresh bits: four decisions at once.
    fn word(&mut self) -> u64 {
        self.rng.next_u64()
    }

    /// A uniform number in [0, 1) from 53 fresh bits, for the survey draws.
    fn uniform(&mut self) -> f64 {
        (self.rng.next_u64() >> 11) as f64 / (1_u64 << 53) as f64
    }
}

/// A confidence in ten-thousandths as a threshold on a 16-bit slice; `None` when certain.
fn threshold(units: u16) -> Option<u16> {
    (units < 10_000).then(|| ((u32::from(units) << 16) / 10_000) as u16)
}

/// Draws `draws` outcomes from `seed`.
pub(crate) fn simulate(analysis: &Analysis, model: &Model, draws: usize, seed: u64) -> Outcome {
    let fields = &analysis.fields;
    let nodes = &analysis.nodes;
    let surveys: Vec<Sampler> = model.surveys.iter().map(Sampler::new).collect();
    let bases: Vec<(i64, i64)> = fields
        .iter()
        .map(|f| (f.whole_base(nodes).units(), f.whole_max(nodes).units()))
        .collect();
    // As in `Projected::compute`: a field not known in the assessed year does not move the index.
    let known: Vec<bool> = fields.iter().map(|f| f.whole_known(nodes)).collect();
    let index_base = analysis.whole_totals().1.units();
    let linear = Linear::of(analysis, model);
    let mut general = match linear {
        Some(_) => None,
        None => Some(General::of(analysis, model)),
    };
    let mut decisions = Decisions::new(seed);
    let mut own = vec![0_i64; fields.len()];
    let mut index_samples = Vec::with_capacity(draws);
    let mut field_samples: Vec<Vec<i64>> = vec![Vec::with_capacity(draws); fields.len()];
    for _ in 0..draws {
        if let Some(linear) = &linear {
            linear.draw(&mut decisions, &mut own);
        } else if let Some(general) = &mut general {
            general.draw(&mut decisions, &mut own);
        }
        let mut total = index_base;
        for (f, (base_whole, whole_max)) in bases.iter().enumerate() {
            let c = own[f] + surveys[f].draw(&mut decisions);
            let whole = if c == 0 {
                *base_whole
            } else {
                clamp(base_whole + c, 0, *whole_max)
            };
            if known[f] {
                total += whole - base_whole;
            }
            field_samples[f].push(whole);
        }
        index_samples.push(total);
    }
    Outcome {
        index: Dist::from_samples(index_samples),
        fields: field_samples.into_iter().map(Dist::from_samples).collect(),
    }
}

/// The fast case: fields' self-assessment changes are sums of independent gains.
struct Linear {
    /// Per field: the change of its certain settings.
    certain: Vec<i64>,
    /// Per field: where its uncertain gains sit in `deltas` and `thresholds`.
    spans: Vec<std::ops::Range<usize>>,
    deltas: Vec<i64>,
    thresholds: Vec<u16>,
}

impl Linear {
    /// `None` unless only leaves are set and no node's clamp can bite: for each node, the
    /// least and greatest sum its children's changes can reach keep it within [0, max].
    fn of(analysis: &Analysis, model: &Model) -> Option<Self> {
        let nodes = &analysis.nodes;
        let mut sums = vec![(0_i64, 0_i64); nodes.len()];
        let mut certain = vec![0_i64; analysis.fields.len()];
        let mut gains: Vec<(usize, i64, u16)> = Vec::new();
        for index in (0..nodes.len()).rev() {
            let node = &nodes[index];
            let range = match model.settings[index] {
                Some(_) if !node.children.is_empty() => return None,
                Some(setting) => match threshold(setting.accept.units()) {
                    None => {
                        certain[node.field] += setting.delta;
                        (setting.delta, setting.delta)
                    }
                    Some(t) => {
                        gains.push((node.field, setting.delta, t));
                        (setting.delta.min(0), setting.delta.max(0))
                    }
                },
                None => {
                    let (lo, hi) = sums[index];
                    let (base, max) = (node.base.units(), node.max.units());
                    let moves = lo != 0 || hi != 0;
                    let inside = (0..=max).contains(&base) && base + lo >= 0 && base + hi <= max;
                    if moves && !inside {
                        return None;
                    }
                    (lo, hi)
                }
            };
            if let Some(parent) = node.parent {
                sums[parent].0 += range.0;
                sums[parent].1 += range.1;
            }
        }
        // Field by field, in the scorecard's order, so a draw sums each field in a register.
        gains.sort_by_key(|g| g.0);
        let spans = (0..analysis.fields.len())
            .map(|f| gains.partition_point(|g| g.0 < f)..gains.partition_point(|g| g.0 <= f))
            .collect();
        Some(Linear {
            certain,
            spans,
            deltas: gains.iter().map(|g| g.1).collect(),
            thresholds: gains.iter().map(|g| g.2).collect(),
        })
    }

    fn draw(&self, decisions: &mut Decisions, own: &mut [i64]) {
        for ((total, certain), span) in own.iter_mut().zip(&self.certain).zip(&self.spans) {
            let deltas = &self.deltas[span.clone()];
            let thresholds = &self.thresholds[span.clone()];
            let mut sum = *certain;
            let mut d4 = deltas.chunks_exact(4);
            let mut t4 = thresholds.chunks_exact(4);
            // Four decisions per 64 random bits; branch-free, a mask of ones when accepted.
            for (d, t) in (&mut d4).zip(&mut t4) {
                let bits = decisions.word();
                for j in 0..4 {
                    let slice = (bits >> (16 * j)) as u16;
                    sum += d[j] & -i64::from(slice < t[j]);
                }
            }
            for (d, t) in d4.remainder().iter().zip(t4.remainder()) {
                sum += d & -i64::from(decisions.next() < *t);
            }
            *total = sum;
        }
    }
}

/// One node a setting can move, in the order children come before parents.
struct Step {
    /// Slot of the parent in the steps, or `None` for a field.
    parent: Option<usize>,
    field: usize,
    base: i64,
    max: i64,
    /// Set value − baseline, and the acceptance threshold (`None`: certain).
    setting: Option<(i64, Option<u16>)>,
}

/// The general case: the delta rule over every node a setting can move.
struct General {
    steps: Vec<Step>,
    /// Per step, the sum of its children's changes in the current draw.
    sums: Vec<i64>,
}

impl General {
    fn of(analysis: &Analysis, model: &Model) -> Self {
        let nodes = &analysis.nodes;
        // A node can move only if a setting sits in its subtree; the rest keep their baseline.
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
        let sums = vec![0; steps.len()];
        General { steps, sums }
    }

    fn draw(&mut self, decisions: &mut Decisions, own: &mut [i64]) {
        own.fill(0);
        let sums = &mut self.sums;
        sums.fill(0);
        for (k, step) in self.steps.iter().enumerate() {
            let s = sums[k];
            let derived = if s == 0 {
                0
            } else {
                clamp(step.base + s, 0, step.max) - step.base
            };
            let change = match step.setting {
                Some((delta, None)) => delta,
                Some((delta, Some(threshold))) if decisions.next() < threshold => delta,
                _ => derived,
            };
            match step.parent {
                Some(parent) => sums[parent] += change,
                None => own[step.field] = change,
            }
        }
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

    fn draw(&self, decisions: &mut Decisions) -> i64 {
        if let [only] = self.values.as_slice() {
            return *only;
        }
        let u = decisions.uniform();
        let k = self.cumulative.partition_point(|&c| c <= u);
        self.values
            .get(k)
            .or(self.values.last())
            .copied()
            .unwrap_or(0)
    }
}
