//! Sửa bảng điểm: building and correcting the card itself, row by row — the selected field's
//! or item's code, name, maximum, published score (blank allowed), survey part, published
//! whole figure, plan and note, and the rows around it (add, remove, move, indent). Every
//! change is one `CardEdit`, so it is one undo step and the validator runs at once.

use egui::{RichText, TextEdit, Ui};

use crate::engine::{CardEdit, CardInfo, Edit, NodePath};
use crate::model::{Field, Item, Plan, Points, Published, Survey};

use super::action::Action;
use super::context::Cx;
use super::theme;

/// The texts being typed, for the row they were filled from.
#[derive(Clone, Debug, Default)]
pub struct Structure {
    /// The card state and row the drafts were filled from.
    filled: Option<(u64, Option<usize>)>,
    card: [String; 7],
    row: [String; 12],
}

/// Indices into `Structure::row`.
const CODE: usize = 0;
const NAME: usize = 1;
const MAX: usize = 2;
const SCORE: usize = 3;
const SURVEY_MAX: usize = 4;
const SURVEY: usize = 5;
const WHOLE: usize = 6;
const LEAD: usize = 7;
const TASK: usize = 8;
const PARTNERS: usize = 9;
const DEADLINE: usize = 10;
const NOTE: usize = 11;

fn card_edit(edit: CardEdit) -> Action {
    Action::Edit(Edit::Card(Box::new(edit)))
}

/// A blank text is no figure; anything else must read as one.
fn optional(text: &str) -> Result<Option<Points>, ()> {
    if text.trim().is_empty() {
        Ok(None)
    } else {
        Points::parse(text).map(Some).map_err(|_| ())
    }
}

fn figure(p: Option<Points>, cx: &Cx<'_>) -> String {
    p.map(|p| cx.lang.num(p)).unwrap_or_default()
}

impl Structure {
    pub fn ui(&mut self, ui: &mut Ui, cx: &mut Cx<'_>) {
        let s = cx.s();
        self.refill(cx);
        ui.horizontal(|ui| {
            ui.label(theme::text::panel_title(s.structure_title));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.button(s.structure_done).clicked() {
                    cx.push(Action::ToggleStructure);
                }
            });
        });
        egui::ScrollArea::vertical()
            .max_height(320.0)
            .auto_shrink([false, true])
            .show(ui, |ui| {
                egui::CollapsingHeader::new(s.card_info)
                    .id_salt("card info")
                    .show(ui, |ui| self.card_ui(ui, cx));
                ui.separator();
                self.row_ui(ui, cx);
            });
    }

    /// Fills the drafts from the card when another row or another card state shows.
    fn refill(&mut self, cx: &Cx<'_>) {
        let key = (cx.session.serial(), cx.selected);
        if self.filled == Some(key) {
            return;
        }
        self.filled = Some(key);
        let card = cx.session.card();
        let published = card.published.as_ref();
        self.card = [
            card.unit.clone(),
            card.year.to_string(),
            card.target_year.to_string(),
            card.source.clone(),
            figure(published.map(|p| p.total), cx),
            published
                .and_then(|p| p.rank)
                .map(|r| r.to_string())
                .unwrap_or_default(),
            published
                .and_then(|p| p.of)
                .map(|r| r.to_string())
                .unwrap_or_default(),
        ];
        self.row = Default::default();
        let Some(index) = cx.selected else { return };
        let analysis = cx.session.analysis();
        let Some(node) = analysis.nodes.get(index) else {
            return;
        };
        let plan = node.plan.clone().unwrap_or_default();
        let info = node.is_field().then(|| &analysis.fields[node.field]);
        self.row = [
            node.code.clone(),
            node.name.clone(),
            cx.lang.num(node.max),
            figure(node.published, cx),
            info.map(|i| cx.lang.num(i.survey_max)).unwrap_or_default(),
            info.and_then(|i| i.survey_known.then(|| cx.lang.num(i.survey_base)))
                .unwrap_or_default(),
            figure(info.and_then(|i| i.published_total), cx),
            plan.lead,
            plan.task,
            plan.partners,
            plan.deadline,
            node.note.clone(),
        ];
    }

    fn card_ui(&mut self, ui: &mut Ui, cx: &mut Cx<'_>) {
        let s = cx.s();
        let labels = [
            s.unit,
            s.assessed_year,
            s.target_year,
            s.source,
            s.index_published,
            s.rank,
            s.rank_of,
        ];
        let mut commit = false;
        egui::Grid::new("card grid").num_columns(2).show(ui, |ui| {
            for (text, label) in self.card.iter_mut().zip(labels) {
                let caption = ui.label(label);
                let response = ui
                    .add(TextEdit::singleline(text).desired_width(360.0))
                    .labelled_by(caption.id);
                if response.lost_focus() {
                    swallow_enter(ui);
                    commit = true;
                }
                ui.end_row();
            }
        });
        if !commit {
            return;
        }
        let card = cx.session.card();
        let [unit, year, target, source, total, rank, of] = &self.card;
        if let (Ok(year), Ok(target_year)) = (year.trim().parse(), target.trim().parse()) {
            let info = CardInfo {
                unit: unit.trim().to_string(),
                year,
                target_year,
                source: source.trim().to_string(),
            };
            if (&info.unit, info.year, info.target_year, &info.source)
                != (&card.unit, card.year, card.target_year, &card.source)
            {
                cx.push(card_edit(CardEdit::Info(info)));
            }
        }
        if let Ok(total) = optional(total) {
            let published = total.map(|total| Published {
                total,
                rank: rank.trim().parse().ok(),
                of: of.trim().parse().ok(),
            });
            if published != card.published {
                cx.push(card_edit(CardEdit::Published(published)));
            }
        }
    }

    fn row_ui(&mut self, ui: &mut Ui, cx: &mut Cx<'_>) {
        let s = cx.s();
        let analysis = cx.session.analysis();
        let selected = cx.selected.filter(|&i| i < analysis.nodes.len());
        ui.horizontal_wrapped(|ui| {
            if ui.button(s.add_field).clicked() {
                let at = selected.map_or(analysis.fields.len(), |i| analysis.node(i).field + 1);
                let code = (analysis.fields.len() + 1).to_string();
                cx.push(card_edit(CardEdit::AddField {
                    at,
                    field: Field {
                        code: code.clone(),
                        name: s.new_field_name.to_string(),
                        max: Points::ZERO,
                        score: None,
                        self_score: None,
                        survey: Survey::default(),
                        published_total: None,
                        plan: None,
                        note: String::new(),
                        items: Vec::new(),
                    },
                }));
                cx.push(Action::SelectCode(code));
            }
            let Some(index) = selected else { return };
            let node = analysis.node(index);
            let path = analysis.path_of(index);
            if ui.button(s.add_child).clicked() {
                let code = next_code(
                    &node.code,
                    node.children
                        .iter()
                        .map(|&c| analysis.node(c).code.as_str()),
                );
                cx.push(card_edit(CardEdit::AddItem {
                    parent: path.clone(),
                    at: node.children.len(),
                    item: new_item(&code, s.new_item_name),
                }));
                cx.push(Action::SelectCode(code));
            }
            if let Some(parent) = node.parent {
                let siblings = &analysis.node(parent).children;
                let parent_path = analysis.path_of(parent);
                let position = path.last().copied().unwrap_or_default();
                if ui.button(s.add_sibling).clicked() {
                    let code = next_code(
                        &analysis.node(parent).code,
                        siblings.iter().map(|&c| analysis.node(c).code.as_str()),
                    );
                    cx.push(card_edit(CardEdit::AddItem {
                        parent: parent_path.clone(),
                        at: position + 1,
                        item: new_item(&code, s.new_item_name),
                    }));
                    cx.push(Action::SelectCode(code));
                }
                move_buttons(ui, cx, &path, Some(&parent_path), position, siblings.len());
                // Indent: under the sibling above; outdent: beside the parent.
                if position > 0 && ui.button(s.indent).clicked() {
                    let mut above = parent_path.clone();
                    above.push(position - 1);
                    let under = analysis.node(siblings[position - 1]).children.len();
                    cx.push(card_edit(CardEdit::Move {
                        node: path.clone(),
                        parent: Some(above),
                        at: under,
                    }));
                }
                if let Some(grand) = analysis.node(parent).parent
                    && ui.button(s.outdent).clicked()
                {
                    let at = parent_path.last().copied().unwrap_or_default() + 1;
                    cx.push(card_edit(CardEdit::Move {
                        node: path.clone(),
                        parent: Some(analysis.path_of(grand)),
                        at,
                    }));
                }
            } else {
                move_buttons(ui, cx, &path, None, node.field, analysis.fields.len());
            }
            if ui
                .button(RichText::new(s.remove_row).color(theme::ERROR))
                .on_hover_text(s.remove_row_tip)
                .clicked()
            {
                cx.push(card_edit(CardEdit::Remove(path)));
                cx.push(Action::Select(node.parent));
            }
        });
        let Some(index) = selected else {
            ui.label(RichText::new(s.select_hint).weak());
            return;
        };
        self.fields_ui(ui, cx, index);
        // What the validator says of this row, as it is now.
        let node = cx.session.analysis().node(index);
        for finding in cx.session.findings().iter().filter(|f| f.code == node.code) {
            let text = if cx.vi() {
                &finding.message_vi
            } else {
                &finding.message_en
            };
            ui.add(egui::Label::new(RichText::new(text).small().color(theme::WARNING)).wrap());
        }
    }

    fn fields_ui(&mut self, ui: &mut Ui, cx: &mut Cx<'_>, index: usize) {
        let s = cx.s();
        let analysis = cx.session.analysis();
        let node = analysis.node(index);
        let is_field = node.is_field();
        let mut rows: Vec<(usize, &str, bool)> = vec![
            (CODE, s.col_code, false),
            (NAME, s.col_name, false),
            (MAX, s.col_max, true),
            (SCORE, s.published_score, true),
        ];
        if is_field {
            rows.extend([
                (SURVEY_MAX, s.survey_max, true),
                (SURVEY, s.survey_score, true),
                (WHOLE, s.whole_published, true),
            ]);
        }
        rows.extend([
            (LEAD, s.lead, false),
            (TASK, s.task, false),
            (PARTNERS, s.partners, false),
            (DEADLINE, s.deadline, false),
            (NOTE, s.note, false),
        ]);
        let mut done = None;
        egui::Grid::new("row grid").num_columns(2).show(ui, |ui| {
            for (slot, label, number) in rows {
                let caption = ui.label(label);
                let text = &mut self.row[slot];
                let bad = number && optional(text).is_err();
                let mut edit =
                    TextEdit::singleline(text).desired_width(if number { 100.0 } else { 420.0 });
                if bad {
                    edit = edit.text_color(theme::ERROR);
                }
                let response = ui.add(edit).labelled_by(caption.id);
                if response.lost_focus() {
                    swallow_enter(ui);
                    if !bad {
                        done = Some(slot);
                    }
                }
                ui.end_row();
            }
        });
        if let Some(slot) = done {
            self.commit(cx, index, slot);
        }
    }

    /// The edit a finished field asks for, if it changes anything.
    fn commit(&mut self, cx: &mut Cx<'_>, index: usize, slot: usize) {
        let analysis = cx.session.analysis();
        let node = analysis.node(index);
        let path = analysis.path_of(index);
        let text = self.row[slot].trim().to_string();
        let number = optional(&text).ok().flatten();
        let edit = match slot {
            CODE if !text.is_empty() && text != node.code => Some(CardEdit::Code {
                node: path,
                code: text.clone(),
            }),
            NAME if text != node.name => Some(CardEdit::Name {
                node: path,
                name: text.clone(),
            }),
            MAX => number
                .filter(|&m| m != node.max)
                .map(|max| CardEdit::Max { node: path, max }),
            SCORE if number != node.published => Some(CardEdit::Score {
                node: path,
                score: number,
            }),
            SURVEY_MAX | SURVEY if node.is_field() => {
                let info = &analysis.fields[node.field];
                let max = optional(&self.row[SURVEY_MAX])
                    .ok()
                    .flatten()
                    .unwrap_or(info.survey_max);
                let score = optional(&self.row[SURVEY]).ok().flatten();
                let now = Survey {
                    max: info.survey_max,
                    score: info.survey_known.then_some(info.survey_base),
                };
                let survey = Survey { max, score };
                (survey != now).then_some(CardEdit::Survey {
                    field: node.field,
                    survey,
                })
            }
            WHOLE if node.is_field() && number != analysis.fields[node.field].published_total => {
                Some(CardEdit::WholeTotal {
                    field: node.field,
                    total: number,
                })
            }
            LEAD | TASK | PARTNERS | DEADLINE => {
                let [lead, task, partners, deadline] =
                    [LEAD, TASK, PARTNERS, DEADLINE].map(|i| self.row[i].trim().to_string());
                let plan = (!lead.is_empty()).then_some(Plan {
                    lead,
                    task,
                    partners,
                    deadline,
                });
                (plan != node.plan).then_some(CardEdit::Plan { node: path, plan })
            }
            NOTE if text != node.note => Some(CardEdit::Note {
                node: path,
                note: text.clone(),
            }),
            _ => None,
        };
        if let Some(edit) = edit {
            let recoded = matches!(&edit, CardEdit::Code { .. }).then(|| text.clone());
            cx.push(card_edit(edit));
            if let Some(code) = recoded {
                cx.push(Action::SelectCode(code));
            }
        }
    }
}

/// The Enter that finished a field is the field's: the table below must not take it as "edit
/// the selected row's score" (which would leave the card editor).
fn swallow_enter(ui: &Ui) {
    ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Enter));
}

/// Up and down among the siblings.
fn move_buttons(
    ui: &mut Ui,
    cx: &mut Cx<'_>,
    path: &NodePath,
    parent: Option<&NodePath>,
    position: usize,
    count: usize,
) {
    let s = cx.s();
    for (label, to, ok) in [
        (s.move_up, position.saturating_sub(1), position > 0),
        (s.move_down, position + 1, position + 1 < count),
    ] {
        if ui.add_enabled(ok, egui::Button::new(label)).clicked() {
            cx.push(card_edit(CardEdit::Move {
                node: path.clone(),
                parent: parent.cloned(),
                at: to,
            }));
        }
    }
}

/// The next free code under `parent`: one more than the highest last number in use.
fn next_code<'a>(parent: &str, siblings: impl Iterator<Item = &'a str>) -> String {
    let highest = siblings
        .filter_map(|c| c.rsplit('.').next().and_then(|n| n.parse::<u32>().ok()))
        .max()
        .unwrap_or(0);
    format!("{parent}.{}", highest + 1)
}

fn new_item(code: &str, name: &str) -> Item {
    Item {
        code: code.to_string(),
        name: name.to_string(),
        max: Points::ZERO,
        score: None,
        self_score: None,
        plan: None,
        note: String::new(),
        items: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::next_code;

    #[test]
    fn a_new_row_takes_the_next_number_after_the_highest() {
        assert_eq!(next_code("1", ["1.3", "1.5", "1.6"].into_iter()), "1.7");
        assert_eq!(next_code("3.4", std::iter::empty()), "3.4.1");
    }
}
