//! The header: the unit and the document, then labelled figures — the published index and its
//! rank, the projected index with its change, how sure it is and the rank it would have, the
//! self-assessment part before and after —
//! each a caption over its figure, with what it means on hover. They wrap to a second line on
//! a narrow window rather than run off its edge.

use std::time::Instant;

use egui::{RichText, Ui};

use crate::model::Points;

use super::context::Cx;
use super::i18n::Lang;
use super::outlook::{Outlook, Range};
use super::{theme, widgets};

/// The size of a figure's change.
const DELTA_SIZE: f32 = 15.0;

/// The header; it keeps the projection's rank and range across frames.
#[derive(Clone, Debug, Default)]
pub struct Header {
    outlook: Outlook,
}

/// One figure of the header.
struct Figure<'a> {
    caption: String,
    value: String,
    delta: Option<Points>,
    /// A line under the figure (the range of the projected index).
    under: Option<String>,
    tip: std::borrow::Cow<'a, str>,
}

impl Header {
    /// `document` names the open file.
    pub fn ui(&mut self, ui: &mut Ui, cx: &mut Cx<'_>, document: &str) {
        let s = cx.s();
        let lang = cx.lang;
        let session = cx.session;
        let analysis = session.analysis();
        let (base, now) = (session.baseline_figures(), session.figures());
        let rank = self.outlook.rank(session);
        let range = self
            .outlook
            .range(session, Instant::now())
            .filter(|(r, _)| !r.is_point());
        if range.is_some_and(|(_, stale)| stale) {
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_millis(100));
        }
        // A figure the card does not have yet shows as "—", never as 0.
        let known = |k: bool, p: Points| if k { lang.num(p) } else { "—".to_string() };
        let mut figures = vec![Figure {
            caption: format!("{} {}", s.index_published, analysis.year),
            value: format!(
                "{} / {}",
                known(base.total_known, base.total),
                lang.num(base.total_max)
            ),
            delta: None,
            under: None,
            tip: s.index_published_tip.into(),
        }];
        if let Some((rank, of)) = analysis.rank {
            figures.push(Figure {
                caption: format!("{} {}", s.rank, analysis.year),
                value: match of {
                    Some(of) => format!("{rank}/{of}"),
                    None => rank.to_string(),
                },
                delta: None,
                under: None,
                tip: s.rank_tip.into(),
            });
        }
        figures.push(Figure {
            caption: format!("{} {}", s.index_projected, analysis.target_year),
            value: format!(
                "{} / {}",
                known(now.total_known, now.total),
                lang.num(now.total_max)
            ),
            delta: now.total_known.then_some(now.total - base.total),
            under: range.map(|(r, stale)| range_line(lang, &r, stale)),
            tip: match range {
                Some((r, _)) => {
                    format!("{}\n\n{}", s.index_projected_tip, range_tip(lang, &r)).into()
                }
                None => s.index_projected_tip.into(),
            },
        });
        if let Some(rank) = rank {
            figures.push(Figure {
                caption: format!("{} {}", s.rank_projected, analysis.target_year),
                value: if rank.is_exact() {
                    format!("{}/{}", rank.best, rank.of)
                } else {
                    format!("{}–{}/{}", rank.best, rank.worst, rank.of)
                },
                delta: None,
                under: None,
                tip: format!(
                    "{} {}",
                    s.rank_projected_tip,
                    match lang {
                        Lang::Vi => rank.vi(),
                        Lang::En => rank.en(),
                    }
                )
                .into(),
            });
        }
        figures.push(Figure {
            caption: format!("{} {}", s.self_part, analysis.year),
            value: format!(
                "{} / {}",
                known(base.self_known, base.self_total),
                lang.num(base.self_max)
            ),
            delta: None,
            under: None,
            tip: s.self_part_tip.into(),
        });
        figures.push(Figure {
            caption: format!("{} {}", s.self_part, analysis.target_year),
            value: format!(
                "{} / {}",
                known(now.self_known, now.self_total),
                lang.num(now.self_max)
            ),
            delta: now.self_known.then_some(now.self_total - base.self_total),
            under: None,
            tip: s.self_projected_tip.into(),
        });

        let mut line = format!("{} {} · {}", s.assessed_year, analysis.year, document);
        if session.is_dirty() {
            line.push_str(" · ");
            line.push_str(s.unsaved);
        }
        let identity_width = width_of(ui, &analysis.unit, display_font()).max(width_of(
            ui,
            &line,
            egui::TextStyle::Body.resolve(ui.style()),
        ));
        let identity = |ui: &mut Ui| {
            ui.vertical(|ui| {
                ui.label(theme::text::display(&analysis.unit));
                ui.label(RichText::new(&line).weak());
            });
        };
        // Measured, so no figure or change is ever cut at the window's edge: the figures go
        // beside the unit when all fit there, else under it, as many to a row as fit.
        let widths: Vec<f32> = figures
            .iter()
            .map(|f| figure_width(ui, cx.lang, f))
            .collect();
        let available = ui.available_width();
        if identity_width + theme::GAP * 2.0 + widths.iter().sum::<f32>() <= available {
            ui.horizontal(|ui| {
                identity(ui);
                ui.add_space(theme::GAP * 2.0);
                for figure in &figures {
                    ui.separator();
                    figure_ui(ui, cx, figure);
                }
            });
        } else {
            identity(ui);
            for row in rows(&widths, available) {
                ui.horizontal(|ui| {
                    for (n, figure) in figures[row].iter().enumerate() {
                        if n > 0 {
                            ui.separator();
                        }
                        figure_ui(ui, cx, figure);
                    }
                });
            }
        }
    }
}

/// The figures' rows: as many to a row as fit in `available`, at least one.
fn rows(widths: &[f32], available: f32) -> Vec<std::ops::Range<usize>> {
    let mut rows = Vec::new();
    let (mut start, mut used) = (0, 0.0);
    for (n, w) in widths.iter().enumerate() {
        if n > start && used + w > available {
            rows.push(start..n);
            (start, used) = (n, 0.0);
        }
        used += w;
    }
    if start < widths.len() {
        rows.push(start..widths.len());
    }
    rows
}

fn display_font() -> egui::FontId {
    egui::FontId::new(20.0, theme::strong_family())
}

/// The width of `text` in `font`.
fn width_of(ui: &Ui, text: &str, font: egui::FontId) -> f32 {
    ui.fonts_mut(|f| f.layout_no_wrap(text.to_string(), font, egui::Color32::PLACEHOLDER))
        .size()
        .x
}

/// What a figure takes across: its value and change, or its caption or the line under it if
/// wider, and the separator before it.
fn figure_width(ui: &Ui, lang: Lang, figure: &Figure<'_>) -> f32 {
    let spacing = ui.spacing().item_spacing.x;
    let small = egui::TextStyle::Small.resolve(ui.style());
    // The change: a triangle as wide as 1.1 × its size, then the text, as widgets::delta draws.
    let delta = figure.delta.filter(|d| !d.is_zero()).map_or(0.0, |d| {
        let size = DELTA_SIZE;
        let font = egui::FontId::new(size, theme::strong_family());
        size * 1.1 + width_of(ui, &lang.delta(d), font) + 2.0 * spacing
    });
    let value = width_of(ui, &figure.value, display_font()) + delta;
    let caption = width_of(ui, &figure.caption, small.clone());
    let under = figure
        .under
        .as_ref()
        .map_or(0.0, |u| width_of(ui, u, small));
    value.max(caption).max(under) + 2.0 * spacing + 8.0
}

/// "kỳ vọng 86,60 · khoảng 84,22–89,05" under the projected index; "đang tính…" while a slow
/// range waits for the edits to pause.
fn range_line(lang: Lang, range: &Range, stale: bool) -> String {
    let s = lang.s();
    let line = format!(
        "{} {} · {} {}–{}",
        s.expected,
        lang.num(range.expected.rounded(2)),
        s.interval,
        lang.num(range.low.rounded(2)),
        lang.num(range.high.rounded(2)),
    );
    if stale {
        format!("{line} · {}", s.updating)
    } else {
        line
    }
}

/// The range in full, for the tooltip: what each figure means, and P(≥ target).
fn range_tip(lang: Lang, range: &Range) -> String {
    let s = lang.s();
    let mut tip = format!(
        "{} {}\n{} {} – {}",
        s.expected_tip,
        lang.num(range.expected),
        s.interval_tip,
        lang.num(range.low),
        lang.num(range.high)
    );
    if let Some((target, p)) = range.at_least {
        tip.push_str(&format!(
            "\n{} {}: {}",
            s.at_least_tip,
            lang.num(target),
            lang.percent(p * 100.0)
        ));
    }
    tip
}

/// A caption over its figure, the change beside it when there is one, the meaning on hover.
fn figure_ui(ui: &mut Ui, cx: &Cx<'_>, figure: &Figure<'_>) {
    let response = ui
        .vertical(|ui| {
            ui.label(RichText::new(&figure.caption).small().weak());
            ui.horizontal(|ui| {
                // The caption above is read first: a screen reader says "Dự kiến 2031,
                // 81,18 / 100".
                ui.label(theme::text::display(&figure.value));
                if let Some(delta) = figure.delta {
                    // No change shows nothing: a grey "0" read as a stray digit.
                    widgets::delta(ui, cx.lang, delta, DELTA_SIZE, false);
                }
            });
            if let Some(under) = &figure.under {
                ui.label(RichText::new(under).small().weak());
            }
        })
        .response;
    // The figure as one sentence for a screen reader: "Dự kiến 2031: 92,5631 / 100, +12,8831,
    // kỳ vọng 86,6 · khoảng 84,22–89,05".
    let mut spoken = format!("{}: {}", figure.caption, figure.value);
    if let Some(delta) = figure.delta.filter(|d| !d.is_zero()) {
        spoken.push_str(&format!(", {}", cx.lang.delta(delta)));
    }
    if let Some(under) = &figure.under {
        spoken.push_str(&format!(", {under}"));
    }
    response.widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::Group, true, &spoken));
    response.on_hover_text(figure.tip.as_ref());
}
