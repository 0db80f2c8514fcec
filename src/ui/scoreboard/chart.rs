//! The scores as a bar chart, one bar per lead agency (short names on the axis, the whole name
//! on hover), the value axis reaching the rule's best score.

use egui::Ui;

use crate::agency::AgencyScore;
use crate::model::ScoreRule;

use super::super::bar_plot::{BarPlot, Category, Series};
use super::super::context::Cx;
use super::super::plan::short_name;
use super::super::theme;

pub(super) fn chart_ui(ui: &mut Ui, cx: &mut Cx<'_>, agencies: &[&AgencyScore], rule: &ScoreRule) {
    let a = cx.lang.agency();
    let lang = cx.lang;
    ui.label(theme::text::panel_title(format!(
        "{} ({} {})",
        a.chart_title,
        a.rule_max,
        lang.num(rule.max())
    )));
    let categories = agencies
        .iter()
        .map(|s| Category {
            short: short_name(&s.agency),
            full: s.agency.clone(),
        })
        .collect();
    let series = vec![Series {
        name: a.col_score.to_string(),
        colour: theme::PROJECTED,
        values: agencies.iter().map(|s| s.score.to_f64()).collect(),
        labels: agencies.iter().map(|s| lang.num(s.score)).collect(),
    }];
    BarPlot {
        id: "scoreboard chart",
        categories,
        series,
        height: 220.0,
        at_least: rule.max().to_f64(),
        vietnamese: cx.vi(),
    }
    .ui(ui);
}
