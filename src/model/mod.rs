//! Plain data: what a scorecard file holds. No computation beyond simple accessors.

mod changes;
mod date;
mod evidence;
mod points;
mod projection;
mod ratio;
mod risk;
mod scenario;
mod scorecard;
mod status;

pub use changes::Changes;
pub use date::{Date, DateError, timestamp_of, timestamp_utc};
pub use evidence::{Evidence, EvidenceState};
pub use points::{Points, PointsError, SCALE};
pub use projection::Projection;
pub use ratio::{Ratio, RatioError};
pub use risk::{RiskDefaults, SurveyRange, SurveyRangeError};
pub use scenario::{SCENARIO_FORMAT_VERSIONS, Scenario};
pub use scorecard::{FORMAT_VERSIONS, Field, Item, Plan, Published, Scorecard, Survey};
pub use status::{ItemStatus, Status};
