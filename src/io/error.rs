//! Load and save errors, each naming the file and, where the text is at fault, the line and
//! column and what was expected there.

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

/// Why a document could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file system refused (missing file, a directory, no permission).
    #[error("{origin}: cannot read: {source}")]
    Read {
        origin: Origin,
        #[source]
        source: std::io::Error,
    },
    #[error("{origin}: cannot write: {source}")]
    Write {
        origin: Origin,
        #[source]
        source: std::io::Error,
    },
    #[error("{origin}: the file is {size} bytes; a scorecard may be at most {limit} bytes")]
    TooLarge {
        origin: Origin,
        size: u64,
        limit: u64,
    },
    #[error("{origin}:{line}:{column}: expected UTF-8 text, found a byte that is not")]
    NotUtf8 {
        origin: Origin,
        line: usize,
        column: usize,
    },
    /// The text is not a valid document: RON syntax, a wrong type, a missing or unknown field,
    /// a number that cannot be a score, an unknown format version, nesting too deep.
    #[error("{origin}:{line}:{column}: {message}")]
    Syntax {
        origin: Origin,
        line: usize,
        column: usize,
        message: String,
    },
    /// A scenario whose embedded base scorecard no longer matches the hash saved with it: the
    /// base was edited after the scenario was saved.
    #[error(
        "{origin}:{line}:{column}: the embedded base scorecard was changed after this scenario was saved (base_hash is {expected}, the base now hashes to {found}); refusing to apply the scenario's changes to a different base"
    )]
    BaseChanged {
        origin: Origin,
        line: usize,
        column: usize,
        expected: String,
        found: String,
    },
    /// A scenario's changes name a code its base does not have.
    #[error("{origin}:{line}:{column}: {what} \"{code}\" is not in the scenario's base scorecard")]
    UnknownCode {
        origin: Origin,
        line: usize,
        column: usize,
        what: &'static str,
        code: String,
    },
    /// The text is neither a scorecard nor a scenario.
    #[error(
        "{origin}:{line}:{column}: expected a `Scorecard(` or `Scenario(` document, found {found}"
    )]
    UnknownDocument {
        origin: Origin,
        line: usize,
        column: usize,
        found: String,
    },
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
}
