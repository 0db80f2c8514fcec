//! Thi đua (issue 14): the agencies' scoreboard, and the loop with them — task sheets out,
//! returned reports in (previewed, every conflict decided, applied as one undo step), the
//! report to the People's Committee. The tab shows the scoreboard the engine works out
//! (`agency::scoreboard`), its rule and the merge log; the dialogs of the loop live here too
//! and are drawn over any tab.

mod chart;
mod dialogs;
mod log;
mod preview;
mod receive;
mod report;
mod rule;
mod send;
mod table;

pub use receive::{ReceiveDraft, TypedFiles};
pub use report::{ReportDraft, report_period};
pub use send::{PeriodKind, SendDraft, Sent, SentFile, period_day};

use std::collections::BTreeMap;
use std::path::PathBuf;

use egui::{RichText, Ui};

use crate::agency::{AgencyScore, Choice, Period, ReportOptions, Scoreboard, scoreboard};
use crate::model::Date;

use super::action::Action;
use super::command::Command;
use super::context::Cx;
use super::i18n::Lang;
use super::memo::Memo;
use super::theme;
use super::widgets::AsOfField;

/// What the agency loop asks the app for.
#[derive(Clone, Debug, PartialEq)]
pub enum AgencyAction {
    /// Show the dialog of a round of task sheets (period, dates).
    SendDialog,
    /// Ask for a folder and write this round's sheets into it.
    Send(Period),
    /// Write this round's sheets, one per lead agency, into `folder`.
    SendTo { period: Period, folder: PathBuf },
    /// Ask for the agencies' returned sheets.
    ReceiveDialog,
    /// Read these returned sheets and preview their merge.
    Receive(Vec<PathBuf>),
    /// Apply the previewed merge with the officer's decisions: one undo step.
    ApplyMerge {
        choices: BTreeMap<String, Choice>,
        /// Người tiếp nhận.
        by: String,
        /// Ngày nhận.
        received: Date,
    },
    /// Show the dialog of the report to the People's Committee.
    ReportDialog,
    /// Ask where to write the report.
    Report(ReportOptions),
    /// Write the report (DOCX) to `path`.
    ReportTo {
        options: ReportOptions,
        path: PathBuf,
    },
    /// Ask where to write the scoreboard (XLSX).
    ExportScoreboardDialog,
    /// Write the scoreboard as of the view's date to `path`.
    ExportScoreboard(PathBuf),
    /// Close the loop's dialogs; nothing changes.
    CloseDialogs,
}

/// Files the agency loop writes or reads, asked for by path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AgencyPath {
    /// The folder the task sheets go to.
    TaskSheets,
    /// The returned sheets.
    Reports,
    /// The report to the People's Committee (DOCX).
    ReportDocx,
    /// The scoreboard (XLSX).
    Scoreboard,
}

/// The loop's dialogs: drafts being filled, and what waits on a path typed by hand.
#[derive(Clone, Debug, Default)]
pub struct AgencyDialogs {
    pub send: Option<SendDraft>,
    /// A round waiting for its folder.
    pub sending: Option<Period>,
    /// The round just written, summed up.
    pub sent: Option<Sent>,
    pub receive: Option<ReceiveDraft>,
    /// Returned sheets' paths typed by hand, one a line.
    pub typed_files: Option<TypedFiles>,
    pub report: Option<ReportDraft>,
    /// A report waiting for its file.
    pub reporting: Option<ReportOptions>,
    /// Who received the last merge: the next one's default.
    pub last_by: String,
}

impl AgencyDialogs {
    /// Closes every dialog of the loop (a round or a report waiting for a typed path stays
    /// until the next one replaces it).
    pub fn close(&mut self) {
        self.send = None;
        self.sent = None;
        self.receive = None;
        self.typed_files = None;
        self.report = None;
    }
}

/// The scoreboard tab and the agency loop's dialogs.
#[derive(Clone, Debug, Default)]
pub struct ScoreboardPanel {
    board: Memo<Scoreboard, Date>,
    /// The scoreboard's date as typed.
    as_of: AsOfField,
    rule: rule::RuleDraft,
    pub dialogs: AgencyDialogs,
}

impl ScoreboardPanel {
    /// The date and the loop's commands, the rule, the table, the chart and the merge log.
    pub fn ui(&mut self, ui: &mut Ui, cx: &mut Cx<'_>) {
        let session = cx.session;
        let as_of = cx.as_of();
        self.toolbar_ui(ui, cx);
        let mut memo = std::mem::take(&mut self.board);
        let board = memo.get(session, as_of, || scoreboard(session, as_of));
        egui::ScrollArea::vertical()
            .id_salt("scoreboard")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                self.rule.ui(ui, cx, &board.rule);
                ui.add_space(theme::GAP);
                if board.agencies.is_empty() {
                    ui.label(RichText::new(cx.s().no_plan).weak());
                } else {
                    // Best first, as a ranking reads; equal ranks in the plan's order.
                    let mut ranked: Vec<&AgencyScore> = board.agencies.iter().collect();
                    ranked.sort_by_key(|a| a.rank);
                    ui.scope(|ui| {
                        // Clear of the scroll bar, which floats over the right edge.
                        let bar =
                            ui.spacing().scroll.bar_width + ui.spacing().scroll.bar_outer_margin;
                        let room = ui.available_width() - bar;
                        ui.set_max_width(room.max(0.0));
                        table::table_ui(ui, cx, &ranked);
                    });
                    ui.add_space(theme::GAP * 2.0);
                    chart::chart_ui(ui, cx, &ranked, &board.rule);
                }
                ui.add_space(theme::GAP * 2.0);
                log::log_ui(ui, cx);
            });
        self.board = memo;
    }

    /// The scoreboard's date (the view's "as of" date) and the loop's commands.
    fn toolbar_ui(&mut self, ui: &mut Ui, cx: &mut Cx<'_>) {
        let a = cx.lang.agency();
        let lang = cx.lang;
        ui.horizontal_wrapped(|ui| {
            self.as_of.ui(ui, cx, a.as_of, a.as_of_tip);
            ui.separator();
            for (command, short) in [
                Command::SendTaskSheets,
                Command::ReceiveReports,
                Command::ReportDocx,
                Command::ExportScoreboard,
            ]
            .into_iter()
            .zip(a.short_commands)
            {
                let tip = format!("{}: {}", command.label(lang), command.tooltip(lang));
                if ui.button(short).on_hover_text(tip).clicked() {
                    cx.push(command.action());
                }
            }
        });
        ui.separator();
    }

    /// The loop's dialogs, over whichever tab shows.
    pub fn dialogs_ui(&mut self, ctx: &egui::Context, lang: Lang, actions: &mut Vec<Action>) {
        dialogs::ui(&mut self.dialogs, ctx, lang, actions);
    }
}

/// A date as the view writes it: 30/09/2031 in Vietnamese, 2031-09-30 in English (as the plan
/// toolbar does).
pub fn day(lang: Lang, date: Date) -> String {
    match lang {
        Lang::Vi => date.vi(),
        Lang::En => date.to_string(),
    }
}

/// A status in the view's language.
fn status(lang: Lang, status: crate::model::Status) -> &'static str {
    match lang {
        Lang::Vi => status.vi(),
        Lang::En => status.en(),
    }
}
