//! Reading a document's text with bounds: size first, then UTF-8 with a located error.

use std::io::Read;
use std::path::Path;

use super::error::{LoadError, Origin};
use super::lexer;

/// No real scorecard comes near this (the 10,000-item national view is about 4 MB); the bound
/// keeps a mistaken multi-gigabyte file from exhausting memory.
pub const MAX_BYTES: u64 = 32 * 1024 * 1024;

/// Reads a file as UTF-8 text.
pub fn read_file(path: &Path) -> Result<String, LoadError> {
    let origin = Origin::File(path.to_path_buf());
    let read_error = |source| LoadError::Read {
        origin: origin.clone(),
        source,
    };
    let metadata = std::fs::metadata(path).map_err(read_error)?;
    if metadata.is_dir() {
        return Err(LoadError::Read {
            origin,
            source: std::io::Error::other("it is a directory, not a file"),
        });
    }
    if metadata.len() > MAX_BYTES {
        return Err(LoadError::TooLarge {
            origin,
            size: metadata.len(),
            limit: MAX_BYTES,
        });
    }
    let file = std::fs::File::open(path).map_err(read_error)?;
    read_bounded(file, origin)
}

/// Reads standard input (or any reader) as UTF-8 text, refusing more than [`MAX_BYTES`].
pub fn read_bounded(reader: impl Read, origin: Origin) -> Result<String, LoadError> {
    let bytes = read_bounded_bytes(reader, &origin)?;
    into_text(bytes, origin)
}

/// Reads at most [`MAX_BYTES`] from `reader`, refusing more.
pub(super) fn read_bounded_bytes(reader: impl Read, origin: &Origin) -> Result<Vec<u8>, LoadError> {
    let mut bytes = Vec::new();
    reader
        .take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|source| LoadError::Read {
            origin: origin.clone(),
            source,
        })?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(LoadError::TooLarge {
            origin: origin.clone(),
            size: bytes.len() as u64,
            limit: MAX_BYTES,
        });
    }
    Ok(bytes)
}

/// UTF-8 or a located error at the first bad byte. A leading byte-order mark (Windows
/// Notepad writes one) is dropped: it is invisible in editors and not part of the document.
pub fn into_text(mut bytes: Vec<u8>, origin: Origin) -> Result<String, LoadError> {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    }
    String::from_utf8(bytes).map_err(|err| {
        let valid = err.utf8_error().valid_up_to();
        let good = &err.as_bytes()[..valid];
        let (line, column) = line_column(good, valid);
        let lossy = String::from_utf8_lossy(err.as_bytes());
        LoadError::NotUtf8 {
            origin,
            line,
            column,
            excerpt: super::error::excerpt(&lossy, line),
        }
    })
}

/// 1-based line and column (in characters) of byte `offset` of `text`'s prefix.
pub(crate) fn line_column(prefix: &[u8], offset: usize) -> (usize, usize) {
    let before = &prefix[..offset.min(prefix.len())];
    let line = before.split(|&b| b == b'\n').count();
    let start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    let column = String::from_utf8_lossy(&before[start..]).chars().count() + 1;
    (line, column)
}

/// 1-based line and column of the first `code: "X"` in a document (outside comments and
/// other strings): where a finding about item X points a person to.
pub fn locate_code(text: &str, code: &str) -> Option<(usize, usize)> {
    lexer::string_fields(text, "code")
        .find(|t| t.text == code)
        .map(|t| (t.line, t.column))
}

/// Every `code: "X"` in a document with its first 1-based line and column, in one pass: what
/// `parindex check` needs for hundreds of findings on a 10,000-item file, where calling
/// [`locate_code`] per finding rescans megabytes each time.
pub fn locate_codes(text: &str) -> std::collections::HashMap<&str, (usize, usize)> {
    let mut found = std::collections::HashMap::new();
    for token in lexer::string_fields(text, "code") {
        found
            .entry(token.text)
            .or_insert((token.line, token.column));
    }
    found
}
