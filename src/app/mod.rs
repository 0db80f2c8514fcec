//! The eframe app: the open [`Session`] and the view, drawn by the `ui` panels, with every
//! [`Action`] they push applied in one place after the frame's UI pass (`apply.rs`).

mod agency;
mod apply;
mod autosave;
mod exports;
mod files;
mod goal;
mod import;
mod risk;
mod scenario_io;
mod settings;

use std::path::{Path, PathBuf};

use agency::is_task_sheet;

use crate::engine::Session;
use crate::io::{self, LoadError};
use crate::ui::dialogs::{self, Question};
use crate::ui::scenarios::Named;
use crate::ui::scoreboard::AgencyAction;
use crate::ui::workspace::{Tab, Workspace, tabs_ui};
use crate::ui::{Action, Cx, Panels, View, command, theme};

pub use autosave::Autosave;
pub use scenario_io::ScenarioInfo;

pub use settings::Settings;

/// What waits on the unsaved-changes question.
#[derive(Debug)]
enum Pending {
    Quit,
    /// The file, already read (so a file that cannot be read is reported without asking).
    Open(PathBuf, Box<io::Document>),
    /// A new card, made already.
    New(Box<crate::model::Scorecard>),
}

/// Where the open scorecard came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    /// File name for the title and header.
    pub name: String,
    /// `None` for the embedded scorecard and a new card.
    pub path: Option<PathBuf>,
}

/// The desktop app.
pub struct ParIndexApp {
    session: Session,
    document: Document,
    view: View,
    panels: Panels,
    settings: Settings,
    /// The last error, shown in a dialog until dismissed.
    error: Option<String>,
    /// "Đã lưu: …" after an export or a save, with the file, until dismissed.
    notice: Option<PathBuf>,
    /// What waits on the unsaved-changes question, while it shows.
    pending: Option<Pending>,
    /// The person agreed to discard; the next close request goes through.
    discard_confirmed: bool,
    title_shown: Option<String>,
    /// The scenario's name, info and file.
    info: ScenarioInfo,
    /// The plan and scenario views' shared state.
    workspace: Workspace,
    /// The recovery file's keeper; `None` runs without one (most tests).
    autosave: Option<Autosave>,
    /// The scenario's names around each applied goal answer, for undo.
    goal_names: goal::GoalNames,
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
        let panels = Panels::for_nodes(session.analysis().nodes.len(), settings.chart_part);
        let mut app = ParIndexApp {
            session,
            document: Document {
                name: io::EMBEDDED_NAME.to_string(),
                path: None,
            },
            view: View {
                lang: settings.lang,
                selected: None,
            },
            panels,
            settings,
            error: None,
            notice: None,
            pending: None,
            discard_confirmed: false,
            title_shown: None,
            info: ScenarioInfo::from_scorecard(io::EMBEDDED_NAME),
            workspace: Workspace::new(crate::model::Date::today_utc()),
            autosave,
            goal_names: goal::GoalNames::default(),
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

    pub fn panels(&self) -> &Panels {
        &self.panels
    }

    pub fn document(&self) -> &Document {
        &self.document
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The error on show, if any.
    pub fn error(&self) -> Option<&str> {
        self.error.as_deref()
    }

    /// The file the "saved" notice names, while it shows.
    pub fn notice(&self) -> Option<&Path> {
        self.notice.as_deref()
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

    /// The open document's name in the header: the file, or the embedded one marked so.
    fn document_label(&self) -> String {
        match &self.document.path {
            Some(_) => self.document.name.clone(),
            None => format!("{} ({})", self.document.name, self.view.lang.s().embedded),
        }
    }

    /// Draws one frame and applies what the panels asked for.
    pub fn frame(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        let mut actions = Vec::new();
        // While the unsaved-changes question waits, the document it asks about must not change
        // under it (Ctrl+Z) nor the question turn into another (a file dropped on the window).
        if self.pending.is_none() {
            command::listen(&ctx, &mut actions);
            let dropped: Vec<PathBuf> = ctx.input(|i| {
                i.raw
                    .dropped_files
                    .iter()
                    .map(|f| f.path().to_path_buf())
                    .collect()
            });
            // Returned task sheets (workbooks carrying the plan's key) are previewed together
            // as agencies' reports; any other table goes to the import preview, a card opens.
            let (sheets, others): (Vec<PathBuf>, Vec<PathBuf>) =
                dropped.into_iter().partition(|p| is_task_sheet(p));
            if !sheets.is_empty() {
                actions.push(Action::Agency(AgencyAction::Receive(sheets)));
            }
            actions.extend(others.into_iter().map(|path| self.import_dropped(path)));
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
        self.panels_ui(ui, &mut actions);
        let lang = self.view.lang;
        dialogs::error_ui(&ctx, lang, self.error.as_deref(), &mut actions);
        let question = self.pending.as_ref().map(|p| match p {
            Pending::Quit => Question::Quit,
            Pending::Open(..) | Pending::New(_) => Question::Open,
        });
        dialogs::close_question_ui(&ctx, lang, question, &mut actions);
        self.panels.dialogs.ui(&ctx, lang, &mut actions);
        self.panels.scoreboard.dialogs_ui(&ctx, lang, &mut actions);
        self.panels.import.ui(&ctx, lang, &mut actions);
        // The notice first: it says why the restore offer is there.
        let notice = self.panic_notice();
        let offered = self.recovery_offered() && notice.is_none();
        dialogs::panic_notice_ui(&ctx, lang, notice, &mut actions);
        dialogs::recovery_offer_ui(&ctx, lang, offered, &mut actions);

        let changed = !actions.is_empty();
        for action in actions {
            self.apply(&ctx, action);
        }
        self.autosave_tick(&ctx, changed);
        // After the actions, so a save or a rename shows in this frame's title.
        self.update_title(&ctx);
    }

    /// The menu, the document bar, the header, the side panel, the bottom panel and the tab.
    fn panels_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let document = self.document_label();
        let named_scenario = self.info.path.is_some() || self.session.is_dirty();
        let file = self.document.name.clone();
        let named = if named_scenario {
            Named::Scenario {
                name: &self.info.name,
                saved: self.info.path.is_some(),
            }
        } else {
            Named::Scorecard(&file)
        };
        let recent = self.settings.recent.clone();
        let panels = &mut self.panels;
        let mut cx = Cx::new(
            &self.session,
            self.view.lang,
            self.view.selected,
            &self.workspace,
            actions,
        );
        egui::Panel::top("menu").show(ui, |ui| {
            panels.menus.ui(ui, &mut cx, &recent);
            panels.bar.ui(ui, &mut cx, &named);
        });
        egui::Panel::top("header")
            .frame(egui::Frame::side_top_panel(ui.style()).inner_margin(theme::panel_margin()))
            .show(ui, |ui| panels.header.ui(ui, &mut cx, &document));
        if let Some(path) = &self.notice {
            egui::Panel::bottom("notice")
                .frame(egui::Frame::side_top_panel(ui.style()).inner_margin(theme::panel_margin()))
                .show(ui, |ui| notice_ui(ui, &mut cx, path));
        }
        egui::Panel::right("side")
            .resizable(true)
            .default_size((ui.available_width() * 0.28).clamp(270.0, 460.0))
            .size_range(280.0..=900.0)
            .show(ui, |ui| {
                egui::Panel::bottom("findings")
                    .resizable(true)
                    .default_size((ui.available_height() * 0.3).clamp(120.0, 260.0))
                    .size_range(80.0..=700.0)
                    .show(ui, |ui| panels.findings.ui(ui, &mut cx));
                egui::CentralPanel::default().show(ui, |ui| panels.charts.ui(ui, &mut cx));
            });
        egui::Panel::bottom("editor")
            .frame(egui::Frame::side_top_panel(ui.style()).inner_margin(theme::panel_margin()))
            .show(ui, |ui| {
                if panels.editing_structure {
                    panels.structure.ui(ui, &mut cx);
                } else {
                    panels.editor.ui(ui, &mut cx);
                }
            });
        let tab = self.workspace.tab;
        if tab != Tab::Deadlines {
            panels.deadlines.flush(&mut cx);
        }
        egui::CentralPanel::default().show(ui, |ui| {
            tabs_ui(ui, &mut cx);
            match tab {
                Tab::Scores => panels.tree.ui(ui, &mut cx),
                Tab::Agencies => {
                    panels.toolbar.ui(ui, &mut cx);
                    panels.agencies.ui(ui, &mut cx);
                }
                Tab::Deadlines => {
                    panels.toolbar.ui(ui, &mut cx);
                    panels.deadlines.ui(ui, &mut cx);
                }
                Tab::Compare => panels.compare.ui(ui, &mut cx),
                Tab::History => panels.history.ui(ui, &mut cx),
                Tab::Goal => panels.goal.ui(ui, &mut cx),
                Tab::Evidence => panels.evidence.ui(ui, &mut cx),
                Tab::Scoreboard => panels.scoreboard.ui(ui, &mut cx),
            }
        });
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let mark = if self.has_unsaved() { "* " } else { "" };
        let name = if self.info.path.is_some() || self.session.is_dirty() {
            self.info.name.clone()
        } else {
            self.document.name.clone()
        };
        let title = format!("{mark}{name} — {}", self.view.lang.s().app_title);
        if self.title_shown.as_deref() != Some(title.as_str()) {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title_shown = Some(title);
        }
    }
}

/// "Đã lưu: <path>", a button to open its folder, and one to close the notice.
fn notice_ui(ui: &mut egui::Ui, cx: &mut Cx<'_>, path: &Path) {
    let s = cx.s();
    ui.horizontal_wrapped(|ui| {
        ui.label(egui::RichText::new(s.saved_to).color(theme::GAIN).strong());
        ui.label(path.display().to_string());
        if ui.button(s.open_folder).clicked() {
            cx.push(Action::OpenFolder(path.to_path_buf()));
        }
        if ui.small_button("×").on_hover_text(s.close).clicked() {
            cx.push(Action::DismissNotice);
        }
    });
}

impl eframe::App for ParIndexApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, settings::KEY, &self.settings);
    }
}

/// The window's icon: the app's mark, drawn from the embedded PNG.
fn icon() -> Option<egui::IconData> {
    eframe::icon_data::from_png_bytes(crate::assets::ICON_PNG).ok()
}

/// The window the app opens in (also used by `examples/first_frame.rs`, so its bare window is
/// the same size and kind).
pub fn native_options() -> eframe::NativeOptions {
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Chỉ số CCHC")
        .with_app_id("parindex")
        .with_inner_size([1400.0, 900.0])
        .with_min_inner_size([900.0, 600.0])
        .with_drag_and_drop(true);
    if let Some(icon) = icon() {
        viewport = viewport.with_icon(icon);
    }
    eframe::NativeOptions {
        viewport,
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
