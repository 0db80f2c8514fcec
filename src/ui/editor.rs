//! The projection editor of the selected row: a slider from 0 to its max, an exact entry that
//! accepts "1,5" and "1.5", full marks and reset; for a field, also its survey part.

use egui::{RichText, Slider, TextEdit, Ui};

use crate::engine::{Edit, Session, basis_note};
use crate::model::Points;

use super::action::Action;
use super::i18n::Lang;
use super::view::View;
use super::{theme, widgets};

/// Draws the editor of the selected node (or a hint when nothing is selected).
pub fn show(ui: &mut Ui, session: &Session, view: &mut View, actions: &mut Vec<Action>) {
    let lang = view.lang;
    let s = lang.s();
    let Some(index) = view
        .selected
        .filter(|&i| i < session.analysis().nodes.len())
    else {
        ui.label(RichText::new(s.select_hint).weak());
        return;
    };
    let analysis = session.analysis();
    let node = analysis.node(index);
    ui.horizontal(|ui| {
        ui.label(theme::strong(&node.code, 16.0));
        ui.add(egui::Label::new(theme::strong(&node.name, 16.0)).truncate())
            .on_hover_text(&node.name);
    });
    if let Some(note) = basis_note(analysis, index) {
        ui.add(
            egui::Label::new(
                RichText::new(format!("{} {}", note.marker, note.text(lang == Lang::Vi)))
                    .small()
                    .color(theme::MARKER),
            )
            .wrap(),
        );
    }
    let code = node.code.clone();
    let value = session.projected().values[index];
    let edit = |value: Option<Points>| Edit::SetScore {
        code: code.clone(),
        value,
    };
    let changed = score_line(
        ui,
        lang,
        &Line {
            label: s.projected_score,
            id: "score entry",
            value,
            max: node.max,
            baseline: node.base,
        },
        &mut view.entry,
    );
    push(actions, changed, edit, &format!("score {}", node.code));

    if node.is_field()
        && let Some(info) = analysis.fields.get(node.field)
        && !info.survey_max.is_zero()
    {
        let field = node.code.clone();
        let survey = |value: Option<Points>| Edit::SetSurvey {
            field: field.clone(),
            value,
        };
        let changed = score_line(
            ui,
            lang,
            &Line {
                label: s.survey_score,
                id: "survey entry",
                value: session.projected().surveys[node.field],
                max: info.survey_max,
                baseline: info.survey_base,
            },
            &mut view.survey_entry,
        );
        push(actions, changed, survey, &format!("survey {}", node.code));
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

/// One editable score.
struct Line<'a> {
    label: &'a str,
    id: &'a str,
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

fn push(
    actions: &mut Vec<Action>,
    change: Change,
    edit: impl Fn(Option<Points>) -> Edit,
    key: &str,
) {
    match change {
        Change::None => {}
        Change::Live(value) => actions.push(Action::Live {
            edit: edit(Some(value)),
            key: key.to_string(),
        }),
        Change::DragEnded => actions.push(Action::Seal),
        Change::Set(value) => actions.push(Action::Edit(edit(value))),
    }
}

fn score_line(ui: &mut Ui, lang: Lang, line: &Line<'_>, entry: &mut String) -> Change {
    let s = lang.s();
    let mut change = Change::None;
    ui.horizontal(|ui| {
        let caption = ui.label(line.label);
        let mut value = line.value.to_f64();
        let slider = ui
            .add(
                Slider::new(&mut value, 0.0..=line.max.to_f64())
                    .show_value(false)
                    .smart_aim(false),
            )
            .labelled_by(caption.id);
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
        let id = ui.scope_id().with(line.id);
        if !ui.memory(|m| m.has_focus(id)) {
            *entry = lang.num(line.value);
        }
        let label = ui.label(RichText::new(s.enter_value).small().weak());
        let response = ui.add(
            TextEdit::singleline(entry)
                .id(id)
                .desired_width(70.0)
                .align(egui::Align2::RIGHT_CENTER),
        );
        let response = response.labelled_by(label.id);
        let parsed = Points::parse(entry.trim());
        if response.lost_focus()
            && ui.input(|i| i.key_pressed(egui::Key::Enter))
            && let Ok(points) = parsed
        {
            change = Change::Set(Some(points));
        }
        if parsed.is_err() && !entry.trim().is_empty() {
            ui.label(RichText::new(s.bad_number).color(theme::LOST));
        }
        ui.label(format!("{} {}", s.of_max, lang.num(line.max)));
        if ui.button(s.full_marks).clicked() {
            change = Change::Set(Some(line.max));
        }
        if ui.button(s.reset).clicked() {
            change = Change::Set(None);
        }
        widgets::delta(ui, lang, line.value - line.baseline, 14.0, false);
    });
    change
}
