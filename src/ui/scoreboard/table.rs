//! The scoreboard as a table: per lead agency, its rank, items done on time, late and not done,
//! points recovered against points at stake, reports returned, and the score — every figure
//! the engine's (`agency::scoreboard`), each column explained on hover.

use egui::{Align, Layout, RichText, Ui};
use egui_extras::{Column, TableBuilder, TableRow};

use crate::agency::AgencyScore;

use super::super::context::Cx;
use super::super::i18n::Lang;
use super::super::theme;

/// Headers wrap (up to three lines), so the figures' columns stay narrow.
const HEADER: f32 = theme::ROW_HEIGHT * 1.7;
/// The figures' columns: rank, items, on time, late, not done, recovered, reports, score.
const WIDTHS: [f32; 8] = [40.0, 56.0, 60.0, 56.0, 72.0, 104.0, 80.0, 70.0];
/// Room the name column keeps however narrow the window.
const NAME_MIN: f32 = 110.0;
/// Between columns: narrower than the window's item spacing, so nine columns fit 1024 pixels.
const SPACING: f32 = 4.0;

pub(super) fn table_ui(ui: &mut Ui, cx: &mut Cx<'_>, agencies: &[&AgencyScore]) {
    let a = cx.lang.agency();
    let lang = cx.lang;
    ui.spacing_mut().item_spacing.x = SPACING;
    let mut builder = TableBuilder::new(ui)
        .id_salt("scoreboard table")
        .striped(true)
        .vscroll(false)
        .cell_layout(Layout::left_to_right(Align::Center))
        .column(Column::exact(WIDTHS[0]))
        .column(Column::remainder().at_least(NAME_MIN).clip(true));
    for width in &WIDTHS[1..] {
        builder = builder.column(Column::exact(*width));
    }
    builder
        .header(HEADER, |mut header| {
            for (title, tip) in a.columns {
                header.col(|ui| {
                    // Small, so three lines fit the header over a narrow column.
                    ui.add(egui::Label::new(RichText::new(*title).small().strong()).wrap())
                        .on_hover_text(*tip);
                });
            }
        })
        .body(|mut body| {
            // One line for a short name, two for a long one (cut with "…" beyond).
            let name_width = body.widths().get(1).copied().unwrap_or(NAME_MIN);
            let heights: Vec<f32> = agencies
                .iter()
                .map(|agency| {
                    let lines = lines(body.ui_mut(), &agency.agency, name_width);
                    if lines > 1 {
                        theme::ROW_HEIGHT * 1.6
                    } else {
                        theme::ROW_HEIGHT + 4.0
                    }
                })
                .collect();
            body.heterogeneous_rows(heights.into_iter(), |mut row| {
                if let Some(agency) = agencies.get(row.index()) {
                    row_ui(&mut row, agency, lang);
                }
            });
        });
}

/// How many lines `text` takes at `width`.
fn lines(ui: &Ui, text: &str, width: f32) -> usize {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let galley = ui
        .ctx()
        .fonts_mut(|f| f.layout(text.to_string(), font, ui.visuals().text_color(), width));
    galley.rows.len()
}

fn row_ui(row: &mut TableRow<'_, '_>, agency: &AgencyScore, lang: Lang) {
    let a = lang.agency();
    row.col(|ui| {
        ui.label(agency.rank.to_string());
    });
    row.col(|ui| {
        two_lines(ui, &agency.agency).on_hover_text(&agency.agency);
    });
    row.col(|ui| {
        ui.label(agency.items.to_string());
    });
    row.col(|ui| {
        ui.label(RichText::new(agency.done_on_time.to_string()).color(theme::GAIN));
    });
    row.col(|ui| {
        let late = RichText::new(agency.done_late.to_string());
        ui.label(if agency.done_late > 0 {
            late.color(theme::WARNING)
        } else {
            late
        });
    });
    row.col(|ui| {
        let mut text = agency.not_done.to_string();
        if agency.overdue > 0 {
            text.push_str(&format!(" ({})", agency.overdue));
        }
        let label = RichText::new(text);
        ui.label(if agency.overdue > 0 {
            label.color(theme::ERROR).strong()
        } else {
            label
        })
        .on_hover_text(format!(
            "{} {}; {} {}",
            agency.not_done, a.not_done_tip, agency.overdue, a.overdue_tip
        ));
    });
    row.col(|ui| {
        ui.label(format!(
            "{} / {}",
            lang.num(agency.recovered),
            lang.num(agency.at_stake)
        ));
    });
    row.col(|ui| {
        let mut text = format!("{} / {}", agency.reports_on_time, agency.reports_expected);
        if agency.reports_late > 0 {
            text.push_str(&format!(" (+{})", agency.reports_late));
        }
        ui.label(text).on_hover_text(format!(
            "{} {}; {} {}; {} {}",
            agency.reports_expected,
            a.reports_expected_tip,
            agency.reports_on_time,
            a.reports_on_time_tip,
            agency.reports_late,
            a.reports_late_tip
        ));
    });
    row.col(|ui| {
        ui.label(theme::text::emphasis(lang.num(agency.score)));
    });
}

/// A name on at most two lines, cut with "…" beyond.
fn two_lines(ui: &mut Ui, text: &str) -> egui::Response {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let mut job = egui::text::LayoutJob::simple(
        text.to_string(),
        font,
        ui.visuals().text_color(),
        ui.available_width(),
    );
    job.wrap.max_rows = 2;
    ui.add(egui::Label::new(job).wrap())
}
