//! The projection editor of the selected row: an exact entry that accepts "1,5" and "1.5", a
//! slider from 0 to the maximum, full marks and reset; for a field also its survey part. Laid
//! out in fixed places, so the entry stays where the hand left it whatever else the editor
//! says, and nothing of it hides under the side panel on a small screen.

use egui::{RichText, Slider, TextEdit, Ui};

use crate::engine::{Edit, basis_note};
use crate::model::Points;

use super::action::Action;
use super::context::Cx;
use super::{theme, widgets};

/// Width of the caption column, so the entries line up.
const CAPTION: f32 = 150.0;

/// The editor and its own state: the entries being typed.
#[derive(Clone, Debug, Default)]
pub struct Editor {
    /// The score entry's text while it has focus; refilled from the figure otherwise.
    pub entry: String,
    pub survey_entry: String,
    /// Put the keyboard in the score entry at the next frame.
    pub focus: Option<Focus>,
}

/// How the score entry takes the keyboard.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Focus {
    /// With its figure selected, to type over (Enter, F2).
    Select,
    /// Starting with what was typed on the row (a digit).
    Typed(String),
}

/// The score entry's id, so the table can hand it the keyboard.
pub fn entry_id() -> egui::Id {
    egui::Id::unique("score entry")
}

fn survey_id() -> egui::Id {
    egui::Id::unique("survey entry")
}

/// One editable score.
struct Line<'a> {
    label: &'a str,
    id: egui::Id,
    value: Points,
    max: Points,
    baseline: Points,
}

/// What a person did on a score line this frame.
#[derive(Clone, Copy)]
enum Change {
    None,
    /// Dragging the slider.
    Live(Points),
    DragEnded,
    /// A finished value (entry, full marks); `None` resets to the baseline.
    Set(Option<Points>),
}

impl Editor {
    /// The title, "reset all", then the selected row's lines (or a hint).
    pub fn ui(&mut self, ui: &mut Ui, cx: &mut Cx<'_>) {
        let s = cx.s();
        ui.horizontal(|ui| {
            ui.label(theme::text::panel_title(s.editor_title));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.button(s.reset_all).clicked() {
                    cx.push(Action::Edit(Edit::ResetAll));
                }
            });
        });
        let Some(index) = cx
            .selected
            .filter(|&i| i < cx.session.analysis().nodes.len())
        else {
            ui.label(RichText::new(s.select_hint).weak());
            return;
        };
        self.node_ui(ui, cx, index);
    }

    fn node_ui(&mut self, ui: &mut Ui, cx: &mut Cx<'_>, index: usize) {
        let s = cx.s();
        let session = cx.session;
        let analysis = session.analysis();
        let node = analysis.node(index);
        ui.horizontal(|ui| {
            ui.label(theme::text::section(&node.code));
            ui.add(egui::Label::new(theme::text::section(&node.name)).truncate());
        });
        let value = session.projected().values[index];
        let line = Line {
            label: s.projected_score,
            id: entry_id(),
            value,
            max: node.max,
            baseline: node.base,
        };
        let focus = self.focus.take();
        let change = score_line(ui, cx, &line, &mut self.entry, focus);
        let code = node.code.clone();
        push(
            cx,
            change,
            |v| Edit::SetScore {
                code: code.clone(),
                value: v,
            },
            &format!("score {code}"),
        );

        if node.is_field()
            && let Some(info) = analysis.fields.get(node.field)
            && !info.survey_max.is_zero()
        {
            let line = Line {
                label: s.survey_score,
                id: survey_id(),
                value: session.projected().surveys[node.field],
                max: info.survey_max,
                baseline: info.survey_base,
            };
            let change = score_line(ui, cx, &line, &mut self.survey_entry, None);
            let field = node.code.clone();
            push(
                cx,
                change,
                |v| Edit::SetSurvey {
                    field: field.clone(),
                    value: v,
                },
                &format!("survey {field}"),
            );
        }
        Self::notes_ui(ui, cx, index);
    }

    /// What the editor says under the lines: why the figure is what it is, a gain set on a
    /// parent that its children do not carry, and the plan.
    fn notes_ui(ui: &mut Ui, cx: &mut Cx<'_>, index: usize) {
        let s = cx.s();
        let lang = cx.lang;
        let session = cx.session;
        let analysis = session.analysis();
        let node = analysis.node(index);
        if let Some(note) = basis_note(analysis, index) {
            ui.add(
                egui::Label::new(
                    RichText::new(format!("{} {}", note.marker, note.text(cx.vi())))
                        .small()
                        .color(theme::MARKER),
                )
                .wrap(),
            );
        }
        let own = session.projected().own_gain(analysis, index);
        if !own.is_zero() {
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    RichText::new(format!(
                        "{} {}: {}",
                        s.set_on_parent,
                        lang.delta(own),
                        s.not_spread
                    ))
                    .small()
                    .color(theme::MARKER),
                );
                if ui
                    .small_button(s.spread)
                    .on_hover_text(s.spread_tip)
                    .clicked()
                {
                    cx.push(Action::Edit(Edit::Spread {
                        code: node.code.clone(),
                    }));
                }
            });
        }
        let plan = node
            .plan_owner
            .and_then(|owner| analysis.node(owner).plan.as_ref());
        if let Some(plan) = plan {
            ui.add_space(theme::GAP / 2.0);
            egui::Grid::new("plan").num_columns(2).show(ui, |ui| {
                for (caption, text) in [
                    (s.lead, &plan.lead),
                    (s.deadline, &plan.deadline),
                    (s.task, &plan.task),
                ] {
                    if !text.is_empty() {
                        ui.label(RichText::new(caption).weak());
                        ui.add(egui::Label::new(text.as_str()).wrap());
                        ui.end_row();
                    }
                }
            });
        }
    }
}

fn push(cx: &mut Cx<'_>, change: Change, edit: impl Fn(Option<Points>) -> Edit, key: &str) {
    match change {
        Change::None => {}
        Change::Live(value) => cx.push(Action::Live {
            edit: edit(Some(value)),
            key: key.to_string(),
        }),
        Change::DragEnded => cx.push(Action::Seal),
        Change::Set(value) => cx.push(Action::Edit(edit(value))),
    }
}

/// Two rows in fixed places: caption, entry, maximum and change; then the slider and the
/// buttons. A bad number is said on the entry's tooltip and in red, never by pushing
/// widgets aside.
fn score_line(
    ui: &mut Ui,
    cx: &Cx<'_>,
    line: &Line<'_>,
    entry: &mut String,
    focus: Option<Focus>,
) -> Change {
    let lang = cx.lang;
    let s = cx.s();
    let mut change = Change::None;
    let has_focus = ui.memory(|m| m.has_focus(line.id));
    if !has_focus && focus.is_none() {
        *entry = lang.num(line.value);
    }
    match &focus {
        Some(Focus::Typed(typed)) => entry.clone_from(typed),
        Some(Focus::Select) => *entry = lang.num(line.value),
        None => {}
    }
    let parsed = Points::parse(entry.trim());
    let bad = parsed.is_err() && !entry.trim().is_empty();
    ui.horizontal(|ui| {
        let caption = ui
            .allocate_ui_with_layout(
                egui::vec2(CAPTION, 20.0),
                egui::Layout::left_to_right(egui::Align::Center),
                |ui| {
                    ui.set_min_width(CAPTION);
                    ui.label(line.label)
                },
            )
            .inner;
        let mut edit = TextEdit::singleline(entry)
            .id(line.id)
            .desired_width(80.0)
            .hint_text(s.enter_value)
            .align(egui::Align2::RIGHT_CENTER);
        if bad {
            edit = edit.text_color(theme::LOST);
        }
        let output = edit.show(ui);
        let response = output.response.response.clone().labelled_by(caption.id);
        if let Some(start) = focus {
            response.request_focus();
            // Enter or F2 selects the figure to type over it; a digit typed on the row
            // starts the entry after that digit.
            let mut state = output.state;
            let range = match start {
                Focus::Typed(_) => {
                    egui::text::CCursorRange::one(egui::text::CCursor::new(entry.chars().count()))
                }
                Focus::Select => egui::text::CCursorRange::two(
                    egui::text::CCursor::new(0),
                    egui::text::CCursor::new(entry.chars().count()),
                ),
            };
            state.cursor.set_char_range(Some(range));
            state.store(ui.ctx(), line.id);
        }
        let response = if bad {
            response.on_hover_text(s.bad_number)
        } else {
            response
        };
        if response.lost_focus()
            && ui.input(|i| i.key_pressed(egui::Key::Enter))
            && let Ok(points) = parsed
        {
            change = Change::Set(Some(points));
        }
        ui.label(format!("{} {}", s.of_max, lang.num(line.max)));
        widgets::delta(ui, lang, line.value - line.baseline, 14.0, false);
    });
    ui.horizontal(|ui| {
        ui.add_space(CAPTION + ui.spacing().item_spacing.x);
        let mut value = line.value.to_f64();
        ui.spacing_mut().slider_width = (ui.available_width() - 200.0).clamp(120.0, 260.0);
        let slider = ui.add(
            Slider::new(&mut value, 0.0..=line.max.to_f64())
                .show_value(false)
                .smart_aim(false),
        );
        let slider = slider.on_hover_text(line.label);
        if slider.changed()
            && let Ok(points) = Points::from_f64((value * 100.0).round() / 100.0)
        {
            let points = points.clamp_to(Points::ZERO, line.max);
            // A click on the track is a finished edit; only a drag stays open for merging.
            change = if slider.dragged() {
                Change::Live(points)
            } else {
                Change::Set(Some(points))
            };
        }
        if slider.drag_stopped() {
            change = Change::DragEnded;
        }
        if ui.button(s.full_marks).clicked() {
            change = Change::Set(Some(line.max));
        }
        if ui.button(s.reset).clicked() {
            change = Change::Set(None);
        }
    });
    change
}
