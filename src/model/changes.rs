//! Everything a person changes on top of a scorecard: what a scenario file stores and what
//! undo/redo steps through.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::{Evidence, ItemStatus, Projection, Ratio, RiskDefaults, SurveyRange};

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
    /// Độ tin cậy set by hand per item, by code: the probability that the item's planned gain
    /// is accepted on appraisal, over the default its evidence gives.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub confidence: BTreeMap<String, Ratio>,
    /// Default confidences by evidence state, and the default survey spread.
    #[serde(default, skip_serializing_if = "RiskDefaults::is_standard")]
    pub risk_defaults: RiskDefaults,
    /// Khoảng điểm điều tra XHH per field, by field code; a field not listed ranges over its
    /// projected survey score ± the default spread.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub survey_ranges: BTreeMap<String, SurveyRange>,
}
