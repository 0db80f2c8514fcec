//! The undo history as a list a person can read, with undo and redo buttons.

use egui::{RichText, Ui};

use crate::engine::{Edit, Session};

use super::action::Action;
use super::i18n::Lang;
use super::theme;

/// What an edit did, in words.
pub fn label(edit: &Edit, lang: Lang) -> String {
    let vi = lang == Lang::Vi;
    match edit {
        Edit::SetScore {
            code,
            value: Some(v),
        } => {
            if vi {
                format!("Dự báo điểm {code} = {}", lang.num(*v))
            } else {
                format!("Project {code} = {}", lang.num(*v))
            }
        }
        Edit::SetScore { code, value: None } => {
            if vi {
                format!("Trả {code} về điểm năm đánh giá")
            } else {
                format!("Return {code} to the assessed score")
            }
        }
        Edit::SetSurvey {
            field,
            value: Some(v),
        } => {
            if vi {
                format!("Dự báo điểm khảo sát LV{field} = {}", lang.num(*v))
            } else {
                format!("Project survey of field {field} = {}", lang.num(*v))
            }
        }
        Edit::SetSurvey { field, value: None } => {
            if vi {
                format!("Trả điểm khảo sát LV{field} về năm đánh giá")
            } else {
                format!("Return the survey of field {field} to the assessed score")
            }
        }
        Edit::ResetAll => lang.s().reset_all.to_string(),
        Edit::AcceptCorrection { code, accepted } => match (vi, accepted) {
            (true, true) => format!("Chấp nhận đính chính {code}"),
            (true, false) => format!("Rút đính chính {code}"),
            (false, true) => format!("Accept the correction of {code}"),
            (false, false) => format!("Withdraw the correction of {code}"),
        },
        Edit::ApplyPlan => lang.s().apply_plan.to_string(),
        Edit::ProjectByStatus => lang.s().project_by_status.to_string(),
        Edit::SetStatus {
            code, status, note, ..
        } => {
            let status = if vi { status.vi() } else { status.en() };
            let mut text = if vi {
                format!("Tình trạng {code}: {status}")
            } else {
                format!("Status of {code}: {status}")
            };
            if !note.is_empty() {
                text.push_str(" — ");
                text.push_str(note);
            }
            text
        }
        Edit::MergeReports(merge) => {
            let sheets = merge.log.len();
            if vi {
                format!("Tiếp nhận {sheets} báo cáo của đơn vị")
            } else {
                format!("Merge {sheets} agency reports")
            }
        }
    }
}

/// Draws the history: done steps oldest first, then the steps that redo would bring back.
pub fn show(ui: &mut Ui, session: &Session, lang: Lang, actions: &mut Vec<Action>) {
    let s = lang.s();
    ui.horizontal(|ui| {
        if ui
            .add_enabled(session.can_undo(), egui::Button::new(s.undo))
            .clicked()
        {
            actions.push(Action::Undo);
        }
        if ui
            .add_enabled(session.can_redo(), egui::Button::new(s.redo))
            .clicked()
        {
            actions.push(Action::Redo);
        }
    });
    ui.add_space(theme::GAP);
    egui::ScrollArea::vertical().show(ui, |ui| {
        let done: Vec<&Edit> = session.history().collect();
        if done.is_empty() && !session.can_redo() {
            ui.label(RichText::new(s.history_empty).weak());
        }
        for (n, edit) in done.iter().enumerate() {
            ui.label(format!("{}. {}", n + 1, label(edit, lang)));
        }
        for edit in session.redo_history() {
            ui.label(
                RichText::new(format!("{}: {}", s.redo, label(edit, lang)))
                    .weak()
                    .italics(),
            );
        }
    });
}
