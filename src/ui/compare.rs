//! The compare view: the baseline, the current edits and any scenario files picked, side by
//! side — totals and fields with their differences from the baseline, a grouped bar chart of
//! points lost per field, and which items each one changes.

use egui::{RichText, Ui};

use crate::engine::{Analysis, Comparison, Session, rounding_note};
use crate::model::{Changes, Points};

use super::action::Action;
use super::bar_plot::{BarPlot, Category, Series};
use super::context::Cx;
use super::i18n::Lang;
use super::memo::Memo;
use super::theme;
use super::workspace::Workspace;

/// The compare view and the comparison it last worked out (each column a projection of the
/// whole card: kept until the document, the compared files or the language change).
#[derive(Clone, Debug, Default)]
pub struct Compare {
    comparison: Memo<Comparison, (Lang, u64)>,
}

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

impl Compare {
    /// The picker, the table, the chart and the item differences.
    pub fn ui(&mut self, ui: &mut Ui, cx: &mut Cx<'_>) {
        let s = cx.s();
        let lang = cx.lang;
        let session = cx.session;
        let ws = cx.workspace;
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
                    cx.push(Action::ToggleCompare(path.clone()));
                }
            }
            if ui.button(s.rescan).clicked() {
                cx.push(Action::RescanScenarios);
            }
        });
        ui.separator();
        let mut memo = std::mem::take(&mut self.comparison);
        let cmp = memo.get(session, (lang, ws.compared_revision), || {
            comparison(session, ws, lang)
        });
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show_viewport(ui, |ui, viewport| {
                let origin = ui.max_rect().top();
                egui::ScrollArea::horizontal()
                    .id_salt("compare table")
                    .show(ui, |ui| table_ui(ui, cmp, session.analysis(), lang));
                ui.add_space(theme::GAP);
                // The whole field, as the index counts it: not the side panel's part.
                ui.label(theme::text::panel_title(s.compare_chart));
                chart_ui(ui, cx, cmp);
                ui.add_space(theme::GAP);
                ui.label(theme::text::panel_title(s.compare_items));
                items(ui, cmp, lang, viewport.translate(egui::vec2(0.0, origin)));
            });
        self.comparison = memo;
    }
}

fn table_ui(ui: &mut Ui, cmp: &Comparison, analysis: &Analysis, lang: Lang) {
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

/// Whole-field points lost per field, one series per compared column, the legend in the
/// columns' order.
fn chart_ui(ui: &mut Ui, cx: &mut Cx<'_>, cmp: &Comparison) {
    let lang = cx.lang;
    let categories = cmp
        .lost
        .iter()
        .map(|r| Category {
            short: format!("LV{}", r.code),
            full: format!("LV{} · {}", r.code, r.label),
        })
        .collect();
    let series = cmp
        .names
        .iter()
        .enumerate()
        .map(|(c, name)| Series {
            name: name.clone(),
            colour: theme::SERIES[c % theme::SERIES.len()],
            values: cmp.lost.iter().map(|r| r.values[c].to_f64()).collect(),
            labels: cmp.lost.iter().map(|r| lang.num(r.values[c])).collect(),
        })
        .collect();
    let shown = BarPlot {
        id: "compare lost",
        categories,
        series,
        height: 280.0,
        at_least: 0.0,
        vietnamese: cx.vi(),
    }
    .ui(ui);
    if let Some(row) = shown.clicked.and_then(|c| cmp.lost.get(c)) {
        cx.push(Action::SelectCode(row.code.clone()));
    }
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
