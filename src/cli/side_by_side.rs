//! `parindex summary` on a scenario: baseline and projection side by side, with differences.

use crate::engine::{Analysis, Figures, Stakes};
use crate::model::Points;

use super::{Lang, table};

/// The terminal text: totals, one row per field, one per agency.
pub fn text(
    analysis: &Analysis,
    name: &str,
    baseline: (&Figures, &Stakes),
    projection: (&Figures, &Stakes),
    lang: Lang,
) -> String {
    let vi = lang == Lang::Vi;
    let n = |p: Points| lang.num(p);
    let signed = |p: Points| lang.signed(p);
    let ((base, base_stakes), (proj, proj_stakes)) = (baseline, projection);
    let mut out = format!(
        "{} — {} {} → {}\n{}: {name}\n",
        analysis.unit,
        if vi {
            "Chỉ số CCHC năm"
        } else {
            "PAR Index"
        },
        analysis.year,
        analysis.target_year,
        if vi { "Kịch bản" } else { "Scenario" },
    );
    let total_line = |label: &str, a: Points, b: Points, max: Points| {
        format!(
            "{label}: {} → {} ({}) / {}\n",
            n(a),
            n(b),
            signed(b - a),
            n(max)
        )
    };
    out.push_str(&total_line(
        if vi { "Tổng điểm" } else { "Index" },
        base.total,
        proj.total,
        base.total_max,
    ));
    out.push_str(&total_line(
        if vi {
            "Điểm tự đánh giá"
        } else {
            "Self-assessment"
        },
        base.self_total,
        proj.self_total,
        base.self_max,
    ));
    out.push('\n');
    let (y, t) = (analysis.year, analysis.target_year);
    let header: Vec<String> = if vi {
        vec![
            "LV".into(),
            "Tối đa".into(),
            format!("Điểm {y}"),
            format!("Dự kiến {t}"),
            "Chênh lệch".into(),
            format!("TĐG {y}"),
            format!("TĐG {t}"),
            format!("ĐTXHH {y}"),
            format!("ĐTXHH {t}"),
        ]
    } else {
        vec![
            "Field".into(),
            "Max".into(),
            format!("Score {y}"),
            format!("Projected {t}"),
            "Change".into(),
            format!("Self {y}"),
            format!("Self {t}"),
            format!("Survey {y}"),
            format!("Survey {t}"),
        ]
    };
    let rows: Vec<Vec<String>> = base
        .fields
        .iter()
        .zip(&proj.fields)
        .map(|(a, b)| {
            vec![
                format!("LV{}", a.code),
                n(a.max),
                n(a.score),
                n(b.score),
                signed(b.score - a.score),
                n(a.self_score),
                n(b.self_score),
                n(a.survey_score),
                n(b.survey_score),
            ]
        })
        .collect();
    let header_refs: Vec<&str> = header.iter().map(String::as_str).collect();
    let mut right = vec![true; header.len()];
    right[0] = false;
    out.push_str(&table::render(&header_refs, &rows, &right));
    out.push('\n');
    let header: &[&str] = if vi {
        &[
            "Đơn vị chủ trì",
            "Điểm bị trừ phụ trách",
            "Khôi phục",
            "Còn lại",
        ]
    } else {
        &["Lead agency", "Points at stake", "Recovered", "Still lost"]
    };
    let mut rows: Vec<Vec<String>> = base_stakes
        .agencies
        .iter()
        .zip(&proj_stakes.agencies)
        .map(|(a, b)| {
            vec![
                a.lead.clone(),
                n(a.at_stake),
                n(b.recovered),
                n(b.at_stake - b.recovered),
            ]
        })
        .collect();
    if !base_stakes.unassigned.is_zero() {
        rows.push(vec![
            lang.unassigned().to_string(),
            n(base_stakes.unassigned),
            n(proj_stakes.unassigned_recovered),
            n(proj_stakes.unassigned - proj_stakes.unassigned_recovered),
        ]);
    }
    out.push_str(&table::render(header, &rows, &[false, true, true, true]));
    out
}
