//! Làm trước: every feasible fix by points recovered per unit of effort with the index after
//! each, as a chart of the index climbing fix by fix toward the maximum (the target a line)
//! and as a table; both exported with the same code the command line uses.

use egui::{Align, Layout, RichText, Ui};
use egui_extras::{Column, TableBuilder};
use egui_plot::{
    AxisHints, HLine, HoverPosition, Line, LineStyle, Plot, PlotPoints, Points as Markers,
};

use crate::engine::Session;
use crate::engine::goal::{FixFirst, fix_first};
use crate::model::Points;

use super::super::action::Action;
use super::super::context::Cx;
use super::super::theme;
use super::cells::{HEADING, effort_title, heading, number};
use super::{GoalAction, GoalPath, effort_unit};

/// The fix-first list of the session with `target` as its line (the panel's aim, which may
/// differ from the scenario's saved target).
pub fn fix_first_for(session: &Session, target: Option<Points>) -> FixFirst {
    let mut list = fix_first(session.analysis(), session.changes());
    list.target = target;
    list.reaches_target_at =
        target.and_then(|t| list.steps.iter().position(|s| s.running_total >= t));
    list
}

/// The legend with the export buttons, the chart, then the table.
pub fn climb_ui(ui: &mut Ui, cx: &mut Cx<'_>, list: &FixFirst) {
    let s = cx.lang.goal();
    ui.horizontal(|ui| {
        legend_ui(ui, cx, list);
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            export_buttons_ui(ui, cx);
        });
    });
    if list.steps.is_empty() {
        ui.label(RichText::new(s.nothing_feasible).weak());
        return;
    }
    // The chart keeps a readable height; the table scrolls in the rest.
    let height = (ui.available_height() * 0.5).clamp(100.0, 320.0);
    chart_ui(ui, cx, list, height);
    ui.add_space(theme::GAP / 2.0);
    table_ui(ui, cx, list);
}

/// One menu for the chart (PNG, SVG) and the table (XLSX, CSV): it stays on the legend's row
/// in a small window.
fn export_buttons_ui(ui: &mut Ui, cx: &mut Cx<'_>) {
    let s = cx.lang.goal();
    ui.menu_button(s.export_menu, |ui| {
        for (label, svg) in [(s.chart_png, false), (s.chart_svg, true)] {
            if ui.button(label).clicked() {
                cx.push(Action::Goal(GoalAction::Ask(GoalPath::ClimbChart { svg })));
            }
        }
        if ui
            .button(s.export_table)
            .on_hover_text(s.export_table_tip)
            .clicked()
        {
            cx.push(Action::Goal(GoalAction::Ask(GoalPath::FixTable)));
        }
    })
    .response
    .on_hover_text(s.export_menu_tip);
}

/// The chart's lines named in the order drawn, and where the target is reached.
fn legend_ui(ui: &mut Ui, cx: &Cx<'_>, list: &FixFirst) {
    let s = cx.lang.goal();
    let lang = cx.lang;
    for (colour, text) in [
        (theme::PROJECTED, s.legend_climb.to_string()),
        (
            theme::MARKER,
            list.target
                .map(|t| format!("{} {}", s.legend_target, lang.num(t)))
                .unwrap_or_default(),
        ),
        (
            theme::BASELINE,
            format!("{} {}", s.legend_max, lang.num(list.max_total)),
        ),
    ] {
        if text.is_empty() {
            continue;
        }
        let (rect, _) = ui.allocate_exact_size(egui::vec2(16.0, 12.0), egui::Sense::hover());
        ui.painter().hline(
            rect.x_range(),
            rect.center().y,
            egui::Stroke::new(2.5, colour),
        );
        ui.label(RichText::new(text).small())
            .on_hover_text(s.climb_tip);
    }
    if let Some(at) = list.reaches_target_at {
        ui.label(
            RichText::new(s.reached_after.replace("{}", &(at + 1).to_string()))
                .small()
                .color(theme::GAIN),
        );
    }
}

/// The index after each fix (step 0 is the assessed year), the target and the maximum.
fn chart_ui(ui: &mut Ui, cx: &mut Cx<'_>, list: &FixFirst, height: f32) {
    let s = cx.lang.goal();
    let lang = cx.lang;
    let vietnamese = cx.vi();
    let start = list.baseline_total.to_f64();
    let mut points = vec![[0.0, start]];
    points.extend(
        list.steps
            .iter()
            .enumerate()
            .map(|(i, step)| [(i + 1) as f64, step.running_total.to_f64()]),
    );
    let codes: Vec<String> = list.steps.iter().map(|st| st.code.clone()).collect();
    let count = codes.len();
    // The codes under the points while each has room for the widest (measured, on a list
    // short enough to label one by one); else every few fixes are numbered, about 60 points
    // apart.
    let per_step = (ui.available_width() - 50.0) / (count as f32 + 1.0);
    let by_code = count <= 60 && {
        let font = egui::TextStyle::Body.resolve(ui.style());
        let widest = codes
            .iter()
            .map(|code| {
                ui.fonts_mut(|f| {
                    f.layout_no_wrap(code.clone(), font.clone(), egui::Color32::PLACEHOLDER)
                })
                .size()
                .x
            })
            .fold(0.0_f32, f32::max);
        per_step >= widest + 6.0
    };
    let every = if by_code {
        1.0
    } else {
        f64::from((60.0 / per_step.max(0.01)).ceil().max(1.0))
    };
    let floor = (start.min(list.target.map_or(start, Points::to_f64)) - 1.0)
        .floor()
        .max(0.0);
    let ceiling = list.max_total.to_f64();
    let hover: Vec<String> = list
        .steps
        .iter()
        .map(|st| {
            format!(
                "{} {}\n+{} · {}: {}",
                st.code,
                st.name,
                lang.num(st.gain),
                s.col_running,
                lang.num(st.running_total)
            )
        })
        .collect();
    let year = list.year;
    let start_label = format!("{} {year}: {}", s.assessed, lang.num(list.baseline_total));
    let reached = list.reaches_target_at;
    let plot = Plot::new("goal climb")
        .height(height)
        .custom_x_axes(vec![
            AxisHints::new_x()
                .label_spacing(20.0..=28.0)
                .formatter(move |mark, _| {
                    let at = mark.value.round();
                    if (mark.value - at).abs() > 1e-6 || at < 0.0 {
                        return String::new();
                    }
                    let at = at as usize;
                    if at == 0 {
                        year.to_string()
                    } else if by_code {
                        codes.get(at - 1).cloned().unwrap_or_default()
                    } else {
                        at.to_string()
                    }
                }),
        ])
        .x_grid_spacer(move |_| {
            let mut marks = Vec::new();
            let mut x = 0.0;
            while x <= count as f64 {
                marks.push(egui_plot::GridMark {
                    value: x,
                    step_size: every,
                });
                x += every;
            }
            marks
        })
        .y_axis_min_width(40.0)
        .y_axis_formatter(crate::ui::bar_plot::axis_number(vietnamese))
        .label_formatter(move |hovered| {
            // Only a point of the climb says anything; the lines and the empty plot do not.
            let HoverPosition::NearDataPoint { position, .. } = hovered else {
                return None;
            };
            let at = position.x.round();
            if at < 0.5 {
                return Some(start_label.clone());
            }
            hover.get(at as usize - 1).cloned()
        })
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .include_x(-0.3)
        .include_x(count as f64 + 0.3)
        .include_y(floor)
        .include_y(ceiling);
    let shown = plot.show(ui, |plot| {
        plot.line(
            Line::new(s.legend_climb, PlotPoints::from(points.clone()))
                .color(theme::PROJECTED)
                .width(2.0),
        );
        plot.points(
            Markers::new("goal climb points", PlotPoints::from(points.clone()))
                .color(theme::PROJECTED)
                .radius(if count <= 60 { 3.0 } else { 1.5 }),
        );
        if let Some(target) = list.target {
            plot.hline(
                HLine::new(s.legend_target, target.to_f64())
                    .color(theme::MARKER)
                    .width(1.5)
                    .style(LineStyle::dashed_loose()),
            );
        }
        plot.hline(
            HLine::new(s.legend_max, ceiling)
                .color(theme::BASELINE)
                .width(1.0)
                .style(LineStyle::dotted_dense()),
        );
        if let Some(at) = reached
            && let Some(&point) = points.get(at + 1)
        {
            plot.points(
                Markers::new("goal reached", PlotPoints::from(vec![point]))
                    .color(theme::GAIN)
                    .radius(5.5),
            );
        }
    });
    shown.response.context_menu(|ui| {
        let main = cx.s();
        for (label, svg) in [(main.export_png, false), (main.export_svg, true)] {
            if ui.button(label).clicked() {
                cx.push(Action::Goal(GoalAction::Ask(GoalPath::ClimbChart { svg })));
            }
        }
    });
}

/// Thứ tự, mã, tiêu chí, điểm, công sức, điểm trên công sức, chỉ số sau, công sức cộng dồn,
/// chủ trì; the fix that reaches the target is marked.
fn table_ui(ui: &mut Ui, cx: &mut Cx<'_>, list: &FixFirst) {
    let s = cx.lang.goal();
    let lang = cx.lang;
    let unit = effort_unit(&list.effort_unit, lang);
    let figures = 76.0 + 84.0 + 84.0 + 92.0 + 92.0;
    let spacing = 9.0 * (ui.spacing().item_spacing.x + 4.0) + 16.0;
    let room = ui.available_width() - 40.0 - 64.0 - figures - spacing;
    // The lead shows where the name keeps its room; in a small window the effort so far
    // gives its room to the name too (the exported table has both).
    let with_lead = room - 150.0 >= 200.0;
    let with_so_far = room >= 120.0;
    let name_width = if with_lead {
        room - 150.0
    } else if with_so_far {
        room
    } else {
        room + 92.0
    }
    .max(110.0);
    let mut selected = None;
    let mut builder = TableBuilder::new(ui)
        .id_salt("goal fix first")
        .striped(true)
        .min_scrolled_height(0.0)
        .cell_layout(Layout::left_to_right(Align::Center))
        .column(Column::initial(40.0).at_least(32.0))
        .column(Column::initial(64.0).at_least(48.0).clip(true))
        .column(Column::initial(name_width).at_least(100.0).clip(true))
        .columns(Column::initial(84.0).at_least(64.0).clip(true), 3);
    builder = match (with_so_far, with_lead) {
        (true, true) => builder
            .columns(Column::initial(92.0).at_least(70.0).clip(true), 2)
            .column(Column::remainder().at_least(80.0).clip(true)),
        (true, false) => builder
            .column(Column::initial(92.0).at_least(70.0).clip(true))
            .column(Column::remainder().at_least(70.0).clip(true)),
        (false, _) => builder.column(Column::remainder().at_least(70.0).clip(true)),
    };
    let effort = effort_title(s.col_effort, &list.effort_unit, &unit);
    let per = format!("{}{unit}", s.col_per_effort);
    let running_effort = effort_title(s.col_running_effort, &list.effort_unit, &unit);
    let mut titles = vec![
        (s.col_order, ""),
        (s.col_code, ""),
        (s.col_name, ""),
        (s.col_gain, s.col_gain_tip),
        (effort.as_str(), s.col_effort_tip),
        (per.as_str(), s.col_per_effort_tip),
        (s.col_running, s.col_running_tip),
    ];
    if with_so_far {
        titles.push((running_effort.as_str(), ""));
    }
    if with_lead {
        titles.push((s.col_lead, ""));
    }
    builder
        .header(HEADING, |mut header| {
            for (title, tip) in &titles {
                heading(&mut header, title, tip);
            }
        })
        .body(|body| {
            body.rows(theme::ROW_HEIGHT, list.steps.len(), |mut row| {
                let at = row.index();
                let Some(step) = list.steps.get(at) else {
                    return;
                };
                let reaches = list.reaches_target_at == Some(at);
                row.set_selected(reaches);
                row.col(|ui| {
                    ui.label(RichText::new((at + 1).to_string()).weak());
                });
                row.col(|ui| {
                    if ui
                        .add(egui::Label::new(&step.code).sense(egui::Sense::click()))
                        .on_hover_text(s.select_tip)
                        .clicked()
                    {
                        selected = Some(step.code.clone());
                    }
                });
                row.col(|ui| {
                    ui.add(egui::Label::new(&step.name).truncate());
                });
                number(
                    &mut row,
                    format!("+{}", lang.num(step.gain)),
                    Some(theme::GAIN),
                );
                number(&mut row, lang.num(step.effort), None);
                // Shown to the card's four decimals (1/12 of a point per day is 0,0833).
                let per = match step
                    .per_effort
                    .map(|p| Points::from_f64((p * 10_000.0).round() / 10_000.0))
                {
                    None => s.free.to_string(),
                    Some(Ok(p)) => lang.num(p),
                    Some(Err(_)) => String::new(),
                };
                number(&mut row, per, None);
                row.col(|ui| {
                    ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                        let text = RichText::new(lang.num(step.running_total));
                        let label = ui.label(if reaches { text.strong() } else { text });
                        if reaches {
                            label.on_hover_text(s.reached_here);
                        }
                    });
                });
                if with_so_far {
                    number(&mut row, lang.num(step.running_effort), None);
                }
                if with_lead {
                    row.col(|ui| {
                        ui.add(egui::Label::new(step.lead.clone().unwrap_or_default()).truncate());
                    });
                }
            });
        });
    if let Some(code) = selected {
        cx.push(Action::SelectCode(code));
    }
}
