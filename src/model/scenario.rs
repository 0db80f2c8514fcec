//! Kịch bản: a what-if an officer keeps — the base scorecard it was made on, embedded so the
//! file opens on another PC alone, and everything changed on top of it. See docs/SCENARIOS.md.

use serde::{Deserialize, Deserializer, Serialize};

use super::{Changes, Scorecard, timestamp_utc};

/// The scenario format versions this build reads.
pub const SCENARIO_FORMAT_VERSIONS: &[u32] = &[1];

/// A saved scenario.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    #[serde(deserialize_with = "known_format")]
    pub format: u32,
    /// Tên kịch bản.
    pub name: String,
    /// Mô tả: what the scenario assumes and why.
    #[serde(default)]
    pub description: String,
    /// Người lập.
    #[serde(default)]
    pub author: String,
    /// ISO 8601 UTC time of the first save.
    #[serde(default)]
    pub created: String,
    /// ISO 8601 UTC time of the last save.
    #[serde(default)]
    pub modified: String,
    /// SHA-256 (hex) of the base scorecard's canonical RON; a mismatch means the embedded base
    /// was edited by hand after saving, and the file is refused rather than silently misread.
    pub base_hash: String,
    /// The scorecard the changes apply to.
    pub base: Scorecard,
    /// Projected values, accepted corrections and plan statuses.
    #[serde(default)]
    pub changes: Changes,
}

impl Scenario {
    /// Stamps a save: `modified` becomes now, and `created` too if it was never set.
    pub fn touch(&mut self) {
        self.modified = timestamp_utc();
        if self.created.is_empty() {
            self.created.clone_from(&self.modified);
        }
    }
}

fn known_format<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u32, D::Error> {
    let version = u32::deserialize(deserializer)?;
    if SCENARIO_FORMAT_VERSIONS.contains(&version) {
        Ok(version)
    } else {
        let readable = SCENARIO_FORMAT_VERSIONS
            .iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join(", ");
        Err(serde::de::Error::custom(super::bilingual(
            &format!(
                "unknown scenario format version {version}; this build of parindex reads format {readable}"
            ),
            &format!(
                "phiên bản định dạng kịch bản {version} không được hỗ trợ; bản parindex này đọc phiên bản {readable}"
            ),
        )))
    }
}
