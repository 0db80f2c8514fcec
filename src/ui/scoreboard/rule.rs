//! Quy tắc chấm điểm: the scoreboard's rule stated in words with its weights, and the weights
//! edited in place — each change one undoable edit of the scenario's `score_rule`.

use egui::{RichText, TextEdit, Ui};

use crate::engine::Edit;
use crate::model::{Points, ScoreRule};

use super::super::action::Action;
use super::super::context::Cx;
use super::super::i18n::Lang;
use super::super::theme;

/// The weights as typed, refilled whenever the scenario's rule changes (an edit, an undo).
#[derive(Clone, Debug, Default)]
pub(super) struct RuleDraft {
    texts: [String; 5],
    shown: Option<ScoreRule>,
}

fn weights(rule: &ScoreRule) -> [Points; 5] {
    [
        rule.items_on_time,
        rule.items_late,
        rule.recovered,
        rule.reports_on_time,
        rule.reports_late,
    ]
}

fn with_weight(rule: &ScoreRule, index: usize, value: Points) -> ScoreRule {
    let mut new = *rule;
    let slot = match index {
        0 => &mut new.items_on_time,
        1 => &mut new.items_late,
        2 => &mut new.recovered,
        3 => &mut new.reports_on_time,
        _ => &mut new.reports_late,
    };
    *slot = value;
    new
}

/// "Điểm thi đua = 40 × (…) + 20 × (…) + …": the rule in words, its weights in place.
pub(super) fn formula(lang: Lang, rule: &ScoreRule) -> String {
    let a = lang.agency();
    let terms: Vec<String> = weights(rule)
        .iter()
        .zip(a.rule_terms)
        .map(|(w, term)| format!("{} × ({term})", lang.num(*w)))
        .collect();
    format!("{} = {}", a.col_score, terms.join(" + "))
}

impl RuleDraft {
    pub(super) fn ui(&mut self, ui: &mut Ui, cx: &mut Cx<'_>, rule: &ScoreRule) {
        let a = cx.lang.agency();
        let lang = cx.lang;
        if self.shown != Some(*rule) {
            self.texts = weights(rule).map(|w| lang.num(w));
            self.shown = Some(*rule);
        }
        ui.horizontal_wrapped(|ui| {
            ui.label(theme::text::panel_title(a.rule_title));
            ui.label(RichText::new(format!("({} {})", a.rule_max, lang.num(rule.max()))).weak());
        });
        ui.add(egui::Label::new(formula(lang, rule)).wrap())
            .on_hover_text(a.rule_tip);
        egui::CollapsingHeader::new(a.rule_edit)
            .id_salt("score rule")
            .show(ui, |ui| {
                egui::Grid::new("rule weights")
                    .num_columns(2)
                    .spacing([theme::GAP, 4.0])
                    .show(ui, |ui| {
                        for (index, (caption, tip)) in a.rule_captions.iter().enumerate() {
                            let label = ui.label(*caption).on_hover_text(*tip);
                            let text = &mut self.texts[index];
                            let parsed =
                                Points::parse(text.trim()).ok().filter(|p| !p.is_negative());
                            let mut edit = TextEdit::singleline(text)
                                .desired_width(64.0)
                                .align(egui::Align2::RIGHT_CENTER);
                            if parsed.is_none() {
                                edit = edit.text_color(theme::ERROR);
                            }
                            let response = ui.add(edit).labelled_by(label.id).on_hover_text(*tip);
                            if response.lost_focus()
                                && let Some(value) = parsed
                                && value != weights(rule)[index]
                            {
                                let new = with_weight(rule, index, value);
                                cx.push(Action::Edit(Edit::SetScoreRule(new)));
                            }
                            ui.end_row();
                        }
                    });
                ui.horizontal_wrapped(|ui| {
                    if ui
                        .add_enabled(!rule.is_default(), egui::Button::new(a.rule_default))
                        .on_hover_text(formula(lang, &ScoreRule::default()))
                        .clicked()
                    {
                        cx.push(Action::Edit(Edit::SetScoreRule(ScoreRule::default())));
                    }
                    ui.label(RichText::new(a.rule_saved).weak().small());
                });
            });
    }
}
