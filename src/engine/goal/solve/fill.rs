//! Filling with partial items: for a fixed set of full-only items, the best use of the
//! divisible items is to take them in order of points per effort, the last one partly.

use super::super::ratio::Ratio;
use super::{Pick, Search, fraction_within, partition_point};

impl Search<'_> {
    /// The added effort of [`Search::fill_cover`], without building its picks when gains add.
    pub(super) fn fill_cover_cost(&mut self, need: i64) -> Option<Ratio> {
        if !self.gains.additive() {
            return self.fill_cover(need).map(|(_, cost)| cost);
        }
        if self.fg[self.part.len()] < need {
            return None;
        }
        let j = partition_point(self.part.len() + 1, |j| self.fg[j] < need);
        let c = &self.cands[self.part[j - 1]];
        Some(Ratio::share(
            self.fe[j - 1],
            c.effort,
            need - self.fg[j - 1],
            c.gain,
        ))
    }

    /// The added gain of [`Search::fill_budget`], without building its picks when gains add.
    pub(super) fn fill_budget_gain(&mut self, left: Ratio) -> i64 {
        if !self.gains.additive() {
            return self.fill_budget(left).1;
        }
        let n = self.part.len();
        let j = partition_point(n + 1, |j| Ratio::int(self.fe[j]) <= left) - 1;
        if j < n {
            self.fg[j] + fraction_within(left, self.fe[j], &self.cands[self.part[j]])
        } else {
            self.fg[j]
        }
    }

    /// Cheapest way to gain `need` more with partial items alone, from the current state:
    /// their shares and the added effort.
    pub(super) fn fill_cover(&mut self, need: i64) -> Option<(Vec<Pick>, Ratio)> {
        if self.gains.additive() {
            let total = self.fg[self.part.len()];
            if total < need {
                return None;
            }
            let j = partition_point(self.part.len() + 1, |j| self.fg[j] < need);
            let mut picks: Vec<Pick> = self.part[..j - 1]
                .iter()
                .map(|&c| Pick {
                    cand: c,
                    units: self.cands[c].gain,
                })
                .collect();
            let last = self.part[j - 1];
            let take = need - self.fg[j - 1];
            picks.push(Pick {
                cand: last,
                units: take,
            });
            let c = &self.cands[last];
            return Some((picks, Ratio::share(self.fe[j - 1], c.effort, take, c.gain)));
        }
        let start = self.gains.total();
        let mut picks = Vec::new();
        let mut effort = 0i64;
        let mut reached = false;
        for &c in &self.part {
            let cand = self.cands[c];
            let before = self.gains.total();
            let left = need - (before - start);
            self.gains.set(cand.node, cand.gain);
            let usable = self.gains.total() - before;
            if usable <= 0 {
                self.gains.set(cand.node, 0);
                continue;
            }
            let take = if usable >= left { left } else { usable };
            // A raise by `take` gives min(take, room): exactly `take`, as take ≤ usable.
            self.gains.set(cand.node, take);
            picks.push(Pick {
                cand: c,
                units: take,
            });
            effort += Ratio::share(0, cand.effort, take, cand.gain).ceil();
            if usable >= left {
                reached = true;
                break;
            }
        }
        for pick in &picks {
            self.gains.set(self.cands[pick.cand].node, 0);
        }
        reached.then(|| (picks, Ratio::int(effort)))
    }

    /// Largest gain partial items alone add within `left`, from the current state.
    pub(super) fn fill_budget(&mut self, left: Ratio) -> (Vec<Pick>, i64) {
        let mut picks = Vec::new();
        if self.gains.additive() {
            let n = self.part.len();
            let j = partition_point(n + 1, |j| Ratio::int(self.fe[j]) <= left) - 1;
            picks.extend(self.part[..j].iter().map(|&c| Pick {
                cand: c,
                units: self.cands[c].gain,
            }));
            let mut gain = self.fg[j];
            if j < n {
                let c = self.part[j];
                let take = fraction_within(left, self.fe[j], &self.cands[c]);
                if take > 0 {
                    picks.push(Pick {
                        cand: c,
                        units: take,
                    });
                    gain += take;
                }
            }
            return (picks, gain);
        }
        let start = self.gains.total();
        let mut spent = 0i64;
        for &c in &self.part {
            let cand = self.cands[c];
            let take = fraction_within(left, spent, &cand);
            if take <= 0 {
                continue;
            }
            let before = self.gains.total();
            self.gains.set(cand.node, take);
            if self.gains.total() <= before {
                self.gains.set(cand.node, 0);
                continue;
            }
            spent += Ratio::share(0, cand.effort, take, cand.gain).ceil();
            picks.push(Pick {
                cand: c,
                units: take,
            });
        }
        let gain = self.gains.total() - start;
        for pick in &picks {
            self.gains.set(self.cands[pick.cand].node, 0);
        }
        (picks, gain)
    }
}
