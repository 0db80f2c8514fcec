//! Reading a returned task sheet: the key checked against its digest, the table found by its
//! header words wherever the agency moved it, every row read by its code whatever the order,
//! statuses and dates understood in the agencies' own wording, and every cell that cannot be
//! read reported with its place (`Sở Tài chính.xlsx!I9`).

use std::collections::{BTreeMap, HashSet};
use std::io::Cursor;
use std::path::Path;

use calamine::{Data, Reader, Xlsx, XlsxError, open_workbook_from_rs};

use crate::model::{Date, Evidence, Status};

use super::MAX_ROWS;
use super::error::{CellProblem, CellProblemKind, SheetError};
use super::key::{KEY_SHEET, SheetKey};
use super::layout::{Column, HEADER_SEARCH_ROWS, cell_ref};
use super::words::{date_from_serial, parse_date_text, parse_evidence, parse_status};
use super::zip_guard::{MAX_FILE_BYTES, check_archive};

/// The most columns read: a task sheet has eleven, an agency may add a few.
const MAX_COLUMNS: u32 = 200;

/// One item row as the agency returned it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReportedItem {
    pub code: String,
    /// The row as Excel numbers it, for messages.
    pub row: u32,
    /// `None` when the status cell was left empty.
    pub status: Option<Status>,
    pub done: Option<Date>,
    pub result: String,
    pub evidence: Vec<Evidence>,
}

/// A returned task sheet, read and its key verified.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReturnedSheet {
    /// The file's name, as messages and the merge log show it.
    pub file: String,
    pub key: SheetKey,
    /// The sheet's rows, in the order the agency left them.
    pub items: Vec<ReportedItem>,
}

/// Reads a returned sheet from a file, bounded in size.
pub fn read_returned_sheet(path: &Path) -> Result<ReturnedSheet, SheetError> {
    let file = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let read_error = |source| SheetError::Read {
        file: file.clone(),
        source,
    };
    let size = std::fs::metadata(path).map_err(read_error)?.len();
    if size > MAX_FILE_BYTES {
        return Err(SheetError::TooLarge {
            file,
            size,
            limit: MAX_FILE_BYTES,
        });
    }
    let bytes = std::fs::read(path).map_err(read_error)?;
    parse_returned_sheet(&file, &bytes)
}

/// Reads a returned sheet from its bytes; `file` names it in messages.
pub fn parse_returned_sheet(file: &str, bytes: &[u8]) -> Result<ReturnedSheet, SheetError> {
    check_archive(file, bytes)?;
    let not_workbook = |reason: String| SheetError::NotWorkbook {
        file: file.to_string(),
        reason,
    };
    let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes))
        .map_err(|e: XlsxError| not_workbook(e.to_string()))?;
    let names = book.sheet_names();
    let no_key = |missing: &str| SheetError::NoKey {
        file: file.to_string(),
        missing: missing.to_string(),
    };
    if !names.iter().any(|n| n == KEY_SHEET) {
        return Err(no_key(KEY_SHEET));
    }
    let key_cells = cells(&mut book, KEY_SHEET).map_err(not_workbook)?;
    let (key, claimed) = SheetKey::from_rows(&key_rows(&key_cells)).map_err(no_key)?;
    if claimed != key.digest() {
        return Err(SheetError::KeyEdited {
            file: file.to_string(),
        });
    }
    for name in names.iter().filter(|n| *n != KEY_SHEET) {
        let grid = cells(&mut book, name).map_err(not_workbook)?;
        if let Some(header) = find_header(&grid) {
            let items = read_rows(file, &grid, &header, &key)?;
            return Ok(ReturnedSheet {
                file: file.to_string(),
                key,
                items,
            });
        }
    }
    Err(SheetError::NoTable {
        file: file.to_string(),
    })
}

/// A sheet's cells, sparse, within the bounds a task sheet can need: streamed one by one so a
/// cell placed at XFD1048576 costs nothing.
type Grid = BTreeMap<(u32, u32), Data>;

fn cells(book: &mut Xlsx<Cursor<&[u8]>>, name: &str) -> Result<Grid, String> {
    let mut reader = book
        .worksheet_cells_reader(name)
        .map_err(|e| e.to_string())?;
    let mut grid = Grid::new();
    while let Some(cell) = reader.next_cell().map_err(|e| e.to_string())? {
        let (row, col) = cell.get_position();
        if row as usize <= MAX_ROWS + HEADER_SEARCH_ROWS && col < MAX_COLUMNS {
            grid.insert((row, col), Data::from(cell.get_value().clone()));
        }
    }
    Ok(grid)
}

fn text(data: &Data) -> String {
    match data {
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.trim().to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) => d.as_f64().to_string(),
        Data::Error(e) => format!("#{e:?}"),
        Data::Empty => String::new(),
    }
}

fn key_rows(grid: &Grid) -> Vec<Vec<String>> {
    let mut rows: Vec<Vec<String>> = Vec::new();
    for (&(r, c), data) in grid {
        let (r, c) = (r as usize, c as usize);
        if r >= rows.len() {
            rows.resize(r + 1, Vec::new());
        }
        let row = &mut rows[r];
        if c >= row.len() {
            row.resize(c + 1, String::new());
        }
        row[c] = text(data);
    }
    rows
}

/// Where the table is: its header row and the column of each field the reader needs.
struct Header {
    row: u32,
    columns: Vec<(Column, u32)>,
}

impl Header {
    fn col(&self, wanted: Column) -> Option<u32> {
        self.columns
            .iter()
            .find(|(c, _)| *c == wanted)
            .map(|&(_, i)| i)
    }
}

fn find_header(grid: &Grid) -> Option<Header> {
    let wanted = [
        Column::Code,
        Column::Status,
        Column::Done,
        Column::Result,
        Column::Evidence,
    ];
    for row in 0..HEADER_SEARCH_ROWS as u32 {
        let mut columns: Vec<(Column, u32)> = Vec::new();
        for (&(_, col), data) in grid.range((row, 0)..(row + 1, 0)) {
            let header = text(data);
            if let Some(column) = wanted
                .iter()
                .find(|c| c.named_by(&header) && columns.iter().all(|(have, _)| have != *c))
            {
                columns.push((*column, col));
            }
        }
        let header = Header { row, columns };
        if header.col(Column::Code).is_some() && header.col(Column::Status).is_some() {
            return Some(header);
        }
    }
    None
}

/// A code as the plan writes them: digits separated by dots ("6", "3.4", "8.3.1").
fn looks_like_code(text: &str) -> bool {
    !text.is_empty()
        && text
            .split('.')
            .all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_digit()))
}

fn read_rows(
    file: &str,
    grid: &Grid,
    header: &Header,
    key: &SheetKey,
) -> Result<Vec<ReportedItem>, SheetError> {
    let sent: HashSet<&str> = key.items.iter().map(|i| i.code.as_str()).collect();
    let code_col = header.col(Column::Code).unwrap_or(0);
    let get = |row: u32, column: Column| {
        header
            .col(column)
            .and_then(|c| grid.get(&(row, c)).map(|d| (c, d)))
    };
    let mut problems: Vec<CellProblem> = Vec::new();
    let mut problem = |row: u32, col: u32, found: String, kind| {
        problems.push(CellProblem {
            cell: cell_ref(row as usize, col as usize),
            found,
            kind,
        });
    };
    let mut items: Vec<ReportedItem> = Vec::new();
    let last = grid.keys().map(|&(r, _)| r).max().unwrap_or(0);
    for row in header.row + 1..=last {
        let code = grid.get(&(row, code_col)).map(text).unwrap_or_default();
        // Blank rows, the signature block and notes an agency adds below are not items.
        if !looks_like_code(&code) {
            continue;
        }
        if !sent.contains(code.as_str()) {
            problem(row, code_col, code, CellProblemKind::UnknownCode);
            continue;
        }
        if items.iter().any(|i| i.code == code) {
            problem(row, code_col, code, CellProblemKind::DuplicateCode);
            continue;
        }
        let status = match get(row, Column::Status) {
            Some((col, data)) => {
                let written = text(data);
                if written.is_empty() {
                    None
                } else if let Some(status) = parse_status(&written) {
                    Some(status)
                } else {
                    problem(row, col, written, CellProblemKind::NotAStatus);
                    None
                }
            }
            None => None,
        };
        let done = match get(row, Column::Done) {
            Some((col, data)) => match cell_date(data) {
                Ok(day) => day,
                Err(found) => {
                    problem(row, col, found, CellProblemKind::NotADate);
                    None
                }
            },
            None => None,
        };
        let result = get(row, Column::Result)
            .map(|(_, d)| text(d))
            .unwrap_or_default();
        let evidence = get(row, Column::Evidence)
            .map(|(_, d)| parse_evidence(&text(d)))
            .unwrap_or_default();
        items.push(ReportedItem {
            code,
            row: row + 1,
            status,
            done,
            result,
            evidence,
        });
    }
    if problems.is_empty() {
        Ok(items)
    } else {
        Err(SheetError::Cells {
            file: file.to_string(),
            problems,
        })
    }
}

/// A date cell: a real date, an Excel serial, or text; `Err` carries what the cell shows.
fn cell_date(data: &Data) -> Result<Option<Date>, String> {
    match data {
        Data::Empty => Ok(None),
        Data::DateTime(d) => {
            let (y, m, day, ..) = d.to_ymd_hms_milli();
            Date::new(i32::from(y), u32::from(m), u32::from(day))
                .map(Some)
                .ok_or_else(|| text(data))
        }
        Data::Float(f) => date_from_serial(*f).map(Some).ok_or_else(|| text(data)),
        Data::Int(i) => date_from_serial(*i as f64)
            .map(Some)
            .ok_or_else(|| text(data)),
        Data::String(s) if s.trim().is_empty() => Ok(None),
        Data::String(s) => parse_date_text(s).map(Some).ok_or_else(|| text(data)),
        Data::DateTimeIso(s) => s
            .get(..10)
            .and_then(|d| Date::parse(d).ok())
            .map(Some)
            .ok_or_else(|| text(data)),
        _ => Err(text(data)),
    }
}
