//! The index as leaves are raised one at a time from the baseline, kept up to date in
//! O(depth) per raise by the same rule as `Projected::compute` (the delta rule with its clamps
//! at a parent's maximum and at the whole field's), so a search can try thousands of sets and
//! the fix-first list can give the running index after every fix without recomputing the tree.

use crate::model::Points;

use super::super::analysis::Analysis;

/// Baseline plus raised leaves: each node's change and the index's.
#[derive(Clone, Debug)]
pub(crate) struct Climb<'a> {
    analysis: &'a Analysis,
    /// Σ of the children's changes, per node.
    child_sum: Vec<i64>,
    /// Value − baseline, per node.
    change: Vec<i64>,
    /// Whole-field value − its baseline, per field.
    field_change: Vec<i64>,
    /// Index − baseline index, in ten-thousandths.
    total: i64,
}

impl<'a> Climb<'a> {
    pub(crate) fn new(analysis: &'a Analysis) -> Self {
        let n = analysis.nodes.len();
        Climb {
            analysis,
            child_sum: vec![0; n],
            change: vec![0; n],
            field_change: vec![0; analysis.fields.len()],
            total: 0,
        }
    }

    /// Index − baseline index.
    pub(crate) fn gain(&self) -> i64 {
        self.total
    }

    /// Sets leaf `node` to `units` above its baseline (clamped to its maximum like a projected
    /// score) and carries the change up the tree.
    pub(crate) fn set(&mut self, node: usize, units: i64) {
        let nodes = &self.analysis.nodes;
        let Some(leaf) = nodes.get(node) else {
            return;
        };
        let value = Points::from_units(leaf.base.units() + units).clamp_to(Points::ZERO, leaf.max);
        let mut diff = (value - leaf.base).units() - self.change[node];
        self.change[node] += diff;
        let mut at = node;
        while let Some(parent) = nodes[at].parent {
            if diff == 0 {
                return;
            }
            self.child_sum[parent] += diff;
            let p = &nodes[parent];
            // As in `Projected::compute`: no change below, the baseline as it stands (even if
            // it is out of range); otherwise base + changes, clamped.
            let next = if self.child_sum[parent] == 0 {
                0
            } else {
                (p.base + Points::from_units(self.child_sum[parent]))
                    .clamp_to(Points::ZERO, p.max)
                    .units()
                    - p.base.units()
            };
            diff = next - self.change[parent];
            self.change[parent] = next;
            at = parent;
        }
        if diff == 0 {
            return;
        }
        let field = nodes[at].field;
        let Some(info) = self.analysis.fields.get(field) else {
            return;
        };
        let base_whole = info.whole_base(nodes);
        let change = self.change[at];
        let whole = if change == 0 {
            base_whole
        } else {
            (base_whole + Points::from_units(change)).clamp_to(Points::ZERO, info.whole_max(nodes))
        };
        // As in `Projected::compute`: a field not known in the assessed year has no baseline
        // to move the index from.
        let next = if info.whole_known(nodes) {
            (whole - base_whole).units()
        } else {
            0
        };
        self.total += next - self.field_change[field];
        self.field_change[field] = next;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::projection::Projected;
    use crate::generate::{Prng, Spec, scorecard};
    use crate::model::Projection;

    /// Raising random leaves one by one, the climb's index is the engine's at every step.
    #[test]
    fn the_climb_is_the_engines_projection_at_every_step() {
        let card = scorecard(Spec {
            items: 400,
            depth: 4,
            seed: 5,
            year: 2019,
        });
        let analysis = Analysis::new(&card);
        let (_, base) = analysis.whole_totals();
        let leaves: Vec<usize> = (0..analysis.nodes.len())
            .filter(|&i| !analysis.nodes[i].is_field() && analysis.nodes[i].children.is_empty())
            .collect();
        let mut rng = Prng::new(9);
        let mut climb = Climb::new(&analysis);
        let mut projection = Projection::default();
        for _ in 0..200 {
            let leaf = leaves[rng.below(leaves.len())];
            let node = &analysis.nodes[leaf];
            let room = node.lost().units().max(0);
            let units = rng.span(0, room + 1);
            climb.set(leaf, units);
            projection
                .scores
                .insert(node.code.clone(), node.base + Points::from_units(units));
            let engine = Projected::compute(&analysis, &projection).whole_total;
            assert_eq!(base + Points::from_units(climb.gain()), engine);
        }
    }
}
