//! Mục tiêu: what a scenario records for reaching a target — whether each fixable item can be
//! settled in the target year. Efforts, the effort unit, partial recovery and the target index
//! itself live in [`super::Changes`] beside it.

use serde::{Deserialize, Serialize};

use super::Date;

/// Khả thi trong năm mục tiêu: whether an item can be recovered in time to count for the target
/// year's index. The default, [`Feasible::Yes`], is left out of files.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Feasible {
    /// Có: the province can settle it within the target year.
    #[default]
    Yes,
    /// Không: it cannot (it needs another level's decision, or it is out of the province's hands).
    No,
    /// Chỉ sau ngày: it can be settled only from this day on (a deadline such as "Quý II năm 2021");
    /// it counts for the target year only if the day falls within that year.
    After(Date),
}

impl Feasible {
    /// Whether the item can count for `target_year`'s index: the assessment covers what is done
    /// by the last day of that year.
    pub fn in_year(self, target_year: i32) -> bool {
        match self {
            Feasible::Yes => true,
            Feasible::No => false,
            Feasible::After(date) => date.year() <= target_year,
        }
    }

    pub fn is_yes(&self) -> bool {
        *self == Feasible::Yes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_in_the_next_year_is_not_feasible_for_this_one() {
        let q2 = Date::quarter_end(2021, 2).map_or(Feasible::No, Feasible::After);
        assert!(!q2.in_year(2020));
        assert!(q2.in_year(2021));
        assert!(Feasible::Yes.in_year(2020));
        assert!(!Feasible::No.in_year(2020));
    }
}
