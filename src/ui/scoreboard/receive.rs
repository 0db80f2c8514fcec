//! Nhận báo cáo của đơn vị: the preview of a merge before anything changes — per agency, the
//! items whose status, date done, result or evidence the sheets change; the sheets refused,
//! with their located reason; the conflicts, each with its choice (which sheet, or the
//! scenario) — never settled silently. `Áp dụng` applies it all as one undo step; `Hủy`
//! changes nothing.

use std::collections::BTreeMap;
use std::path::PathBuf;

use egui::{Id, Modal, RichText};

use crate::agency::{Choice, MergePreview, Refusal, ReturnedSheet};
use crate::model::Date;

use super::super::action::Action;
use super::super::i18n::Lang;
use super::super::theme;
use super::preview::{agency_ui, conflicts_ui, refused_ui, summary};
use super::{AgencyAction, day};

/// The preview on show and the officer's decisions so far.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReceiveDraft {
    /// The sheets read, kept to preview again should the scenario change under the dialog.
    pub sheets: Vec<ReturnedSheet>,
    /// Files that could not be read as a task sheet at all.
    pub unread: Vec<Refusal>,
    /// Every refusal (the unread files first), the accepted sheets, the updates, the conflicts.
    pub preview: MergePreview,
    pub choices: BTreeMap<String, Choice>,
    /// Người tiếp nhận, as typed.
    pub by: String,
    /// Ngày nhận, as typed.
    pub received: String,
    /// The preview was worked out again because the scenario changed while it showed.
    pub refreshed: bool,
}

/// Why the merge cannot be applied yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotReady {
    NoSheet,
    Undecided(usize),
    NoName,
    BadDate,
}

impl ReceiveDraft {
    /// The decisions, the name and the day, once every conflict is decided.
    pub fn ready(&self) -> Result<(BTreeMap<String, Choice>, String, Date), NotReady> {
        if self.preview.sheets.is_empty() {
            return Err(NotReady::NoSheet);
        }
        let undecided = self
            .preview
            .conflicts
            .iter()
            .filter(|c| !self.choices.contains_key(&c.code))
            .count();
        if undecided > 0 {
            return Err(NotReady::Undecided(undecided));
        }
        let by = self.by.trim();
        if by.is_empty() {
            return Err(NotReady::NoName);
        }
        let received = Date::parse_typed(&self.received).map_err(|_| NotReady::BadDate)?;
        Ok((self.choices.clone(), by.to_string(), received))
    }
}

/// Paths of returned sheets typed by hand, one a line, where the file chooser is missing.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TypedFiles {
    pub text: String,
    /// Why the person is asked to type (the file chooser failed), if it did.
    pub reason: Option<String>,
}

impl TypedFiles {
    /// One path a line; quotes around a path (Windows' "Copy as path") are dropped.
    pub fn paths(&self) -> Vec<PathBuf> {
        self.text
            .lines()
            .map(|line| line.trim().trim_matches('"').trim())
            .filter(|line| !line.is_empty())
            .map(PathBuf::from)
            .collect()
    }
}

pub(super) fn typed_files_ui(
    typed: &mut TypedFiles,
    ctx: &egui::Context,
    lang: Lang,
    actions: &mut Vec<Action>,
) {
    let a = lang.agency();
    let s = lang.s();
    let response = Modal::new(Id::unique("agency typed files")).show(ctx, |ui| {
        ui.set_width(600.0_f32.min(ctx.content_rect().width() - 60.0));
        ui.label(theme::text::dialog_title(a.typed_files_title));
        if let Some(reason) = &typed.reason {
            ui.add_space(theme::GAP / 2.0);
            ui.add(egui::Label::new(RichText::new(reason).color(theme::WARNING)).wrap());
        }
        ui.add_space(theme::GAP);
        let label = ui.label(a.typed_files_label);
        ui.add(
            egui::TextEdit::multiline(&mut typed.text)
                .hint_text(a.typed_files_hint)
                .desired_rows(6)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
        ui.add_space(theme::GAP);
        let paths = typed.paths();
        ui.horizontal(|ui| {
            if ui
                .add_enabled(!paths.is_empty(), egui::Button::new(a.typed_files_read))
                .clicked()
            {
                actions.push(Action::Agency(AgencyAction::Receive(paths)));
            }
            if ui.button(s.cancel).clicked() {
                actions.push(Action::Agency(AgencyAction::CloseDialogs));
            }
        });
    });
    if response.should_close() {
        actions.push(Action::Agency(AgencyAction::CloseDialogs));
    }
}

/// The preview, the decisions, Apply and Cancel.
pub(super) fn receive_ui(
    draft: &mut ReceiveDraft,
    ctx: &egui::Context,
    lang: Lang,
    actions: &mut Vec<Action>,
) {
    let a = lang.agency();
    let s = lang.s();
    let screen = ctx.content_rect();
    let response = Modal::new(Id::unique("agency receive")).show(ctx, |ui| {
        ui.set_width(820.0_f32.min(screen.width() - 60.0));
        ui.label(theme::text::dialog_title(a.receive_title));
        ui.add_space(theme::GAP / 2.0);
        ui.add(egui::Label::new(summary(&draft.preview, lang)).wrap());
        if draft.refreshed {
            ui.add(egui::Label::new(RichText::new(a.refreshed).color(theme::WARNING)).wrap());
        }
        ui.add_space(theme::GAP / 2.0);
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(a.received_by);
            ui.add(
                egui::TextEdit::singleline(&mut draft.by)
                    .desired_width(180.0)
                    .hint_text(a.received_by_hint),
            )
            .labelled_by(label.id)
            .on_hover_text(a.received_by_tip);
            ui.add_space(theme::GAP);
            let label = ui.label(a.received_on);
            let bad = Date::parse_typed(&draft.received).is_err();
            let mut edit = egui::TextEdit::singleline(&mut draft.received)
                .desired_width(110.0)
                .hint_text(s.date_hint);
            if bad {
                edit = edit.text_color(theme::ERROR);
            }
            ui.add(edit)
                .labelled_by(label.id)
                .on_hover_text(a.received_on_tip);
        });
        ui.separator();
        egui::ScrollArea::vertical()
            .id_salt("merge preview")
            .max_height((screen.height() - 280.0).max(160.0))
            .auto_shrink([false, true])
            .show(ui, |ui| {
                // What needs the officer first: the refusals, then the conflicts.
                refused_ui(ui, &draft.preview.refused, lang);
                conflicts_ui(ui, draft, lang);
                for agency in &draft.preview.agencies {
                    agency_ui(ui, &draft.preview, agency, lang);
                }
            });
        ui.separator();
        let ready = draft.ready();
        if let Err(why) = ready {
            let text = match why {
                NotReady::NoSheet => a.not_ready_no_sheet.to_string(),
                NotReady::Undecided(n) => {
                    format!("{} {n} {}", a.undecided_before, a.undecided_after)
                }
                NotReady::NoName => a.not_ready_no_name.to_string(),
                NotReady::BadDate => a.not_ready_bad_date.to_string(),
            };
            ui.label(RichText::new(text).color(theme::WARNING));
        }
        ui.horizontal(|ui| {
            let apply = ui
                .add_enabled(
                    ready.is_ok(),
                    egui::Button::new(RichText::new(a.apply).strong()),
                )
                .on_hover_text(a.apply_tip)
                .clicked();
            if apply && let Ok((choices, by, received)) = ready {
                actions.push(Action::Agency(AgencyAction::ApplyMerge {
                    choices,
                    by,
                    received,
                }));
            }
            if ui.button(s.cancel).on_hover_text(a.cancel_tip).clicked() {
                actions.push(Action::Agency(AgencyAction::CloseDialogs));
            }
        });
    });
    // A click beside the dialog does not throw the officer's decisions away; Escape does.
    if response.should_close() && !response.backdrop_response.clicked() {
        actions.push(Action::Agency(AgencyAction::CloseDialogs));
    }
}

/// "2031-10-05T08:00:00Z" as "05/10/2031 08:00 UTC".
pub(super) fn timestamp(lang: Lang, at: &str) -> String {
    let (date, time) = at.split_once('T').unwrap_or((at, ""));
    let clock: String = time.chars().take(5).collect();
    match Date::parse(date) {
        Ok(d) if !clock.is_empty() => format!("{} {clock} UTC", day(lang, d)),
        Ok(d) => day(lang, d),
        Err(_) => at.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_paths_one_a_line_without_quotes() {
        let typed = TypedFiles {
            text: "\"C:\\phieu\\So Tai chinh.xlsx\"\n\n  /tmp/b.xlsx  \n".into(),
            reason: None,
        };
        assert_eq!(
            typed.paths(),
            [
                PathBuf::from("C:\\phieu\\So Tai chinh.xlsx"),
                PathBuf::from("/tmp/b.xlsx")
            ]
        );
    }

    #[test]
    fn merge_times_read_as_an_officer_writes_them() {
        assert_eq!(
            timestamp(Lang::Vi, "2020-10-05T08:00:00Z"),
            "05/10/2020 08:00 UTC"
        );
        assert_eq!(timestamp(Lang::Vi, "not a time"), "not a time");
    }
}
