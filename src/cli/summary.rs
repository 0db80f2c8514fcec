//! `parindex summary`: the index, each field's parts, and points at stake per agency.

use std::fmt::Write as _;

use anyhow::Result;
use serde::Serialize;

use crate::engine::{Analysis, Basis, FieldFigures, Figures, Note, Stakes, notes};
use crate::model::Points;

use super::{Input, Lang, open, side_by_side, table};

#[derive(Serialize)]
struct Json<'a> {
    unit: &'a str,
    year: i32,
    target_year: i32,
    #[serde(skip_serializing_if = "Option::is_none")]
    rank: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    rank_of: Option<u32>,
    #[serde(flatten)]
    baseline: Part,
    /// Values derived figures use in place of the published ones (inferred blanks, corrections).
    adjusted: Vec<Adjusted<'a>>,
    /// Why figures look as they do: corrections, blanks, published roundings.
    notes: Vec<Note>,
    /// Set for a scenario: its name.
    #[serde(skip_serializing_if = "Option::is_none")]
    scenario: Option<&'a str>,
    /// Set for a scenario: the same keys as the baseline, under the projection.
    #[serde(skip_serializing_if = "Option::is_none")]
    projection: Option<Part>,
    /// Set for a scenario: projection − baseline, key by key.
    #[serde(skip_serializing_if = "Option::is_none")]
    delta: Option<Part>,
    /// The projection's expected index, 90 % interval and P(≥ target): `parindex risk`.
    #[serde(flatten)]
    risk: super::risk::SummaryRisk,
}

/// The figures of one state (baseline, projection or their difference).
#[derive(Serialize)]
struct Part {
    #[serde(flatten)]
    figures: Figures,
    agencies: Vec<AgencyJson>,
    unassigned: Points,
}

#[derive(Serialize)]
struct Adjusted<'a> {
    code: &'a str,
    basis: &'static str,
    published: Option<Points>,
    used: Points,
}

fn adjusted(analysis: &Analysis) -> Vec<Adjusted<'_>> {
    analysis
        .nodes
        .iter()
        .filter_map(|node| {
            let basis = match node.basis {
                Basis::Published => return None,
                Basis::Inferred => "inferred",
                Basis::Corrected { .. } => "corrected",
                Basis::Assumed => "assumed",
                Basis::Unknown => "unknown",
            };
            Some(Adjusted {
                code: &node.code,
                basis,
                published: node.published,
                used: node.base,
            })
        })
        .collect()
}

#[derive(Serialize)]
struct AgencyJson {
    lead: String,
    /// Points still lost on this agency's items.
    at_stake: Points,
    /// Points the projection wins back (0 for the baseline).
    recovered: Points,
}

impl Part {
    fn of(figures: &Figures, stakes: &Stakes) -> Self {
        Part {
            figures: figures.clone(),
            agencies: stakes
                .agencies
                .iter()
                .map(|s| AgencyJson {
                    lead: s.lead.clone(),
                    at_stake: s.at_stake - s.recovered,
                    recovered: s.recovered,
                })
                .collect(),
            unassigned: stakes.unassigned - stakes.unassigned_recovered,
        }
    }

    /// `self − base`, field by field; names and codes are kept.
    fn minus(&self, base: &Part) -> Part {
        let (a, b) = (&self.figures, &base.figures);
        Part {
            figures: Figures {
                total: a.total - b.total,
                total_max: a.total_max - b.total_max,
                total_lost: a.total_lost - b.total_lost,
                self_total: a.self_total - b.self_total,
                self_max: a.self_max - b.self_max,
                self_lost: a.self_lost - b.self_lost,
                total_known: a.total_known && b.total_known,
                self_known: a.self_known && b.self_known,
                fields: a
                    .fields
                    .iter()
                    .zip(&b.fields)
                    .map(|(x, y)| FieldFigures {
                        code: x.code.clone(),
                        name: x.name.clone(),
                        max: x.max - y.max,
                        score: x.score - y.score,
                        lost: x.lost - y.lost,
                        self_max: x.self_max - y.self_max,
                        self_score: x.self_score - y.self_score,
                        self_lost: x.self_lost - y.self_lost,
                        survey_max: x.survey_max - y.survey_max,
                        survey_score: x.survey_score - y.survey_score,
                        survey_lost: x.survey_lost - y.survey_lost,
                        known: x.known && y.known,
                        self_known: x.self_known && y.self_known,
                        survey_known: x.survey_known && y.survey_known,
                    })
                    .collect(),
            },
            agencies: self
                .agencies
                .iter()
                .zip(&base.agencies)
                .map(|(x, y)| AgencyJson {
                    lead: x.lead.clone(),
                    at_stake: x.at_stake - y.at_stake,
                    recovered: x.recovered - y.recovered,
                })
                .collect(),
            unassigned: self.unassigned - base.unassigned,
        }
    }
}

pub fn run(input: &Input, target: Option<Points>) -> Result<u8> {
    let opened = open(input.file.as_deref())?;
    let session = &opened.session;
    let analysis = session.analysis();
    let figures = session.baseline_figures();
    let stakes = Stakes::of(analysis, session.baseline());
    let scenario = opened.scenario.as_deref().map(|name| {
        (
            name,
            session.figures(),
            Stakes::of(analysis, session.projected()),
        )
    });
    if input.json {
        let base = Part::of(figures, &stakes);
        let projection = scenario.as_ref().map(|(_, f, s)| Part::of(f, s));
        let delta = projection.as_ref().map(|p| p.minus(&base));
        let json = Json {
            unit: &analysis.unit,
            year: analysis.year,
            target_year: analysis.target_year,
            rank: analysis.rank.map(|(r, _)| r),
            rank_of: analysis.rank.and_then(|(_, of)| of),
            baseline: base,
            adjusted: adjusted(analysis),
            notes: notes(analysis),
            scenario: scenario.as_ref().map(|(name, _, _)| *name),
            projection,
            delta,
            risk: super::risk::summary_risk(session, target),
        };
        println!("{}", serde_json::to_string_pretty(&json)?);
    } else if let Some((name, projected, projected_stakes)) = &scenario {
        print!(
            "{}",
            side_by_side::text(
                analysis,
                name,
                (figures, &stakes),
                (projected, projected_stakes),
                input.lang
            )
        );
        print!("{}", note_lines(analysis, input.lang));
    } else {
        print!("{}", text(analysis, figures, &stakes, input.lang));
        print!("{}", note_lines(analysis, input.lang));
    }
    Ok(0)
}

/// Why figures look as they do (corrections, blanks, published roundings), one per line
/// behind its marker: the same words the tree-table, the exports and the report use.
fn note_lines(analysis: &Analysis, lang: Lang) -> String {
    let mut out = String::new();
    for n in notes(analysis) {
        let _ = writeln!(out, "{} {}", n.marker, n.text(lang == Lang::Vi));
    }
    out
}

fn text(analysis: &Analysis, figures: &Figures, stakes: &Stakes, lang: Lang) -> String {
    let n = |p: Points| lang.num(p);
    let vi = lang == Lang::Vi;
    let mut out = String::new();
    let rank = analysis
        .rank
        .map(|(r, of)| {
            format!(
                ", {} {r}{}",
                if vi { "xếp hạng" } else { "rank" },
                of.map(|o| format!("/{o}")).unwrap_or_default()
            )
        })
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "{} — {} {}",
        analysis.unit,
        if vi {
            "Chỉ số CCHC năm"
        } else {
            "PAR Index"
        },
        analysis.year
    );
    // A figure the card does not have yet prints as "—", never as 0.
    let known = |k: bool, p: Points| if k { n(p) } else { "—".to_string() };
    let _ = writeln!(
        out,
        "{}: {} / {}{rank}",
        if vi { "Tổng điểm" } else { "Index" },
        known(figures.total_known, figures.total),
        n(figures.total_max)
    );
    if figures.fields.is_empty() {
        out.push_str(if vi {
            "Chưa có số liệu theo lĩnh vực, tiêu chí.\n"
        } else {
            "No figures per field or criterion yet.\n"
        });
        return out;
    }
    let _ = write!(
        out,
        "{}: {} / {} ({} {})\n\n",
        if vi {
            "Điểm tự đánh giá (BNV thẩm định)"
        } else {
            "Self-assessment (verified)"
        },
        known(figures.self_known, figures.self_total),
        n(figures.self_max),
        if vi { "bị trừ" } else { "lost" },
        known(figures.self_known, figures.self_lost)
    );
    let header: &[&str] = if vi {
        &[
            "LV",
            "Tối đa",
            "Điểm",
            "Bị trừ",
            "TĐG tối đa",
            "TĐG",
            "TĐG bị trừ",
            "ĐTXHH tối đa",
            "ĐTXHH",
            "ĐTXHH bị trừ",
        ]
    } else {
        &[
            "Field",
            "Max",
            "Score",
            "Lost",
            "Self max",
            "Self",
            "Self lost",
            "Survey max",
            "Survey",
            "Survey lost",
        ]
    };
    let row = |f: &FieldFigures| {
        vec![
            format!("LV{}", f.code),
            n(f.max),
            known(f.known, f.score),
            known(f.known, f.lost),
            n(f.self_max),
            known(f.self_known, f.self_score),
            known(f.self_known, f.self_lost),
            n(f.survey_max),
            known(f.survey_known, f.survey_score),
            known(f.survey_known, f.survey_lost),
        ]
    };
    let rows: Vec<Vec<String>> = figures.fields.iter().map(row).collect();
    let mut right = vec![true; header.len()];
    right[0] = false;
    out.push_str(&table::render(header, &rows, &right));
    out.push('\n');
    let header: &[&str] = if vi {
        &["Đơn vị chủ trì", "Điểm bị trừ phụ trách"]
    } else {
        &["Lead agency", "Points at stake"]
    };
    let mut rows: Vec<Vec<String>> = stakes
        .agencies
        .iter()
        .map(|s| vec![s.lead.clone(), n(s.at_stake)])
        .collect();
    if !stakes.unassigned.is_zero() {
        rows.push(vec![lang.unassigned().to_string(), n(stakes.unassigned)]);
    }
    out.push_str(&table::render(header, &rows, &[false, true]));
    out
}
