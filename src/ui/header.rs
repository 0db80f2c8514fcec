//! The header: the unit and the document, then labelled figures — the published index and its
//! rank, the projected index with its change, the self-assessment part before and after —
//! each a caption over its figure, with what it means on hover. They wrap to a second line on
//! a narrow window rather than run off its edge.

use egui::{RichText, Ui};

use crate::model::Points;

use super::context::Cx;
use super::{theme, widgets};

/// The header (no state of its own).
#[derive(Clone, Copy, Debug, Default)]
pub struct Header;

/// One figure of the header.
struct Figure<'a> {
    caption: String,
    value: String,
    delta: Option<Points>,
    tip: &'a str,
}

impl Header {
    /// `document` names the open file.
    pub fn ui(&mut self, ui: &mut Ui, cx: &mut Cx<'_>, document: &str) {
        let s = cx.s();
        let lang = cx.lang;
        let session = cx.session;
        let analysis = session.analysis();
        let (base, now) = (session.baseline_figures(), session.figures());
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
            tip: s.index_published_tip,
        }];
        if let Some((rank, of)) = analysis.rank {
            figures.push(Figure {
                caption: format!("{} {}", s.rank, analysis.year),
                value: match of {
                    Some(of) => format!("{rank}/{of}"),
                    None => rank.to_string(),
                },
                delta: None,
                tip: s.rank_tip,
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
            tip: s.index_projected_tip,
        });
        figures.push(Figure {
            caption: format!("{} {}", s.self_part, analysis.year),
            value: format!(
                "{} / {}",
                known(base.self_known, base.self_total),
                lang.num(base.self_max)
            ),
            delta: None,
            tip: s.self_part_tip,
        });
        figures.push(Figure {
            caption: format!("{} {}", s.self_part, analysis.target_year),
            value: format!(
                "{} / {}",
                known(now.self_known, now.self_total),
                lang.num(now.self_max)
            ),
            delta: now.self_known.then_some(now.self_total - base.self_total),
            tip: s.self_projected_tip,
        });

        let identity = |ui: &mut Ui| {
            ui.vertical(|ui| {
                ui.label(theme::text::display(&analysis.unit));
                let mut line = format!("{} {} · {}", s.assessed_year, analysis.year, document);
                if session.is_dirty() {
                    line.push_str(" · ");
                    line.push_str(s.unsaved);
                }
                ui.label(RichText::new(line).weak());
            });
        };
        // The figures go beside the unit when all of them fit there, else on their own line:
        // measured, so no figure or change is ever cut at the window's edge.
        let needed = width_of(ui, &analysis.unit).max(260.0)
            + figures.iter().map(|f| figure_width(ui, f)).sum::<f32>();
        if needed <= ui.available_width() {
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
            ui.horizontal_wrapped(|ui| {
                for (n, figure) in figures.iter().enumerate() {
                    if n > 0 {
                        ui.separator();
                    }
                    figure_ui(ui, cx, figure);
                }
            });
        }
    }
}

/// The width of `text` in the figures' font.
fn width_of(ui: &Ui, text: &str) -> f32 {
    let font = egui::FontId::new(20.0, theme::strong_family());
    ui.fonts_mut(|f| f.layout_no_wrap(text.to_string(), font, egui::Color32::PLACEHOLDER))
        .size()
        .x
}

/// What a figure takes across: its value, its change and the separator's spacing.
fn figure_width(ui: &Ui, figure: &Figure<'_>) -> f32 {
    let delta = figure.delta.map_or(0.0, |_| 90.0);
    width_of(ui, &figure.value) + delta + 3.0 * ui.spacing().item_spacing.x + 6.0
}

/// A caption over its figure, the change beside it when there is one, the meaning on hover.
fn figure_ui(ui: &mut Ui, cx: &Cx<'_>, figure: &Figure<'_>) {
    let response = ui
        .vertical(|ui| {
            ui.label(RichText::new(&figure.caption).small().weak());
            ui.horizontal(|ui| {
                // The caption above is read first: a screen reader says "Dự kiến 2020,
                // 81,18 / 100".
                ui.label(theme::text::display(&figure.value));
                if let Some(delta) = figure.delta {
                    // No change shows nothing: a grey "0" read as a stray digit.
                    widgets::delta(ui, cx.lang, delta, 15.0, false);
                }
            });
        })
        .response;
    response.on_hover_text(figure.tip);
}
