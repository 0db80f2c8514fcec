//! The answer: reached or not, the projected index and the rank it buys (a range against a
//! partial table, never a made-up number), the effort, what blocks the rest; the button that
//! takes it as a new scenario; and the fixes it is made of.

use egui::{Align, Layout, RichText, Ui};
use egui_extras::{Column, TableBuilder};

use crate::engine::goal::{Answer, Others, RankRange, Reason};
use crate::model::{Points, ResultRow, Results};

use super::super::action::Action;
use super::super::context::Cx;
use super::super::i18n::Lang;
use super::super::theme;
use super::{AimInputs, GoalAction, Mode, effort_unit};

/// Áp dụng thành kịch bản mới, for an answer with something to apply.
pub fn apply_button(ui: &mut Ui, cx: &mut Cx<'_>, answer: Option<&Answer>, applied: bool) {
    let s = cx.lang.goal();
    let any = answer.is_some_and(|a| !a.fixes.is_empty());
    let apply = ui
        .add_enabled(
            any && !applied,
            egui::Button::new(RichText::new(s.apply).strong()),
        )
        .on_hover_text(s.apply_tip)
        .on_disabled_hover_text(if applied {
            s.apply_done
        } else {
            s.apply_nothing
        });
    if apply.clicked() {
        cx.push(Action::Goal(GoalAction::Apply));
    }
}

/// A rank in the view's language: "hạng 18–44/63".
pub fn rank_text(rank: &RankRange, lang: Lang) -> String {
    match lang {
        Lang::Vi => rank.vi(),
        Lang::En => rank.en(),
    }
}

/// The headline, the figures, the apply button, and the lines that explain them.
pub fn summary_ui(
    ui: &mut Ui,
    cx: &mut Cx<'_>,
    answer: &Answer,
    aim: &AimInputs,
    results: Option<&Results>,
    origin: Option<&str>,
) {
    let s = cx.lang.goal();
    let lang = cx.lang;
    let unit = effort_unit(&answer.effort_unit, lang);
    ui.horizontal_wrapped(|ui| {
        let (headline, colour) = match (answer.target, answer.reachable) {
            (Some(target), true) => (format!("{} {}", s.reached, lang.num(target)), theme::GAIN),
            (Some(target), false) => (
                format!("{} {}", s.not_reached, lang.num(target)),
                theme::ERROR,
            ),
            (None, _) => (
                format!(
                    "{} {} {unit}",
                    s.within_budget,
                    lang.num(answer.budget.unwrap_or(Points::ZERO))
                ),
                theme::PROJECTED,
            ),
        };
        ui.label(theme::text::section(headline).color(colour));
        ui.separator();
        ui.label(RichText::new(s.projected).weak());
        ui.label(theme::text::section(format!(
            "{} / {}",
            lang.num(answer.projected_total),
            lang.num(answer.max_total)
        )))
        .on_hover_text(s.projected_tip);
        if let Some(rank) = &answer.projected_rank {
            ui.label(theme::text::section(rank_text(rank, lang)))
                .on_hover_text(if rank.is_exact() {
                    s.rank_exact_tip
                } else {
                    s.rank_range_tip
                });
        }
        ui.separator();
        // With no unit chosen every fix costs 1: the count is the effort.
        let mut cost = format!("{} {}", answer.fixes.len(), s.fixes_word);
        if !answer.effort_unit.trim().is_empty() {
            cost.push_str(&format!(" · {} {unit}", lang.num(answer.total_effort)));
        }
        ui.label(theme::text::section(cost))
            .on_hover_text(s.effort_total_tip);
    });
    let mut from = format!(
        "{} {}: {}",
        s.from_baseline,
        answer.year,
        lang.num(answer.baseline_total)
    );
    if let Some(rank) = &answer.baseline_rank {
        from.push_str(&format!(" ({})", rank_text(rank, lang)));
    }
    from.push_str(&format!(
        " · {} {}",
        s.all_feasible,
        lang.num(answer.feasible_total)
    ));
    if answer.others == Others::AverageChange
        && let Some(rank) = answer.projected_rank.or(answer.baseline_rank)
    {
        from.push_str(&format!(" · {} {}", s.others_moved, lang.delta(rank.shift)));
    }
    let detail = ui.label(RichText::new(from).small().weak());
    if let Some(origin) = origin {
        detail.on_hover_text(format!("{} {origin}", s.ranked_against));
    }
    if aim.mode == Mode::Rank
        && let (Some(target), Some(results)) = (answer.target_rank, results)
    {
        let shift = answer.baseline_rank.map_or(Points::ZERO, |r| r.shift);
        ui.label(RichText::new(rank_meaning(results, answer.year, target, shift, lang)).small());
    }
    if let Some(short) = &answer.shortfall {
        let mut text = format!(
            "{} {} · {} {}.",
            s.nearest,
            lang.num(short.nearest),
            s.short_by,
            lang.num(short.short_by)
        );
        text.push_str(&format!(" {} ", s.blocked_by));
        let mut parts = Vec::new();
        let unfixable = &answer.unfixable;
        if !unfixable.unitemised_total.is_zero() {
            parts.push(format!(
                "{} {}",
                s.unitemised,
                lang.num(unfixable.unitemised_total)
            ));
        }
        if !short.infeasible.is_zero() {
            parts.push(format!("{} {}", s.infeasible, lang.num(short.infeasible)));
        }
        if !unfixable.survey.is_zero() {
            parts.push(format!("{} {}", s.survey, lang.num(unfixable.survey)));
        }
        if short.budget_limited {
            parts.push(s.budget_short.to_string());
        }
        text.push_str(&parts.join("; "));
        ui.label(RichText::new(text).color(theme::ERROR));
    }
    if !answer.proven {
        ui.label(RichText::new(s.not_proven).small().color(theme::WARNING));
    }
}

/// What a target rank means in the table: the unit whose total it takes, its rank and the
/// source, and which ranks between are not published.
fn rank_meaning(
    results: &Results,
    year: i32,
    target: crate::engine::goal::RankTarget,
    shift: Points,
    lang: Lang,
) -> String {
    let s = lang.goal();
    let rows: Vec<&ResultRow> = results.units(year).collect();
    let head = format!(
        "{} {} {} {}",
        s.rank_needs,
        target.rank,
        s.rank_needs_index,
        lang.num(target.index)
    );
    let Some(row) = rows
        .iter()
        .filter(|r| r.total + shift == target.index)
        .min_by_key(|r| r.rank.unwrap_or(u32::MAX))
    else {
        return format!("{head}. {}", s.rank_no_row);
    };
    let rank = row
        .rank
        .map(|r| format!(" ({} {r})", s.rank_word))
        .unwrap_or_default();
    let mut text = format!("{head}: {} {}{rank}", s.equal_to, row.unit);
    if !shift.is_zero() {
        text.push_str(&format!(" {} {}", lang.delta(shift), s.shift_word));
    }
    if !target.exact
        && let Some(at) = row.rank
    {
        let next = rows.iter().filter_map(|r| r.rank).filter(|&r| r > at).min();
        if let Some(next) = next.filter(|&n| n > at + 1) {
            text.push_str(&format!(
                " — {} {}–{} {}",
                s.ranks_unlisted,
                at + 1,
                next - 1,
                s.ranks_unlisted_tail
            ));
        }
    }
    if !row.source.is_empty() {
        text.push_str(&format!(". {} {}", s.source, row.source));
    }
    text
}

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
        let list: Vec<String> = unfixable
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
    let figures = 112.0 + 96.0 + 80.0;
    let spacing = 7.0 * (ui.spacing().item_spacing.x + 4.0) + 16.0;
    let room = ui.available_width() - 64.0 - figures - spacing;
    // The lead and deadline give way to the criterion's name on a narrow window.
    let text = 150.0 + 120.0;
    let scale = ((room - 180.0) / text).clamp(0.55, 1.0);
    let mut selected = None;
    TableBuilder::new(ui)
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
        .column(Column::initial(112.0).at_least(70.0).clip(true))
        .column(Column::initial(96.0).at_least(70.0).clip(true))
        .column(Column::initial(80.0).at_least(56.0).clip(true))
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
                row.col(|ui| {
                    // Only a share is worth a mark; a whole fix is the rule.
                    if fix.partial {
                        ui.label(format!("{} / {}", lang.num(fix.value), lang.num(fix.max)))
                            .on_hover_text(s.partial_tip);
                    }
                });
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

/// Height of a table's heading row: two lines, so a heading with its unit wraps rather than
/// being cut.
pub const HEADING: f32 = 38.0;

/// A column heading, wrapped to its column, with what it means on hover.
pub fn heading(row: &mut egui_extras::TableRow<'_, '_>, title: &str, tip: &str) {
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
pub fn number(
    row: &mut egui_extras::TableRow<'_, '_>,
    text: String,
    colour: Option<egui::Color32>,
) {
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
