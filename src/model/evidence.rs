//! Tài liệu kiểm chứng: the documents that prove a planned item was done, as the Ministry's
//! appraisal asks for them. Kept per item in a scenario; agencies' returned task sheets and the
//! officer's own entries add to the same list.

use serde::{Deserialize, Serialize};

/// Whether a document of evidence is in hand.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum EvidenceState {
    /// Có: the document exists and can be attached.
    Ready,
    /// Đang hoàn thiện: being drafted or signed.
    InProgress,
    /// Chưa có: listed as needed, not yet there.
    #[default]
    Missing,
}

impl EvidenceState {
    pub const ALL: [EvidenceState; 3] = [
        EvidenceState::Ready,
        EvidenceState::InProgress,
        EvidenceState::Missing,
    ];

    pub fn vi(self) -> &'static str {
        match self {
            EvidenceState::Ready => "có",
            EvidenceState::InProgress => "đang hoàn thiện",
            EvidenceState::Missing => "chưa có",
        }
    }

    pub fn en(self) -> &'static str {
        match self {
            EvidenceState::Ready => "ready",
            EvidenceState::InProgress => "in progress",
            EvidenceState::Missing => "missing",
        }
    }
}

/// One document of evidence for an item.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    /// Trích yếu: what the document is ("Quyết định kiện toàn tổ chức bộ máy").
    pub title: String,
    /// Số, ký hiệu, ngày ban hành ("QĐ 1234/QĐ-UBND ngày 25/9/2031").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reference: String,
    /// A file path or a link to the document.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub link: String,
    #[serde(default)]
    pub state: EvidenceState,
}

impl Evidence {
    /// Whether two entries name the same document: the same title and reference, ignoring
    /// letter case and spacing. What keeps a document reported again in a later sheet (or
    /// pre-filled and returned unchanged) from being listed twice.
    pub fn same_document(&self, other: &Evidence) -> bool {
        fn key(text: &str) -> String {
            text.split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase()
        }
        key(&self.title) == key(&other.title) && key(&self.reference) == key(&other.reference)
    }
}
