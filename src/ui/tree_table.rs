//! The criteria tree-table: one virtual row per visible node, so only the rows on screen are
//! laid out, however large the scorecard.

use egui::{Align, Layout, RichText, Sense, TextEdit, Ui};
use egui_extras::{Column, TableBuilder, TableRow};

use crate::engine::{Basis, Session, basis_note};

use super::action::Action;
use super::rows::Order;
use super::view::View;
use super::{theme, widgets};

/// Wide enough for a four-decimal figure such as "12,4259" in the table font.
const FIGURE_WIDTH: f32 = 60.0;
/// The difference column also holds its arrow: "▲ +1,5741" clipped the arrow at 60.
const DELTA_WIDTH: f32 = 76.0;
/// The criterion name elides below this, with the full name on hover.
const NAME_MIN: f32 = 100.0;
/// Draws the toolbar (filter, sort, expand/collapse all) and the table.
pub fn show(ui: &mut Ui, session: &Session, view: &mut View, actions: &mut Vec<Action>) {
    let s = view.lang.s();
    ui.horizontal_wrapped(|ui| {
        ui.add(
            TextEdit::singleline(&mut view.filter)
                .hint_text(s.filter_hint)
                .desired_width(240.0),
        );
        let mut by_lost = view.order == Order::Lost;
        if ui.toggle_value(&mut by_lost, s.sort_by_lost).changed() {
            actions.push(Action::SortByLost(by_lost));
        }
        if ui.button(s.expand_all).clicked() {
            actions.push(Action::ExpandAll);
        }
        if ui.button(s.collapse_all).clicked() {
            actions.push(Action::CollapseAll);
        }
    });
    ui.add_space(theme::GAP / 2.0);
    // Taken out for the frame, so the rows can be read while the view is edited.
    let mut cache = std::mem::take(&mut view.rows);
    let visible = cache.get(
        session.serial(),
        session.analysis(),
        &view.expanded,
        &view.filter,
        view.order,
    );
    table(ui, session, view, visible, actions);
    view.rows = cache;
}

fn table(
    ui: &mut Ui,
    session: &Session,
    view: &mut View,
    visible: &[usize],
    actions: &mut Vec<Action>,
) {
    let s = view.lang.s();
    // On a narrow window (1024 px with the chart panel open) the generous widths would push the
    // lead and deadline columns past the edge. Figures are never squeezed (a clipped "12,42…"
    // is a wrong number to a reader); the text columns give way and elide, with hover text.
    let figures = 4.0 * FIGURE_WIDTH + DELTA_WIDTH;
    let text = 92.0 + 150.0 + 90.0;
    // The vertical scroll bar takes its width from the same space.
    let spacing = 9.0 * ui.spacing().item_spacing.x + ui.spacing().scroll.allocated_width();
    let scale = ((ui.available_width() - NAME_MIN - figures - spacing) / text).clamp(0.5, 1.0);
    let mut builder = TableBuilder::new(ui)
        .id_salt("criteria")
        .striped(true)
        .resizable(true)
        .sense(Sense::click())
        .cell_layout(Layout::left_to_right(Align::Center))
        .column(Column::initial(92.0 * scale).at_least(56.0).clip(true))
        .column(Column::remainder().at_least(NAME_MIN).clip(true))
        .columns(
            Column::initial(FIGURE_WIDTH)
                .at_least(FIGURE_WIDTH)
                .clip(true),
            4,
        )
        .column(
            Column::initial(DELTA_WIDTH)
                .at_least(DELTA_WIDTH)
                .clip(true),
        )
        .column(Column::initial(150.0 * scale).at_least(60.0).clip(true))
        .column(Column::initial(90.0 * scale).at_least(44.0).clip(true))
        .min_scrolled_height(0.0);
    if view.scroll_to_selected
        && let Some(pos) = view
            .selected
            .and_then(|sel| visible.iter().position(|&i| i == sel))
    {
        builder = builder.scroll_to_row(pos, Some(Align::Center));
        view.scroll_to_selected = false;
    }
    builder
        .header(theme::ROW_HEIGHT, |mut header| {
            for title in [
                s.col_code,
                s.col_name,
                s.col_max,
                s.col_base,
                s.col_lost,
                s.col_projected,
                s.col_delta,
                s.col_lead,
                s.col_deadline,
            ] {
                header.col(|ui| {
                    ui.strong(title);
                });
            }
        })
        .body(|body| {
            body.rows(theme::ROW_HEIGHT, visible.len(), |mut row| {
                let index = visible[row.index()];
                row.set_selected(view.selected == Some(index));
                let clicked = draw_row(&mut row, session, view, index, actions);
                if row.response().clicked() || clicked {
                    actions.push(Action::Select(Some(index)));
                }
            });
        });
}

/// One row; returns whether a cell itself was clicked (labels swallow the row's click).
fn draw_row(
    row: &mut TableRow<'_, '_>,
    session: &Session,
    view: &View,
    index: usize,
    actions: &mut Vec<Action>,
) -> bool {
    let lang = view.lang;
    let s = lang.s();
    let analysis = session.analysis();
    let node = analysis.node(index);
    let projected = session.projected().values[index];
    let delta = session.projected().delta(analysis, index);
    let lost = node.lost();
    let mut clicked = false;
    row.col(|ui| {
        if !lost.is_zero() {
            let rect = ui.max_rect();
            let bar = egui::Rect::from_min_size(rect.min, egui::vec2(3.0, rect.height()));
            ui.painter().rect_filled(bar, 0.0, theme::LOST);
        }
        ui.add_space(4.0 + 14.0 * node.depth as f32);
        if node.children.is_empty() {
            ui.add_space(18.0);
        } else {
            // A filter shows matches inside their ancestors whatever is expanded.
            let open = view.expanded.get(index).copied().unwrap_or(false)
                || !view.filter.trim().is_empty();
            let tip = if open { s.collapse } else { s.expand };
            if disclosure(ui, open, &format!("{tip} {}", node.code))
                .on_hover_text(tip)
                .clicked()
            {
                actions.push(Action::Toggle(index));
            }
        }
        let code = if node.is_field() {
            theme::strong(&node.code, 14.0)
        } else {
            RichText::new(&node.code)
        };
        clicked |= ui
            .add(egui::Label::new(code).sense(Sense::click()))
            .clicked();
    });
    row.col(|ui| {
        let name = if node.is_field() {
            theme::strong(&node.name, 14.0)
        } else {
            RichText::new(&node.name)
        };
        clicked |= ui
            .add(egui::Label::new(name).truncate().sense(Sense::click()))
            .on_hover_text(&node.name)
            .clicked();
    });
    number(row, lang.num(node.max), None);
    row.col(|ui| {
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            // A corrected value shows what was published, marked; every figure uses the
            // correction, and the note says why (the same words the exports print).
            let shown = match node.basis {
                Basis::Corrected { published } => published,
                _ => node.base,
            };
            if let Some(note) = basis_note(analysis, index) {
                let tip = note.text(lang == super::i18n::Lang::Vi);
                ui.label(RichText::new(note.marker).color(theme::MARKER).strong())
                    .on_hover_text(tip);
                ui.label(RichText::new(lang.num(shown)).color(theme::MARKER))
                    .on_hover_text(tip);
            } else {
                ui.label(lang.num(shown));
            }
        });
    });
    let lost_text = RichText::new(lang.num(lost));
    number(
        row,
        lang.num(lost),
        (!lost.is_zero()).then_some(lost_text.color(theme::LOST).strong()),
    );
    number(row, lang.num(projected), None);
    row.col(|ui| {
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            // Right-to-left: the number first, then its arrow to the left of it.
            if !delta.is_zero() {
                ui.label(
                    RichText::new(lang.delta(delta)).color(if delta.is_negative() {
                        theme::LOST
                    } else {
                        theme::GAIN
                    }),
                );
                widgets::triangle(
                    ui,
                    !delta.is_negative(),
                    4.0,
                    if delta.is_negative() {
                        theme::LOST
                    } else {
                        theme::GAIN
                    },
                );
            }
        });
    });
    let plan = node
        .plan_owner
        .and_then(|owner| analysis.node(owner).plan.as_ref());
    row.col(|ui| {
        if let Some(plan) = plan {
            ui.add(egui::Label::new(&plan.lead).truncate())
                .on_hover_text(&plan.lead);
        }
    });
    row.col(|ui| {
        if let Some(plan) = plan {
            ui.add(egui::Label::new(&plan.deadline).truncate())
                .on_hover_text(&plan.deadline);
        }
    });
    clicked
}

/// A right-aligned numeric cell.
fn number(row: &mut TableRow<'_, '_>, text: String, rich: Option<RichText>) {
    row.col(|ui| {
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            ui.label(rich.unwrap_or_else(|| RichText::new(text)));
        });
    });
}

/// The expand/collapse triangle, painted so it needs no glyph from any font.
fn disclosure(ui: &mut Ui, open: bool, label: &str) -> egui::Response {
    let (rect, response) = ui.allocate_exact_size(egui::vec2(18.0, 18.0), Sense::click());
    let colour = if response.hovered() {
        ui.visuals().strong_text_color()
    } else {
        ui.visuals().text_color()
    };
    let c = rect.center();
    let r = 4.5;
    let points = if open {
        vec![
            c + egui::vec2(-r, -r * 0.6),
            c + egui::vec2(r, -r * 0.6),
            c + egui::vec2(0.0, r * 0.7),
        ]
    } else {
        vec![
            c + egui::vec2(-r * 0.6, -r),
            c + egui::vec2(r * 0.7, 0.0),
            c + egui::vec2(-r * 0.6, r),
        ]
    };
    ui.painter().add(egui::Shape::convex_polygon(
        points,
        colour,
        egui::Stroke::NONE,
    ));
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, label));
    response
}
