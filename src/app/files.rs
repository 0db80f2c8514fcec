//! New cards, saving the card alone, and asking for a path: the system's file chooser where
//! there is one, a typed path where there is not (a Linux desktop without its portal service
//! returns at once with nothing, which no person cancelling a dialog does).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::engine::{Session, from_template, next_year};
use crate::io;
use crate::model::Scorecard;
use crate::ui::Panels;
use crate::ui::dialogs::{NewKind, PathDraft, PathPurpose};

use super::scenario_io::ScenarioInfo;
use super::{Document, ParIndexApp, Pending};

/// A file chooser that comes back with nothing faster than this did not show.
pub(super) const TOO_FAST: Duration = Duration::from_millis(250);

impl ParIndexApp {
    /// Asks for a path for `purpose`: the system's chooser, or the typed-path dialog when it
    /// cannot be shown (or `PARINDEX_TYPED_PATHS` is set). `None` when there is nothing to do
    /// yet (cancelled, or the typed-path dialog now asks).
    pub(super) fn choose(&mut self, purpose: PathPurpose, save: bool) -> Option<PathBuf> {
        let s = self.view.lang.s();
        if std::env::var_os("PARINDEX_TYPED_PATHS").is_some() {
            self.ask_typed(purpose, None);
            return None;
        }
        let (filter, extensions, suggested) = self.file_kind(purpose);
        let mut dialog = rfd::FileDialog::new().add_filter(filter, &extensions);
        if save {
            dialog = dialog.set_file_name(&suggested);
        }
        if let Some(folder) = self.settings.recent.first().and_then(|p| p.parent()) {
            dialog = dialog.set_directory(folder);
        }
        let started = Instant::now();
        let picked = if save {
            dialog.save_file()
        } else {
            dialog.pick_file()
        };
        if picked.is_none() && started.elapsed() < TOO_FAST {
            self.ask_typed(purpose, Some(s.dialog_failed.to_string()));
        }
        picked
    }

    /// Shows the typed-path dialog, filled with a sensible file name.
    pub(super) fn ask_typed(&mut self, purpose: PathPurpose, reason: Option<String>) {
        let (_, _, suggested) = self.file_kind(purpose);
        let folder = self
            .settings
            .recent
            .first()
            .and_then(|p| p.parent())
            .map(Path::to_path_buf)
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_else(|| PathBuf::from("."));
        let text = if purpose == PathPurpose::Open {
            // The folder with its separator: the caret waits for the file's name.
            let mut folder = folder.display().to_string();
            if !folder.ends_with(std::path::MAIN_SEPARATOR) {
                folder.push(std::path::MAIN_SEPARATOR);
            }
            folder
        } else {
            folder.join(suggested).display().to_string()
        };
        self.panels.dialogs.path = Some(PathDraft {
            purpose,
            text,
            reason,
        });
    }

    /// The filter's name, its extensions and a suggested file name.
    fn file_kind(&self, purpose: PathPurpose) -> (String, Vec<&'static str>, String) {
        let s = self.view.lang.s();
        let stem = self
            .info
            .name
            .replace(['/', '\\', ':', '*', '?', '"', '<', '>', '|'], "-");
        let as_of = self.workspace.as_of;
        match purpose {
            PathPurpose::Open => (s.ron_filter.to_string(), vec!["ron"], String::new()),
            PathPurpose::SaveScenario => (
                s.scenario_filter.to_string(),
                vec!["ron"],
                format!("{stem}.ron"),
            ),
            PathPurpose::SaveCard => {
                let card = self.session.card();
                (
                    s.ron_filter.to_string(),
                    vec!["ron"],
                    format!("bang-diem-{}.ron", card.year),
                )
            }
            PathPurpose::ExportTable => (
                "XLSX/CSV".into(),
                vec!["xlsx", "csv"],
                format!("{stem}.xlsx"),
            ),
            PathPurpose::ExportReport => ("PDF".into(), vec!["pdf"], format!("{stem}.pdf")),
            PathPurpose::ExportProgress => {
                ("CSV".into(), vec!["csv"], format!("tien-do-{as_of}.csv"))
            }
            PathPurpose::ExportChart { svg, .. } => {
                let ext = if svg { "svg" } else { "png" };
                (ext.to_ascii_uppercase(), vec![ext], format!("{stem}.{ext}"))
            }
            PathPurpose::Goal(purpose) => self.goal_file_kind(purpose),
            PathPurpose::Risk(purpose) => self.risk_file_kind(purpose),
            PathPurpose::Agency(purpose) => self.agency_file_kind(purpose),
            PathPurpose::Import(purpose) => self.import_file_kind(purpose),
        }
    }

    /// What a typed (or chosen) path is for.
    pub(super) fn path_chosen(&mut self, purpose: PathPurpose, path: PathBuf) {
        match purpose {
            PathPurpose::Open => self.open_asking(path),
            PathPurpose::SaveScenario => {
                self.save_to(&path);
            }
            PathPurpose::SaveCard => self.save_card_to(&path),
            PathPurpose::ExportTable => self.export_result(self.export_table(&path), &path),
            PathPurpose::ExportReport => self.export_result(self.export_report(&path), &path),
            PathPurpose::ExportProgress => self.export_progress(&path),
            PathPurpose::ExportChart { chart, svg: _ } => {
                let (width, height) = super::exports::CHART_SIZE;
                let result = self.export_chart(chart, &path, width, height);
                self.export_result(result, &path);
            }
            PathPurpose::Goal(purpose) => self.goal_path_chosen(purpose, &path),
            PathPurpose::Risk(purpose) => self.risk_path_chosen(purpose, &path),
            PathPurpose::Agency(purpose) => self.agency_path_chosen(purpose, &path),
            PathPurpose::Import(purpose) => self.import_path_chosen(purpose, path),
        }
    }

    /// Makes a new card (next year's from the open one, or a province's empty card), asking
    /// first about unsaved changes.
    pub(super) fn new_card(&mut self, kind: NewKind, unit: &str, year: i32) {
        let card = match kind {
            NewKind::NextYear => next_year(self.session.card()),
            NewKind::EmptyProvince => match io::province_template() {
                Ok(template) => from_template(&template, unit, year),
                Err(err) => {
                    self.error = Some(err.to_string());
                    return;
                }
            },
        };
        if self.has_unsaved() {
            self.pending = Some(Pending::New(Box::new(card)));
        } else {
            self.show_new(card);
        }
    }

    /// Opens a new card: unsaved, no file yet, the card editor showing.
    pub(super) fn show_new(&mut self, card: Scorecard) {
        let name = format!("bang-diem-{}.ron", card.year);
        self.workspace.compared.clear();
        self.session = Session::new(card);
        self.panels = Panels {
            editing_structure: true,
            ..Panels::for_nodes(self.session.analysis().nodes.len(), self.panels.charts.part)
        };
        self.view.selected = None;
        self.info = ScenarioInfo::from_scorecard(&name);
        self.document = Document { name, path: None };
        self.error = None;
    }

    /// Writes the scorecard alone (no projection) to `path`; it becomes the open document's
    /// file, so Save on a card with no projection writes it there again.
    pub(super) fn save_card_to(&mut self, path: &Path) {
        let in_place = self.document.path.as_deref() == Some(path);
        let saved = if in_place {
            io::save_scorecard_in_place(self.session.card(), path)
        } else {
            io::save_scorecard(self.session.card(), path)
        };
        match saved {
            Ok(()) => {
                self.session.mark_card_saved();
                self.document = Document {
                    name: path
                        .file_name()
                        .map_or_else(String::new, |n| n.to_string_lossy().into_owned()),
                    path: Some(path.to_path_buf()),
                };
                self.settings.remember(path);
                self.notice = Some(path.to_path_buf());
                if !self.has_unsaved() {
                    self.clear_recovery();
                }
            }
            Err(err) => self.error = Some(err.to_string()),
        }
    }
}
