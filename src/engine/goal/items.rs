//! The fixable items of a card under a scenario's goal data, what is left out and why, and the
//! losses no fix can recover.

use serde::Serialize;

use crate::model::{Changes, Date, Feasible, Points};

use super::super::analysis::Analysis;
use super::super::deadline::Deadline;
use super::solve::Cand;

/// Việc có thể khắc phục: a listed item with no listed sub-criteria that lost points in the
/// baseline, with what the scenario records about fixing it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Fixable {
    /// Index of the node in `Analysis::nodes`.
    pub node: usize,
    pub code: String,
    pub name: String,
    pub max: Points,
    /// Điểm bị trừ: what recovering it fully gives back (max − baseline).
    pub gain: Points,
    /// Công sức, in the scenario's unit (1 where none was entered).
    pub effort: Points,
    /// Whether it may be recovered partly.
    pub partial: bool,
    pub feasible: Feasible,
    /// Đơn vị chủ trì of the plan that covers it.
    pub lead: Option<String>,
    /// Thời hạn of that plan, as written.
    pub deadline: String,
    /// The plan's deadline falls after the target year: a fix counted for the target year is
    /// then earlier than the plan itself promises.
    pub late: bool,
}

/// Why a fixable item is not in an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// Không khả thi: marked as not feasible in the target year.
    NotFeasible,
    /// Chỉ làm được sau ngày này, after the target year.
    After(Date),
}

impl Reason {
    pub fn vi(self) -> String {
        match self {
            Reason::NotFeasible => "không khả thi trong năm mục tiêu".to_string(),
            Reason::After(date) => {
                format!("chỉ thực hiện được sau {}, quá năm mục tiêu", date.vi())
            }
        }
    }

    pub fn en(self) -> String {
        match self {
            Reason::NotFeasible => "not feasible in the target year".to_string(),
            Reason::After(date) => format!("feasible only after {date}, past the target year"),
        }
    }
}

/// A fixable item an answer leaves out.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LeftOut {
    pub code: String,
    pub name: String,
    /// What it would have given back.
    pub gain: Points,
    pub lead: Option<String>,
    pub reason: Reason,
}

/// A loss no fix recovers, by code.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Loss {
    pub code: String,
    /// A field's own loss (shown as "LV4"), not a criterion's.
    pub field: bool,
    pub name: String,
    pub lost: Points,
}

/// What stands between the baseline and the maximum and is not a fixable item.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Unfixable {
    /// Điểm bị trừ không phân tích: a criterion's or field's loss its listed sub-criteria do not
    /// account for (the seed's LV4 0.2804 and 7.2 0.047): no listed item to fix.
    pub unitemised: Vec<Loss>,
    pub unitemised_total: Points,
    /// Điểm điều tra xã hội học bị trừ: the survey part is the citizens' and officials'
    /// verdict, not something the province fixes by an act.
    pub survey: Points,
    /// What the published index lacks beyond every part: the summary table rounds a field's
    /// figure (LV3 12.42 for 12.4259), and the index moves from the published figures.
    pub rounding: Points,
}

/// Everything the search needs, in card order.
pub(crate) struct Pool {
    pub items: Vec<Fixable>,
    /// Feasible items as the search sees them; `cand_item[i]` is the item of `cands[i]`.
    pub cands: Vec<Cand>,
    pub cand_item: Vec<usize>,
    pub left_out: Vec<LeftOut>,
}

/// Every fixable item of the card, with the scenario's effort, partial flag and feasibility.
pub fn fixable(analysis: &Analysis, changes: &Changes) -> Vec<Fixable> {
    // Each plan's deadline is read once, not once per item it covers.
    let mut late_of: Vec<Option<bool>> = vec![None; analysis.nodes.len()];
    analysis
        .nodes
        .iter()
        .enumerate()
        .filter(|(_, node)| {
            !node.is_field() && node.children.is_empty() && node.lost() > Points::ZERO
        })
        .map(|(index, node)| {
            let plan = node
                .plan_owner
                .and_then(|owner| analysis.nodes.get(owner))
                .and_then(|owner| owner.plan.as_ref());
            let deadline = plan.map(|p| p.deadline.clone()).unwrap_or_default();
            let late = match node
                .plan_owner
                .and_then(|o| late_of.get(o).copied().flatten())
            {
                Some(late) => late,
                None => {
                    let late = Deadline::parse(&deadline)
                        .due()
                        .is_some_and(|due| due.year() > analysis.target_year);
                    if let Some(slot) = node.plan_owner.and_then(|o| late_of.get_mut(o)) {
                        *slot = Some(late);
                    }
                    late
                }
            };
            Fixable {
                node: index,
                code: node.code.clone(),
                name: node.name.clone(),
                max: node.max,
                gain: node.lost(),
                effort: changes.effort(&node.code).max(Points::ZERO),
                partial: changes.is_partial(&node.code),
                feasible: changes.feasibility(&node.code),
                lead: analysis.lead_of[index].and_then(|slot| analysis.leads.get(slot).cloned()),
                deadline,
                late,
            }
        })
        .collect()
}

impl Pool {
    pub(crate) fn new(analysis: &Analysis, changes: &Changes) -> Self {
        let items = fixable(analysis, changes);
        let mut cands = Vec::new();
        let mut cand_item = Vec::new();
        let mut left_out = Vec::new();
        for (i, item) in items.iter().enumerate() {
            if item.feasible.in_year(analysis.target_year) {
                cands.push(Cand {
                    node: item.node,
                    gain: item.gain.units(),
                    effort: item.effort.units(),
                    partial: item.partial,
                });
                cand_item.push(i);
            } else {
                left_out.push(LeftOut {
                    code: item.code.clone(),
                    name: item.name.clone(),
                    gain: item.gain,
                    lead: item.lead.clone(),
                    reason: match item.feasible {
                        Feasible::After(date) => Reason::After(date),
                        _ => Reason::NotFeasible,
                    },
                });
            }
        }
        Pool {
            items,
            cands,
            cand_item,
            left_out,
        }
    }
}

/// The losses no fix recovers: unitemised shares, the survey part, the published rounding.
pub fn unfixable(analysis: &Analysis) -> Unfixable {
    let unitemised: Vec<Loss> = analysis
        .nodes
        .iter()
        .enumerate()
        // A listed leaf is a fixable item; every other node's share is what its children leave
        // unexplained.
        .filter(|(i, node)| {
            (node.is_field() || !node.children.is_empty()) && analysis.shares[*i] > Points::ZERO
        })
        .map(|(i, node)| Loss {
            code: node.code.clone(),
            field: node.is_field(),
            name: node.name.clone(),
            lost: analysis.shares[i],
        })
        .collect();
    let unitemised_total = Points::sum(unitemised.iter().map(|l| l.lost));
    let survey = Points::sum(
        analysis
            .fields
            .iter()
            .map(|f| (f.survey_max - f.survey_base).max(Points::ZERO)),
    );
    let (max, base) = analysis.whole_totals();
    let self_lost = Points::sum(analysis.shares.iter().copied());
    let rounding = max - base - self_lost - survey;
    Unfixable {
        unitemised,
        unitemised_total,
        survey,
        rounding,
    }
}
