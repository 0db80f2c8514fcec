//! Thời hạn hoàn thành: the plan's Vietnamese deadline phrases as due dates.
//!
//! Plans write deadlines as "Quý IV năm 2031", "Tháng 10/2031", "Năm 2031", "Từ năm 2031",
//! "Năm 2031 tiếp tục duy trì thực hiện". A period means "by its last day"; "từ năm" and
//! "tiếp tục duy trì" mean a task that runs on from that year with no end. Anything else is
//! kept as written, marked as not understood, and never flagged overdue.

use serde::Serialize;

use crate::model::{Date, Status};

/// A deadline as understood.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub enum Deadline {
    /// Due by this day.
    Due(Date),
    /// Thường xuyên: runs from this year on, never overdue.
    Ongoing { from: i32 },
    /// Text that is not one of the known phrases (or no text at all), kept as written.
    Unparsed(String),
}

impl Deadline {
    /// Understands the seed's phrases, in any letter case and spacing.
    pub fn parse(text: &str) -> Deadline {
        let lower = text.to_lowercase();
        let words: Vec<&str> = lower.split_whitespace().collect();
        parse_words(&words).unwrap_or_else(|| Deadline::Unparsed(text.trim().to_string()))
    }

    /// The due date, if the deadline has one.
    pub fn due(&self) -> Option<Date> {
        match self {
            Deadline::Due(date) => Some(*date),
            _ => None,
        }
    }

    /// Past due on `as_of` and not done. A failed task past its date is still overdue: the
    /// plan's report must say so.
    pub fn is_overdue(&self, as_of: Date, status: Status) -> bool {
        self.due().is_some_and(|due| as_of > due) && status != Status::Done
    }

    /// The deadline as a person reads it: the date, "từ năm 2031", or the text with a marker.
    pub fn label_vi(&self) -> String {
        match self {
            Deadline::Due(date) => date.vi(),
            Deadline::Ongoing { from } => format!("thường xuyên từ năm {from}"),
            Deadline::Unparsed(text) => format!("(không rõ) {text}"),
        }
    }

    pub fn label_en(&self) -> String {
        match self {
            Deadline::Due(date) => date.to_string(),
            Deadline::Ongoing { from } => format!("ongoing from {from}"),
            Deadline::Unparsed(text) => format!("(not understood) {text}"),
        }
    }

    /// Sorts a timeline: dated items by date, then ongoing ones, then the unparsed.
    pub fn sort_key(&self) -> (u8, Option<Date>, i32) {
        match self {
            Deadline::Due(date) => (0, Some(*date), 0),
            Deadline::Ongoing { from } => (1, None, *from),
            Deadline::Unparsed(_) => (2, None, 0),
        }
    }
}

fn parse_words(words: &[&str]) -> Option<Deadline> {
    match words {
        ["quý", quarter, "năm", year] => {
            let date = Date::quarter_end(parse_year(year)?, parse_quarter(quarter)?)?;
            Some(Deadline::Due(date))
        }
        ["tháng", month_year] => {
            let (month, year) = month_year.split_once('/')?;
            let date = Date::month_end(parse_year(year)?, month.parse().ok()?)?;
            Some(Deadline::Due(date))
        }
        ["năm", year] => Some(Deadline::Due(Date::month_end(parse_year(year)?, 12)?)),
        ["từ", "năm", year] => Some(Deadline::Ongoing {
            from: parse_year(year)?,
        }),
        ["năm", year, "tiếp", "tục", "duy", "trì", rest @ ..]
            if rest.is_empty() || rest == ["thực", "hiện"] =>
        {
            Some(Deadline::Ongoing {
                from: parse_year(year)?,
            })
        }
        _ => None,
    }
}

fn parse_year(text: &str) -> Option<i32> {
    let year: i32 = text.parse().ok()?;
    (1900..=2200).contains(&year).then_some(year)
}

/// Roman numerals as the seed writes them, and Arabic ones as people type them.
fn parse_quarter(text: &str) -> Option<u32> {
    match text {
        "i" | "1" => Some(1),
        "ii" | "2" => Some(2),
        "iii" | "3" => Some(3),
        "iv" | "4" => Some(4),
        _ => None,
    }
}
