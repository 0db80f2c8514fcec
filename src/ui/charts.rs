//! The charts: points lost per field (baseline and projection side by side, for the
//! self-assessment part, the survey part or the whole field) and attainment per field.
//! The series are plain data computed from the core's figures, so they are tested alone.

use egui::Ui;
use egui_plot::{AxisHints, Bar, BarChart, GridMark, Plot};
use serde::{Deserialize, Serialize};

use crate::engine::{FieldFigures, Figures, Session, rounding_note};
use crate::model::Points;

use super::action::{Action, ChartExport};
use super::i18n::Lang;
use super::theme;

/// Which part of each field a chart shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Part {
    /// Tự đánh giá.
    #[default]
    SelfAssessment,
    /// Điều tra xã hội học.
    Survey,
    /// The whole field.
    Whole,
}

impl Part {
    fn of(self, field: &FieldFigures) -> (Points, Points, Points) {
        match self {
            Part::SelfAssessment => (field.self_max, field.self_score, field.self_lost),
            Part::Survey => (field.survey_max, field.survey_score, field.survey_lost),
            Part::Whole => (field.max, field.score, field.lost),
        }
    }
}

/// One bar of a series.
#[derive(Clone, Debug, PartialEq)]
pub struct BarValue {
    /// "LV1"…
    pub label: String,
    pub field_code: String,
    pub field_name: String,
    pub lost: Points,
    /// Score as a percentage of max; `None` when the part has no points.
    pub attainment: Option<f64>,
    /// Why the figure looks as it does (a published figure's rounding), shown on hover.
    pub note: Option<String>,
}

/// One bar per field, for one set of figures.
pub fn series(figures: &Figures, part: Part) -> Vec<BarValue> {
    figures
        .fields
        .iter()
        .map(|field| {
            let (max, score, lost) = part.of(field);
            BarValue {
                label: format!("LV{}", field.code),
                field_code: field.code.clone(),
                field_name: field.name.clone(),
                lost,
                attainment: score.percent_of(max),
                note: None,
            }
        })
        .collect()
}

/// Draws both charts and the part switch.
pub fn show(ui: &mut Ui, session: &Session, lang: Lang, part: Part, actions: &mut Vec<Action>) {
    let s = lang.s();
    ui.horizontal(|ui| {
        for (value, label) in [
            (Part::SelfAssessment, s.part_self),
            (Part::Survey, s.part_survey),
            (Part::Whole, s.part_whole),
        ] {
            if ui.selectable_label(part == value, label).clicked() {
                actions.push(Action::SetChartPart(value));
            }
        }
    });
    ui.horizontal(|ui| {
        for (colour, name) in [
            (theme::BASELINE, s.series_baseline),
            (theme::PROJECTED, s.series_projected),
        ] {
            let (rect, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
            ui.painter().rect_filled(rect, 2.0, colour);
            ui.label(format!(
                "{name} {}",
                year(session, colour == theme::PROJECTED)
            ));
        }
    });
    let mut base = series(session.baseline_figures(), part);
    let mut now = series(session.figures(), part);
    if part == Part::Whole {
        for (i, (b, n)) in base.iter_mut().zip(&mut now).enumerate() {
            let note =
                rounding_note(session.analysis(), i).map(|n| n.text(lang == Lang::Vi).to_string());
            b.note.clone_from(&note);
            n.note = note;
        }
    }
    // Two captions, the part switch and the legend take about 80 points.
    let height = ((ui.available_height() - 80.0) / 2.0).clamp(90.0, 320.0);
    caption(ui, s.chart_lost, lang, ChartExport::LostByField, actions);
    plot(
        ui,
        "lost",
        lang,
        height,
        &base,
        &now,
        |bar| bar.lost.to_f64(),
        actions,
    );
    caption(
        ui,
        s.chart_attainment,
        lang,
        ChartExport::Attainment,
        actions,
    );
    plot(
        ui,
        "attainment",
        lang,
        height,
        &base,
        &now,
        |bar| bar.attainment.unwrap_or(0.0),
        actions,
    );
}

/// The assessed year, or the year projected for.
fn year(session: &Session, projected: bool) -> i32 {
    let analysis = session.analysis();
    if projected {
        analysis.target_year
    } else {
        analysis.year
    }
}

/// A chart's title, with its export menu at the right: the visible way to the same PNG and SVG
/// the right-click menu offers (a person writing a report looks for a button).
pub fn caption(
    ui: &mut Ui,
    title: &str,
    lang: Lang,
    chart: ChartExport,
    actions: &mut Vec<Action>,
) {
    let s = lang.s();
    ui.horizontal(|ui| {
        ui.label(theme::strong(title, 15.0));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.menu_button(s.export_chart, |ui| {
                export_items(ui, lang, chart, actions);
            });
        });
    });
}

fn export_items(ui: &mut Ui, lang: Lang, chart: ChartExport, actions: &mut Vec<Action>) {
    let s = lang.s();
    for (label, svg) in [(s.export_png, false), (s.export_svg, true)] {
        if ui.button(label).clicked() {
            actions.push(Action::ExportChartDialog { chart, svg });
        }
    }
}

/// The right-click menu of a chart: export it as PNG or SVG.
pub fn export_menu(
    response: &egui::Response,
    lang: Lang,
    chart: ChartExport,
    actions: &mut Vec<Action>,
) {
    response.context_menu(|ui| export_items(ui, lang, chart, actions));
}

#[allow(clippy::too_many_arguments)]
fn plot(
    ui: &mut Ui,
    id: &str,
    lang: Lang,
    height: f32,
    base: &[BarValue],
    now: &[BarValue],
    value: fn(&BarValue) -> f64,
    actions: &mut Vec<Action>,
) {
    let s = lang.s();
    let percent = id == "attainment";
    let count = base.len();
    let labels: Vec<String> = base.iter().map(|b| b.label.clone()).collect();
    let make = |values: &[BarValue], offset: f64, name: &str, colour| {
        let bars = values
            .iter()
            .enumerate()
            .map(|(i, bar)| {
                let name = match &bar.note {
                    Some(note) => format!("{} · {}\n{note}", bar.label, bar.field_name),
                    None => format!("{} · {}", bar.label, bar.field_name),
                };
                Bar::new(i as f64 + offset, value(bar))
                    .width(0.38)
                    .name(name)
                    .fill(colour)
            })
            .collect();
        let series = name.to_string();
        let formatter = move |bar: &Bar, _: &BarChart| {
            let number = if percent {
                lang.percent(bar.value)
            } else {
                Points::from_f64(bar.value).map_or_else(|_| String::new(), |p| lang.num(p))
            };
            format!("{}\n{series}: {number}", bar.name)
        };
        BarChart::new(name, bars)
            .color(colour)
            .element_formatter(Box::new(formatter))
    };
    let baseline = make(base, -0.2, s.series_baseline, theme::BASELINE);
    let projected = make(now, 0.2, s.series_projected, theme::PROJECTED);
    let mut plot = Plot::new(id)
        .height(height)
        .x_grid_spacer(move |_| {
            (0..count)
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
        .allow_double_click_reset(false)
        .show_x(false)
        .include_y(0.0)
        // The default label spacing hides "LV1"… on a narrow side panel; bars are 1 unit apart.
        .custom_x_axes(vec![
            AxisHints::new_x()
                .label_spacing(24.0..=30.0)
                .formatter(move |mark, _| {
                    let at = mark.value.round();
                    if (mark.value - at).abs() < 1e-6 && at >= 0.0 {
                        labels.get(at as usize).cloned().unwrap_or_default()
                    } else {
                        String::new()
                    }
                }),
        ])
        .y_axis_formatter(move |mark, _| {
            let text = format!("{}", mark.value);
            match lang {
                Lang::Vi => text.replace('.', ","),
                Lang::En => text,
            }
        });
    if percent {
        plot = plot.include_y(100.0);
    }
    let codes: Vec<String> = base.iter().map(|b| b.field_code.clone()).collect();
    let response = plot.show(ui, |plot_ui| {
        plot_ui.bar_chart(baseline);
        plot_ui.bar_chart(projected);
        plot_ui.pointer_coordinate()
    });
    let chart = if percent {
        ChartExport::Attainment
    } else {
        ChartExport::LostByField
    };
    export_menu(&response.response, lang, chart, actions);
    if response.response.clicked()
        && let Some(at) = response.inner
    {
        let index = at.x.round();
        if index >= 0.0
            && let Some(code) = codes.get(index as usize)
        {
            actions.push(Action::SelectCode(code.clone()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{Analysis, Projected};
    use crate::io::embedded_scorecard;

    #[test]
    fn self_series_has_a_bar_per_field_with_the_lost_points() {
        let card = embedded_scorecard().unwrap_or_else(|err| panic!("{err}"));
        let analysis = Analysis::new(&card);
        let figures = Figures::of(&analysis, &Projected::baseline(&analysis));
        let bars = series(&figures, Part::SelfAssessment);
        assert_eq!(bars.len(), 8);
        assert_eq!(bars[2].label, "LV3");
        // LV3 self-assessment: 12,4259 of 14 in the seed.
        assert_eq!(bars[2].lost, Points::parse("1,5741").unwrap_or_default());
    }
}
