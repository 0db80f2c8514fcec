//! Brute force for goal seek, written apart from the solver: every subset of the fixable items,
//! partial ones filled in order of points per effort (the exact optimum for divisible items).
//! Gains add on the seed (no clamp binds there), which `goal_seek.rs` checks with the engine.

use parindex::engine::Analysis;
use parindex::model::{Changes, Points};

/// A fixable item in ten-thousandths.
#[derive(Clone, Debug)]
pub struct Item {
    pub code: String,
    pub gain: i64,
    pub effort: i64,
    pub partial: bool,
    pub feasible: bool,
}

/// Listed leaves that lost points, read straight from the analysis and the scenario's maps.
pub fn seed_items(analysis: &Analysis, changes: &Changes) -> Vec<Item> {
    analysis
        .nodes
        .iter()
        .filter(|n| !n.is_field() && n.children.is_empty() && n.lost() > Points::ZERO)
        .map(|n| Item {
            code: n.code.clone(),
            gain: n.lost().units(),
            effort: changes.efforts.get(&n.code).map_or(10_000, |e| e.units()),
            partial: changes.partial.contains(&n.code),
            feasible: changes
                .feasible
                .get(&n.code)
                .is_none_or(|f| f.in_year(analysis.target_year)),
        })
        .collect()
}

/// The cheapest effort found, as `num / den`, and its gain.
#[derive(Clone, Copy, Debug)]
pub struct Best {
    pub num: i128,
    pub den: i128,
    pub gain: i64,
}

impl Best {
    /// Rounded half up to a ten-thousandth of the unit, as answers show it.
    pub fn effort_units(&self) -> i64 {
        ((2 * self.num + self.den) / (2 * self.den)) as i64
    }
}

fn ratio_order(items: &[Item]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..items.len()).filter(|&i| items[i].partial).collect();
    order.sort_by(|&a, &b| {
        (i128::from(items[b].gain) * i128::from(items[a].effort))
            .cmp(&(i128::from(items[a].gain) * i128::from(items[b].effort)))
    });
    order
}

/// Least effort over all 2ⁿ subsets to gain at least `need`; ties to the larger gain.
pub fn cheapest_by_brute_force(items: &[Item], need: i64) -> Option<Best> {
    let partial_order = ratio_order(items);
    let mut best: Option<Best> = None;
    for mask in 0u32..(1 << items.len()) {
        let mut gain = 0i64;
        let mut whole = 0i64;
        let mut ok = true;
        for (i, item) in items.iter().enumerate() {
            if mask & (1 << i) == 0 {
                continue;
            }
            if !item.feasible {
                ok = false;
                break;
            }
            if !item.partial {
                gain += item.gain;
                whole += item.effort;
            }
        }
        if !ok {
            continue;
        }
        // The partial items of the subset, best ratio first, as far as the need goes.
        let (mut num, mut den) = (i128::from(whole), 1i128);
        for &i in &partial_order {
            if mask & (1 << i) == 0 || gain >= need {
                continue;
            }
            let item = &items[i];
            let take = (need - gain).min(item.gain);
            gain += take;
            if take == item.gain {
                num += i128::from(item.effort) * den;
            } else {
                // At most one share is fractional: the last one taken.
                num = num * i128::from(item.gain) + i128::from(item.effort) * i128::from(take);
                den *= i128::from(item.gain);
            }
        }
        if gain < need {
            continue;
        }
        let better = best.is_none_or(|b| {
            let (lhs, rhs) = (num * b.den, b.num * den);
            lhs < rhs || lhs == rhs && gain > b.gain
        });
        if better {
            best = Some(Best { num, den, gain });
        }
    }
    best
}

/// Largest gain over all subsets within `budget`, partial items filled by ratio.
pub fn most_within_by_brute_force(items: &[Item], budget: i64) -> i64 {
    let partial_order = ratio_order(items);
    let mut best = 0i64;
    for mask in 0u32..(1 << items.len()) {
        let mut gain = 0i64;
        let mut spent = 0i64;
        let mut ok = true;
        for (i, item) in items.iter().enumerate() {
            if mask & (1 << i) != 0 && (!item.feasible || !item.partial) {
                ok &= item.feasible;
                gain += item.gain;
                spent += item.effort;
            }
        }
        if !ok || spent > budget {
            continue;
        }
        let mut left = budget - spent;
        for &i in &partial_order {
            if mask & (1 << i) == 0 {
                continue;
            }
            let item = &items[i];
            if item.effort <= left {
                gain += item.gain;
                left -= item.effort;
            } else {
                gain += i64::try_from(
                    i128::from(left) * i128::from(item.gain) / i128::from(item.effort),
                )
                .unwrap();
                left = 0;
            }
        }
        best = best.max(gain);
    }
    best
}
