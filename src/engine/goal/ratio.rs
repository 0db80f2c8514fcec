//! Exact non-negative fractions for efforts: a partial item's share of its effort is
//! effort × points taken ÷ points it can give, rarely a whole number of ten-thousandths.

use std::cmp::Ordering;

/// `num / den`, with `den > 0`, reduced.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Ratio {
    num: i128,
    den: i128,
}

fn gcd(mut a: i128, mut b: i128) -> i128 {
    a = a.abs();
    b = b.abs();
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a.max(1)
}

impl Ratio {
    pub(crate) fn int(value: i64) -> Self {
        Ratio {
            num: i128::from(value),
            den: 1,
        }
    }

    /// `num / den`; a zero or negative `den` is read as 1 (callers pass a positive gain).
    pub(crate) fn new(num: i128, den: i128) -> Self {
        if den <= 0 {
            return Ratio { num, den: 1 };
        }
        let g = gcd(num, den);
        Ratio {
            num: num / g,
            den: den / g,
        }
    }

    /// `whole + effort × take / gain`: the cost of taking `take` of an item's `gain`.
    pub(crate) fn share(whole: i64, effort: i64, take: i64, gain: i64) -> Self {
        let den = i128::from(gain.max(1));
        Self::new(
            i128::from(whole) * den + i128::from(effort) * i128::from(take),
            den,
        )
    }

    pub(crate) fn num(self) -> i128 {
        self.num
    }

    pub(crate) fn den(self) -> i128 {
        self.den
    }

    pub(crate) fn add_int(self, value: i64) -> Self {
        Ratio {
            num: self.num + i128::from(value) * self.den,
            den: self.den,
        }
    }

    /// The smallest whole number not below the fraction.
    pub(crate) fn ceil(self) -> i64 {
        let q = self.num.div_euclid(self.den);
        let q = if self.num.rem_euclid(self.den) == 0 {
            q
        } else {
            q + 1
        };
        i64::try_from(q).unwrap_or(i64::MAX)
    }

    /// The smallest multiple of `grain` (≥ 1) not below the fraction.
    pub(crate) fn ceil_to(self, grain: i64) -> i64 {
        let grain = i128::from(grain.max(1));
        let unit = self.den * grain;
        let q = self.num.div_euclid(unit) + i128::from(self.num.rem_euclid(unit) != 0);
        i64::try_from(q * grain).unwrap_or(i64::MAX)
    }

    /// The nearest whole number, halves up: how an effort is shown to 0.0001 of its unit.
    pub(crate) fn round(self) -> i64 {
        let q = (2 * self.num + self.den).div_euclid(2 * self.den);
        i64::try_from(q).unwrap_or(i64::MAX)
    }
}

impl PartialEq for Ratio {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Ratio {}

impl PartialOrd for Ratio {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Ratio {
    fn cmp(&self, other: &Self) -> Ordering {
        (self.num * other.den).cmp(&(other.num * self.den))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_compare_exactly_and_round_halves_up() {
        // 120 days for 1.5 points, 0.07 taken: 120 × 700 / 15000 = 5.6.
        let cost = Ratio::share(0, 120, 700, 15_000);
        assert_eq!(cost, Ratio::new(28, 5));
        assert_eq!(cost.ceil(), 6);
        assert_eq!(Ratio::new(393, 10).ceil_to(1), 40);
        assert_eq!(Ratio::int(390_000).add_int(3_000).ceil_to(10_000), 400_000);
        assert_eq!(Ratio::int(400_000).ceil_to(10_000), 400_000);
        assert_eq!(cost.round(), 6);
        assert_eq!(Ratio::new(1, 2).round(), 1);
        assert_eq!(Ratio::new(7, 3).round(), 2);
        assert!(Ratio::new(1, 3) < Ratio::new(34, 100));
        assert_eq!(Ratio::int(4).add_int(1), Ratio::int(5));
    }
}
