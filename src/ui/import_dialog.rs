//! Nhập từ Excel / Dán bảng (issue 11 §3): a table from a file or pasted from Word or Excel,
//! read by `import` and shown row by row — what each row became, what the card adds up to,
//! what the validator finds — before it replaces anything. The app reads the table and builds
//! the card's session ([`Reading::of`]); this module keeps the dialog's state and draws it.

mod preview;
mod rows;

use std::collections::HashMap;
use std::path::PathBuf;

use egui::{Id, Modal, RichText, ScrollArea, TextEdit, Vec2};

use crate::engine::{Session, Severity};
use crate::import::{ImportError, Imported, Note, Options, RowReading};

use super::action::Action;
use super::i18n::Lang;
use super::theme;

/// What the import dialogs ask the app for.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportAction {
    /// Ask for a table file (Tệp → Nhập từ Excel…), then preview it.
    Choose,
    /// Read this file into the preview (chosen, typed or dropped on the window).
    File(PathBuf),
    /// Show the paste box (Sửa → Dán bảng).
    PasteDialog,
    /// Read the paste box's text into the preview.
    ReadPasted,
    /// Read the previewed table again, with the options as typed (a file is read from disk
    /// again, so a correction saved in Excel meanwhile shows).
    Reread,
    /// Open the previewed card as a new, unsaved card.
    Open,
    /// From a pasted table's preview back to its text.
    EditPasted,
    /// Close the dialog: nothing changes.
    Cancel,
}

/// Files the import dialogs ask for by path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportPath {
    /// The table to import (XLSX, CSV, TSV).
    Table,
}

/// The import dialogs: nothing, the paste box, or a preview.
#[derive(Clone, Debug, Default)]
pub struct ImportDialog {
    pub stage: Option<Stage>,
}

/// Which of the two dialogs shows.
#[derive(Clone, Debug)]
pub enum Stage {
    Paste(PasteBox),
    Preview(Box<Preview>),
}

/// The paste box and its text.
#[derive(Clone, Debug, Default)]
pub struct PasteBox {
    pub text: String,
    /// Just opened: the box takes the keyboard and asks for the clipboard's text.
    pub fresh: bool,
}

/// Where the previewed table comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// A file, read again from disk by "Đọc lại".
    File { path: PathBuf, name: String },
    /// Text pasted into the paste box; `name` stands for a file name in places ("bảng dán:12").
    Pasted { name: String, text: String },
}

impl Source {
    /// The name places in the table start with.
    pub fn name(&self) -> &str {
        match self {
            Source::File { name, .. } | Source::Pasted { name, .. } => name,
        }
    }
}

/// The options as the person typed them; blank means "from the table".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OptionsDraft {
    /// The sheet to read; `None` for the first with the table's header.
    pub sheet: Option<String>,
    pub year: String,
    pub unit: String,
}

impl OptionsDraft {
    /// The import options, or `None` while the year is not a number.
    pub fn options(&self) -> Option<Options> {
        let year = match self.year.trim() {
            "" => None,
            typed => Some(typed.parse::<i32>().ok()?),
        };
        let unit = self.unit.trim();
        Some(Options {
            sheet: self.sheet.clone(),
            year,
            unit: (!unit.is_empty()).then(|| unit.to_string()),
        })
    }
}

/// Xem trước: a table read (or not), with the options to read it again.
#[derive(Clone, Debug)]
pub struct Preview {
    pub source: Source,
    pub draft: OptionsDraft,
    /// A workbook's sheets, to choose from; empty for text.
    pub sheets: Vec<String>,
    pub outcome: Outcome,
}

/// What reading the table gave.
#[derive(Clone, Debug)]
pub enum Outcome {
    Read(Box<Reading>),
    Failed(Problem),
}

/// Why there is no card to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The table could not be read: located, with what was expected.
    Import(ImportError),
    /// The file could not be opened at all.
    Unreadable { path: String, why: Unreadable },
}

/// Why a file could not be opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unreadable {
    NotFound,
    NoPermission,
    Folder,
    /// Anything else, as the system says it.
    Other(String),
}

/// A table read into a card: the card's session (every figure the preview shows comes from
/// it), how each row was read, the importer's remarks, and counts for the summary.
#[derive(Clone, Debug)]
pub struct Reading {
    pub session: Session,
    pub rows: Vec<RowReading>,
    pub notes: Vec<Note>,
    /// The validator's findings about each code, as indices into `session.findings()`.
    pub findings: HashMap<String, Vec<usize>>,
    pub criteria: usize,
    pub sub_criteria: usize,
    /// Findings by severity: errors, warnings, notes.
    pub severities: [usize; 3],
}

impl Reading {
    /// The imported card opened as the app would open it.
    pub fn of(imported: Imported) -> Self {
        let session = Session::new(imported.card);
        let nodes = &session.analysis().nodes;
        let criteria = nodes.iter().filter(|n| n.depth == 1).count();
        let sub_criteria = nodes.iter().filter(|n| n.depth >= 2).count();
        let mut findings: HashMap<String, Vec<usize>> = HashMap::new();
        let mut severities = [0; 3];
        for (i, finding) in session.findings().iter().enumerate() {
            severities[match finding.severity {
                Severity::Error => 0,
                Severity::Warning => 1,
                Severity::Info => 2,
            }] += 1;
            if !finding.code.is_empty() {
                findings.entry(finding.code.clone()).or_default().push(i);
            }
        }
        Reading {
            rows: imported.rows,
            notes: imported.notes,
            findings,
            criteria,
            sub_criteria,
            severities,
            session,
        }
    }
}

impl ImportDialog {
    /// The dialog showing, if any.
    pub fn ui(&mut self, ctx: &egui::Context, lang: Lang, actions: &mut Vec<Action>) {
        match &mut self.stage {
            None => {}
            Some(Stage::Paste(paste)) => paste_ui(ctx, lang, paste, actions),
            Some(Stage::Preview(preview)) => preview::ui(ctx, lang, preview, actions),
        }
    }

    /// The preview showing, if any.
    pub fn preview(&self) -> Option<&Preview> {
        match &self.stage {
            Some(Stage::Preview(preview)) => Some(preview),
            _ => None,
        }
    }
}

/// The dialogs' size: most of the window, so the rows have room, within sensible bounds.
fn dialog_size(ctx: &egui::Context) -> Vec2 {
    let screen = ctx.content_rect();
    Vec2::new(
        (screen.width() - 72.0).clamp(440.0, 1180.0),
        (screen.height() - 72.0).clamp(320.0, 860.0),
    )
}

fn push(actions: &mut Vec<Action>, action: ImportAction) {
    actions.push(Action::Import(action));
}

/// A large box to paste a table into, and the button that reads it.
fn paste_ui(ctx: &egui::Context, lang: Lang, paste: &mut PasteBox, actions: &mut Vec<Action>) {
    let t = lang.import();
    let size = dialog_size(ctx);
    let response = Modal::new(Id::unique("import paste")).show(ctx, |ui| {
        ui.set_width(size.x.min(900.0));
        ui.label(theme::text::dialog_title(t.paste_title));
        ui.add_space(theme::GAP);
        ui.add(egui::Label::new(t.paste_help).wrap());
        ui.add_space(theme::GAP);
        let label = ui.label(RichText::new(t.paste_box).strong());
        let height = (size.y - 220.0).max(140.0);
        let line = ui.text_style_height(&egui::TextStyle::Monospace);
        let rows = ((height - 8.0) / line).floor().max(4.0) as usize;
        // A fixed height, not the dialog's: a scroll area sized from the area around it would
        // grow the dialog a little every frame.
        let edit = ui
            .allocate_ui(Vec2::new(ui.available_width(), height), |ui| {
                ScrollArea::vertical()
                    .max_height(height)
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        ui.add(
                            TextEdit::multiline(&mut paste.text)
                                .id_salt("import paste box")
                                .font(egui::TextStyle::Monospace)
                                .hint_text(t.paste_hint)
                                .desired_width(f32::INFINITY)
                                .desired_rows(rows),
                        )
                        .labelled_by(label.id)
                    })
                    .inner
            })
            .inner;
        if paste.fresh {
            // The clipboard's text arrives as a paste into the box, which has the keyboard.
            edit.request_focus();
            if paste.text.is_empty() {
                ui.ctx()
                    .send_viewport_cmd(egui::ViewportCommand::RequestPaste);
            }
            paste.fresh = false;
        }
        ui.add_space(theme::GAP);
        ui.horizontal(|ui| {
            let ready = !paste.text.trim().is_empty();
            if ui
                .add_enabled(
                    ready,
                    egui::Button::new(RichText::new(t.read_table).strong()),
                )
                .on_hover_text(t.read_table_tip)
                .clicked()
            {
                push(actions, ImportAction::ReadPasted);
            }
            if ui.button(t.cancel).clicked() {
                push(actions, ImportAction::Cancel);
            }
        });
    });
    if response.should_close() {
        push(actions, ImportAction::Cancel);
    }
}
