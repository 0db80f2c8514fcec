//! One sheet (or one CSV/TSV text) as plain cells: what the header finder and the row reader
//! work on, whatever the file format was.

use super::error::Place;

/// A filled cell's content.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Value {
    Text(String),
    Number(f64),
}

impl Value {
    /// The cell as text: numbers in their shortest form (a code typed as the number 1.3).
    pub fn text(&self) -> String {
        match self {
            Value::Text(text) => text.clone(),
            Value::Number(n) => number_text(*n),
        }
    }
}

/// Shortest decimal form of a cell number; integers without ".0".
pub(crate) fn number_text(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// A merged region, 0-based and inclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Merge {
    pub first_row: u32,
    pub last_row: u32,
    pub first_col: u32,
    pub last_col: u32,
}

/// A sheet's filled rows, in order; empty rows are left out.
#[derive(Clone, Debug, Default)]
pub(crate) struct Grid {
    /// The sheet's name; `None` for CSV/TSV text.
    pub sheet: Option<String>,
    pub rows: Vec<Row>,
    /// Sorted by top-left cell (row, then column).
    pub merges: Vec<Merge>,
    /// The separator a text table was read with.
    pub separator: Option<u8>,
}

/// One filled row: its number in the source and its cells, column by column.
#[derive(Clone, Debug, Default)]
pub(crate) struct Row {
    /// 0-based sheet row, or the 1-based line of a CSV record.
    pub index: u32,
    pub cells: Vec<Option<Value>>,
}

impl Row {
    pub fn get(&self, col: usize) -> Option<&Value> {
        self.cells.get(col).and_then(Option::as_ref)
    }

    /// The cell as trimmed text with runs of whitespace (line breaks inside a Word cell)
    /// made one space; empty when blank.
    pub fn text(&self, col: usize) -> String {
        self.get(col).map(|v| squash(&v.text())).unwrap_or_default()
    }

    pub fn is_blank(&self) -> bool {
        self.cells
            .iter()
            .flatten()
            .all(|v| matches!(v, Value::Text(t) if t.trim().is_empty()))
    }
}

/// Trimmed, with every run of whitespace one space and control characters (which no table
/// means and a card file would have to escape) dropped.
pub(crate) fn squash(text: &str) -> String {
    text.split_whitespace()
        .map(|w| w.chars().filter(|c| !c.is_control()).collect::<String>())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

impl Grid {
    /// Where cell (`row` of `self.rows`, `col`) is, for messages.
    pub fn place(&self, row: usize, col: usize) -> Place {
        let index = self.rows.get(row).map_or(0, |r| r.index);
        match &self.sheet {
            Some(sheet) => Place::Cell {
                sheet: sheet.clone(),
                row: index,
                col: col as u32,
            },
            None => Place::Line {
                line: u64::from(index),
                field: col + 1,
            },
        }
    }

    /// The row as the person finds it: `Phụ lục!7` or `bang.tsv:7`.
    pub fn row_label(&self, row: usize, file: &str) -> String {
        let index = self.rows.get(row).map_or(0, |r| r.index);
        match &self.sheet {
            Some(sheet) => format!("{sheet}!{}", index + 1),
            None => format!("{file}:{index}"),
        }
    }

    /// The merged region whose top-left cell is (`row` of `self.rows`, `col`), if it spans
    /// more than one row. `merges` is sorted by top-left cell.
    pub fn merge_down_from(&self, row: usize, col: usize) -> Option<Merge> {
        let key = (self.rows.get(row)?.index, col as u32);
        let at = self
            .merges
            .binary_search_by_key(&key, |m| (m.first_row, m.first_col))
            .ok()?;
        self.merges
            .get(at)
            .copied()
            .filter(|m| m.last_row > m.first_row)
    }
}
