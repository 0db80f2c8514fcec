//! Làm trước: the feasible fixable items ordered by points recovered per unit of effort, with
//! the index after each — the order in which to spend effort, and the curve the chart draws.

use serde::Serialize;

use crate::model::{Changes, Points};

use super::super::analysis::Analysis;
use super::climb::Climb;
use super::items::{LeftOut, Pool, Unfixable, unfixable};
use super::solve::ratio_order;

/// One step of the list.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Step {
    pub code: String,
    pub name: String,
    /// Points the fix gives back.
    pub gain: Points,
    pub effort: Points,
    /// Points per unit of effort; `None` for a fix that costs nothing.
    pub per_effort: Option<f64>,
    /// The index after this fix and every one before it, as the engine projects it.
    pub running_total: Points,
    /// Effort spent up to and including this fix.
    pub running_effort: Points,
    pub lead: Option<String>,
    pub deadline: String,
    /// The plan's own deadline falls after the target year.
    pub late: bool,
}

/// The fix-first list with what frames it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FixFirst {
    /// Đơn vị được đánh giá, for titles.
    pub unit: String,
    /// The documents the card's figures come from.
    pub source: String,
    pub year: i32,
    pub target_year: i32,
    pub baseline_total: Points,
    pub max_total: Points,
    /// The scenario's target, drawn as a line.
    pub target: Option<Points>,
    pub effort_unit: String,
    pub steps: Vec<Step>,
    /// The first step whose running index reaches the target.
    pub reaches_target_at: Option<usize>,
    pub left_out: Vec<LeftOut>,
    pub unfixable: Unfixable,
}

impl FixFirst {
    /// The index after every step: what fixing all feasible items reaches.
    pub fn final_total(&self) -> Points {
        self.steps
            .last()
            .map_or(self.baseline_total, |s| s.running_total)
    }
}

/// Every feasible fixable item, best points per effort first (costless ones first of all,
/// then larger gains, then the card's order), each taken whole.
pub fn fix_first(analysis: &Analysis, changes: &Changes) -> FixFirst {
    let pool = Pool::new(analysis, changes);
    let (max_total, baseline) = analysis.whole_totals();
    let mut order: Vec<usize> = (0..pool.cands.len()).collect();
    order.sort_by(|&a, &b| ratio_order(&pool.cands[a], &pool.cands[b]));
    let mut climb = Climb::new(analysis);
    let mut spent = Points::ZERO;
    let mut steps = Vec::with_capacity(order.len());
    for c in order {
        let (Some(cand), Some(item)) = (
            pool.cands.get(c),
            pool.cand_item.get(c).and_then(|&i| pool.items.get(i)),
        ) else {
            continue;
        };
        climb.set(cand.node, cand.gain);
        spent += item.effort;
        steps.push(Step {
            code: item.code.clone(),
            name: item.name.clone(),
            gain: item.gain,
            effort: item.effort,
            per_effort: (!item.effort.is_zero()).then(|| item.gain.to_f64() / item.effort.to_f64()),
            running_total: baseline + Points::from_units(climb.gain()),
            running_effort: spent,
            lead: item.lead.clone(),
            deadline: item.deadline.clone(),
            late: item.late,
        });
    }
    let target = changes.target;
    let reaches_target_at = target.and_then(|t| steps.iter().position(|s| s.running_total >= t));
    FixFirst {
        unit: analysis.unit.clone(),
        source: analysis.source.clone(),
        year: analysis.year,
        target_year: analysis.target_year,
        baseline_total: baseline,
        max_total,
        target,
        effort_unit: changes.effort_unit.clone(),
        steps,
        reaches_target_at,
        left_out: pool.left_out,
        unfixable: unfixable(analysis),
    }
}
