//! The plan's toolbar (apply the plan, project by status, the "as of" date, the progress
//! report) and the by-agency view: a table and a bar chart of the points each lead agency is
//! responsible for and how many of them the projection recovers.

use egui::{RichText, Ui};
use egui_plot::{Bar, BarChart, GridMark, Legend, Plot};

use crate::engine::{AgencyProgress, Edit, Session, progress_by_agency};
use crate::model::Date;

use super::action::{Action, ChartExport};
use super::i18n::Lang;
use super::theme;
use super::workspace::{Tab, Workspace};

/// The buttons and the date every plan view shares.
pub fn toolbar(ui: &mut Ui, ws: &mut Workspace, lang: Lang, actions: &mut Vec<Action>) {
    let s = lang.s();
    ui.horizontal_wrapped(|ui| {
        if ui
            .button(s.apply_plan)
            .on_hover_text(s.apply_plan_tip)
            .clicked()
        {
            actions.push(Action::Edit(Edit::ApplyPlan));
        }
        if ui
            .button(s.project_by_status)
            .on_hover_text(s.project_by_status_tip)
            .clicked()
        {
            actions.push(Action::Edit(Edit::ProjectByStatus));
        }
        ui.separator();
        ui.label(s.as_of);
        let parsed = Date::parse(ws.as_of_text.trim());
        let mut edit = egui::TextEdit::singleline(&mut ws.as_of_text)
            .desired_width(110.0)
            .hint_text("YYYY-MM-DD");
        if parsed.is_err() {
            edit = edit.text_color(theme::ERROR);
        }
        let response = ui.add(edit).on_hover_text(s.as_of_tip);
        if response.changed()
            && let Ok(date) = Date::parse(ws.as_of_text.trim())
            && date != ws.as_of
        {
            actions.push(Action::SetAsOf(date));
        }
        if ui.button(s.today).clicked() {
            actions.push(Action::SetAsOf(Date::today_utc()));
        }
        ui.separator();
        if ui.button(s.export_progress).clicked() {
            actions.push(Action::ExportProgressDialog);
        }
    });
    ui.separator();
}

/// The agencies, their points at stake and recovered, and the chart.
pub fn agencies(
    ui: &mut Ui,
    session: &Session,
    ws: &mut Workspace,
    lang: Lang,
    actions: &mut Vec<Action>,
) {
    let s = lang.s();
    let as_of = ws.as_of;
    let agencies = ws.agencies.get(session, as_of, || {
        progress_by_agency(
            session.analysis(),
            session.projected(),
            session.changes(),
            as_of,
        )
    });
    if let Some(agency) = &ws.agency {
        ui.horizontal(|ui| {
            ui.label(format!("{} {agency}", s.filtered_to));
            if ui.button(s.clear_filter).clicked() {
                actions.push(Action::FilterAgency(None));
            }
        });
    }
    let chart_height = (ui.available_height() * 0.4).clamp(160.0, 320.0);
    super::charts::caption(ui, s.chart_agencies, lang, ChartExport::ByAgency, actions);
    chart(ui, agencies, lang, chart_height, actions);
    ui.add_space(theme::GAP);
    egui::ScrollArea::both().show(ui, |ui| {
        egui::Grid::new("agencies")
            .striped(true)
            .num_columns(7)
            .spacing([theme::GAP * 2.0, 6.0])
            .show(ui, |ui| {
                for head in [
                    "#",
                    s.col_lead,
                    s.col_items,
                    s.col_at_stake,
                    s.col_recovered,
                    s.col_done,
                    s.col_overdue,
                ] {
                    ui.label(RichText::new(head).strong());
                }
                ui.end_row();
                for (n, agency) in agencies.iter().enumerate() {
                    ui.label(format!("{}", n + 1));
                    let chosen = ws.agency.as_deref() == Some(agency.lead.as_str());
                    let clicked = ui
                        .scope(|ui| {
                            // Some leads are a whole sentence; wrap them so the figures stay visible.
                            ui.set_max_width(300.0);
                            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Wrap);
                            ui.selectable_label(chosen, &agency.lead)
                                .on_hover_text(s.filter_agency_tip)
                                .clicked()
                        })
                        .inner;
                    if clicked {
                        actions.push(Action::FilterAgency(Some(agency.lead.clone())));
                        actions.push(Action::ShowTab(Tab::Scores));
                    }
                    ui.label(agency.items.len().to_string());
                    ui.label(lang.num(agency.at_stake));
                    ui.label(RichText::new(lang.num(agency.recovered)).color(theme::GAIN));
                    ui.label(agency.done.to_string());
                    let overdue = RichText::new(agency.overdue.to_string());
                    ui.label(if agency.overdue > 0 {
                        overdue.color(theme::ERROR).strong()
                    } else {
                        overdue
                    });
                    ui.end_row();
                }
            });
    });
}

/// Points at stake and recovered per agency, numbered as in the table (the names are too long
/// for an axis).
fn chart(
    ui: &mut Ui,
    agencies: &[AgencyProgress],
    lang: Lang,
    height: f32,
    actions: &mut Vec<Action>,
) {
    let s = lang.s();
    let series = |offset: f64, name: &str, colour, pick: fn(&AgencyProgress) -> f64| {
        let bars = agencies
            .iter()
            .enumerate()
            .map(|(i, a)| {
                Bar::new(i as f64 + 1.0 + offset, pick(a))
                    .width(0.38)
                    .name(format!("{}. {}", i + 1, a.lead))
                    .fill(colour)
            })
            .collect();
        BarChart::new(name, bars).color(colour)
    };
    let stake = series(-0.2, s.col_at_stake, theme::LOST, |a| a.at_stake.to_f64());
    let recovered = series(0.2, s.col_recovered, theme::GAIN, |a| a.recovered.to_f64());
    let count = agencies.len();
    let highest = agencies
        .iter()
        .map(|a| a.at_stake.to_f64())
        .fold(0.0, f64::max);
    let response = Plot::new("agency chart")
        .height(height)
        .legend(Legend::default())
        .x_grid_spacer(move |_| {
            (1..=count)
                .map(|i| GridMark {
                    value: i as f64,
                    step_size: 1.0,
                })
                .collect()
        })
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .include_y(0.0)
        // Headroom above the bars for the legend.
        .include_y(highest * 1.3)
        .show(ui, |plot| {
            plot.bar_chart(stake);
            plot.bar_chart(recovered);
        });
    super::charts::export_menu(&response.response, lang, ChartExport::ByAgency, actions);
}
