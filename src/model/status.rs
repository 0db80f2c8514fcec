//! Tình trạng thực hiện: where each task of the remediation plan stands.

use serde::{Deserialize, Serialize};

use super::Date;

/// The status of one planned item.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum Status {
    /// Chưa thực hiện.
    #[default]
    NotStarted,
    /// Đang thực hiện.
    InProgress,
    /// Hoàn thành.
    Done,
    /// Không thực hiện được: the agency reports it cannot be done (the wording of the task
    /// sheets' drop-down, used everywhere so there is one name for it).
    Failed,
}

impl Status {
    pub const ALL: [Status; 4] = [
        Status::NotStarted,
        Status::InProgress,
        Status::Done,
        Status::Failed,
    ];

    /// The Vietnamese label, as the plan's reports write it.
    pub fn vi(self) -> &'static str {
        match self {
            Status::NotStarted => "chưa thực hiện",
            Status::InProgress => "đang thực hiện",
            Status::Done => "hoàn thành",
            Status::Failed => "không thực hiện được",
        }
    }

    pub fn en(self) -> &'static str {
        match self {
            Status::NotStarted => "not started",
            Status::InProgress => "in progress",
            Status::Done => "done",
            Status::Failed => "failed",
        }
    }
}

/// A planned item's status, with the officer's note and when it last changed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemStatus {
    pub status: Status,
    /// Ghi chú: what was done, what blocks it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// Ngày cập nhật: the day the status or note last changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changed: Option<Date>,
    /// Ngày hoàn thành: the day the lead agency reports the task done (from its returned task
    /// sheet); what the scoreboard compares with the deadline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done: Option<Date>,
    /// Kết quả thực hiện: what the lead agency reports it did, in its own words.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub result: String,
}
