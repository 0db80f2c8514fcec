//! The compare view: the baseline, the current edits and any scenario files picked, side by
//! side — totals and fields with their differences from the baseline, a grouped bar chart of
//! points lost per field, and which items each one changes.

use egui::{RichText, Ui};
use egui_plot::{Bar, BarChart, GridMark, Legend, Plot};

use crate::engine::{Comparison, Session};
use crate::model::{Changes, Points};

use super::action::Action;
use super::i18n::Lang;
use super::theme;
use super::workspace::Workspace;

/// Colours of the compared columns, in order (the baseline first).
const COLOURS: [egui::Color32; 6] = [
    theme::BASELINE,
    theme::PROJECTED,
    theme::GAIN,
    theme::MARKER,
    egui::Color32::from_rgb(0x8e, 0x44, 0xad),
    theme::LOST,
];

/// The comparison on show: baseline, current edits, then the picked files.
pub fn comparison(session: &Session, ws: &Workspace, lang: Lang) -> Comparison {
    let s = lang.s();
    let baseline = Changes::default();
    let mut columns: Vec<(&str, &Changes)> = vec![
        (s.baseline_column, &baseline),
        (s.current_column, session.changes()),
    ];
    columns.extend(ws.compared.iter().map(|c| (c.name.as_str(), &c.changes)));
    Comparison::of(session.analysis(), &columns)
}

/// Draws the picker, the table, the chart and the item differences.
pub fn show(ui: &mut Ui, session: &Session, ws: &Workspace, lang: Lang, actions: &mut Vec<Action>) {
    let s = lang.s();
    ui.horizontal_wrapped(|ui| {
        ui.label(s.compare_pick);
        for path in &ws.scenarios {
            let name = path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            );
            let mut on = ws.compared.iter().any(|c| &c.path == path);
            if ui
                .checkbox(&mut on, name)
                .on_hover_text(path.display().to_string())
                .changed()
            {
                actions.push(Action::ToggleCompare(path.clone()));
            }
        }
        if ui.button(s.rescan).clicked() {
            actions.push(Action::RescanScenarios);
        }
    });
    ui.separator();
    let cmp = comparison(session, ws, lang);
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            egui::ScrollArea::horizontal()
                .id_salt("compare table")
                .show(ui, |ui| table(ui, &cmp, lang));
            ui.add_space(theme::GAP);
            ui.label(theme::strong(s.chart_lost, 15.0));
            chart(ui, &cmp);
            ui.add_space(theme::GAP);
            ui.label(theme::strong(s.compare_items, 15.0));
            items(ui, &cmp, lang);
        });
}

fn table(ui: &mut Ui, cmp: &Comparison, lang: Lang) {
    let n = cmp.names.len();
    egui::Grid::new("compare totals")
        .striped(true)
        .num_columns(1 + 2 * n)
        .spacing([theme::GAP * 2.0, 6.0])
        .show(ui, |ui| {
            ui.label("");
            for (i, name) in cmp.names.iter().enumerate() {
                ui.scope(|ui| {
                    // Scenario names are sentences; wrapped, every column stays in view.
                    ui.set_max_width(150.0);
                    ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Wrap);
                    ui.label(RichText::new(name).strong());
                });
                if i > 0 {
                    ui.label(RichText::new("Δ").strong());
                }
            }
            ui.end_row();
            for row in &cmp.totals {
                // Field names are long; the code keeps every scenario's column on screen.
                if row.code.is_empty() {
                    ui.label(&row.label);
                } else {
                    ui.label(format!("LV{}", row.code))
                        .on_hover_text(&row.label);
                }
                for (i, (value, diff)) in row.values.iter().zip(&row.differences).enumerate() {
                    ui.label(lang.num(*value));
                    if i > 0 {
                        delta(ui, *diff, lang);
                    }
                }
                ui.end_row();
            }
        });
}

fn delta(ui: &mut Ui, diff: Points, lang: Lang) {
    let colour = if diff.is_zero() {
        ui.visuals().weak_text_color()
    } else if diff.is_negative() {
        theme::LOST
    } else {
        theme::GAIN
    };
    ui.label(RichText::new(lang.delta(diff)).color(colour));
}

fn chart(ui: &mut Ui, cmp: &Comparison) {
    let columns = cmp.names.len().max(1);
    let width = 0.8 / columns as f64;
    let fields = cmp.lost.len();
    let labels: Vec<String> = cmp.lost.iter().map(|r| format!("LV{}", r.code)).collect();
    let highest = cmp
        .lost
        .iter()
        .flat_map(|r| r.values.iter().map(|v| v.to_f64()))
        .fold(0.0, f64::max);
    Plot::new("compare lost")
        .height(260.0)
        .legend(Legend::default())
        .x_grid_spacer(move |_| {
            (0..fields)
                .map(|i| GridMark {
                    value: i as f64,
                    step_size: 1.0,
                })
                .collect()
        })
        .x_axis_formatter(move |mark, _| {
            let at = mark.value.round();
            if (mark.value - at).abs() < 1e-6 && at >= 0.0 {
                labels.get(at as usize).cloned().unwrap_or_default()
            } else {
                String::new()
            }
        })
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .include_y(0.0)
        // Headroom above the bars for the legend.
        .include_y(highest * 1.9)
        .show(ui, |plot| {
            for (c, name) in cmp.names.iter().enumerate() {
                let colour = COLOURS[c % COLOURS.len()];
                let offset = (c as f64 + 0.5) * width - 0.4;
                let bars = cmp
                    .lost
                    .iter()
                    .enumerate()
                    .map(|(f, row)| {
                        Bar::new(f as f64 + offset, row.values[c].to_f64())
                            .width(width * 0.9)
                            .name(format!("LV{} · {}", row.code, row.label))
                            .fill(colour)
                    })
                    .collect();
                plot.bar_chart(BarChart::new(name.as_str(), bars).color(colour));
            }
        });
}

fn items(ui: &mut Ui, cmp: &Comparison, lang: Lang) {
    let s = lang.s();
    if cmp.items.is_empty() {
        ui.label(RichText::new(s.compare_no_items).weak());
        return;
    }
    egui::Grid::new("compare items")
        .striped(true)
        .num_columns(1 + cmp.names.len())
        .spacing([theme::GAP * 2.0, 4.0])
        .show(ui, |ui| {
            ui.label(RichText::new(s.col_code).strong());
            for name in &cmp.names {
                ui.label(RichText::new(name).strong());
            }
            ui.end_row();
            for item in &cmp.items {
                let code = if item.survey {
                    format!("{} ({})", item.code, s.part_survey)
                } else {
                    item.code.clone()
                };
                ui.label(code).on_hover_text(&item.name);
                for d in &item.deltas {
                    match d {
                        Some(d) => delta(ui, *d, lang),
                        None => {
                            ui.label("");
                        }
                    }
                }
                ui.end_row();
            }
        });
}
