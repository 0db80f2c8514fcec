//! Scenario files: hashing the embedded base, loading with the hash checked, saving
//! atomically, and telling a scenario from a scorecard by its root struct name.

use std::fmt::Write as _;
use std::path::Path;

use sha2::{Digest, Sha256};

use crate::model::{Changes, Scenario, Scorecard, timestamp_utc};

use super::error::{LoadError, Origin};
use super::{atomic, lexer, ron_format, text};

/// A document as read from a file: a bare scorecard or a scenario built on one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Document {
    Scorecard(Scorecard),
    /// Boxed: a scenario carries a whole scorecard and more.
    Scenario(Box<Scenario>),
}

impl Document {
    /// The scorecard the figures come from.
    pub fn card(&self) -> &Scorecard {
        match self {
            Document::Scorecard(card) => card,
            Document::Scenario(scenario) => &scenario.base,
        }
    }

    /// The saved changes: none for a scorecard.
    pub fn changes(&self) -> Changes {
        match self {
            Document::Scorecard(_) => Changes::default(),
            Document::Scenario(scenario) => scenario.changes.clone(),
        }
    }
}

/// SHA-256, lower-case hex, of the scorecard's canonical RON (as `scorecard_to_string` writes
/// it): the same content hashes the same whatever its layout in the file.
pub fn scorecard_hash(card: &Scorecard) -> Result<String, LoadError> {
    let canonical = super::scorecard_to_string(card)?;
    let digest = Sha256::digest(canonical.as_bytes());
    let mut hex = String::with_capacity(64);
    for byte in digest {
        let _ = write!(hex, "{byte:02x}");
    }
    Ok(hex)
}

/// A new scenario on `base`, created and modified now.
pub fn new_scenario(name: &str, base: Scorecard, changes: Changes) -> Result<Scenario, LoadError> {
    let now = timestamp_utc();
    Ok(Scenario {
        format: 1,
        name: name.to_string(),
        description: String::new(),
        author: String::new(),
        created: now.clone(),
        modified: now,
        base_hash: scorecard_hash(&base)?,
        base,
        changes,
    })
}

/// Parses scenario text and checks the base against its hash.
pub fn parse_scenario(text: &str, origin: &Origin) -> Result<Scenario, LoadError> {
    let scenario: Scenario = ron_format::parse(text, origin)?;
    let found = scorecard_hash(&scenario.base)?;
    if !found.eq_ignore_ascii_case(&scenario.base_hash) {
        let (line, column) = lexer::field(text, "base_hash").map_or((1, 1), |t| (t.line, t.column));
        return Err(LoadError::BaseChanged {
            origin: origin.clone(),
            line,
            column,
            expected: scenario.base_hash,
            found,
        });
    }
    check_codes(&scenario, text, origin)?;
    Ok(scenario)
}

/// Every code the changes name must exist in the base (a status only on an item with a plan),
/// or a hand-edited typo would be silently ignored.
fn check_codes(scenario: &Scenario, text: &str, origin: &Origin) -> Result<(), LoadError> {
    let card = &scenario.base;
    let changes = &scenario.changes;
    let item_or_field = |code: &str| card.field(code).is_some() || card.item(code).is_some();
    let has_plan = |code: &str| {
        card.field(code).is_some_and(|f| f.plan.is_some())
            || card.item(code).is_some_and(|i| i.plan.is_some())
    };
    let bad = changes
        .projection
        .scores
        .keys()
        .find(|c| !item_or_field(c))
        .map(|c| ("projected score for", c))
        .or_else(|| {
            changes
                .projection
                .surveys
                .keys()
                .find(|c| card.field(c).is_none())
                .map(|c| ("survey score for field", c))
        })
        .or_else(|| {
            changes
                .accepted
                .iter()
                .find(|c| !item_or_field(c))
                .map(|c| ("accepted correction for", c))
        })
        .or_else(|| {
            changes
                .statuses
                .keys()
                .find(|c| !has_plan(c))
                .map(|c| ("status for an item with a plan:", c))
        })
        .or_else(|| {
            changes
                .evidence
                .keys()
                .find(|c| !item_or_field(c))
                .map(|c| ("evidence for", c))
        })
        .or_else(|| {
            changes
                .merges
                .iter()
                .flat_map(|m| &m.items)
                .map(|i| &i.code)
                .find(|c| !has_plan(c))
                .map(|c| ("merged report for an item with a plan:", c))
        });
    let Some((what, code)) = bad else {
        return Ok(());
    };
    // Point at the code inside `changes`, not at the same code in the base.
    let from = lexer::field(text, "changes").map_or(0, |t| t.offset);
    let (line, column) = lexer::tokens(text)
        .skip_while(|t| t.offset < from)
        .find(|t| t.kind == lexer::Kind::Str && t.text == code.as_str())
        .map_or((1, 1), |t| (t.line, t.column));
    Err(LoadError::UnknownCode {
        origin: origin.clone(),
        line,
        column,
        what,
        code: code.clone(),
    })
}

/// Reads and parses a scenario file.
pub fn load_scenario(path: &Path) -> Result<Scenario, LoadError> {
    let text = text::read_file(path)?;
    parse_scenario(&text, &Origin::File(path.to_path_buf()))
}

/// The scenario as pretty RON, with `base_hash` recomputed so the file is always consistent.
pub fn scenario_to_string(scenario: &Scenario) -> Result<String, LoadError> {
    let mut out = scenario.clone();
    out.base_hash = scorecard_hash(&scenario.base)?;
    let body = ron_format::to_string(&out).map_err(|err| LoadError::Write {
        origin: Origin::Embedded("scenario"),
        source: std::io::Error::other(err.to_string()),
    })?;
    Ok(format!(
        "// Kịch bản parindex: a base scorecard and the changes made on it. See docs/SCENARIOS.md.\n{body}\n"
    ))
}

/// Saves a scenario atomically: the old file stays intact if anything fails.
pub fn save_scenario(scenario: &Scenario, path: &Path) -> Result<(), LoadError> {
    let text = scenario_to_string(scenario)?;
    atomic::write(path, text.as_bytes())
}

/// Parses a scorecard or a scenario, told apart by the root struct name.
pub fn parse_document(text: &str, origin: &Origin) -> Result<Document, LoadError> {
    let (offset, name) = root_name(text);
    match name {
        "Scenario" => parse_scenario(text, origin).map(|s| Document::Scenario(Box::new(s))),
        // An unnamed root `(` is read as a scorecard, whose parser then says what is wrong.
        "Scorecard" | "" => ron_format::parse(text, origin).map(Document::Scorecard),
        other => {
            let (line, column) = text::line_column(text.as_bytes(), offset);
            Err(LoadError::UnknownDocument {
                origin: origin.clone(),
                line,
                column,
                found: format!("`{other}`"),
            })
        }
    }
}

/// Reads a file that may be a scorecard or a scenario.
pub fn load_document(path: &Path) -> Result<Document, LoadError> {
    let text = text::read_file(path)?;
    parse_document(&text, &Origin::File(path.to_path_buf()))
}

/// The byte offset and identifier of the document's root, after comments and whitespace.
fn root_name(text: &str) -> (usize, &str) {
    let body = text.trim_start_matches('\u{feff}');
    let first = lexer::tokens(body).next().map_or(body.len(), |t| t.offset);
    let offset = text.len() - body.len() + first;
    let rest = &text[offset..];
    let end = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(rest.len());
    (offset, &rest[..end])
}
