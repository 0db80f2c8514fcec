//! Plain data: what a scorecard file holds. No computation beyond simple accessors.

mod changes;
mod date;
mod evidence;
mod goal;
mod merge_log;
mod points;
mod projection;
mod ratio;
mod results;
mod risk;
mod scenario;
mod score_rule;
mod scorecard;
mod status;

pub use changes::Changes;
pub use date::{Date, DateError, timestamp_of, timestamp_utc};
pub use evidence::{Evidence, EvidenceState};
pub use goal::Feasible;
pub use merge_log::{MergeChange, MergeRecord, Settled};
pub use points::{Points, PointsError, SCALE};
pub use projection::Projection;
pub use ratio::{Ratio, RatioError};
pub use results::{ResultRow, Results, RowKind};
pub use risk::{RiskDefaults, SurveyRange, SurveyRangeError};
pub use scenario::{SCENARIO_FORMAT_VERSIONS, Scenario};
pub use score_rule::ScoreRule;
pub use scorecard::{FORMAT_VERSIONS, Field, Item, Method, Plan, Published, Scorecard, Survey};
pub use status::{ItemStatus, Status};

/// Separates the English and Vietnamese halves of an error parindex raises inside the file
/// parser (`serde::de::Error::custom` takes one string), so both languages reach the person.
pub(crate) const BILINGUAL: char = '\u{1e}';

/// An error message in both languages, for `serde::de::Error::custom`.
pub(crate) fn bilingual(en: &str, vi: &str) -> String {
    format!("{en}{BILINGUAL}{vi}")
}
