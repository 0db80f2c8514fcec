//! The header: unit, assessed year, the published index with its rank, and the projected
//! index and self-assessment part beside it with their differences.

use egui::{RichText, Ui};

use crate::engine::Session;
use crate::model::Points;

use super::i18n::Lang;
use super::{theme, widgets};

/// Draws the header.
pub fn show(ui: &mut Ui, session: &Session, lang: Lang, document: &str) {
    let s = lang.s();
    let analysis = session.analysis();
    let base = session.baseline_figures();
    let now = session.figures();
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
    // Below this width the figures no longer fit beside the unit: they go on their own line.
    let narrow = ui.available_width() < 1250.0;
    if narrow {
        identity(ui);
    }
    ui.horizontal(|ui| {
        if !narrow {
            identity(ui);
            ui.add_space(theme::GAP * 3.0);
            ui.separator();
        }
        // A figure the card does not have yet shows as "—", never as 0.
        let known = |k: bool, p: Points| if k { lang.num(p) } else { "—".to_string() };
        figure(
            ui,
            &format!("{} {}", s.index_published, analysis.year),
            &format!(
                "{} / {}",
                known(base.total_known, base.total),
                lang.num(base.total_max)
            ),
            None,
        );
        if let Some((rank, of)) = analysis.rank {
            let text = match of {
                Some(of) => format!("{rank}/{of}"),
                None => rank.to_string(),
            };
            figure(ui, s.rank, &text, None);
        }
        ui.separator();
        figure(
            ui,
            &format!("{} {}", s.index_projected, analysis.target_year),
            &format!(
                "{} / {}",
                known(now.total_known, now.total),
                lang.num(now.total_max)
            ),
            now.total_known.then_some((now.total - base.total, lang)),
        );
        ui.separator();
        figure(
            ui,
            &format!("{} {}", s.self_part, analysis.year),
            &format!(
                "{} / {}",
                known(base.self_known, base.self_total),
                lang.num(base.self_max)
            ),
            None,
        );
        figure(
            ui,
            &format!("{} {}", s.self_part, analysis.target_year),
            &format!(
                "{} / {}",
                known(now.self_known, now.self_total),
                lang.num(now.self_max)
            ),
            now.self_known
                .then_some((now.self_total - base.self_total, lang)),
        );
    });
}

/// One captioned figure, with its difference from the baseline when given.
fn figure(ui: &mut Ui, caption: &str, value: &str, delta: Option<(Points, Lang)>) {
    ui.vertical(|ui| {
        ui.label(RichText::new(caption).small().weak());
        ui.horizontal(|ui| {
            ui.label(theme::text::display(value));
            if let Some((delta, lang)) = delta {
                widgets::delta(ui, lang, delta, 15.0, true);
            }
        });
    });
}
