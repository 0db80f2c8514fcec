//! Pure computation over a scorecard: baselines, projection, agencies, validation.
//! No I/O and no UI here, so every figure is testable without a window.

mod agencies;
mod analysis;
mod appraisal;
mod card_edit;
mod compare;
mod deadline;
mod edit;
mod explain;
mod figures;
pub mod goal;
mod plan;
mod projection;
mod report_merge;
mod risk;
mod search;
mod session;
mod validate;

pub use agencies::{Stake, Stakes};
pub use analysis::{Analysis, Basis, FieldInfo, Level, Node};
pub use appraisal::appraisal_cut;
pub use card_edit::{CardEdit, CardInfo, NodePath, from_template, next_year};
pub use compare::{Comparison, ItemDifference};
pub use deadline::Deadline;
pub use edit::Edit;
pub use explain::{Note, NoteKind, basis_note, notes, rounding_gap, rounding_note};
pub use figures::{FieldFigures, Figures};
pub use plan::{
    AgencyProgress, PlanItem, plan_items, progress_by_agency, status_projection, timeline,
};
pub use projection::Projected;
pub use report_merge::ReportMerge;
pub use risk::{
    AgencyChecklist, Bin, ChecklistItem, ConfidenceSource, DEFAULT_DRAWS, DEFAULT_TARGET,
    FieldRisk, ItemRisk, Method, RangeSource, Risk, RiskOptions, RiskPart, confidence_of,
    documents_of, evidence_checklist, part_lost_ranges, risk, risk_of, risk_of_part,
    survey_range_of, target_or_default,
};
pub use search::{Query, fold};
pub use session::Session;
pub use validate::{Check, Finding, Severity, check};
