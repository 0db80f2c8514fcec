//! What the officer aims at: a target index (the scenario's own target by default, else 85), a
//! target rank (turned into an index through the results table), or an effort budget; the
//! effort unit; and whether the other provinces are taken to improve by the national average.

use egui::{DragValue, TextEdit, Ui};

use crate::engine::goal::{Aim, Others, Request};
use crate::engine::{Edit, Session};
use crate::model::{Points, Results};

use super::super::action::Action;
use super::super::context::Cx;
use super::super::theme;
use super::{Asked, GoalAction, GoalPath};

/// How the aim is given.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    /// Chỉ số mục tiêu.
    #[default]
    Index,
    /// Hạng mục tiêu.
    Rank,
    /// Ngân sách công sức: the highest index within it.
    Budget,
}

/// The aim as typed.
#[derive(Clone, Debug, Default)]
pub struct AimInputs {
    pub mode: Mode,
    /// The index as typed; `None` follows the scenario's target (85 when it has none).
    pub index: Option<String>,
    /// The rank chosen; `None` is the default (out of the bottom half, or one place up).
    pub rank: Option<u32>,
    /// The budget as typed, in the scenario's effort unit.
    pub budget: String,
    /// Rank against the other units moved by the national average's change.
    pub others_improve: bool,
    /// The effort unit being typed under "Khác…".
    pub unit_text: Option<String>,
}

/// The index aimed at when none was typed: the scenario's target, else 85 (within the card's
/// maximum).
pub fn default_index(session: &Session) -> Points {
    let max = session.analysis().whole_totals().0;
    session
        .changes()
        .target
        .unwrap_or(Points::from_units(85 * crate::model::SCALE))
        .min(max)
}

/// Units ranked in the assessed year's table (or the card's own published count).
fn ranked_of(session: &Session, results: Option<&Results>) -> u32 {
    let analysis = session.analysis();
    let listed = results.map_or(0, |r| {
        r.units(analysis.year)
            .map(|row| row.of.unwrap_or(0).max(row.rank.unwrap_or(0)))
            .max()
            .unwrap_or(0)
    });
    listed
        .max(analysis.rank.and_then(|(_, of)| of).unwrap_or(0))
        .max(1)
}

/// The rank aimed at by default: out of the bottom half, or one place up if already there.
fn default_rank(session: &Session, results: Option<&Results>) -> u32 {
    let of = ranked_of(session, results);
    let half = (of / 2).max(1);
    match session.analysis().rank {
        Some((rank, _)) if rank <= half => rank.saturating_sub(1).max(1),
        _ => half,
    }
}

impl AimInputs {
    /// The question these inputs ask of the session (its key for the memo).
    pub fn asked(&self, session: &Session, results: Option<&Results>, tables: u64) -> Asked {
        let (aim, budget) = match self.mode {
            Mode::Index => {
                let index = match &self.index {
                    None => Some(default_index(session)),
                    Some(text) => Points::parse(text.trim()).ok(),
                };
                (index.map(Aim::Index), None)
            }
            Mode::Rank => (
                Some(Aim::Rank(
                    self.rank.unwrap_or_else(|| default_rank(session, results)),
                )),
                None,
            ),
            Mode::Budget => (None, Points::parse(self.budget.trim()).ok()),
        };
        Asked {
            aim,
            budget,
            others: if self.others_improve {
                Others::AverageChange
            } else {
                Others::AsPublished
            },
            tables,
        }
    }

    /// The engine's request for `asked`, against `results`.
    pub fn request<'a>(&self, asked: &Asked, results: Option<&'a Results>) -> Request<'a> {
        Request {
            aim: asked.aim,
            budget: asked.budget,
            results,
            others: asked.others,
        }
    }
}

/// The aim's row, the unit and the ranking options.
pub fn aim_ui(
    inputs: &mut AimInputs,
    ui: &mut Ui,
    cx: &mut Cx<'_>,
    results: Option<&Results>,
    origin: Option<&str>,
    last_effort: Option<Points>,
) {
    let s = cx.lang.goal();
    let lang = cx.lang;
    let session = cx.session;
    ui.horizontal_wrapped(|ui| {
        ui.label(theme::text::panel_title(s.aim));
        // The index.
        let caption = ui
            .radio_value(&mut inputs.mode, Mode::Index, s.mode_index)
            .on_hover_text(s.mode_index_tip);
        let mut text = inputs
            .index
            .clone()
            .unwrap_or_else(|| lang.num(default_index(session)));
        let bad = Points::parse(text.trim()).is_err();
        let mut edit = TextEdit::singleline(&mut text)
            .desired_width(56.0)
            .align(egui::Align2::RIGHT_CENTER);
        if bad {
            edit = edit.text_color(theme::ERROR);
        }
        let response = ui
            .add_enabled(inputs.mode == Mode::Index, edit)
            .labelled_by(caption.id);
        let response = response.on_hover_text(if bad { s.bad_index } else { s.index_tip });
        if response.changed() {
            inputs.index = Some(text);
        }
        // The rank, through the results table.
        let can_rank = results.is_some();
        let rank_tip = if can_rank {
            s.mode_rank_tip
        } else {
            s.no_results
        };
        ui.add_enabled_ui(can_rank, |ui| {
            ui.radio_value(&mut inputs.mode, Mode::Rank, s.mode_rank)
                .on_hover_text(rank_tip);
        });
        let of = ranked_of(session, results);
        let mut rank = inputs
            .rank
            .unwrap_or_else(|| default_rank(session, results));
        let response = ui
            .add_enabled(
                can_rank && inputs.mode == Mode::Rank,
                DragValue::new(&mut rank).range(1..=of).speed(0.2),
            )
            .on_hover_text(rank_tip);
        if response.changed() {
            inputs.rank = Some(rank);
        }
        ui.label(format!("/{of}"));
        // The budget.
        let before = inputs.mode;
        let caption = ui
            .radio_value(&mut inputs.mode, Mode::Budget, s.mode_budget)
            .on_hover_text(s.mode_budget_tip);
        if before != Mode::Budget && inputs.mode == Mode::Budget && inputs.budget.is_empty() {
            // Start from what the last answer cost: the officer then moves it up or down.
            inputs.budget = last_effort.map(|e| lang.num(e)).unwrap_or_default();
        }
        let bad = Points::parse(inputs.budget.trim()).is_err();
        let mut edit = TextEdit::singleline(&mut inputs.budget)
            .desired_width(56.0)
            .align(egui::Align2::RIGHT_CENTER);
        if bad && inputs.mode == Mode::Budget {
            edit = edit.text_color(theme::ERROR);
        }
        ui.add_enabled(inputs.mode == Mode::Budget, edit)
            .labelled_by(caption.id)
            .on_hover_text(s.budget_tip);
        unit_ui(inputs, ui, cx);
    });
    ui.horizontal_wrapped(|ui| {
        let averages = results.and_then(|r| {
            let analysis = session.analysis();
            Some((
                r.average(analysis.year)?.total,
                r.average(analysis.target_year)?.total,
            ))
        });
        let label = match averages {
            Some((from, to)) => format!(
                "{} ({} {} {})",
                s.others_improve,
                lang.num(from),
                s.rising_to,
                lang.num(to)
            ),
            None => s.others_improve.to_string(),
        };
        ui.add_enabled_ui(averages.is_some(), |ui| {
            ui.checkbox(&mut inputs.others_improve, label)
                .on_hover_text(s.others_improve_tip);
        });
        if averages.is_none() {
            inputs.others_improve = false;
        }
        let tip = match origin {
            Some(origin) => format!("{} {origin}\n\n{}", s.ranked_against, s.results_tip),
            None => format!("{}\n\n{}", s.no_results, s.results_tip),
        };
        if ui.small_button(s.read_results).on_hover_text(tip).clicked() {
            cx.push(Action::Goal(GoalAction::Ask(GoalPath::Results)));
        }
    });
}

/// Đơn vị công sức: the usual units, or one typed; the choice is an undoable edit of the
/// scenario.
fn unit_ui(inputs: &mut AimInputs, ui: &mut Ui, cx: &mut Cx<'_>) {
    let s = cx.lang.goal();
    let current = cx.session.changes().effort_unit.clone();
    let shown = super::effort_unit(&current, cx.lang);
    let mut chosen: Option<String> = None;
    egui::ComboBox::from_id_salt("goal effort unit")
        .selected_text(shown)
        .width(108.0)
        .show_ui(ui, |ui| {
            for preset in s.unit_presets {
                if ui.selectable_label(current == *preset, *preset).clicked() {
                    chosen = Some((*preset).to_string());
                }
            }
            if ui
                .selectable_label(current.is_empty(), s.unit_fixes_default)
                .clicked()
            {
                chosen = Some(String::new());
            }
            if ui.selectable_label(false, s.unit_other).clicked() {
                inputs.unit_text = Some(current.clone());
            }
        })
        .response
        .on_hover_text(s.effort_unit_tip);
    if let Some(text) = &mut inputs.unit_text {
        let response = ui.add(
            TextEdit::singleline(text)
                .desired_width(110.0)
                .hint_text(s.unit_hint),
        );
        if response.lost_focus() {
            chosen = Some(text.trim().to_string());
            inputs.unit_text = None;
        }
    }
    if let Some(unit) = chosen.filter(|u| *u != current) {
        cx.push(Action::Edit(Edit::SetEffortUnit { unit }));
    }
}
