//! Quy tắc chấm điểm thi đua: how the agencies' scoreboard turns a lead agency's record in the
//! plan into points. The plan's execution is "căn cứ chấm điểm chuyên đề thi đua CCHC hàng năm";
//! the weights are the province's to decide, so they live in the scenario and can be edited.

use serde::{Deserialize, Serialize};

use super::Points;

/// The weights of the scoreboard. An agency scores
///
/// ```text
/// items_on_time × (share of its items done by their deadline)
///   + items_late × (share done after it)
///   + recovered × (points recovered ÷ points at stake)
///   + reports_on_time × (share of its reports returned by the due date)
///   + reports_late × (share returned after it)
/// ```
///
/// With the defaults (40, 20, 40, 20, 10) the best record scores 100.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ScoreRule {
    /// Per whole share of items done on time (hoàn thành đúng hạn).
    pub items_on_time: Points,
    /// Per whole share of items done late (hoàn thành trễ hạn).
    pub items_late: Points,
    /// Per whole share of the points at stake recovered by items done (điểm khôi phục).
    pub recovered: Points,
    /// Per whole share of reports returned on time (báo cáo đúng hạn).
    pub reports_on_time: Points,
    /// Per whole share of reports returned late (báo cáo trễ hạn).
    pub reports_late: Points,
}

impl Default for ScoreRule {
    fn default() -> Self {
        let p = |whole: i64| Points::from_units(whole * super::SCALE);
        ScoreRule {
            items_on_time: p(40),
            items_late: p(20),
            recovered: p(40),
            reports_on_time: p(20),
            reports_late: p(10),
        }
    }
}

impl ScoreRule {
    /// Whether the rule is the documented default (then a scenario does not write it).
    pub fn is_default(&self) -> bool {
        *self == ScoreRule::default()
    }

    /// The best score the rule gives: every item on time, everything recovered, every report
    /// on time.
    pub fn max(&self) -> Points {
        self.items_on_time.max(self.items_late)
            + self.recovered
            + self.reports_on_time.max(self.reports_late)
    }
}
