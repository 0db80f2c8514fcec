//! A survey range read as a triangular distribution (least `low`, mode `likely`, at most
//! `high`), put on a grid so it can be convolved exactly with the items' gains.
//!
//! The grid is shared by every field and anchored at each field's `likely`, so the sum of the
//! fields' survey parts stays on one grid of a few hundred values however many fields there
//! are. Each grid value takes the triangle's probability over the half-steps around it (the
//! first and last stretch to `low` and `high`), so the masses are exact integrals of the
//! triangle and sum to one.

use crate::model::SurveyRange;

use super::dist::Dist;

/// At most this many steps across the widest range: 65 values, a step of 0.02 point for a
/// range one point wide — finer than the two decimals the Ministry publishes fields in.
const STEPS: i64 = 64;

/// The grid step, in ten-thousandths, for ranges at most `widest` wide: 1, 2 or 5 times a
/// power of ten, so the values read as round numbers.
pub(crate) fn grid_step(widest: i64) -> i64 {
    let needed = (widest + STEPS - 1) / STEPS;
    let mut unit = 1_i64;
    loop {
        for factor in [1, 2, 5] {
            if unit * factor >= needed {
                return unit * factor;
            }
        }
        unit *= 10;
    }
}

/// The cumulative probability of the triangle at `x`.
fn cdf(low: f64, likely: f64, high: f64, x: f64) -> f64 {
    if x <= low {
        0.0
    } else if x >= high {
        1.0
    } else if x <= likely {
        (x - low) * (x - low) / ((high - low) * (likely - low))
    } else {
        1.0 - (high - x) * (high - x) / ((high - low) * (high - likely))
    }
}

/// The range's distribution over `likely + k × step`, values in ten-thousandths.
pub(crate) fn discretise(range: SurveyRange, step: i64) -> Dist {
    let (low, likely, high) = (range.low.units(), range.likely.units(), range.high.units());
    if high <= low {
        return Dist::point(likely);
    }
    let step = step.max(1);
    // k runs from the first grid value at or above `low` to the last at or below `high`.
    let first = -((likely - low) / step);
    let last = (high - likely) / step;
    let (l, m, h) = (low as f64, likely as f64, high as f64);
    let half = step as f64 / 2.0;
    let pairs = (first..=last)
        .map(|k| {
            let value = likely + k * step;
            let from = if k == first { l } else { value as f64 - half };
            let to = if k == last { h } else { value as f64 + half };
            (value, cdf(l, m, h, to) - cdf(l, m, h, from))
        })
        .collect();
    Dist::from_pairs(pairs)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Points;

    fn range(low: i64, likely: i64, high: i64) -> SurveyRange {
        SurveyRange {
            low: Points::from_units(low),
            likely: Points::from_units(likely),
            high: Points::from_units(high),
        }
    }

    #[test]
    fn steps_are_round_and_fit_the_widest_range() {
        assert_eq!(grid_step(0), 1);
        assert_eq!(grid_step(10_000), 200);
        assert_eq!(grid_step(5_000), 100);
        assert_eq!(grid_step(64), 1);
        assert_eq!(grid_step(65), 2);
    }

    #[test]
    fn a_symmetric_triangle_keeps_its_mode_as_mean_and_sums_to_one() {
        // 8.29 ± 0.5 on a 0.02 grid: 51 values from 7.79 to 8.79.
        let d = discretise(range(77_900, 82_900, 87_900), 200);
        assert_eq!(d.points().len(), 51);
        let total: f64 = d.points().iter().map(|p| p.1).sum();
        assert!((total - 1.0).abs() < 1e-12);
        assert!((d.mean() - 82_900.0).abs() < 1e-6);
        assert_eq!(d.quantile(0.5), 82_900);
    }

    #[test]
    fn a_range_of_zero_width_is_its_value() {
        assert_eq!(
            discretise(range(37_100, 37_100, 37_100), 200),
            Dist::point(37_100)
        );
    }

    #[test]
    fn a_lopsided_range_off_the_grid_still_sums_to_one_within_its_bounds() {
        let d = discretise(range(30_050, 33_504, 34_000), 100);
        let total: f64 = d.points().iter().map(|p| p.1).sum();
        assert!((total - 1.0).abs() < 1e-12);
        assert!(d.min() >= 30_050 && d.max() <= 34_000);
        // The mean of a triangle is (low + likely + high) / 3; the grid moves it by < a step.
        let mean = (30_050.0 + 33_504.0 + 34_000.0) / 3.0;
        assert!((d.mean() - mean).abs() < 100.0);
    }
}
