//! The preview's parts: the sheets refused, the conflicts with their choices, and per agency
//! the items whose status, date done, result or evidence the sheets change.

use egui::{RichText, Ui};

use crate::agency::{AgencyUpdates, Choice, Conflict, ItemUpdate, MergePreview, Refusal, prefer};
use crate::model::{Settled, Status};

use super::super::i18n::Lang;
use super::super::theme;
use super::receive::{ReceiveDraft, timestamp};
use super::{day, status};

/// "Đọc được 2 phiếu; 1 phiếu bị từ chối; 5 nhiệm vụ có thay đổi; 1 xung đột cần quyết định."
pub(super) fn summary(preview: &MergePreview, lang: Lang) -> String {
    let a = lang.agency();
    let changed: usize = preview.agencies.iter().map(|g| g.items.len()).sum();
    let mut parts = vec![format!(
        "{} {} {}",
        a.read_before,
        preview.sheets.len(),
        a.read_after
    )];
    if !preview.refused.is_empty() {
        parts.push(format!("{} {}", preview.refused.len(), a.refused_count));
    }
    parts.push(format!("{changed} {}", a.changed_count));
    if !preview.conflicts.is_empty() {
        parts.push(format!("{} {}", preview.conflicts.len(), a.conflict_count));
    }
    format!("{}. {}", parts.join("; "), a.nothing_yet)
}

pub(super) fn refused_ui(ui: &mut Ui, refused: &[Refusal], lang: Lang) {
    if refused.is_empty() {
        return;
    }
    let a = lang.agency();
    ui.label(theme::text::section(a.refused_title).color(theme::ERROR));
    for refusal in refused {
        let text = match lang {
            Lang::Vi => &refusal.vi,
            Lang::En => &refusal.en,
        };
        ui.add(egui::Label::new(RichText::new(text).color(theme::ERROR)).wrap());
    }
    ui.add_space(theme::GAP);
}

pub(super) fn agency_ui(ui: &mut Ui, preview: &MergePreview, agency: &AgencyUpdates, lang: Lang) {
    let a = lang.agency();
    ui.label(theme::text::section(&agency.agency));
    for sheet in agency.sheets.iter().filter_map(|&i| preview.sheets.get(i)) {
        ui.horizontal_wrapped(|ui| {
            ui.label(
                RichText::new(format!(
                    "{} · {} · {} {}",
                    sheet.file,
                    sheet.period,
                    a.due_short,
                    day(lang, sheet.due)
                ))
                .weak(),
            );
            if let Some(at) = &sheet.merged_before {
                ui.label(
                    RichText::new(format!("· {} {}", a.merged_before, timestamp(lang, at)))
                        .color(theme::WARNING),
                );
            }
        });
    }
    if agency.items.is_empty() {
        ui.label(RichText::new(a.nothing_new).weak().italics());
    }
    let several = agency.sheets.len() > 1;
    for update in &agency.items {
        let conflicted = preview.conflicts.iter().any(|c| c.code == update.code);
        // Two sheets from one agency: each line says which it comes from.
        let file = preview
            .sheets
            .get(update.sheet)
            .map(|s| s.file.as_str())
            .filter(|_| several);
        update_ui(ui, update, file, conflicted, lang);
    }
    ui.add_space(theme::GAP);
}

/// One item: its code and criterion, then what changes.
fn update_ui(ui: &mut Ui, update: &ItemUpdate, file: Option<&str>, conflicted: bool, lang: Lang) {
    let a = lang.agency();
    ui.horizontal(|ui| {
        ui.add_space(theme::GAP);
        ui.label(RichText::new(&update.code).strong());
        ui.add(egui::Label::new(&update.name).truncate());
    });
    // Indented as a block, so a wrapped line starts under the first.
    ui.indent(("update", &update.code, update.sheet), |ui| {
        ui.horizontal_wrapped(|ui| {
            if let Some(to) = update.to {
                ui.label(status(lang, update.from));
                arrow(ui);
                ui.label(
                    RichText::new(status(lang, to))
                        .color(status_colour(to))
                        .strong(),
                );
            }
            if let Some(done) = update.done {
                ui.label(format!("· {} {}", a.done_on, day(lang, done)));
            }
            if let Some(result) = &update.result {
                ui.label(format!("· {} “{result}”", a.result));
            }
            if !update.evidence.is_empty() {
                let titles: Vec<&str> = update.evidence.iter().map(|e| e.title.as_str()).collect();
                ui.label(format!("· {} {}", a.evidence_added, titles.join("; ")));
            }
            if let Some(file) = file {
                ui.label(RichText::new(format!("· {file}")).weak());
            }
            if conflicted {
                ui.label(RichText::new(a.see_conflicts).color(theme::WARNING));
            }
        });
    });
}

/// "→", painted: the fonts have no arrow.
fn arrow(ui: &mut Ui) {
    let size = egui::vec2(16.0, 12.0);
    let (rect, _) = ui.allocate_exact_size(size, egui::Sense::hover());
    let colour = ui.visuals().text_color();
    let c = rect.center();
    let stroke = egui::Stroke::new(1.4, colour);
    ui.painter()
        .line_segment([c - egui::vec2(6.0, 0.0), c + egui::vec2(4.0, 0.0)], stroke);
    ui.painter().add(egui::Shape::convex_polygon(
        vec![
            c + egui::vec2(7.0, 0.0),
            c + egui::vec2(2.0, -4.0),
            c + egui::vec2(2.0, 4.0),
        ],
        colour,
        egui::Stroke::NONE,
    ));
}

fn status_colour(status: Status) -> egui::Color32 {
    match status {
        Status::Done => theme::GAIN,
        Status::Failed => theme::ERROR,
        Status::InProgress => theme::INFO,
        Status::NotStarted => theme::BASELINE,
    }
}

pub(super) fn conflicts_ui(ui: &mut Ui, draft: &mut ReceiveDraft, lang: Lang) {
    if draft.preview.conflicts.is_empty() {
        return;
    }
    let a = lang.agency();
    ui.label(
        theme::text::section(format!(
            "{} ({})",
            a.conflicts_title,
            draft.preview.conflicts.len()
        ))
        .color(theme::WARNING),
    );
    ui.add(egui::Label::new(a.conflicts_intro).wrap());
    ui.horizontal_wrapped(|ui| {
        if ui
            .button(a.keep_all)
            .on_hover_text(a.keep_all_tip)
            .clicked()
        {
            draft
                .choices
                .extend(prefer(&draft.preview, Settled::Scenario));
        }
        if ui
            .button(a.sheets_where_one)
            .on_hover_text(a.sheets_where_one_tip)
            .clicked()
        {
            draft.choices.extend(prefer(&draft.preview, Settled::Sheet));
        }
    });
    for conflict in &draft.preview.conflicts {
        let mut choice = draft.choices.get(&conflict.code).copied();
        conflict_ui(ui, &draft.preview, conflict, &mut choice, lang);
        if let Some(choice) = choice {
            draft.choices.insert(conflict.code.clone(), choice);
        }
    }
    ui.add_space(theme::GAP);
}

fn conflict_ui(
    ui: &mut Ui,
    preview: &MergePreview,
    conflict: &Conflict,
    choice: &mut Option<Choice>,
    lang: Lang,
) {
    let a = lang.agency();
    ui.add_space(theme::GAP / 2.0);
    ui.horizontal(|ui| {
        ui.label(RichText::new(&conflict.code).strong());
        ui.add(egui::Label::new(&conflict.name).truncate());
    });
    let mut why = Vec::new();
    if conflict.sheets_disagree() {
        why.push(a.sheets_disagree.to_string());
    }
    if let Some(sent) = conflict.changed_since_sent {
        why.push(format!(
            "{} “{}” {} “{}” {}",
            a.changed_before,
            status(lang, sent),
            a.changed_to,
            status(lang, conflict.scenario),
            a.changed_after
        ));
    }
    ui.indent(("conflict", &conflict.code), |ui| {
        ui.add(egui::Label::new(RichText::new(why.join(" ")).weak()).wrap());
        ui.radio_value(
            choice,
            Some(Choice::Scenario),
            format!("{} “{}”", a.keep_scenario, status(lang, conflict.scenario)),
        );
        for (sheet, report) in &conflict.reports {
            let file = preview.sheets.get(*sheet).map_or("?", |s| s.file.as_str());
            let mut text = format!("{} {file}: ", a.take_sheet);
            text.push_str(&match report.to {
                Some(to) => format!("“{}”", status(lang, to)),
                None => a.status_kept.to_string(),
            });
            if let Some(done) = report.done {
                text.push_str(&format!(", {} {}", a.done_on, day(lang, done)));
            }
            if let Some(result) = &report.result {
                text.push_str(&format!(", {} “{result}”", a.result));
            }
            ui.radio_value(choice, Some(Choice::Sheet(*sheet)), text);
        }
    });
}
