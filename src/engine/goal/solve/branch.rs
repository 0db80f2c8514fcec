//! The branch and bound itself: depth-first over the full-only items in ratio order, "take"
//! before "skip", pruned by the divisible relaxation; an explicit stack, so 10,000 items cannot
//! overflow the call stack.

use super::super::ratio::Ratio;
use super::{NODE_LIMIT, Pick, Search, Solution, ratio_order};

impl Search<'_> {
    fn set(&mut self, k: usize, on: bool) {
        let cand = self.cands[self.bin[k]];
        self.gains.set(cand.node, if on { cand.gain } else { 0 });
    }

    fn restart(&mut self) {
        self.nodes = 0;
        self.cut = false;
    }

    fn tick(&mut self) -> bool {
        self.nodes += 1;
        if self.nodes > NODE_LIMIT {
            self.cut = true;
        }
        self.cut
    }

    /// The least effort that gains at least `need`; `None` if nothing can.
    pub(crate) fn cheapest(&mut self, need: i64) -> Option<Solution> {
        self.restart();
        // Without partial items every cost is a sum of efforts, so a multiple of their common
        // divisor: a bound can be rounded up to the next multiple (with efforts of 1 each, a
        // bound of 39.3 fixes proves that 40 is the least).
        let grain = if self.part.is_empty() { self.grain } else { 1 };
        let whole_costs = self.part.is_empty() || !self.gains.additive();
        let mut best: Option<(Ratio, Vec<usize>, Vec<Pick>)> = None;
        let mut taken: Vec<usize> = Vec::new();
        // Frames: (depth, next step) — 0 enter, 1 back from "take", 2 back from "skip".
        let mut frames: Vec<(usize, u8)> = vec![(0, 0)];
        let mut cost = 0i64;
        while let Some(&mut (k, ref mut step)) = frames.last_mut() {
            match *step {
                0 => {
                    if self.tick() {
                        break;
                    }
                    let left = need - self.gains.total();
                    if left <= 0 {
                        let here = Ratio::int(cost);
                        if best.as_ref().is_none_or(|b| here < b.0) {
                            best = Some((here, taken.clone(), Vec::new()));
                        }
                        frames.pop();
                        continue;
                    }
                    if let Some(extra) = self.fill_cover_cost(left) {
                        let here = extra.add_int(cost);
                        if best.as_ref().is_none_or(|b| here < b.0) {
                            let picks = self.fill_cover(left).map(|(p, _)| p).unwrap_or_default();
                            best = Some((here, taken.clone(), picks));
                        }
                    }
                    let prune = match (self.cover_bound(k, left, cost), &best) {
                        (None, _) => true,
                        (Some(_), None) => false,
                        (Some(bound), Some(b)) if whole_costs => {
                            Ratio::int(bound.ceil_to(grain)) >= b.0
                        }
                        (Some(bound), Some(b)) => bound >= b.0,
                    };
                    if prune || k == self.bin.len() {
                        frames.pop();
                        continue;
                    }
                    *step = 1;
                    self.set(k, true);
                    cost += self.cands[self.bin[k]].effort;
                    taken.push(k);
                    frames.push((k + 1, 0));
                }
                1 => {
                    *step = 2;
                    self.set(k, false);
                    cost -= self.cands[self.bin[k]].effort;
                    taken.pop();
                    frames.push((k + 1, 0));
                }
                _ => {
                    frames.pop();
                }
            }
        }
        self.unwind(&taken);
        let (effort, taken, mut picks) = best?;
        picks.extend(taken.iter().map(|&k| {
            let c = self.bin[k];
            Pick {
                cand: c,
                units: self.cands[c].gain,
            }
        }));
        Some(self.finish(picks, effort))
    }

    /// The largest gain within `budget`.
    pub(crate) fn best_within(&mut self, budget: Ratio) -> Solution {
        self.restart();
        let mut best: (i64, Vec<usize>, Vec<Pick>) = (i64::MIN, Vec::new(), Vec::new());
        let mut taken: Vec<usize> = Vec::new();
        let mut frames: Vec<(usize, u8)> = vec![(0, 0)];
        let mut cost = 0i64;
        while let Some(&mut (k, ref mut step)) = frames.last_mut() {
            match *step {
                0 => {
                    if self.tick() {
                        break;
                    }
                    let left =
                        Ratio::new(budget.num() - i128::from(cost) * budget.den(), budget.den());
                    let here = self.gains.total() + self.fill_budget_gain(left);
                    if here > best.0 {
                        let (picks, _) = self.fill_budget(left);
                        best = (here, taken.clone(), picks);
                    }
                    let bound = self.gains.total() + self.budget_bound(k, left);
                    if bound <= best.0 || k == self.bin.len() {
                        frames.pop();
                        continue;
                    }
                    let effort = self.cands[self.bin[k]].effort;
                    if Ratio::int(cost + effort) <= budget {
                        *step = 1;
                        self.set(k, true);
                        cost += effort;
                        taken.push(k);
                    } else {
                        *step = 2; // over budget: only the "skip" branch
                    }
                    frames.push((k + 1, 0));
                }
                1 => {
                    *step = 2;
                    self.set(k, false);
                    cost -= self.cands[self.bin[k]].effort;
                    taken.pop();
                    frames.push((k + 1, 0));
                }
                _ => {
                    frames.pop();
                }
            }
        }
        self.unwind(&taken);
        let (_, taken, mut picks) = best;
        picks.extend(taken.iter().map(|&k| {
            let c = self.bin[k];
            Pick {
                cand: c,
                units: self.cands[c].gain,
            }
        }));
        let effort = self.effort_of(&picks);
        self.finish(picks, effort)
    }

    /// Puts the state back to the baseline after a search stopped early.
    fn unwind(&mut self, taken: &[usize]) {
        for &k in taken {
            if k < self.bin.len() {
                self.set(k, false);
            }
        }
    }

    /// The exact effort of a set of picks.
    fn effort_of(&self, picks: &[Pick]) -> Ratio {
        let mut whole = 0i64;
        let mut frac: Option<Ratio> = None;
        for pick in picks {
            let c = &self.cands[pick.cand];
            if pick.units >= c.gain {
                whole += c.effort;
            } else if self.gains.additive() && frac.is_none() {
                frac = Some(Ratio::share(0, c.effort, pick.units, c.gain));
            } else {
                whole += Ratio::share(0, c.effort, pick.units, c.gain).ceil();
            }
        }
        frac.map_or(Ratio::int(whole), |f| f.add_int(whole))
    }

    /// Sorts the picks in ratio order and measures their gain with the state's rule.
    fn finish(&mut self, mut picks: Vec<Pick>, effort: Ratio) -> Solution {
        let cands = self.cands;
        picks.sort_by(|a, b| ratio_order(&cands[a.cand], &cands[b.cand]));
        for pick in &picks {
            self.gains.set(cands[pick.cand].node, pick.units);
        }
        let gain = self.gains.total();
        for pick in &picks {
            self.gains.set(cands[pick.cand].node, 0);
        }
        Solution {
            picks,
            effort,
            gain,
            proven: !self.cut,
        }
    }
}
