//! A value worked out from the open document's current state and something else (the "as of"
//! date, the language), kept across frames until either changes. The plan and compare views
//! list every planned item (6,000 on a national card): rebuilding and re-sorting them 60 times
//! a second cost a 10,000-item card 330 ms a frame on the deadlines tab.

use crate::engine::Session;

/// `T` made from the session and `K` (the "as of" date, the language…).
#[derive(Clone, Debug)]
pub struct Memo<T, K> {
    /// The value, with the session serial and revision and what else it was made for.
    made: Option<((u64, u64, K), T)>,
}

impl<T, K> Default for Memo<T, K> {
    fn default() -> Self {
        Memo { made: None }
    }
}

impl<T, K: PartialEq> Memo<T, K> {
    /// The value for the session's current state and `other`, made afresh only when either
    /// is not what it was made for.
    pub fn get(&mut self, session: &Session, other: K, make: impl FnOnce() -> T) -> &T {
        let key = (session.serial(), session.revision(), other);
        let current = match self.made.take() {
            Some((was, value)) if was == key => (was, value),
            _ => (key, make()),
        };
        &self.made.insert(current).1
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Edit;
    use crate::model::{Date, Points};

    #[test]
    fn made_again_only_when_the_document_or_the_date_changes() {
        let Ok(card) = crate::io::embedded_scorecard() else {
            panic!("the embedded scorecard loads");
        };
        let mut session = Session::new(card);
        let day = |d| Date::new(2020, 10, d).unwrap_or_else(|| panic!("a date"));
        let mut memo = Memo::<u32, Date>::default();
        let mut made = 0;
        let mut get = |memo: &mut Memo<u32, Date>, session: &Session, as_of| {
            *memo.get(session, as_of, || {
                made += 1;
                made
            })
        };
        assert_eq!(get(&mut memo, &session, day(1)), 1);
        assert_eq!(get(&mut memo, &session, day(1)), 1, "same state, kept");
        assert_eq!(get(&mut memo, &session, day(2)), 2, "another date");
        session.apply(Edit::SetScore {
            code: "3.4.2".into(),
            value: Some(Points::from_units(15_000)),
        });
        assert_eq!(get(&mut memo, &session, day(2)), 3, "an edit");
        session.undo();
        assert_eq!(get(&mut memo, &session, day(2)), 4, "an undo");
        let other = Session::new(session.card().clone());
        assert_eq!(get(&mut memo, &other, day(2)), 5, "another document");
    }
}
