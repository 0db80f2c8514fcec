//! Kỳ báo cáo: the reporting period a task sheet asks about — the quarter of the "as of" date,
//! written as Vietnamese reports write it ("Quý III/2031") — and the day it is due back.

use crate::model::Date;

/// How many days after the "as of" date a sheet is due back when no date is given: a week,
/// the usual time a department gets to answer a quarterly request.
pub const DEFAULT_DAYS_TO_ANSWER: i64 = 7;

/// One round of task sheets: the period, the date the figures stand at and the due date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Period {
    /// "Quý III/2031".
    pub label: String,
    /// Số liệu tính đến: the day the sheet reports on.
    pub as_of: Date,
    /// Hạn gửi báo cáo: the day the sheet is due back.
    pub due: Date,
}

impl Period {
    /// The quarter of `as_of`, due on `due` or a week later.
    pub fn quarter_of(as_of: Date, due: Option<Date>) -> Self {
        Period {
            label: quarter_label(as_of),
            as_of,
            due: due.unwrap_or_else(|| as_of.plus_days(DEFAULT_DAYS_TO_ANSWER)),
        }
    }
}

/// "Quý III/2031": the quarter in Roman numerals, as administrative documents write it.
pub fn quarter_label(date: Date) -> String {
    let roman = match date.quarter() {
        1 => "I",
        2 => "II",
        3 => "III",
        _ => "IV",
    };
    format!("Quý {roman}/{}", date.year())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quarters_in_roman_numerals() {
        let label = |y, m, d| Date::new(y, m, d).map(quarter_label);
        assert_eq!(label(2020, 9, 30).as_deref(), Some("Quý III/2020"));
        assert_eq!(label(2021, 1, 1).as_deref(), Some("Quý I/2021"));
        assert_eq!(label(2020, 12, 31).as_deref(), Some("Quý IV/2020"));
    }

    #[test]
    fn due_defaults_to_a_week_later() {
        let as_of = Date::new(2020, 9, 30).unwrap();
        let period = Period::quarter_of(as_of, None);
        assert_eq!(period.due.to_string(), "2020-10-07");
        assert_eq!(period.label, "Quý III/2020");
    }
}
