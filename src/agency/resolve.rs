//! From a preview and the officer's decisions to one edit: the statuses, dates done, results
//! and evidence the sheets bring, and a merge-log record per sheet, as one
//! `Edit::MergeReports` — one undo step.

use std::collections::BTreeMap;

use crate::engine::{Edit, ReportMerge, Session};
use crate::model::{Date, Evidence, MergeChange, MergeRecord, Settled, Status};

use super::error::MergeError;
use super::preview::{ItemUpdate, MergePreview};

/// The officer's decision on one conflict.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    /// Keep the scenario's status, date and result.
    Scenario,
    /// Take what this sheet (index in `MergePreview::sheets`) reports.
    Sheet(usize),
}

/// Who merges, when, and the day the reports count as returned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MergeMeta {
    /// Người tiếp nhận.
    pub by: String,
    /// ISO 8601 UTC time of the merge.
    pub at: String,
    /// Ngày nhận: compared with each sheet's due date on the scoreboard.
    pub received: Date,
}

/// The same decision for every conflict where it is unambiguous: `Settled::Scenario` keeps the
/// scenario everywhere; `Settled::Sheet` takes the sheet where one sheet reports the item, and
/// leaves undecided the items two sheets report differently (no flag can say which is right).
pub fn prefer(preview: &MergePreview, side: Settled) -> BTreeMap<String, Choice> {
    preview
        .conflicts
        .iter()
        .filter_map(|c| match side {
            Settled::Scenario => Some((c.code.clone(), Choice::Scenario)),
            Settled::Sheet if !c.sheets_disagree() => c
                .reports
                .first()
                .map(|(sheet, _)| (c.code.clone(), Choice::Sheet(*sheet))),
            Settled::Sheet => None,
        })
        .collect()
}

/// The edit that applies the preview with the officer's `choices`; every conflict needs one.
pub fn merge_edit(
    session: &Session,
    preview: &MergePreview,
    choices: &BTreeMap<String, Choice>,
    meta: &MergeMeta,
) -> Result<Edit, MergeError> {
    let unresolved: Vec<String> = preview
        .conflicts
        .iter()
        .filter(|c| !choices.contains_key(&c.code))
        .map(|c| c.code.clone())
        .collect();
    if !unresolved.is_empty() {
        return Err(MergeError::Unresolved { codes: unresolved });
    }
    let updates: Vec<&ItemUpdate> = preview.agencies.iter().flat_map(|a| &a.items).collect();
    let mut merge = ReportMerge::default();
    let mut logged: Vec<Vec<MergeChange>> = vec![Vec::new(); preview.sheets.len()];
    let mut codes: Vec<&str> = Vec::new();
    for update in &updates {
        if !codes.contains(&update.code.as_str()) {
            codes.push(&update.code);
        }
    }
    for code in codes {
        let for_code: Vec<&ItemUpdate> =
            updates.iter().copied().filter(|u| u.code == code).collect();
        let settled = choices.get(code).copied();
        let source = match settled {
            Some(Choice::Scenario) => None,
            Some(Choice::Sheet(sheet)) => Some(
                for_code
                    .iter()
                    .copied()
                    .find(|u| u.sheet == sheet && u.reports_progress())
                    .ok_or_else(|| MergeError::BadChoice {
                        code: code.to_string(),
                    })?,
            ),
            None => for_code.iter().copied().find(|u| u.reports_progress()),
        };
        let before = session
            .changes()
            .statuses
            .get(code)
            .cloned()
            .unwrap_or_default();
        let mut after = before.clone();
        if let Some(update) = source {
            if let Some(status) = update.to {
                after.status = status;
            }
            if let Some(done) = update.done {
                after.done = Some(done);
            }
            if let Some(result) = &update.result {
                after.result.clone_from(result);
            }
            if after.status != Status::Done {
                after.done = None;
            }
            if after != before {
                after.changed = Some(meta.received);
                merge.statuses.insert(code.to_string(), after.clone());
            }
        }
        // Evidence is never in conflict: every sheet's new documents are added, once.
        let mut added: Vec<Evidence> = Vec::new();
        for update in &for_code {
            let mut titles = Vec::new();
            for document in &update.evidence {
                if !added.iter().any(|d| d.same_document(document)) {
                    added.push(document.clone());
                    titles.push(document.title.clone());
                }
            }
            let is_source = source.is_some_and(|s| s.sheet == update.sheet);
            if !is_source && titles.is_empty() {
                continue;
            }
            let Some(log) = logged.get_mut(update.sheet) else {
                continue;
            };
            log.push(MergeChange {
                code: code.to_string(),
                from: before.status,
                to: if is_source {
                    after.status
                } else {
                    before.status
                },
                done: if is_source { after.done } else { None },
                result: if is_source {
                    update.result.clone().unwrap_or_default()
                } else {
                    String::new()
                },
                evidence: titles,
                settled: settled.map(|choice| match choice {
                    Choice::Scenario => Settled::Scenario,
                    Choice::Sheet(_) => Settled::Sheet,
                }),
            });
        }
        if !added.is_empty() {
            merge.evidence.insert(code.to_string(), added);
        }
    }
    merge.log = preview
        .sheets
        .iter()
        .zip(logged)
        .map(|(sheet, items)| MergeRecord {
            by: meta.by.clone(),
            file: sheet.file.clone(),
            at: meta.at.clone(),
            received: meta.received,
            agency: sheet.agency.clone(),
            period: sheet.period.clone(),
            due: Some(sheet.due),
            key: sheet.key.clone(),
            items,
        })
        .collect();
    Ok(Edit::MergeReports(Box::new(merge)))
}
