//! One planned gain's row: its code, its name with the documents listed under it (what is not
//! yet in hand in its state's colour, a link or path opened on a click), the gain, the state
//! (setting it is one undoable edit), the confidence (a slider that drags like a score slider:
//! live edits merged into one step, sealed when let go; "×" returns it to its evidence default)
//! and the points at risk.

use egui::{Align, Layout, Rect, RichText, Slider, Ui, UiBuilder};
use egui_extras::TableRow;

use crate::engine::{ChecklistItem, ConfidenceSource, Edit};
use crate::model::{Evidence, EvidenceState, Ratio};

use super::super::action::Action;
use super::super::context::Cx;
use super::super::i18n::Lang;
use super::super::theme;
use super::RiskAction;
use super::documents::Draft;
use super::table::{DOC_HEIGHT, ITEM_HEIGHT, MAX_DOCS};

/// The figures' columns, on a wide table and on a narrow one (a 1024-pixel window).
#[derive(Clone, Copy, Debug)]
pub(super) struct Widths {
    pub gain: f32,
    pub state: f32,
    pub confidence: f32,
    pub at_risk: f32,
    /// The slider's length in the confidence column.
    pub slider: f32,
    /// The documents' button says "Tài liệu…" or, narrow, "…".
    pub narrow: bool,
}

impl Widths {
    pub(super) fn for_table(width: f32) -> Self {
        if width >= 820.0 {
            Widths {
                gain: 62.0,
                state: 152.0,
                confidence: 160.0,
                at_risk: 100.0,
                slider: 72.0,
                narrow: false,
            }
        } else {
            Widths {
                gain: 52.0,
                state: 136.0,
                confidence: 112.0,
                at_risk: 70.0,
                slider: 40.0,
                narrow: true,
            }
        }
    }
}
/// Room for a document's state before its title, so the titles line up.
const STATE_WORD: f32 = 96.0;

/// An item's row height: its first line and a line per document shown.
pub(super) fn height(item: &ChecklistItem) -> f32 {
    let docs = item.documents.len();
    let lines = match docs {
        0 => 1,
        n if n > MAX_DOCS => MAX_DOCS + 1,
        n => n,
    };
    ITEM_HEIGHT + DOC_HEIGHT * lines as f32 + 4.0
}

/// The colour a state is said in: in hand, being finished, missing.
pub fn state_colour(state: Option<EvidenceState>, ui: &Ui) -> egui::Color32 {
    match state {
        Some(EvidenceState::Ready) => theme::GAIN,
        Some(EvidenceState::InProgress) => theme::MARKER,
        Some(EvidenceState::Missing) => theme::LOST,
        None => ui.visuals().weak_text_color(),
    }
}

/// The state in words; `None`: nothing listed.
pub fn state_word(state: Option<EvidenceState>, lang: Lang) -> &'static str {
    match (state, lang) {
        (Some(state), Lang::Vi) => state.vi(),
        (Some(state), Lang::En) => state.en(),
        (None, _) => lang.risk().unlisted,
    }
}

/// Where an item's confidence comes from, in words.
pub fn source_text(item: &ChecklistItem, lang: Lang) -> String {
    let s = lang.risk();
    let on = |from: &str| {
        if from == item.code {
            String::new()
        } else {
            format!(" ({} {from})", s.listed_on)
        }
    };
    match &item.source {
        ConfidenceSource::Set { from } => format!("{}{}", s.source_set, on(from)),
        ConfidenceSource::Evidence { state, from } => format!(
            "{} {}{}",
            s.source_evidence,
            state_word(Some(*state), lang),
            on(from)
        ),
        ConfidenceSource::Unlisted => s.source_unlisted.to_string(),
    }
}

/// The top line of a cell, however tall the row: the widgets of a row line up with its name.
fn first_line<R>(ui: &mut Ui, layout: Layout, add: impl FnOnce(&mut Ui) -> R) -> R {
    let cell = ui.max_rect();
    let rect = Rect::from_min_size(cell.min, egui::vec2(cell.width(), ITEM_HEIGHT));
    ui.scope_builder(UiBuilder::new().max_rect(rect).layout(layout), add)
        .inner
}

/// One item's row. The documents run under the name from the criterion column to `right`.
pub(super) fn item_row(
    row: &mut TableRow<'_, '_>,
    cx: &mut Cx<'_>,
    item: &ChecklistItem,
    (right, widths): (f32, Widths),
    editor: &mut Option<Draft>,
) {
    let lang = cx.lang;
    let s = lang.risk();
    let left = Layout::left_to_right(Align::Center);
    let mut code_id = None;
    row.col(|ui| {
        first_line(ui, left, |ui| {
            ui.add_space(16.0);
            code_id = Some(ui.label(&item.code).id);
        });
    });
    row.col(|ui| {
        let cell = ui.max_rect();
        first_line(ui, left, |ui| {
            let (text, button) = if widths.narrow {
                ("…", 28.0)
            } else {
                (s.edit_documents, 86.0)
            };
            let room = (ui.available_width() - button).max(40.0);
            ui.scope(|ui| {
                ui.set_max_width(room);
                ui.add(egui::Label::new(&item.name).truncate());
            });
            ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                if ui
                    .small_button(text)
                    .on_hover_text(s.edit_documents_tip)
                    .clicked()
                {
                    *editor = Some(Draft::of(item));
                }
            });
        });
        // The documents run on under the figures' columns (their widgets sit on the first
        // line): a child not laid out in the cell, clipped to the row across the table.
        let area = Rect::from_min_max(
            egui::pos2(cell.left(), cell.top() + ITEM_HEIGHT),
            egui::pos2(right.max(cell.right()), cell.bottom()),
        );
        let clip = Rect::from_x_y_ranges(area.x_range(), ui.clip_rect().y_range());
        let mut docs = ui.new_child(
            UiBuilder::new()
                .max_rect(area)
                .layout(Layout::top_down(Align::LEFT)),
        );
        docs.set_clip_rect(clip);
        documents_ui(&mut docs, cx, item);
    });
    row.col(|ui| {
        first_line(ui, Layout::right_to_left(Align::Center), |ui| {
            ui.label(RichText::new(lang.delta(item.gain)).color(theme::GAIN))
                .on_hover_text(s.col_gain_tip);
        });
    });
    row.col(|ui| first_line(ui, left, |ui| state_ui(ui, cx, item, code_id, widths.state)));
    row.col(|ui| {
        first_line(ui, left, |ui| {
            confidence_ui(ui, cx, item, code_id, widths.slider);
        });
    });
    row.col(|ui| {
        first_line(ui, Layout::right_to_left(Align::Center), |ui| {
            let text = RichText::new(lang.num(item.at_risk));
            let text = if item.at_risk.is_zero() {
                text.weak()
            } else {
                text.color(theme::LOST)
            };
            ui.label(text).on_hover_text(format!(
                "(1 − {}) × {} = {}\n{}",
                item.confidence
                    .percent_with(if cx.vi() { ',' } else { '.' }),
                lang.num(item.gain),
                lang.num(item.at_risk),
                s.col_at_risk_tip
            ));
        });
    });
}

/// The documents listed for the item, one a line: state, a button opening its link or path,
/// title and reference; or that none is listed.
fn documents_ui(ui: &mut Ui, cx: &mut Cx<'_>, item: &ChecklistItem) {
    let lang = cx.lang;
    let s = lang.risk();
    if item.documents.is_empty() {
        line(ui, |ui| {
            ui.label(RichText::new(s.none_listed).small().color(theme::MARKER))
                .on_hover_text(s.none_listed_tip);
        });
        return;
    }
    let shared = item
        .listed_on
        .as_deref()
        .filter(|on| *on != item.code)
        .map(|on| format!("{} {on}", s.listed_on));
    for doc in item.documents.iter().take(MAX_DOCS) {
        line(ui, |ui| document_line(ui, cx, doc, shared.as_deref()));
    }
    if item.documents.len() > MAX_DOCS {
        line(ui, |ui| {
            ui.label(
                RichText::new(format!(
                    "… {} {}",
                    item.documents.len() - MAX_DOCS,
                    s.more_documents
                ))
                .small()
                .weak(),
            );
        });
    }
}

/// A line of the documents' area, `DOC_HEIGHT` tall.
fn line(ui: &mut Ui, add: impl FnOnce(&mut Ui)) {
    let width = ui.available_width();
    ui.allocate_ui_with_layout(
        egui::vec2(width, DOC_HEIGHT),
        Layout::left_to_right(Align::Center),
        |ui| {
            ui.set_height(DOC_HEIGHT);
            add(ui);
        },
    );
}

fn document_line(ui: &mut Ui, cx: &mut Cx<'_>, doc: &Evidence, shared: Option<&str>) {
    let lang = cx.lang;
    let s = lang.risk();
    let colour = state_colour(Some(doc.state), ui);
    let (rect, _) = ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
    ui.painter().circle_filled(rect.center(), 3.5, colour);
    ui.scope(|ui| {
        ui.set_min_width(STATE_WORD);
        ui.label(
            RichText::new(state_word(Some(doc.state), lang))
                .small()
                .color(colour),
        );
    });
    if !doc.link.is_empty()
        && ui
            .small_button(s.open_link)
            .on_hover_text(format!("{}: {}", s.open_link_tip, doc.link))
            .clicked()
    {
        cx.push(Action::Risk(RiskAction::OpenDocument(doc.link.clone())));
    }
    let mut text = doc.title.clone();
    if !doc.reference.is_empty() {
        text = format!("{text} — {}", doc.reference);
    }
    if let Some(shared) = shared {
        text = format!("{text} ({shared})");
    }
    let mut tip = doc.title.clone();
    for extra in [&doc.reference, &doc.link] {
        if !extra.is_empty() {
            tip = format!("{tip}\n{extra}");
        }
    }
    ui.add(egui::Label::new(RichText::new(text).small()).truncate())
        .on_hover_text(tip);
}

/// The item's state (its weakest document's) as a drop-down: choosing one sets every listed
/// document to it, or lists one document in that state when none is.
fn state_ui(
    ui: &mut Ui,
    cx: &mut Cx<'_>,
    item: &ChecklistItem,
    label: Option<egui::Id>,
    width: f32,
) {
    let lang = cx.lang;
    let s = lang.risk();
    let state = item.documents.iter().map(|d| d.state).max();
    let colour = state_colour(state, ui);
    let mut chosen = None;
    let mut selected = RichText::new(state_word(state, lang)).color(colour);
    if width < 140.0 {
        // A narrow column: "đang hoàn thiện" whole in the small size rather than cut.
        selected = selected.small();
    }
    let combo = egui::ComboBox::from_id_salt(("evidence state", &item.code))
        .width(width - 14.0)
        .selected_text(selected)
        .show_ui(ui, |ui| {
            for option in EvidenceState::ALL {
                let text = RichText::new(state_word(Some(option), lang))
                    .color(state_colour(Some(option), ui));
                if ui.selectable_label(state == Some(option), text).clicked() {
                    chosen = Some(option);
                }
            }
        });
    let response = combo.response.on_hover_text(s.col_state_tip);
    if let Some(id) = label {
        let _ = response.labelled_by(id);
    }
    if let Some(option) = chosen
        && Some(option) != state
    {
        let code = item.listed_on.clone().unwrap_or_else(|| item.code.clone());
        let documents = if item.documents.is_empty() {
            vec![Evidence {
                title: format!("{} {}", s.default_document, item.name),
                state: option,
                ..Evidence::default()
            }]
        } else {
            item.documents
                .iter()
                .map(|d| Evidence {
                    state: option,
                    ..d.clone()
                })
                .collect()
        };
        cx.push(Action::Edit(Edit::SetEvidence { code, documents }));
    }
}

/// The confidence: a slider in whole percent, the figure (strong when set by hand) and "×"
/// returning a hand-set value to the evidence default.
fn confidence_ui(
    ui: &mut Ui,
    cx: &mut Cx<'_>,
    item: &ChecklistItem,
    label: Option<egui::Id>,
    slider_width: f32,
) {
    let lang = cx.lang;
    let s = lang.risk();
    let source = source_text(item, lang);
    let tip = format!("{}: {source}\n{}", s.col_confidence, s.confidence_tip);
    ui.spacing_mut().slider_width = slider_width;
    let mut percent = f64::from(item.confidence.units()) / 100.0;
    let slider = ui.add(
        Slider::new(&mut percent, 0.0..=100.0)
            .show_value(false)
            .smart_aim(false),
    );
    let slider = match label {
        Some(id) => slider.labelled_by(id),
        None => slider,
    }
    .on_hover_text(&tip);
    let key = format!("confidence {}", item.code);
    if slider.changed()
        && let Ok(value) = Ratio::from_f64(percent.round() / 100.0)
        && value != item.confidence
    {
        let edit = Edit::SetConfidence {
            code: item.code.clone(),
            value: Some(value),
        };
        // A click on the track is a finished edit; only a drag stays open for merging.
        cx.push(if slider.dragged() {
            Action::Live { edit, key }
        } else {
            Action::Edit(edit)
        });
    }
    if slider.drag_stopped() {
        cx.push(Action::Seal);
    }
    let set_here = matches!(&item.source, ConfidenceSource::Set { from } if *from == item.code);
    let figure = RichText::new(
        item.confidence
            .percent_with(if cx.vi() { ',' } else { '.' }),
    );
    let figure = if set_here {
        figure.strong().color(theme::PROJECTED)
    } else {
        figure
    };
    ui.label(figure).on_hover_text(&tip);
    if set_here
        && ui
            .small_button("×")
            .on_hover_text(s.clear_confidence_tip)
            .clicked()
    {
        cx.push(Action::Edit(Edit::SetConfidence {
            code: item.code.clone(),
            value: None,
        }));
    }
}
