//! The undo history as a list a person can read, with undo and redo buttons.

use egui::{RichText, Ui};

use crate::engine::{Edit, Session};
use crate::model::Feasible;

use super::command::{Command, command_button};
use super::context::Cx;
use super::i18n::Lang;
use super::theme;

/// What an edit did, in words; a card edit's words were settled when it was made.
pub fn label(edit: &Edit, described: Option<&(String, String)>, lang: Lang) -> String {
    let vi = lang == Lang::Vi;
    if let Some((words_vi, words_en)) = described {
        return if vi {
            words_vi.clone()
        } else {
            words_en.clone()
        };
    }
    match edit {
        Edit::Card(_) => if vi {
            "Sửa bảng điểm"
        } else {
            "Edit the card"
        }
        .to_string(),
        Edit::Spread { code } => {
            if vi {
                format!("Phân điểm dự kiến của {code} xuống tiêu chí con")
            } else {
                format!("Spread the projection of {code} to its items")
            }
        }
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
        Edit::SetTarget { value } => match (vi, value) {
            (true, Some(v)) => format!("Chỉ số mục tiêu = {}", lang.num(*v)),
            (true, None) => "Bỏ chỉ số mục tiêu".to_string(),
            (false, Some(v)) => format!("Target index = {}", lang.num(*v)),
            (false, None) => "Clear the target index".to_string(),
        },
        Edit::SetEffortUnit { unit } => {
            if vi {
                format!("Đơn vị công sức: {unit}")
            } else {
                format!("Effort unit: {unit}")
            }
        }
        Edit::SetEffort { code, value } => match (vi, value) {
            (true, Some(v)) => format!("Công sức {code} = {}", lang.num(*v)),
            (true, None) => format!("Công sức {code} về mặc định"),
            (false, Some(v)) => format!("Effort of {code} = {}", lang.num(*v)),
            (false, None) => format!("Effort of {code} back to the default"),
        },
        Edit::SetPartial { code, partial } => match (vi, partial) {
            (true, true) => format!("{code} khắc phục được một phần"),
            (true, false) => format!("{code} chỉ tính khi đạt trọn điểm"),
            (false, true) => format!("{code} may be recovered partly"),
            (false, false) => format!("{code} counts only at full marks"),
        },
        Edit::SetFeasible { code, feasible } => {
            let what = match (vi, feasible) {
                (true, Feasible::Yes) => "khả thi".to_string(),
                (true, Feasible::No) => "không khả thi".to_string(),
                (true, Feasible::After(d)) => format!("chỉ sau {d}"),
                (false, Feasible::Yes) => "feasible".to_string(),
                (false, Feasible::No) => "not feasible".to_string(),
                (false, Feasible::After(d)) => format!("only after {d}"),
            };
            if vi {
                format!("{code}: {what} trong năm mục tiêu")
            } else {
                format!("{code}: {what} in the target year")
            }
        }
        Edit::SetConfidence { .. }
        | Edit::SetRiskDefaults(_)
        | Edit::SetSurveyRange { .. }
        | Edit::SetEvidence { .. } => edit.risk_label(vi).unwrap_or_default(),
        Edit::MergeReports(merge) => {
            let sheets = merge.log.len();
            if vi {
                format!("Tiếp nhận {sheets} báo cáo của đơn vị")
            } else {
                format!("Merge {sheets} agency reports")
            }
        }
        Edit::SetScoreRule(_) => if vi {
            "Đổi quy tắc chấm điểm thi đua"
        } else {
            "Change the scoreboard's rule"
        }
        .to_string(),
        Edit::ApplyAnswer(answer) => super::goal::history_label(answer, lang),
    }
}

/// The undo history (no state of its own).
#[derive(Clone, Copy, Debug, Default)]
pub struct History;

impl History {
    /// Done steps oldest first, then the steps that redo would bring back.
    pub fn ui(&mut self, ui: &mut Ui, cx: &mut Cx<'_>) {
        let lang = cx.lang;
        let session = cx.session;
        ui.horizontal(|ui| {
            command_button(ui, cx, Command::Undo, session.can_undo());
            command_button(ui, cx, Command::Redo, session.can_redo());
        });
        list_ui(ui, session, lang);
    }
}

fn list_ui(ui: &mut Ui, session: &Session, lang: Lang) {
    let s = lang.s();
    ui.add_space(theme::GAP);
    egui::ScrollArea::vertical().show(ui, |ui| {
        let done: Vec<(&Edit, Option<&(String, String)>)> = session.history().collect();
        if done.is_empty() && !session.can_redo() {
            ui.label(RichText::new(s.history_empty).weak());
        }
        for (n, (edit, described)) in done.iter().enumerate() {
            ui.label(format!("{}. {}", n + 1, label(edit, *described, lang)));
        }
        for (edit, described) in session.redo_history() {
            ui.label(
                RichText::new(format!("{}: {}", s.redo, label(edit, described, lang)))
                    .weak()
                    .italics(),
            );
        }
    });
}
