//! Returned sheets in: read (each file on its own, so one bad file does not hide the others),
//! previewed, and — once the officer has decided every conflict — merged as one edit. The
//! preview is worked out again at Apply: if the scenario changed under the dialog (Ctrl+Z),
//! the officer sees the new preview before anything is applied.

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::agency::{
    Choice, MergeMeta, MergePreview, Refusal, ReturnedSheet, merge_edit, preview_merge,
    read_returned_sheet,
};
use crate::engine::Session;
use crate::model::{Date, timestamp_utc};
use crate::ui::scoreboard::{ReceiveDraft, day};

use super::super::ParIndexApp;

/// The preview of `sheets` on `session`, the files that could not be read refused first.
fn preview(session: &Session, sheets: &[ReturnedSheet], unread: &[Refusal]) -> MergePreview {
    let mut preview = preview_merge(session, sheets);
    let mut refused = unread.to_vec();
    refused.append(&mut preview.refused);
    preview.refused = refused;
    preview
}

impl ParIndexApp {
    /// Reads the files and shows the preview of their merge. Files added while a preview shows
    /// (dropped, or picked again) join it: one batch, one step; a file of the same name read
    /// again replaces the earlier read.
    pub(in crate::app) fn receive(&mut self, files: &[PathBuf]) {
        let dialogs = &mut self.panels.scoreboard.dialogs;
        let open = dialogs.receive.take();
        let (mut sheets, mut unread) = open
            .as_ref()
            .map(|d| (d.sheets.clone(), d.unread.clone()))
            .unwrap_or_default();
        for path in files {
            let read = read_returned_sheet(path);
            let name = match &read {
                Ok(sheet) => sheet.file.clone(),
                Err(error) => error.file().to_string(),
            };
            sheets.retain(|s| s.file != name);
            unread.retain(|r| r.file != name);
            match read {
                Ok(sheet) => sheets.push(sheet),
                Err(error) => unread.push(Refusal {
                    file: error.file().to_string(),
                    vi: error.to_string(),
                    en: error.en(),
                }),
            }
        }
        let preview = preview(&self.session, &sheets, &unread);
        let by = if dialogs.last_by.is_empty() {
            self.info.author.clone()
        } else {
            dialogs.last_by.clone()
        };
        let received = day(self.view.lang, self.workspace.as_of);
        let mut draft = open.unwrap_or(ReceiveDraft {
            sheets: Vec::new(),
            unread: Vec::new(),
            preview: MergePreview::default(),
            choices: BTreeMap::new(),
            by,
            received,
            refreshed: false,
        });
        // Sheets are indexed by their place in the batch: decisions are made afresh.
        draft.choices.clear();
        draft.sheets = sheets;
        draft.unread = unread;
        draft.preview = preview;
        dialogs.typed_files = None;
        dialogs.receive = Some(draft);
    }

    /// Applies the preview on show with the officer's decisions, as one undo step.
    pub(in crate::app) fn apply_merge(
        &mut self,
        choices: &BTreeMap<String, Choice>,
        by: String,
        received: Date,
    ) {
        let Some(draft) = self.panels.scoreboard.dialogs.receive.as_mut() else {
            return;
        };
        let fresh = preview(&self.session, &draft.sheets, &draft.unread);
        if fresh != draft.preview {
            // Decisions on conflicts that are still there stay.
            draft
                .choices
                .retain(|code, _| fresh.conflicts.iter().any(|c| c.code == *code));
            draft.preview = fresh;
            draft.refreshed = true;
            return;
        }
        let meta = MergeMeta {
            by: by.clone(),
            at: timestamp_utc(),
            received,
        };
        match merge_edit(&self.session, &draft.preview, choices, &meta) {
            Ok(edit) => {
                self.session.apply(edit);
                self.forget_drafts();
                let dialogs = &mut self.panels.scoreboard.dialogs;
                dialogs.receive = None;
                dialogs.last_by = by;
            }
            Err(err) => {
                self.error = Some(match self.view.lang {
                    crate::ui::Lang::Vi => err.to_string(),
                    crate::ui::Lang::En => err.en(),
                });
            }
        }
    }
}
