//! The app's scenario files: opening either kind of document, saving (in place, or to a path
//! asked for), the scenario's info, the scenarios found on disk, loading files into the
//! comparison, and the progress report.

use std::path::{Path, PathBuf};

use crate::engine::{Session, progress_by_agency};
use crate::io::{self, Document as LoadedDocument, LoadError};
use crate::ui::Action;
use crate::ui::dialogs::PathPurpose;
use crate::ui::workspace::Compared;

use super::{Document, ParIndexApp};

/// The scenario's own fields, kept between saves.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ScenarioInfo {
    pub name: String,
    pub description: String,
    pub author: String,
    pub created: String,
    /// The scenario file Save writes to; `None` when the document is a scorecard (the embedded
    /// one or a file), so that Save asks for a path instead of overwriting the scorecard.
    pub path: Option<PathBuf>,
    /// The info changed since the last save.
    pub edited: bool,
}

impl ScenarioInfo {
    /// A new scenario named after the scorecard it starts from.
    pub fn from_scorecard(file_name: &str) -> Self {
        let stem = file_name.strip_suffix(".ron").unwrap_or(file_name);
        ScenarioInfo {
            name: format!("Dự kiến từ {stem}"),
            ..ScenarioInfo::default()
        }
    }
}

/// Where scenarios are looked for: `saves/` in the working folder and the folder last used.
fn folders(recent: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = vec![PathBuf::from("saves")];
    if let Some(parent) = recent.first().and_then(|p| p.parent()) {
        out.push(parent.to_path_buf());
    }
    out
}

/// Scenario files (`.ron`) in each folder, sorted, each once — a file reached through two
/// spellings of one folder (`saves` and `/home/…/saves`) included.
pub fn scan(folders: &[PathBuf]) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for folder in folders {
        let Ok(entries) = std::fs::read_dir(folder) else {
            continue;
        };
        let mut here: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("ron")))
            .collect();
        here.sort();
        for path in here {
            let real = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
            if seen.insert(real) {
                found.push(path);
            }
        }
    }
    found
}

/// A path's file name, as messages and titles show it (the whole path if it has none).
pub(super) fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// Whether saving over `path` would fail for lack of permission.
fn read_only(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.permissions().readonly())
}

impl ParIndexApp {
    /// The actions of scenarios and the plan.
    pub(super) fn apply_scenario(&mut self, action: Action) {
        match action {
            Action::Save => {
                self.save();
            }
            Action::SaveAs => {
                self.save_as();
            }
            Action::SaveTo(path) => {
                self.save_to(&path);
            }
            Action::SetInfo {
                name,
                description,
                author,
            } => self.set_info(name, description, author),
            Action::ShowTab(tab) => self.workspace.tab = tab,
            Action::SetAsOf(date) => self.workspace.as_of = date,
            Action::FilterAgency(agency) => {
                self.panels.tree.filter = agency.clone().unwrap_or_default();
                self.workspace.agency = agency;
            }
            Action::ExportProgressDialog => self.export_progress_dialog(),
            Action::ExportProgress(path) => self.export_progress(&path),
            Action::ToggleCompare(path) => self.toggle_compare(&path),
            Action::RescanScenarios => self.rescan(),
            other => self.apply_export(other),
        }
    }

    /// Typed notes and dates follow the statuses again after an edit or an undo.
    pub(super) fn forget_drafts(&mut self) {
        self.panels.deadlines.forget_drafts();
    }

    /// Opens a scorecard or a scenario; on failure the open document stays as it was and the
    /// error shows in a dialog.
    pub fn open(&mut self, path: &Path) {
        match io::load_document(path) {
            Ok(document) => self.show_document(path, document),
            Err(err) => self.open_failed(&err),
        }
    }

    /// Makes a document read from `path` the open one.
    pub(super) fn show_document(&mut self, path: &Path, document: LoadedDocument) {
        let name = file_name(path);
        let changes = document.changes();
        self.info = match &document {
            LoadedDocument::Scorecard(_) => ScenarioInfo::from_scorecard(&name),
            LoadedDocument::Scenario(scenario) => ScenarioInfo {
                name: scenario.name.clone(),
                description: scenario.description.clone(),
                author: scenario.author.clone(),
                created: scenario.created.clone(),
                path: (!read_only(path)).then(|| path.to_path_buf()),
                edited: false,
            },
        };
        let card = match document {
            LoadedDocument::Scorecard(card) => card,
            LoadedDocument::Scenario(scenario) => scenario.base,
        };
        // The compared scenarios were all checked to be on the open card (`toggle_compare`):
        // they stay only if the new document is on the same one.
        if card != *self.session.card() {
            self.workspace.compared.clear();
        }
        self.session = Session::with_changes(card, changes);
        self.panels = crate::ui::Panels::for_nodes(
            self.session.analysis().nodes.len(),
            self.panels.charts.part,
        );
        self.view.selected = None;
        self.document = Document {
            name,
            path: Some(path.to_path_buf()),
        };
        self.workspace.agency = None;
        self.settings.remember(path);
        self.rescan();
        self.error = None;
    }

    /// Saves: a scenario to its file; a scorecard with nothing projected (a card being built
    /// or corrected) to its own file; anything else as a new scenario, asking where. Returns
    /// whether it was saved.
    pub(super) fn save(&mut self) -> bool {
        if let Some(path) = self.info.path.clone() {
            return self.save_to(&path);
        }
        let card_only = *self.session.changes() == crate::model::Changes::default();
        if card_only && self.session.card_edited() {
            match self.document.path.clone() {
                Some(path) if !read_only(&path) => self.save_card_to(&path),
                _ => {
                    if let Some(path) = self.choose(PathPurpose::SaveCard, true) {
                        self.save_card_to(&path);
                    }
                }
            }
            return !self.session.card_edited();
        }
        self.save_as()
    }

    /// Asks for a file and saves the scenario there. Returns whether it was saved.
    pub(super) fn save_as(&mut self) -> bool {
        match self.choose(PathPurpose::SaveScenario, true) {
            Some(path) => self.save_to(&path),
            None => false,
        }
    }

    /// Writes the scenario atomically to `path` and makes it the file Save writes to.
    pub fn save_to(&mut self, path: &Path) -> bool {
        match self.write_scenario(path) {
            Ok(created) => {
                self.session.mark_saved();
                self.info.created = created;
                self.info.path = Some(path.to_path_buf());
                self.info.edited = false;
                self.document = Document {
                    name: file_name(path),
                    path: Some(path.to_path_buf()),
                };
                self.settings.remember(path);
                self.rescan();
                if !self.has_unsaved() {
                    self.clear_recovery();
                }
                true
            }
            Err(err) => {
                self.error = Some(err.to_string());
                false
            }
        }
    }

    fn write_scenario(&self, path: &Path) -> Result<String, LoadError> {
        let mut scenario = io::new_scenario(
            &self.info.name,
            self.session.card().clone(),
            self.session.changes().clone(),
        )?;
        scenario.description.clone_from(&self.info.description);
        scenario.author.clone_from(&self.info.author);
        scenario.created.clone_from(&self.info.created);
        scenario.touch();
        io::save_scenario(&scenario, path)?;
        Ok(scenario.created)
    }

    /// Whether anything would be lost by closing.
    pub fn has_unsaved(&self) -> bool {
        self.session.is_dirty() || self.info.edited
    }

    pub(super) fn set_info(&mut self, name: String, description: String, author: String) {
        self.panels.dialogs.info = None;
        let name = if name.is_empty() {
            self.info.name.clone()
        } else {
            name
        };
        if (&name, &description, &author)
            != (&self.info.name, &self.info.description, &self.info.author)
        {
            self.info.name = name;
            self.info.description = description;
            self.info.author = author;
            self.info.edited = true;
        }
    }

    /// Looks again for scenario files.
    pub(super) fn rescan(&mut self) {
        self.workspace.scenarios = scan(&folders(&self.settings.recent));
    }

    /// Adds a scenario file to the comparison, or takes it out. A file on another base
    /// scorecard is refused with a message.
    pub(super) fn toggle_compare(&mut self, path: &Path) {
        self.workspace.compared_revision += 1;
        if let Some(at) = self.workspace.compared.iter().position(|c| c.path == path) {
            self.workspace.compared.remove(at);
            return;
        }
        match io::load_document(path) {
            Ok(document) => {
                if document.card() != self.session.card() {
                    self.error = Some(format!(
                        "{}: {}",
                        path.display(),
                        self.view.lang.s().compare_other_base
                    ));
                    return;
                }
                let name = match &document {
                    LoadedDocument::Scenario(s) => s.name.clone(),
                    LoadedDocument::Scorecard(_) => file_name(path),
                };
                self.workspace.compared.push(Compared {
                    path: path.to_path_buf(),
                    name,
                    changes: document.changes(),
                });
            }
            Err(err) => self.error = Some(err.to_string()),
        }
    }

    /// Asks for a file and writes the progress report there.
    pub(super) fn export_progress_dialog(&mut self) {
        if let Some(path) = self.choose(PathPurpose::ExportProgress, true) {
            self.export_progress(&path);
        }
    }

    /// Writes the progress report (CSV, UTF-8 with BOM) as of the workspace's date.
    pub fn export_progress(&mut self, path: &Path) {
        let agencies = progress_by_agency(
            self.session.analysis(),
            self.session.projected(),
            self.session.changes(),
            self.workspace.as_of,
        );
        let vi = self.view.lang == crate::ui::Lang::Vi;
        match io::save_progress_csv(&agencies, self.workspace.as_of, vi, path) {
            Ok(()) => self.notice = Some(path.to_path_buf()),
            Err(err) => self.error = Some(err.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::scan;

    #[cfg(unix)]
    #[test]
    fn a_folder_named_twice_lists_its_scenarios_once() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        for name in ["b.ron", "a.ron", "notes.txt"] {
            std::fs::write(dir.path().join(name), "").unwrap_or_else(|e| panic!("{e}"));
        }
        // The working folder's `saves` and the last file's folder are often the same one,
        // spelt differently.
        let other = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let link = other.path().join("saves");
        std::os::unix::fs::symlink(dir.path(), &link).unwrap_or_else(|e| panic!("{e}"));
        let found = scan(&[dir.path().to_path_buf(), link]);
        let names: Vec<_> = found
            .iter()
            .filter_map(|p| p.file_name()?.to_str())
            .collect();
        assert_eq!(names, ["a.ron", "b.ron"]);
    }
}
