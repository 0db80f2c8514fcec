//! The answer: reached or not, the projected index and the rank it buys (a range against a
//! partial table, never a made-up number), the effort, what blocks the rest, what a target rank
//! means in the table; and the button that takes it as a new scenario.

use egui::{RichText, Ui};

use crate::engine::goal::{Answer, Others, RankRange};
use crate::model::{Points, ResultRow, Results};

use super::super::action::Action;
use super::super::context::Cx;
use super::super::i18n::Lang;
use super::super::theme;
use super::{AimInputs, GoalAction, Mode, count, effort_unit};

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
        let colour = if answer.reachable {
            theme::GAIN
        } else {
            theme::ERROR
        };
        let (headline, colour) = match (answer.target_rank, answer.target, answer.reachable) {
            (Some(rank), _, reached) => (
                format!(
                    "{} {} ({} {})",
                    if reached {
                        s.reached_rank
                    } else {
                        s.not_reached_rank
                    },
                    rank.rank,
                    s.index_word,
                    lang.num(rank.index)
                ),
                colour,
            ),
            (None, Some(target), true) => (format!("{} {}", s.reached, lang.num(target)), colour),
            (None, Some(target), false) => {
                (format!("{} {}", s.not_reached, lang.num(target)), colour)
            }
            (None, None, _) => (
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
        let mut cost = format!("{} {}", count(answer.fixes.len(), lang), s.fixes_word);
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
