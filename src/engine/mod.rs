//! Pure computation over a scorecard: baselines, projection, agencies, validation.
//! No I/O and no UI here, so every figure is testable without a window.

mod agencies;
mod analysis;
mod edit;
mod figures;
mod projection;
mod session;
mod validate;

pub use agencies::{Stake, Stakes};
pub use analysis::{Analysis, Basis, FieldInfo, Level, Node};
pub use edit::Edit;
pub use figures::{FieldFigures, Figures};
pub use projection::Projected;
pub use session::Session;
pub use validate::{Check, Finding, Severity, check};
