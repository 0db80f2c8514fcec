//! Bảng chấm điểm thi đua: the plan's execution per lead agency — items done on time, late or
//! not at all, points recovered against points at stake, reports returned on time or not — and
//! the score the scenario's rule (`Changes::score_rule`) gives it. The plan makes this "căn cứ
//! chấm điểm chuyên đề thi đua CCHC hàng năm".

use crate::engine::{AgencyProgress, Session, progress_by_agency, status_projection};
use crate::model::{Changes, Date, Points, ScoreRule, Status};

/// One lead agency's record and score.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AgencyScore {
    /// Đơn vị chủ trì.
    pub agency: String,
    /// Items it leads.
    pub items: usize,
    /// Hoàn thành đúng hạn: done by the deadline (or with no dated deadline).
    pub done_on_time: usize,
    /// Hoàn thành trễ hạn: done after the deadline.
    pub done_late: usize,
    /// Chưa hoàn thành: not done (in progress, not started or cannot be done).
    pub not_done: usize,
    /// Of those not done, past their deadline on the scoreboard's date.
    pub overdue: usize,
    /// Điểm bị trừ phụ trách: the assessed year's loss on its items.
    pub at_stake: Points,
    /// Điểm đã khôi phục: what its done items win back (the projection by status).
    pub recovered: Points,
    /// Reports asked of it whose due date has passed or that came back.
    pub reports_expected: usize,
    pub reports_on_time: usize,
    pub reports_late: usize,
    /// The score under the rule.
    pub score: Points,
    /// 1 for the best score; agencies with equal scores share a rank.
    pub rank: usize,
}

/// The scoreboard on a date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scoreboard {
    pub as_of: Date,
    pub rule: ScoreRule,
    /// In the order the agencies first appear in the plan.
    pub agencies: Vec<AgencyScore>,
}

/// The scoreboard of the session's scenario on `as_of`. Points recovered come from the
/// projection by status (done items at full marks), through a `Session`, so they are what the
/// agencies have secured, not what the scenario hopes for.
pub fn scoreboard(session: &Session, as_of: Date) -> Scoreboard {
    let (_, progress) = secured_progress(session, as_of);
    scoreboard_from(session.changes(), &progress, as_of)
}

/// What the agencies have secured on `as_of`: the session projected by status (done items at
/// full marks) and its progress per lead agency — what the scoreboard and the report count.
pub(crate) fn secured_progress(session: &Session, as_of: Date) -> (Session, Vec<AgencyProgress>) {
    let changes = session.changes();
    let by_status = Changes {
        projection: status_projection(session.analysis(), changes),
        ..changes.clone()
    };
    let secured = Session::with_changes(session.card().clone(), by_status);
    let progress = progress_by_agency(
        secured.analysis(),
        secured.projected(),
        secured.changes(),
        as_of,
    );
    (secured, progress)
}

/// The scoreboard from the secured progress per agency.
pub(crate) fn scoreboard_from(
    changes: &Changes,
    progress: &[AgencyProgress],
    as_of: Date,
) -> Scoreboard {
    let rule = changes.score_rule;
    let periods = report_periods(changes);
    let mut agencies: Vec<AgencyScore> = progress
        .iter()
        .map(|agency| {
            let mut score = AgencyScore {
                agency: agency.lead.clone(),
                items: agency.items.len(),
                done_on_time: 0,
                done_late: 0,
                not_done: 0,
                overdue: agency.overdue,
                at_stake: agency.at_stake,
                recovered: agency.recovered,
                reports_expected: 0,
                reports_on_time: 0,
                reports_late: 0,
                score: Points::ZERO,
                rank: 0,
            };
            for item in &agency.items {
                if item.status != Status::Done {
                    score.not_done += 1;
                    continue;
                }
                let saved = changes.statuses.get(&item.code);
                let finished = saved.and_then(|s| s.done.or(s.changed));
                let late =
                    matches!((finished, item.deadline.due()), (Some(f), Some(due)) if f > due);
                if late {
                    score.done_late += 1;
                } else {
                    score.done_on_time += 1;
                }
            }
            count_reports(&mut score, changes, &periods, as_of);
            score.score = points(&rule, &score);
            score
        })
        .collect();
    rank(&mut agencies);
    Scoreboard {
        as_of,
        rule,
        agencies,
    }
}

/// Every round of sheets the merge log shows (period and due date): a round one agency
/// answered was sent to all.
fn report_periods(changes: &Changes) -> Vec<(String, Option<Date>)> {
    let mut periods: Vec<(String, Option<Date>)> = Vec::new();
    for record in &changes.merges {
        let round = (record.period.clone(), record.due);
        if !periods.contains(&round) {
            periods.push(round);
        }
    }
    periods
}

/// Per round: the agency's first return on or before the due date is on time, after it late;
/// no return once the due date has passed counts as a report missed. A return received after
/// `as_of` does not count yet: the scoreboard is as of that day.
fn count_reports(
    score: &mut AgencyScore,
    changes: &Changes,
    periods: &[(String, Option<Date>)],
    as_of: Date,
) {
    for (period, due) in periods {
        let first = changes
            .merges
            .iter()
            .filter(|m| {
                m.agency == score.agency
                    && m.period == *period
                    && m.due == *due
                    && m.received <= as_of
            })
            .min_by_key(|m| m.received);
        match first {
            Some(record) => {
                score.reports_expected += 1;
                if record.on_time() {
                    score.reports_on_time += 1;
                } else {
                    score.reports_late += 1;
                }
            }
            None if due.is_some_and(|d| d < as_of) => score.reports_expected += 1,
            None => {}
        }
    }
}

/// `weight × part ÷ whole`, exact to the nearest ten-thousandth; a whole of zero gives zero.
fn share(weight: Points, part: i64, whole: i64) -> Points {
    if whole <= 0 {
        return Points::ZERO;
    }
    let units = i128::from(weight.units()) * i128::from(part);
    let rounded = (2 * units + i128::from(whole)) / (2 * i128::from(whole));
    Points::from_units(rounded as i64)
}

/// The rule applied. An agency with nothing at stake (its field already at full marks) earns
/// the points part by its share of items done; one asked for no report yet earns the reports
/// part in full.
fn points(rule: &ScoreRule, s: &AgencyScore) -> Points {
    let n = |count: usize| i64::try_from(count).unwrap_or(i64::MAX);
    let items = n(s.items);
    let mut total = share(rule.items_on_time, n(s.done_on_time), items)
        + share(rule.items_late, n(s.done_late), items);
    total += if s.at_stake.is_zero() {
        share(rule.recovered, n(s.done_on_time + s.done_late), items)
    } else {
        share(rule.recovered, s.recovered.units(), s.at_stake.units())
    };
    total += if s.reports_expected == 0 {
        rule.reports_on_time
    } else {
        let expected = n(s.reports_expected);
        share(rule.reports_on_time, n(s.reports_on_time), expected)
            + share(rule.reports_late, n(s.reports_late), expected)
    };
    total
}

fn rank(agencies: &mut [AgencyScore]) {
    let scores: Vec<Points> = agencies.iter().map(|a| a.score).collect();
    for agency in agencies.iter_mut() {
        agency.rank = 1 + scores.iter().filter(|s| **s > agency.score).count();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_are_exact_and_rounded() {
        let forty = Points::from_units(400_000);
        assert_eq!(share(forty, 1, 3).vi(), "13,3333");
        assert_eq!(share(forty, 2, 3).vi(), "26,6667");
        assert_eq!(share(forty, 3, 3), forty);
        assert_eq!(share(forty, 1, 0), Points::ZERO);
    }
}
