//! Bảng kết quả: the provinces' published PAR Index results read from CSV or XLSX — the table
//! shipped in `assets/results/` and the full annex an officer downloads from the Ministry.
//!
//! Small on purpose: one header row, recognised by its column names in Vietnamese or English
//! (a title above it and unknown columns such as STT are skipped), then one row per unit.

use std::io::Cursor;
use std::path::Path;

use calamine::{Data, Reader, open_workbook_auto_from_rs};

use crate::model::{Points, ResultRow, Results, RowKind};

use super::error::{LoadError, Origin};
use super::text::{into_text, read_bounded_bytes};

/// A workbook may unpack to at most this much: far above any results annex, far below what a
/// zip bomb would claim.
const MAX_UNPACKED: u64 = 64 * 1024 * 1024;
/// How far down a title block the header row may be.
const HEADER_SEARCH: usize = 30;

/// Why a results table cannot be read; each message in Vietnamese, then English.
#[derive(Debug, thiserror::Error)]
pub enum ResultsError {
    /// The file could not be read, is too large or is not UTF-8 text.
    #[error(transparent)]
    Load(#[from] LoadError),
    #[error("{origin}:{line}: không đọc được CSV: {message} — cannot read the CSV: {message}")]
    Csv {
        origin: String,
        line: u64,
        message: String,
    },
    #[error("{origin}: không đọc được bảng tính: {message} — cannot read the workbook: {message}")]
    Workbook { origin: String, message: String },
    #[error(
        "{origin}: bảng tính giải nén ra {size} byte, quá giới hạn {limit} — the workbook unpacks to {size} bytes, above the limit of {limit}"
    )]
    Unpacked {
        origin: String,
        size: u64,
        limit: u64,
    },
    #[error(
        "{origin}: không thấy dòng tiêu đề có cột đơn vị và cột chỉ số (\"Đơn vị\", \"Chỉ số\") — no header row naming a unit column and a total column (\"Province\", \"Total\")"
    )]
    NoHeader { origin: String },
    #[error(
        "{at}: cột \"{column}\": cần {expected_vi}, gặp \"{found}\" — column \"{column}\": expected {expected_en}, found \"{found}\""
    )]
    BadCell {
        /// `file:line:column` for CSV, `file:Sheet!D5` for a workbook.
        at: String,
        column: String,
        found: String,
        expected_vi: &'static str,
        expected_en: &'static str,
    },
}

/// The columns the reader understands, by the names a header may give them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Col {
    Year,
    Kind,
    Unit,
    Total,
    Rank,
    Of,
    Source,
}

fn column_of(heading: &str) -> Option<Col> {
    let h = heading.trim().to_lowercase();
    let col = match h.as_str() {
        "năm" | "year" => Col::Year,
        "loại" | "kind" => Col::Kind,
        "đơn vị"
        | "tỉnh"
        | "tỉnh, thành phố"
        | "tỉnh/thành phố"
        | "địa phương"
        | "province"
        | "unit" => Col::Unit,
        "chỉ số" | "chỉ số cchc" | "tổng điểm" | "điểm" | "par index" | "total" | "index" => {
            Col::Total
        }
        "xếp hạng" | "hạng" | "thứ hạng" | "rank" => Col::Rank,
        "trên" | "số đơn vị" | "of" => Col::Of,
        "nguồn" | "source" => Col::Source,
        _ => return None,
    };
    Some(col)
}

/// A grid of cell texts with a way to name a cell's place in the file.
struct Grid {
    origin: String,
    rows: Vec<Vec<String>>,
    locate: Box<dyn Fn(usize, usize) -> String>,
}

/// Reads a results table from a `.csv`, `.xlsx`, `.xls` or `.ods` file; `year` is taken for
/// rows when the table has no year column.
pub fn load_results(path: &Path, year: i32) -> Result<Results, ResultsError> {
    let is_csv = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv") || e.eq_ignore_ascii_case("txt"));
    let origin = Origin::File(path.to_path_buf());
    let bytes = read_bytes(path, &origin)?;
    if is_csv {
        let text = into_text(bytes, origin.clone())?;
        parse_results_csv(&text, &origin.to_string(), year)
    } else {
        parse_results_workbook(bytes, &origin.to_string(), year)
    }
}

fn read_bytes(path: &Path, origin: &Origin) -> Result<Vec<u8>, LoadError> {
    let file = std::fs::File::open(path).map_err(|source| LoadError::Read {
        origin: origin.clone(),
        source,
    })?;
    read_bounded_bytes(file, origin)
}

/// Parses CSV text: comma, semicolon (Excel's choice where the comma is the decimal mark, as
/// in Vietnamese settings) or tab separated, whichever the first lines hold most of.
pub fn parse_results_csv(text: &str, origin: &str, year: i32) -> Result<Results, ResultsError> {
    let text = text.trim_start_matches('\u{feff}');
    let head: Vec<&str> = text.lines().take(HEADER_SEARCH).collect();
    let count = |d: u8| -> usize { head.iter().map(|l| l.matches(char::from(d)).count()).sum() };
    let mut delimiter = b',';
    for d in [b';', b'\t'] {
        if count(d) > count(delimiter) {
            delimiter = d;
        }
    }
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    let mut lines = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|err| ResultsError::Csv {
            origin: origin.to_string(),
            line: err.position().map_or(0, csv::Position::line),
            message: err.to_string(),
        })?;
        lines.push(record.position().map_or(0, csv::Position::line));
        rows.push(record.iter().map(str::to_string).collect());
    }
    let name = origin.to_string();
    let grid = Grid {
        origin: origin.to_string(),
        rows,
        locate: Box::new(move |r, c| {
            let line = lines.get(r).copied().unwrap_or(0);
            format!("{name}:{line}:{}", c + 1)
        }),
    };
    read_grid(&grid, year)
}

/// Parses a workbook (the first sheet with a header row), after checking what it unpacks to.
pub fn parse_results_workbook(
    bytes: Vec<u8>,
    origin: &str,
    year: i32,
) -> Result<Results, ResultsError> {
    check_unpacked(&bytes, origin)?;
    let workbook_error = |message: String| ResultsError::Workbook {
        origin: origin.to_string(),
        message,
    };
    let mut book = open_workbook_auto_from_rs(Cursor::new(bytes))
        .map_err(|e| workbook_error(e.to_string()))?;
    for sheet in book.sheet_names() {
        let range = book
            .worksheet_range(&sheet)
            .map_err(|e| workbook_error(e.to_string()))?;
        let (top, left) = range.start().unwrap_or((0, 0));
        let rows: Vec<Vec<String>> = range
            .rows()
            .map(|r| r.iter().map(cell_text).collect())
            .collect();
        let (name, sheet_name) = (origin.to_string(), sheet.clone());
        let grid = Grid {
            origin: origin.to_string(),
            rows,
            locate: Box::new(move |r, c| {
                format!(
                    "{name}:{sheet_name}!{}{}",
                    crate::import::column_letters(left + c as u32),
                    top as usize + r + 1
                )
            }),
        };
        match read_grid(&grid, year) {
            Err(ResultsError::NoHeader { .. }) => {}
            other => return other,
        }
    }
    Err(ResultsError::NoHeader {
        origin: origin.to_string(),
    })
}

/// Refuses a zip whose entries declare more than [`MAX_UNPACKED`] bytes (an old `.xls` is
/// not a zip and is let through to calamine).
fn check_unpacked(bytes: &[u8], origin: &str) -> Result<(), ResultsError> {
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Ok(());
    };
    let mut size = 0u64;
    for i in 0..archive.len() {
        if let Ok(entry) = archive.by_index_raw(i) {
            size = size.saturating_add(entry.size());
        }
    }
    if size > MAX_UNPACKED {
        return Err(ResultsError::Unpacked {
            origin: origin.to_string(),
            size,
            limit: MAX_UNPACKED,
        });
    }
    Ok(())
}

fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Float(f) => format!("{f}"),
        Data::Int(i) => i.to_string(),
        other => other.to_string(),
    }
}

fn read_grid(grid: &Grid, year: i32) -> Result<Results, ResultsError> {
    let header = grid
        .rows
        .iter()
        .take(HEADER_SEARCH)
        .position(|row| {
            let cols: Vec<Option<Col>> = row.iter().map(|h| column_of(h)).collect();
            cols.contains(&Some(Col::Unit)) && cols.contains(&Some(Col::Total))
        })
        .ok_or_else(|| ResultsError::NoHeader {
            origin: grid.origin.clone(),
        })?;
    let headings = &grid.rows[header];
    let find = |col: Col| headings.iter().position(|h| column_of(h) == Some(col));
    let cols = [
        Col::Year,
        Col::Kind,
        Col::Unit,
        Col::Total,
        Col::Rank,
        Col::Of,
        Col::Source,
    ]
    .map(find);
    let mut out = Vec::new();
    for (r, row) in grid.rows.iter().enumerate().skip(header + 1) {
        let cell = |k: usize| cols[k].and_then(|c| row.get(c)).map_or("", |s| s.trim());
        let bad = |k: usize, expected_vi, expected_en| ResultsError::BadCell {
            at: (grid.locate)(r, cols[k].unwrap_or(0)),
            column: cols[k]
                .and_then(|c| headings.get(c))
                .map_or(String::new(), |h| h.trim().to_string()),
            found: cell(k).to_string(),
            expected_vi,
            expected_en,
        };
        // Blank lines and section titles of an annex ("Nhóm A") carry no total.
        if cell(3).is_empty() {
            continue;
        }
        let total = Points::parse(cell(3).trim_end_matches('%'))
            .ok()
            .filter(|t| !t.is_negative())
            .ok_or_else(|| {
                bad(
                    3,
                    "một số điểm không âm (90,09)",
                    "a non-negative score (90.09)",
                )
            })?;
        let unit = cell(2).to_string();
        if unit.is_empty() {
            return Err(bad(2, "tên đơn vị", "a unit's name"));
        }
        let whole = |k: usize, vi, en| -> Result<Option<u32>, ResultsError> {
            let text = cell(k);
            if text.is_empty() {
                return Ok(None);
            }
            // "48/63" gives the rank and, for the rank column, the count.
            let head = text.split('/').next().unwrap_or("").trim();
            head.parse::<u32>().map(Some).map_err(|_| bad(k, vi, en))
        };
        let rank = whole(
            4,
            "một số nguyên dương (48)",
            "a positive whole number (48)",
        )?
        .filter(|&r| r > 0);
        let of = whole(
            5,
            "một số nguyên dương (63)",
            "a positive whole number (63)",
        )?
        .or_else(|| {
            cell(4)
                .split_once('/')
                .and_then(|(_, of)| of.trim().parse().ok())
        });
        let year = match cell(0) {
            "" => year,
            text => text
                .parse::<i32>()
                .ok()
                .filter(|y| (1900..=2200).contains(y))
                .ok_or_else(|| bad(0, "một năm bốn chữ số", "a four-digit year"))?,
        };
        let kind = match cell(1).to_lowercase().as_str() {
            "" | "tỉnh" | "unit" | "province" => RowKind::Unit,
            "trung bình" | "average" => RowKind::Average,
            _ => {
                return Err(bad(
                    1,
                    "\"tỉnh\" hoặc \"trung bình\"",
                    "\"unit\" or \"average\"",
                ));
            }
        };
        out.push(ResultRow {
            year,
            kind,
            unit,
            total,
            rank,
            of,
            source: cell(6).to_string(),
            at: (grid.locate)(r, 0),
        });
    }
    Ok(Results {
        origin: grid.origin.clone(),
        rows: out,
    })
}

/// The published results parindex ships (`assets/results/`), every year it holds.
pub fn embedded_results() -> Result<Results, ResultsError> {
    parse_results_csv(crate::assets::RESULTS_CSV, crate::assets::RESULTS_NAME, 0)
}
