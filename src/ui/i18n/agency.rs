//! The agency loop's strings (issue 14): task sheets, returned reports, the scoreboard.

use super::Lang;

/// The agency loop's strings in one language.
pub struct AgencyStrings {
    pub title: &'static str,
}

pub static VI: AgencyStrings = AgencyStrings {
    title: "Thi đua: kết quả thực hiện kế hoạch của các đơn vị",
};

pub static EN: AgencyStrings = AgencyStrings {
    title: "Scoreboard: how each agency carried out the plan",
};

impl Lang {
    /// The agency loop's strings.
    pub fn agency(self) -> &'static AgencyStrings {
        match self {
            Lang::Vi => &VI,
            Lang::En => &EN,
        }
    }
}
