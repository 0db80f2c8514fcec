//! The preview: what the table became (unit, year, structure, the self-assessment total and
//! the index as the engine computes them, the validator's findings), the importer's remarks,
//! every row's reading, and the options to read it again — or, when it could not be read,
//! where and why.

use egui::{Id, Modal, RichText, Ui};

use crate::import::ImportError;
use crate::ui::action::Action;
use crate::ui::i18n::Lang;
use crate::ui::theme;

use super::{
    ImportAction, Outcome, Preview, Problem, Reading, Source, Unreadable, dialog_size, push, rows,
};

/// The height kept under the rows for the buttons.
const BUTTONS: f32 = 44.0;

pub(super) fn ui(
    ctx: &egui::Context,
    lang: Lang,
    preview: &mut Preview,
    actions: &mut Vec<Action>,
) {
    let t = lang.import();
    let size = dialog_size(ctx);
    // Enter in a field reads again, on a button presses it; only with nothing focused before
    // this frame does it open the card.
    let unfocused = ctx.memory(|m| m.focused().is_none());
    let Preview {
        source,
        draft,
        sheets,
        outcome,
    } = preview;
    let response = Modal::new(Id::unique("import preview")).show(ctx, |ui| {
        ui.set_width(size.x);
        let top = ui.cursor().top();
        ui.horizontal_wrapped(|ui| {
            ui.label(theme::text::dialog_title(t.preview_title));
            let from = match source {
                Source::File { .. } => t.from_file,
                Source::Pasted { .. } => t.from_paste,
            };
            ui.label(RichText::new(format!("{from}: {}", source.name())).weak());
        });
        ui.add_space(theme::GAP);
        let readable = match outcome {
            Outcome::Read(reading) => {
                let card = reading.session.card();
                let view = OptionsView {
                    draft,
                    sheets,
                    read: Some((card.year, card.unit.clone())),
                };
                // The remarks go under the options, as high as the summary beside them, so
                // the rows keep the rest of the height.
                ui.columns(2, |columns| {
                    let (left, right) = columns.split_at_mut(1);
                    summary_ui(&mut left[0], lang, reading);
                    options_ui(&mut right[0], lang, view, actions);
                    let room = left[0].min_rect().height() - right[0].min_rect().height();
                    notes_ui(&mut right[0], lang, reading, room - theme::GAP);
                });
                ui.add_space(theme::GAP);
                rows::ui(ui, lang, reading, source, top + size.y - BUTTONS);
                true
            }
            Outcome::Failed(problem) => {
                problem_ui(ui, lang, problem);
                ui.add_space(theme::GAP);
                ui.separator();
                let view = OptionsView {
                    draft,
                    sheets,
                    read: None,
                };
                options_ui(ui, lang, view, actions);
                false
            }
        };
        ui.add_space(theme::GAP);
        buttons_ui(ui, lang, readable, readable && unfocused, source, actions);
    });
    if response.should_close() {
        push(actions, ImportAction::Cancel);
    }
}

/// The parts of the preview the options edit.
struct OptionsView<'a> {
    draft: &'a mut super::OptionsDraft,
    sheets: &'a [String],
    /// The year and unit the table gave, shown as the hints of blank fields.
    read: Option<(i32, String)>,
}

/// What was understood: a label and its value per line.
fn summary_ui(ui: &mut Ui, lang: Lang, reading: &Reading) {
    let t = lang.import();
    let s = lang.s();
    let session = &reading.session;
    let card = session.card();
    let analysis = session.analysis();
    let figures = session.figures();
    let known = |k: bool, p| if k { lang.num(p) } else { "—".to_string() };
    egui::Grid::new("import summary")
        .num_columns(2)
        .spacing([theme::GAP * 1.5, 4.0])
        .show(ui, |ui| {
            let row = |ui: &mut Ui, caption: &str, value: RichText, tip: Option<&str>| {
                let label = ui.label(RichText::new(caption).weak());
                let value = ui.add(egui::Label::new(value).wrap_mode(egui::TextWrapMode::Wrap));
                if let Some(tip) = tip {
                    label.on_hover_text(tip);
                    value.on_hover_text(tip);
                }
                ui.end_row();
            };
            row(ui, t.unit, RichText::new(&card.unit).strong(), None);
            row(
                ui,
                t.year,
                RichText::new(format!(
                    "{} ({} {})",
                    card.year, t.target_year, card.target_year
                )),
                None,
            );
            row(ui, t.source, RichText::new(&card.source), None);
            row(
                ui,
                t.structure,
                RichText::new(format!(
                    "{} {}, {} {}, {} {}",
                    analysis.fields.len(),
                    t.fields,
                    reading.criteria,
                    t.criteria,
                    reading.sub_criteria,
                    t.sub_criteria
                )),
                Some(t.structure_tip),
            );
            row(
                ui,
                t.self_total,
                theme::text::emphasis(format!(
                    "{} / {}",
                    known(figures.self_known, figures.self_total),
                    lang.num(figures.self_max)
                )),
                Some(t.self_total_tip),
            );
            let mut index = format!(
                "{} / {}",
                known(figures.total_known, figures.total),
                lang.num(figures.total_max)
            );
            if let Some((rank, of)) = analysis.rank {
                index.push_str(&match of {
                    Some(of) => format!("   {} {rank}/{of}", s.rank),
                    None => format!("   {} {rank}", s.rank),
                });
            }
            row(ui, t.index, theme::text::emphasis(index), Some(t.index_tip));
            let label = ui.label(RichText::new(t.checks).weak());
            label.on_hover_text(t.checks_tip);
            ui.horizontal_wrapped(|ui| {
                let [errors, warnings, infos] = reading.severities;
                if errors + warnings + infos == 0 {
                    ui.label(RichText::new(t.nothing_found).color(theme::GAIN));
                }
                for (count, one, many, colour) in [
                    (errors, t.error, t.errors, theme::ERROR),
                    (warnings, t.warning, t.warnings, theme::WARNING),
                    (infos, t.info, t.infos, theme::INFO),
                ] {
                    let word = if count == 1 { one } else { many };
                    if count > 0 {
                        ui.label(
                            RichText::new(format!("{count} {word}"))
                                .color(colour)
                                .strong(),
                        );
                    }
                }
            })
            .response
            .on_hover_text(t.checks_tip);
            ui.end_row();
        });
}

/// The sheet (of a workbook with several), the year and the unit; blank reads them from the
/// table. "Đọc lại" (or Enter in a field) reads the table again with them.
fn options_ui(ui: &mut Ui, lang: Lang, view: OptionsView<'_>, actions: &mut Vec<Action>) {
    let t = lang.import();
    let OptionsView {
        draft,
        sheets,
        read,
    } = view;
    ui.label(RichText::new(t.options).strong());
    let options = draft.options();
    let mut entered = false;
    // Room for the captions; the fields take the rest of the column.
    let width = (ui.available_width() - 130.0).clamp(140.0, 420.0);
    egui::Grid::new("import options")
        .num_columns(2)
        .spacing([theme::GAP, 6.0])
        .show(ui, |ui| {
            if sheets.len() > 1 {
                let label = ui.label(t.sheet).on_hover_text(t.sheet_tip);
                let shown = draft
                    .sheet
                    .clone()
                    .unwrap_or_else(|| t.sheet_auto.to_string());
                let before = draft.sheet.clone();
                egui::ComboBox::from_id_salt("import sheet")
                    .selected_text(shown)
                    .width(width)
                    .show_ui(ui, |ui| {
                        ui.selectable_value(&mut draft.sheet, None, t.sheet_auto);
                        for sheet in sheets {
                            ui.selectable_value(&mut draft.sheet, Some(sheet.clone()), sheet);
                        }
                    })
                    .response
                    .labelled_by(label.id);
                // Another sheet is read at once: there is nothing else to wait for.
                entered |= draft.sheet != before;
                ui.end_row();
            }
            let hint = |value: Option<String>| match value {
                Some(v) => format!("{v} ({})", t.from_table),
                None => t.from_table.to_string(),
            };
            let label = ui.label(t.year_option);
            let mut year = egui::TextEdit::singleline(&mut draft.year)
                .hint_text(hint(read.as_ref().map(|(y, _)| y.to_string())))
                .desired_width(width);
            if options.is_none() {
                year = year.text_color(theme::ERROR);
            }
            let field = ui.add(year).labelled_by(label.id);
            if options.is_none() {
                field.on_hover_text(t.year_bad);
            } else {
                entered |= field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            }
            ui.end_row();
            let label = ui.label(t.unit_option);
            let field = ui
                .add(
                    egui::TextEdit::singleline(&mut draft.unit)
                        .hint_text(hint(read.map(|(_, u)| u)))
                        .desired_width(width),
                )
                .labelled_by(label.id);
            entered |= field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            ui.end_row();
        });
    let ok = draft.options().is_some();
    // In a row of its own, so the column's justified layout does not stretch it.
    let clicked = ui
        .horizontal(|ui| {
            ui.add_enabled(ok, egui::Button::new(t.reread))
                .on_hover_text(t.reread_tip)
                .clicked()
        })
        .inner;
    if ok && (clicked || entered) {
        push(actions, ImportAction::Reread);
    }
}

/// The importer's remarks on the whole table, one per line, scrolling past `height`.
fn notes_ui(ui: &mut Ui, lang: Lang, reading: &Reading, height: f32) {
    if reading.notes.is_empty() {
        return;
    }
    let t = lang.import();
    ui.add_space(theme::GAP / 2.0);
    ui.label(RichText::new(format!("{} ({})", t.notes, reading.notes.len())).strong());
    egui::ScrollArea::vertical()
        .id_salt("import notes")
        .max_height(height.max(60.0))
        .auto_shrink([false, true])
        .show(ui, |ui| {
            // Not justified like the column around it: stretched spaces read badly.
            ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                for note in &reading.notes {
                    let text = match lang {
                        Lang::Vi => note.vi(),
                        Lang::En => note.en(),
                    };
                    ui.add(egui::Label::new(format!("•  {text}")).wrap());
                }
            });
        });
}

/// Where the table is wrong and why, in the person's language; for text, the line at fault
/// with a caret under the field.
fn problem_ui(ui: &mut Ui, lang: Lang, problem: &Problem) {
    let t = lang.import();
    ui.label(theme::text::section(t.failed).color(theme::ERROR));
    ui.add_space(theme::GAP / 2.0);
    let (place, message) = match problem {
        Problem::Import(err) => (err.location(), message(err, lang)),
        Problem::Unreadable { path, why } => (path.clone(), unreadable(lang, why)),
    };
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(format!("{}:", t.failed_where)).weak());
        ui.label(RichText::new(place).strong());
    });
    ui.add(egui::Label::new(RichText::new(message).color(theme::ERROR)).wrap());
    if let Problem::Import(err) = problem
        && let Some(excerpt) = &err.excerpt
    {
        ui.add_space(theme::GAP / 2.0);
        excerpt_ui(ui, &excerpt.line, excerpt.column);
    }
    ui.add_space(theme::GAP / 2.0);
    ui.label(RichText::new(t.nothing_changed).weak());
}

/// The message without its place (shown above it), in the person's language.
fn message(err: &ImportError, lang: Lang) -> String {
    match lang {
        Lang::Vi => err.vi(),
        Lang::En => err.en(),
    }
}

fn unreadable(lang: Lang, why: &Unreadable) -> String {
    let t = lang.import();
    match why {
        Unreadable::NotFound => t.not_found.to_string(),
        Unreadable::NoPermission => t.no_permission.to_string(),
        Unreadable::Folder => t.a_folder.to_string(),
        Unreadable::Other(reason) => format!("{} ({reason})", t.unreadable),
    }
}

/// The line at fault in a monospace block, a caret under the field's first character. Tabs
/// show as a broken bar; a long line is cut around the field so the caret stays in view
/// without a horizontal scroll bar.
fn excerpt_ui(ui: &mut Ui, line: &str, column: usize) {
    const BEFORE: usize = 40;
    let chars: Vec<char> = line.chars().collect();
    let start = column.saturating_sub(BEFORE);
    let mut shown = String::new();
    if start > 0 {
        shown.push('…');
    }
    let mut caret_at = 0;
    for (i, c) in chars.iter().enumerate().skip(start) {
        if i == column {
            caret_at = shown.len();
        }
        if *c == '\t' {
            shown.push_str(" ¦ ");
        } else {
            shown.push(*c);
        }
    }
    if column >= chars.len() {
        caret_at = shown.len();
    }
    let font = egui::TextStyle::Monospace.resolve(ui.style());
    // The caret is placed under the laid-out text, since the monospace font falls back to a
    // proportional one for Vietnamese letters.
    let prefix = &shown[..caret_at];
    let offset = ui
        .painter()
        .layout_no_wrap(prefix.to_string(), font.clone(), theme::ERROR)
        .size()
        .x;
    egui::Frame::new()
        .fill(ui.visuals().code_bg_color)
        .inner_margin(egui::Margin::symmetric(8, 6))
        .corner_radius(4)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.add(egui::Label::new(RichText::new(&shown).font(font.clone())).truncate());
            ui.horizontal(|ui| {
                ui.add_space(offset);
                ui.label(RichText::new("^").font(font).color(theme::ERROR).strong());
            });
        });
}

/// Open (also Enter, when `enter_opens`), back to the pasted text, cancel.
fn buttons_ui(
    ui: &mut Ui,
    lang: Lang,
    readable: bool,
    enter_opens: bool,
    source: &Source,
    actions: &mut Vec<Action>,
) {
    let t = lang.import();
    ui.horizontal(|ui| {
        if ui
            .add_enabled(
                readable,
                egui::Button::new(RichText::new(t.open_card).strong()),
            )
            .on_hover_text(t.open_tip)
            .clicked()
        {
            push(actions, ImportAction::Open);
        }
        if matches!(source, Source::Pasted { .. }) && ui.button(t.edit_pasted).clicked() {
            push(actions, ImportAction::EditPasted);
        }
        if ui.button(t.cancel).clicked() {
            push(actions, ImportAction::Cancel);
        }
    });
    if enter_opens && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
        push(actions, ImportAction::Open);
    }
}
