//! Việc cần làm: the answer's fixes as a table (drawn where in view, so a national card's
//! thousands of fixes cost a screenful), then the items it leaves out and why, and the losses
//! no fix recovers.

use egui::{Align, Layout, RichText, Ui};
use egui_extras::{Column, TableBuilder};

use crate::engine::goal::{Answer, Reason};

use super::super::action::Action;
use super::super::context::Cx;
use super::super::i18n::Lang;
use super::super::theme;
use super::cells::{HEADING, effort_title, heading, number};
use super::effort_unit;

/// The fixes of the answer, then what it leaves out and what no fix recovers.
pub fn fixes_ui(ui: &mut Ui, cx: &mut Cx<'_>, answer: &Answer) {
    let s = cx.lang.goal();
    let lang = cx.lang;
    let notes = notes(answer, lang);
    if answer.fixes.is_empty() {
        let text = if answer.reachable && answer.target.is_some() {
            s.nothing_needed
        } else {
            s.nothing_feasible
        };
        ui.label(RichText::new(text).weak());
    } else {
        // The notes below keep their room; the table scrolls in the rest.
        // Measured at this width, so a note that wraps in a small window is not cut off.
        let width = ui.available_width();
        let font = egui::TextStyle::Small.resolve(ui.style());
        let reserve: f32 = notes
            .iter()
            .map(|(text, _)| {
                ui.fonts_mut(|f| {
                    f.layout(
                        text.clone(),
                        font.clone(),
                        egui::Color32::PLACEHOLDER,
                        width,
                    )
                })
                .size()
                .y + ui.spacing().item_spacing.y
            })
            .sum();
        let height = (ui.available_height() - reserve - HEADING - 8.0).max(theme::ROW_HEIGHT * 2.0);
        table_ui(ui, cx, answer, height);
    }
    for (text, colour) in notes {
        ui.add(egui::Label::new(RichText::new(text).small().color(colour)).wrap());
    }
}

/// Items left out named one by one before the rest are counted.
const SHOWN: usize = 4;

/// The lines under the fixes: items left out and why, the losses no fix recovers.
fn notes(answer: &Answer, lang: Lang) -> Vec<(String, egui::Color32)> {
    let s = lang.goal();
    let mut out = Vec::new();
    for left in answer.left_out.iter().take(SHOWN) {
        let reason = match left.reason {
            Reason::NotFeasible => s.reason_no.to_string(),
            Reason::After(date) => s.reason_after.replace("{}", &date.vi()),
        };
        out.push((
            format!(
                "{} {} {} ({} {}): {reason}",
                s.left_out,
                left.code,
                left.name,
                lang.num(left.gain),
                s.points_word
            ),
            theme::MARKER,
        ));
    }
    if answer.left_out.len() > SHOWN {
        out.push((
            format!("… {} {}", answer.left_out.len() - SHOWN, s.more_left_out),
            theme::MARKER,
        ));
    }
    let unfixable = &answer.unfixable;
    if !unfixable.unitemised_total.is_zero() {
        let mut list: Vec<String> = unfixable
            .unitemised
            .iter()
            .take(6)
            .map(|l| {
                let code = if l.field {
                    format!("LV{}", l.code)
                } else {
                    l.code.clone()
                };
                format!("{code} {}", lang.num(l.lost))
            })
            .collect();
        if unfixable.unitemised.len() > 6 {
            list.push(format!(
                "… {} {}",
                unfixable.unitemised.len() - 6,
                s.more_word
            ));
        }
        out.push((
            format!(
                "{} {} ({}): {}",
                s.unitemised_long,
                lang.num(unfixable.unitemised_total),
                list.join("; "),
                s.unitemised_why
            ),
            theme::MARKER,
        ));
    }
    if !unfixable.survey.is_zero() {
        out.push((
            format!(
                "{} {}: {}",
                s.survey_long,
                lang.num(unfixable.survey),
                s.survey_why
            ),
            theme::INFO,
        ));
    }
    out
}

/// Mã, tiêu chí, điểm khôi phục, công sức, một phần, chủ trì, thời hạn.
fn table_ui(ui: &mut Ui, cx: &mut Cx<'_>, answer: &Answer, height: f32) {
    let s = cx.lang.goal();
    let lang = cx.lang;
    let unit = effort_unit(&answer.effort_unit, lang);
    // The partial column only when a fix is taken partly: otherwise it would be empty.
    let any_partial = answer.fixes.iter().any(|f| f.partial);
    let figures = 88.0 + 88.0 + if any_partial { 72.0 } else { 0.0 };
    let columns = if any_partial { 7.0 } else { 6.0 };
    let spacing = columns * ui.spacing().item_spacing.x + ui.spacing().scroll.bar_width + 8.0;
    let room = ui.available_width() - 64.0 - figures - spacing;
    // The lead and deadline give way to the criterion's name on a narrow window, down to a
    // little over half.
    let text = 150.0 + 120.0;
    let scale = ((room - 200.0) / text).clamp(0.55, 1.0);
    let mut selected = None;
    let mut builder = TableBuilder::new(ui)
        .id_salt("goal fixes")
        .striped(true)
        .min_scrolled_height(0.0)
        .max_scroll_height(height)
        .cell_layout(Layout::left_to_right(Align::Center))
        .column(Column::initial(64.0).at_least(48.0).clip(true))
        .column(
            Column::initial((room - text * scale).max(120.0))
                .at_least(100.0)
                .clip(true),
        )
        .columns(Column::initial(88.0).at_least(70.0).clip(true), 2);
    if any_partial {
        builder = builder.column(Column::initial(72.0).at_least(56.0).clip(true));
    }
    builder
        .column(Column::initial(150.0 * scale).at_least(70.0).clip(true))
        .column(Column::remainder().at_least(70.0).clip(true))
        .header(HEADING, |mut header| {
            let effort = effort_title(s.col_effort, &answer.effort_unit, &unit);
            for (title, tip) in [
                (s.col_code, ""),
                (s.col_name, ""),
                (s.col_gain, s.col_gain_tip),
                (effort.as_str(), s.col_effort_tip),
                (s.col_partial, s.col_partial_tip),
                (s.col_lead, ""),
                (s.col_deadline, s.col_deadline_tip),
            ] {
                if title == s.col_partial && !any_partial {
                    continue;
                }
                heading(&mut header, title, tip);
            }
        })
        .body(|body| {
            body.rows(theme::ROW_HEIGHT, answer.fixes.len(), |mut row| {
                let Some(fix) = answer.fixes.get(row.index()) else {
                    return;
                };
                row.col(|ui| {
                    if ui
                        .add(egui::Label::new(&fix.code).sense(egui::Sense::click()))
                        .on_hover_text(s.select_tip)
                        .clicked()
                    {
                        selected = Some(fix.code.clone());
                    }
                });
                row.col(|ui| {
                    ui.add(egui::Label::new(&fix.name).truncate());
                });
                number(
                    &mut row,
                    format!("+{}", lang.num(fix.gain)),
                    Some(theme::GAIN),
                );
                number(&mut row, lang.num(fix.effort), None);
                if any_partial {
                    row.col(|ui| {
                        // Only a share is worth a mark; a whole fix is the rule.
                        if fix.partial {
                            ui.label(format!("{} / {}", lang.num(fix.value), lang.num(fix.max)))
                                .on_hover_text(s.partial_tip);
                        }
                    });
                }
                row.col(|ui| {
                    ui.add(egui::Label::new(fix.lead.clone().unwrap_or_default()).truncate());
                });
                row.col(|ui| {
                    let text = RichText::new(&fix.deadline);
                    let label = ui.add(
                        egui::Label::new(if fix.late {
                            text.color(theme::WARNING)
                        } else {
                            text
                        })
                        .truncate(),
                    );
                    if fix.late {
                        label.on_hover_text(s.late_tip);
                    }
                });
            });
        });
    if let Some(code) = selected {
        cx.push(Action::SelectCode(code));
    }
}
