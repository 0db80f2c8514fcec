//! Exact points: integer ten-thousandths of a point.
//!
//! The Ministry publishes scores with up to four decimals (3.4259, 1.4316). Storing them as
//! `f64` makes sums such as 53.2895 print as 53.289499999; storing ten-thousandths as `i64`
//! keeps every sum, difference and comparison exact.

use std::fmt;
use std::ops::{Add, AddAssign, Neg, Sub, SubAssign};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// How many units make one point.
pub const SCALE: i64 = 10_000;

/// The largest magnitude a file may hold; far above any real maximum (100), small enough that
/// sums of millions of items cannot overflow.
pub const LIMIT: i64 = 1_000_000 * SCALE;

/// A score, a maximum or a difference of them, exact to 0.0001 point.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Points(i64);

/// Why a number cannot be a [`Points`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PointsError {
    #[error("expected a finite number, found {0}")]
    NotFinite(String),
    #[error("expected at most 4 decimals (0.0001 point), found {0}")]
    TooPrecise(String),
    #[error("expected a number between -1000000 and 1000000, found {0}")]
    OutOfRange(String),
}

impl PointsError {
    /// The message in Vietnamese, with what would be accepted.
    pub fn vi(&self) -> String {
        match self {
            PointsError::NotFinite(found) => {
                format!("cần một số hữu hạn, ví dụ 1.5, nhưng thấy {found}")
            }
            PointsError::TooPrecise(found) => {
                format!("cần tối đa 4 chữ số thập phân (0,0001 điểm), nhưng thấy {found}")
            }
            PointsError::OutOfRange(found) => {
                format!("cần một số trong khoảng -1000000 đến 1000000, nhưng thấy {found}")
            }
        }
    }
}

impl Points {
    pub const ZERO: Points = Points(0);

    /// Points from ten-thousandths: `Points::from_units(534_410)` is 53.441.
    pub const fn from_units(units: i64) -> Self {
        Points(units)
    }

    /// Ten-thousandths of a point.
    pub const fn units(self) -> i64 {
        self.0
    }

    /// Converts a decimal read from a file. Accepts what is exact to 4 decimals once the binary
    /// representation error (about 1e-15 relative) is rounded away; refuses anything finer.
    pub fn from_f64(value: f64) -> Result<Self, PointsError> {
        if !value.is_finite() {
            return Err(PointsError::NotFinite(value.to_string()));
        }
        if value.abs() > (LIMIT / SCALE) as f64 {
            // Scientific notation keeps a 1e300 from printing as 301 digits.
            let shown = if value.abs() < 1e15 {
                value.to_string()
            } else {
                format!("{value:e}")
            };
            return Err(PointsError::OutOfRange(shown));
        }
        let scaled = value * SCALE as f64;
        let units = scaled.round();
        if (scaled - units).abs() > 1e-6 {
            return Err(PointsError::TooPrecise(value.to_string()));
        }
        Ok(Points(units as i64))
    }

    /// The nearest `f64`, for charts and JSON.
    pub fn to_f64(self) -> f64 {
        self.0 as f64 / SCALE as f64
    }

    /// Parses what a person types: "1,5", "1.5", " 0,941 ". Accepts both decimal marks because
    /// Vietnamese users type commas and Excel-trained users type dots.
    pub fn parse(text: &str) -> Result<Self, PointsError> {
        let trimmed = text.trim();
        let normalized = trimmed.replace(',', ".");
        let value: f64 = normalized
            .parse()
            .map_err(|_| PointsError::NotFinite(trimmed.to_string()))?;
        Self::from_f64(value)
    }

    #[must_use]
    pub fn abs(self) -> Self {
        Points(self.0.abs())
    }

    pub fn is_negative(self) -> bool {
        self.0 < 0
    }

    pub fn is_zero(self) -> bool {
        self.0 == 0
    }

    /// `self` limited to `[lo, hi]`; `lo` wins if the bounds cross (a negative maximum).
    #[must_use]
    pub fn clamp_to(self, lo: Points, hi: Points) -> Self {
        Points(self.0.min(hi.0).max(lo.0))
    }

    /// Percentage of `max` that `self` is, for attainment charts; `None` when `max` is zero.
    pub fn percent_of(self, max: Points) -> Option<f64> {
        (max.0 != 0).then(|| self.0 as f64 * 100.0 / max.0 as f64)
    }

    /// The number with `decimal` as its decimal mark and trailing zeros trimmed:
    /// 8,5; 1,4316; 79,68; 6; -0,0059.
    pub fn format_with(self, decimal: char) -> String {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        let whole = abs / SCALE as u64;
        let frac = abs % SCALE as u64;
        if frac == 0 {
            return format!("{sign}{whole}");
        }
        let digits = format!("{frac:04}");
        let digits = digits.trim_end_matches('0');
        format!("{sign}{whole}{decimal}{digits}")
    }

    /// Vietnamese display: comma decimals.
    pub fn vi(self) -> String {
        self.format_with(',')
    }

    /// English display and machine output: dot decimals.
    pub fn en(self) -> String {
        self.format_with('.')
    }

    /// The sum of an iterator of points.
    pub fn sum<I: IntoIterator<Item = Points>>(iter: I) -> Points {
        iter.into_iter().fold(Points::ZERO, |acc, p| acc + p)
    }
}

impl fmt::Display for Points {
    /// Dot decimals, trimmed: the form RON, JSON and CSV files use.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.en())
    }
}

impl Add for Points {
    type Output = Points;
    fn add(self, rhs: Points) -> Points {
        Points(self.0.saturating_add(rhs.0))
    }
}

impl AddAssign for Points {
    fn add_assign(&mut self, rhs: Points) {
        *self = *self + rhs;
    }
}

impl Sub for Points {
    type Output = Points;
    fn sub(self, rhs: Points) -> Points {
        Points(self.0.saturating_sub(rhs.0))
    }
}

impl SubAssign for Points {
    fn sub_assign(&mut self, rhs: Points) {
        *self = *self - rhs;
    }
}

impl Neg for Points {
    type Output = Points;
    fn neg(self) -> Points {
        Points(-self.0)
    }
}

impl Serialize for Points {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_f64(self.to_f64())
    }
}

impl<'de> Deserialize<'de> for Points {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = f64::deserialize(deserializer)?;
        Points::from_f64(value)
            .map_err(|e| serde::de::Error::custom(super::bilingual(&e.to_string(), &e.vi())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(units: i64) -> Points {
        Points::from_units(units)
    }

    #[test]
    fn seed_decimals_convert_exactly() {
        assert_eq!(Points::from_f64(12.4259), Ok(p(124_259)));
        assert_eq!(Points::from_f64(0.941), Ok(p(9_410)));
        assert_eq!(Points::from_f64(79.68), Ok(p(796_800)));
    }

    #[test]
    fn sums_have_no_float_artefacts() {
        let self_scores = [6.0, 5.0, 12.4259, 5.2196, 6.75, 5.441, 7.953, 4.5];
        let total = Points::sum(
            self_scores
                .iter()
                .map(|&x| Points::from_f64(x).unwrap_or_default()),
        );
        assert_eq!(total.vi(), "53,2895");
        assert_eq!(total.en(), "53.2895");
    }

    #[test]
    fn refuses_non_finite_and_too_precise_numbers() {
        assert!(matches!(
            Points::from_f64(f64::NAN),
            Err(PointsError::NotFinite(_))
        ));
        assert!(matches!(
            Points::from_f64(f64::INFINITY),
            Err(PointsError::NotFinite(_))
        ));
        assert!(matches!(
            Points::from_f64(0.12345),
            Err(PointsError::TooPrecise(_))
        ));
        assert!(matches!(
            Points::from_f64(1e300),
            Err(PointsError::OutOfRange(_))
        ));
    }

    #[test]
    fn formats_with_trimmed_trailing_zeros() {
        assert_eq!(p(85_000).vi(), "8,5");
        assert_eq!(p(14_316).vi(), "1,4316");
        assert_eq!(p(60_000).vi(), "6");
        assert_eq!(p(-59).vi(), "-0,0059");
        assert_eq!(p(796_800).en(), "79.68");
    }

    #[test]
    fn parses_both_decimal_marks() {
        assert_eq!(Points::parse("1,5"), Ok(p(15_000)));
        assert_eq!(Points::parse(" 1.5 "), Ok(p(15_000)));
        assert!(Points::parse("abc").is_err());
    }
}
