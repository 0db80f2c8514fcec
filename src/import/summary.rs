//! The summary table (BẢNG TỔNG HỢP KẾT QUẢ): "Năm | LV1 … LV8 | Tổng điểm | Xếp hạng" and a
//! row per year, each field as "whole / max" ("6/8.5"), the index as "79.68/100", the rank as
//! "48/63". It gives each field's whole figure and the published index and rank.

use crate::model::Points;

use super::grid::{Grid, Value};
use super::words::{code, key, parse_decimal, year_in};

/// One field's figures in the summary table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct FieldResult {
    pub code: String,
    pub whole: Points,
    pub max: Option<Points>,
}

/// The row of the summary table that was used.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Summary {
    /// Which grid it is in, and the rows it covers there (header and data).
    pub grid: usize,
    pub rows: Vec<usize>,
    pub year: Option<i32>,
    pub fields: Vec<FieldResult>,
    pub total: Option<Points>,
    pub rank: Option<u32>,
    pub of: Option<u32>,
    /// The table had several year rows.
    pub several_years: bool,
}

#[derive(Default)]
struct Columns {
    year: Option<usize>,
    fields: Vec<(usize, String)>,
    total: Option<usize>,
    rank: Option<usize>,
}

fn columns(grid: &Grid, row: usize) -> Columns {
    let mut found = Columns::default();
    let Some(cells) = grid.rows.get(row) else {
        return found;
    };
    for col in 0..cells.cells.len() {
        let text = cells.text(col);
        if text.chars().count() > 60 {
            continue;
        }
        let k = key(&text);
        if k == "nam" || k == "year" {
            found.year.get_or_insert(col);
        } else if k.starts_with("lv") || k.starts_with("linh vuc") {
            if let Some(code) = code(&Value::Text(text)).filter(|c| !c.contains('.')) {
                found.fields.push((col, code));
            }
        } else if k.starts_with("tong") || k.starts_with("chi so") || k == "total" {
            found.total.get_or_insert(col);
        } else if k.starts_with("xep hang") || k.starts_with("thu hang") || k == "rank" {
            found.rank.get_or_insert(col);
        }
    }
    found
}

/// "6/8.5" → (6, Some(8.5)); "6" → (6, None).
fn fraction(value: Option<&Value>) -> Option<(Points, Option<Points>)> {
    match value? {
        Value::Number(n) => Points::from_f64(*n).ok().map(|p| (p, None)),
        Value::Text(text) => {
            let mut parts = text.split('/');
            let whole = parse_decimal(parts.next()?.trim()).ok()?;
            let max = match parts.next() {
                Some(m) => Some(parse_decimal(m.trim()).ok()?),
                None => None,
            };
            parts.next().is_none().then_some((whole, max))
        }
    }
}

/// "48/63" → (48, Some(63)).
fn rank(value: Option<&Value>) -> Option<(u32, Option<u32>)> {
    let text = value?.text();
    let mut parts = text.split('/');
    let rank = parts.next()?.trim().parse().ok()?;
    let of = match parts.next() {
        Some(o) => Some(o.trim().parse().ok()?),
        None => None,
    };
    Some((rank, of))
}

/// The summary table in `grid` (its header row naming at least two fields), choosing the
/// row of `year` when there are several.
fn in_grid(index: usize, grid: &Grid, year: Option<i32>) -> Option<Summary> {
    let header = (0..grid.rows.len()).find(|&r| columns(grid, r).fields.len() >= 2)?;
    let cols = columns(grid, header);
    let mut found: Vec<(usize, Summary)> = Vec::new();
    for r in header + 1..grid.rows.len() {
        let row = &grid.rows[r];
        let fields: Vec<FieldResult> = cols
            .fields
            .iter()
            .filter_map(|(col, code)| {
                fraction(row.get(*col)).map(|(whole, max)| FieldResult {
                    code: code.clone(),
                    whole,
                    max,
                })
            })
            .collect();
        if fields.is_empty() {
            break;
        }
        let (rank, of) = cols
            .rank
            .and_then(|c| rank(row.get(c)))
            .map_or((None, None), |(r, o)| (Some(r), o));
        found.push((
            r,
            Summary {
                grid: index,
                rows: Vec::new(),
                year: cols.year.and_then(|c| year_in(&row.text(c))),
                fields,
                total: cols
                    .total
                    .and_then(|c| fraction(row.get(c)))
                    .map(|(t, _)| t),
                rank,
                of,
                several_years: false,
            },
        ));
    }
    let several = found.len() > 1;
    let last_row = found.last().map(|(r, _)| *r)?;
    let chosen = found
        .iter()
        .position(|(_, s)| year.is_some() && s.year == year)
        .unwrap_or(found.len() - 1);
    let (_, mut summary) = found.swap_remove(chosen);
    summary.rows = (header..=last_row).collect();
    summary.several_years = several;
    Some(summary)
}

/// The first summary table found, searching the grids in `order`.
pub(crate) fn find(grids: &[Grid], order: &[usize], year: Option<i32>) -> Option<Summary> {
    order
        .iter()
        .find_map(|&i| grids.get(i).and_then(|g| in_grid(i, g, year)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::grid::Row;

    #[test]
    fn the_seed_summary_row() {
        let text = |t: &str| Some(Value::Text(t.to_string()));
        let grid = Grid {
            sheet: None,
            rows: vec![
                Row {
                    index: 1,
                    cells: vec![text("BẢNG TỔNG HỢP KẾT QUẢ PAR INDEX NĂM 2019")],
                },
                Row {
                    index: 2,
                    cells: ["Năm", "LV1", "LV2", "LV3", "Tổng điểm", "Xếp hạng"]
                        .iter()
                        .map(|t| text(t))
                        .collect(),
                },
                Row {
                    index: 3,
                    cells: ["2019", "6/8.5", "8.71/10", "12.42/14", "79.68/100", "48/63"]
                        .iter()
                        .map(|t| text(t))
                        .collect(),
                },
            ],
            merges: Vec::new(),
            separator: None,
        };
        let s = find(&[grid], &[0], None).unwrap();
        let p = |t: &str| Points::parse(t).unwrap();
        assert_eq!(s.year, Some(2019));
        assert_eq!(s.rows, [1, 2]);
        assert_eq!(
            s.fields[2],
            FieldResult {
                code: "3".into(),
                whole: p("12.42"),
                max: Some(p("14"))
            }
        );
        assert_eq!(s.total, Some(p("79.68")));
        assert_eq!((s.rank, s.of), (Some(48), Some(63)));
    }
}
