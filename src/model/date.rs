//! Calendar dates (ngày) for deadlines, status changes and "as of" reports.
//!
//! A small civil-date type instead of a date-time crate: the plan only needs days, ordering,
//! month ends and a conversion from the system clock.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A day of the proleptic Gregorian calendar; written `2031-09-30` in files.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// Why a text is not a date.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("expected a date written YYYY-MM-DD (e.g. 2025-09-30), found \"{0}\"")]
pub struct DateError(pub String);

impl DateError {
    /// The message in Vietnamese.
    pub fn vi(&self) -> String {
        format!(
            "cần một ngày dạng YYYY-MM-DD (ví dụ 2025-09-30), nhưng thấy \"{}\"",
            self.0
        )
    }
}

impl Date {
    /// The date, if it exists on the calendar.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Self> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date {
            year,
            month: month as u8,
            day: day as u8,
        })
    }

    /// The last day of a month: the due date of "Tháng 10/2031".
    pub fn month_end(year: i32, month: u32) -> Option<Self> {
        Self::new(year, month, days_in_month(year, month))
    }

    /// The last day of a quarter (1–4): the due date of "Quý III năm 2031".
    pub fn quarter_end(year: i32, quarter: u32) -> Option<Self> {
        (1..=4)
            .contains(&quarter)
            .then(|| Self::month_end(year, quarter * 3))
            .flatten()
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> u32 {
        u32::from(self.month)
    }

    pub fn day(self) -> u32 {
        u32::from(self.day)
    }

    /// The quarter (1–4) the date falls in.
    pub fn quarter(self) -> u32 {
        (self.month() - 1) / 3 + 1
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Result<Self, DateError> {
        let fail = || DateError(text.to_string());
        let mut parts = text.trim().split('-');
        let (Some(y), Some(m), Some(d), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(fail());
        };
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return Err(fail());
        }
        let year = y.parse().map_err(|_| fail())?;
        let month = m.parse().map_err(|_| fail())?;
        let day = d.parse().map_err(|_| fail())?;
        Self::new(year, month, day).ok_or_else(fail)
    }

    /// Parses what a person types: `30/09/2031` or `30/9/2031` (the Vietnamese order) as well
    /// as `2031-09-30`.
    pub fn parse_typed(text: &str) -> Result<Self, DateError> {
        let trimmed = text.trim();
        if trimmed.contains('-') {
            return Self::parse(trimmed);
        }
        let fail = || DateError(text.to_string());
        let mut parts = trimmed.split(['/', '.']);
        let (Some(d), Some(m), Some(y), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(fail());
        };
        if y.len() != 4 || !(1..=2).contains(&m.len()) || !(1..=2).contains(&d.len()) {
            return Err(fail());
        }
        let year = y.parse().map_err(|_| fail())?;
        let month = m.parse().map_err(|_| fail())?;
        let day = d.parse().map_err(|_| fail())?;
        Self::new(year, month, day).ok_or_else(fail)
    }

    /// The date as Vietnamese write it: 30/09/2031.
    pub fn vi(self) -> String {
        format!("{:02}/{:02}/{:04}", self.day, self.month, self.year)
    }

    /// The date `days` days after 1970-01-01 (Howard Hinnant's civil-from-days).
    pub fn from_unix_days(days: i64) -> Self {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// Days since 1970-01-01 (Howard Hinnant's days-from-civil): the inverse of
    /// [`Date::from_unix_days`].
    pub fn unix_days(self) -> i64 {
        let year = i64::from(self.year) - i64::from(self.month <= 2);
        let era = year.div_euclid(400);
        let yoe = year.rem_euclid(400);
        let month = i64::from(self.month);
        let mp = if month > 2 { month - 3 } else { month + 9 };
        let doy = (153 * mp + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days later (earlier when negative).
    #[must_use]
    pub fn plus_days(self, days: i64) -> Self {
        Self::from_unix_days(self.unix_days().saturating_add(days))
    }

    /// Today in UTC, from the system clock.
    pub fn today_utc() -> Self {
        Self::from_unix_days(unix_seconds().div_euclid(86_400))
    }
}

/// Now as an ISO 8601 UTC timestamp, e.g. `2031-09-30T08:15:00Z`: what a scenario's
/// created/modified fields hold.
pub fn timestamp_utc() -> String {
    timestamp_of(unix_seconds())
}

/// An ISO 8601 UTC timestamp of a Unix time in seconds.
pub fn timestamp_of(seconds: i64) -> String {
    let date = Date::from_unix_days(seconds.div_euclid(86_400));
    let rest = seconds.rem_euclid(86_400);
    format!(
        "{date}T{:02}:{:02}:{:02}Z",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

fn unix_seconds() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Date::parse(&text)
            .map_err(|e| serde::de::Error::custom(super::bilingual(&e.to_string(), &e.vi())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quarter_and_month_ends() {
        assert_eq!(
            Date::quarter_end(2020, 3).map(|d| d.to_string()).as_deref(),
            Some("2020-09-30")
        );
        assert_eq!(
            Date::quarter_end(2021, 2).map(|d| d.to_string()).as_deref(),
            Some("2021-06-30")
        );
        assert_eq!(
            Date::month_end(2020, 2).map(|d| d.to_string()).as_deref(),
            Some("2020-02-29")
        );
        assert_eq!(Date::quarter_end(2020, 5), None);
    }

    #[test]
    fn parses_and_refuses() {
        assert_eq!(
            Date::parse("2020-10-01"),
            Ok(Date {
                year: 2020,
                month: 10,
                day: 1
            })
        );
        assert!(Date::parse("2020-02-30").is_err());
        assert!(Date::parse("1/10/2020").is_err());
    }

    #[test]
    fn unix_days_convert() {
        assert_eq!(Date::from_unix_days(0).to_string(), "1970-01-01");
        assert_eq!(Date::from_unix_days(18_536).to_string(), "2020-10-01");
        assert_eq!(timestamp_of(1_601_510_400 + 3_723), "2020-10-01T01:02:03Z");
    }

    #[test]
    fn a_typed_date_reads_in_the_vietnamese_order_too() {
        let want = Date::new(2020, 9, 30);
        assert_eq!(Date::parse_typed("30/09/2020").ok(), want);
        assert_eq!(Date::parse_typed(" 30/9/2020 ").ok(), want);
        assert_eq!(Date::parse_typed("2020-09-30").ok(), want);
        assert!(Date::parse_typed("31/09/2020").is_err());
        assert!(Date::parse_typed("9/30").is_err());
        assert_eq!(
            Date::new(2020, 9, 3).map(Date::vi).as_deref(),
            Some("03/09/2020")
        );
    }

    #[test]
    fn unix_days_round_trip_and_add() {
        for days in [-719_468, -1, 0, 18_536, 2_932_896] {
            assert_eq!(Date::from_unix_days(days).unix_days(), days);
        }
        let end = Date::new(2020, 9, 30).unwrap();
        assert_eq!(end.plus_days(5).to_string(), "2020-10-05");
        assert_eq!(end.plus_days(-30).to_string(), "2020-08-31");
        assert_eq!(end.vi(), "30/09/2020");
    }
}
