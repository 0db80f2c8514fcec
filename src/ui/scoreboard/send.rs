//! Gửi phiếu giao nhiệm vụ: the round's period (a quarter, the first six months or the year),
//! the day the figures stand at and the day the sheets are due back; then, once written, what
//! went where.

use std::path::PathBuf;

use egui::{Id, Modal, RichText, Ui};

use crate::agency::{DEFAULT_DAYS_TO_ANSWER, Period, quarter_label};
use crate::model::Date;

use super::super::action::Action;
use super::super::i18n::Lang;
use super::super::theme;
use super::{AgencyAction, day};

/// Kỳ báo cáo: what a round of sheets asks about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PeriodKind {
    /// Quý I–IV.
    Quarter(u32),
    /// 6 tháng đầu năm.
    Half,
    /// Cả năm.
    Year,
}

impl PeriodKind {
    /// In the order the dialog offers them.
    pub const ALL: [PeriodKind; 6] = [
        PeriodKind::Quarter(1),
        PeriodKind::Quarter(2),
        PeriodKind::Quarter(3),
        PeriodKind::Quarter(4),
        PeriodKind::Half,
        PeriodKind::Year,
    ];

    /// The quarter `date` falls in.
    pub fn of(date: Date) -> Self {
        PeriodKind::Quarter(date.quarter())
    }

    /// The period as sheets and reports print it: "Quý III/2031", "6 tháng đầu năm 2031",
    /// "Năm 2031" (the documents are Vietnamese whatever the window's language).
    pub fn label(self, year: i32) -> String {
        match self {
            PeriodKind::Quarter(q) => {
                Date::quarter_end(year, q).map_or_else(|| format!("Quý {q}/{year}"), quarter_label)
            }
            PeriodKind::Half => format!("6 tháng đầu năm {year}"),
            PeriodKind::Year => format!("Năm {year}"),
        }
    }

    /// The choice's name in the dialog.
    fn name(self, lang: Lang) -> String {
        let a = lang.agency();
        match self {
            PeriodKind::Quarter(q) => {
                let roman = ["I", "II", "III", "IV"]
                    .get(q.saturating_sub(1) as usize)
                    .copied()
                    .unwrap_or("?");
                format!("{} {roman}", a.quarter)
            }
            PeriodKind::Half => a.half_year.to_string(),
            PeriodKind::Year => a.whole_year.to_string(),
        }
    }
}

/// The day a round's period is taken from by default: the "as of" date, moved into the plan's
/// target year when it lies outside (a plan for one year reports on that year).
pub fn period_day(as_of: Date, target_year: i32) -> Date {
    let edge = match as_of.year().cmp(&target_year) {
        std::cmp::Ordering::Less => Date::new(target_year, 1, 1),
        std::cmp::Ordering::Greater => Date::new(target_year, 12, 31),
        std::cmp::Ordering::Equal => None,
    };
    edge.unwrap_or(as_of)
}

/// The send dialog's choices, as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SendDraft {
    pub kind: PeriodKind,
    pub year: String,
    /// Số liệu tính đến.
    pub as_of: String,
    /// Hạn gửi báo cáo.
    pub due: String,
    /// The lead agencies that get a sheet, in the plan's order.
    pub leads: Vec<String>,
}

impl SendDraft {
    /// The quarter of the "as of" date (moved into the target year), due a week after it.
    pub fn new(lang: Lang, as_of: Date, target_year: i32, leads: Vec<String>) -> Self {
        let from = period_day(as_of, target_year);
        SendDraft {
            kind: PeriodKind::of(from),
            year: from.year().to_string(),
            as_of: day(lang, as_of),
            due: day(lang, as_of.plus_days(DEFAULT_DAYS_TO_ANSWER)),
            leads,
        }
    }

    fn year(&self) -> Option<i32> {
        self.year
            .trim()
            .parse()
            .ok()
            .filter(|y| (1900..=9999).contains(y))
    }

    /// The round as typed, when every field reads and the due date is not before the day the
    /// figures stand at.
    pub fn period(&self) -> Option<Period> {
        let year = self.year()?;
        let as_of = Date::parse_typed(&self.as_of).ok()?;
        let due = Date::parse_typed(&self.due).ok()?;
        (due >= as_of).then(|| Period {
            label: self.kind.label(year),
            as_of,
            due,
        })
    }
}

/// One written sheet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SentFile {
    pub agency: String,
    pub file: String,
    pub items: usize,
}

/// A round written: where, and which file for whom.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sent {
    pub folder: PathBuf,
    pub period: String,
    pub due: Date,
    pub files: Vec<SentFile>,
}

/// A date field of a dialog: red while it does not read as a date. Returns whether Enter was
/// pressed in it.
pub(super) fn date_field(ui: &mut Ui, lang: Lang, caption: &str, text: &mut String) -> bool {
    let label = ui.label(caption);
    let bad = Date::parse_typed(text).is_err();
    let mut edit = egui::TextEdit::singleline(text)
        .desired_width(110.0)
        .hint_text(lang.s().date_hint);
    if bad {
        edit = edit.text_color(theme::ERROR);
    }
    let response = ui.add(edit).labelled_by(label.id);
    ui.end_row();
    response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter))
}

/// The round's period and dates.
pub(super) fn send_ui(
    draft: &mut SendDraft,
    ctx: &egui::Context,
    lang: Lang,
    actions: &mut Vec<Action>,
) {
    let a = lang.agency();
    let s = lang.s();
    let response = Modal::new(Id::unique("agency send")).show(ctx, |ui| {
        ui.set_width(540.0_f32.min(ctx.content_rect().width() - 60.0));
        ui.label(theme::text::dialog_title(a.send_title));
        ui.add_space(theme::GAP / 2.0);
        ui.add(egui::Label::new(a.send_intro).wrap());
        ui.add_space(theme::GAP);
        let mut entered = false;
        egui::Grid::new("send grid")
            .num_columns(2)
            .spacing([theme::GAP, 6.0])
            .show(ui, |ui| {
                ui.label(a.period);
                ui.horizontal_wrapped(|ui| {
                    for kind in PeriodKind::ALL {
                        ui.radio_value(&mut draft.kind, kind, kind.name(lang));
                    }
                });
                ui.end_row();
                let label = ui.label(a.year);
                let bad = draft.year().is_none();
                let mut edit = egui::TextEdit::singleline(&mut draft.year).desired_width(60.0);
                if bad {
                    edit = edit.text_color(theme::ERROR);
                }
                let year = ui.add(edit).labelled_by(label.id);
                entered |= year.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                ui.end_row();
                entered |= date_field(ui, lang, a.figures_as_of, &mut draft.as_of);
                entered |= date_field(ui, lang, a.due, &mut draft.due);
            });
        ui.add_space(theme::GAP);
        let period = draft.period();
        match &period {
            Some(p) => {
                ui.label(format!("{} {}", a.printed_period, p.label));
            }
            None => {
                ui.label(RichText::new(a.send_bad_dates).color(theme::ERROR));
            }
        }
        ui.add(
            egui::Label::new(
                RichText::new(format!(
                    "{} {}: {}",
                    draft.leads.len(),
                    a.sheets_for,
                    draft.leads.join("; ")
                ))
                .small(),
            )
            .wrap(),
        );
        ui.add_space(theme::GAP);
        ui.horizontal(|ui| {
            let go = ui
                .add_enabled(period.is_some(), egui::Button::new(a.send_choose_folder))
                .on_hover_text(a.send_choose_folder_tip)
                .clicked();
            if let Some(period) = period.filter(|_| go || entered) {
                actions.push(Action::Agency(AgencyAction::Send(period)));
            }
            if ui.button(s.cancel).clicked() {
                actions.push(Action::Agency(AgencyAction::CloseDialogs));
            }
        });
    });
    if response.should_close() {
        actions.push(Action::Agency(AgencyAction::CloseDialogs));
    }
}

/// What was written, for whom, and the way to the folder.
pub(super) fn sent_ui(sent: &Sent, ctx: &egui::Context, lang: Lang, actions: &mut Vec<Action>) {
    let a = lang.agency();
    let response = Modal::new(Id::unique("agency sent")).show(ctx, |ui| {
        ui.set_width(600.0_f32.min(ctx.content_rect().width() - 60.0));
        ui.label(theme::text::dialog_title(format!(
            "{} {} {}",
            a.sent_title_before,
            sent.files.len(),
            a.sent_title_after
        )));
        ui.add_space(theme::GAP / 2.0);
        ui.add(egui::Label::new(format!("{} {}", a.sent_folder, sent.folder.display())).wrap());
        ui.add_space(theme::GAP);
        egui::ScrollArea::vertical()
            .max_height((ctx.content_rect().height() - 300.0).max(120.0))
            .show(ui, |ui| {
                egui::Grid::new("sent files")
                    .striped(true)
                    .num_columns(2)
                    .spacing([theme::GAP * 2.0, 4.0])
                    .show(ui, |ui| {
                        ui.strong(a.sent_file);
                        ui.strong(a.sent_items);
                        ui.end_row();
                        for file in &sent.files {
                            ui.label(&file.file).on_hover_text(&file.agency);
                            ui.label(file.items.to_string());
                            ui.end_row();
                        }
                    });
            });
        ui.add_space(theme::GAP);
        ui.add(
            egui::Label::new(format!(
                "{} {}{} {}. {}",
                a.sent_next_before,
                sent.period,
                a.sent_next_due,
                day(lang, sent.due),
                a.sent_next_after
            ))
            .wrap(),
        );
        ui.add_space(theme::GAP);
        ui.horizontal(|ui| {
            if ui.button(lang.s().open_folder).clicked()
                && let Some(first) = sent.files.first()
            {
                actions.push(Action::OpenFolder(sent.folder.join(&first.file)));
            }
            if ui.button(lang.s().close).clicked() {
                actions.push(Action::Agency(AgencyAction::CloseDialogs));
            }
        });
    });
    if response.should_close() {
        actions.push(Action::Agency(AgencyAction::CloseDialogs));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> Date {
        Date::new(y, m, d).unwrap_or_else(|| panic!("a date"))
    }

    #[test]
    fn periods_print_as_administrative_documents_write_them() {
        assert_eq!(PeriodKind::Quarter(3).label(2020), "Quý III/2020");
        assert_eq!(PeriodKind::Half.label(2020), "6 tháng đầu năm 2020");
        assert_eq!(PeriodKind::Year.label(2021), "Năm 2021");
    }

    #[test]
    fn the_default_period_is_taken_within_the_target_year() {
        assert_eq!(period_day(date(2020, 9, 30), 2020), date(2020, 9, 30));
        assert_eq!(period_day(date(2026, 2, 1), 2020), date(2020, 12, 31));
        assert_eq!(period_day(date(2019, 5, 1), 2020), date(2020, 1, 1));
    }

    #[test]
    fn a_due_date_before_the_figures_is_not_a_round() {
        let mut draft = SendDraft::new(Lang::Vi, date(2020, 9, 30), 2020, Vec::new());
        assert_eq!(draft.due, "07/10/2020");
        let period = draft.period().unwrap_or_else(|| panic!("a period"));
        assert_eq!(period.label, "Quý III/2020");
        draft.due = "29/09/2020".into();
        assert_eq!(draft.period(), None);
    }
}
