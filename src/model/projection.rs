//! What a what-if changes: projected values keyed by code, as a scenario file stores them.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::Points;

/// Dự báo: the values a person has set for the target year. Anything not listed keeps its
/// baseline, and parents follow their children through the delta rule.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Projection {
    /// Projected self-assessment score of a field or item, by code.
    #[serde(default)]
    pub scores: BTreeMap<String, Points>,
    /// Projected survey score of a field, by field code.
    #[serde(default)]
    pub surveys: BTreeMap<String, Points>,
}

impl Projection {
    pub fn is_empty(&self) -> bool {
        self.scores.is_empty() && self.surveys.is_empty()
    }
}
