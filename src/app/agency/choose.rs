//! Asking for a folder (where a round's sheets go) and for several files at once (the returned
//! sheets): the system's chooser, or typing where it cannot show — the same rule as
//! `choose` for one file (nothing back in under 250 ms, or `PARINDEX_TYPED_PATHS` set).

use std::path::{MAIN_SEPARATOR, Path, PathBuf};
use std::time::Instant;

use crate::ui::dialogs::PathPurpose;
use crate::ui::scoreboard::TypedFiles;

use super::super::ParIndexApp;
use super::super::files::TOO_FAST;

impl ParIndexApp {
    fn last_folder(&self) -> Option<&Path> {
        self.settings.recent.first().and_then(|p| p.parent())
    }

    /// A folder for `purpose`, or `None` when cancelled or when the typed-path dialog asks.
    pub(in crate::app) fn choose_folder(&mut self, purpose: PathPurpose) -> Option<PathBuf> {
        if std::env::var_os("PARINDEX_TYPED_PATHS").is_some() {
            self.ask_typed(purpose, None);
            return None;
        }
        let mut dialog = rfd::FileDialog::new();
        if let Some(folder) = self.last_folder() {
            dialog = dialog.set_directory(folder);
        }
        let started = Instant::now();
        let picked = dialog.pick_folder();
        if picked.is_none() && started.elapsed() < TOO_FAST {
            let reason = self.view.lang.s().dialog_failed.to_string();
            self.ask_typed(purpose, Some(reason));
        }
        picked
    }

    /// Several `.xlsx` files, or `None` when cancelled or when the typed-paths dialog asks.
    pub(in crate::app) fn choose_files(&mut self) -> Option<Vec<PathBuf>> {
        if std::env::var_os("PARINDEX_TYPED_PATHS").is_some() {
            self.ask_typed_files(None);
            return None;
        }
        let mut dialog = rfd::FileDialog::new().add_filter("XLSX", &["xlsx"]);
        if let Some(folder) = self.last_folder() {
            dialog = dialog.set_directory(folder);
        }
        let started = Instant::now();
        let picked = dialog.pick_files().filter(|files| !files.is_empty());
        if picked.is_none() && started.elapsed() < TOO_FAST {
            let reason = self.view.lang.s().dialog_failed.to_string();
            self.ask_typed_files(Some(reason));
        }
        picked
    }

    /// The typed-paths dialog, its first line the folder last used.
    fn ask_typed_files(&mut self, reason: Option<String>) {
        let text = self
            .last_folder()
            .map(|f| format!("{}{MAIN_SEPARATOR}", f.display()))
            .unwrap_or_default();
        self.panels.scoreboard.dialogs.typed_files = Some(TypedFiles { text, reason });
    }
}
