//! Xếp hạng: where a projected index would stand among the other units of the assessed year's
//! results table, and the index a target rank needs.
//!
//! Against a full table the rank is exact: one more than the units above. Against a partial one
//! (the published top five and a few neighbours) every unlisted position still has bounds — the
//! listed units just above and below it in the table — so the rank is a range, never a guess:
//! 81.18 lies below rank 17's 82.30 and above rank 44's 80.05, so "hạng 18–44". Ranks are
//! competition ranks (equal totals share a rank), as the Ministry publishes them.

use serde::{Serialize, Serializer};

use crate::model::{Points, ResultRow, Results};

use super::super::analysis::Analysis;
use super::GoalError;

/// How the other units' totals are taken for the target year.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub enum Others {
    /// As published for the assessed year.
    #[default]
    AsPublished,
    /// Each moved by the national average's change from the assessed year to the target year,
    /// both read from the results table.
    AverageChange,
}

/// A projected rank: exact when `best == worst`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RankRange {
    pub best: u32,
    pub worst: u32,
    /// Out of how many units.
    pub of: u32,
    /// What the other units' totals were moved by (zero: as published).
    pub shift: Points,
    /// The year of the table the rank is read against.
    pub year: i32,
}

impl RankRange {
    pub fn is_exact(&self) -> bool {
        self.best == self.worst
    }

    /// "hạng 48/63", "hạng 18–44/63".
    pub fn vi(&self) -> String {
        if self.is_exact() {
            format!("hạng {}/{}", self.best, self.of)
        } else {
            format!("hạng {}–{}/{}", self.best, self.worst, self.of)
        }
    }

    /// "rank 48 of 63", "rank 18–44 of 63".
    pub fn en(&self) -> String {
        if self.is_exact() {
            format!("rank {} of {}", self.best, self.of)
        } else {
            format!("rank {}–{} of {}", self.best, self.worst, self.of)
        }
    }
}

/// A number against a full table, `[best, worst]` against a partial one.
impl Serialize for RankRange {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.is_exact() {
            serializer.serialize_u32(self.best)
        } else {
            [self.best, self.worst].serialize(serializer)
        }
    }
}

/// A target given as a rank, turned into the index that guarantees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct RankTarget {
    pub rank: u32,
    /// The least index certain to reach `rank` or better.
    pub index: Points,
    /// False against a partial table: `index` is then the conservative figure (the unlisted
    /// units are assumed as high as the table allows).
    pub exact: bool,
}

/// One other unit's position: its total, or bounds from its listed neighbours.
#[derive(Clone, Copy, Debug)]
enum Slot {
    Known(Points),
    /// Above: at most the listed total above it (`None`: nothing listed above).
    /// Below: more than (strictly, `true`) or at least the listed total below it.
    Between {
        upper: Option<Points>,
        lower: Option<(Points, bool)>,
    },
}

/// The other units of the assessed year, each with what is known of its total.
#[derive(Clone, Debug)]
pub struct Standing {
    slots: Vec<Slot>,
    of: u32,
    shift: Points,
    year: i32,
    /// Every position is listed.
    full: bool,
    /// The card's own row is not in the table and its published rank names no free position:
    /// one unlisted position is its own.
    own_unplaced: bool,
    /// The index maximum: no total is above it.
    ceiling: Points,
}

impl Standing {
    /// The other units of the card's assessed year in `results`; `None` when the table does not
    /// rank that year.
    pub fn new(
        results: &Results,
        analysis: &Analysis,
        others: Others,
    ) -> Result<Option<Self>, GoalError> {
        let year = analysis.year;
        let rows: Vec<_> = results.units(year).collect();
        if rows.is_empty() {
            return Ok(None);
        }
        let shift = match others {
            Others::AsPublished => Points::ZERO,
            Others::AverageChange => {
                let from = results.average(year);
                let to = results.average(analysis.target_year);
                match (from, to) {
                    (Some(from), Some(to)) => to.total - from.total,
                    _ => {
                        return Err(GoalError::NoAverage {
                            from: year,
                            to: analysis.target_year,
                        });
                    }
                }
            }
        };
        let own = own_row(&rows, &analysis.unit);
        let ranked = rows.iter().all(|r| r.rank.is_some());
        let of = rows
            .iter()
            .filter_map(|r| r.of)
            .max()
            .or(analysis.rank.and_then(|(_, of)| of))
            .unwrap_or(0)
            .max(rows.len() as u32)
            .max(rows.iter().filter_map(|r| r.rank).max().unwrap_or(0));
        // Competition ranks from the totals when none are given: the table must then be whole.
        let mut order: Vec<(u32, usize)> = if ranked {
            rows.iter()
                .enumerate()
                .map(|(i, r)| (r.rank.unwrap_or(0), i))
                .collect()
        } else {
            if (rows.len() as u32) < of {
                return Err(GoalError::Unranked {
                    year,
                    listed: rows.len(),
                    of,
                });
            }
            let mut by_total: Vec<usize> = (0..rows.len()).collect();
            by_total.sort_by(|&a, &b| rows[b].total.cmp(&rows[a].total));
            let mut out = Vec::with_capacity(rows.len());
            for (at, &i) in by_total.iter().enumerate() {
                let rank = if at > 0 && rows[by_total[at - 1]].total == rows[i].total {
                    out.last().map_or(1, |&(r, _)| r)
                } else {
                    at as u32 + 1
                };
                out.push((rank, i));
            }
            out
        };
        order.sort_unstable();
        // Position p (0-based) holds at most one row; equal ranks take consecutive positions.
        let mut at: Vec<Option<(usize, u32)>> = vec![None; of as usize];
        let mut next = 0usize;
        for &(rank, i) in &order {
            let p = (rank as usize).saturating_sub(1).max(next);
            if let Some(slot) = at.get_mut(p) {
                *slot = Some((i, rank));
            }
            next = p + 1;
        }
        let own_pos = own
            .and_then(|o| at.iter().position(|s| s.is_some_and(|(i, _)| i == o)))
            .or_else(|| {
                analysis
                    .rank
                    .map(|(r, _)| (r as usize).saturating_sub(1))
                    .filter(|&p| at.get(p).is_some_and(Option::is_none))
            });
        let anchor = |p: usize| -> Option<(Points, u32)> {
            match at.get(p).copied().flatten() {
                Some((i, rank)) => Some((rows[i].total, rank)),
                None if Some(p) == own_pos => analysis.published_total.map(|t| (t, (p + 1) as u32)),
                None => None,
            }
        };
        let mut slots = Vec::with_capacity(at.len());
        for p in 0..at.len() {
            if Some(p) == own_pos {
                continue;
            }
            if let Some((total, _)) = at[p].map(|(i, r)| (rows[i].total, r)) {
                slots.push(Slot::Known(total + shift));
                continue;
            }
            let upper = (0..p).rev().find_map(&anchor).map(|(t, _)| t + shift);
            let lower = (p + 1..at.len())
                .find_map(|q| anchor(q).map(|(t, rank)| (t + shift, (p as u32) + 1 < rank)));
            slots.push(Slot::Between { upper, lower });
        }
        let full = slots.iter().all(|s| matches!(s, Slot::Known(_)));
        let ceiling = analysis.whole_totals().0;
        Ok(Some(Standing {
            slots,
            of,
            shift,
            year,
            full,
            own_unplaced: own_pos.is_none(),
            ceiling,
        }))
    }

    /// The rank `total` would have among the other units.
    pub fn rank_of(&self, total: Points) -> RankRange {
        let mut sure = 0u32;
        let mut maybe = 0u32;
        // When the card's own place in the table is unknown, one unlisted position is its own:
        // leave out the one that keeps each bound valid (a surely-above one for the best rank,
        // one that cannot be above for the worst, if there is such).
        let (mut sure_unlisted, mut below_unlisted) = (0u32, 0u32);
        for slot in &self.slots {
            let (above, possibly) = match *slot {
                Slot::Known(t) => (t > total, t > total),
                Slot::Between { upper, lower } => {
                    let above = match lower {
                        Some((t, true)) => t >= total,
                        Some((t, false)) => t > total,
                        None => false,
                    };
                    (above, upper.is_none_or(|u| u > total))
                }
            };
            sure += u32::from(above);
            maybe += u32::from(possibly);
            if matches!(slot, Slot::Between { .. }) {
                sure_unlisted += u32::from(above);
                below_unlisted += u32::from(!possibly);
            }
        }
        if self.own_unplaced && self.slots.iter().any(|s| matches!(s, Slot::Between { .. })) {
            sure -= sure_unlisted.min(1);
            if below_unlisted == 0 {
                maybe -= 1;
            }
        }
        let of = self.of.max(1);
        let best = (sure + 1).min(of);
        RankRange {
            best,
            worst: (maybe + 1).clamp(best, of),
            of: self.of,
            shift: self.shift,
            year: self.year,
        }
    }

    /// The least index whose worst rank is `rank` or better.
    pub fn index_for(&self, rank: u32) -> Result<RankTarget, GoalError> {
        if rank == 0 || rank > self.of {
            return Err(GoalError::RankOutOfRange { rank, of: self.of });
        }
        // Worst rank at X is 1 + #{units possibly above X}: those whose highest possible total
        // is above X. So X must reach the rank-th highest of those highest totals.
        let mut highest: Vec<Points> = self
            .slots
            .iter()
            .map(|slot| match *slot {
                Slot::Known(t) => t,
                Slot::Between { upper, .. } => upper.unwrap_or(self.ceiling),
            })
            .collect();
        highest.sort_unstable_by(|a, b| b.cmp(a));
        let index = highest
            .get(rank as usize - 1)
            .copied()
            .unwrap_or(Points::ZERO)
            .clamp_to(Points::ZERO, self.ceiling);
        Ok(RankTarget {
            rank,
            index,
            exact: self.full,
        })
    }

    /// Whether every position of the table is listed.
    pub fn is_full(&self) -> bool {
        self.full
    }
}

/// The row of the card's own unit: the one whose name ends the card's unit name
/// ("UBND tỉnh Bến Tre" ends with "Bến Tre"), the longest such name if several do.
fn own_row(rows: &[&ResultRow], unit: &str) -> Option<usize> {
    let unit_words: Vec<String> = unit.split_whitespace().map(str::to_lowercase).collect();
    rows.iter()
        .enumerate()
        .filter_map(|(i, row)| {
            let words: Vec<String> = row.unit.split_whitespace().map(str::to_lowercase).collect();
            (!words.is_empty() && unit_words.ends_with(&words)).then_some((words.len(), i))
        })
        .max()
        .map(|(_, i)| i)
}
