//! The validator's findings: severity, code and message; a click selects the item, and a
//! suggested correction is applied as an edit (so it shows in the history and can be undone).

use egui::{RichText, Ui};

use crate::engine::{Edit, Severity};

use super::action::Action;
use super::context::Cx;
use super::i18n::Lang;
use super::{theme, virtual_list};

/// The findings list (no state of its own: the list remembers its heights in egui's memory).
#[derive(Clone, Copy, Debug, Default)]
pub struct Findings;

impl Findings {
    pub fn ui(&mut self, ui: &mut Ui, cx: &mut Cx<'_>) {
        ui.add_space(theme::GAP / 2.0);
        ui.label(theme::text::panel_title(cx.s().findings_title));
        list_ui(ui, cx);
    }
}

/// "LV3" for a field's code, the code itself for an item: the place, not a count.
fn place(cx: &Cx<'_>, code: &str) -> String {
    let analysis = cx.session.analysis();
    match analysis.find(code).map(|i| analysis.node(i)) {
        Some(node) if node.is_field() => format!("LV{code}"),
        _ => code.to_string(),
    }
}

fn list_ui(ui: &mut Ui, cx: &mut Cx<'_>) {
    let lang = cx.lang;
    let s = lang.s();
    let session = cx.session;
    let findings = session.findings();
    if findings.is_empty() {
        ui.label(RichText::new(s.no_findings).weak());
        return;
    }
    let accepted = &session.changes().accepted;
    // Findings are fixed while a scorecard is open, so its serial names them; the language
    // names the texts whose heights the list remembers.
    let rows = virtual_list::Rows {
        count: findings.len(),
        content: session.serial(),
        style: u64::from(lang == Lang::En),
    };
    virtual_list::show(ui, "findings", rows, 60.0, |ui, n| {
        let Some(finding) = findings.get(n) else {
            return;
        };
        let (word, colour) = match finding.severity {
            Severity::Error => (s.severity_error, theme::ERROR),
            Severity::Warning => (s.severity_warning, theme::WARNING),
            Severity::Info => (s.severity_info, theme::INFO),
        };
        let message = match lang {
            Lang::Vi => &finding.message_vi,
            Lang::En => &finding.message_en,
        };
        ui.horizontal_top(|ui| {
            // "LV3 · Thông tin": the place first, so the number reads as a code.
            if !finding.code.is_empty()
                && ui
                    .link(RichText::new(place(cx, &finding.code)).strong())
                    .clicked()
            {
                cx.push(Action::SelectCode(finding.code.clone()));
            }
            if !finding.code.is_empty() {
                ui.label("·");
            }
            ui.label(RichText::new(word).color(colour).strong());
        });
        let text = ui.add(
            egui::Label::new(message.as_str())
                .wrap()
                .sense(egui::Sense::click()),
        );
        if text.clicked() && !finding.code.is_empty() {
            cx.push(Action::SelectCode(finding.code.clone()));
        }
        if let Some(value) = finding.suggestion {
            let is_accepted = accepted.contains(&finding.code);
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new(format!("{} {}", s.suggested, lang.num(value)))
                        .color(theme::MARKER),
                );
                let label = if is_accepted {
                    s.withdraw_suggestion
                } else {
                    s.apply_suggestion
                };
                if ui.button(label).clicked() {
                    cx.push(Action::Edit(Edit::AcceptCorrection {
                        code: finding.code.clone(),
                        accepted: !is_accepted,
                    }));
                }
                if is_accepted {
                    ui.label(RichText::new(s.suggestion_applied).color(theme::GAIN));
                }
            });
        }
        ui.separator();
    });
}
