//! Kế hoạch khắc phục: the plan's items with their share of the loss, status, deadline and
//! overdue flag, grouped by lead agency; and the two projections the plan defines (every
//! planned item at full marks, and only the items reported done).

use serde::Serialize;

use crate::model::{Changes, Date, Points, Projection, Status};

use super::agencies::own_gains;
use super::analysis::Analysis;
use super::deadline::Deadline;
use super::projection::Projected;

/// One item of the plan: a node that carries a plan, with what it answers for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PlanItem {
    /// Index of the node in `Analysis::nodes`.
    pub node: usize,
    pub code: String,
    pub name: String,
    pub lead: String,
    pub task: String,
    /// The deadline as written in the plan.
    pub deadline_text: String,
    pub deadline: Deadline,
    /// The baseline loss this plan answers for: each lost point goes to its nearest plan.
    pub at_stake: Points,
    /// How much of `at_stake` the projection wins back.
    pub recovered: Points,
    /// Losses below this item that sub-items with plans of their own answer for, by code:
    /// 1.3 lost 1 point, all of it through 1.3.2, so it shows "0 (1 qua 1.3.2)", not a bare 0.
    pub via: Vec<(String, Points)>,
    pub status: Status,
    pub note: String,
    pub changed: Option<Date>,
    /// Past its due date on the report's date and not done.
    pub overdue: bool,
}

impl PlanItem {
    /// Points at stake as a person reads them: "0,5", or "0 (1 qua 1.3.2)" when sub-items with
    /// plans of their own carry part of this item's loss.
    pub fn at_stake_text(&self, vietnamese: bool) -> String {
        let n = |p: Points| if vietnamese { p.vi() } else { p.en() };
        if self.via.is_empty() {
            return n(self.at_stake);
        }
        let carried = Points::sum(self.via.iter().map(|(_, p)| *p));
        let codes: Vec<&str> = self.via.iter().map(|(c, _)| c.as_str()).collect();
        let word = if vietnamese { "qua" } else { "via" };
        format!(
            "{} ({} {word} {})",
            n(self.at_stake),
            n(carried),
            codes.join(", ")
        )
    }
}

/// A lead agency's items and totals.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AgencyProgress {
    pub lead: String,
    pub at_stake: Points,
    pub recovered: Points,
    pub done: usize,
    pub overdue: usize,
    pub items: Vec<PlanItem>,
}

/// Every planned item, in the order of the scorecard.
pub fn plan_items(
    analysis: &Analysis,
    projected: &Projected,
    changes: &Changes,
    as_of: Date,
) -> Vec<PlanItem> {
    let nodes = &analysis.nodes;
    let mut at_stake = vec![Points::ZERO; nodes.len()];
    let mut recovered = vec![Points::ZERO; nodes.len()];
    let gains = own_gains(analysis, projected);
    for (index, node) in nodes.iter().enumerate() {
        if let Some(owner) = node.plan_owner {
            let share = analysis.shares[index];
            at_stake[owner] += share;
            recovered[owner] += gains[index].clamp_to(Points::ZERO, share);
        }
    }
    let mut via: Vec<Vec<(String, Points)>> = vec![Vec::new(); nodes.len()];
    for (index, node) in nodes.iter().enumerate() {
        let outer = node.parent.and_then(|p| nodes[p].plan_owner);
        if node.plan.is_some()
            && let Some(outer) = outer
            && !at_stake[index].is_zero()
        {
            via[outer].push((node.code.clone(), at_stake[index]));
        }
    }
    nodes
        .iter()
        .enumerate()
        .filter_map(|(index, node)| {
            let plan = node.plan.as_ref()?;
            let saved = changes.statuses.get(&node.code);
            let status = saved.map(|s| s.status).unwrap_or_default();
            let deadline = Deadline::parse(&plan.deadline);
            Some(PlanItem {
                node: index,
                code: node.code.clone(),
                name: node.name.clone(),
                lead: plan.lead.clone(),
                task: plan.task.clone(),
                deadline_text: plan.deadline.clone(),
                overdue: deadline.is_overdue(as_of, status),
                deadline,
                at_stake: at_stake[index],
                recovered: recovered[index],
                via: std::mem::take(&mut via[index]),
                status,
                note: saved.map(|s| s.note.clone()).unwrap_or_default(),
                changed: saved.and_then(|s| s.changed),
            })
        })
        .collect()
}

/// The plan grouped by lead agency, in order of first appearance (as `Stakes` orders them).
pub fn progress_by_agency(
    analysis: &Analysis,
    projected: &Projected,
    changes: &Changes,
    as_of: Date,
) -> Vec<AgencyProgress> {
    let mut agencies: Vec<AgencyProgress> = Vec::new();
    for item in plan_items(analysis, projected, changes, as_of) {
        let slot = match agencies.iter().position(|a| a.lead == item.lead) {
            Some(slot) => slot,
            None => {
                agencies.push(AgencyProgress {
                    lead: item.lead.clone(),
                    at_stake: Points::ZERO,
                    recovered: Points::ZERO,
                    done: 0,
                    overdue: 0,
                    items: Vec::new(),
                });
                agencies.len() - 1
            }
        };
        let agency = &mut agencies[slot];
        agency.at_stake += item.at_stake;
        agency.recovered += item.recovered;
        agency.done += usize::from(item.status == Status::Done);
        agency.overdue += usize::from(item.overdue);
        agency.items.push(item);
    }
    agencies
}

/// The plan's items sorted for a timeline: by due date, then ongoing, then not understood.
pub fn timeline(mut items: Vec<PlanItem>) -> Vec<PlanItem> {
    items.sort_by_key(|item| item.deadline.sort_key());
    items
}

/// Sets to full marks every leaf whose nearest plan passes `covered`, and drops any value set
/// directly on a covered parent (or on a leaf already at full marks, such as LV2) so the
/// leaves' gains reach it through the delta rule. Leaves
/// only, because a covered parent's unitemised loss is what the plan does not itemise.
pub(crate) fn raise_covered(
    analysis: &Analysis,
    projection: &mut Projection,
    covered: impl Fn(usize) -> bool,
) {
    for node in &analysis.nodes {
        let Some(owner) = node.plan_owner else {
            continue;
        };
        if !covered(owner) {
            continue;
        }
        if node.children.is_empty() && node.base < node.max {
            projection.scores.insert(node.code.clone(), node.max);
        } else {
            projection.scores.remove(&node.code);
        }
    }
}

/// Dự báo theo tình trạng: items whose plan is done at full marks, everything else at the
/// baseline: what the plan has secured so far.
pub fn status_projection(analysis: &Analysis, changes: &Changes) -> Projection {
    let mut projection = Projection::default();
    raise_covered(analysis, &mut projection, |owner| {
        changes
            .statuses
            .get(&analysis.nodes[owner].code)
            .is_some_and(|s| s.status == Status::Done)
    });
    projection
}
