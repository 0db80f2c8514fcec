//! The exact search: which fixes, at least total effort, reach a needed gain — or, within a
//! budget, give the largest gain.
//!
//! Branch and bound over the full-only items in order of points per unit of effort, bounded by
//! the linear relaxation (every item divisible, filled in that order: Dantzig's bound, found in
//! O(log n) by binary search over prefix sums). Partial items are never branched on: for a fixed
//! set of full-only items their best use is that same fill in ratio order, which is exact for
//! divisible items. Gains are in ten-thousandths and efforts in ten-thousandths of the unit, so
//! every comparison is exact (a partial share is an exact fraction, `Ratio`).
//!
//! When gains are additive (every consistent card) the state is a sum. When a clamp binds (a
//! card whose children lose more than their parent, a field figure rounded up), the state is
//! the engine's own rule (`Climb`), the bound stays valid (a clamp only ever takes away), and
//! the search stays exact for full-only items; partial shares are then rounded up to a whole
//! ten-thousandth of the unit.

use std::cmp::Ordering;

use super::climb::Climb;
use super::ratio::Ratio;

mod branch;
mod fill;

/// A fixable item as the search sees it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Cand {
    pub node: usize,
    /// Points it gives back when recovered fully (ten-thousandths).
    pub gain: i64,
    /// Its effort (ten-thousandths of the unit).
    pub effort: i64,
    pub partial: bool,
}

/// A chosen fix: the candidate and how much of its gain it takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Pick {
    pub cand: usize,
    pub units: i64,
}

/// A set of fixes with its exact effort and the index gain the engine's rule gives it.
#[derive(Clone, Debug)]
pub(crate) struct Solution {
    pub picks: Vec<Pick>,
    pub effort: Ratio,
    pub gain: i64,
    /// False when the node limit stopped the search before it proved the answer best.
    pub proven: bool,
}

/// Nodes a search may visit before it answers with the best set found so far. Far above what
/// the seed (a few hundred) or a 10,000-item card with random efforts needs.
const NODE_LIMIT: u64 = 3_000_000;

/// How a search keeps the index gain of the current set.
pub(crate) enum Gains<'a> {
    /// Σ of the gains: exact when no clamp can bind.
    Additive { units: Vec<i64>, total: i64 },
    /// The engine's rule, raise by raise.
    Clamped(Climb<'a>),
}

impl Gains<'_> {
    fn total(&self) -> i64 {
        match self {
            Gains::Additive { total, .. } => *total,
            Gains::Clamped(climb) => climb.gain(),
        }
    }

    fn set(&mut self, node: usize, units: i64) {
        match self {
            Gains::Additive { units: at, total } => {
                if let Some(slot) = at.get_mut(node) {
                    *total += units - *slot;
                    *slot = units;
                }
            }
            Gains::Clamped(climb) => climb.set(node, units),
        }
    }

    fn additive(&self) -> bool {
        matches!(self, Gains::Additive { .. })
    }
}

/// Better ratio (gain ÷ effort) first; effortless items before all; then larger gain; then the
/// card's order, so equal answers always come out the same.
pub(crate) fn ratio_order(a: &Cand, b: &Cand) -> Ordering {
    let lhs = i128::from(b.gain) * i128::from(a.effort);
    let rhs = i128::from(a.gain) * i128::from(b.effort);
    lhs.cmp(&rhs)
        .then(b.gain.cmp(&a.gain))
        .then(a.node.cmp(&b.node))
}

/// The candidates prepared for searching: orders and prefix sums.
pub(crate) struct Search<'a> {
    cands: &'a [Cand],
    /// Full-only candidates, ratio order.
    bin: Vec<usize>,
    /// Partial candidates, ratio order.
    part: Vec<usize>,
    /// Every candidate, ratio order.
    merged: Vec<usize>,
    /// Merged position of `bin[k]`; `pos[bin.len()]` is `merged.len()`.
    pos: Vec<usize>,
    /// Over `merged[..m]`: gain and effort of partial items, and of full-only ones.
    pg: Vec<i64>,
    pe: Vec<i64>,
    bg: Vec<i64>,
    be: Vec<i64>,
    /// Over `part[..j]`: gain and effort.
    fg: Vec<i64>,
    fe: Vec<i64>,
    gains: Gains<'a>,
    nodes: u64,
    /// Set when the search stopped at the node limit.
    cut: bool,
    /// The greatest common divisor of the full-only items' efforts (1 if none).
    grain: i64,
}

impl<'a> Search<'a> {
    pub(crate) fn new(cands: &'a [Cand], gains: Gains<'a>) -> Self {
        let mut merged: Vec<usize> = (0..cands.len()).collect();
        merged.sort_by(|&a, &b| ratio_order(&cands[a], &cands[b]));
        let bin: Vec<usize> = merged
            .iter()
            .copied()
            .filter(|&c| !cands[c].partial)
            .collect();
        let part: Vec<usize> = merged
            .iter()
            .copied()
            .filter(|&c| cands[c].partial)
            .collect();
        let mut pos = Vec::with_capacity(bin.len() + 1);
        let (mut pg, mut pe, mut bg, mut be) = (vec![0], vec![0], vec![0], vec![0]);
        for (m, &c) in merged.iter().enumerate() {
            let cand = &cands[c];
            let (dp, db) = if cand.partial {
                ((cand.gain, cand.effort), (0, 0))
            } else {
                pos.push(m);
                ((0, 0), (cand.gain, cand.effort))
            };
            pg.push(pg[m] + dp.0);
            pe.push(pe[m] + dp.1);
            bg.push(bg[m] + db.0);
            be.push(be[m] + db.1);
        }
        pos.push(merged.len());
        let grain = bin.iter().fold(0, |g, &c| gcd(g, cands[c].effort)).max(1);
        let (mut fg, mut fe) = (vec![0], vec![0]);
        for (j, &c) in part.iter().enumerate() {
            fg.push(fg[j] + cands[c].gain);
            fe.push(fe[j] + cands[c].effort);
        }
        Search {
            cands,
            bin,
            part,
            merged,
            pos,
            pg,
            pe,
            bg,
            be,
            fg,
            fe,
            gains,
            nodes: 0,
            grain,
            cut: false,
        }
    }

    /// Gain and effort of the items available at depth `k` (every partial item and the
    /// full-only ones from `k` on) among `merged[..m]`.
    fn avail(&self, k: usize, m: usize) -> (i64, i64) {
        let from = self.pos[k];
        let (bg, be) = if m > from {
            (self.bg[m] - self.bg[from], self.be[m] - self.be[from])
        } else {
            (0, 0)
        };
        (self.pg[m] + bg, self.pe[m] + be)
    }

    /// Least effort of the divisible relaxation to gain `need` more at depth `k`; `None` when
    /// even everything left cannot.
    fn cover_bound(&self, k: usize, need: i64, cost: i64) -> Option<Ratio> {
        let all = self.merged.len();
        if self.avail(k, all).0 < need {
            return None;
        }
        let m = partition_point(all + 1, |m| self.avail(k, m).0 < need);
        let (g0, e0) = self.avail(k, m - 1);
        let crit = &self.cands[self.merged[m - 1]];
        Some(Ratio::share(cost + e0, crit.effort, need - g0, crit.gain))
    }

    /// Largest gain of the divisible relaxation within `left` at depth `k`.
    fn budget_bound(&self, k: usize, left: Ratio) -> i64 {
        let all = self.merged.len();
        let m = partition_point(all + 1, |m| Ratio::int(self.avail(k, m).1) <= left) - 1;
        let (g0, e0) = self.avail(k, m);
        if m == all {
            return g0;
        }
        let crit = &self.cands[self.merged[m]];
        g0 + fraction_within(left, e0, crit)
    }
}

/// How much of `cand`'s gain `left − spent` effort buys, in whole ten-thousandths.
fn fraction_within(left: Ratio, spent: i64, cand: &Cand) -> i64 {
    let room = left.num() - i128::from(spent) * left.den();
    if room <= 0 {
        return 0;
    }
    if cand.effort == 0 {
        return cand.gain;
    }
    let take = room * i128::from(cand.gain) / (left.den() * i128::from(cand.effort));
    i64::try_from(take.min(i128::from(cand.gain))).unwrap_or(cand.gain)
}

fn gcd(mut a: i64, mut b: i64) -> i64 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a.abs()
}

/// The first `m` in `0..n` for which `below(m)` is false (`below` true then false).
fn partition_point(n: usize, below: impl Fn(usize) -> bool) -> usize {
    let (mut lo, mut hi) = (0, n);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if below(mid) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}
