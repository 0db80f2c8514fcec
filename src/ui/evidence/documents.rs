//! The documents of one item, edited in a dialog: title, number and date, a path or link (with
//! a button that opens it), and the state of each; add and remove; "Lưu" writes the whole list
//! as one undoable edit (Enter in a field does too), "Hủy" or Escape leaves it as it was.

use egui::{Id, Modal, RichText, Ui};

use crate::engine::{ChecklistItem, Edit};
use crate::model::{Evidence, EvidenceState};

use super::super::action::Action;
use super::super::context::Cx;
use super::super::theme;
use super::RiskAction;
use super::row::{state_colour, state_word};

/// The list being edited.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Draft {
    /// Where the list is kept: the item itself, or the criterion above it that carries it.
    pub code: String,
    /// The item the dialog was opened from, and its name.
    pub item: String,
    pub name: String,
    pub documents: Vec<Evidence>,
}

impl Draft {
    /// The documents `item` is judged on, where they are listed (itself when none are).
    pub fn of(item: &ChecklistItem) -> Self {
        Draft {
            code: item.listed_on.clone().unwrap_or_else(|| item.code.clone()),
            item: item.code.clone(),
            name: item.name.clone(),
            documents: item.documents.clone(),
        }
    }

    /// The list to save: fields trimmed, empty lines dropped; `None` while a line with
    /// something in it has no title.
    fn cleaned(&self) -> Option<Vec<Evidence>> {
        let mut out = Vec::new();
        for doc in &self.documents {
            let doc = Evidence {
                title: doc.title.trim().to_string(),
                reference: doc.reference.trim().to_string(),
                link: doc.link.trim().to_string(),
                state: doc.state,
            };
            if doc.title.is_empty() {
                if doc.reference.is_empty() && doc.link.is_empty() {
                    continue;
                }
                return None;
            }
            out.push(doc);
        }
        Some(out)
    }
}

/// What the dialog asks of the panel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Open,
    Close,
}

/// The dialog over the window; `Close` once saved or cancelled.
pub fn ui(ctx: &egui::Context, cx: &mut Cx<'_>, draft: &mut Draft) -> Outcome {
    let lang = cx.lang;
    let s = lang.risk();
    let mut outcome = Outcome::Open;
    let width = (ctx.content_rect().width() - 80.0).clamp(560.0, 900.0);
    let response = Modal::new(Id::unique("evidence documents")).show(ctx, |ui| {
        ui.set_width(width);
        ui.label(theme::text::dialog_title(format!(
            "{} — {} {}",
            s.documents_title, draft.item, draft.name
        )));
        if draft.code != draft.item {
            ui.add(
                egui::Label::new(
                    RichText::new(format!("{} {}: {}", s.listed_on, draft.code, s.shared_note))
                        .small()
                        .color(theme::MARKER),
                )
                .wrap(),
            );
        }
        ui.add_space(theme::GAP);
        let entered = grid_ui(ui, cx, draft, width);
        if ui.button(s.add_document).clicked() {
            draft.documents.push(Evidence {
                state: EvidenceState::Missing,
                ..Evidence::default()
            });
        }
        ui.add_space(theme::GAP);
        let cleaned = draft.cleaned();
        if cleaned.is_none() {
            ui.label(RichText::new(s.title_needed).color(theme::ERROR));
        }
        ui.horizontal(|ui| {
            let save = ui
                .add_enabled(
                    cleaned.is_some(),
                    egui::Button::new(RichText::new(s.save).strong()),
                )
                .clicked();
            if (save || entered)
                && let Some(documents) = cleaned
            {
                cx.push(Action::Edit(Edit::SetEvidence {
                    code: draft.code.clone(),
                    documents,
                }));
                outcome = Outcome::Close;
            }
            if ui.button(cx.s().cancel).clicked() {
                outcome = Outcome::Close;
            }
        });
    });
    if response.should_close() {
        outcome = Outcome::Close;
    }
    outcome
}

/// Widths of a document's line: title, reference, link, then the open button, the state and
/// the remove button at fixed widths.
fn widths(width: f32) -> [f32; 6] {
    let fixed = [44.0, 136.0, 52.0];
    let text = (width - fixed.iter().sum::<f32>() - 6.0 * 6.0).max(300.0);
    [
        text * 0.42,
        text * 0.25,
        text * 0.33,
        fixed[0],
        fixed[1],
        fixed[2],
    ]
}

/// One line per document under the headings; returns whether Enter was pressed in a field.
fn grid_ui(ui: &mut Ui, cx: &mut Cx<'_>, draft: &mut Draft, width: f32) -> bool {
    let lang = cx.lang;
    let s = lang.risk();
    let mut entered = false;
    let mut remove = None;
    let w = widths(width);
    let height = ui.spacing().interact_size.y;
    ui.spacing_mut().item_spacing.x = 6.0;
    // The headings name the fields under them (for screen readers too).
    let heads: Vec<egui::Id> = ui
        .horizontal(|ui| {
            [
                s.doc_title,
                s.doc_reference,
                s.doc_link,
                "",
                s.doc_state,
                "",
            ]
            .into_iter()
            .zip(w)
            .map(|(head, width)| {
                ui.allocate_ui_with_layout(
                    egui::vec2(width, height),
                    egui::Layout::left_to_right(egui::Align::Center),
                    |ui| {
                        ui.set_min_width(width);
                        ui.add(egui::Label::new(RichText::new(head).strong()).truncate())
                            .id
                    },
                )
                .inner
            })
            .collect()
        })
        .inner;
    egui::ScrollArea::vertical()
        .max_height(ctx_height(ui) * 0.5)
        .show(ui, |ui| {
            for (k, doc) in draft.documents.iter_mut().enumerate() {
                ui.horizontal(|ui| {
                    // A line with something in it needs a title.
                    let needs_title = doc.title.trim().is_empty()
                        && !(doc_empty(&doc.reference) && doc_empty(&doc.link));
                    let fields = [
                        (&mut doc.title, s.doc_title_hint),
                        (&mut doc.reference, s.doc_reference_hint),
                        (&mut doc.link, s.doc_link_hint),
                    ];
                    for (column, (field, hint)) in fields.into_iter().enumerate() {
                        let bad = column == 0 && needs_title;
                        let mut edit = egui::TextEdit::singleline(field).hint_text(hint);
                        if bad {
                            edit = edit.background_color(theme::ERROR.gamma_multiply(0.15));
                        }
                        let response = ui
                            .add_sized([w[column], height], edit)
                            .labelled_by(heads[column]);
                        entered |=
                            response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                    }
                    let link = doc.link.trim().to_string();
                    if ui
                        .add_enabled(
                            !link.is_empty(),
                            egui::Button::new(s.open_link).min_size(egui::vec2(w[3], 0.0)),
                        )
                        .on_hover_text(s.open_link_tip)
                        .clicked()
                    {
                        cx.push(Action::Risk(RiskAction::OpenDocument(link)));
                    }
                    let _ = egui::ComboBox::from_id_salt(("document state", k))
                        .width(w[4] - 8.0)
                        .selected_text(
                            RichText::new(state_word(Some(doc.state), lang))
                                .color(state_colour(Some(doc.state), ui)),
                        )
                        .show_ui(ui, |ui| {
                            for option in EvidenceState::ALL {
                                let text = RichText::new(state_word(Some(option), lang))
                                    .color(state_colour(Some(option), ui));
                                ui.selectable_value(&mut doc.state, option, text);
                            }
                        })
                        .response
                        .labelled_by(heads[4]);
                    if ui
                        .button(s.remove_document)
                        .on_hover_text(s.remove_document_tip)
                        .clicked()
                    {
                        remove = Some(k);
                    }
                });
            }
        });
    if let Some(k) = remove {
        draft.documents.remove(k);
    }
    entered
}

fn doc_empty(text: &str) -> bool {
    text.trim().is_empty()
}

fn ctx_height(ui: &Ui) -> f32 {
    ui.ctx().content_rect().height()
}
