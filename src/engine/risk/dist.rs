//! A discrete distribution over points in ten-thousandths, kept sparse: the values a score can
//! take and the probability of each. Sums of independent parts are convolutions; the engine's
//! clamps are maps over the values.

/// Probabilities closer than this to a bound count as reaching it, so sums of floating-point
/// products do not move a percentile by a step.
const EPSILON: f64 = 1e-12;

/// How much convolution work an exact computation may spend before it gives way to Monte
/// Carlo: the number of value pairs (or dense slots) it touches.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Budget(u64);

impl Budget {
    pub fn new(work: u64) -> Self {
        Budget(work)
    }

    /// Spends `work`; `None` once the budget is gone.
    fn spend(&mut self, work: u64) -> Option<()> {
        self.0 = self.0.checked_sub(work)?;
        Some(())
    }
}

/// Values in increasing order, each once, with probabilities summing to one.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Dist {
    points: Vec<(i64, f64)>,
}

impl Dist {
    /// Certainly `value`.
    pub fn point(value: i64) -> Self {
        Dist {
            points: vec![(value, 1.0)],
        }
    }

    /// From (value, probability) pairs in any order, values possibly repeated.
    pub fn from_pairs(mut pairs: Vec<(i64, f64)>) -> Self {
        pairs.sort_unstable_by_key(|&(v, _)| v);
        let mut points: Vec<(i64, f64)> = Vec::with_capacity(pairs.len());
        for (value, p) in pairs {
            if p <= 0.0 {
                continue;
            }
            match points.last_mut() {
                Some(last) if last.0 == value => last.1 += p,
                _ => points.push((value, p)),
            }
        }
        if points.is_empty() {
            points.push((0, 1.0));
        }
        Dist { points }
    }

    /// The empirical distribution of samples, each weighing 1 / n.
    pub fn from_samples(mut samples: Vec<i64>) -> Self {
        samples.sort_unstable();
        let weight = 1.0 / samples.len().max(1) as f64;
        let mut points: Vec<(i64, f64)> = Vec::new();
        for value in samples {
            match points.last_mut() {
                Some(last) if last.0 == value => last.1 += weight,
                _ => points.push((value, weight)),
            }
        }
        if points.is_empty() {
            points.push((0, 1.0));
        }
        Dist { points }
    }

    /// `a` with probability `p`, else `b`.
    pub fn mix(p: f64, a: &Dist, b: &Dist) -> Self {
        let pairs = a
            .points
            .iter()
            .map(|&(v, q)| (v, q * p))
            .chain(b.points.iter().map(|&(v, q)| (v, q * (1.0 - p))))
            .collect();
        Dist::from_pairs(pairs)
    }

    pub fn points(&self) -> &[(i64, f64)] {
        &self.points
    }

    /// The single value, when there is only one.
    pub fn as_point(&self) -> Option<i64> {
        match self.points.as_slice() {
            [(value, _)] => Some(*value),
            _ => None,
        }
    }

    pub fn min(&self) -> i64 {
        self.points.first().map_or(0, |p| p.0)
    }

    pub fn max(&self) -> i64 {
        self.points.last().map_or(0, |p| p.0)
    }

    #[must_use]
    pub fn shift(mut self, by: i64) -> Self {
        for point in &mut self.points {
            point.0 += by;
        }
        self
    }

    /// The distribution of `f(X)`.
    #[must_use]
    pub fn map(&self, f: impl Fn(i64) -> i64) -> Self {
        Dist::from_pairs(self.points.iter().map(|&(v, p)| (f(v), p)).collect())
    }

    /// The distribution of X + Y for independent X (self) and Y, or `None` when the work would
    /// overrun `budget`. Dense when the values span little more than the pairs would fill.
    pub fn convolve(&self, other: &Dist, budget: &mut Budget) -> Option<Dist> {
        if let Some(v) = other.as_point() {
            return Some(self.clone().shift(v));
        }
        if let Some(v) = self.as_point() {
            return Some(other.clone().shift(v));
        }
        let pairs = (self.points.len() as u64).saturating_mul(other.points.len() as u64);
        let low = self.min() + other.min();
        let span = (self.max() + other.max() - low + 1).unsigned_abs();
        if span <= pairs.saturating_mul(4).saturating_add(4_096) {
            budget.spend(pairs.saturating_add(span))?;
            let mut dense = vec![0.0_f64; usize::try_from(span).ok()?];
            for &(a, p) in &self.points {
                for &(b, q) in &other.points {
                    dense[(a + b - low) as usize] += p * q;
                }
            }
            let points = dense
                .iter()
                .enumerate()
                .filter(|&(_, &p)| p > 0.0)
                .map(|(i, &p)| (low + i64::try_from(i).unwrap_or(i64::MAX), p))
                .collect();
            return Some(Dist { points });
        }
        budget.spend(pairs.saturating_mul(2))?;
        let mut all = Vec::with_capacity(usize::try_from(pairs).ok()?);
        for &(a, p) in &self.points {
            for &(b, q) in &other.points {
                all.push((a + b, p * q));
            }
        }
        Some(Dist::from_pairs(all))
    }

    pub fn mean(&self) -> f64 {
        self.points.iter().map(|&(v, p)| v as f64 * p).sum()
    }

    /// The smallest value whose cumulative probability reaches `q`.
    pub fn quantile(&self, q: f64) -> i64 {
        let mut cumulative = 0.0;
        for &(value, p) in &self.points {
            cumulative += p;
            if cumulative >= q - EPSILON {
                return value;
            }
        }
        self.max()
    }

    /// The quantiles at `qs` (in increasing order) in one sweep: a distribution of the index
    /// may hold a hundred thousand values, and a chart asks for a hundred percentiles.
    pub fn quantiles(&self, qs: &[f64]) -> Vec<i64> {
        let mut out = Vec::with_capacity(qs.len());
        let mut cumulative = 0.0;
        let mut points = self.points.iter();
        let mut current = None;
        for &q in qs {
            loop {
                if let Some((value, c)) = current
                    && c >= q - EPSILON
                {
                    out.push(value);
                    break;
                }
                match points.next() {
                    Some(&(value, p)) => {
                        cumulative += p;
                        current = Some((value, cumulative));
                    }
                    None => {
                        out.push(self.max());
                        break;
                    }
                }
            }
        }
        out
    }

    /// P(X ≥ value).
    pub fn at_least(&self, value: i64) -> f64 {
        let p: f64 = self
            .points
            .iter()
            .filter(|&&(v, _)| v >= value)
            // A fold from +0: an empty `sum` is -0, which JSON and the report print as "-0".
            .fold(0.0, |sum, &(_, p)| sum + p);
        p.clamp(0.0, 1.0)
    }

    /// At most `bins` equal bars of a round width (1, 2 or 5 × a power of ten, in
    /// ten-thousandths) from the 0.1th to the 99.9th percentile, the thin tails folded into
    /// the end bars: (from, to exclusive, probability).
    pub fn histogram(&self, bins: usize) -> Vec<(i64, i64, f64)> {
        let (low, high) = (self.quantile(0.001), self.quantile(0.999));
        let bins = i64::try_from(bins.max(1)).unwrap_or(1);
        let needed = ((high - low + 1) + bins - 1) / bins;
        let mut width = 1_i64;
        'round: for power in 0..12 {
            for factor in [1, 2, 5] {
                width = factor * 10_i64.pow(power);
                if width >= needed {
                    break 'round;
                }
            }
        }
        let start = low.div_euclid(width) * width;
        let count = (high - start) / width + 1;
        let mut out: Vec<(i64, i64, f64)> = (0..count)
            .map(|k| (start + k * width, start + (k + 1) * width, 0.0))
            .collect();
        let last = out.len().saturating_sub(1);
        for &(value, p) in &self.points {
            let k = usize::try_from((value - start).div_euclid(width)).unwrap_or(0);
            if let Some(bar) = out.get_mut(k.min(last)) {
                bar.2 += p;
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn budget() -> Budget {
        Budget::new(1 << 30)
    }

    #[test]
    fn two_coins_convolve_to_a_binomial() {
        let coin = Dist::from_pairs(vec![(0, 0.5), (10, 0.5)]);
        let two = coin
            .convolve(&coin, &mut budget())
            .unwrap_or(Dist::point(-1));
        assert_eq!(two.points(), &[(0, 0.25), (10, 0.5), (20, 0.25)]);
        assert!((two.mean() - 10.0).abs() < 1e-12);
        assert_eq!(two.quantile(0.05), 0);
        assert_eq!(two.quantile(0.25), 0);
        assert_eq!(two.quantile(0.26), 10);
        assert!((two.at_least(10) - 0.75).abs() < 1e-12);
        // Out of reach is a plain 0, not the "-0" an empty sum gives.
        assert!(two.at_least(21).is_sign_positive());
        assert_eq!(
            two.quantiles(&[0.0, 0.05, 0.25, 0.26, 0.75, 0.76, 1.0]),
            [0, 0, 0, 10, 10, 20, 20]
        );
    }

    #[test]
    fn a_spread_out_convolution_goes_sparse_and_gives_the_same_answer() {
        let far = Dist::from_pairs(vec![(0, 0.5), (1_000_000, 0.5)]);
        let near = Dist::from_pairs(vec![(0, 0.5), (3, 0.5)]);
        let sum = far
            .convolve(&near, &mut budget())
            .unwrap_or(Dist::point(-1));
        let values: Vec<i64> = sum.points().iter().map(|p| p.0).collect();
        assert_eq!(values, [0, 3, 1_000_000, 1_000_003]);
    }

    #[test]
    fn an_exhausted_budget_refuses() {
        let coin = Dist::from_pairs(vec![(0, 0.5), (10, 0.5)]);
        assert!(coin.convolve(&coin, &mut Budget::new(2)).is_none());
    }

    #[test]
    fn histogram_bars_cover_every_value_once() {
        let d = Dist::from_pairs((0..10).map(|v| (v, 0.1)).collect());
        // Ten values in at most 3 bars: a round width of 5, so 2 bars.
        let bars = d.histogram(3);
        assert_eq!(bars.len(), 2);
        let total: f64 = bars.iter().map(|b| b.2).sum();
        assert!((total - 1.0).abs() < 1e-12);
        assert_eq!((bars[0].0, bars[0].1), (0, 5));
        assert_eq!(
            Dist::point(796_800).histogram(24),
            [(796_800, 796_801, 1.0)]
        );
    }
}
