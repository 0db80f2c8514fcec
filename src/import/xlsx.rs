//! An XLSX workbook to grids, through calamine, after the bomb guard. Cells are streamed
//! (calamine's dense ranges would allocate rows × columns for one stray far-off cell) and
//! counted against the import limits.

use std::collections::BTreeMap;
use std::io::Cursor;

use calamine::{DataRef, Reader, Xlsx};

use super::error::{ErrorKind, ImportError, Place};
use super::grid::{Grid, Merge, Row, Value};
use super::{MAX_CELLS, MAX_COLUMNS, zip_guard};

/// The most merged regions read from a sheet; an appendix has a few dozen.
const MAX_MERGES: usize = 10_000;

/// Every sheet of the workbook as a grid, in the workbook's order; `wanted` must be one of
/// them when given.
pub(crate) fn read(
    bytes: &[u8],
    file: &str,
    wanted: Option<&str>,
) -> Result<Vec<Grid>, ImportError> {
    zip_guard::check(bytes, file, zip_guard::MAX_INFLATED_BYTES)?;
    let fail = |kind| ImportError::new(file, Place::File, kind);
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(|err| {
        fail(ErrorKind::NotWorkbook {
            found: err.to_string(),
        })
    })?;
    let names = book.sheet_names();
    if let Some(wanted) = wanted
        && !names.iter().any(|n| n == wanted)
    {
        return Err(fail(ErrorKind::NoSuchSheet {
            wanted: wanted.to_string(),
            sheets: names,
        }));
    }
    let mut budget = MAX_CELLS;
    let mut grids = Vec::with_capacity(names.len());
    for name in names {
        let grid = sheet(&mut book, &name, &mut budget).map_err(&fail)?;
        grids.push(grid);
    }
    Ok(grids)
}

/// The workbook's sheet names, in order, after the same bomb guard as [`read`]: what a
/// preview offers to choose from.
pub(crate) fn sheet_names(bytes: &[u8], file: &str) -> Result<Vec<String>, ImportError> {
    zip_guard::check(bytes, file, zip_guard::MAX_INFLATED_BYTES)?;
    let book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(|err| {
        ImportError::new(
            file,
            Place::File,
            ErrorKind::NotWorkbook {
                found: err.to_string(),
            },
        )
    })?;
    Ok(book.sheet_names())
}

fn sheet(
    book: &mut Xlsx<Cursor<&[u8]>>,
    name: &str,
    budget: &mut usize,
) -> Result<Grid, ErrorKind> {
    let damaged = |err: calamine::XlsxError| ErrorKind::Damaged {
        detail: format!("{name}: {err}"),
    };
    let mut rows: BTreeMap<u32, Vec<Option<Value>>> = BTreeMap::new();
    {
        let mut reader = book.worksheet_cells_reader(name).map_err(damaged)?;
        while let Some(cell) = reader.next_cell().map_err(damaged)? {
            let (row, col) = cell.get_position();
            let Some(value) = value(cell.get_value()) else {
                continue;
            };
            // Columns past the limit hold nothing an appendix needs.
            if col as usize >= MAX_COLUMNS {
                continue;
            }
            if *budget == 0 {
                return Err(ErrorKind::TooManyCells { limit: MAX_CELLS });
            }
            *budget -= 1;
            let cells = rows.entry(row).or_default();
            if cells.len() <= col as usize {
                cells.resize(col as usize + 1, None);
            }
            cells[col as usize] = Some(value);
        }
    }
    let mut merges: Vec<Merge> = book
        .merge_cells_by_sheet_name(name)
        .map_err(damaged)?
        .into_iter()
        .take(MAX_MERGES)
        .map(|d| Merge {
            first_row: d.start.0.min(d.end.0),
            last_row: d.start.0.max(d.end.0),
            first_col: d.start.1.min(d.end.1),
            last_col: d.start.1.max(d.end.1),
        })
        .collect();
    merges.sort_by_key(|m| (m.first_row, m.first_col));
    merges.dedup_by_key(|m| (m.first_row, m.first_col));
    Ok(Grid {
        sheet: Some(name.to_string()),
        rows: rows
            .into_iter()
            .map(|(index, cells)| Row { index, cells })
            .collect(),
        merges,
        separator: None,
    })
}

/// A cell's value; `None` for an empty one. Dates become `dd/mm/yyyy` text, the way a
/// deadline column would show them; errors keep Excel's text (`#REF!`) so a number cell
/// holding one is reported as what it shows.
fn value(data: &DataRef<'_>) -> Option<Value> {
    Some(match data {
        DataRef::Empty => return None,
        DataRef::Int(i) => Value::Number(*i as f64),
        DataRef::Float(f) => Value::Number(*f),
        DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => {
            Value::Text(s.clone())
        }
        DataRef::SharedString(s) => Value::Text((*s).to_string()),
        DataRef::Bool(b) => Value::Text(if *b { "TRUE" } else { "FALSE" }.to_string()),
        DataRef::DateTime(dt) if dt.is_datetime() => {
            let (y, m, d, ..) = dt.to_ymd_hms_milli();
            Value::Text(format!("{d:02}/{m:02}/{y}"))
        }
        DataRef::DateTime(dt) => Value::Number(dt.as_f64()),
        DataRef::Error(e) => Value::Text(e.to_string()),
    })
}
