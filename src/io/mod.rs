//! Files: reading and writing scorecards and scenarios with located errors and atomic saves.

mod atomic;
mod csv_out;
mod error;
mod lexer;
mod progress_csv;
pub mod recovery;
mod results;
mod ron_format;
mod ron_words;
mod scenario;
mod text;

use std::path::Path;

pub use csv_out::{csv_bytes, neutralise};
pub use error::{LoadError, Origin};
pub use progress_csv::{progress_csv, save_progress_csv};
pub use results::{
    ResultsError, embedded_results, load_results, parse_results_csv, parse_results_workbook,
};
pub use scenario::{
    Document, load_document, load_scenario, new_scenario, parse_document, parse_scenario,
    save_scenario, scenario_to_string, scorecard_hash,
};
pub use text::{MAX_BYTES, locate_code, locate_codes, read_bounded};

use crate::model::Scorecard;

pub use crate::assets::{EMBEDDED_NAME, EMBEDDED_SCORECARD};

/// The embedded default scorecard, parsed.
pub fn embedded_scorecard() -> Result<Scorecard, LoadError> {
    parse_scorecard(EMBEDDED_SCORECARD, &Origin::Embedded(EMBEDDED_NAME))
}

/// The empty card of a province under the current method (`Tệp → Mới`).
pub fn province_template() -> Result<Scorecard, LoadError> {
    parse_scorecard(
        crate::assets::PROVINCE_TEMPLATE,
        &Origin::Embedded("templates/tinh.ron"),
    )
}

/// Parses scorecard text.
pub fn parse_scorecard(text: &str, origin: &Origin) -> Result<Scorecard, LoadError> {
    ron_format::parse(text, origin)
}

/// Reads and parses a scorecard file.
pub fn load_scorecard(path: &Path) -> Result<Scorecard, LoadError> {
    let text = text::read_file(path)?;
    parse_scorecard(&text, &Origin::File(path.to_path_buf()))
}

/// Reads a document's text from a file, bounded in size and checked as UTF-8.
pub fn read_text(path: &Path) -> Result<String, LoadError> {
    text::read_file(path)
}

/// The scorecard as pretty RON.
pub fn scorecard_to_string(card: &Scorecard) -> Result<String, LoadError> {
    ron_format::to_string(card).map_err(|err| LoadError::Write {
        origin: Origin::Embedded("scorecard"),
        source: std::io::Error::other(err.to_string()),
    })
}

/// Saves a scorecard atomically.
pub fn save_scorecard(card: &Scorecard, path: &Path) -> Result<(), LoadError> {
    let text = scorecard_to_string(card)?;
    atomic::write(path, text.as_bytes())
}

/// Saves a scorecard over the file it was opened from, keeping that file's opening comment
/// block (where a transcriber says what the card is and where its figures come from): RON's
/// writer cannot keep comments inside the data, but the header survives a save.
pub fn save_scorecard_in_place(card: &Scorecard, path: &Path) -> Result<(), LoadError> {
    let header = std::fs::read_to_string(path)
        .map(|old| leading_comments(&old))
        .unwrap_or_default();
    let text = scorecard_to_string(card)?;
    atomic::write(path, format!("{header}{text}").as_bytes())
}

/// The `//` lines (and blank lines between them) a file starts with, at most 100 lines.
pub fn leading_comments(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines().take(100) {
        let trimmed = line.trim_start();
        if trimmed.starts_with("//") || (trimmed.is_empty() && !out.is_empty()) {
            out.push_str(line.trim_end());
            out.push('\n');
        } else {
            break;
        }
    }
    // Blank lines after the block belong to the data, not the header.
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

/// Writes any bytes atomically (exports, scenarios).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), LoadError> {
    atomic::write(path, bytes)
}
