//! Small widgets shared by the panels.

use egui::{Color32, Response, Ui};

use crate::model::Points;

use super::i18n::Lang;
use super::theme;

/// A difference from the baseline: a painted up or down triangle and "+1,5" in green or red;
/// nothing for no difference unless `show_zero`.
pub fn delta(
    ui: &mut Ui,
    lang: Lang,
    delta: Points,
    size: f32,
    show_zero: bool,
) -> Option<Response> {
    if delta.is_zero() && !show_zero {
        return None;
    }
    let colour = if delta.is_negative() {
        theme::LOST
    } else if delta.is_zero() {
        ui.visuals().weak_text_color()
    } else {
        theme::GAIN
    };
    if !delta.is_zero() {
        triangle(ui, !delta.is_negative(), size * 0.55, colour);
    }
    Some(ui.label(theme::text::delta(lang.delta(delta), size).color(colour)))
}

/// An up or down triangle of half-width `r`.
pub fn triangle(ui: &mut Ui, up: bool, r: f32, colour: Color32) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(r * 2.0, r * 2.0), egui::Sense::hover());
    let c = rect.center();
    let h = r * 0.85;
    let points = if up {
        vec![
            c + egui::vec2(0.0, -h),
            c + egui::vec2(r, h),
            c + egui::vec2(-r, h),
        ]
    } else {
        vec![
            c + egui::vec2(-r, -h),
            c + egui::vec2(r, -h),
            c + egui::vec2(0.0, h),
        ]
    };
    ui.painter().add(egui::Shape::convex_polygon(
        points,
        colour,
        egui::Stroke::NONE,
    ));
}

/// The expand/collapse triangle, painted so it needs no glyph from any font.
pub fn disclosure(ui: &mut Ui, open: bool, label: &str) -> Response {
    let (rect, response) = ui.allocate_exact_size(egui::vec2(18.0, 18.0), egui::Sense::click());
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

/// The view's "as of" date as a field: filled from the workspace's date, red while the text
/// does not read as a date, and sent (`SetAsOf`) as soon as it does — the plan views' toolbar
/// and the scoreboard's share the one date.
#[derive(Clone, Debug, Default)]
pub struct AsOfField {
    /// The date as typed.
    pub text: String,
    /// The date the text was last filled from.
    shown: Option<crate::model::Date>,
}

impl AsOfField {
    pub fn ui(&mut self, ui: &mut Ui, cx: &mut super::Cx<'_>, caption: &str, tip: &str) {
        use crate::model::Date;
        let as_of = cx.as_of();
        if self.shown != Some(as_of) {
            self.text = if cx.vi() {
                as_of.vi()
            } else {
                as_of.to_string()
            };
            self.shown = Some(as_of);
        }
        let caption = ui.label(caption);
        let bad = Date::parse_typed(&self.text).is_err();
        let mut edit = egui::TextEdit::singleline(&mut self.text)
            .desired_width(110.0)
            .hint_text(cx.s().date_hint);
        if bad {
            edit = edit.text_color(theme::ERROR);
        }
        let response = ui.add(edit).labelled_by(caption.id).on_hover_text(tip);
        // Read after the edit: the keystroke that completes a date sends it.
        if response.changed()
            && let Ok(date) = Date::parse_typed(&self.text)
            && date != as_of
        {
            self.shown = Some(date);
            cx.push(super::Action::SetAsOf(date));
        }
    }
}
