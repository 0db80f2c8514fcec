//! Bảng kết quả Chỉ số CCHC: the provinces' published results, for turning a projected index into
//! a rank and a target rank into an index. Read from CSV or XLSX by `io::results`; the published
//! rows parindex knows ship in `assets/results/`.

use serde::Serialize;

use super::Points;

/// What a row of the results table describes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum RowKind {
    /// Một tỉnh, thành phố: a unit that is ranked.
    Unit,
    /// Giá trị trung bình cả nước: the national average, never ranked.
    Average,
}

/// One published figure.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ResultRow {
    /// Năm đánh giá.
    pub year: i32,
    pub kind: RowKind,
    /// Tỉnh, thành phố ("Quảng Ninh"), or the average's label.
    pub unit: String,
    /// Chỉ số CCHC, out of 100.
    pub total: Points,
    /// Xếp hạng, if published (shared ranks are written as published: two 10s, then 12).
    pub rank: Option<u32>,
    /// Out of how many units.
    pub of: Option<u32>,
    /// Nguồn: the document the figure comes from.
    pub source: String,
    /// Where the row stands in its file ("ket-qua.csv:5", "Sheet1!A5"), for messages.
    pub at: String,
}

/// Bảng kết quả: every row read, of any year.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Results {
    /// Where the table came from (a file name, or the embedded table's name).
    pub origin: String,
    pub rows: Vec<ResultRow>,
}

impl Results {
    /// The ranked units of `year`.
    pub fn units(&self, year: i32) -> impl Iterator<Item = &ResultRow> {
        self.rows
            .iter()
            .filter(move |r| r.year == year && r.kind == RowKind::Unit)
    }

    /// The national average of `year`, if the table holds it.
    pub fn average(&self, year: i32) -> Option<&ResultRow> {
        self.rows
            .iter()
            .find(|r| r.year == year && r.kind == RowKind::Average)
    }

    /// Whether the table ranks any unit in `year`.
    pub fn has_year(&self, year: i32) -> bool {
        self.units(year).next().is_some()
    }
}
