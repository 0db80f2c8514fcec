//! The compare view: the baseline, the current edits and any scenario files picked, side by
//! side — totals and fields with their differences from the baseline, a grouped bar chart of
//! points lost per field, and which items each one changes.

use egui::{RichText, Ui};
use egui_plot::{Bar, BarChart, GridMark, Legend, Plot};

use crate::engine::{Analysis, Comparison, Session, rounding_note};
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
pub fn show(
    ui: &mut Ui,
    session: &Session,
    ws: &mut Workspace,
    lang: Lang,
    actions: &mut Vec<Action>,
) {
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
    // Worked out once per change: each column is a projection of the whole card.
    let mut memo = std::mem::take(&mut ws.comparison);
    let cmp = memo.get(session, (lang, ws.compared_revision), || {
        comparison(session, ws, lang)
    });
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show_viewport(ui, |ui, viewport| {
            let origin = ui.max_rect().top();
            egui::ScrollArea::horizontal()
                .id_salt("compare table")
                .show(ui, |ui| table(ui, cmp, session.analysis(), lang));
            ui.add_space(theme::GAP);
            ui.label(theme::strong(s.chart_lost, 15.0));
            chart(ui, cmp);
            ui.add_space(theme::GAP);
            ui.label(theme::strong(s.compare_items, 15.0));
            items(ui, cmp, lang, viewport.translate(egui::vec2(0.0, origin)));
        });
    ws.comparison = memo;
}

fn table(ui: &mut Ui, cmp: &Comparison, analysis: &Analysis, lang: Lang) {
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
                    // A published figure that rounds its parts explains the gap it leaves.
                    let note = analysis
                        .fields
                        .iter()
                        .position(|f| analysis.nodes[f.node].code == row.code)
                        .and_then(|f| rounding_note(analysis, f));
                    let tip = match note {
                        Some(note) => format!("{}\n{}", row.label, note.text(lang == Lang::Vi)),
                        None => row.label.clone(),
                    };
                    ui.label(format!("LV{}", row.code)).on_hover_text(tip);
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

/// The changed items, one row each. A whole plan applied to a national card changes thousands,
/// so only the rows inside `view` (in screen coordinates) are laid out; the rest is space.
fn items(ui: &mut Ui, cmp: &Comparison, lang: Lang, view: egui::Rect) {
    const CODE: f32 = 140.0;
    let s = lang.s();
    if cmp.items.is_empty() {
        ui.label(RichText::new(s.compare_no_items).weak());
        return;
    }
    // Each column as wide as its name (within reason; a longer one elides, whole on hover).
    let widths: Vec<f32> = std::iter::once(CODE)
        .chain(cmp.names.iter().map(|name| {
            let galley = egui::WidgetText::from(RichText::new(name).strong()).into_galley(
                ui,
                Some(egui::TextWrapMode::Extend),
                f32::INFINITY,
                egui::TextStyle::Body,
            );
            (galley.size().x + 24.0).clamp(110.0, 280.0)
        }))
        .collect();
    let lefts: Vec<f32> = widths
        .iter()
        .scan(0.0, |left, width| {
            let at = *left;
            *left += width;
            Some(at)
        })
        .collect();
    let height = theme::ROW_HEIGHT;
    let width: f32 = widths.iter().sum();
    let (header, _) = ui.allocate_exact_size(egui::vec2(width, height), egui::Sense::hover());
    cell(ui, header.left_top(), CODE, &mut |ui| {
        ui.strong(s.col_code);
    });
    for (c, name) in cmp.names.iter().enumerate() {
        let at = header.left_top() + egui::vec2(lefts[c + 1], 0.0);
        cell(ui, at, widths[c + 1], &mut |ui| {
            ui.strong(name.as_str()).on_hover_text(name.as_str());
        });
    }
    let count = cmp.items.len();
    let (body, _) = ui.allocate_exact_size(
        egui::vec2(width, height * count as f32),
        egui::Sense::hover(),
    );
    let first = ((view.top() - body.top()) / height).floor().max(0.0) as usize;
    let last = (((view.bottom() - body.top()) / height).ceil().max(0.0) as usize).min(count);
    for (index, item) in cmp.items.iter().enumerate().take(last).skip(first) {
        let top_left = body.left_top() + egui::vec2(0.0, height * index as f32);
        if index % 2 == 1 {
            let stripe = egui::Rect::from_min_size(top_left, egui::vec2(width, height));
            ui.painter()
                .rect_filled(stripe, 0.0, ui.visuals().faint_bg_color);
        }
        let code = if item.survey {
            format!("{} ({})", item.code, s.part_survey)
        } else {
            item.code.clone()
        };
        cell(ui, top_left, CODE, &mut |ui| {
            ui.label(code.as_str()).on_hover_text(&item.name);
        });
        for (c, d) in item.deltas.iter().enumerate() {
            if let Some(d) = d {
                let at = top_left + egui::vec2(lefts[c + 1], 0.0);
                cell(ui, at, widths[c + 1], &mut |ui| delta(ui, *d, lang));
            }
        }
    }
}

/// One cell of the items table, `width` wide at `at`, its content clipped to it.
fn cell(ui: &mut Ui, at: egui::Pos2, width: f32, add: &mut dyn FnMut(&mut Ui)) {
    let rect = egui::Rect::from_min_size(at, egui::vec2(width - 8.0, theme::ROW_HEIGHT));
    ui.scope_builder(
        egui::UiBuilder::new()
            .max_rect(rect)
            .layout(egui::Layout::left_to_right(egui::Align::Center)),
        |ui| {
            ui.set_clip_rect(rect.intersect(ui.clip_rect()));
            add(ui);
        },
    );
}
