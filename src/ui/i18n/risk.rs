//! The evidence and confidence panel's strings (issue 13).

use super::Lang;

/// The evidence panel's strings in one language.
pub struct RiskStrings {
    pub title: &'static str,
}

pub static VI: RiskStrings = RiskStrings {
    title: "Tài liệu kiểm chứng và độ tin cậy của điểm dự kiến",
};

pub static EN: RiskStrings = RiskStrings {
    title: "Evidence and how sure the projection is",
};

impl Lang {
    /// The evidence panel's strings.
    pub fn risk(self) -> &'static RiskStrings {
        match self {
            Lang::Vi => &VI,
            Lang::En => &EN,
        }
    }
}
