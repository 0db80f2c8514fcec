//! What the header says beyond the point projection: the rank the projected index would have
//! among the other provinces (from the results table of the assessed year), and how sure the
//! projection is (expected index and 90 % interval from the engine's risk model).
//!
//! Both are kept across frames. The rank table depends on the card alone. The distribution is
//! exact and takes about a millisecond on a province's card, but a national card of 10,000
//! items needs a Monte Carlo of ~125 ms: recomputing it on every frame of a slider drag would
//! freeze the drag, so on a large card it waits until the edits pause and shows the last
//! figures, marked as being updated, meanwhile. "Large" is a node count, not a measured time,
//! so what a card shows does not depend on how busy the machine is.

use std::time::{Duration, Instant};

use crate::engine::goal::{Others, RankRange, Standing};
use crate::engine::{RiskOptions, Session, risk_of};
use crate::io;
use crate::model::Points;

/// On a card with more nodes than this the range waits for the edits to pause (a 10,000-item
/// card's Monte Carlo takes ~125 ms; a province's exact distribution ~1 ms).
const LARGE: usize = 2_000;
/// How long the edits must pause before a slow computation runs again.
const PAUSE: Duration = Duration::from_millis(300);

/// The distribution of the projected index, as the header shows it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Range {
    /// Kỳ vọng.
    pub expected: Points,
    /// Khoảng 90 %.
    pub low: Points,
    pub high: Points,
    /// P(index ≥ the scenario's target), with the target.
    pub at_least: Option<(Points, f64)>,
}

impl Range {
    /// Nothing uncertain: every gain is sure and no survey part moves.
    pub fn is_point(&self) -> bool {
        self.low == self.high
    }
}

/// The header's rank and range, kept across frames.
#[derive(Clone, Debug, Default)]
pub struct Outlook {
    /// The other units' standing, for the card state (serial) it was made for.
    standing: Option<(u64, Option<Standing>)>,
    /// The range for the document state (serial, revision) it was made for.
    range: Option<((u64, u64), Range)>,
    /// The document state last seen, and when it was first seen.
    seen: Option<((u64, u64), Instant)>,
}

impl Outlook {
    /// The projected total's rank against the embedded results table of the assessed year, if
    /// it ranks that year.
    pub fn rank(&mut self, session: &Session) -> Option<RankRange> {
        let serial = session.serial();
        if self.standing.as_ref().map(|(s, _)| *s) != Some(serial) {
            self.standing = Some((serial, standing(session)));
        }
        let figures = session.figures();
        if !figures.total_known {
            return None;
        }
        let (_, standing) = self.standing.as_ref()?;
        standing.as_ref().map(|s| s.rank_of(figures.total))
    }

    /// The range of the projected index, and whether it is stale (a large card's range waiting
    /// for the edits to pause since `now`).
    pub fn range(&mut self, session: &Session, now: Instant) -> Option<(Range, bool)> {
        if !session.figures().total_known {
            return None;
        }
        let key = (session.serial(), session.revision());
        if self.seen.map(|(k, _)| k) != Some(key) {
            self.seen = Some((key, now));
        }
        let fresh = self.range.is_some_and(|(k, _)| k == key);
        let paused = self
            .seen
            .is_some_and(|(_, at)| now.duration_since(at) >= PAUSE);
        let same_card = self.range.is_some_and(|((serial, _), _)| serial == key.0);
        let large = session.analysis().nodes.len() > LARGE;
        if !fresh && (!large || paused || !same_card) {
            self.range = Some((key, range(session)));
        }
        self.range.map(|(k, r)| (r, k != key))
    }
}

/// The embedded results table's standing of the other units, when it ranks the card's year.
fn standing(session: &Session) -> Option<Standing> {
    let analysis = session.analysis();
    let results = io::embedded_results().ok()?;
    if !results.has_year(analysis.year) {
        return None;
    }
    Standing::new(&results, analysis, Others::AsPublished)
        .ok()
        .flatten()
}

fn range(session: &Session) -> Range {
    let target = session.changes().target;
    let risk = risk_of(
        session,
        &RiskOptions {
            target,
            ..RiskOptions::default()
        },
    );
    Range {
        expected: risk.expected,
        low: risk.interval_90.0,
        high: risk.interval_90.1,
        at_least: target.zip(risk.p_at_least),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Edit;

    fn seed() -> Session {
        let card = io::embedded_scorecard().unwrap_or_else(|e| panic!("{e}"));
        Session::new(card)
    }

    #[test]
    fn the_seed_as_published_ranks_where_it_was_published() {
        let session = seed();
        let rank = Outlook::default().rank(&session);
        let (published, of) = session.analysis().rank.unwrap_or_default();
        let rank = rank.unwrap_or_else(|| panic!("the embedded table ranks the seed's year"));
        assert!(
            rank.best <= published && published <= rank.worst,
            "{rank:?}"
        );
        assert_eq!(Some(rank.of), of);
    }

    #[test]
    fn a_small_card_s_range_follows_every_edit() {
        let mut session = seed();
        let mut outlook = Outlook::default();
        let start = Instant::now();
        let (first, _) = outlook
            .range(&session, start)
            .unwrap_or_else(|| panic!("range"));
        session.apply(Edit::ApplyPlan);
        let (now, stale) = outlook
            .range(&session, start)
            .unwrap_or_else(|| panic!("range"));
        assert!(!stale);
        assert!(now.expected > first.expected, "{now:?} vs {first:?}");
    }

    #[test]
    fn a_large_card_s_range_waits_for_the_edits_to_pause() {
        let card = crate::generate::scorecard(crate::generate::Spec {
            items: LARGE * 2,
            depth: 3,
            seed: 7,
            year: 2019,
        });
        let mut session = Session::new(card);
        let mut outlook = Outlook::default();
        let start = Instant::now();
        let (first, stale) = outlook
            .range(&session, start)
            .unwrap_or_else(|| panic!("range"));
        assert!(!stale);
        session.apply(Edit::ApplyPlan);
        let (during, stale) = outlook
            .range(&session, start)
            .unwrap_or_else(|| panic!("range"));
        assert!(stale, "a large card's range is not recomputed mid-gesture");
        assert_eq!(during, first);
        let later = start + PAUSE * 2;
        let (after, stale) = outlook
            .range(&session, later)
            .unwrap_or_else(|| panic!("range"));
        assert!(!stale);
        assert_ne!(after, first);
    }
}
