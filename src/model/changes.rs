//! Everything a person changes on top of a scorecard: what a scenario file stores and what
//! undo/redo steps through.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::{
    Evidence, Feasible, ItemStatus, MergeRecord, Points, Projection, Ratio, RiskDefaults,
    ScoreRule, SurveyRange,
};

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
    /// Chỉ số mục tiêu: the index (out of 100 for a province) the scenario aims at. Goal seek
    /// plans towards it; the risk view reads it for P(index ≥ target).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Points>,
    /// Đơn vị công sức: what efforts are counted in ("ngày công", "triệu đồng", "thang 1–5").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub effort_unit: String,
    /// Công sức: what recovering a fixable item costs, in `effort_unit`, by code; an item not
    /// listed costs 1, so "cheapest" means "fewest fixes" until efforts are entered.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub efforts: BTreeMap<String, Points>,
    /// Items that can be recovered partly, points in proportion to the effort spent (a rate such
    /// as dossiers settled on time); any other item counts only when recovered fully.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub partial: BTreeSet<String>,
    /// Khả thi: items that cannot be settled in the target year, by code; an item not listed can.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub feasible: BTreeMap<String, Feasible>,
    /// Nhật ký tiếp nhận báo cáo: every returned task sheet merged, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub merges: Vec<MergeRecord>,
    /// Quy tắc chấm điểm thi đua of the agencies' scoreboard; omitted, the documented default.
    #[serde(default, skip_serializing_if = "ScoreRule::is_default")]
    pub score_rule: ScoreRule,
}

impl Changes {
    /// The default effort of an item whose effort was never entered: one fix.
    pub const DEFAULT_EFFORT: Points = Points::from_units(super::SCALE);

    /// The effort of recovering the item `code`, in `effort_unit`.
    pub fn effort(&self, code: &str) -> Points {
        self.efforts
            .get(code)
            .copied()
            .unwrap_or(Self::DEFAULT_EFFORT)
    }

    /// Whether the item `code` may be recovered partly.
    pub fn is_partial(&self, code: &str) -> bool {
        self.partial.contains(code)
    }

    /// Whether the item `code` can be settled in the target year, as recorded.
    pub fn feasibility(&self, code: &str) -> Feasible {
        self.feasible.get(code).copied().unwrap_or_default()
    }

    /// Drops every entry kept for `code` (a row deleted from the card): a scenario must not
    /// name a code its card no longer has, or it would not open again.
    pub fn forget_code(&mut self, code: &str) {
        self.projection.scores.remove(code);
        self.projection.surveys.remove(code);
        self.accepted.remove(code);
        self.statuses.remove(code);
        self.evidence.remove(code);
        self.confidence.remove(code);
        self.survey_ranges.remove(code);
        self.efforts.remove(code);
        self.partial.remove(code);
        self.feasible.remove(code);
        for merge in &mut self.merges {
            merge.items.retain(|item| item.code != code);
        }
    }

    /// Moves every entry kept for `from` to `to` (a row's code changed).
    pub fn rename_code(&mut self, from: &str, to: &str) {
        fn moved<V>(map: &mut BTreeMap<String, V>, from: &str, to: &str) {
            if let Some(v) = map.remove(from) {
                map.insert(to.to_string(), v);
            }
        }
        fn moved_in(set: &mut BTreeSet<String>, from: &str, to: &str) {
            if set.remove(from) {
                set.insert(to.to_string());
            }
        }
        moved(&mut self.projection.scores, from, to);
        moved(&mut self.projection.surveys, from, to);
        moved_in(&mut self.accepted, from, to);
        moved(&mut self.statuses, from, to);
        moved(&mut self.evidence, from, to);
        moved(&mut self.confidence, from, to);
        moved(&mut self.survey_ranges, from, to);
        moved(&mut self.efforts, from, to);
        moved_in(&mut self.partial, from, to);
        moved(&mut self.feasible, from, to);
        for item in self.merges.iter_mut().flat_map(|m| &mut m.items) {
            if item.code == from {
                to.clone_into(&mut item.code);
            }
        }
    }
}
