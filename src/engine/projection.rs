//! Projection by deltas.
//!
//! The appendix lists only what missed full marks, so a parent's listed children are a partial
//! itemisation of its loss. A projection therefore moves a parent by its children's changes,
//! never by re-summing them: projected(parent) = base(parent) + Σ (projected(child) − base(child)),
//! clamped to [0, max]. A value a person sets on a node directly wins over its children.

use crate::model::{Points, Projection};

use super::analysis::Analysis;

/// Every node's value under a projection, with field and index totals.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Projected {
    /// Self-assessment value of each node, indexed like `Analysis::nodes`.
    pub values: Vec<Points>,
    /// Whether the node's value was set directly rather than derived.
    pub set: Vec<bool>,
    /// Survey value of each field, indexed like `Analysis::fields`.
    pub surveys: Vec<Points>,
    /// Whole-field value of each field.
    pub wholes: Vec<Points>,
    /// Σ of the fields' self-assessment values (out of 66.5 for a province).
    pub self_total: Points,
    /// The index (out of 100): the published total moved by every field's change.
    pub whole_total: Points,
}

impl Projected {
    /// The baseline: no edits.
    pub fn baseline(analysis: &Analysis) -> Self {
        Self::compute(analysis, &Projection::default())
    }

    /// One linear pass in reverse pre-order, so children settle before their parents.
    pub fn compute(analysis: &Analysis, projection: &Projection) -> Self {
        let nodes = &analysis.nodes;
        let mut set_value: Vec<Option<Points>> = vec![None; nodes.len()];
        for (code, value) in &projection.scores {
            if let Some(index) = analysis.find(code) {
                set_value[index] = Some(value.clamp_to(Points::ZERO, nodes[index].max));
            }
        }
        let mut child_delta = vec![Points::ZERO; nodes.len()];
        let mut values = vec![Points::ZERO; nodes.len()];
        for index in (0..nodes.len()).rev() {
            let node = &nodes[index];
            let value = set_value[index].unwrap_or_else(|| {
                if child_delta[index].is_zero() {
                    node.base
                } else {
                    (node.base + child_delta[index]).clamp_to(Points::ZERO, node.max)
                }
            });
            values[index] = value;
            if let Some(parent) = node.parent {
                child_delta[parent] += value - node.base;
            }
        }

        let mut surveys = Vec::with_capacity(analysis.fields.len());
        let mut wholes = Vec::with_capacity(analysis.fields.len());
        let mut whole_change = Points::ZERO;
        for info in &analysis.fields {
            let node = &nodes[info.node];
            let survey = projection
                .surveys
                .get(&node.code)
                .map_or(info.survey_base, |v| {
                    v.clamp_to(Points::ZERO, info.survey_max)
                });
            let base_whole = info.whole_base(nodes);
            let change = (values[info.node] - node.base) + (survey - info.survey_base);
            let whole = if change.is_zero() {
                base_whole
            } else {
                (base_whole + change).clamp_to(Points::ZERO, info.whole_max(nodes))
            };
            // A field not known in the assessed year has no baseline to move the index from.
            if info.whole_known(nodes) {
                whole_change += whole - base_whole;
            }
            surveys.push(survey);
            wholes.push(whole);
        }
        let self_total = Points::sum(analysis.fields.iter().map(|f| values[f.node]));
        let whole_total = analysis.whole_totals().1 + whole_change;
        Projected {
            values,
            set: set_value.iter().map(Option::is_some).collect(),
            surveys,
            wholes,
            self_total,
            whole_total,
        }
    }

    /// Projected − baseline for a node.
    pub fn delta(&self, analysis: &Analysis, index: usize) -> Points {
        self.values[index] - analysis.nodes[index].base
    }

    /// What a value set directly on a parent adds beyond its children's changes: a gain no
    /// listed item carries (0 for a leaf, or a parent that follows its children).
    pub fn own_gain(&self, analysis: &Analysis, index: usize) -> Points {
        let node = &analysis.nodes[index];
        if node.children.is_empty() || !self.set[index] {
            return Points::ZERO;
        }
        let children = Points::sum(node.children.iter().map(|&c| self.delta(analysis, c)));
        self.delta(analysis, index) - children
    }
}
