//! Khóa phiếu: what ties a task sheet to the plan and the scenario it came from. It records the
//! base scorecard's hash, the agency, the period and every item with its status, date done and
//! result as sent, and a SHA-256 over all of that; a returned sheet whose key does not hash to
//! its digest was edited, and one whose base hash differs belongs to another plan. Keeping what
//! was sent lets a merge see that the scenario changed an item since the sheet went out.

use std::fmt::Write as _;

use sha2::{Digest, Sha256};

use crate::model::{Date, Status};

/// The version of the key's layout, hashed with it.
pub const KEY_VERSION: &str = "parindex-task-sheet-1";

/// One item as the sheet sent it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SentItem {
    pub code: String,
    pub status: Status,
    pub done: Option<Date>,
    pub result: String,
}

/// The key of one task sheet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SheetKey {
    /// SHA-256 of the base scorecard (as `io::scorecard_hash`): the plan the sheet is for.
    pub base_hash: String,
    /// Đơn vị chủ trì.
    pub agency: String,
    /// "Quý III/2031".
    pub period: String,
    pub as_of: Date,
    pub due: Date,
    /// The scenario's name, shown to the officer; not hashed, so renaming a scenario does not
    /// orphan the sheets it sent.
    pub scenario: String,
    pub items: Vec<SentItem>,
}

/// The name Excel shows nowhere: the key lives on a very hidden, protected sheet.
pub const KEY_SHEET: &str = "parindex-khoa";

impl SheetKey {
    /// The digest over everything but the scenario's name, lower-case hex.
    pub fn digest(&self) -> String {
        let mut text = String::new();
        let _ = writeln!(text, "{KEY_VERSION}");
        let _ = writeln!(text, "base {}", self.base_hash);
        let _ = writeln!(text, "agency {}", self.agency);
        let _ = writeln!(text, "period {}", self.period);
        let _ = writeln!(text, "as_of {}", self.as_of);
        let _ = writeln!(text, "due {}", self.due);
        for item in &self.items {
            let done = item.done.map(|d| d.to_string()).unwrap_or_default();
            // Lengths first, so no text can shift a boundary and hash the same.
            let _ = writeln!(
                text,
                "item {}:{} {} {} {}:{}",
                item.code.len(),
                item.code,
                status_word(item.status),
                done,
                item.result.len(),
                item.result
            );
        }
        let digest = Sha256::digest(text.as_bytes());
        let mut hex = String::with_capacity(64);
        for byte in digest {
            let _ = write!(hex, "{byte:02x}");
        }
        hex
    }

    /// The key as rows of text cells, label first: what the key sheet holds.
    pub fn rows(&self) -> Vec<Vec<String>> {
        let mut rows = vec![
            vec![KEY_VERSION.to_string(), self.digest()],
            vec!["base_hash".into(), self.base_hash.clone()],
            vec!["agency".into(), self.agency.clone()],
            vec!["period".into(), self.period.clone()],
            vec!["as_of".into(), self.as_of.to_string()],
            vec!["due".into(), self.due.to_string()],
            vec!["scenario".into(), self.scenario.clone()],
            vec!["items".into(), self.items.len().to_string()],
        ];
        for item in &self.items {
            rows.push(vec![
                item.code.clone(),
                status_word(item.status).to_string(),
                item.done.map(|d| d.to_string()).unwrap_or_default(),
                item.result.clone(),
            ]);
        }
        rows
    }

    /// Reads the rows back. `Err` names what is missing or malformed; `Ok` carries the key and
    /// the digest the sheet claims, which the caller compares with [`SheetKey::digest`].
    pub fn from_rows(rows: &[Vec<String>]) -> Result<(SheetKey, String), &'static str> {
        let cell = |r: usize, c: usize| rows.get(r).and_then(|row| row.get(c)).map(String::as_str);
        if cell(0, 0) != Some(KEY_VERSION) {
            return Err("version");
        }
        let claimed = cell(0, 1).ok_or("digest")?.to_string();
        let value = |r: usize, label: &'static str| match (cell(r, 0), cell(r, 1)) {
            (Some(l), Some(v)) if l == label => Ok(v.to_string()),
            _ => Err(label),
        };
        let date = |r, label| value(r, label).and_then(|v| Date::parse(&v).map_err(|_| label));
        let count: usize = value(7, "items")?.parse().map_err(|_| "items")?;
        if count > super::MAX_ROWS || rows.len() < 8 + count {
            return Err("items");
        }
        let mut items = Vec::with_capacity(count);
        for r in 8..8 + count {
            let code = cell(r, 0).ok_or("item")?.to_string();
            let status = cell(r, 1).and_then(status_from_word).ok_or("item")?;
            let done = match cell(r, 2).unwrap_or("") {
                "" => None,
                text => Some(Date::parse(text).map_err(|_| "item")?),
            };
            let result = cell(r, 3).unwrap_or("").to_string();
            items.push(SentItem {
                code,
                status,
                done,
                result,
            });
        }
        let key = SheetKey {
            base_hash: value(1, "base_hash")?,
            agency: value(2, "agency")?,
            period: value(3, "period")?,
            as_of: date(4, "as_of")?,
            due: date(5, "due")?,
            scenario: value(6, "scenario")?,
            items,
        };
        Ok((key, claimed))
    }
}

/// A status as the key writes it: the variant's name, independent of any label's wording.
fn status_word(status: Status) -> &'static str {
    match status {
        Status::NotStarted => "NotStarted",
        Status::InProgress => "InProgress",
        Status::Done => "Done",
        Status::Failed => "Failed",
    }
}

fn status_from_word(word: &str) -> Option<Status> {
    Status::ALL.into_iter().find(|s| status_word(*s) == word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> SheetKey {
        let date = |s| Date::parse(s).unwrap();
        SheetKey {
            base_hash: "ab".repeat(32),
            agency: "Sở Tài chính".into(),
            period: "Quý III/2020".into(),
            as_of: date("2020-09-30"),
            due: date("2020-10-07"),
            scenario: "Tiến độ".into(),
            items: vec![SentItem {
                code: "6.1".into(),
                status: Status::InProgress,
                done: None,
                result: "đã trình".into(),
            }],
        }
    }

    #[test]
    fn rows_round_trip_with_their_digest() {
        let key = key();
        let (back, claimed) = SheetKey::from_rows(&key.rows()).unwrap();
        assert_eq!(back, key);
        assert_eq!(claimed, key.digest());
    }

    #[test]
    fn digest_changes_with_a_status_but_not_with_the_scenario_name() {
        let key = key();
        let mut other = key.clone();
        other.items[0].status = Status::Done;
        assert_ne!(other.digest(), key.digest());
        let mut renamed = key.clone();
        renamed.scenario = "Kịch bản khác".into();
        assert_eq!(renamed.digest(), key.digest());
    }
}
