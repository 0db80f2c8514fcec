//! Danh mục tài liệu kiểm chứng: per lead agency, the planned gains it must prove on appraisal,
//! the documents listed for each with their state, and what is still missing — agencies and
//! items sorted by the points at risk, so the first row is whose evidence to chase first.

use serde::Serialize;

use crate::model::{Changes, Evidence, EvidenceState, Points, Ratio};

use super::super::analysis::Analysis;
use super::super::projection::Projected;
use super::inputs::{ConfidenceSource, Model, documents_of, scale};

/// One planned gain to prove.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ChecklistItem {
    /// Index in `Analysis::nodes`.
    #[serde(skip)]
    pub node: usize,
    pub code: String,
    pub name: String,
    /// Nội dung and thời hạn of the plan that covers the item.
    pub task: String,
    pub deadline: String,
    /// Điểm dự kiến tăng.
    pub gain: Points,
    pub confidence: Ratio,
    pub source: ConfidenceSource,
    /// Điểm có nguy cơ mất: (1 − confidence) × gain.
    pub at_risk: Points,
    /// The code the documents are listed on: the item itself or the criterion above it that
    /// carries them; `None` when nothing is listed.
    pub listed_on: Option<String>,
    pub documents: Vec<Evidence>,
    /// Documents not yet in hand (chưa có or đang hoàn thiện).
    pub outstanding: usize,
}

impl ChecklistItem {
    /// Nothing is listed: the first thing to ask the agency for.
    pub fn is_unlisted(&self) -> bool {
        self.documents.is_empty()
    }
}

/// One lead agency's part of the checklist.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AgencyChecklist {
    /// Đơn vị chủ trì; `None` for gains no plan covers.
    pub lead: Option<String>,
    /// Σ of the items' gains and points at risk.
    pub gain: Points,
    pub at_risk: Points,
    /// Documents not yet in hand, plus items with nothing listed.
    pub outstanding: usize,
    pub items: Vec<ChecklistItem>,
}

/// The checklist of `projected`, the projection of `changes`: every planned gain, grouped by
/// the agency whose plan covers it.
pub fn evidence_checklist(
    analysis: &Analysis,
    projected: &Projected,
    changes: &Changes,
) -> Vec<AgencyChecklist> {
    let model = Model::of(analysis, projected, changes);
    let mut agencies: Vec<AgencyChecklist> = Vec::new();
    for gain in model.gains {
        let node = &analysis.nodes[gain.node];
        let plan = node
            .plan_owner
            .and_then(|owner| analysis.nodes[owner].plan.as_ref());
        let (listed_on, documents) = match documents_of(analysis, changes, gain.node) {
            Some((code, docs)) => (Some(code), docs.to_vec()),
            None => (None, Vec::new()),
        };
        let outstanding = documents
            .iter()
            .filter(|d| d.state != EvidenceState::Ready)
            .count();
        let item = ChecklistItem {
            node: gain.node,
            code: node.code.clone(),
            name: node.name.clone(),
            task: plan.map(|p| p.task.clone()).unwrap_or_default(),
            deadline: plan.map(|p| p.deadline.clone()).unwrap_or_default(),
            gain: gain.gain,
            confidence: gain.confidence,
            source: gain.source,
            at_risk: scale(gain.gain, gain.confidence.complement()),
            listed_on,
            documents,
            outstanding,
        };
        let lead = plan.map(|p| p.lead.clone());
        let slot = match agencies.iter().position(|a| a.lead == lead) {
            Some(slot) => slot,
            None => {
                agencies.push(AgencyChecklist {
                    lead,
                    gain: Points::ZERO,
                    at_risk: Points::ZERO,
                    outstanding: 0,
                    items: Vec::new(),
                });
                agencies.len() - 1
            }
        };
        let agency = &mut agencies[slot];
        agency.gain += item.gain;
        agency.at_risk += item.at_risk;
        agency.outstanding += item.outstanding + usize::from(item.is_unlisted());
        agency.items.push(item);
    }
    // Stable sorts: ties keep the scorecard's order.
    for agency in &mut agencies {
        agency
            .items
            .sort_by_key(|item| std::cmp::Reverse(item.at_risk));
    }
    agencies.sort_by_key(|agency| std::cmp::Reverse(agency.at_risk));
    agencies
}
