//! Everything a person changes on top of a scorecard: what a scenario file stores and what
//! undo/redo steps through.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::{Evidence, ItemStatus, MergeRecord, Projection, ScoreRule};

/// The edits of one what-if, as plain data.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Changes {
    /// Projected values for the target year.
    #[serde(default)]
    pub projection: Projection,
    /// Codes whose suggested correction the person has accepted (shown as accepted, and
    /// recorded in the scenario; derived figures use corrections either way).
    #[serde(default)]
    pub accepted: BTreeSet<String>,
    /// Tình trạng thực hiện of planned items, by the code of the item that carries the plan;
    /// an item not listed has not been started.
    #[serde(default)]
    pub statuses: BTreeMap<String, ItemStatus>,
    /// Tài liệu kiểm chứng per item, by code: what proves the planned gain on appraisal.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub evidence: BTreeMap<String, Vec<Evidence>>,
    /// Nhật ký tiếp nhận báo cáo: every returned task sheet merged, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub merges: Vec<MergeRecord>,
    /// Quy tắc chấm điểm thi đua of the agencies' scoreboard; omitted, the documented default.
    #[serde(default, skip_serializing_if = "ScoreRule::is_default")]
    pub score_rule: ScoreRule,
}
