//! Xem trước khi tiếp nhận: what merging a batch of returned sheets would change, as plain data
//! for the officer to read before anything is applied — per agency, the items whose status,
//! date done, result or evidence the sheets change; and the conflicts, which are listed for the
//! officer to decide and never settled silently: two sheets reporting the same item
//! differently, or a status the scenario changed since the sheet went out.

use std::path::PathBuf;

use crate::engine::Session;
use crate::model::{Date, Evidence, Status};

use super::error::SheetError;
use super::key::SentItem;
use super::read_sheet::{ReportedItem, ReturnedSheet, read_returned_sheet};

/// A sheet accepted for the merge.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AcceptedSheet {
    pub file: String,
    pub agency: String,
    /// "Quý III/2031".
    pub period: String,
    pub due: Date,
    /// The scenario the sheet was sent from (by name).
    pub scenario: String,
    /// The digest of its key.
    pub key: String,
    /// How many item rows it returned.
    pub items: usize,
    /// When the same sheet was merged before (its merge log's `at`), if it was.
    pub merged_before: Option<String>,
}

/// A sheet refused, with the reason in both languages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refusal {
    pub file: String,
    pub vi: String,
    pub en: String,
}

impl Refusal {
    fn of(error: &SheetError) -> Self {
        Refusal {
            file: error.file().to_string(),
            vi: error.to_string(),
            en: error.en(),
        }
    }
}

/// What one sheet reports that is new for one item: only what the agency changed from what
/// the sheet was sent with, and only documents the scenario does not list yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ItemUpdate {
    pub code: String,
    /// Tiêu chí.
    pub name: String,
    /// Index in [`MergePreview::sheets`].
    pub sheet: usize,
    /// The row in the sheet (as Excel numbers it).
    pub row: u32,
    /// The status in the scenario now.
    pub from: Status,
    /// The status the sheet reports, when the agency changed it.
    pub to: Option<Status>,
    /// A new date done.
    pub done: Option<Date>,
    /// A new result text.
    pub result: Option<String>,
    /// Documents of evidence the scenario does not list yet.
    pub evidence: Vec<Evidence>,
}

impl ItemUpdate {
    /// Whether it reports a status, date or result (not only evidence).
    pub fn reports_progress(&self) -> bool {
        self.to.is_some() || self.done.is_some() || self.result.is_some()
    }

    fn same_progress(&self, other: &ItemUpdate) -> bool {
        self.to == other.to && self.done == other.done && self.result == other.result
    }
}

/// One agency's updates in the batch.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AgencyUpdates {
    pub agency: String,
    /// Indices in [`MergePreview::sheets`].
    pub sheets: Vec<usize>,
    pub items: Vec<ItemUpdate>,
}

/// Xung đột: an item the officer must decide.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict {
    pub code: String,
    pub name: String,
    /// The status in the scenario now.
    pub scenario: Status,
    /// The status the sheet went out with, when the scenario changed it since.
    pub changed_since_sent: Option<Status>,
    /// Each sheet's report: (index in [`MergePreview::sheets`], the update).
    pub reports: Vec<(usize, ItemUpdate)>,
}

impl Conflict {
    /// Two or more sheets report the item differently.
    pub fn sheets_disagree(&self) -> bool {
        self.reports.len() > 1
    }
}

/// The preview of one merge.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MergePreview {
    pub sheets: Vec<AcceptedSheet>,
    pub refused: Vec<Refusal>,
    pub agencies: Vec<AgencyUpdates>,
    pub conflicts: Vec<Conflict>,
}

impl MergePreview {
    /// Whether applying it would change nothing.
    pub fn is_empty(&self) -> bool {
        self.agencies.iter().all(|a| a.items.is_empty())
    }
}

/// Reads the files and previews their merge into the session's scenario: what a dialog calls
/// with the files the officer picked or dropped.
pub fn preview_files(session: &Session, files: &[PathBuf]) -> MergePreview {
    let mut sheets = Vec::new();
    let mut refused = Vec::new();
    for path in files {
        match read_returned_sheet(path) {
            Ok(sheet) => sheets.push(sheet),
            Err(error) => refused.push(Refusal::of(&error)),
        }
    }
    let mut preview = preview_merge(session, &sheets);
    refused.append(&mut preview.refused);
    preview.refused = refused;
    preview
}

/// Previews the merge of sheets already read. A sheet made from another base scorecard is
/// refused here.
pub fn preview_merge(session: &Session, returned: &[ReturnedSheet]) -> MergePreview {
    let mut preview = MergePreview::default();
    let base_hash = crate::io::scorecard_hash(session.card()).unwrap_or_default();
    let changes = session.changes();
    let mut updates: Vec<ItemUpdate> = Vec::new();
    let mut accepted: Vec<&ReturnedSheet> = Vec::new();
    for sheet in returned {
        if sheet.key.base_hash != base_hash {
            let error = SheetError::OtherPlan {
                file: sheet.file.clone(),
                found: sheet.key.base_hash.chars().take(12).collect(),
                expected: base_hash.chars().take(12).collect(),
            };
            preview.refused.push(Refusal::of(&error));
            continue;
        }
        let index = preview.sheets.len();
        accepted.push(sheet);
        let digest = sheet.key.digest();
        preview.sheets.push(AcceptedSheet {
            file: sheet.file.clone(),
            agency: sheet.key.agency.clone(),
            period: sheet.key.period.clone(),
            due: sheet.key.due,
            scenario: sheet.key.scenario.clone(),
            merged_before: changes
                .merges
                .iter()
                .find(|m| m.key == digest)
                .map(|m| m.at.clone()),
            key: digest,
            items: sheet.items.len(),
        });
        for item in &sheet.items {
            let Some(sent) = sheet.key.items.iter().find(|s| s.code == item.code) else {
                continue;
            };
            if let Some(update) = news(session, index, sent, item) {
                updates.push(update);
            }
        }
    }
    preview.conflicts = conflicts(&accepted, &updates);
    for (index, sheet) in preview.sheets.iter().enumerate() {
        let slot = match preview
            .agencies
            .iter()
            .position(|a| a.agency == sheet.agency)
        {
            Some(slot) => slot,
            None => {
                preview.agencies.push(AgencyUpdates {
                    agency: sheet.agency.clone(),
                    sheets: Vec::new(),
                    items: Vec::new(),
                });
                preview.agencies.len() - 1
            }
        };
        let agency = &mut preview.agencies[slot];
        agency.sheets.push(index);
        agency
            .items
            .extend(updates.iter().filter(|u| u.sheet == index).cloned());
    }
    preview
}

/// What a row reports that differs from what was sent (and, for evidence, from what the
/// scenario lists); `None` when nothing.
fn news(
    session: &Session,
    sheet: usize,
    sent: &SentItem,
    item: &ReportedItem,
) -> Option<ItemUpdate> {
    let changes = session.changes();
    let analysis = session.analysis();
    let from = changes
        .statuses
        .get(&item.code)
        .map(|s| s.status)
        .unwrap_or_default();
    let known = changes.evidence.get(&item.code);
    let mut evidence: Vec<Evidence> = Vec::new();
    for document in &item.evidence {
        let listed = known.is_some_and(|list| list.iter().any(|d| d.same_document(document)));
        if !listed && !evidence.iter().any(|d| d.same_document(document)) {
            evidence.push(document.clone());
        }
    }
    // News is what the agency changed from what was sent, less what the scenario already
    // holds (the same sheet merged twice, or an officer who entered it by hand).
    let current = changes.statuses.get(&item.code);
    let update = ItemUpdate {
        code: item.code.clone(),
        name: analysis
            .find(&item.code)
            .map(|i| analysis.node(i).name.clone())
            .unwrap_or_default(),
        sheet,
        row: item.row,
        from,
        to: item.status.filter(|s| *s != sent.status && *s != from),
        done: item
            .done
            .filter(|d| Some(*d) != sent.done && Some(*d) != current.and_then(|c| c.done)),
        result: Some(item.result.clone()).filter(|r| {
            !r.is_empty() && *r != sent.result && current.is_none_or(|c| c.result != *r)
        }),
        evidence,
    };
    (update.reports_progress() || !update.evidence.is_empty()).then_some(update)
}

/// The conflicts among the updates: per item, sheets whose progress reports differ, and
/// status reports on items the scenario changed since the sheet went out. `accepted` holds the
/// sheets by their index in the preview.
fn conflicts(accepted: &[&ReturnedSheet], updates: &[ItemUpdate]) -> Vec<Conflict> {
    let mut out: Vec<Conflict> = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    for code in updates.iter().map(|u| u.code.as_str()) {
        if seen.contains(&code) {
            continue;
        }
        seen.push(code);
        let progress: Vec<&ItemUpdate> = updates
            .iter()
            .filter(|u| u.code == code && u.reports_progress())
            .collect();
        let Some(first) = progress.first() else {
            continue;
        };
        let disagree = progress.iter().any(|u| !u.same_progress(first));
        let now = first.from;
        let sent_status = |u: &ItemUpdate| {
            accepted
                .get(u.sheet)?
                .key
                .items
                .iter()
                .find(|s| s.code == code)
                .map(|s| s.status)
        };
        // A sheet that moves the status somewhere the scenario is not, from a status the
        // scenario has since left: the officer's later decision and the agency's report meet.
        let changed_since_sent = progress
            .iter()
            .filter(|u| u.to.is_some_and(|to| to != now))
            .filter_map(|u| sent_status(u))
            .find(|sent| *sent != now);
        if disagree || changed_since_sent.is_some() {
            out.push(Conflict {
                code: code.to_string(),
                name: first.name.clone(),
                scenario: now,
                changed_since_sent,
                reports: progress.iter().map(|u| (u.sheet, (*u).clone())).collect(),
            });
        }
    }
    out
}
