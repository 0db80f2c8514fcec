//! Plain data: what a scorecard file holds. No computation beyond simple accessors.

mod changes;
mod points;
mod projection;
mod scorecard;

pub use changes::Changes;
pub use points::{Points, PointsError, SCALE};
pub use projection::Projection;
pub use scorecard::{FORMAT_VERSIONS, Field, Item, Plan, Published, Scorecard, Survey};
