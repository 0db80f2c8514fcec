//! Every row of the source and what it became, in a virtualised list an officer checks line by
//! line: the place, the code, the kind, the card's name, maximum and score for it, and how its
//! cells were read — with the validator's findings on that code in their colour.

use egui::{Align, Layout, RichText, Ui, Vec2};

use crate::engine::Severity;
use crate::import::{RowKind, RowReading};
use crate::ui::i18n::Lang;
use crate::ui::{theme, virtual_list};

use super::{Reading, Source};

/// Fixed column widths: code, kind, maximum, score. The place depends on the source.
const CODE: f32 = 56.0;
const KIND: f32 = 142.0;
const NUMBER: f32 = 58.0;

/// The columns' widths for a list `width` wide: place, code, kind, name, max, score, how.
fn widths(ui: &Ui, width: f32, source: &Source) -> [f32; 7] {
    let place = match source {
        Source::File { name, .. } if is_workbook(name) => 104.0,
        _ => 44.0,
    };
    let gaps = ui.spacing().item_spacing.x * 6.0;
    let rest = (width - place - CODE - KIND - 2.0 * NUMBER - gaps).max(160.0);
    let name = (rest * 0.44).floor();
    [place, CODE, KIND, name, NUMBER, NUMBER, rest - name]
}

fn is_workbook(name: &str) -> bool {
    std::path::Path::new(name)
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("xlsx") || e.eq_ignore_ascii_case("xlsm"))
}

/// A cell of `width` whose content wraps inside it.
fn cell(ui: &mut Ui, width: f32, right: bool, add: impl FnOnce(&mut Ui)) {
    let layout = if right {
        Layout::top_down(Align::Max)
    } else {
        Layout::top_down(Align::Min)
    };
    ui.allocate_ui_with_layout(Vec2::new(width, 0.0), layout, |ui| {
        ui.set_width(width);
        add(ui);
    });
}

fn wrapped(ui: &mut Ui, text: RichText) {
    ui.add(egui::Label::new(text).wrap());
}

/// The title line, the column headings and the rows, down to `bottom` (at least a few rows).
pub(super) fn ui(ui: &mut Ui, lang: Lang, reading: &Reading, source: &Source, bottom: f32) {
    let t = lang.import();
    ui.label(RichText::new(format!("{} ({})", t.rows, reading.rows.len())).strong())
        .on_hover_text(t.rows_tip);
    // The scroll bar takes its width from the rows.
    let width = ui.available_width() - ui.spacing().scroll.allocated_width();
    let w = widths(ui, width, source);
    ui.horizontal_top(|ui| {
        let headings = [
            t.col_place,
            t.col_code,
            t.col_kind,
            t.col_name,
            t.col_max,
            t.col_score,
            t.col_how,
        ];
        for (i, heading) in headings.into_iter().enumerate() {
            cell(ui, w[i], i == 4 || i == 5, |ui| {
                ui.label(RichText::new(heading).small().strong());
            });
        }
    });
    ui.separator();
    let height = (bottom - ui.cursor().top()).max(120.0);
    let rows = virtual_list::Rows {
        count: reading.rows.len(),
        content: reading.session.serial(),
        style: u64::from(lang == Lang::En),
    };
    let prefix = format!("{}:", source.name());
    ui.allocate_ui(Vec2::new(ui.available_width(), height), |ui| {
        ui.set_max_height(height);
        virtual_list::show(ui, "import rows", rows, 24.0, |ui, n| {
            let Some(row) = reading.rows.get(n) else {
                return;
            };
            let background = ui.painter().add(egui::Shape::Noop);
            let drawn = ui.horizontal_top(|ui| row_ui(ui, lang, reading, row, &prefix, &w));
            if n % 2 == 1 {
                let rect = drawn.response.rect.expand2(Vec2::new(2.0, 1.0));
                ui.painter().set(
                    background,
                    egui::epaint::RectShape::filled(rect, 2.0, ui.visuals().faint_bg_color),
                );
            }
        });
    });
}

/// One row: what it is, the card's figures for its code, and how it was read.
fn row_ui(
    ui: &mut Ui,
    lang: Lang,
    reading: &Reading,
    row: &RowReading,
    prefix: &str,
    w: &[f32; 7],
) {
    let t = lang.import();
    let analysis = reading.session.analysis();
    // In text, the line number alone: the file is named in the title.
    let place = row.place.strip_prefix(prefix).unwrap_or(&row.place);
    cell(ui, w[0], false, |ui| {
        wrapped(ui, RichText::new(place).small().weak());
    });
    let (code, kind, colour) = match &row.kind {
        RowKind::Field { code } => (Some(code), t.kind_field, None),
        RowKind::Criterion { code } => (Some(code), t.kind_criterion, None),
        RowKind::SubCriterion { code } => (Some(code), t.kind_sub, None),
        RowKind::Title { .. } => (None, t.kind_title, Some(ui.visuals().weak_text_color())),
        RowKind::Header { .. } => (None, t.kind_header, Some(theme::INFO)),
        RowKind::Total { .. } => (None, t.kind_total, Some(theme::INFO)),
        RowKind::Continuation { .. } => (None, t.kind_continuation, None),
        RowKind::Summary => (None, t.kind_summary, Some(theme::INFO)),
        RowKind::Skipped { .. } => (None, t.kind_skipped, Some(ui.visuals().weak_text_color())),
    };
    let node = code
        .and_then(|c| analysis.find(c))
        .map(|i| analysis.node(i));
    let field = node.is_some_and(crate::engine::Node::is_field);
    cell(ui, w[1], false, |ui| {
        if let Some(code) = code {
            let text = if field {
                theme::text::emphasis(format!("LV{code}"))
            } else {
                RichText::new(code.as_str())
            };
            wrapped(ui, text);
        }
    });
    cell(ui, w[2], false, |ui| {
        let mut text = RichText::new(kind);
        if let Some(colour) = colour {
            text = text.color(colour);
        }
        wrapped(ui, text);
    });
    let blank = || RichText::new(t.blank).weak().italics();
    let number = |p| RichText::new(lang.num(p));
    let (name, max, score) = match (&row.kind, node) {
        (RowKind::Title { text }, _) => (Some(RichText::new(text.as_str()).weak()), None, None),
        (RowKind::Total { max, score, .. }, _) => (
            None,
            Some(max.map_or_else(blank, number)),
            Some(score.map_or_else(blank, number)),
        ),
        (_, Some(node)) => {
            let name = if field {
                theme::text::emphasis(node.name.as_str())
            } else {
                RichText::new(node.name.as_str())
            };
            (
                Some(name),
                Some(number(node.max)),
                Some(node.published.map_or_else(blank, number)),
            )
        }
        _ => (None, None, None),
    };
    cell(ui, w[3], false, |ui| {
        match (name, &row.kind) {
            // A title is context, not data: one line (whole on hover, as a cut label shows it),
            // so the rows stay in view.
            (Some(name), RowKind::Title { .. }) => {
                ui.add(egui::Label::new(name).truncate());
            }
            (Some(name), _) => wrapped(ui, name),
            (None, _) => {}
        }
    });
    for (width, value) in [(w[4], max), (w[5], score)] {
        cell(ui, width, true, |ui| {
            if let Some(value) = value {
                ui.label(value);
            }
        });
    }
    cell(ui, w[6], false, |ui| how_ui(ui, lang, reading, row, code));
}

/// How the row was read: the kind's particulars, each rule applied, and the validator's
/// findings about its code.
fn how_ui(ui: &mut Ui, lang: Lang, reading: &Reading, row: &RowReading, code: Option<&String>) {
    let t = lang.import();
    let en = lang == Lang::En;
    ui.spacing_mut().item_spacing.y = 2.0;
    match &row.kind {
        RowKind::Header { columns } => {
            let list: Vec<String> = columns
                .iter()
                .map(|(c, at)| format!("{} ({at})", if en { c.en() } else { c.vi() }))
                .collect();
            wrapped(ui, RichText::new(list.join("; ")).small());
        }
        RowKind::Total {
            sum_max, sum_score, ..
        } => {
            wrapped(
                ui,
                RichText::new(format!(
                    "{} {} / {}",
                    t.total_sums,
                    lang.num(*sum_score),
                    lang.num(*sum_max)
                ))
                .small(),
            );
        }
        RowKind::Continuation { onto } => {
            wrapped(
                ui,
                RichText::new(format!("{} {onto}", t.appended_to)).small(),
            );
        }
        RowKind::Skipped { why } => {
            let text = if en { why.en() } else { why.vi() };
            wrapped(ui, RichText::new(text).small().weak());
        }
        _ => {}
    }
    for detail in &row.details {
        let text = if en { detail.en() } else { detail.vi() };
        wrapped(ui, RichText::new(text).small());
    }
    let findings = reading.session.findings();
    let s = lang.s();
    for &i in code
        .and_then(|c| reading.findings.get(c))
        .into_iter()
        .flatten()
    {
        let Some(finding) = findings.get(i) else {
            continue;
        };
        let (word, colour) = match finding.severity {
            Severity::Error => (s.severity_error, theme::ERROR),
            Severity::Warning => (s.severity_warning, theme::WARNING),
            Severity::Info => (s.severity_info, theme::INFO),
        };
        let message = if en {
            &finding.message_en
        } else {
            &finding.message_vi
        };
        wrapped(
            ui,
            RichText::new(format!("{word}: {message}"))
                .small()
                .color(colour),
        );
    }
}
