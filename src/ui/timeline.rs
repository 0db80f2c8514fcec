//! The deadlines timeline: the plan's items sorted by due date and grouped by quarter, each
//! with its lead, points at stake, deadline, an overdue flag, and its status, note and date
//! (editable: each change is one `Edit::SetStatus`).

use egui::{RichText, Ui};

use crate::engine::{Deadline, Edit, PlanItem, Session, plan_items, timeline};
use crate::model::{Date, Status};

use std::collections::BTreeMap;

use super::action::Action;
use super::context::Cx;
use super::i18n::Lang;
use super::memo::Memo;
use super::{theme, virtual_list};

/// The deadlines view and what is being typed in it.
#[derive(Clone, Debug, Default)]
pub struct Deadlines {
    /// Per planned item code: the note and date being typed.
    pub notes: BTreeMap<String, String>,
    pub dates: BTreeMap<String, String>,
    /// The planned item whose note or date field had focus last frame.
    pub editing: Option<String>,
    timeline: Memo<Timeline, Date>,
}

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

impl Deadlines {
    /// Typed notes and dates follow the statuses again (after an edit, an undo, a new file).
    pub fn forget_drafts(&mut self) {
        self.notes.clear();
        self.dates.clear();
    }

    /// The timeline: items by due date, grouped by quarter.
    pub fn ui(&mut self, ui: &mut Ui, cx: &mut Cx<'_>) {
        let lang = cx.lang;
        let session = cx.session;
        let as_of = cx.as_of();
        // Taken out for the frame: the rows edit the typed notes and dates.
        let mut memo = std::mem::take(&mut self.timeline);
        let shown = Timeline::current(&mut memo, session, as_of);
        let items = &shown.items;
        let overdue = items.iter().filter(|i| i.overdue).count();
        let day = if cx.vi() {
            as_of.vi()
        } else {
            as_of.to_string()
        };
        ui.label(format!(
            "{} {} · {overdue} {} {day}",
            items.len(),
            lang.s().tasks,
            lang.s().overdue_as_of
        ));
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
                        ui.label(theme::text::section(group(&item.deadline, lang)));
                    }
                }
                Some(&Line::Item(i)) => {
                    if let Some(item) = items.get(i) {
                        editing_drawn |= self.editing.as_ref() == Some(&item.code);
                        if self.row_ui(ui, cx, item) {
                            focused = Some(item.code.clone());
                        }
                    }
                }
                None => {}
            }
        });
        // A field being typed in that scrolls out of view is no longer drawn, and egui drops
        // its focus without telling it: what was typed there is committed here instead of
        // being lost. (A row still drawn is told, and commits it itself.)
        if let Some(code) = self.editing.take()
            && !editing_drawn
            && focused.as_ref() != Some(&code)
            && let Some(item) = items.iter().find(|i| i.code == code)
        {
            self.commit_draft(item, cx);
        }
        self.editing = focused;
        self.timeline = memo;
    }

    /// Called while another tab shows: a note or date still being typed when the person left
    /// the deadlines tab is committed, as leaving the field would have.
    pub fn flush(&mut self, cx: &mut Cx<'_>) {
        let Some(code) = self.editing.take() else {
            return;
        };
        let mut memo = std::mem::take(&mut self.timeline);
        let shown = Timeline::current(&mut memo, cx.session, cx.as_of());
        if let Some(item) = shown.items.iter().find(|i| i.code == code) {
            self.commit_draft(item, cx);
        }
        self.timeline = memo;
    }

    /// The typed note and date of `item`, as an edit, if they differ from what it has: what a
    /// field's losing focus would have sent.
    fn commit_draft(&mut self, item: &PlanItem, cx: &mut Cx<'_>) {
        let note = self
            .notes
            .get(&item.code)
            .cloned()
            .unwrap_or_else(|| item.note.clone());
        let date = self
            .dates
            .get(&item.code)
            .and_then(|text| Date::parse_typed(text).ok());
        let date_changed = date.is_some() && date != item.changed;
        if note != item.note || date_changed {
            cx.push(set_status(
                item,
                item.status,
                note,
                date.filter(|_| date_changed),
            ));
            self.dates.remove(&item.code);
        }
    }

    /// One planned item; returns whether its note or date field has focus.
    fn row_ui(&mut self, ui: &mut Ui, cx: &mut Cx<'_>, item: &PlanItem) -> bool {
        let mut focused = false;
        let lang = cx.lang;
        let s = lang.s();
        let vi = cx.vi();
        let fill = if item.overdue {
            theme::LOST_ROW
        } else {
            theme::NONE
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
                ui.label(format!("{} {}", s.col_at_stake, item.at_stake_text(vi)));
                ui.label("·");
                let due = if vi {
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
                // The caption before its value, as in every other line of the app.
                let caption = ui.label(s.status_label);
                egui::ComboBox::from_id_salt(("status", &item.code))
                    .selected_text(status_text(status, lang))
                    .show_ui(ui, |ui| {
                        for value in Status::ALL {
                            ui.selectable_value(&mut status, value, status_text(value, lang));
                        }
                    })
                    .response
                    .labelled_by(caption.id);
                let note = self
                    .notes
                    .entry(item.code.clone())
                    .or_insert_with(|| item.note.clone());
                ui.add_space(theme::GAP * 2.0);
                let note_response = captioned(ui, s.note, 260.0, |ui| {
                    ui.add(egui::TextEdit::singleline(note).desired_width(260.0))
                });
                focused |= note_response.has_focus();
                let note_done = note_response.lost_focus() && *note != item.note;
                let note = note.clone();
                let date_text = self.dates.entry(item.code.clone()).or_insert_with(|| {
                    item.changed
                        .map(|d| if vi { d.vi() } else { d.to_string() })
                        .unwrap_or_default()
                });
                let date = Date::parse_typed(date_text).ok();
                let bad_date = date.is_none() && !date_text.trim().is_empty();
                let mut date_edit = egui::TextEdit::singleline(date_text)
                    .hint_text(s.date_hint)
                    .desired_width(125.0);
                if bad_date {
                    date_edit = date_edit.text_color(theme::ERROR);
                }
                let date_response = captioned(ui, s.status_date, 125.0, |ui| ui.add(date_edit));
                focused |= date_response.has_focus();
                let date_done =
                    date_response.lost_focus() && date.is_some() && date != item.changed;
                if status != item.status || note_done || date_done {
                    cx.push(set_status(item, status, note, date.filter(|_| date_done)));
                    self.dates.remove(&item.code);
                    // Sent from here: the check after the list must not send it again.
                    self.editing = None;
                    focused = false;
                }
            });
        });
        focused
    }
}

/// A caption and its field as one piece of a wrapping line: moved to the next line together,
/// never the caption split from its field (or across two lines itself) in a narrow window.
fn captioned(
    ui: &mut Ui,
    caption: &str,
    field_width: f32,
    field: impl FnOnce(&mut Ui) -> egui::Response,
) -> egui::Response {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let caption_width = ui
        .painter()
        .layout_no_wrap(caption.to_string(), font, egui::Color32::PLACEHOLDER)
        .size()
        .x;
    let spacing = ui.spacing();
    let size = egui::vec2(
        caption_width + spacing.item_spacing.x + field_width + 2.0 * spacing.button_padding.x,
        spacing.interact_size.y,
    );
    ui.allocate_ui(size, |ui| {
        ui.horizontal(|ui| {
            let caption = ui.add(egui::Label::new(caption).extend());
            field(ui).labelled_by(caption.id)
        })
        .inner
    })
    .inner
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

fn status_text(status: Status, lang: Lang) -> &'static str {
    if lang == Lang::Vi {
        status.vi()
    } else {
        status.en()
    }
}
