//! Every modal of the window in one place: an error, the unsaved-changes question, the
//! scenario's info, a new card, a path typed where the system's file chooser is missing, the
//! restore offer after a crash, and the help pages. Each takes what it shows and pushes
//! actions; the drafts being typed are kept in [`Dialogs`].

use egui::{Id, Modal, RichText, Ui};

use super::action::Action;
use super::command::{Command, Help};
use super::i18n::Lang;
use super::theme;

/// The scenario's name, description and author while the dialog edits them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct InfoDraft {
    pub name: String,
    pub description: String,
    pub author: String,
}

/// What a new card starts from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum NewKind {
    /// Next year's card from the open one: structure, maxima and plans, no score.
    #[default]
    NextYear,
    /// A province's empty card under the current method.
    EmptyProvince,
}

/// The new-card dialog's choices.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NewDraft {
    pub kind: NewKind,
    pub unit: String,
    pub year: String,
}

/// What a typed path is for, when the system's file chooser could not be shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PathDraft {
    /// The action that gets the path.
    pub purpose: PathPurpose,
    pub text: String,
    /// Why the person is asked to type (the file chooser failed), if it did.
    pub reason: Option<String>,
}

/// Where a typed path goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PathPurpose {
    Open,
    SaveScenario,
    SaveCard,
    ExportTable,
    ExportReport,
    ExportProgress,
    ExportChart {
        chart: super::action::ChartExport,
        svg: bool,
    },
    Goal(super::goal::GoalPath),
    Risk(super::evidence::RiskPath),
    Agency(super::scoreboard::AgencyPath),
    Import(super::import_dialog::ImportPath),
}

/// The drafts of the open dialogs.
#[derive(Clone, Debug, Default)]
pub struct Dialogs {
    pub info: Option<InfoDraft>,
    pub new_card: Option<NewDraft>,
    pub path: Option<PathDraft>,
    pub help: Option<Help>,
}

/// A dialog's title, its body, and an OK button that closes it with `close`.
fn simple(
    ctx: &egui::Context,
    lang: Lang,
    id: &str,
    title: RichText,
    close: Action,
    actions: &mut Vec<Action>,
    body: impl FnOnce(&mut Ui),
) {
    let response = Modal::new(Id::unique(id)).show(ctx, |ui| {
        ui.set_max_width(600.0);
        ui.label(title);
        ui.add_space(theme::GAP);
        body(ui);
        ui.add_space(theme::GAP);
        if ui.button(lang.s().ok).clicked() {
            actions.push(close.clone());
        }
    });
    if response.should_close() {
        actions.push(close);
    }
}

/// A file's error (in the person's language, with the offending line) or any other failure.
pub fn error_ui(ctx: &egui::Context, lang: Lang, message: Option<&str>, actions: &mut Vec<Action>) {
    let Some(message) = message else { return };
    let s = lang.s();
    let title = theme::text::dialog_title(s.error_title).color(theme::ERROR);
    simple(
        ctx,
        lang,
        "load error",
        title,
        Action::DismissError,
        actions,
        |ui| {
            egui::ScrollArea::vertical()
                .max_height(360.0)
                .show(ui, |ui| {
                    ui.add(egui::Label::new(RichText::new(message).monospace()).wrap());
                });
        },
    );
}

/// Tells the person, once, that the last run ended on an error, and where its log is (to send
/// to whoever supports them).
pub fn panic_notice_ui(
    ctx: &egui::Context,
    lang: Lang,
    notice: Option<(&str, std::path::PathBuf)>,
    actions: &mut Vec<Action>,
) {
    let Some((message, log)) = notice else { return };
    let s = lang.s();
    let title = theme::text::dialog_title(s.panic_title).color(theme::ERROR);
    simple(
        ctx,
        lang,
        "the last run ended on an error",
        title,
        Action::DismissPanicNotice,
        actions,
        |ui| {
            let label = ui.add(egui::Label::new(s.panic_log_at).wrap());
            let mut path = log.display().to_string();
            // Selectable, so it can be copied into an e-mail; edits are thrown away.
            ui.add(egui::TextEdit::singleline(&mut path).desired_width(f32::INFINITY))
                .labelled_by(label.id);
            ui.add_space(theme::GAP);
            ui.add(egui::Label::new(RichText::new(message).monospace().weak()).wrap());
        },
    );
}

/// Offers to restore the unsaved work a crash left behind.
pub fn recovery_offer_ui(
    ctx: &egui::Context,
    lang: Lang,
    offered: bool,
    actions: &mut Vec<Action>,
) {
    if !offered {
        return;
    }
    let s = lang.s();
    Modal::new(Id::unique("restore unsaved work?")).show(ctx, |ui| {
        ui.set_max_width(480.0);
        ui.label(theme::text::dialog_title(s.recovery_title));
        ui.add_space(theme::GAP);
        ui.add(egui::Label::new(s.recovery_question).wrap());
        ui.add_space(theme::GAP);
        ui.horizontal(|ui| {
            if ui
                .button(RichText::new(s.recovery_restore).strong())
                .clicked()
            {
                actions.push(Action::RestoreRecovery);
            }
            if ui
                .button(RichText::new(s.discard).color(theme::ERROR))
                .clicked()
            {
                actions.push(Action::DiscardRecovery);
            }
        });
    });
}

/// What the unsaved-changes question is asked before.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Question {
    /// Closing the window.
    Quit,
    /// Opening another file (or a new card) in its place.
    Open,
}

/// Asks what to do with unsaved changes: save, discard or stay.
pub fn close_question_ui(
    ctx: &egui::Context,
    lang: Lang,
    asking: Option<Question>,
    actions: &mut Vec<Action>,
) {
    let Some(question) = asking else {
        return;
    };
    let s = lang.s();
    let (title, text) = match question {
        Question::Quit => (s.close_title, s.close_save_question),
        Question::Open => (s.open_title, s.open_save_question),
    };
    let response = Modal::new(Id::unique("save before closing?")).show(ctx, |ui| {
        ui.set_max_width(480.0);
        ui.label(theme::text::dialog_title(title));
        ui.add_space(theme::GAP);
        ui.add(egui::Label::new(text).wrap());
        ui.add_space(theme::GAP);
        ui.horizontal(|ui| {
            if ui.button(RichText::new(s.save).strong()).clicked() {
                actions.push(Action::SaveAndContinue);
            }
            if ui
                .button(RichText::new(s.discard).color(theme::ERROR))
                .clicked()
            {
                actions.push(Action::DiscardAndContinue);
            }
            if ui.button(s.cancel).clicked() {
                actions.push(Action::CancelPending);
            }
        });
    });
    if response.should_close() {
        actions.push(Action::CancelPending);
    }
}

impl Dialogs {
    /// The dialogs whose drafts live here.
    pub fn ui(&mut self, ctx: &egui::Context, lang: Lang, actions: &mut Vec<Action>) {
        self.info_ui(ctx, lang, actions);
        self.new_card_ui(ctx, lang, actions);
        self.path_ui(ctx, lang, actions);
        if let Some(page) = self.help {
            help_ui(ctx, lang, page, actions);
        }
    }

    /// The scenario's name, description and author.
    fn info_ui(&mut self, ctx: &egui::Context, lang: Lang, actions: &mut Vec<Action>) {
        let Some(draft) = self.info.as_mut() else {
            return;
        };
        let s = lang.s();
        let response = Modal::new(Id::unique("scenario info")).show(ctx, |ui| {
            ui.set_width(480.0);
            ui.label(theme::text::dialog_title(s.scenario_info));
            ui.add_space(theme::GAP);
            egui::Grid::new("info grid")
                .num_columns(2)
                .spacing([theme::GAP, 6.0])
                .show(ui, |ui| {
                    for (caption, text, rows) in [
                        (s.info_name, &mut draft.name, 1),
                        (s.info_description, &mut draft.description, 3),
                        (s.info_author, &mut draft.author, 1),
                    ] {
                        let label = ui.label(caption);
                        let edit = if rows == 1 {
                            egui::TextEdit::singleline(text)
                        } else {
                            egui::TextEdit::multiline(text).desired_rows(rows)
                        };
                        ui.add(edit.desired_width(360.0)).labelled_by(label.id);
                        ui.end_row();
                    }
                });
            ui.add_space(theme::GAP);
            ui.horizontal(|ui| {
                if ui.button(s.ok_apply).clicked() {
                    actions.push(Action::SetInfo {
                        name: draft.name.trim().to_string(),
                        description: draft.description.trim().to_string(),
                        author: draft.author.trim().to_string(),
                    });
                }
                if ui.button(s.cancel).clicked() {
                    actions.push(Action::CloseInfo);
                }
            });
        });
        if response.should_close() {
            actions.push(Action::CloseInfo);
        }
    }

    /// A new card: next year's from the open one, or a province's empty card.
    fn new_card_ui(&mut self, ctx: &egui::Context, lang: Lang, actions: &mut Vec<Action>) {
        let Some(draft) = self.new_card.as_mut() else {
            return;
        };
        let s = lang.s();
        let response = Modal::new(Id::unique("new card")).show(ctx, |ui| {
            ui.set_width(520.0);
            ui.label(theme::text::dialog_title(s.new_card_title));
            ui.add_space(theme::GAP);
            ui.radio_value(&mut draft.kind, NewKind::NextYear, s.new_next_year);
            ui.radio_value(&mut draft.kind, NewKind::EmptyProvince, s.new_empty);
            ui.add_space(theme::GAP);
            let year = draft.year.trim().parse::<i32>().ok();
            if draft.kind == NewKind::EmptyProvince {
                egui::Grid::new("new card grid")
                    .num_columns(2)
                    .show(ui, |ui| {
                        let label = ui.label(s.new_unit);
                        ui.add(
                            egui::TextEdit::singleline(&mut draft.unit)
                                .hint_text(s.new_unit_hint)
                                .desired_width(320.0),
                        )
                        .labelled_by(label.id);
                        ui.end_row();
                        let label = ui.label(s.new_year);
                        let mut edit =
                            egui::TextEdit::singleline(&mut draft.year).desired_width(80.0);
                        if year.is_none() {
                            edit = edit.text_color(theme::ERROR);
                        }
                        ui.add(edit).labelled_by(label.id);
                        ui.end_row();
                    });
            }
            ui.add_space(theme::GAP);
            let ready = draft.kind == NewKind::NextYear
                || (year.is_some() && !draft.unit.trim().is_empty());
            ui.horizontal(|ui| {
                if ui.add_enabled(ready, egui::Button::new(s.create)).clicked() {
                    actions.push(Action::NewCard {
                        kind: draft.kind,
                        unit: draft.unit.trim().to_string(),
                        year: year.unwrap_or_default(),
                    });
                }
                if ui.button(s.cancel).clicked() {
                    actions.push(Action::CloseDialogs);
                }
            });
        });
        if response.should_close() {
            actions.push(Action::CloseDialogs);
        }
    }

    /// A path typed by hand: where the system's file chooser is missing (a Linux desktop
    /// without its portal service), or when the person prefers to type.
    fn path_ui(&mut self, ctx: &egui::Context, lang: Lang, actions: &mut Vec<Action>) {
        // The field takes the keyboard once when the dialog opens, the caret after the folder
        // offered, so the officer types the file's name at once.
        let focused = Id::unique("type a path: focused");
        let Some(draft) = self.path.as_mut() else {
            ctx.data_mut(|d| d.remove::<bool>(focused));
            return;
        };
        let s = lang.s();
        let response = Modal::new(Id::unique("type a path")).show(ctx, |ui| {
            ui.set_width(560.0);
            ui.label(theme::text::dialog_title(s.path_title));
            if let Some(reason) = &draft.reason {
                ui.add_space(theme::GAP / 2.0);
                ui.add(egui::Label::new(RichText::new(reason).color(theme::WARNING)).wrap());
            }
            ui.add_space(theme::GAP);
            let label = ui.label(s.path_label);
            let egui::text_edit::TextEditOutput {
                response, state, ..
            } = egui::TextEdit::singleline(&mut draft.text)
                .desired_width(f32::INFINITY)
                .show(ui);
            let field = response.response.labelled_by(label.id);
            if !ui.data(|d| d.get_temp::<bool>(focused).unwrap_or(false)) {
                ui.data_mut(|d| d.insert_temp(focused, true));
                field.request_focus();
                let mut state = state;
                let end = egui::text::CCursor::new(draft.text.chars().count());
                state
                    .cursor
                    .set_char_range(Some(egui::text::CCursorRange::one(end)));
                state.store(ui.ctx(), field.id);
            }
            let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            ui.add_space(theme::GAP);
            ui.horizontal(|ui| {
                let ok = ui.button(s.ok_apply).clicked() || entered;
                if ok && !draft.text.trim().is_empty() {
                    actions.push(Action::PathChosen {
                        purpose: draft.purpose,
                        path: std::path::PathBuf::from(draft.text.trim()),
                    });
                }
                if ui.button(s.cancel).clicked() {
                    actions.push(Action::CloseDialogs);
                }
            });
        });
        if response.should_close() {
            actions.push(Action::CloseDialogs);
        }
    }
}

/// Trợ giúp: the guide, the shortcuts (read off the command table) and the about page.
fn help_ui(ctx: &egui::Context, lang: Lang, page: Help, actions: &mut Vec<Action>) {
    let s = lang.s();
    let title = match page {
        Help::Guide => Command::Guide.label(lang),
        Help::Shortcuts => Command::Shortcuts.label(lang),
        Help::About => Command::About.label(lang),
    };
    let response = Modal::new(Id::unique("help")).show(ctx, |ui| {
        ui.set_width(640.0);
        ui.horizontal(|ui| {
            for (p, command) in [
                (Help::Guide, Command::Guide),
                (Help::Shortcuts, Command::Shortcuts),
                (Help::About, Command::About),
            ] {
                if ui
                    .selectable_label(page == p, command.label(lang))
                    .clicked()
                {
                    actions.push(Action::ShowHelp(p));
                }
            }
        });
        ui.separator();
        ui.label(theme::text::dialog_title(title));
        ui.add_space(theme::GAP);
        egui::ScrollArea::vertical()
            .max_height(440.0)
            .show(ui, |ui| match page {
                Help::Guide => guide_ui(ui, lang),
                Help::Shortcuts => shortcuts_ui(ui, lang),
                Help::About => about_ui(ui, lang),
            });
        ui.add_space(theme::GAP);
        if ui.button(s.close).clicked() {
            actions.push(Action::CloseDialogs);
        }
    });
    if response.should_close() {
        actions.push(Action::CloseDialogs);
    }
}

fn guide_ui(ui: &mut Ui, lang: Lang) {
    for (term, meaning) in lang.s().guide {
        ui.label(RichText::new(*term).strong());
        ui.add(egui::Label::new(*meaning).wrap());
        ui.add_space(theme::GAP / 2.0);
    }
}

fn shortcuts_ui(ui: &mut Ui, lang: Lang) {
    egui::Grid::new("shortcuts")
        .striped(true)
        .num_columns(2)
        .show(ui, |ui| {
            for command in Command::ALL {
                let keys: Vec<String> = command
                    .shortcuts()
                    .iter()
                    .map(|k| ui.ctx().format_shortcut(k))
                    .collect();
                if keys.is_empty() {
                    continue;
                }
                ui.label(RichText::new(keys.join(", ")).monospace());
                ui.label(command.label(lang));
                ui.end_row();
            }
            for (keys, what) in lang.s().table_keys {
                ui.label(RichText::new(*keys).monospace());
                ui.label(*what);
                ui.end_row();
            }
        });
}

fn about_ui(ui: &mut Ui, lang: Lang) {
    let s = lang.s();
    ui.label(RichText::new(format!("parindex {}", env!("CARGO_PKG_VERSION"))).strong());
    ui.add(egui::Label::new(s.about_text).wrap());
    ui.add_space(theme::GAP);
    ui.label(RichText::new(s.about_font).strong());
    ui.add(
        egui::Label::new(
            RichText::new(crate::assets::FONT_LICENCE)
                .monospace()
                .small(),
        )
        .wrap(),
    );
}
