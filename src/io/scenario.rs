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
            excerpt: super::error::excerpt(text, line),
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
        .map(|c| (("điểm dự kiến của", "projected score for"), c))
        .or_else(|| {
            changes
                .projection
                .surveys
                .keys()
                .find(|c| card.field(c).is_none())
                .map(|c| (("điểm điều tra của lĩnh vực", "survey score for field"), c))
        })
        .or_else(|| {
            changes
                .accepted
                .iter()
                .find(|c| !item_or_field(c))
                .map(|c| {
                    (
                        ("hiệu chỉnh đã chấp nhận cho", "accepted correction for"),
                        c,
                    )
                })
        })
        .or_else(|| {
            changes.statuses.keys().find(|c| !has_plan(c)).map(|c| {
                (
                    (
                        "tình trạng của tiêu chí có kế hoạch",
                        "status for an item with a plan:",
                    ),
                    c,
                )
            })
        })
        .or_else(|| {
            changes
                .evidence
                .keys()
                .find(|c| !item_or_field(c))
                .map(|c| (("tài liệu kiểm chứng của", "evidence for"), c))
        })
        .or_else(|| {
            // Efforts, partial recovery and feasibility belong to items without sub-criteria.
            let leaf = |code: &str| card.item(code).is_some_and(|i| i.items.is_empty());
            let what = (
                "công sức của tiêu chí không có tiêu chí con",
                "effort for an item without sub-criteria:",
            );
            changes
                .efforts
                .keys()
                .find(|c| !leaf(c))
                .map(|c| (what, c))
                .or_else(|| {
                    let what = (
                        "khôi phục một phần của tiêu chí không có tiêu chí con",
                        "partial recovery for an item without sub-criteria:",
                    );
                    changes.partial.iter().find(|c| !leaf(c)).map(|c| (what, c))
                })
                .or_else(|| {
                    let what = (
                        "tính khả thi của tiêu chí không có tiêu chí con",
                        "feasibility for an item without sub-criteria:",
                    );
                    changes
                        .feasible
                        .keys()
                        .find(|c| !leaf(c))
                        .map(|c| (what, c))
                })
        })
        .or_else(|| {
            changes
                .confidence
                .keys()
                .find(|c| !item_or_field(c))
                .map(|c| (("độ tin cậy của", "confidence for"), c))
        })
        .or_else(|| {
            changes
                .survey_ranges
                .keys()
                .find(|c| card.field(c).is_none())
                .map(|c| {
                    (
                        ("khoảng điều tra XHH của lĩnh vực", "survey range for field"),
                        c,
                    )
                })
        })
        .or_else(|| {
            changes
                .merges
                .iter()
                .flat_map(|m| &m.items)
                .map(|i| &i.code)
                .find(|c| !has_plan(c))
                .map(|c| {
                    (
                        (
                            "báo cáo đã tiếp nhận của tiêu chí có kế hoạch",
                            "merged report for an item with a plan:",
                        ),
                        c,
                    )
                })
        });
    // Point at the code inside `changes`, not at the same code in the base.
    let from = lexer::field(text, "changes").map_or(0, |t| t.offset);
    let Some((what, code)) = bad else {
        check_survey_ranges(scenario, text, origin)?;
        return check_goal_values(scenario, text, from, origin);
    };
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
        excerpt: super::error::excerpt(text, line),
    })
}

/// A survey range must lie within [0, the field's survey maximum]: a range past the maximum is
/// a typo that would otherwise be silently cut.
fn check_survey_ranges(scenario: &Scenario, text: &str, origin: &Origin) -> Result<(), LoadError> {
    for (code, range) in &scenario.changes.survey_ranges {
        let Some(field) = scenario.base.field(code) else {
            continue;
        };
        let max = field.survey.max;
        if range.low.is_negative() || range.high > max {
            let (line, column) = locate_in_changes(text, "survey_ranges", code);
            return Err(LoadError::Syntax {
                origin: origin.clone(),
                line,
                column,
                vi: format!(
                    "khoảng điều tra XHH của LV{code} ({}–{}) phải nằm trong 0–{}, điểm tối đa phần điều tra của lĩnh vực",
                    range.low.vi(),
                    range.high.vi(),
                    max.vi()
                ),
                en: format!(
                    "the survey range of field {code} ({}–{}) must lie within 0–{}, the field's survey maximum",
                    range.low.en(),
                    range.high.en(),
                    max.en()
                ),
                excerpt: super::error::excerpt(text, line),
            });
        }
    }
    Ok(())
}

/// Where `code` stands as a string after the `section:` key (a map inside `changes`), not at the
/// same code in the base; (1, 1) when it cannot be found.
fn locate_in_changes(text: &str, section: &str, code: &str) -> (usize, usize) {
    let from = lexer::field(text, "changes").map_or(0, |t| t.offset);
    let from = if section == "changes" {
        from
    } else {
        lexer::tokens(text)
            .skip_while(|t| t.offset < from)
            .find(|t| t.kind == lexer::Kind::Ident && t.text == section)
            .map_or(from, |t| t.offset)
    };
    lexer::tokens(text)
        .skip_while(|t| t.offset < from)
        .find(|t| t.kind == lexer::Kind::Str && t.text == code)
        .map_or((1, 1), |t| (t.line, t.column))
}

/// A negative effort, or a target outside the index's range, is refused where it stands.
fn check_goal_values(
    scenario: &Scenario,
    text: &str,
    from: usize,
    origin: &Origin,
) -> Result<(), LoadError> {
    let changes = &scenario.changes;
    let located = |(line, column): (usize, usize), vi: String, en: String| LoadError::Syntax {
        origin: origin.clone(),
        line,
        column,
        vi,
        en,
        excerpt: super::error::excerpt(text, line),
    };
    if let Some((code, effort)) = changes.efforts.iter().find(|(_, e)| e.is_negative()) {
        let at = lexer::tokens(text)
            .skip_while(|t| t.offset < from)
            .find(|t| t.kind == lexer::Kind::Str && t.text == code.as_str())
            .map_or((1, 1), |t| (t.line, t.column));
        return Err(located(
            at,
            format!("cần công sức từ 0 trở lên cho \"{code}\", nhưng thấy {effort}"),
            format!("expected an effort of 0 or more for \"{code}\", found {effort}"),
        ));
    }
    // The index's maximum is the method's (100 for a province when the card names none).
    let max = scenario
        .base
        .method
        .as_ref()
        .map_or(crate::model::Method::DEFAULT_TOTAL_MAX, |m| m.total_max);
    if let Some(target) = changes.target.filter(|t| t.is_negative() || *t > max) {
        let mut previous: Option<lexer::Token<'_>> = None;
        let at = lexer::tokens(text)
            .skip_while(|t| t.offset < from)
            .find_map(|t| {
                let hit = previous
                    .filter(|p| p.kind == lexer::Kind::Ident && p.text == "target" && t.text == ":")
                    .map(|p| (p.line, p.column));
                previous = Some(t);
                hit
            })
            .unwrap_or((1, 1));
        return Err(located(
            at,
            format!(
                "cần chỉ số mục tiêu từ 0 đến {}, nhưng thấy {}",
                max.vi(),
                target.vi()
            ),
            format!("expected a target index between 0 and {max}, found {target}"),
        ));
    }
    Ok(())
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
                excerpt: super::error::excerpt(text, line),
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
