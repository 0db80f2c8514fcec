//! The deadlines timeline: the plan's items sorted by due date and grouped by quarter, each
//! with its lead, points at stake, deadline, an overdue flag, and its status, note and date
//! (editable: each change is one `Edit::SetStatus`).

use egui::{RichText, Ui};

use crate::engine::{Deadline, Edit, PlanItem, Session, plan_items, timeline};
use crate::model::{Date, Status};

use super::action::Action;
use super::i18n::Lang;
use super::memo::Memo;
use super::workspace::Workspace;
use super::{theme, virtual_list};

/// The plan's items in timeline order, and the list's lines: a heading before the first item
/// of each quarter, then the items.
#[derive(Clone, Debug, Default)]
pub struct Timeline {
    items: Vec<PlanItem>,
    lines: Vec<Line>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Line {
    /// The group heading of this item.
    Heading(usize),
    Item(usize),
}

impl Timeline {
    fn of(items: Vec<PlanItem>) -> Self {
        let mut lines = Vec::with_capacity(items.len() + 16);
        // Group boundaries are the same in either language.
        let mut heading = None;
        for (index, item) in items.iter().enumerate() {
            let this = group(&item.deadline, Lang::Vi);
            if heading.as_ref() != Some(&this) {
                lines.push(Line::Heading(index));
                heading = Some(this);
            }
            lines.push(Line::Item(index));
        }
        Timeline { items, lines }
    }

    /// The timeline of the session's current state as of `as_of`: `memo`'s, made again only
    /// after an edit, another date or another document.
    fn current<'m>(memo: &'m mut Memo<Timeline, Date>, session: &Session, as_of: Date) -> &'m Self {
        memo.get(session, as_of, || {
            Timeline::of(timeline(plan_items(
                session.analysis(),
                session.projected(),
                session.changes(),
                as_of,
            )))
        })
    }
}

/// The heading an item is grouped under: its quarter, "ongoing" or "not understood".
pub fn group(deadline: &Deadline, lang: Lang) -> String {
    let s = lang.s();
    match deadline {
        Deadline::Due(date) => {
            let roman = ["I", "II", "III", "IV"];
            let q = roman
                .get(date.quarter().saturating_sub(1) as usize)
                .copied()
                .unwrap_or("?");
            format!("{} {q}/{}", s.quarter, date.year())
        }
        Deadline::Ongoing { .. } => s.ongoing.to_string(),
        Deadline::Unparsed(_) => s.unparsed_deadline.to_string(),
    }
}

/// Draws the timeline.
pub fn show(
    ui: &mut Ui,
    session: &Session,
    ws: &mut Workspace,
    lang: Lang,
    actions: &mut Vec<Action>,
) {
    // Taken out for the frame: the rows edit the workspace's typed notes and dates.
    let mut memo = std::mem::take(&mut ws.timeline);
    let shown = Timeline::current(&mut memo, session, ws.as_of);
    let items = &shown.items;
    let overdue = items.iter().filter(|i| i.overdue).count();
    ui.label(
        format!(
            "{} {} · {overdue} {}",
            items.len(),
            lang.s().tasks,
            lang.s().overdue_as_of
        ) + &format!(" {}", ws.as_of),
    );
    // Only the lines in view are laid out: a national card plans thousands of items.
    let rows = virtual_list::Rows {
        count: shown.lines.len(),
        content: session.serial(),
        style: u64::from(lang == Lang::En),
    };
    let mut focused = None;
    let mut editing_drawn = false;
    virtual_list::show(ui, "timeline", rows, 90.0, |ui, n| {
        match shown.lines.get(n) {
            Some(&Line::Heading(i)) => {
                ui.add_space(theme::GAP);
                if let Some(item) = items.get(i) {
                    ui.label(theme::strong(group(&item.deadline, lang), 16.0));
                }
            }
            Some(&Line::Item(i)) => {
                if let Some(item) = items.get(i) {
                    editing_drawn |= ws.editing.as_ref() == Some(&item.code);
                    if row(ui, item, ws, lang, actions) {
                        focused = Some(item.code.clone());
                    }
                }
            }
            None => {}
        }
    });
    // A field being typed in that scrolls out of view is no longer drawn, and egui drops its
    // focus without telling it: what was typed there is committed here instead of being lost.
    // (A row still drawn is told, and commits it itself.)
    if let Some(code) = ws.editing.take()
        && !editing_drawn
        && focused.as_ref() != Some(&code)
        && let Some(item) = items.iter().find(|i| i.code == code)
    {
        commit_draft(item, ws, actions);
    }
    ws.editing = focused;
    ws.timeline = memo;
}

/// Called while another tab shows: a note or date still being typed when the person left the
/// deadlines tab is committed, as leaving the field would have.
pub fn flush(session: &Session, ws: &mut Workspace, actions: &mut Vec<Action>) {
    let Some(code) = ws.editing.take() else {
        return;
    };
    let mut memo = std::mem::take(&mut ws.timeline);
    let shown = Timeline::current(&mut memo, session, ws.as_of);
    if let Some(item) = shown.items.iter().find(|i| i.code == code) {
        commit_draft(item, ws, actions);
    }
    ws.timeline = memo;
}

/// The typed note and date of `item`, as an edit, if they differ from what it has: what a
/// field's losing focus would have sent.
fn commit_draft(item: &PlanItem, ws: &mut Workspace, actions: &mut Vec<Action>) {
    let note = ws
        .notes
        .get(&item.code)
        .cloned()
        .unwrap_or_else(|| item.note.clone());
    let date = ws
        .dates
        .get(&item.code)
        .and_then(|text| Date::parse(text.trim()).ok());
    let date_changed = date.is_some() && date != item.changed;
    if note != item.note || date_changed {
        actions.push(set_status(
            item,
            item.status,
            note,
            date.filter(|_| date_changed),
        ));
        ws.dates.remove(&item.code);
    }
}

/// The status edit of `item`. A change is dated today unless the person typed its date.
fn set_status(item: &PlanItem, status: Status, note: String, typed: Option<Date>) -> Action {
    Action::Edit(Edit::SetStatus {
        code: item.code.clone(),
        status,
        note,
        date: typed.or_else(|| Some(Date::today_utc())),
    })
}

/// One planned item; returns whether its note or date field has focus.
fn row(
    ui: &mut Ui,
    item: &PlanItem,
    ws: &mut Workspace,
    lang: Lang,
    actions: &mut Vec<Action>,
) -> bool {
    let mut focused = false;
    let s = lang.s();
    let fill = if item.overdue {
        theme::LOST_ROW
    } else {
        egui::Color32::TRANSPARENT
    };
    egui::Frame::group(ui.style()).fill(fill).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(&item.code).strong());
            ui.label(&item.name);
        });
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(format!("{} {}", s.lead, item.lead)).weak());
            ui.label("·");
            ui.label(format!(
                "{} {}",
                s.col_at_stake,
                item.at_stake_text(lang == Lang::Vi)
            ));
            ui.label("·");
            let due = if lang == Lang::Vi {
                item.deadline.label_vi()
            } else {
                item.deadline.label_en()
            };
            ui.label(format!("{} {due}", s.deadline));
            if item.overdue {
                ui.label(RichText::new(s.overdue).color(theme::ERROR).strong());
            }
        });
        ui.horizontal_wrapped(|ui| {
            let mut status = item.status;
            egui::ComboBox::new(("status", &item.code), s.status_label)
                .selected_text(status_text(status, lang))
                .show_ui(ui, |ui| {
                    for value in Status::ALL {
                        ui.selectable_value(&mut status, value, status_text(value, lang));
                    }
                });
            let note = ws
                .notes
                .entry(item.code.clone())
                .or_insert_with(|| item.note.clone());
            ui.add_space(theme::GAP * 2.0);
            let caption = ui.label(s.note);
            let note_response = ui
                .add(egui::TextEdit::singleline(note).desired_width(260.0))
                .labelled_by(caption.id);
            focused |= note_response.has_focus();
            let note_done = note_response.lost_focus() && *note != item.note;
            let note = note.clone();
            let date_text = ws
                .dates
                .entry(item.code.clone())
                .or_insert_with(|| item.changed.map(|d| d.to_string()).unwrap_or_default());
            let date = Date::parse(date_text.trim()).ok();
            let bad_date = date.is_none() && !date_text.trim().is_empty();
            let mut date_edit = egui::TextEdit::singleline(date_text)
                .hint_text("YYYY-MM-DD")
                .desired_width(125.0);
            if bad_date {
                date_edit = date_edit.text_color(theme::ERROR);
            }
            let caption = ui.label(s.status_date);
            let date_response = ui.add(date_edit).labelled_by(caption.id);
            focused |= date_response.has_focus();
            let date_done = date_response.lost_focus() && date.is_some() && date != item.changed;
            if status != item.status || note_done || date_done {
                actions.push(set_status(item, status, note, date.filter(|_| date_done)));
                ws.dates.remove(&item.code);
                // Sent from here: the check after the list must not send it again.
                ws.editing = None;
                focused = false;
            }
        });
    });
    focused
}

fn status_text(status: Status, lang: Lang) -> &'static str {
    if lang == Lang::Vi {
        status.vi()
    } else {
        status.en()
    }
}
