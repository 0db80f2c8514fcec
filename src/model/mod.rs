//! Plain data: what a scorecard file holds. No computation beyond simple accessors.

mod changes;
mod date;
mod evidence;
mod merge_log;
mod points;
mod projection;
mod scenario;
mod score_rule;
mod scorecard;
mod status;

pub use changes::Changes;
pub use date::{Date, DateError, timestamp_of, timestamp_utc};
pub use evidence::{Evidence, EvidenceState};
pub use merge_log::{MergeChange, MergeRecord, Settled};
pub use points::{Points, PointsError, SCALE};
pub use projection::Projection;
pub use scenario::{SCENARIO_FORMAT_VERSIONS, Scenario};
pub use score_rule::ScoreRule;
pub use scorecard::{FORMAT_VERSIONS, Field, Item, Plan, Published, Scorecard, Survey};
pub use status::{ItemStatus, Status};
