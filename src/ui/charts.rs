//! The charts: points lost per field (baseline and projection side by side, for the
//! self-assessment part, the survey part or the whole field) and attainment per field.
//! The series are plain data computed from the core's figures, so they are tested alone.
//! When the projection is uncertain (evidence that may not convince the Ministry, a survey
//! that moves), each projected bar of the points lost carries its 90 % range.

use egui::{RichText, Ui};
use serde::{Deserialize, Serialize};

use crate::engine::{FieldFigures, Figures, RiskPart, Session, part_lost_ranges, rounding_note};
use crate::model::Points;

use super::action::{Action, ChartExport};
use super::bar_plot::{BarPlot, Category, Ranges, Series};
use super::context::Cx;
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
    /// The doubt that moves this part: the appraisal for the self-assessment, the survey's
    /// range for the survey, both for the whole field.
    pub fn risk_part(self) -> RiskPart {
        match self {
            Part::SelfAssessment => RiskPart::Appraisal,
            Part::Survey => RiskPart::Survey,
            Part::Whole => RiskPart::All,
        }
    }

    fn known(self, field: &FieldFigures) -> bool {
        match self {
            Part::SelfAssessment => field.self_known,
            Part::Survey => field.survey_known,
            Part::Whole => field.known,
        }
    }

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

/// Per field: the 90 % range of the projection's points lost in `part`, from the engine's
/// distribution with that part's doubt (`risk`, from `risk_of_part`); `None` for a field whose
/// figure is not known or certain. `None` altogether when nothing is uncertain.
pub fn lost_ranges(
    risk: &crate::engine::Risk,
    session: &Session,
    part: Part,
) -> Option<Vec<Option<(Points, Points)>>> {
    let figures = session.figures();
    let ranges = part_lost_ranges(risk, figures, part.risk_part());
    let known = session
        .baseline_figures()
        .fields
        .iter()
        .map(|f| part.known(f));
    let ranges: Vec<Option<(Points, Points)>> = ranges
        .into_iter()
        .zip(known)
        .map(|(range, known)| (known && range.0 != range.1).then_some(range))
        .collect();
    ranges.iter().any(Option::is_some).then_some(ranges)
}

/// The side panel's charts: points lost and attainment per field, in the part chosen.
#[derive(Clone, Copy, Debug, Default)]
pub struct Charts {
    pub part: Part,
}

impl Charts {
    /// The part switch, then both charts; one series until a projection differs.
    pub fn ui(&mut self, ui: &mut Ui, cx: &mut Cx<'_>) {
        let s = cx.s();
        let session = cx.session;
        let top = ui.cursor().top();
        let room = ui.available_height();
        ui.horizontal(|ui| {
            for (value, label) in [
                (Part::SelfAssessment, s.part_self),
                (Part::Survey, s.part_survey),
                (Part::Whole, s.part_whole),
            ] {
                if ui.selectable_label(self.part == value, label).clicked() {
                    cx.push(Action::SetChartPart(value));
                }
            }
        });
        let part = self.part;
        let any_known = session
            .baseline_figures()
            .fields
            .iter()
            .any(|f| part.known(f));
        if !any_known {
            // Axes around nothing would read as a chart of zeros.
            ui.add_space(theme::GAP * 4.0);
            ui.vertical_centered(|ui| ui.label(RichText::new(s.no_data).weak().size(16.0)));
            return;
        }
        let mut base = series(session.baseline_figures(), part);
        let mut now = series(session.figures(), part);
        if part == Part::Whole {
            for (i, (b, n)) in base.iter_mut().zip(&mut now).enumerate() {
                let note =
                    rounding_note(session.analysis(), i).map(|n| n.text(cx.vi()).to_string());
                b.note.clone_from(&note);
                n.note = note;
            }
        }
        let projects = session.projected() != session.baseline();
        // Everything but the two plots (the part switch, captions, legends that may wrap, the
        // axes' labels) is measured each frame and remembered, so both charts fit the panel
        // whatever the language, width and ranges shown.
        let overhead_id = ui.scope_id().with("charts' overhead");
        let overhead = ui.data(|d| d.get_temp::<f32>(overhead_id)).unwrap_or(150.0);
        let height = ((room - overhead) / 2.0).clamp(60.0, 320.0);
        caption_ui(ui, cx, s.chart_lost, ChartExport::LostByField);
        let lang = cx.lang;
        let lost = |bars: &[BarValue]| -> (Vec<f64>, Vec<String>) {
            (
                bars.iter().map(|b| b.lost.to_f64()).collect(),
                bars.iter().map(|b| lang.num(b.lost)).collect(),
            )
        };
        // A past year is known: only the projection carries a range.
        let ranges = if projects {
            super::evidence::cache::risk(ui.ctx(), session, part.risk_part())
                .and_then(|shown| lost_ranges(&shown.risk, session, part))
        } else {
            None
        };
        let ranges = ranges.map(|values| {
            let r = lang.risk();
            Ranges {
                series: 1,
                labels: values
                    .iter()
                    .map(|v| {
                        v.map_or_else(String::new, |(low, high)| {
                            format!("{}–{}", lang.num(low), lang.num(high))
                        })
                    })
                    .collect(),
                values: values
                    .iter()
                    .map(|v| v.map(|(low, high)| (low.to_f64(), high.to_f64())))
                    .collect(),
                name: match part {
                    Part::SelfAssessment => r.chart_range_self,
                    Part::Survey => r.chart_range_survey,
                    Part::Whole => r.chart_range_whole,
                },
                tip: r.chart_range_tip,
                colour: ui.visuals().strong_text_color(),
            }
        });
        plot_ui(
            ui,
            cx,
            "lost",
            height,
            &base,
            &now,
            projects,
            lost,
            0.0,
            ranges.as_ref(),
        );
        caption_ui(ui, cx, s.chart_attainment, ChartExport::Attainment);
        let attained = |bars: &[BarValue]| -> (Vec<f64>, Vec<String>) {
            let values: Vec<f64> = bars.iter().map(|b| b.attainment.unwrap_or(0.0)).collect();
            let labels = values.iter().map(|v| format!("{v:.0}")).collect();
            (values, labels)
        };
        plot_ui(
            ui,
            cx,
            "attainment",
            height,
            &base,
            &now,
            projects,
            attained,
            100.0,
            None,
        );
        let measured = ui.cursor().top() - top - 2.0 * height;
        if (measured - overhead).abs() > 1.0 {
            ui.data_mut(|d| d.insert_temp(overhead_id, measured));
            ui.ctx().request_repaint();
        }
    }
}

/// The assessed year and the projection as series, or the year alone when nothing differs.
#[allow(clippy::too_many_arguments)]
fn plot_ui(
    ui: &mut Ui,
    cx: &mut Cx<'_>,
    id: &str,
    height: f32,
    base: &[BarValue],
    now: &[BarValue],
    projects: bool,
    values: impl Fn(&[BarValue]) -> (Vec<f64>, Vec<String>),
    at_least: f64,
    ranges: Option<&Ranges<'_>>,
) {
    let s = cx.s();
    let analysis = cx.session.analysis();
    let categories: Vec<Category> = base
        .iter()
        .map(|b| Category {
            short: b.label.clone(),
            full: match &b.note {
                Some(note) => format!("{} · {}\n{note}", b.label, b.field_name),
                None => format!("{} · {}", b.label, b.field_name),
            },
        })
        .collect();
    let (v, l) = values(base);
    let mut series = vec![Series {
        name: format!("{} {}", s.series_baseline, analysis.year),
        colour: theme::BASELINE,
        values: v,
        labels: l,
    }];
    if projects {
        let (v, l) = values(now);
        series.push(Series {
            name: format!("{} {}", s.series_projected, analysis.target_year),
            colour: theme::PROJECTED,
            values: v,
            labels: l,
        });
    }
    let shown = BarPlot {
        id,
        categories,
        series,
        height,
        at_least,
        vietnamese: cx.vi(),
    }
    .ui_with_ranges(ui, ranges);
    let chart = if id == "attainment" {
        ChartExport::Attainment
    } else {
        ChartExport::LostByField
    };
    export_menu(&shown.response, cx, chart);
    if let Some(c) = shown.clicked
        && let Some(bar) = base.get(c)
    {
        cx.push(Action::SelectCode(bar.field_code.clone()));
    }
}

/// A chart's title, with its export menu at the right: the visible way to the same PNG and SVG
/// the right-click menu offers (a person writing a report looks for a button).
pub fn caption_ui(ui: &mut Ui, cx: &mut Cx<'_>, title: &str, chart: ChartExport) {
    let s = cx.s();
    ui.horizontal(|ui| {
        ui.label(theme::text::panel_title(title));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.menu_button(s.export_chart, |ui| {
                export_items_ui(ui, cx, chart);
            });
        });
    });
}

fn export_items_ui(ui: &mut Ui, cx: &mut Cx<'_>, chart: ChartExport) {
    let s = cx.s();
    for (label, svg) in [(s.export_png, false), (s.export_svg, true)] {
        if ui.button(label).clicked() {
            cx.push(Action::ExportChartDialog { chart, svg });
        }
    }
}

/// The right-click menu of a chart: export it as PNG or SVG.
pub fn export_menu(response: &egui::Response, cx: &mut Cx<'_>, chart: ChartExport) {
    response.context_menu(|ui| export_items_ui(ui, cx, chart));
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
