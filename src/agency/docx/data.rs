//! The report's figures, all from the engine through `Session`: the assessed year, what the
//! items done have secured (the projection by status), the scenario's projection, the plan's
//! progress per agency, the late items and the scoreboard. Plain data, laid out by `body`.

use crate::engine::{Figures, PlanItem, Session, plan_items};
use crate::model::{Date, Points, Status};

use super::super::scoreboard::{Scoreboard, scoreboard_from, secured_progress};

/// One agency's line of the progress table.
pub struct AgencyRow {
    pub agency: String,
    pub items: usize,
    pub done: usize,
    pub in_progress: usize,
    /// Not started or cannot be done.
    pub not_done: usize,
    pub overdue: usize,
    pub at_stake: Points,
    /// Won back by its done items.
    pub recovered: Points,
}

/// Everything the report says, computed.
pub struct ReportData {
    pub unit: String,
    pub plan: String,
    pub year: i32,
    pub target_year: i32,
    pub as_of: Date,
    /// The assessed year's index, self-assessment and rank.
    pub base: Figures,
    pub rank: Option<(u32, Option<u32>)>,
    /// Done items at full marks, everything else at the assessed year.
    pub secured: Figures,
    /// The scenario's projection.
    pub projected: Figures,
    pub items: usize,
    pub done: usize,
    pub in_progress: usize,
    pub not_started: usize,
    pub failed: usize,
    pub overdue: usize,
    pub agencies: Vec<AgencyRow>,
    /// Past due and not done, by due date.
    pub late: Vec<PlanItem>,
    pub scoreboard: Scoreboard,
}

impl ReportData {
    pub fn of(session: &Session, as_of: Date) -> Self {
        let analysis = session.analysis();
        let changes = session.changes();
        let (secured, progress) = secured_progress(session, as_of);
        let count = |items: &[PlanItem], status: Status| {
            items.iter().filter(|i| i.status == status).count()
        };
        let agencies: Vec<AgencyRow> = progress
            .iter()
            .map(|a| AgencyRow {
                agency: a.lead.clone(),
                items: a.items.len(),
                done: a.done,
                in_progress: count(&a.items, Status::InProgress),
                not_done: count(&a.items, Status::NotStarted) + count(&a.items, Status::Failed),
                overdue: a.overdue,
                at_stake: a.at_stake,
                recovered: a.recovered,
            })
            .collect();
        let all = plan_items(analysis, session.projected(), changes, as_of);
        let mut late: Vec<PlanItem> = all.iter().filter(|i| i.overdue).cloned().collect();
        late.sort_by_key(|i| i.deadline.sort_key());
        ReportData {
            unit: analysis.unit.clone(),
            plan: super::super::plan_title(analysis),
            year: analysis.year,
            target_year: analysis.target_year,
            as_of,
            base: session.baseline_figures().clone(),
            rank: analysis.rank,
            secured: secured.figures().clone(),
            projected: session.figures().clone(),
            items: all.len(),
            done: count(&all, Status::Done),
            in_progress: count(&all, Status::InProgress),
            not_started: count(&all, Status::NotStarted),
            failed: count(&all, Status::Failed),
            overdue: all.iter().filter(|i| i.overdue).count(),
            agencies,
            late,
            scoreboard: scoreboard_from(changes, &progress, as_of),
        }
    }
}
