//! A scrolling list of rows of differing heights (wrapped messages) that lays out only the rows
//! in view. A row's height is known once it has been drawn and is remembered until the width,
//! language or rows change; rows not yet drawn count as the mean of those that were. A
//! scorecard with hundreds of findings then costs a frame what a screenful of them costs.
//!
//! The row at the top of the view stays there when the heights above it change (forgotten after
//! a resize or a language switch, or re-estimated as rows get measured): the scroll offset moves
//! with it, so the reader does not lose their place.

use egui::scroll_area::State;
use egui::{Id, Rect, ScrollArea, Ui, UiBuilder};

/// What a list shows: `count` rows of one `content` (another value is other rows), in one
/// `style` (another language: the same rows at other heights).
#[derive(Clone, Copy, Debug)]
pub struct Rows {
    pub count: usize,
    pub content: u64,
    pub style: u64,
}

/// The remembered heights of one list, kept in egui's temporary memory under the list's id.
#[derive(Clone, Debug, Default)]
struct Heights {
    /// Which rows these are (`Rows::content`; with `rows.len()`, the count); another set
    /// starts afresh.
    content: u64,
    /// How they were laid out (style and width); a change forgets the heights, not the place.
    layout_key: u64,
    /// The height assumed for rows not yet drawn when none has been: the last layout's mean,
    /// so that forgetting the heights moves little.
    hint: Option<f32>,
    /// Per row: its height with the spacing below it, once drawn.
    rows: Vec<Option<f32>>,
    /// The first row in view at the last frame, and where its top was placed then.
    anchor: Option<(usize, f32)>,
    /// The scroll area's id, known once it has been shown.
    scroll_id: Option<Id>,
}

impl Heights {
    fn estimate(&self, fallback: f32) -> f32 {
        let (sum, count) = self
            .rows
            .iter()
            .flatten()
            .fold((0.0, 0_u32), |(sum, count), h| (sum + h, count + 1));
        if count == 0 {
            self.hint.unwrap_or(fallback)
        } else {
            sum / count as f32
        }
    }

    /// Where `row` starts, with `estimate` for rows not yet drawn.
    fn top_of(&self, row: usize, estimate: f32) -> f32 {
        self.rows[..row].iter().map(|h| h.unwrap_or(estimate)).sum()
    }

    /// The scroll offset that keeps the anchor row where the reader saw it, if the heights
    /// above it have changed since.
    fn anchored_offset(&self, ui: &Ui, estimate: f32) -> Option<f32> {
        let (row, was) = self.anchor?;
        let now = self.top_of(row.min(self.rows.len()), estimate);
        if (now - was).abs() <= 0.5 {
            return None;
        }
        // The stored offset already holds this frame's scrolling by the reader; only the
        // layout's shift is added to it.
        let state = State::load(ui.ctx(), self.scroll_id?)?;
        Some((state.clamped_offset().y + now - was).max(0.0))
    }
}

/// Shows `rows` in a vertical scroll area named `id_salt`, calling `row` for those in view.
/// `fallback` is the height assumed before any row has been drawn.
pub fn show(
    ui: &mut Ui,
    id_salt: &str,
    rows: Rows,
    fallback: f32,
    mut row: impl FnMut(&mut Ui, usize),
) {
    let id = ui.make_persistent_id(("virtual_list", id_salt));
    let count = rows.count;
    // The width decides wrapping, so it is part of the layout (to the pixel).
    let layout_key = rows.style ^ (ui.available_width().round() as u64).rotate_left(32);
    let mut heights: Heights = ui.data_mut(|d| d.remove_temp(id)).unwrap_or_default();
    if heights.content != rows.content || heights.rows.len() != count {
        // Other rows: nothing to keep but the scroll area (which keeps its offset).
        heights = Heights {
            content: rows.content,
            layout_key,
            rows: vec![None; count],
            scroll_id: heights.scroll_id,
            ..Heights::default()
        };
    } else if heights.layout_key != layout_key {
        // The same rows, laid out anew: they keep their place.
        heights = Heights {
            layout_key,
            rows: vec![None; count],
            hint: Some(heights.estimate(fallback)),
            ..heights
        };
    }
    let estimate = heights.estimate(fallback);
    let mut changed = false;
    let mut area = ScrollArea::vertical()
        .id_salt(id_salt)
        .auto_shrink([false, true]);
    if let Some(offset) = heights.anchored_offset(ui, estimate) {
        area = area.vertical_scroll_offset(offset);
    }
    let mut anchor = None;
    // A corrected offset past the end of last frame's content would otherwise rubber-band: egui
    // springs it back with a velocity that carries the list far from the reader's place.
    let output = ui
        .scope(|ui| {
            ui.spacing_mut().scroll.kinetic.rubber_band = false;
            area.show_viewport(ui, |ui, viewport| {
                let total: f32 = heights.rows.iter().map(|h| h.unwrap_or(estimate)).sum();
                ui.set_height(total.max(0.0));
                // The first row reaching into the view, and where it starts.
                let mut first = 0;
                let mut top = 0.0;
                while first < count {
                    let height = heights.rows[first].unwrap_or(estimate);
                    if top + height > viewport.min.y {
                        break;
                    }
                    top += height;
                    first += 1;
                }
                if first >= count && count > 0 {
                    // Scrolled past the end after the heights were forgotten (a resize, another
                    // language): nothing to draw until the scroll area clamps to the new size.
                    changed = true;
                } else if count > 0 {
                    anchor = Some((first, top));
                }
                let origin = ui.max_rect().top();
                let rect = Rect::from_x_y_ranges(
                    ui.max_rect().x_range(),
                    origin + top..=origin + total.max(top),
                );
                ui.scope_builder(UiBuilder::new().max_rect(rect), |ui| {
                    let mut at = first;
                    while at < count && ui.cursor().top() - origin < viewport.max.y {
                        let start = ui.cursor().top();
                        ui.push_id(at, |ui| row(ui, at));
                        let drawn = ui.cursor().top() - start;
                        if heights.rows[at].is_none_or(|h| (h - drawn).abs() > 0.5) {
                            heights.rows[at] = Some(drawn);
                            changed = true;
                        }
                        at += 1;
                    }
                });
            })
        })
        .inner;
    heights.anchor = anchor;
    heights.scroll_id = Some(output.id);
    if changed {
        // Rows below and the scroll bar were placed with estimates; settle them next frame.
        ui.ctx().request_repaint();
    }
    ui.data_mut(|d| d.insert_temp(id, heights));
}
