//! RON with the options every parindex document is read and written with.

use ron::extensions::Extensions;
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::error::{LoadError, Origin};

/// Deep enough for any real hierarchy (a field, then criteria nested a few levels), shallow
/// enough that a 10,000-deep file is refused before it can exhaust the stack.
const RECURSION_LIMIT: usize = 96;

fn options() -> ron::Options {
    // `implicit_some` lets hand-written files say `score: 1.5` as well as `score: Some(1.5)`.
    ron::Options::default()
        .with_default_extension(Extensions::IMPLICIT_SOME)
        .with_recursion_limit(RECURSION_LIMIT)
}

/// Parses `text` as a `T`, turning RON's error into one that names the file and position.
pub fn parse<T: DeserializeOwned>(text: &str, origin: &Origin) -> Result<T, LoadError> {
    options()
        .from_str(text)
        .map_err(|err: ron::error::SpannedError| LoadError::Syntax {
            origin: origin.clone(),
            line: err.span.start.line,
            column: err.span.start.col,
            message: describe(&err.code),
        })
}

/// Pretty RON, as a person would write it by hand.
pub fn to_string<T: Serialize>(value: &T) -> Result<String, ron::Error> {
    let config = ron::ser::PrettyConfig::new()
        .struct_names(true)
        .indentor("    ".to_string());
    ron::Options::default().to_string_pretty(value, config)
}

/// RON's messages, with the recursion limit explained in words a person can act on.
fn describe(code: &ron::Error) -> String {
    match code {
        ron::Error::ExceededRecursionLimit => format!(
            "nesting deeper than {RECURSION_LIMIT} levels; a scorecard's criteria nest a few levels at most"
        ),
        other => other.to_string(),
    }
}
