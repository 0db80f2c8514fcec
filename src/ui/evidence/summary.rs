//! How sure the projection is, in figures and a small chart: the point projection, the
//! expected index, the 90 % interval and P(index ≥ target), beside the distribution drawn as a
//! histogram with the expected value, the interval and the target marked. The texts are
//! public so the header can say the same range in the same words.

use egui::{RichText, Ui};
use egui_plot::{AxisHints, Bar, BarChart, LineStyle, Plot, Span, VLine, uniform_grid_spacer};

use crate::engine::{Method, Risk, Session, target_or_default};
use crate::model::Points;

use super::super::context::Cx;
use super::super::i18n::Lang;
use super::super::theme;

/// Chỉ tiêu: the scenario's target (set on the goal tab), else 85 (`engine::DEFAULT_TARGET`),
/// as the PDF report reads it.
pub fn target_of(session: &Session) -> Points {
    target_or_default(session.changes())
}

/// An index to two decimals, as the Ministry publishes indices: enough for a range a person
/// reads (84,22–89,05), where four would suggest a precision a distribution does not have.
pub fn two_decimals(lang: Lang, p: Points) -> String {
    lang.num(p.rounded(2))
}

/// A probability as a percentage with one decimal: "86,2 %".
pub fn probability(lang: Lang, p: f64) -> String {
    lang.percent(p * 100.0)
}

/// The 90 % interval: "84,22–89,05".
pub fn interval_text(risk: &Risk, lang: Lang) -> String {
    let (low, high) = risk.interval_90;
    format!("{}–{}", two_decimals(lang, low), two_decimals(lang, high))
}

/// How the distribution was computed, in words.
pub fn method_text(risk: &Risk, lang: Lang) -> String {
    let s = lang.risk();
    match risk.method {
        Method::Exact => s.method_exact.to_string(),
        Method::MonteCarlo { draws, seed } => {
            let draws = super::super::goal::count(draws, lang);
            format!("{} {draws} {} {seed})", s.method_mc, s.method_seed)
        }
    }
}

/// The figures at the left, the chart at the right, `height` tall.
pub fn band_ui(ui: &mut Ui, cx: &Cx<'_>, risk: &Risk, current: bool, height: f32) {
    let target = target_of(cx.session);
    let figures_width = 330.0_f32.min(ui.available_width() * 0.48);
    ui.horizontal_top(|ui| {
        ui.allocate_ui_with_layout(
            egui::vec2(figures_width, height),
            egui::Layout::top_down(egui::Align::LEFT),
            |ui| {
                ui.set_width(figures_width);
                figures_ui(ui, cx, risk, target, current);
            },
        );
        chart_ui(ui, cx, risk, target, height);
    });
}

/// A short stroke in `colour` before a caption: the chart's legend is the figures' list.
fn key(ui: &mut Ui, colour: egui::Color32, dashed: bool) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(16.0, 12.0), egui::Sense::hover());
    let y = rect.center().y;
    let stroke = egui::Stroke::new(2.0, colour);
    if dashed {
        for k in 0..3 {
            let x = rect.left() + k as f32 * 6.0;
            ui.painter()
                .line_segment([egui::pos2(x, y), egui::pos2(x + 3.5, y)], stroke);
        }
    } else {
        ui.painter().line_segment(
            [egui::pos2(rect.left(), y), egui::pos2(rect.right(), y)],
            stroke,
        );
    }
}

fn figures_ui(ui: &mut Ui, cx: &Cx<'_>, risk: &Risk, target: Points, current: bool) {
    let lang = cx.lang;
    let s = lang.risk();
    egui::Grid::new("risk figures")
        .num_columns(2)
        .spacing([theme::GAP, 3.0])
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.add_space(20.0);
                ui.label(s.point).on_hover_text(s.point_tip);
            });
            ui.label(lang.num(risk.point)).on_hover_text(s.point_tip);
            ui.end_row();
            ui.horizontal(|ui| {
                key(ui, theme::PROJECTED, false);
                ui.label(RichText::new(s.expected).strong())
                    .on_hover_text(s.expected_tip);
            });
            ui.label(theme::text::emphasis(lang.num(risk.expected)))
                .on_hover_text(s.expected_tip);
            ui.end_row();
            ui.horizontal(|ui| {
                key(ui, theme::MARKER, true);
                ui.label(s.interval).on_hover_text(s.interval_tip);
            });
            ui.label(interval_text(risk, lang))
                .on_hover_text(s.interval_tip);
            ui.end_row();
            ui.horizontal(|ui| {
                key(ui, theme::LOST, false);
                ui.label(format!("{} {}", s.at_least, lang.num(target)))
                    .on_hover_text(s.at_least_tip);
            });
            ui.label(theme::text::emphasis(probability(
                lang,
                risk.at_least(target),
            )))
            .on_hover_text(s.at_least_tip);
            ui.end_row();
        });
    let method = method_text(risk, lang);
    let note = if current {
        method
    } else {
        format!("{method} · {}", s.updating)
    };
    ui.add(egui::Label::new(RichText::new(note).small().weak()).truncate())
        .on_hover_text(s.method_tip);
}

/// 1, 2 or 5 times a power of ten, at least `raw`.
fn round_step(raw: f64) -> f64 {
    if !(raw > 0.0 && raw.is_finite()) {
        return 1.0;
    }
    let power = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|k| k * power)
        .find(|&step| step >= raw)
        .unwrap_or(10.0 * power)
}

/// The distribution as bars of probability over the index, the 90 % interval shaded between
/// dashed lines, the expected index and the target as lines.
fn chart_ui(ui: &mut Ui, cx: &Cx<'_>, risk: &Risk, target: Points, height: f32) {
    let lang = cx.lang;
    let s = lang.risk();
    let vietnamese = cx.vi();
    let bars: Vec<Bar> = risk
        .histogram
        .iter()
        .map(|bin| {
            let (from, to) = (bin.from.to_f64(), bin.to.to_f64());
            let width = (to - from).max(0.01);
            Bar::new(f64::midpoint(from, to), bin.probability * 100.0)
                .width(width * 0.92)
                .fill(theme::BASELINE)
                .name(format!(
                    "{}–{}",
                    two_decimals(lang, bin.from),
                    two_decimals(lang, bin.to)
                ))
        })
        .collect();
    let (low, high) = (risk.interval_90.0.to_f64(), risk.interval_90.1.to_f64());
    let first = risk.histogram.first().map_or(low, |b| b.from.to_f64());
    let last = risk.histogram.last().map_or(high, |b| b.to.to_f64());
    let target_x = target.to_f64();
    // The target stays in view when it is near the distribution; far off, the figure says it.
    let span = (last - first).max(1.0);
    let show_target = target_x >= first - span && target_x <= last + span;
    let probability_label = s.chart_probability;
    let plot = Plot::new("risk distribution")
        .height(height)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_x(false)
        .show_y(false)
        .y_axis_min_width(28.0)
        .include_y(0.0)
        // About six labelled steps of 1, 2 or 5 times a power of ten across the view.
        .x_grid_spacer(uniform_grid_spacer(|input| {
            let step = round_step((input.bounds.1 - input.bounds.0) / 6.0);
            [step / 5.0, step, step * 5.0]
        }))
        .custom_x_axes(vec![
            AxisHints::new_x()
                .label_spacing(24.0..=32.0)
                .formatter(crate::ui::bar_plot::axis_number(vietnamese)),
        ])
        .y_axis_formatter(move |mark, _| format!("{} %", mark.value));
    let plot = if show_target {
        plot.include_x(target_x)
    } else {
        plot
    };
    let response = plot.show(ui, |plot| {
        plot.span(
            // Unnamed: the figures beside the chart are its legend.
            Span::new("", low..=high)
                .fill(theme::MARKER.gamma_multiply(0.10))
                .border_color(theme::MARKER)
                .border_style(LineStyle::dashed_loose()),
        );
        let formatter = move |bar: &Bar, _: &BarChart| {
            format!("{}\n{probability_label}: {:.1} %", bar.name, bar.value)
        };
        plot.bar_chart(
            BarChart::new(s.chart_bars, bars)
                .color(theme::BASELINE)
                .element_formatter(Box::new(formatter)),
        );
        plot.vline(
            VLine::new(s.expected, risk.expected.to_f64())
                .color(theme::PROJECTED)
                .width(2.0),
        );
        if show_target {
            plot.vline(VLine::new(s.target, target_x).color(theme::LOST).width(1.5));
        }
    });
    response.response.on_hover_text(s.chart_tip);
}
