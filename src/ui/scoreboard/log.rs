//! Nhật ký tiếp nhận báo cáo: every returned sheet merged into the scenario — who merged it,
//! which file, when, whether it came back on time, and what it changed — newest first.

use egui::{RichText, Ui};

use crate::model::{MergeChange, MergeRecord};

use super::super::context::Cx;
use super::super::i18n::Lang;
use super::super::theme;
use super::receive::timestamp;
use super::{day, status};

pub(super) fn log_ui(ui: &mut Ui, cx: &mut Cx<'_>) {
    let a = cx.lang.agency();
    let lang = cx.lang;
    let merges = &cx.session.changes().merges;
    egui::CollapsingHeader::new(theme::text::panel_title(format!(
        "{} ({})",
        a.log_title,
        merges.len()
    )))
    .id_salt("merge log")
    .default_open(true)
    .show(ui, |ui| {
        if merges.is_empty() {
            ui.label(RichText::new(a.log_empty).weak());
        }
        for record in merges.iter().rev() {
            record_ui(ui, record, lang);
        }
    });
}

fn record_ui(ui: &mut Ui, record: &MergeRecord, lang: Lang) {
    let a = lang.agency();
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(day(lang, record.received)).strong());
        ui.label(RichText::new(&record.agency).strong());
        ui.label(format!("· {} · {}", record.file, record.period));
        if let Some(due) = record.due {
            let (text, colour) = if record.on_time() {
                (a.log_on_time, theme::GAIN)
            } else {
                (a.log_late, theme::ERROR)
            };
            ui.label(format!("· {} {}", a.due_short, day(lang, due)));
            ui.label(RichText::new(text).color(colour));
        }
        ui.label(
            RichText::new(format!(
                "· {} {} {} {}",
                a.log_by,
                record.by,
                a.log_at,
                timestamp(lang, &record.at)
            ))
            .weak(),
        );
    });
    if record.items.is_empty() {
        ui.indent(("log", &record.key, &record.at), |ui| {
            ui.label(RichText::new(a.nothing_new).weak().italics());
        });
    }
    for change in &record.items {
        ui.indent(("log", &record.key, &record.at, &change.code), |ui| {
            ui.add(egui::Label::new(RichText::new(change_text(change, lang)).small()).wrap());
        });
    }
    ui.add_space(theme::GAP / 2.0);
}

/// "6.1: từ chưa thực hiện sang hoàn thành, hoàn thành ngày 30/09/2031, kết quả “…”".
fn change_text(change: &MergeChange, lang: Lang) -> String {
    let a = lang.agency();
    let mut parts = Vec::new();
    if change.from != change.to {
        parts.push(format!(
            "{} {} {} {}",
            a.moved_from,
            status(lang, change.from),
            a.moved_to,
            status(lang, change.to)
        ));
    }
    if let Some(done) = change.done {
        parts.push(format!("{} {}", a.done_on, day(lang, done)));
    }
    if !change.result.is_empty() {
        parts.push(format!("{} “{}”", a.result, change.result));
    }
    if !change.evidence.is_empty() {
        parts.push(format!(
            "{} {}",
            a.evidence_added,
            change.evidence.join("; ")
        ));
    }
    if let Some(settled) = change.settled {
        parts.push(match settled {
            crate::model::Settled::Sheet => a.log_settled_sheet.to_string(),
            crate::model::Settled::Scenario => a.log_settled_scenario.to_string(),
        });
    }
    if parts.is_empty() {
        parts.push(a.log_no_change.to_string());
    }
    format!("{}: {}", change.code, parts.join(", "))
}
