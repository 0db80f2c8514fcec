//! The goal panel's strings (issue 12): what it takes to reach a total or a rank.

use super::Lang;

/// The goal panel's strings in one language.
pub struct GoalStrings {
    pub title: &'static str,
}

pub static VI: GoalStrings = GoalStrings {
    title: "Mục tiêu: cách ít tốn công nhất để đạt điểm hoặc thứ hạng",
};

pub static EN: GoalStrings = GoalStrings {
    title: "Goal: the least effort to reach a total or a rank",
};

impl Lang {
    /// The goal panel's strings.
    pub fn goal(self) -> &'static GoalStrings {
        match self {
            Lang::Vi => &VI,
            Lang::En => &EN,
        }
    }
}
