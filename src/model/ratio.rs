//! Exact ratios in [0, 1]: a probability (độ tin cậy) or a share, in ten-thousandths like
//! [`Points`](super::Points), so a scenario's confidences compare and round-trip exactly and
//! `Changes` stays `Eq`.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Ten-thousandths in one.
const WHOLE: u16 = 10_000;

/// Tỷ lệ: a number from 0 to 1, exact to 0.0001 (độ tin cậy 0,9; biên độ 0,05).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Ratio(u16);

/// Why a number cannot be a [`Ratio`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RatioError {
    #[error("cần một số từ 0 đến 1, gặp {0} / expected a number from 0 to 1, found {0}")]
    OutOfRange(String),
    #[error(
        "cần tối đa 4 chữ số thập phân, gặp {0} / expected at most 4 decimals (0.0001), found {0}"
    )]
    TooPrecise(String),
}

impl Ratio {
    pub const ZERO: Ratio = Ratio(0);
    pub const ONE: Ratio = Ratio(WHOLE);

    /// A ratio from ten-thousandths, capped at one: `Ratio::from_units(9_000)` is 0.9.
    pub const fn from_units(units: u16) -> Self {
        if units > WHOLE {
            Ratio(WHOLE)
        } else {
            Ratio(units)
        }
    }

    /// Ten-thousandths: 9 000 for 0.9.
    pub const fn units(self) -> u16 {
        self.0
    }

    /// Converts a decimal read from a file or typed: refuses anything outside [0, 1] (a
    /// probability of 1.7 is a typo, not "certain") and anything finer than 0.0001.
    pub fn from_f64(value: f64) -> Result<Self, RatioError> {
        if !value.is_finite() || !(0.0..=1.0).contains(&value) {
            return Err(RatioError::OutOfRange(value.to_string()));
        }
        let scaled = value * f64::from(WHOLE);
        let units = scaled.round();
        if (scaled - units).abs() > 1e-6 {
            return Err(RatioError::TooPrecise(value.to_string()));
        }
        Ok(Ratio(units as u16))
    }

    /// What a person types: "0,9", "0.9" or "90%".
    pub fn parse(text: &str) -> Result<Self, RatioError> {
        let trimmed = text.trim();
        let (number, percent) = match trimmed.strip_suffix('%') {
            Some(rest) => (rest.trim(), true),
            None => (trimmed, false),
        };
        let value: f64 = number
            .replace(',', ".")
            .parse()
            .map_err(|_| RatioError::OutOfRange(trimmed.to_string()))?;
        Self::from_f64(if percent { value / 100.0 } else { value })
    }

    pub fn to_f64(self) -> f64 {
        f64::from(self.0) / f64::from(WHOLE)
    }

    /// 1 − self: the chance of the opposite.
    #[must_use]
    pub fn complement(self) -> Self {
        Ratio(WHOLE - self.0)
    }

    /// As a percentage with `decimal` as its decimal mark, trailing zeros trimmed: 90%, 62,5%.
    pub fn percent_with(self, decimal: char) -> String {
        let whole = self.0 / 100;
        let frac = self.0 % 100;
        if frac == 0 {
            format!("{whole}%")
        } else {
            let digits = format!("{frac:02}");
            format!("{whole}{decimal}{}%", digits.trim_end_matches('0'))
        }
    }
}

impl fmt::Display for Ratio {
    /// Dot decimals, trimmed: the form RON and JSON files use (0.9, 0.0625, 1).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let whole = self.0 / WHOLE;
        let frac = self.0 % WHOLE;
        if frac == 0 {
            write!(f, "{whole}")
        } else {
            let digits = format!("{frac:04}");
            write!(f, "{whole}.{}", digits.trim_end_matches('0'))
        }
    }
}

impl Serialize for Ratio {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_f64(self.to_f64())
    }
}

impl<'de> Deserialize<'de> for Ratio {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = f64::deserialize(deserializer)?;
        Ratio::from_f64(value).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_and_percentages_convert_exactly() {
        assert_eq!(Ratio::from_f64(0.9), Ok(Ratio(9_000)));
        assert_eq!(Ratio::parse("0,6"), Ok(Ratio(6_000)));
        assert_eq!(Ratio::parse("62.5%"), Ok(Ratio(6_250)));
        assert_eq!(Ratio::ONE.to_string(), "1");
        assert_eq!(Ratio(625).to_string(), "0.0625");
        assert_eq!(Ratio(6_250).percent_with(','), "62,5%");
        assert_eq!(Ratio(9_000).complement(), Ratio(1_000));
    }

    #[test]
    fn refuses_numbers_outside_zero_to_one_and_too_fine() {
        assert!(matches!(
            Ratio::from_f64(1.7),
            Err(RatioError::OutOfRange(_))
        ));
        assert!(matches!(
            Ratio::from_f64(-0.1),
            Err(RatioError::OutOfRange(_))
        ));
        assert!(matches!(
            Ratio::from_f64(f64::NAN),
            Err(RatioError::OutOfRange(_))
        ));
        assert!(matches!(
            Ratio::from_f64(0.123_45),
            Err(RatioError::TooPrecise(_))
        ));
    }
}
