//! Nhập từ Excel: the appendix table of a remediation plan, as provinces publish it (XLSX, or
//! CSV/TSV text as Word and Excel put on the clipboard), read into a scorecard, with how every
//! row was understood. Pure core: no UI, no files; the caller passes bytes or text.
//!
//! See docs/IMPORT.md for what is read and the rules applied.

mod assemble;
mod delimited;
mod error;
mod grid;
mod header;
mod info;
mod note;
mod placement;
mod plan_cell;
mod reading;
mod rows;
mod summary;
mod title;
mod tree;
mod words;
mod xlsx;
mod zip_guard;

pub use error::{Column, ErrorKind, Excerpt, ImportError, Place, column_letters};
pub use note::Note;
pub use reading::{Detail, RowKind, RowReading, Skip};
pub use zip_guard::{MAX_ENTRIES, MAX_INFLATED_BYTES};

use crate::model::Scorecard;

/// The largest file imported: the same bound as a scorecard file.
pub const MAX_IMPORT_BYTES: u64 = crate::io::MAX_BYTES;

/// The most filled cells read from a workbook (all sheets) or a text; an appendix has a few
/// hundred, a national 10,000-item table about 100,000.
pub const MAX_CELLS: usize = 500_000;

/// Columns past this are ignored: an appendix has about ten.
pub const MAX_COLUMNS: usize = 64;

/// The deepest code read: 1.3.2 is 3 levels.
pub const MAX_DEPTH: usize = 8;

/// Tùy chọn nhập: what the person states instead of letting the table say it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// The sheet holding the appendix; otherwise the first sheet with its header.
    pub sheet: Option<String>,
    /// The assessed year; otherwise the score heading's "(năm …)" or the summary table's.
    pub year: Option<i32>,
    /// The unit ("UBND tỉnh …"); otherwise read from the title rows.
    pub unit: Option<String>,
}

/// Kết quả nhập: the card and how it was read, for a preview before it replaces anything.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    pub card: Scorecard,
    /// Every row from the title down, in order, and what it became.
    pub rows: Vec<RowReading>,
    /// Remarks on the whole table.
    pub notes: Vec<Note>,
}

/// Reads an XLSX workbook. The zip is checked for a decompression bomb before anything is
/// inflated for reading.
pub fn read_workbook(
    bytes: &[u8],
    file_name: &str,
    options: &Options,
) -> Result<Imported, ImportError> {
    check_size(bytes.len(), file_name)?;
    let grids = xlsx::read(bytes, file_name, options.sheet.as_deref())?;
    assemble::import(&grids, file_name, options, Vec::new())
}

/// The sheets of an XLSX workbook, in order (for choosing the one holding the appendix); the
/// zip is checked for a decompression bomb first.
pub fn sheet_names(bytes: &[u8], file_name: &str) -> Result<Vec<String>, ImportError> {
    check_size(bytes.len(), file_name)?;
    xlsx::sheet_names(bytes, file_name)
}

/// Reads CSV or TSV text: tab-separated (what Word and Excel put on the clipboard), or
/// comma- or semicolon-separated; the separator under which the header is found wins. A
/// leading byte-order mark is dropped.
pub fn read_delimited(
    text: &str,
    file_name: &str,
    options: &Options,
) -> Result<Imported, ImportError> {
    check_size(text.len(), file_name)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let grid = delimited::read(text, file_name)?;
    let notes = if options.sheet.is_some() {
        vec![Note::SheetIgnored]
    } else {
        Vec::new()
    };
    let options = Options {
        sheet: None,
        ..options.clone()
    };
    let separator = grid.separator.unwrap_or(b'\t');
    assemble::import(&[grid], file_name, &options, notes).map_err(|mut err| {
        if let Place::Line { line, field } = err.place {
            err.excerpt = delimited::excerpt(text, line, field, separator).map(Box::new);
        }
        err
    })
}

/// Reads a file's bytes: a `.xlsx` name or a zip is a workbook, UTF-8 text is CSV/TSV; an old
/// `.xls` or text in another encoding is refused with a message saying how to save it.
pub fn read_bytes(
    bytes: &[u8],
    file_name: &str,
    options: &Options,
) -> Result<Imported, ImportError> {
    check_size(bytes.len(), file_name)?;
    let extension = std::path::Path::new(file_name)
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase());
    if matches!(extension.as_deref(), Some("xlsx" | "xlsm"))
        || bytes.starts_with(b"PK")
        || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0])
        || bytes.is_empty()
    {
        return read_workbook(bytes, file_name, options);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => read_delimited(text, file_name, options),
        Err(err) => {
            let line = bytes[..err.valid_up_to()].split(|&b| b == b'\n').count() as u64;
            Err(ImportError::new(
                file_name,
                Place::File,
                ErrorKind::NotUtf8 { line },
            ))
        }
    }
}

fn check_size(size: usize, file: &str) -> Result<(), ImportError> {
    let size = size as u64;
    if size > MAX_IMPORT_BYTES {
        return Err(ImportError::new(
            file,
            Place::File,
            ErrorKind::TooLarge {
                size,
                limit: MAX_IMPORT_BYTES,
            },
        ));
    }
    Ok(())
}
