//! Pure computation over a scorecard: baselines, projection, agencies, validation.
//! No I/O and no UI here, so every figure is testable without a window.

mod agencies;
mod analysis;
mod compare;
mod deadline;
mod edit;
mod explain;
mod figures;
mod plan;
mod projection;
mod session;
mod validate;

pub use agencies::{Stake, Stakes};
pub use analysis::{Analysis, Basis, FieldInfo, Level, Node};
pub use compare::{Comparison, ItemDifference};
pub use deadline::Deadline;
pub use edit::Edit;
pub use explain::{Note, NoteKind, basis_note, notes, rounding_gap, rounding_note};
pub use figures::{FieldFigures, Figures};
pub use plan::{
    AgencyProgress, PlanItem, plan_items, progress_by_agency, status_projection, timeline,
};
pub use projection::Projected;
pub use session::Session;
pub use validate::{Check, Finding, Severity, check};
