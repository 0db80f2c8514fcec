//! So sánh kịch bản: several what-ifs on one scorecard side by side — per-field and total
//! figures with their differences from the first column, and which items each one changes.

use serde::Serialize;

use crate::model::{Changes, Points};

use super::analysis::Analysis;
use super::figures::Figures;
use super::projection::Projected;

/// One value per compared scenario, and its difference from the first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Row {
    /// A field code, or "" for the index and self-assessment totals.
    pub code: String,
    pub label: String,
    pub values: Vec<Points>,
    /// `values[i] - values[0]`.
    pub differences: Vec<Points>,
}

/// An item (or a field's survey part) that at least one scenario sets to a value other than its
/// baseline, with each scenario's change (`None` where that scenario leaves it alone).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ItemDifference {
    pub code: String,
    pub name: String,
    /// Whether this is a field's survey part rather than a self-assessment score.
    pub survey: bool,
    pub deltas: Vec<Option<Points>>,
}

/// Scenarios compared; the first column is the reference (usually the baseline).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Comparison {
    pub names: Vec<String>,
    pub figures: Vec<Figures>,
    /// Whole index, then self-assessment total, then each field's whole score.
    pub totals: Vec<Row>,
    /// Points lost per field per scenario (the grouped bar chart's data).
    pub lost: Vec<Row>,
    pub items: Vec<ItemDifference>,
}

impl Comparison {
    /// Compares `columns` (name, changes) made on the same scorecard.
    pub fn of(analysis: &Analysis, columns: &[(&str, &Changes)]) -> Self {
        let projected: Vec<Projected> = columns
            .iter()
            .map(|(_, c)| Projected::compute(analysis, &c.projection))
            .collect();
        let figures: Vec<Figures> = projected.iter().map(|p| Figures::of(analysis, p)).collect();
        let row = |code: &str, label: &str, pick: &dyn Fn(&Figures) -> Points| {
            let values: Vec<Points> = figures.iter().map(pick).collect();
            let first = values.first().copied().unwrap_or_default();
            Row {
                code: code.to_string(),
                label: label.to_string(),
                differences: values.iter().map(|&v| v - first).collect(),
                values,
            }
        };
        let mut totals = vec![
            row("", "Chỉ số CCHC", &|f: &Figures| f.total),
            row("", "Điểm tự đánh giá", &|f: &Figures| f.self_total),
        ];
        let mut lost = Vec::new();
        for (i, field) in figures
            .first()
            .map(|f| f.fields.as_slice())
            .unwrap_or_default()
            .iter()
            .enumerate()
        {
            totals.push(row(&field.code, &field.name, &|f: &Figures| {
                f.fields[i].score
            }));
            lost.push(row(&field.code, &field.name, &|f: &Figures| {
                f.fields[i].lost
            }));
        }
        Comparison {
            names: columns.iter().map(|(n, _)| (*n).to_string()).collect(),
            items: item_differences(analysis, columns, &projected),
            figures,
            totals,
            lost,
        }
    }
}

/// Items in scorecard order, then survey parts, each listed once if any scenario sets it.
fn item_differences(
    analysis: &Analysis,
    columns: &[(&str, &Changes)],
    projected: &[Projected],
) -> Vec<ItemDifference> {
    let mut out = Vec::new();
    for (index, node) in analysis.nodes.iter().enumerate() {
        let deltas: Vec<Option<Points>> = projected
            .iter()
            .map(|p| {
                let delta = p.delta(analysis, index);
                (p.set[index] && !delta.is_zero()).then_some(delta)
            })
            .collect();
        if deltas.iter().any(Option::is_some) {
            out.push(ItemDifference {
                code: node.code.clone(),
                name: node.name.clone(),
                survey: false,
                deltas,
            });
        }
    }
    for (f, info) in analysis.fields.iter().enumerate() {
        let node = &analysis.nodes[info.node];
        let deltas: Vec<Option<Points>> = columns
            .iter()
            .zip(projected)
            .map(|((_, c), p)| {
                c.projection
                    .surveys
                    .contains_key(&node.code)
                    .then(|| p.surveys[f] - info.survey_base)
            })
            .collect();
        if deltas.iter().any(Option::is_some) {
            out.push(ItemDifference {
                code: node.code.clone(),
                name: node.name.clone(),
                survey: true,
                deltas,
            });
        }
    }
    out
}
