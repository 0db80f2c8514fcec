//! The plan's toolbar (apply the plan, project by status, the "as of" date, the progress
//! report) and the by-agency view: a table and a bar chart of the points each lead agency is
//! responsible for and how many of them the projection recovers.

use egui::{RichText, Ui};

use crate::engine::{AgencyProgress, progress_by_agency};
use crate::model::Date;

use super::action::{Action, ChartExport};
use super::bar_plot::{BarPlot, Category, Series};
use super::charts::{caption_ui, export_menu};
use super::command::{Command, command_button};
use super::context::Cx;
use super::memo::Memo;
use super::theme;
use super::widgets::AsOfField;
use super::workspace::Tab;

/// The plan views' toolbar and the "as of" date being typed.
#[derive(Clone, Debug, Default)]
pub struct PlanToolbar {
    /// The date as typed; the workspace's date changes once it reads as one.
    as_of: AsOfField,
}

impl PlanToolbar {
    pub fn ui(&mut self, ui: &mut Ui, cx: &mut Cx<'_>) {
        let s = cx.s();
        ui.horizontal_wrapped(|ui| {
            for command in [Command::ApplyPlan, Command::ProjectByStatus] {
                command_button(ui, cx, command, true);
            }
            ui.separator();
            self.as_of.ui(ui, cx, s.as_of, s.as_of_tip);
            if ui.button(s.today).clicked() {
                cx.push(Action::SetAsOf(Date::today_utc()));
            }
            ui.separator();
            command_button(ui, cx, Command::ExportProgress, true);
        });
        ui.separator();
    }
}

/// The by-agency view and the progress it last worked out.
#[derive(Clone, Debug, Default)]
pub struct Agencies {
    progress: Memo<Vec<AgencyProgress>, Date>,
}

/// An agency's name short enough for an axis, the way documents abbreviate them: "Sở Kế hoạch
/// và Đầu tư" → "Sở KH&ĐT", "Văn phòng ĐDBQH, HĐND&UBND" → "VP ĐDBQH…"; otherwise cut at a
/// word to about 12 letters. The whole name is on hover.
pub fn short_name(lead: &str) -> String {
    const ROOM: usize = 12;
    let head = lead.split([';', ':']).next().unwrap_or(lead).trim();
    if head.chars().count() <= ROOM {
        return head.to_string();
    }
    let initials = |text: &str| -> String {
        text.split(" và ")
            .map(|group| {
                group
                    .split_whitespace()
                    .filter_map(|w| w.chars().next())
                    .flat_map(char::to_uppercase)
                    .collect::<String>()
            })
            .collect::<Vec<_>>()
            .join("&")
    };
    if let Some(rest) = head.strip_prefix("Sở ")
        && !rest.contains(',')
    {
        return format!("Sở {}", initials(rest));
    }
    if let Some(rest) = head.strip_prefix("Văn phòng ") {
        let first = rest.split(',').next().unwrap_or(rest).trim();
        let more = if first.len() < rest.len() { "…" } else { "" };
        return format!("VP {first}{more}");
    }
    let mut short = String::new();
    for word in head.split_whitespace() {
        if !short.is_empty() && short.chars().count() + word.chars().count() + 1 > ROOM {
            break;
        }
        if !short.is_empty() {
            short.push(' ');
        }
        short.push_str(word);
    }
    format!("{short}…")
}

impl Agencies {
    pub fn ui(&mut self, ui: &mut Ui, cx: &mut Cx<'_>) {
        let s = cx.s();
        let session = cx.session;
        let as_of = cx.as_of();
        let mut memo = std::mem::take(&mut self.progress);
        let agencies = memo.get(session, as_of, || {
            progress_by_agency(
                session.analysis(),
                session.projected(),
                session.changes(),
                as_of,
            )
        });
        if let Some(agency) = &cx.workspace.agency {
            ui.horizontal(|ui| {
                ui.label(format!("{} {agency}", s.filtered_to));
                if ui.button(s.clear_filter).clicked() {
                    cx.push(Action::FilterAgency(None));
                }
            });
        }
        if agencies.is_empty() {
            ui.label(RichText::new(s.no_plan).weak());
            self.progress = memo;
            return;
        }
        let chart_height = (ui.available_height() * 0.4).clamp(160.0, 320.0);
        caption_ui(ui, cx, s.chart_agencies, ChartExport::ByAgency);
        chart_ui(ui, cx, agencies, chart_height);
        ui.add_space(theme::GAP);
        egui::ScrollArea::both().show(ui, |ui| table_ui(ui, cx, agencies));
        self.progress = memo;
    }
}

fn table_ui(ui: &mut Ui, cx: &mut Cx<'_>, agencies: &[AgencyProgress]) {
    let s = cx.s();
    let lang = cx.lang;
    let changes = cx.session.changes();
    let efforts = !changes.efforts.is_empty() || !changes.effort_unit.is_empty();
    let effort_title = format!(
        "{} ({})",
        s.col_effort,
        if changes.effort_unit.is_empty() {
            s.effort_fixes
        } else {
            changes.effort_unit.as_str()
        }
    );
    egui::Grid::new("agencies")
        .striped(true)
        .num_columns(6 + usize::from(efforts))
        .spacing([theme::GAP * 2.0, 6.0])
        .show(ui, |ui| {
            for head in [
                s.col_lead,
                s.col_items,
                s.col_at_stake,
                s.col_recovered,
                s.col_done,
                s.col_overdue,
            ] {
                ui.label(RichText::new(head).strong());
            }
            if efforts {
                ui.label(RichText::new(&effort_title).strong())
                    .on_hover_text(s.col_effort_tip);
            }
            ui.end_row();
            for agency in agencies {
                let chosen = cx.workspace.agency.as_deref() == Some(agency.lead.as_str());
                let clicked = ui
                    .scope(|ui| {
                        // Some leads are a whole sentence; wrapped, the figures stay visible.
                        ui.set_max_width(300.0);
                        ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Wrap);
                        ui.selectable_label(chosen, &agency.lead)
                            .on_hover_text(s.filter_agency_tip)
                            .clicked()
                    })
                    .inner;
                if clicked {
                    cx.push(Action::FilterAgency(Some(agency.lead.clone())));
                    cx.push(Action::ShowTab(Tab::Scores));
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
                if efforts {
                    ui.label(lang.num(agency.effort));
                }
                ui.end_row();
            }
        });
}

/// Points at stake and recovered per agency, named on the axis (short names, the full one on
/// hover); the recovered series only once the projection recovers something.
fn chart_ui(ui: &mut Ui, cx: &mut Cx<'_>, agencies: &[AgencyProgress], height: f32) {
    let s = cx.s();
    let lang = cx.lang;
    let categories = agencies
        .iter()
        .map(|a| Category {
            short: short_name(&a.lead),
            full: a.lead.clone(),
        })
        .collect();
    let mut series = vec![Series {
        name: s.col_at_stake.to_string(),
        colour: theme::LOST,
        values: agencies.iter().map(|a| a.at_stake.to_f64()).collect(),
        labels: agencies.iter().map(|a| lang.num(a.at_stake)).collect(),
    }];
    if agencies.iter().any(|a| !a.recovered.is_zero()) {
        series.push(Series {
            name: s.col_recovered.to_string(),
            colour: theme::GAIN,
            values: agencies.iter().map(|a| a.recovered.to_f64()).collect(),
            labels: agencies.iter().map(|a| lang.num(a.recovered)).collect(),
        });
    }
    let shown = BarPlot {
        id: "agency chart",
        categories,
        series,
        height,
        at_least: 0.0,
        vietnamese: cx.vi(),
    }
    .ui(ui);
    export_menu(&shown.response, cx, ChartExport::ByAgency);
    if let Some(a) = shown.clicked.and_then(|c| agencies.get(c)) {
        cx.push(Action::FilterAgency(Some(a.lead.clone())));
    }
}

#[cfg(test)]
mod tests {
    use super::short_name;

    #[test]
    fn agency_names_shorten_for_an_axis() {
        assert_eq!(short_name("Sở Nội vụ"), "Sở Nội vụ");
        assert_eq!(short_name("Sở Kế hoạch và Đầu tư"), "Sở KH&ĐT");
        assert_eq!(short_name("Sở Thông tin và Truyền thông"), "Sở TT&TT");
        assert_eq!(short_name("Sở Tài chính"), "Sở Tài chính");
        assert_eq!(short_name("Văn phòng ĐDBQH, HĐND&UBND"), "VP ĐDBQH…");
        assert_eq!(
            short_name("Các sở, ban, ngành tỉnh và UBND cấp huyện; cấp xã, cá nhân, tổ chức"),
            "Các sở, ban,…"
        );
    }
}
