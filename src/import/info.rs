//! What a workbook states outright, as parindex's own table export writes it: an information
//! sheet (Đơn vị, Năm đánh giá, Năm mục tiêu, Nguồn, Chỉ số công bố, Xếp hạng: one label and its
//! value per row) and a field-totals sheet whose columns give each field's survey part and its
//! published whole figure. Read when present; stated values win over inferred ones.

use crate::model::{Method, Points};

use super::grid::{Grid, Value};
use super::words::{Number, code, key, number};

/// The information sheet's values.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Info {
    pub unit: Option<String>,
    pub year: Option<i32>,
    pub target_year: Option<i32>,
    pub source: Option<String>,
    pub published: Option<Points>,
    pub rank: Option<u32>,
    pub of: Option<u32>,
    /// Phương pháp, when the sheet names the index's maximum.
    pub method: Option<Method>,
}

/// The labels, folded, and what each sets.
#[derive(Clone, Copy)]
enum Label {
    Unit,
    Year,
    TargetYear,
    Source,
    Published,
    Rank,
    Decision,
    TotalMax,
    SelfMax,
    SurveyMax,
}

fn label(text: &str) -> Option<Label> {
    let k = key(text);
    let k = k.trim_end_matches(':');
    Some(match k {
        "don vi" | "don vi duoc danh gia" | "unit" => Label::Unit,
        "nam danh gia" | "year assessed" | "assessed year" => Label::Year,
        "nam muc tieu" | "target year" => Label::TargetYear,
        "nguon" | "nguon so lieu" | "source" => Label::Source,
        "chi so cong bo" | "chi so cchc cong bo" | "published index" => Label::Published,
        "xep hang" | "rank" => Label::Rank,
        "phuong phap" | "method" => Label::Decision,
        "diem toi da cua chi so" | "index maximum" => Label::TotalMax,
        "toi da tu danh gia" | "self-assessment maximum" => Label::SelfMax,
        "toi da dieu tra xhh" | "survey maximum" => Label::SurveyMax,
        _ => return None,
    })
}

/// The first grid with at least two labelled rows, read as an information sheet.
pub(crate) fn find(grids: &[Grid]) -> Option<Info> {
    grids.iter().find_map(read)
}

fn read(grid: &Grid) -> Option<Info> {
    let mut info = Info::default();
    let mut found = 0;
    let mut decision = String::new();
    let (mut total_max, mut self_max, mut survey_max) = (None, None, None);
    let points = |value: Option<&Value>| match number(value) {
        Ok(Number::Cell(p) | Number::Text(p, _)) => Some(p),
        _ => None,
    };
    for row in &grid.rows {
        let Some(label) = row.get(0).and_then(|v| label(&v.text())) else {
            continue;
        };
        let value = row.get(1);
        let text = row.text(1);
        found += 1;
        match label {
            Label::Unit => info.unit = (!text.is_empty()).then_some(text),
            Label::Source => info.source = (!text.is_empty()).then_some(text),
            Label::Year => info.year = year(value),
            Label::TargetYear => info.target_year = year(value),
            Label::Published => {
                info.published = match number(value) {
                    Ok(Number::Cell(p) | Number::Text(p, _)) => Some(p),
                    _ => None,
                }
            }
            Label::Decision => decision = text,
            Label::TotalMax => total_max = points(value),
            Label::SelfMax => self_max = points(value),
            Label::SurveyMax => survey_max = points(value),
            Label::Rank => {
                let mut parts = text.split('/');
                info.rank = parts.next().and_then(|r| r.trim().parse().ok());
                info.of = parts.next().and_then(|o| o.trim().parse().ok());
            }
        }
    }
    info.method = total_max.map(|total_max| Method {
        decision,
        total_max,
        self_max,
        survey_max,
    });
    (found >= 2).then_some(info)
}

fn year(value: Option<&Value>) -> Option<i32> {
    match value? {
        Value::Number(n) if n.fract() == 0.0 && (1.0..=9999.0).contains(n) => Some(*n as i32),
        Value::Text(t) => t.trim().parse().ok().filter(|y| (1..=9999).contains(y)),
        Value::Number(_) => None,
    }
}

/// One field's survey part and published whole figure, as the field-totals sheet states them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct FieldParts {
    pub code: String,
    pub survey_max: Points,
    /// Blank while the survey's result is not known.
    pub survey_score: Option<Points>,
    /// Blank when the card had none.
    pub published_total: Option<Points>,
}

/// The field-totals table: a header with a field column and the survey columns, a row per
/// field ("LV1"). Empty when no grid has one.
pub(crate) fn field_parts(grids: &[Grid]) -> Vec<FieldParts> {
    grids.iter().find_map(parts_in).unwrap_or_default()
}

fn parts_in(grid: &Grid) -> Option<Vec<FieldParts>> {
    let (header, cols) = grid.rows.iter().enumerate().find_map(|(r, row)| {
        let mut field = None;
        let mut survey_max = None;
        let mut survey = None;
        let mut published = None;
        for col in 0..row.cells.len() {
            let k = key(&row.text(col));
            let survey_word = k.contains("dieu tra") || k.starts_with("survey");
            if k == "linh vuc" || k == "field" {
                field.get_or_insert(col);
            } else if survey_word && (k.contains("toi da") || k.contains("max")) {
                survey_max.get_or_insert(col);
            } else if survey_word && !k.contains("du kien") && !k.contains("projected") {
                survey.get_or_insert(col);
            } else if k.contains("cong bo") || k.starts_with("published") {
                published.get_or_insert(col);
            }
        }
        Some((r, (field?, survey_max?, survey?, published?)))
    })?;
    let (field, survey_max, survey, published) = cols;
    let points = |value: Option<&Value>| match number(value) {
        Ok(Number::Cell(p) | Number::Text(p, _)) => Some(p),
        _ => None,
    };
    let mut out = Vec::new();
    for row in grid.rows.iter().skip(header + 1) {
        let Some(code) = row.get(field).and_then(code).filter(|c| !c.contains('.')) else {
            continue;
        };
        out.push(FieldParts {
            code,
            survey_max: points(row.get(survey_max)).unwrap_or_default(),
            survey_score: points(row.get(survey)),
            published_total: points(row.get(published)),
        });
    }
    Some(out)
}
