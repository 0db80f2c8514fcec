//! Cells the goal panel's tables share: wrapped headings, figures at the right, the effort
//! column's title with its unit.

use egui::{Align, Layout, RichText};
use egui_extras::TableRow;

/// Height of a table's heading row: two lines, so a heading with its unit wraps rather than
/// being cut.
pub const HEADING: f32 = 38.0;

/// A column heading, wrapped to its column, with what it means on hover.
pub fn heading(row: &mut TableRow<'_, '_>, title: &str, tip: &str) {
    row.col(|ui| {
        let label = ui.add(egui::Label::new(RichText::new(title).strong()).wrap());
        if !tip.is_empty() {
            label.on_hover_text(tip);
        }
    });
}

/// "Công sức (ngày công)", or "Công sức" while every fix counts 1.
pub fn effort_title(title: &str, chosen: &str, unit: &str) -> String {
    if chosen.trim().is_empty() {
        title.to_string()
    } else {
        format!("{title} ({unit})")
    }
}

/// A figure at the right of its cell.
pub fn number(row: &mut TableRow<'_, '_>, text: String, colour: Option<egui::Color32>) {
    row.col(|ui| {
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            let text = RichText::new(text);
            ui.label(match colour {
                Some(c) => text.color(c),
                None => text,
            });
        });
    });
}
