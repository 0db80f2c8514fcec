//! Nhập từ Excel / Dán bảng, applied: a table read from a file (chosen, typed or dropped) or
//! from pasted text into the preview, read again with other options, and opened as a new,
//! unsaved card — the open document untouched until then.

use std::io::Read as _;
use std::path::{Path, PathBuf};

use crate::import::{self, ErrorKind, ImportError, Options, Place};
use crate::ui::Action;
use crate::ui::dialogs::PathPurpose;
use crate::ui::import_dialog::{
    ImportAction, ImportPath, OptionsDraft, Outcome, PasteBox, Preview, Problem, Reading, Source,
    Stage, Unreadable,
};

use super::scenario_io::file_name;
use super::{ParIndexApp, Pending};

/// File extensions read as a table when dropped on the window or chosen.
const TABLES: [&str; 5] = ["xlsx", "xlsm", "csv", "tsv", "txt"];

fn is_table(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| TABLES.iter().any(|t| e.eq_ignore_ascii_case(t)))
}

/// The file's bytes: refused past the import limit from its size alone, before anything is
/// read; read through a bound besides, in case it grows meanwhile (the importer refuses it).
fn read_file(path: &Path) -> Result<Vec<u8>, Problem> {
    let unreadable = |err: &std::io::Error| Problem::Unreadable {
        path: path.display().to_string(),
        why: match err.kind() {
            std::io::ErrorKind::NotFound => Unreadable::NotFound,
            std::io::ErrorKind::PermissionDenied => Unreadable::NoPermission,
            std::io::ErrorKind::IsADirectory => Unreadable::Folder,
            _ => Unreadable::Other(err.to_string()),
        },
    };
    let metadata = std::fs::metadata(path).map_err(|e| unreadable(&e))?;
    if metadata.is_dir() {
        return Err(Problem::Unreadable {
            path: path.display().to_string(),
            why: Unreadable::Folder,
        });
    }
    if metadata.len() > import::MAX_IMPORT_BYTES {
        return Err(Problem::Import(ImportError {
            file: file_name(path),
            place: Place::File,
            kind: ErrorKind::TooLarge {
                size: metadata.len(),
                limit: import::MAX_IMPORT_BYTES,
            },
            excerpt: None,
        }));
    }
    let file = std::fs::File::open(path).map_err(|e| unreadable(&e))?;
    let mut bytes = Vec::new();
    file.take(import::MAX_IMPORT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| unreadable(&e))?;
    Ok(bytes)
}

/// Reads `source` with `options`: the outcome, and a workbook's sheets to choose from.
fn read(source: &Source, options: &Options) -> (Outcome, Vec<String>) {
    let outcome = |result: Result<import::Imported, ImportError>| match result {
        Ok(imported) => Outcome::Read(Box::new(Reading::of(imported))),
        Err(err) => Outcome::Failed(Problem::Import(err)),
    };
    match source {
        Source::Pasted { name, text } => (
            outcome(import::read_delimited(text, name, options)),
            Vec::new(),
        ),
        Source::File { path, name } => match read_file(path) {
            Err(problem) => (Outcome::Failed(problem), Vec::new()),
            Ok(bytes) => {
                // The sheets are offered only once the workbook passed the importer's guard.
                let sheets = if bytes.starts_with(b"PK") {
                    import::sheet_names(&bytes, name).unwrap_or_default()
                } else {
                    Vec::new()
                };
                (outcome(import::read_bytes(&bytes, name, options)), sheets)
            }
        },
    }
}

impl ParIndexApp {
    pub(super) fn apply_import(&mut self, action: ImportAction) {
        match action {
            ImportAction::Choose => {
                let purpose = PathPurpose::Import(ImportPath::Table);
                if let Some(path) = self.choose(purpose, false) {
                    self.path_chosen(purpose, path);
                }
            }
            ImportAction::File(path) => self.import_file(path),
            ImportAction::PasteDialog => {
                self.panels.import.stage = Some(Stage::Paste(PasteBox {
                    text: String::new(),
                    fresh: true,
                }));
            }
            ImportAction::ReadPasted => {
                let Some(Stage::Paste(paste)) = &self.panels.import.stage else {
                    return;
                };
                let source = Source::Pasted {
                    name: self.view.lang.import().pasted_name.to_string(),
                    text: paste.text.clone(),
                };
                self.preview(source, OptionsDraft::default());
            }
            ImportAction::Reread => {
                let Some(Stage::Preview(preview)) = &self.panels.import.stage else {
                    return;
                };
                let (source, draft) = (preview.source.clone(), preview.draft.clone());
                self.preview(source, draft);
            }
            ImportAction::EditPasted => {
                if let Some(Stage::Preview(preview)) = &self.panels.import.stage
                    && let Source::Pasted { text, .. } = &preview.source
                {
                    let text = text.clone();
                    self.panels.import.stage = Some(Stage::Paste(PasteBox { text, fresh: true }));
                }
            }
            ImportAction::Open => self.open_imported(),
            ImportAction::Cancel => self.panels.import.stage = None,
        }
    }

    /// Reads a table file into the preview.
    pub(super) fn import_file(&mut self, path: PathBuf) {
        let source = Source::File {
            name: file_name(&path),
            path,
        };
        self.preview(source, OptionsDraft::default());
    }

    /// Reads `source` with the options of `draft` and shows the preview. A year that is not a
    /// number cannot be asked for (the button waits), so the table's own is read then.
    fn preview(&mut self, source: Source, draft: OptionsDraft) {
        let options = draft.options().unwrap_or_default();
        let (outcome, sheets) = read(&source, &options);
        self.panels.import.stage = Some(Stage::Preview(Box::new(Preview {
            source,
            draft,
            sheets,
            outcome,
        })));
    }

    /// The previewed card becomes the open document, unsaved, after the unsaved-changes
    /// question if there is something to lose.
    fn open_imported(&mut self) {
        let Some(Stage::Preview(preview)) = self.panels.import.stage.take() else {
            return;
        };
        let Outcome::Read(reading) = preview.outcome else {
            self.panels.import.stage = Some(Stage::Preview(preview));
            return;
        };
        let card = reading.session.card().clone();
        if self.has_unsaved() {
            self.pending = Some(Pending::New(Box::new(card)));
        } else {
            self.show_new(card);
        }
    }

    /// What a file dropped on the window asks for: a table (.xlsx, .csv, .tsv) is previewed for
    /// import, anything else is opened as a document.
    // A method, as the drop code calls each area's routing on the app.
    #[allow(clippy::unused_self)]
    pub(super) fn import_dropped(&self, path: PathBuf) -> Action {
        if is_table(&path) {
            Action::Import(ImportAction::File(path))
        } else {
            Action::Open(path)
        }
    }

    /// The filter's name, its extensions and a suggested file name.
    pub(super) fn import_file_kind(
        &self,
        purpose: ImportPath,
    ) -> (String, Vec<&'static str>, String) {
        match purpose {
            ImportPath::Table => (
                self.view.lang.import().file_filter.to_string(),
                TABLES.to_vec(),
                String::new(),
            ),
        }
    }

    pub(super) fn import_path_chosen(&mut self, purpose: ImportPath, path: PathBuf) {
        match purpose {
            ImportPath::Table => self.import_file(path),
        }
    }
}
