//! What a scenario assumes about the uncertain parts of next year's index: how likely each
//! kind of evidence gets a planned gain accepted on the Ministry's appraisal (thẩm định), and
//! where each field's survey part may land. Plain data; the engine's `risk` module computes.

use serde::{Deserialize, Serialize};

use super::{EvidenceState, Points, Ratio};

/// Mặc định độ tin cậy: the probability that a planned gain is accepted on appraisal, by the
/// state of its evidence, and the default width of a field's survey range. A scenario may
/// change any of them; an item's own confidence (`Changes::confidence`) wins over them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RiskDefaults {
    /// Có: every document is in hand.
    pub ready: Ratio,
    /// Đang hoàn thiện: a document is being drafted or signed.
    pub in_progress: Ratio,
    /// Chưa có: a document the appraisal asks for is not there.
    pub missing: Ratio,
    /// Chưa khai báo tài liệu: no document listed for the item at all, so nobody knows.
    pub unlisted: Ratio,
    /// Biên độ điều tra XHH: a field's default survey range is its projected survey score ±
    /// this share of the field's survey maximum.
    pub survey_spread: Ratio,
}

impl Default for RiskDefaults {
    /// 0.9 / 0.6 / 0.3 by evidence state, 0.5 with nothing listed, survey ± 5 % of its maximum.
    fn default() -> Self {
        RiskDefaults {
            ready: Ratio::from_units(9_000),
            in_progress: Ratio::from_units(6_000),
            missing: Ratio::from_units(3_000),
            unlisted: Ratio::from_units(5_000),
            survey_spread: Ratio::from_units(500),
        }
    }
}

impl RiskDefaults {
    /// Whether these are the shipped defaults (a scenario file then leaves them out).
    pub fn is_standard(&self) -> bool {
        *self == Self::default()
    }

    /// The confidence an evidence state gives.
    pub fn for_state(&self, state: EvidenceState) -> Ratio {
        match state {
            EvidenceState::Ready => self.ready,
            EvidenceState::InProgress => self.in_progress,
            EvidenceState::Missing => self.missing,
        }
    }
}

/// Khoảng điểm điều tra XHH: where a field's survey part may land next year, read as a
/// triangular distribution (least `low`, most likely `likely`, at most `high`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "RawSurveyRange")]
pub struct SurveyRange {
    pub low: Points,
    pub likely: Points,
    pub high: Points,
}

/// Why three numbers are not a survey range.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "khoảng điều tra XHH cần low ≤ likely ≤ high, gặp low {low}, likely {likely}, high {high} / a survey range needs low ≤ likely ≤ high, found low {low}, likely {likely}, high {high}"
)]
pub struct SurveyRangeError {
    pub low: Points,
    pub likely: Points,
    pub high: Points,
}

impl SurveyRange {
    /// A range, refused unless `low ≤ likely ≤ high`.
    pub fn new(low: Points, likely: Points, high: Points) -> Result<Self, SurveyRangeError> {
        if low <= likely && likely <= high {
            Ok(SurveyRange { low, likely, high })
        } else {
            Err(SurveyRangeError { low, likely, high })
        }
    }

    /// A range of zero width: the survey part is known.
    pub fn exactly(value: Points) -> Self {
        SurveyRange {
            low: value,
            likely: value,
            high: value,
        }
    }

    pub fn width(&self) -> Points {
        self.high - self.low
    }
}

/// The file's form, checked before it becomes a [`SurveyRange`]. Named like it so RON's
/// struct-name check accepts `SurveyRange(...)`.
#[derive(Deserialize)]
#[serde(rename = "SurveyRange", deny_unknown_fields)]
struct RawSurveyRange {
    low: Points,
    likely: Points,
    high: Points,
}

impl TryFrom<RawSurveyRange> for SurveyRange {
    type Error = SurveyRangeError;
    fn try_from(raw: RawSurveyRange) -> Result<Self, Self::Error> {
        SurveyRange::new(raw.low, raw.likely, raw.high)
    }
}
