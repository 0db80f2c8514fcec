//! The eframe app: an open [`Session`] plus the view, drawn by the `ui` panels, with every
//! [`Action`] they return applied in one place after the frame's UI pass.

mod autosave;
mod dialogs;
mod exports;
mod scenario_io;
mod settings;

use std::path::{Path, PathBuf};

use crate::engine::Session;
use crate::io::{self, LoadError};
use crate::ui::workspace::{Tab, Workspace};
use crate::ui::{self, Action, View, theme};

pub use autosave::Autosave;
pub use scenario_io::ScenarioInfo;

pub use settings::Settings;

/// What waits on the unsaved-changes question.
#[derive(Debug)]
enum Pending {
    Quit,
    /// The file, already read (so a file that cannot be read is reported without asking).
    Open(PathBuf, Box<io::Document>),
}

/// Where the open scorecard came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    /// File name for the title and header.
    pub name: String,
    /// `None` for the embedded scorecard.
    pub path: Option<PathBuf>,
}

/// The desktop app.
pub struct ParIndexApp {
    session: Session,
    document: Document,
    view: View,
    settings: Settings,
    /// The last load error, shown in a dialog until dismissed.
    error: Option<String>,
    /// What waits on the unsaved-changes question, while it shows.
    pending: Option<Pending>,
    /// The person agreed to discard; the next close request goes through.
    discard_confirmed: bool,
    title_shown: Option<String>,
    /// The scenario's name, info and file.
    info: ScenarioInfo,
    /// The plan and scenario views' state.
    workspace: Workspace,
    /// The recovery file's keeper; `None` runs without one (most tests).
    autosave: Option<Autosave>,
}

impl ParIndexApp {
    /// The app on the embedded scorecard, then on `file` if given (a file that fails to load
    /// shows its error over the embedded scorecard).
    pub fn new(
        cc: &eframe::CreationContext<'_>,
        file: Option<&Path>,
        autosave: Option<Autosave>,
    ) -> Result<Self, LoadError> {
        let settings = cc
            .storage
            .and_then(|storage| eframe::get_value(storage, settings::KEY))
            .unwrap_or_default();
        Self::with_autosave(&cc.egui_ctx, settings, file, autosave)
    }

    /// The app without eframe's creation context (for tests), with the given settings.
    pub fn with_settings(
        ctx: &egui::Context,
        settings: Settings,
        file: Option<&Path>,
    ) -> Result<Self, LoadError> {
        Self::with_autosave(ctx, settings, file, None)
    }

    /// The app keeping its unsaved work in `autosave`'s data directory, offering to restore
    /// what a previous run left there.
    pub fn with_autosave(
        ctx: &egui::Context,
        settings: Settings,
        file: Option<&Path>,
        autosave: Option<Autosave>,
    ) -> Result<Self, LoadError> {
        theme::install(ctx);
        let session = Session::new(io::embedded_scorecard()?);
        let view = View::for_nodes(
            session.analysis().nodes.len(),
            settings.lang,
            settings.chart_part,
        );
        let mut app = ParIndexApp {
            session,
            document: Document {
                name: io::EMBEDDED_NAME.to_string(),
                path: None,
            },
            view,
            settings,
            error: None,
            pending: None,
            discard_confirmed: false,
            title_shown: None,
            info: ScenarioInfo::from_scorecard(io::EMBEDDED_NAME),
            workspace: Workspace::new(crate::model::Date::today_utc()),
            autosave,
        };
        app.rescan();
        app.look_for_recovery();
        if let Some(path) = file {
            app.open(path);
        }
        Ok(app)
    }

    pub fn session(&self) -> &Session {
        &self.session
    }

    pub fn view(&self) -> &View {
        &self.view
    }

    pub fn document(&self) -> &Document {
        &self.document
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The load error on show, if any.
    pub fn error(&self) -> Option<&str> {
        self.error.as_deref()
    }

    /// The scenario's name, info and file.
    pub fn info(&self) -> &ScenarioInfo {
        &self.info
    }

    /// The window title last sent.
    pub fn title_shown(&self) -> Option<&str> {
        self.title_shown.as_deref()
    }

    pub fn workspace(&self) -> &Workspace {
        &self.workspace
    }

    /// Applies one action: the single place where the UI changes the state.
    pub fn apply(&mut self, ctx: &egui::Context, action: Action) {
        match action {
            Action::Edit(edit) => {
                self.session.apply(edit);
                self.forget_drafts();
            }
            Action::Live { edit, key } => {
                self.session.apply_live(edit, &key);
            }
            Action::Seal => self.session.seal(),
            Action::Undo => {
                self.session.undo();
                self.forget_drafts();
            }
            Action::Redo => {
                self.session.redo();
                self.forget_drafts();
            }
            Action::Select(index) => {
                self.view.selected = index;
                self.view.scroll_to_selected = true;
            }
            Action::SelectCode(code) => {
                if let Some(index) = self.session.analysis().find(&code) {
                    self.reveal(index);
                    self.view.selected = Some(index);
                    self.view.scroll_to_selected = true;
                }
            }
            Action::Toggle(index) => {
                if let Some(open) = self.view.expanded.get_mut(index) {
                    *open = !*open;
                }
            }
            Action::ExpandAll => self.view.expanded.fill(true),
            Action::CollapseAll => self.view.expanded.fill(false),
            Action::SortByLost(on) => {
                self.view.order = if on {
                    ui::rows::Order::Lost
                } else {
                    ui::rows::Order::Document
                };
            }
            Action::SetLang(lang) => {
                self.view.lang = lang;
                self.settings.lang = lang;
            }
            Action::SetChartPart(part) => {
                self.view.chart_part = part;
                self.settings.chart_part = part;
            }
            Action::OpenDialog => {
                let s = self.view.lang.s();
                if let Some(path) = rfd::FileDialog::new()
                    .add_filter(s.ron_filter, &["ron"])
                    .pick_file()
                {
                    self.open_asking(path);
                }
            }
            Action::Open(path) => self.open_asking(path),
            Action::DismissError => self.error = None,
            Action::DismissPanicNotice => self.dismiss_panic_notice(),
            Action::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            Action::DiscardAndContinue => self.continue_pending(ctx, true),
            Action::SaveAndContinue => {
                if self.save() {
                    self.continue_pending(ctx, false);
                } else {
                    self.pending = None;
                }
            }
            Action::CancelPending => self.pending = None,
            Action::RestoreRecovery => self.restore_recovery(),
            Action::DiscardRecovery => self.discard_recovery(),
            other => self.apply_scenario(other),
        }
    }

    /// Opens `path`, first asking what to do with unsaved changes if there are any. A file
    /// that cannot be opened shows its error at once: there is nothing to decide about.
    fn open_asking(&mut self, path: PathBuf) {
        if !self.has_unsaved() {
            self.open(&path);
            return;
        }
        match io::load_document(&path) {
            Ok(document) => self.pending = Some(Pending::Open(path, Box::new(document))),
            Err(err) => self.open_failed(&err),
        }
    }

    /// Shows why a file did not open — in the person's language, with the offending line —
    /// and which document is still the open one.
    pub(super) fn open_failed(&mut self, err: &LoadError) {
        let vi = self.view.lang == ui::Lang::Vi;
        let name = match &self.document.path {
            Some(_) => self.document.name.clone(),
            None => format!("{} ({})", self.document.name, self.view.lang.s().embedded),
        };
        self.error = Some(format!(
            "{}\n\n{} {name}",
            err.report(vi),
            self.view.lang.s().still_open
        ));
    }

    /// Goes on with what waited on the unsaved-changes question, the changes now saved or
    /// (`discard`) given up.
    fn continue_pending(&mut self, ctx: &egui::Context, discard: bool) {
        match self.pending.take() {
            Some(Pending::Quit) => {
                self.discard_confirmed = true;
                if discard {
                    self.clear_recovery();
                }
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            Some(Pending::Open(path, document)) => {
                self.show_document(&path, *document);
                if discard {
                    self.clear_recovery();
                }
            }
            None => {}
        }
    }

    /// Expands every ancestor of a node so its row shows.
    fn reveal(&mut self, index: usize) {
        let mut at = self.session.analysis().node(index).parent;
        while let Some(parent) = at {
            if let Some(open) = self.view.expanded.get_mut(parent) {
                *open = true;
            }
            at = self.session.analysis().node(parent).parent;
        }
    }

    /// Draws one frame and applies what the panels asked for.
    pub fn frame(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        let mut actions = Vec::new();
        // While the unsaved-changes question waits, the document it asks about must not change
        // under it (Ctrl+Z) nor the question turn into another (a file dropped on the window).
        if self.pending.is_none() {
            ui::scenarios::shortcuts(&ctx, &mut actions);
            ui::menus::shortcuts(&ctx, &mut actions);
            let dropped: Vec<PathBuf> = ctx.input(|i| {
                i.raw
                    .dropped_files
                    .iter()
                    .map(|f| f.path().to_path_buf())
                    .collect()
            });
            actions.extend(dropped.into_iter().map(Action::Open));
        }
        if ctx.input(|i| i.viewport().close_requested()) {
            if self.has_unsaved() && !self.discard_confirmed {
                ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
                self.pending = Some(Pending::Quit);
            } else if !self.recovery_offered() {
                // A clean exit; an offer not yet answered keeps its file for next time.
                self.clear_recovery();
            }
        }

        let lang = self.view.lang;
        egui::Panel::top("menu").show(ui, |ui| {
            ui::menus::show(ui, &self.session, lang, &self.settings.recent, &mut actions);
            ui::scenarios::bar(
                ui,
                &self.session,
                &self.workspace,
                lang,
                &self.info.name,
                &mut actions,
            );
        });
        egui::Panel::top("header")
            .frame(
                egui::Frame::side_top_panel(ui.style())
                    .inner_margin(egui::Margin::symmetric(12, 8)),
            )
            .show(ui, |ui| {
                let name = match &self.document.path {
                    Some(_) => self.document.name.clone(),
                    None => format!("{} ({})", self.document.name, lang.s().embedded),
                };
                ui::header::show(ui, &self.session, lang, &name);
            });
        egui::Panel::right("side")
            .resizable(true)
            .default_size((ui.available_width() * 0.28).clamp(270.0, 460.0))
            .size_range(280.0..=900.0)
            .show(ui, |ui| {
                egui::Panel::bottom("findings")
                    .resizable(true)
                    .default_size((ui.available_height() * 0.3).clamp(120.0, 260.0))
                    .size_range(80.0..=700.0)
                    .show(ui, |ui| {
                        ui.add_space(theme::GAP / 2.0);
                        ui.label(theme::text::panel_title(lang.s().findings_title));
                        ui::findings::show(ui, &self.session, lang, &mut actions);
                    });
                egui::CentralPanel::default().show(ui, |ui| {
                    ui::charts::show(ui, &self.session, lang, self.view.chart_part, &mut actions);
                });
            });
        egui::Panel::bottom("editor")
            .frame(
                egui::Frame::side_top_panel(ui.style())
                    .inner_margin(egui::Margin::symmetric(12, 8)),
            )
            .show(ui, |ui| {
                ui.horizontal(|ui| {
                    ui.label(theme::text::panel_title(lang.s().editor_title));
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        if ui.button(lang.s().reset_all).clicked() {
                            actions.push(Action::Edit(crate::engine::Edit::ResetAll));
                        }
                    });
                });
                ui::editor::show(ui, &self.session, &mut self.view, &mut actions);
            });
        if self.workspace.tab != Tab::Deadlines {
            ui::timeline::flush(&self.session, &mut self.workspace, &mut actions);
        }
        egui::CentralPanel::default().show(ui, |ui| {
            ui::workspace::tabs(ui, self.workspace.tab, lang, &mut actions);
            match self.workspace.tab {
                Tab::Scores => {
                    ui::tree_table::show(ui, &self.session, &mut self.view, &mut actions);
                }
                Tab::Agencies => {
                    ui::plan::toolbar(ui, &mut self.workspace, lang, &mut actions);
                    ui::plan::agencies(ui, &self.session, &mut self.workspace, lang, &mut actions);
                }
                Tab::Deadlines => {
                    ui::plan::toolbar(ui, &mut self.workspace, lang, &mut actions);
                    ui::timeline::show(ui, &self.session, &mut self.workspace, lang, &mut actions);
                }
                Tab::Compare => {
                    ui::compare::show(ui, &self.session, &mut self.workspace, lang, &mut actions);
                }
                Tab::History => ui::history::show(ui, &self.session, lang, &mut actions),
            }
        });
        dialogs::error(&ctx, lang, self.error.as_deref(), &mut actions);
        let question = self.pending.as_ref().map(|p| match p {
            Pending::Quit => ui::scenarios::Question::Quit,
            Pending::Open(..) => ui::scenarios::Question::Open,
        });
        ui::scenarios::close_question(&ctx, lang, question, &mut actions);
        ui::scenarios::info(&ctx, lang, self.workspace.info.as_mut(), &mut actions);
        // The notice first: it says why the restore offer is there.
        let notice = self.panic_notice();
        let offered = self.recovery_offered() && notice.is_none();
        dialogs::panic_notice(&ctx, lang, notice, &mut actions);
        dialogs::recovery_offer(&ctx, lang, offered, &mut actions);

        let changed = !actions.is_empty();
        for action in actions {
            self.apply(&ctx, action);
        }
        self.autosave_tick(&ctx, changed);
        // After the actions, so a save or a rename shows in this frame's title.
        self.update_title(&ctx);
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let mark = if self.has_unsaved() { "* " } else { "" };
        let title = format!(
            "{mark}{} — {}",
            self.info.name,
            self.view.lang.s().app_title
        );
        if self.title_shown.as_deref() != Some(title.as_str()) {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title_shown = Some(title);
        }
    }
}

impl eframe::App for ParIndexApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, settings::KEY, &self.settings);
    }
}

/// The window the app opens in (also used by `examples/first_frame.rs`, so its bare window is
/// the same size and kind).
pub fn native_options() -> eframe::NativeOptions {
    eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Chỉ số CCHC")
            .with_app_id("parindex")
            .with_inner_size([1400.0, 900.0])
            .with_min_inner_size([900.0, 600.0])
            .with_drag_and_drop(true),
        ..Default::default()
    }
}

/// Opens the window on `file` or the embedded scorecard.
pub fn run(file: Option<PathBuf>) -> eframe::Result {
    let autosave = io::recovery::data_dir().map(Autosave::new);
    if let Some(autosave) = &autosave {
        io::recovery::install_panic_hook(autosave.dir().to_path_buf(), autosave.slot());
    }
    let options = native_options();
    eframe::run_native(
        "parindex",
        options,
        Box::new(move |cc| Ok(Box::new(ParIndexApp::new(cc, file.as_deref(), autosave)?))),
    )
}
