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
        let mut agencies: Vec<Stake> = analysis
            .leads
            .iter()
            .map(|lead| Stake {
                lead: lead.clone(),
                at_stake: Points::ZERO,
                recovered: Points::ZERO,
                nodes: Vec::new(),
            })
            .collect();
        let gains = own_gains(analysis, projected);
        let mut unassigned = Points::ZERO;
        let mut unassigned_recovered = Points::ZERO;
        for (index, node) in analysis.nodes.iter().enumerate() {
            let share = analysis.shares[index];
            let won = gains[index].clamp_to(Points::ZERO, share);
            if let Some(slot) = analysis.lead_of[index] {
                let agency = &mut agencies[slot];
                agency.at_stake += share;
                agency.recovered += won;
                if node.plan.is_some() {
                    agency.nodes.push(index);
                }
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

/// For every node, the part of its projected gain that its children do not explain: for a
/// leaf, its whole gain; for a parent set directly, what the setting adds beyond its
/// children's changes. One pass: each node adds its delta to itself and takes it from its
/// parent.
pub(crate) fn own_gains(analysis: &Analysis, projected: &Projected) -> Vec<Points> {
    let mut gains = vec![Points::ZERO; analysis.nodes.len()];
    for (index, node) in analysis.nodes.iter().enumerate() {
        let delta = projected.values[index] - node.base;
        if delta.is_zero() {
            continue;
        }
        gains[index] += delta;
        if let Some(parent) = node.parent {
            gains[parent] -= delta;
        }
    }
    gains
}
