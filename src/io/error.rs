//! Load and save errors, each naming the file and, where the text is at fault, the line and
//! column, the line itself with a caret under the spot, and what would be accepted there — in
//! Vietnamese first (the officer's language) and in English.

use std::fmt;
use std::path::PathBuf;

/// Where a document came from, for messages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    File(PathBuf),
    Stdin,
    Embedded(&'static str),
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::File(path) => write!(f, "{}", path.display()),
            Origin::Stdin => f.write_str("<stdin>"),
            Origin::Embedded(name) => write!(f, "<embedded {name}>"),
        }
    }
}

/// Why a document could not be read or written. `Display` is the Vietnamese one-line message;
/// [`LoadError::message`] and [`LoadError::report`] give either language.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file system refused (missing file, a directory, no permission).
    #[error("{}", self.message(true))]
    Read {
        origin: Origin,
        #[source]
        source: std::io::Error,
    },
    #[error("{}", self.message(true))]
    Write {
        origin: Origin,
        #[source]
        source: std::io::Error,
    },
    #[error("{}", self.message(true))]
    TooLarge {
        origin: Origin,
        size: u64,
        limit: u64,
    },
    #[error("{}", self.message(true))]
    NotUtf8 {
        origin: Origin,
        line: usize,
        column: usize,
        excerpt: String,
    },
    /// The text is not a valid document: RON syntax, a wrong type, a missing or unknown field,
    /// a number that cannot be a score, an unknown format version, nesting too deep.
    #[error("{}", self.message(true))]
    Syntax {
        origin: Origin,
        line: usize,
        column: usize,
        vi: String,
        en: String,
        excerpt: String,
    },
    /// A scenario whose embedded base scorecard no longer matches the hash saved with it: the
    /// base was edited after the scenario was saved.
    #[error("{}", self.message(true))]
    BaseChanged {
        origin: Origin,
        line: usize,
        column: usize,
        expected: String,
        found: String,
        excerpt: String,
    },
    /// A scenario's changes name a code its base does not have.
    #[error("{}", self.message(true))]
    UnknownCode {
        origin: Origin,
        line: usize,
        column: usize,
        /// What the code was for: (Vietnamese, English).
        what: (&'static str, &'static str),
        code: String,
        excerpt: String,
    },
    /// The text is neither a scorecard nor a scenario.
    #[error("{}", self.message(true))]
    UnknownDocument {
        origin: Origin,
        line: usize,
        column: usize,
        found: String,
        excerpt: String,
    },
}

/// The operating system's reason in Vietnamese, where it is a common one.
fn io_reason(source: &std::io::Error, vi: bool) -> String {
    use std::io::ErrorKind as K;
    if !vi {
        return source.to_string();
    }
    match source.kind() {
        K::NotFound => "không tìm thấy tệp".to_string(),
        K::PermissionDenied => "không có quyền truy cập".to_string(),
        K::IsADirectory => "đây là thư mục, không phải tệp".to_string(),
        K::StorageFull => "ổ đĩa đã đầy".to_string(),
        K::ReadOnlyFilesystem => "ổ đĩa chỉ đọc".to_string(),
        _ if source.to_string().contains("directory, not a file") => {
            "đây là thư mục, không phải tệp".to_string()
        }
        _ => source.to_string(),
    }
}

impl LoadError {
    /// The line and column the error points at, if it points into the text.
    pub fn position(&self) -> Option<(usize, usize)> {
        match self {
            LoadError::NotUtf8 { line, column, .. }
            | LoadError::Syntax { line, column, .. }
            | LoadError::BaseChanged { line, column, .. }
            | LoadError::UnknownCode { line, column, .. }
            | LoadError::UnknownDocument { line, column, .. } => Some((*line, *column)),
            _ => None,
        }
    }

    fn origin(&self) -> &Origin {
        match self {
            LoadError::Read { origin, .. }
            | LoadError::Write { origin, .. }
            | LoadError::TooLarge { origin, .. }
            | LoadError::NotUtf8 { origin, .. }
            | LoadError::Syntax { origin, .. }
            | LoadError::BaseChanged { origin, .. }
            | LoadError::UnknownCode { origin, .. }
            | LoadError::UnknownDocument { origin, .. } => origin,
        }
    }

    /// The offending line of a located error.
    pub fn excerpt(&self) -> Option<&str> {
        match self {
            LoadError::NotUtf8 { excerpt, .. }
            | LoadError::Syntax { excerpt, .. }
            | LoadError::BaseChanged { excerpt, .. }
            | LoadError::UnknownCode { excerpt, .. }
            | LoadError::UnknownDocument { excerpt, .. } => Some(excerpt),
            _ => None,
        }
    }

    /// What went wrong, without the place.
    fn reason(&self, vi: bool) -> String {
        match self {
            LoadError::Read { source, .. } if vi => {
                format!("không đọc được: {}", io_reason(source, true))
            }
            LoadError::Read { source, .. } => format!("cannot read: {source}"),
            LoadError::Write { source, .. } if vi => {
                format!("không ghi được: {}", io_reason(source, true))
            }
            LoadError::Write { source, .. } => format!("cannot write: {source}"),
            LoadError::TooLarge { size, limit, .. } if vi => {
                format!("tệp nặng {size} byte; bảng điểm chỉ được tối đa {limit} byte")
            }
            LoadError::TooLarge { size, limit, .. } => {
                format!("the file is {size} bytes; a scorecard may be at most {limit} bytes")
            }
            LoadError::NotUtf8 { .. } if vi => "cần văn bản UTF-8 nhưng gặp một byte không phải UTF-8 (tệp lưu bằng bảng mã khác? hãy lưu lại dưới dạng UTF-8)".to_string(),
            LoadError::NotUtf8 { .. } => {
                "expected UTF-8 text, found a byte that is not (save the file as UTF-8)".to_string()
            }
            LoadError::Syntax { vi: text, .. } if vi => text.clone(),
            LoadError::Syntax { en, .. } => en.clone(),
            LoadError::BaseChanged {
                expected, found, ..
            } if vi => format!(
                "bảng điểm gốc trong kịch bản đã bị sửa sau khi lưu (base_hash là {expected}, bảng điểm gốc hiện có mã {found}); không áp dụng các thay đổi của kịch bản lên một bảng điểm khác"
            ),
            LoadError::BaseChanged {
                expected, found, ..
            } => format!(
                "the embedded base scorecard was changed after this scenario was saved (base_hash is {expected}, the base now hashes to {found}); refusing to apply the scenario's changes to a different base"
            ),
            LoadError::UnknownCode { what, code, .. } if vi => {
                format!("{} \"{code}\" không có trong bảng điểm gốc của kịch bản", what.0)
            }
            LoadError::UnknownCode { what, code, .. } => {
                format!("{} \"{code}\" is not in the scenario's base scorecard", what.1)
            }
            LoadError::UnknownDocument { found, .. } if vi => {
                format!("cần một tài liệu `Scorecard(` hoặc `Scenario(`, nhưng thấy {found}")
            }
            LoadError::UnknownDocument { found, .. } => {
                format!("expected a `Scorecard(` or `Scenario(` document, found {found}")
            }
        }
    }

    /// One line: `file:line:column: what went wrong and what would be accepted`.
    pub fn message(&self, vi: bool) -> String {
        let place = match self.position() {
            Some((line, column)) => format!("{}:{line}:{column}", self.origin()),
            None => self.origin().to_string(),
        };
        format!("{place}: {}", self.reason(vi))
    }

    /// The message, then the offending line with a caret under the spot.
    pub fn report(&self, vi: bool) -> String {
        let mut out = self.message(vi);
        if let (Some((line, column)), Some(excerpt)) = (self.position(), self.excerpt())
            && !excerpt.is_empty()
        {
            let number = line.to_string();
            let pad = " ".repeat(number.len());
            // A long line is shown around the spot, so the caret stays on screen.
            let skip = column.saturating_sub(61);
            let shown: String = excerpt.chars().skip(skip).take(120).collect();
            let shown = if skip > 0 {
                format!("…{shown}")
            } else {
                shown
            };
            // The caret sits under the column'th character; tabs keep their width.
            let lead: String = shown
                .chars()
                .take(column.saturating_sub(1 + skip) + usize::from(skip > 0))
                .map(|c| if c == '\t' { '\t' } else { ' ' })
                .collect();
            out.push_str(&format!("\n {number} | {shown}\n {pad} | {lead}^"));
        }
        out
    }
}

/// The text of 1-based `line`, as a person sees it: no line end, control characters shown as
/// "�", bounded (a minified file is one long line; the report shows a window of it).
pub(crate) fn excerpt(text: &str, line: usize) -> String {
    let raw = text.split('\n').nth(line.saturating_sub(1)).unwrap_or("");
    raw.trim_end_matches('\r')
        .chars()
        .take(4000)
        .map(|c| {
            if c.is_control() && c != '\t' {
                '\u{fffd}'
            } else {
                c
            }
        })
        .collect()
}
