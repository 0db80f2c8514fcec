//! Nhật ký tiếp nhận báo cáo: every returned task sheet merged into a scenario — who merged
//! it, which file, when, and what it changed — kept in the scenario so the quarterly report and
//! the agencies' scoreboard can say whose report came back and when.

use serde::{Deserialize, Serialize};

use super::{Date, Status};

/// One returned task sheet, as merged.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MergeRecord {
    /// Người tiếp nhận: who merged the sheet (the scenario's author unless named).
    pub by: String,
    /// The file's name as received, e.g. "Sở Tài chính.xlsx".
    pub file: String,
    /// When the merge was applied: ISO 8601 UTC, `YYYY-MM-DDThh:mm:ssZ`.
    pub at: String,
    /// Ngày nhận: the day the report counts as returned, compared with `due`.
    pub received: Date,
    /// Đơn vị chủ trì whose sheet it is.
    pub agency: String,
    /// Kỳ báo cáo as printed on the sheet, e.g. "Quý III/2031".
    pub period: String,
    /// Hạn gửi báo cáo printed on the sheet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Date>,
    /// The digest of the sheet's key: tells the same sheet merged twice.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub key: String,
    /// What the sheet changed, item by item (empty when it reported nothing new).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<MergeChange>,
}

impl MergeRecord {
    /// Returned by its due date (a sheet without one counts as on time).
    pub fn on_time(&self) -> bool {
        self.due.is_none_or(|due| self.received <= due)
    }
}

/// What one merge did to one item.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MergeChange {
    /// The code of the item carrying the plan.
    pub code: String,
    /// The status before the merge.
    pub from: Status,
    /// The status after it.
    pub to: Status,
    /// Ngày hoàn thành set by the merge.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done: Option<Date>,
    /// Kết quả thực hiện set by the merge.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub result: String,
    /// Titles of the documents of evidence the merge added.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<String>,
    /// How a conflict on this item was settled, when there was one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settled: Option<Settled>,
}

/// The officer's decision on a conflict (xung đột).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Settled {
    /// Took what the sheet reports.
    Sheet,
    /// Kept what the scenario holds.
    Scenario,
}
