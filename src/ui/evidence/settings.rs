//! Thiết lập rủi ro, in a strip that folds away: the scenario's default confidences by the
//! state of the evidence (có / đang hoàn thiện / chưa có, and nothing listed), the default
//! survey spread, and each field's survey range (thấp / dự kiến / cao). Dragging a figure
//! merges into one undo step like a slider; typing one is one step; "×" or "Mặc định" go back.

use egui::{DragValue, RichText, Ui};

use crate::engine::{Edit, RangeSource, survey_range_of};
use crate::model::{Points, Ratio, RiskDefaults, SurveyRange};

use super::super::action::Action;
use super::super::context::Cx;
use super::super::i18n::Lang;
use super::super::theme;

/// Sets one of the defaults.
type Set = fn(&mut RiskDefaults, Ratio);

/// What a person did to a figure this frame.
fn push(cx: &mut Cx<'_>, response: &egui::Response, edit: Option<Edit>, key: String) {
    if let Some(edit) = edit {
        cx.push(if response.dragged() {
            Action::Live { edit, key }
        } else {
            Action::Edit(edit)
        });
    }
    if response.drag_stopped() {
        cx.push(Action::Seal);
    }
}

/// A ratio as a whole percentage to drag or type.
fn percent_ui(ui: &mut Ui, value: Ratio, caption: egui::Id) -> (egui::Response, Option<Ratio>) {
    let mut percent = f64::from(value.units()) / 100.0;
    let response = ui
        .add(
            DragValue::new(&mut percent)
                .range(0.0..=100.0)
                .speed(0.5)
                .max_decimals(0)
                .suffix(" %"),
        )
        .labelled_by(caption);
    let changed = Ratio::from_f64(percent.round() / 100.0)
        .ok()
        .filter(|r| response.changed() && *r != value);
    (response, changed)
}

/// Points to drag or type, in the view's decimal mark, within `range`.
fn points_ui(
    ui: &mut Ui,
    lang: Lang,
    value: Points,
    range: std::ops::RangeInclusive<f64>,
    caption: &str,
) -> (egui::Response, Option<Points>) {
    let mut number = value.to_f64();
    let response = ui.add(
        DragValue::new(&mut number)
            .range(range)
            .speed(0.01)
            .max_decimals(4)
            .custom_formatter(move |v, _| {
                Points::from_f64((v * 10_000.0).round() / 10_000.0)
                    .map_or_else(|_| v.to_string(), |p| lang.num(p))
            })
            .custom_parser(|text| Points::parse(text.trim()).ok().map(Points::to_f64)),
    );
    let response = response.on_hover_text(caption);
    let changed = Points::from_f64((number * 10_000.0).round() / 10_000.0)
        .ok()
        .filter(|p| response.changed() && *p != value);
    (response, changed)
}

/// The folding strip.
pub fn ui(ui: &mut Ui, cx: &mut Cx<'_>) {
    let s = cx.lang.risk();
    egui::CollapsingHeader::new(RichText::new(s.settings_title).strong())
        .id_salt("risk settings")
        .default_open(false)
        .show(ui, |ui| {
            defaults_ui(ui, cx);
            ui.add_space(theme::GAP / 2.0);
            ranges_ui(ui, cx);
        })
        .header_response
        .on_hover_text(s.settings_tip);
}

fn defaults_ui(ui: &mut Ui, cx: &mut Cx<'_>) {
    let s = cx.lang.risk();
    let defaults = cx.session.changes().risk_defaults;
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(s.defaults_caption).weak())
            .on_hover_text(s.defaults_tip);
        let fields: [(&str, Ratio, Set); 5] = [
            (s.default_ready, defaults.ready, |d, r| d.ready = r),
            (s.default_in_progress, defaults.in_progress, |d, r| {
                d.in_progress = r;
            }),
            (s.default_missing, defaults.missing, |d, r| d.missing = r),
            (s.default_unlisted, defaults.unlisted, |d, r| d.unlisted = r),
            (s.default_spread, defaults.survey_spread, |d, r| {
                d.survey_spread = r;
            }),
        ];
        for (caption, value, set) in fields {
            ui.scope(|ui| {
                ui.spacing_mut().item_spacing.x = 4.0;
                let label = ui.label(caption);
                let (response, changed) = percent_ui(ui, value, label.id);
                let edit = changed.map(|r| {
                    let mut next = defaults;
                    set(&mut next, r);
                    Edit::SetRiskDefaults(next)
                });
                push(cx, &response, edit, "risk defaults".into());
            });
        }
        if !defaults.is_standard()
            && ui
                .small_button(s.standard_defaults)
                .on_hover_text(s.standard_defaults_tip)
                .clicked()
        {
            cx.push(Action::Edit(Edit::SetRiskDefaults(RiskDefaults::default())));
        }
    });
}

fn ranges_ui(ui: &mut Ui, cx: &mut Cx<'_>) {
    let lang = cx.lang;
    let s = lang.risk();
    let session = cx.session;
    let analysis = session.analysis();
    let fields: Vec<(usize, SurveyRange, RangeSource, Points)> = (0..analysis.fields.len())
        .filter_map(|f| {
            match survey_range_of(analysis, session.projected(), session.changes(), f) {
                (Some(range), source) => Some((f, range, source, analysis.fields[f].survey_max)),
                (None, _) => None,
            }
        })
        .collect();
    if fields.is_empty() {
        ui.label(RichText::new(s.no_survey).weak());
        return;
    }
    ui.label(RichText::new(s.ranges_caption).weak())
        .on_hover_text(s.ranges_tip);
    egui::Grid::new("survey ranges")
        .striped(true)
        .num_columns(7)
        .spacing([theme::GAP, 3.0])
        .show(ui, |ui| {
            for head in [
                s.col_field,
                s.col_survey_max,
                s.range_low,
                s.range_likely,
                s.range_high,
                s.range_source,
                "",
            ] {
                ui.label(RichText::new(head).strong());
            }
            ui.end_row();
            for (f, range, source, max) in fields {
                let code = analysis.nodes[analysis.fields[f].node].code.clone();
                ui.label(format!("LV{code}"))
                    .on_hover_text(&analysis.nodes[analysis.fields[f].node].name);
                ui.label(lang.num(max));
                let (low, likely, high) = (range.low, range.likely, range.high);
                let bounds = [
                    (low, 0.0..=likely.to_f64(), s.range_low),
                    (likely, low.to_f64()..=high.to_f64(), s.range_likely),
                    (high, likely.to_f64()..=max.to_f64(), s.range_high),
                ];
                for (k, (value, bounds, caption)) in bounds.into_iter().enumerate() {
                    let (response, changed) = points_ui(ui, lang, value, bounds, caption);
                    let edit = changed.and_then(|p| {
                        let mut next = [low, likely, high];
                        next[k] = p;
                        SurveyRange::new(next[0], next[1], next[2]).ok()
                    });
                    let edit = edit.map(|r| Edit::SetSurveyRange {
                        field: code.clone(),
                        range: Some(r),
                    });
                    push(cx, &response, edit, format!("survey range {code}"));
                }
                let (source_text, tip) = match source {
                    RangeSource::Set => (s.range_set, s.range_set_tip),
                    _ => (s.range_default, s.range_default_tip),
                };
                ui.label(RichText::new(source_text).small())
                    .on_hover_text(tip);
                if source == RangeSource::Set
                    && ui
                        .small_button("×")
                        .on_hover_text(s.range_reset_tip)
                        .clicked()
                {
                    cx.push(Action::Edit(Edit::SetSurveyRange {
                        field: code.clone(),
                        range: None,
                    }));
                } else {
                    ui.label("");
                }
                ui.end_row();
            }
        });
}
