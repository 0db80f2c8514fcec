//! CSV and TSV text to a grid through the csv crate. The separator is not guessed from counts
//! (Vietnamese text is full of commas, and "8,5" is a number): the text is read with each of
//! tab, semicolon and comma, and the one under which the appendix's header names the most
//! columns wins.

use super::error::{ErrorKind, Excerpt, ImportError, Place};
use super::grid::{Grid, Row, Value};
use super::header;
use super::{MAX_CELLS, MAX_COLUMNS};

const SEPARATORS: [u8; 3] = [b'\t', b';', b','];

/// The text as a grid, under the separator that shows the header best.
pub(crate) fn read(text: &str, file: &str) -> Result<Grid, ImportError> {
    let mut best: Option<(usize, Grid)> = None;
    for sep in SEPARATORS {
        // A separator absent from the text cannot be the one.
        if !text.as_bytes().contains(&sep) && best.is_some() {
            continue;
        }
        let grid = parse(text, sep, file)?;
        let named = header::find(&grid).map_or(0, |h| h.columns.len());
        if best.as_ref().is_none_or(|(n, _)| named > *n) {
            best = Some((named, grid));
        }
    }
    Ok(best.map(|(_, g)| g).unwrap_or_default())
}

fn parse(text: &str, sep: u8, file: &str) -> Result<Grid, ImportError> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(sep)
        .from_reader(text.as_bytes());
    // Line numbers from byte offsets: the reader's own count skips blank lines, and a person
    // looks a line up in an editor that counts them.
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let line_of = |byte: u64| -> u64 {
        let byte = usize::try_from(byte).unwrap_or(usize::MAX);
        line_starts.partition_point(|&start| start <= byte) as u64
    };
    let mut rows = Vec::new();
    let mut cells_left = MAX_CELLS;
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(err) => {
                let line = err.position().map_or(0, |p| line_of(p.byte()));
                return Err(ImportError::new(
                    file,
                    Place::Line { line, field: 1 },
                    ErrorKind::Damaged {
                        detail: err.to_string(),
                    },
                ));
            }
        }
        let line = record.position().map_or(0, |p| line_of(p.byte()));
        let cells: Vec<Option<Value>> = record
            .iter()
            .take(MAX_COLUMNS)
            .map(|c| (!c.trim().is_empty()).then(|| Value::Text(c.to_string())))
            .collect();
        let filled = cells.iter().flatten().count();
        if filled == 0 {
            continue;
        }
        if filled > cells_left {
            return Err(ImportError::new(
                file,
                Place::Line { line, field: 1 },
                ErrorKind::TooManyCells { limit: MAX_CELLS },
            ));
        }
        cells_left -= filled;
        rows.push(Row {
            index: u32::try_from(line).unwrap_or(u32::MAX),
            cells,
        });
    }
    Ok(Grid {
        sheet: None,
        rows,
        merges: Vec::new(),
        separator: Some(sep),
    })
}

/// The line of a `Place::Line` error and where its field starts, counting separators outside
/// quotes.
pub(crate) fn excerpt(text: &str, line: u64, field: usize, sep: u8) -> Option<Excerpt> {
    let index = usize::try_from(line.checked_sub(1)?).ok()?;
    let raw = text.split('\n').nth(index)?.trim_end_matches('\r');
    let sep = char::from(sep);
    let mut seen = 1;
    let mut quoted = false;
    let mut column = 0;
    for (i, c) in raw.chars().enumerate() {
        if seen == field {
            column = i;
            break;
        }
        if c == '"' {
            quoted = !quoted;
        } else if c == sep && !quoted {
            seen += 1;
            column = i + 1;
        }
    }
    if seen < field || column > Excerpt::MAX_CHARS {
        return None;
    }
    Some(Excerpt {
        line: raw.chars().take(Excerpt::MAX_CHARS).collect(),
        column,
    })
}
