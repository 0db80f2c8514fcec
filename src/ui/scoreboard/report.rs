//! Báo cáo UBND tỉnh: the period the report covers, its number and the day its figures stand
//! at, before asking where to write the DOCX.

use egui::{Id, Modal, RichText};

use crate::agency::{ReportOptions, quarter_label};
use crate::model::Date;

use super::super::action::Action;
use super::super::i18n::Lang;
use super::super::theme;
use super::send::{date_field, period_day};
use super::{AgencyAction, day};

/// The report dialog's fields, as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReportDraft {
    /// Kỳ báo cáo, as the subject line prints it.
    pub period: String,
    /// Số văn bản before "/BC-SNV"; empty for the clerk to fill at issue.
    pub number: String,
    /// Số liệu tính đến.
    pub as_of: String,
    /// The scenario's name, quoted with its projection.
    pub scenario: String,
}

/// The period a report defaults to: the quarter of the "as of" date, taken within the plan's
/// target year ("Quý III/2031").
pub fn report_period(as_of: Date, target_year: i32) -> String {
    quarter_label(period_day(as_of, target_year))
}

impl ReportDraft {
    pub fn new(lang: Lang, as_of: Date, target_year: i32, scenario: String) -> Self {
        ReportDraft {
            period: report_period(as_of, target_year),
            number: String::new(),
            as_of: day(lang, as_of),
            scenario,
        }
    }

    /// The options as typed, when the period is given and the date reads.
    pub fn options(&self) -> Option<ReportOptions> {
        let as_of = Date::parse_typed(&self.as_of).ok()?;
        let period = self.period.trim();
        (!period.is_empty()).then(|| ReportOptions {
            period: period.to_string(),
            as_of,
            scenario: self.scenario.clone(),
            number: self.number.trim().to_string(),
        })
    }
}

pub(super) fn report_ui(
    draft: &mut ReportDraft,
    ctx: &egui::Context,
    lang: Lang,
    actions: &mut Vec<Action>,
) {
    let a = lang.agency();
    let s = lang.s();
    let response = Modal::new(Id::unique("agency report")).show(ctx, |ui| {
        ui.set_width(540.0_f32.min(ctx.content_rect().width() - 60.0));
        ui.label(theme::text::dialog_title(a.report_title));
        ui.add_space(theme::GAP / 2.0);
        ui.add(egui::Label::new(a.report_intro).wrap());
        ui.add_space(theme::GAP);
        let mut entered = false;
        egui::Grid::new("report grid")
            .num_columns(2)
            .spacing([theme::GAP, 6.0])
            .show(ui, |ui| {
                let label = ui.label(a.period);
                let empty = draft.period.trim().is_empty();
                let mut edit = egui::TextEdit::singleline(&mut draft.period).desired_width(220.0);
                if empty {
                    edit = edit.hint_text(RichText::new(a.period_hint).color(theme::ERROR));
                }
                let period = ui.add(edit).labelled_by(label.id);
                entered |= period.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                ui.end_row();
                let label = ui.label(a.number);
                ui.horizontal(|ui| {
                    let number = ui
                        .add(
                            egui::TextEdit::singleline(&mut draft.number)
                                .desired_width(80.0)
                                .hint_text(a.number_hint),
                        )
                        .labelled_by(label.id)
                        .on_hover_text(a.number_tip);
                    entered |= number.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                    ui.label("/BC-SNV");
                });
                ui.end_row();
                entered |= date_field(ui, lang, a.figures_as_of, &mut draft.as_of);
            });
        ui.add_space(theme::GAP);
        ui.label(RichText::new(format!("{} {}", a.report_scenario, draft.scenario)).small());
        ui.add_space(theme::GAP);
        let options = draft.options();
        ui.horizontal(|ui| {
            let go = ui
                .add_enabled(options.is_some(), egui::Button::new(a.report_choose_file))
                .clicked();
            if let Some(options) = options.filter(|_| go || entered) {
                actions.push(Action::Agency(AgencyAction::Report(options)));
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
