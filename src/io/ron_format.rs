//! RON with the options every parindex document is read and written with.

use ron::extensions::Extensions;
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::error::{LoadError, Origin, excerpt};
use super::ron_words::{RECURSION_LIMIT, describe, hint};

fn options() -> ron::Options {
    // `implicit_some` lets hand-written files say `score: 1.5` as well as `score: Some(1.5)`.
    ron::Options::default()
        .with_default_extension(Extensions::IMPLICIT_SOME)
        .with_recursion_limit(RECURSION_LIMIT)
}

/// Parses `text` as a `T`, turning RON's error into one that names the file and position,
/// quotes the line and says in both languages what would be accepted.
pub fn parse<T: DeserializeOwned>(text: &str, origin: &Origin) -> Result<T, LoadError> {
    if text.trim().is_empty() {
        return Err(LoadError::Syntax {
            origin: origin.clone(),
            line: 1,
            column: 1,
            vi: "tệp trống; cần một tài liệu như `Scorecard(...)`".to_string(),
            en: "the file is empty; expected a document such as `Scorecard(...)`".to_string(),
            excerpt: String::new(),
        });
    }
    options()
        .from_str(text)
        .map_err(|err: ron::error::SpannedError| {
            let (line, column) = next_token(text, err.span.start.line, err.span.start.col);
            let start = err.span.start;
            let (mut vi, mut en) = describe(&err.code);
            let excerpt = excerpt(text, line);
            if let Some((hint_vi, hint_en)) = hint(&excerpt, column) {
                vi = format!("{vi}; {hint_vi}");
                en = format!("{en}; {hint_en}");
            }
            if start.line >= last_line(text) {
                vi.push_str(" (văn bản kết thúc ở đây: tệp bị cắt cụt?)");
                en.push_str(" (the text ends here: is the file truncated?)");
            }
            LoadError::Syntax {
                origin: origin.clone(),
                line,
                column,
                vi,
                en,
                excerpt,
            }
        })
}

/// RON reports a type error where the whitespace before the value starts; a person looks for
/// the value itself, so move forward past whitespace to it.
fn next_token(text: &str, line: usize, column: usize) -> (usize, usize) {
    let Some(rest) = text.split('\n').nth(line.saturating_sub(1)) else {
        return (line, column);
    };
    let skipped = rest
        .chars()
        .skip(column.saturating_sub(1))
        .take_while(|c| c.is_whitespace())
        .count();
    let at_end = rest.chars().count() < column + skipped;
    if at_end {
        (line, column)
    } else {
        (line, column + skipped)
    }
}

/// The 1-based number of the last line with text. An error there almost always means the
/// parser ran out of text, which a person fixes differently from a typo.
fn last_line(text: &str) -> usize {
    text.trim_end().split('\n').count()
}

/// Pretty RON, as a person would write it by hand.
pub fn to_string<T: Serialize>(value: &T) -> Result<String, ron::Error> {
    let config = ron::ser::PrettyConfig::new()
        .struct_names(true)
        .indentor("    ".to_string());
    ron::Options::default().to_string_pretty(value, config)
}
