//! Points at stake per lead agency (đơn vị chủ trì), each lost point counted once.
//!
//! A leaf's loss goes to the nearest plan: its own or an ancestor's. A parent's unitemised
//! loss (what its children do not account for) goes to the parent's nearest plan. What no plan
//! covers is reported apart, so the agencies plus the unassigned rest equal the whole loss.

use serde::Serialize;

use crate::model::Points;

use super::analysis::Analysis;
use super::projection::Projected;

/// One lead agency's share of the loss.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Stake {
    pub lead: String,
    /// Points the baseline lost on the items this agency leads.
    pub at_stake: Points,
    /// How much of that the projection wins back.
    pub recovered: Points,
    /// Node indices of the items (and fields) whose plan this agency leads.
    #[serde(skip)]
    pub nodes: Vec<usize>,
}

/// Every agency named as a lead, in order of first appearance, and the loss no plan covers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Stakes {
    pub agencies: Vec<Stake>,
    pub unassigned: Points,
    pub unassigned_recovered: Points,
}

impl Stakes {
    /// Shares of the baseline loss, and what `projected` wins back of each.
    pub fn of(analysis: &Analysis, projected: &Projected) -> Self {
        let nodes = &analysis.nodes;
        let mut agencies: Vec<Stake> = Vec::new();
        let mut slot_of_owner = vec![None; nodes.len()];
        for (index, node) in nodes.iter().enumerate() {
            if let Some(plan) = &node.plan {
                let slot = if let Some(slot) = agencies.iter().position(|a| a.lead == plan.lead) {
                    slot
                } else {
                    agencies.push(Stake {
                        lead: plan.lead.clone(),
                        at_stake: Points::ZERO,
                        recovered: Points::ZERO,
                        nodes: Vec::new(),
                    });
                    agencies.len() - 1
                };
                agencies[slot].nodes.push(index);
                slot_of_owner[index] = Some(slot);
            }
        }
        let mut unassigned = Points::ZERO;
        let mut unassigned_recovered = Points::ZERO;
        for (index, node) in nodes.iter().enumerate() {
            let share = analysis.unitemised_loss(index);
            let won = own_gain(analysis, projected, index).clamp_to(Points::ZERO, share);
            if let Some(slot) = node.plan_owner.and_then(|owner| slot_of_owner[owner]) {
                agencies[slot].at_stake += share;
                agencies[slot].recovered += won;
            } else {
                unassigned += share;
                unassigned_recovered += won;
            }
        }
        Stakes {
            agencies,
            unassigned,
            unassigned_recovered,
        }
    }
}

/// The part of a node's projected gain that its children do not explain: for a leaf, its whole
/// gain; for a parent set directly, what the setting adds beyond its children's changes.
fn own_gain(analysis: &Analysis, projected: &Projected, index: usize) -> Points {
    let children = Points::sum(
        analysis.nodes[index]
            .children
            .iter()
            .map(|&c| projected.delta(analysis, c)),
    );
    projected.delta(analysis, index) - children
}
