//! `parindex summary`: the index, each field's parts, and points at stake per agency.

use std::fmt::Write as _;

use anyhow::Result;
use serde::Serialize;

use crate::engine::{Analysis, FieldFigures, Figures, Projected, Stakes};
use crate::model::Points;

use super::{Input, Lang, load, table};

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
    figures: &'a Figures,
    agencies: Vec<AgencyJson<'a>>,
    unassigned: Points,
}

#[derive(Serialize)]
struct AgencyJson<'a> {
    lead: &'a str,
    at_stake: Points,
}

pub fn run(input: &Input) -> Result<u8> {
    let loaded = load(input.file.as_deref())?;
    let analysis = Analysis::new(&loaded.card);
    let baseline = Projected::baseline(&analysis);
    let figures = Figures::of(&analysis, &baseline);
    let stakes = Stakes::of(&analysis, &baseline);
    if input.json {
        let json = Json {
            unit: &analysis.unit,
            year: analysis.year,
            target_year: analysis.target_year,
            rank: analysis.rank.map(|(r, _)| r),
            rank_of: analysis.rank.and_then(|(_, of)| of),
            figures: &figures,
            agencies: stakes
                .agencies
                .iter()
                .map(|s| AgencyJson {
                    lead: &s.lead,
                    at_stake: s.at_stake,
                })
                .collect(),
            unassigned: stakes.unassigned,
        };
        println!("{}", serde_json::to_string_pretty(&json)?);
    } else {
        print!("{}", text(&analysis, &figures, &stakes, input.lang));
    }
    Ok(0)
}

fn text(analysis: &Analysis, figures: &Figures, stakes: &Stakes, lang: Lang) -> String {
    let n = |p: Points| match lang {
        Lang::Vi => p.vi(),
        Lang::En => p.en(),
    };
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
    let _ = writeln!(
        out,
        "{}: {} / {}{rank}",
        if vi { "Tổng điểm" } else { "Index" },
        n(figures.total),
        n(figures.total_max)
    );
    let _ = write!(
        out,
        "{}: {} / {} ({} {})\n\n",
        if vi {
            "Điểm tự đánh giá (BNV thẩm định)"
        } else {
            "Self-assessment (verified)"
        },
        n(figures.self_total),
        n(figures.self_max),
        if vi { "bị trừ" } else { "lost" },
        n(figures.self_lost)
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
            n(f.score),
            n(f.lost),
            n(f.self_max),
            n(f.self_score),
            n(f.self_lost),
            n(f.survey_max),
            n(f.survey_score),
            n(f.survey_lost),
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
        rows.push(vec![
            if vi {
                "(chưa giao đơn vị)"
            } else {
                "(no plan covers it)"
            }
            .to_string(),
            n(stakes.unassigned),
        ]);
    }
    out.push_str(&table::render(header, &rows, &[false, true]));
    out
}
