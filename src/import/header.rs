//! Finding the appendix's header row by its words, in any column order, ignoring case and
//! diacritics; the year in the score heading ("Điểm do BNV thẩm định (năm 2030)") is the
//! assessed year.

use std::collections::BTreeMap;

use super::error::Column;
use super::grid::Grid;
use super::words::{key, year_in};

/// The words looked for, as the error message lists them.
pub(crate) const LOOKED_FOR: [&str; 7] = [
    "STT / Mã",
    "Lĩnh vực / Tiêu chí / Tiêu chí thành phần / Nội dung",
    "Điểm chuẩn / Tối đa",
    "Điểm đạt / Điểm do BNV thẩm định (năm …)",
    "Đơn vị chủ trì",
    "Đơn vị phối hợp",
    "Thời hạn",
];

/// The header row and where each column is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Header {
    /// Index into the grid's rows.
    pub row: usize,
    pub columns: BTreeMap<Column, usize>,
    /// The year written in the score heading.
    pub year: Option<i32>,
}

impl Header {
    pub fn col(&self, column: Column) -> Option<usize> {
        self.columns.get(&column).copied()
    }
}

/// What a heading names, and how sure: a score heading that says whose score it is
/// ("thẩm định", "công bố", "đạt") beats a bare "Điểm 2030" beside it. parindex's own
/// "Ghi chú số liệu" (why a figure is not the published one) is not the row's note.
fn role(heading: &str) -> Option<(Column, u8)> {
    let k = key(heading);
    let has = |w: &str| k.contains(w);
    let is = |words: &[&str]| words.contains(&k.as_str());
    // Before the score headings: "Điểm tự chấm" starts with "Điểm" but is the unit's own score.
    let role = if has("tu cham") || has("self-score") || has("self score") {
        (Column::SelfScore, 2)
    } else if has("chu tri") || is(&["lead", "lead agency"]) {
        (Column::Lead, 2)
    } else if has("phoi hop") || is(&["partners"]) {
        (Column::Partners, 2)
    } else if has("thoi han") || has("han hoan thanh") || is(&["deadline"]) {
        (Column::Deadline, 2)
    } else if (has("ghi chu") && !has("so lieu")) || is(&["note", "notes"]) {
        (Column::Note, 2)
    } else if k.starts_with("nhiem vu") || is(&["task", "tasks"]) {
        (Column::Task, 2)
    } else if has("diem chuan") || has("toi da") || is(&["max", "maximum"]) {
        (Column::Max, 2)
    } else if has("tham dinh") || has("cong bo") || has("diem dat") || has("published") {
        (Column::Score, 2)
    } else if (k.starts_with("diem") || k.starts_with("score"))
        && ![
            "bi tru",
            "du bao",
            "thay doi",
            "da dung",
            "lost",
            "projected",
            "used",
        ]
        .iter()
        .any(|w| has(w))
    {
        (Column::Score, 1)
    } else if is(&[
        "stt",
        "tt",
        "so tt",
        "ma",
        "ma so",
        "ma tieu chi",
        "code",
        "no",
        "no.",
    ]) {
        (Column::Code, 2)
    } else if has("tieu chi") || has("noi dung") || has("linh vuc") || is(&["ten", "name"]) {
        (Column::Name, 2)
    } else {
        return None;
    };
    Some(role)
}

/// The columns a header row names: each role at its first, surest column.
fn columns(grid: &Grid, row: usize) -> (BTreeMap<Column, usize>, Option<i32>) {
    let mut found: BTreeMap<Column, (usize, u8)> = BTreeMap::new();
    let mut year = None;
    let Some(cells) = grid.rows.get(row) else {
        return (BTreeMap::new(), None);
    };
    for col in 0..cells.cells.len() {
        let text = cells.text(col);
        if text.is_empty() || text.chars().count() > 300 {
            continue;
        }
        let Some((column, sureness)) = role(&text) else {
            continue;
        };
        let better = found.get(&column).is_none_or(|&(_, s)| sureness > s);
        if better {
            found.insert(column, (col, sureness));
            if column == Column::Score {
                year = year_in(&text);
            }
        }
    }
    (found.into_iter().map(|(c, (i, _))| (c, i)).collect(), year)
}

/// The row naming the most columns, among those naming a code, a name and a maximum.
pub(crate) fn find(grid: &Grid) -> Option<Header> {
    let mut best: Option<Header> = None;
    for row in 0..grid.rows.len() {
        let (columns, year) = columns(grid, row);
        let usable = [Column::Code, Column::Name, Column::Max]
            .iter()
            .all(|c| columns.contains_key(c));
        if usable
            && best
                .as_ref()
                .is_none_or(|b| columns.len() > b.columns.len())
        {
            best = Some(Header { row, columns, year });
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::grid::{Row, Value};

    fn grid(rows: &[&[&str]]) -> Grid {
        Grid {
            sheet: Some("Phụ lục".into()),
            rows: rows
                .iter()
                .enumerate()
                .map(|(i, cells)| Row {
                    index: i as u32,
                    cells: cells
                        .iter()
                        .map(|c| Some(Value::Text((*c).to_string())))
                        .collect(),
                })
                .collect(),
            merges: Vec::new(),
            separator: None,
        }
    }

    #[test]
    fn the_seed_header_is_found_below_its_title_in_any_order() {
        let g = grid(&[
            &["Phụ lục"],
            &["(Ban hành kèm theo Kế hoạch …)"],
            &[
                "Thời hạn hoàn thành",
                "STT",
                "Lĩnh vực/Tiêu chí/Tiêu chí thành phần",
                "Điểm chuẩn",
                "Điểm do BNV thẩm định (năm 2019)",
                "Đơn vị chủ trì tham mưu, tổ chức thực hiện nội dung, lĩnh vực, tiêu chí, tiêu chí thành phần để nâng cao điểm số",
                "ĐƠN VỊ PHỐI HỢP THỰC HIỆN",
            ],
        ]);
        let header = find(&g).unwrap();
        assert_eq!(header.row, 2);
        assert_eq!(header.year, Some(2019));
        assert_eq!(header.col(Column::Deadline), Some(0));
        assert_eq!(header.col(Column::Code), Some(1));
        assert_eq!(header.col(Column::Name), Some(2));
        assert_eq!(header.col(Column::Max), Some(3));
        assert_eq!(header.col(Column::Score), Some(4));
        assert_eq!(header.col(Column::Lead), Some(5));
        assert_eq!(header.col(Column::Partners), Some(6));
    }

    #[test]
    fn a_summary_header_alone_is_not_the_appendix() {
        let g = grid(&[&["Năm", "LV1", "LV2", "Tổng điểm", "Xếp hạng"]]);
        assert_eq!(find(&g), None);
    }
}
