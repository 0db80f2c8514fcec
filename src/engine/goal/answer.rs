//! The answer to "what must we fix to reach the target?", as plain data a panel renders and the
//! command line prints, and its conversion into a new scenario's changes.

use serde::Serialize;

use crate::model::{Changes, Points, Projection};

use super::items::{LeftOut, Unfixable};
use super::rank::{Others, RankRange, RankTarget};

/// Một việc cần làm: one fix of an answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Fix {
    pub code: String,
    pub name: String,
    /// Điểm khôi phục: the item's own points this fix gives back.
    pub gain: Points,
    /// The item's projected score with the fix (its maximum, or baseline + gain for a share).
    pub value: Points,
    pub max: Points,
    /// Taken partly (a share of a partial item).
    pub partial: bool,
    /// Công sức of this fix (a share's effort rounded to 0.0001 of the unit).
    pub effort: Points,
    /// Đơn vị chủ trì.
    pub lead: Option<String>,
    /// Thời hạn of the plan, as written.
    pub deadline: String,
    /// The plan's own deadline falls after the target year.
    pub late: bool,
}

/// When the target cannot be reached: how close one can get, and what blocks the rest.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Shortfall {
    /// The highest index reachable (within the budget, if there is one).
    pub nearest: Points,
    /// Target − nearest.
    pub short_by: Points,
    /// Points of the items left out as not feasible.
    pub infeasible: Points,
    /// The budget stops short of what the feasible items could reach.
    pub budget_limited: bool,
}

/// Kết quả tìm mục tiêu: the cheapest fixes to a target, or the most within a budget.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Answer {
    /// The index aimed at (from a rank, the index that guarantees it).
    pub target: Option<Points>,
    /// The rank aimed at, when the target was given as one.
    pub target_rank: Option<RankTarget>,
    /// The effort budget, when one was given.
    pub budget: Option<Points>,
    /// The projected index reaches the target (true when there is no target).
    pub reachable: bool,
    pub year: i32,
    pub target_year: i32,
    /// The assessed year's index and the index maximum.
    pub baseline_total: Points,
    pub max_total: Points,
    /// The index with every feasible fix.
    pub feasible_total: Points,
    /// The assessed year's rank against the same table.
    pub baseline_rank: Option<RankRange>,
    /// The index with this answer's fixes, as the engine projects it.
    pub projected_total: Points,
    /// Its rank, when a results table for the assessed year is at hand.
    pub projected_rank: Option<RankRange>,
    /// How the other units were taken for the rank.
    pub others: Others,
    pub total_effort: Points,
    pub effort_unit: String,
    /// The fixes, best points per effort first.
    pub fixes: Vec<Fix>,
    pub left_out: Vec<LeftOut>,
    pub unfixable: Unfixable,
    pub shortfall: Option<Shortfall>,
    /// Gains add up (no clamp binds): the search's figures are the engine's, exactly.
    pub additive: bool,
    /// The search proved no cheaper set exists (false only if it hit its node limit).
    pub proven: bool,
}

impl Answer {
    /// The projection that puts this answer's fixes in place: each fixed item at its value.
    pub fn projection(&self) -> Projection {
        Projection {
            scores: self
                .fixes
                .iter()
                .map(|f| (f.code.clone(), f.value))
                .collect(),
            surveys: std::collections::BTreeMap::default(),
        }
    }
}

/// Áp dụng vào kịch bản mới: the changes of a new scenario holding this answer — its fixes as
/// the projection and its target — keeping the scenario's efforts, feasibility, statuses,
/// evidence and accepted corrections, so every tab works on it.
pub fn answer_changes(answer: &Answer, changes: &Changes) -> Changes {
    let mut out = changes.clone();
    out.projection = answer.projection();
    if answer.target.is_some() {
        out.target = answer.target;
    }
    out
}
