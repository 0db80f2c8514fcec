//! Goal seek: from a target (an index, or a rank through a results table) and/or an effort
//! budget to the answer, every figure in it checked against the engine's own projection.

use crate::model::{Changes, Points, Results};

use super::super::analysis::Analysis;
use super::super::projection::Projected;
use super::GoalError;
use super::answer::{Answer, Fix, Shortfall};
use super::climb::Climb;
use super::items::{Pool, unfixable};
use super::rank::{Others, Standing};
use super::ratio::Ratio;
use super::solve::{Cand, Gains, Search, Solution};

/// What to aim at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Aim {
    /// Chỉ số mục tiêu: an index, out of the card's maximum.
    Index(Points),
    /// Hạng mục tiêu: a rank among the units of the results table (1 is first).
    Rank(u32),
}

/// A goal-seek question.
#[derive(Clone, Copy, Debug, Default)]
pub struct Request<'a> {
    /// The target; `None` with a budget asks for the most within it.
    pub aim: Option<Aim>,
    /// Ngân sách công sức, in the scenario's effort unit.
    pub budget: Option<Points>,
    /// The assessed year's results, for ranks.
    pub results: Option<&'a Results>,
    pub others: Others,
}

/// Tìm mục tiêu: the set of fixes of least total effort whose projected index reaches the
/// target (exactly: 0/1 for full-only items, continuous for partial ones), or with a budget
/// the largest index within it; ties go to the larger index. Plans from the assessed year's
/// verified result: the scenario supplies efforts, feasibility and the effort unit, and its own
/// projected values are not taken as done (apply the answer to a new scenario to compare).
pub fn seek(
    analysis: &Analysis,
    changes: &Changes,
    request: &Request<'_>,
) -> Result<Answer, GoalError> {
    let (max_total, baseline) = analysis.whole_totals();
    let standing = match request.results {
        Some(results) => Standing::new(results, analysis, request.others)?,
        None => None,
    };
    let (target, target_rank) = match request.aim {
        None => (None, None),
        Some(Aim::Index(index)) => (Some(index), None),
        Some(Aim::Rank(rank)) => {
            let standing = standing.as_ref().ok_or(GoalError::NoResults {
                year: analysis.year,
            })?;
            let aim = standing.index_for(rank)?;
            (Some(aim.index), Some(aim))
        }
    };
    if let Some(target) = target {
        if target > max_total {
            return Err(GoalError::TargetAboveMax {
                target,
                max: max_total,
            });
        }
        if target.is_negative() {
            return Err(GoalError::TargetNegative { target });
        }
    }
    if let Some(budget) = request.budget.filter(|b| b.is_negative()) {
        return Err(GoalError::BudgetNegative { budget });
    }
    if target.is_none() && request.budget.is_none() {
        return Err(GoalError::NothingAsked);
    }

    let pool = Pool::new(analysis, changes);
    let (gains, feasible_gain) = gains_for(analysis, &pool.cands);
    let additive = matches!(gains, Gains::Additive { .. });
    let mut search = Search::new(&pool.cands, gains);
    let budget = request.budget.map(|b| Ratio::int(b.units()));
    let need = target.map(|t| (t - baseline).units());

    let mut budget_limited = false;
    let solution = match need {
        Some(need) => {
            let aim = need.min(feasible_gain);
            let cheapest = cheapest(&mut search, aim);
            match budget {
                Some(budget) if cheapest.effort > budget => {
                    budget_limited = true;
                    within(&mut search, budget)
                }
                _ => cheapest,
            }
        }
        None => within(&mut search, budget.unwrap_or(Ratio::int(0))),
    };

    let fixes = fixes_of(&pool, &solution, additive);
    let mut answer = Answer {
        target,
        target_rank,
        budget: request.budget,
        reachable: true,
        year: analysis.year,
        target_year: analysis.target_year,
        baseline_total: baseline,
        max_total,
        feasible_total: feasible_total(analysis, &pool),
        baseline_rank: standing.as_ref().map(|s| s.rank_of(baseline)),
        projected_total: baseline,
        projected_rank: None,
        others: request.others,
        total_effort: Points::from_units(if additive {
            solution.effort.round()
        } else {
            solution.effort.ceil()
        }),
        effort_unit: changes.effort_unit.clone(),
        fixes,
        left_out: pool.left_out,
        unfixable: unfixable(analysis),
        shortfall: None,
        additive,
        proven: solution.proven,
    };
    // The figure shown is the engine's, never the search's own sum.
    answer.projected_total = Projected::compute(analysis, &answer.projection()).whole_total;
    answer.projected_rank = standing.map(|s| s.rank_of(answer.projected_total));
    if let Some(target) = target {
        answer.reachable = answer.projected_total >= target;
        if !answer.reachable {
            answer.shortfall = Some(Shortfall {
                nearest: answer.projected_total,
                short_by: target - answer.projected_total,
                infeasible: Points::sum(answer.left_out.iter().map(|l| l.gain)),
                budget_limited,
            });
        }
    }
    Ok(answer)
}

/// Additive gains when raising every candidate at once binds no clamp — then no subset does
/// either, as every clamp is an upper one and gains only add — else the engine's rule. Also
/// returns the gain of every candidate at once.
fn gains_for<'a>(analysis: &'a Analysis, cands: &[Cand]) -> (Gains<'a>, i64) {
    let mut climb = Climb::new(analysis);
    for cand in cands {
        climb.set(cand.node, cand.gain);
    }
    let all = climb.gain();
    if all == cands.iter().map(|c| c.gain).sum::<i64>() {
        let gains = Gains::Additive {
            units: vec![0; analysis.nodes.len()],
            total: 0,
        };
        (gains, all)
    } else {
        (Gains::Clamped(Climb::new(analysis)), all)
    }
}

fn empty() -> Solution {
    Solution {
        picks: Vec::new(),
        effort: Ratio::int(0),
        gain: 0,
        proven: true,
    }
}

/// Least effort to gain `need`, and among those the largest gain.
fn cheapest(search: &mut Search<'_>, need: i64) -> Solution {
    if need <= 0 {
        return empty();
    }
    let Some(first) = search.cheapest(need) else {
        return empty();
    };
    let second = search.best_within(first.effort);
    if second.gain >= need && second.effort <= first.effort && second.gain > first.gain {
        Solution {
            proven: first.proven && second.proven,
            ..second
        }
    } else {
        first
    }
}

/// The largest gain within `budget`, at least effort.
fn within(search: &mut Search<'_>, budget: Ratio) -> Solution {
    let most = search.best_within(budget);
    if most.gain <= 0 {
        return empty();
    }
    let least = cheapest(search, most.gain);
    if least.effort <= most.effort && least.gain >= most.gain {
        Solution {
            proven: least.proven && most.proven,
            ..least
        }
    } else {
        most
    }
}

fn fixes_of(pool: &Pool, solution: &Solution, additive: bool) -> Vec<Fix> {
    solution
        .picks
        .iter()
        .filter(|pick| pick.units > 0)
        .filter_map(|pick| {
            let cand = pool.cands.get(pick.cand)?;
            let item = pool.items.get(*pool.cand_item.get(pick.cand)?)?;
            let whole = pick.units >= cand.gain;
            let share = Ratio::share(0, cand.effort, pick.units, cand.gain);
            let effort = if whole {
                item.effort
            } else if additive {
                Points::from_units(share.round())
            } else {
                Points::from_units(share.ceil())
            };
            Some(Fix {
                code: item.code.clone(),
                name: item.name.clone(),
                gain: Points::from_units(pick.units),
                value: (item.max - item.gain) + Points::from_units(pick.units),
                max: item.max,
                partial: !whole,
                effort,
                lead: item.lead.clone(),
                deadline: item.deadline.clone(),
                late: item.late,
            })
        })
        .collect()
}

/// The index with every feasible item fixed, as the engine projects it.
fn feasible_total(analysis: &Analysis, pool: &Pool) -> Points {
    let mut projection = crate::model::Projection::default();
    for item in pool.cand_item.iter().filter_map(|&i| pool.items.get(i)) {
        projection.scores.insert(item.code.clone(), item.max);
    }
    Projected::compute(analysis, &projection).whole_total
}
