//! Công sức: per fixable item, what recovering it costs (typed with a comma or dragged), whether
//! it may be recovered partly, and whether it can be done in the target year — each change one
//! undoable edit of the scenario, which the answer above follows at once. The rows are drawn
//! only where in view, so a 10,000-item card scrolls as freely as the seed.

use std::collections::BTreeMap;

use egui::{Align, DragValue, Layout, RichText, TextEdit, Ui};
use egui_extras::{Column, TableBuilder};

use crate::engine::goal::Fixable;
use crate::engine::{Deadline, Edit, Query};
use crate::model::{Date, Feasible, Points};

use super::super::action::Action;
use super::super::context::Cx;
use super::super::theme;
use super::cells::{HEADING, effort_title, heading, number};
use super::{count, effort_unit};

/// The rows whose code, name or lead match `query` (all of them for an empty one).
pub fn filter(items: &[Fixable], query: &str) -> Vec<usize> {
    let query = Query::new(query);
    if query.is_empty() {
        return (0..items.len()).collect();
    }
    items
        .iter()
        .enumerate()
        .filter(|(_, item)| {
            query.matches(&item.code)
                || query.matches(&item.name)
                || item.lead.as_deref().is_some_and(|l| query.matches(l))
        })
        .map(|(i, _)| i)
        .collect()
}

/// The search box, then the table.
pub fn efforts_ui(
    ui: &mut Ui,
    cx: &mut Cx<'_>,
    items: &[Fixable],
    shown: &[usize],
    search: &mut String,
    drafts: &mut BTreeMap<String, String>,
) {
    let s = cx.lang.goal();
    ui.horizontal(|ui| {
        let caption = ui.label(s.search);
        ui.add(
            TextEdit::singleline(search)
                .desired_width(260.0)
                .hint_text(s.search_hint),
        )
        .labelled_by(caption.id);
        ui.label(
            RichText::new(format!(
                "{}/{} {}",
                count(shown.len(), cx.lang),
                count(items.len(), cx.lang),
                s.items_word
            ))
            .small()
            .weak(),
        )
        .on_hover_text(s.efforts_tip);
    });
    if shown.is_empty() {
        ui.label(
            RichText::new(if items.is_empty() {
                s.nothing_fixable
            } else {
                s.no_match
            })
            .weak(),
        );
        return;
    }
    table_ui(ui, cx, items, shown, drafts);
}

fn table_ui(
    ui: &mut Ui,
    cx: &mut Cx<'_>,
    items: &[Fixable],
    shown: &[usize],
    drafts: &mut BTreeMap<String, String>,
) {
    let s = cx.lang.goal();
    let lang = cx.lang;
    let unit = effort_unit(&cx.session.changes().effort_unit, lang);
    let target_year = cx.session.analysis().target_year;
    let fixed = 64.0 + 76.0 + 88.0 + 64.0 + 212.0;
    let spacing = 7.0 * (ui.spacing().item_spacing.x + 4.0) + 16.0;
    let room = ui.available_width() - fixed - spacing;
    let with_lead = room - 150.0 >= 200.0;
    let name_width = if with_lead { room - 150.0 } else { room }.max(120.0);
    let effort_title = effort_title(s.col_effort, &cx.session.changes().effort_unit, &unit);
    let mut titles = vec![
        (s.col_code, ""),
        (s.col_name, ""),
        (s.col_lost, s.col_lost_tip),
        (effort_title.as_str(), s.col_effort_edit_tip),
        (s.col_partial, s.col_partial_edit_tip),
        (s.col_feasible, s.col_feasible_tip),
    ];
    if with_lead {
        titles.push((s.col_lead, ""));
    }
    let mut builder = TableBuilder::new(ui)
        .id_salt("goal efforts")
        .striped(true)
        .min_scrolled_height(0.0)
        .resizable(true)
        .cell_layout(Layout::left_to_right(Align::Center))
        .column(Column::initial(64.0).at_least(48.0).clip(true))
        .column(Column::initial(name_width).at_least(100.0).clip(true))
        .column(Column::initial(76.0).at_least(60.0).clip(true))
        .column(Column::initial(88.0).at_least(80.0))
        .column(Column::initial(64.0).at_least(56.0));
    builder = if with_lead {
        builder
            .column(Column::initial(212.0).at_least(212.0))
            .column(Column::remainder().at_least(80.0).clip(true))
    } else {
        builder.column(Column::remainder().at_least(212.0))
    };
    let mut edits = Vec::new();
    builder
        .header(HEADING, |mut header| {
            for (title, tip) in &titles {
                heading(&mut header, title, tip);
            }
        })
        .body(|body| {
            body.rows(theme::ROW_HEIGHT + 4.0, shown.len(), |mut row| {
                let Some(item) = shown.get(row.index()).and_then(|&i| items.get(i)) else {
                    return;
                };
                let mut code_id = None;
                row.col(|ui| {
                    code_id = Some(ui.label(&item.code).id);
                });
                row.col(|ui| {
                    ui.add(egui::Label::new(&item.name).truncate());
                });
                number(&mut row, lang.num(item.gain), Some(theme::LOST));
                row.col(|ui| {
                    effort_cell(ui, cx, item, code_id, &mut edits);
                });
                row.col(|ui| {
                    let mut partial = item.partial;
                    let response = ui
                        .checkbox(&mut partial, "")
                        .on_hover_text(s.col_partial_edit_tip);
                    if response.changed() {
                        edits.push(Action::Edit(Edit::SetPartial {
                            code: item.code.clone(),
                            partial,
                        }));
                    }
                });
                row.col(|ui| {
                    feasible_cell(ui, cx, item, target_year, drafts, &mut edits);
                });
                if with_lead {
                    row.col(|ui| {
                        ui.add(egui::Label::new(item.lead.clone().unwrap_or_default()).truncate());
                    });
                }
            });
        });
    for edit in edits {
        cx.push(edit);
    }
}

/// The effort: typed ("2,5" or "2.5", on Enter) or dragged (one undo step per drag).
fn effort_cell(
    ui: &mut Ui,
    cx: &Cx<'_>,
    item: &Fixable,
    labelled_by: Option<egui::Id>,
    edits: &mut Vec<Action>,
) {
    let lang = cx.lang;
    let mut value = item.effort.to_f64();
    let drag = DragValue::new(&mut value)
        .range(0.0..=1_000_000.0)
        .speed(0.1)
        .update_while_editing(false)
        .custom_formatter(move |v, _| {
            Points::from_f64(v).map_or_else(|_| format!("{v}"), |p| lang.num(p))
        })
        .custom_parser(|text| {
            Points::parse(text.trim())
                .ok()
                .map(Points::to_f64)
                .filter(|v| *v >= 0.0)
        });
    let mut response = ui.add_sized([80.0, 20.0], drag);
    if let Some(id) = labelled_by {
        response = response.labelled_by(id);
    }
    let response = response.on_hover_text(cx.lang.goal().col_effort_edit_tip);
    let key = format!("goal effort {}", item.code);
    if response.changed()
        && let Ok(points) = Points::from_f64((value * 10_000.0).round() / 10_000.0)
        && points != item.effort
    {
        let edit = Edit::SetEffort {
            code: item.code.clone(),
            value: Some(points),
        };
        edits.push(if response.dragged() {
            Action::Live { edit, key }
        } else {
            Action::Edit(edit)
        });
    }
    if response.drag_stopped() {
        edits.push(Action::Seal);
    }
}

/// Có / không / sau ngày dd/mm/yyyy.
fn feasible_cell(
    ui: &mut Ui,
    cx: &Cx<'_>,
    item: &Fixable,
    target_year: i32,
    drafts: &mut BTreeMap<String, String>,
    edits: &mut Vec<Action>,
) {
    let s = cx.lang.goal();
    let shown = match item.feasible {
        Feasible::Yes => s.feasible_yes,
        Feasible::No => s.feasible_no,
        Feasible::After(_) => s.feasible_after,
    };
    let mut chosen = None;
    egui::ComboBox::from_id_salt(("goal feasible", &item.code))
        .selected_text(shown)
        .width(86.0)
        .show_ui(ui, |ui| {
            if ui
                .selectable_label(item.feasible == Feasible::Yes, s.feasible_yes)
                .clicked()
            {
                chosen = Some(Feasible::Yes);
            }
            if ui
                .selectable_label(item.feasible == Feasible::No, s.feasible_no)
                .clicked()
            {
                chosen = Some(Feasible::No);
            }
            let after = matches!(item.feasible, Feasible::After(_));
            if ui.selectable_label(after, s.feasible_after).clicked() && !after {
                chosen = Some(Feasible::After(default_after(item, target_year)));
            }
        })
        .response
        .on_hover_text(s.col_feasible_tip);
    if let Feasible::After(date) = item.feasible {
        let id = egui::Id::unique(("goal feasible date", &item.code));
        let focused = ui.memory(|m| m.has_focus(id));
        let draft = drafts.entry(item.code.clone()).or_default();
        if !focused {
            *draft = date.vi();
        }
        let parsed = Date::parse_typed(draft.trim()).ok();
        let mut edit = TextEdit::singleline(draft)
            .id(id)
            .desired_width(100.0)
            .hint_text(s.date_hint);
        if parsed.is_none() {
            edit = edit.text_color(theme::ERROR);
        }
        let response = ui.add(edit).on_hover_text(s.date_tip);
        if response.lost_focus()
            && let Some(typed) = parsed
            && typed != date
        {
            chosen = Some(Feasible::After(typed));
        }
    }
    if let Some(feasible) = chosen.filter(|f| *f != item.feasible) {
        edits.push(Action::Edit(Edit::SetFeasible {
            code: item.code.clone(),
            feasible,
        }));
    }
}

/// The date an item becomes doable when first marked "after": its plan's own deadline, else
/// the first day after the target year.
fn default_after(item: &Fixable, target_year: i32) -> Date {
    Deadline::parse(&item.deadline)
        .due()
        .or_else(|| Date::new(target_year + 1, 1, 1))
        .unwrap_or_else(Date::today_utc)
}
