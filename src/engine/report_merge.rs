//! Tiếp nhận báo cáo: what merging the agencies' returned task sheets does to a scenario,
//! computed beforehand (the preview, the officer's decisions on conflicts) so that applying it
//! is one plain value and one undo step.

use std::collections::BTreeMap;

use crate::model::{Changes, Evidence, ItemStatus, MergeRecord};

use super::analysis::Analysis;

/// The changes of one merge, ready to apply.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReportMerge {
    /// The new status entry of each item the sheets change; it replaces the old one.
    pub statuses: BTreeMap<String, ItemStatus>,
    /// Tài liệu kiểm chứng to add per item; one already listed is not added again.
    pub evidence: BTreeMap<String, Vec<Evidence>>,
    /// One record per merged sheet, appended to the scenario's merge log.
    pub log: Vec<MergeRecord>,
}

impl ReportMerge {
    /// Applies the merge. A status for an item that carries no plan, or evidence for a code
    /// that is not in the scorecard, is skipped: the scenario file would refuse it.
    pub(crate) fn apply(&self, analysis: &Analysis, changes: &mut Changes) {
        for (code, status) in &self.statuses {
            let carries_plan = analysis
                .find(code)
                .is_some_and(|i| analysis.node(i).plan.is_some());
            if carries_plan {
                changes.statuses.insert(code.clone(), status.clone());
            }
        }
        for (code, documents) in &self.evidence {
            if analysis.find(code).is_none() {
                continue;
            }
            let list = changes.evidence.entry(code.clone()).or_default();
            for document in documents {
                if !list.iter().any(|have| have.same_document(document)) {
                    list.push(document.clone());
                }
            }
            if list.is_empty() {
                changes.evidence.remove(code);
            }
        }
        changes.merges.extend(self.log.iter().cloned());
    }
}
