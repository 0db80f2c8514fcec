//! From grids to a card: find the appendix and its header, read the rows, place the plans,
//! build the tree, check the total row, apply the summary table, label the card.

use crate::model::{FORMAT_VERSIONS, Field, Points, Published, Scorecard};

use super::error::{Column, ErrorKind, ImportError, Place, column_letters};
use super::grid::Grid;
use super::header::{self, Header};
use super::info::{self, FieldParts, Info};
use super::note::Note;
use super::reading::{RowKind, RowReading};
use super::summary::{self, Summary};
use super::{Imported, Options, placement, rows, title, tree};

/// Published whole figures carry two decimals: a whole below its self part by less than
/// this is rounding.
const PUBLISHED_PRECISION: Points = Points::from_units(100);

/// Title rows read for the unit and source; a title is a few lines.
const MAX_TITLE_ROWS: usize = 40;

/// Characters of a title row read for the unit and source.
const MAX_TITLE_CHARS: usize = 2_000;

pub(crate) fn import(
    grids: &[Grid],
    file: &str,
    options: &Options,
    mut notes: Vec<Note>,
) -> Result<Imported, ImportError> {
    let (index, header) = appendix(grids, file, options)?;
    let grid = &grids[index];
    let year_hint = options.year.or(header.year);
    let order: Vec<usize> = std::iter::once(index)
        .chain((0..grids.len()).filter(|&i| i != index))
        .collect();
    let summary = summary::find(grids, &order, year_hint);
    let summary_rows: &[usize] = match &summary {
        Some(s) if s.grid == index => &s.rows,
        _ => &[],
    };

    let mut readings = above_header(grid, &header, file, summary_rows);
    let title_text: Vec<String> = readings
        .iter()
        .filter_map(|r| match &r.kind {
            RowKind::Title { text } => Some(text.chars().take(MAX_TITLE_CHARS).collect()),
            _ => None,
        })
        .take(MAX_TITLE_ROWS)
        .collect();
    let mut read = rows::read(grid, &header, file, summary_rows)?;
    let offset = readings.len();
    for entry in &mut read.entries {
        entry.reading += offset;
    }
    readings.append(&mut read.readings);
    if read.entries.iter().all(|e| e.depth != 1) {
        return Err(ImportError::new(file, Place::File, ErrorKind::NoFields));
    }
    let parents = tree::parents(&read.entries, grid, &header, file)?;
    let mut plans = placement::plans(&mut read.entries, &parents, grid, &header, &mut readings);
    let mut fields = tree::build(&read.entries, &parents, &mut plans);

    if let Some((max, score, at)) = read.total {
        check_total(&fields, max, score, &mut readings[at + offset], &mut notes);
    }
    let stated = info::find(grids).unwrap_or_default();
    if stated != Info::default() {
        notes.push(Note::InfoSheet);
    }
    let parts = info::field_parts(grids);
    let mut published = match &summary {
        Some(s) => apply_summary(s, &mut fields, &mut notes),
        None if parts.is_empty() => {
            notes.push(Note::NoSummary);
            None
        }
        None => None,
    };
    if !parts.is_empty() {
        notes.push(Note::FieldTotalsSheet);
        apply_parts(&parts, &mut fields);
    }
    if let Some(total) = stated.published {
        published = Some(Published {
            total,
            rank: stated.rank,
            of: stated.of,
        });
    }

    let unit = match options.unit.clone().or(stated.unit) {
        Some(unit) => unit,
        None => match title_text.iter().find_map(|t| title::unit_in(t)) {
            Some(unit) => {
                notes.push(Note::UnitFromTitle { unit: unit.clone() });
                unit
            }
            None => {
                let label = format!("Chưa rõ đơn vị (nhập từ {file})");
                notes.push(Note::UnitUnknown {
                    label: label.clone(),
                });
                label
            }
        },
    };
    let year = match (
        options.year.or(stated.year),
        header.year,
        summary.as_ref().and_then(|s| s.year),
    ) {
        (Some(year), _, _) => year,
        (None, Some(year), _) => {
            notes.push(Note::YearFromHeader { year });
            year
        }
        (None, None, Some(year)) => {
            notes.push(Note::YearFromSummary { year });
            year
        }
        (None, None, None) => {
            notes.push(Note::YearUnknown);
            0
        }
    };
    if let Some(s) = summary.as_ref().filter(|s| s.several_years)
        && let Some(year) = s.year
    {
        notes.push(Note::SummaryYear { year });
    }
    let source = match (
        stated.source,
        title_text.iter().find_map(|t| title::source_in(t)),
    ) {
        (Some(source), _) => source,
        (None, Some(doc)) => format!("{doc} (nhập từ {file})"),
        (None, None) => format!("Nhập từ {file}"),
    };
    let target_year = match (options.year, stated.target_year) {
        (None, Some(target)) => target,
        _ if year == 0 => 0,
        _ => year.saturating_add(1),
    };
    let card = Scorecard {
        format: FORMAT_VERSIONS.last().copied().unwrap_or(1),
        unit,
        year,
        target_year,
        source,
        published,
        method: stated.method,
        fields,
    };
    Ok(Imported {
        card,
        rows: readings,
        notes,
    })
}

/// The grid holding the appendix and its header: the named sheet, or the first with one.
fn appendix(grids: &[Grid], file: &str, options: &Options) -> Result<(usize, Header), ImportError> {
    let names: Vec<String> = grids.iter().filter_map(|g| g.sheet.clone()).collect();
    let candidates: Vec<usize> = match &options.sheet {
        Some(wanted) => grids
            .iter()
            .position(|g| g.sheet.as_deref() == Some(wanted.as_str()))
            .into_iter()
            .collect(),
        None => (0..grids.len()).collect(),
    };
    for &i in &candidates {
        if let Some(header) = header::find(&grids[i]) {
            return Ok((i, header));
        }
    }
    let sheets = match &options.sheet {
        Some(wanted) => vec![wanted.clone()],
        None => names,
    };
    Err(ImportError::new(
        file,
        Place::File,
        ErrorKind::NoHeader {
            looked_for: header::LOOKED_FOR.to_vec(),
            sheets,
        },
    ))
}

/// Readings of the rows above the header and of the header itself.
fn above_header(grid: &Grid, header: &Header, file: &str, summary: &[usize]) -> Vec<RowReading> {
    let mut out = Vec::new();
    for r in 0..header.row {
        let row = &grid.rows[r];
        let kind = if summary.binary_search(&r).is_ok() {
            RowKind::Summary
        } else {
            let text: Vec<String> = (0..row.cells.len())
                .map(|c| row.text(c))
                .filter(|t| !t.is_empty())
                .collect();
            if text.is_empty() {
                continue;
            }
            RowKind::Title {
                text: text.join(" "),
            }
        };
        out.push(RowReading {
            place: grid.row_label(r, file),
            kind,
            details: Vec::new(),
        });
    }
    let columns = header
        .columns
        .iter()
        .map(|(column, col)| {
            let at = match grid.sheet {
                Some(_) => column_letters(*col as u32),
                None => (col + 1).to_string(),
            };
            (*column, at)
        })
        .collect();
    out.push(RowReading {
        place: grid.row_label(header.row, file),
        kind: RowKind::Header { columns },
        details: Vec::new(),
    });
    out
}

/// Compares the TỔNG ĐIỂM row with the fields' sums; a difference is a note, not an error:
/// the seed's total (53,289) is its fields' 53,2895 cut to three decimals.
fn check_total(
    fields: &[Field],
    max: Option<Points>,
    score: Option<Points>,
    reading: &mut RowReading,
    notes: &mut Vec<Note>,
) {
    let sum_max = Points::sum(fields.iter().map(|f| f.max));
    let sum_score = Points::sum(fields.iter().filter_map(|f| f.score));
    reading.kind = RowKind::Total {
        max,
        score,
        sum_max,
        sum_score,
    };
    for (column, written, sum) in [
        (Column::Max, max, sum_max),
        (Column::Score, score, sum_score),
    ] {
        if let Some(written) = written.filter(|w| *w != sum) {
            notes.push(Note::TotalMismatch {
                column,
                written,
                sum,
            });
        }
    }
}

/// Each field's whole figure from the summary; the survey part is whole − self-assessment
/// (score and max alike). Returns the published index and rank.
fn apply_summary(s: &Summary, fields: &mut [Field], notes: &mut Vec<Note>) -> Option<Published> {
    let codes: std::collections::HashSet<&str> = fields.iter().map(|f| f.code.as_str()).collect();
    for result in &s.fields {
        if !codes.contains(result.code.as_str()) {
            notes.push(Note::SummaryUnknownField {
                field: result.code.clone(),
            });
        }
    }
    for field in fields.iter_mut() {
        let Some(result) = s.fields.iter().find(|r| r.code == field.code) else {
            notes.push(Note::SummaryMissesField {
                field: field.code.clone(),
            });
            continue;
        };
        field.published_total = Some(result.whole);
        if let Some(max) = result.max {
            field.survey.max = (max - field.max).clamp_to(Points::ZERO, max);
        }
        // Without the self-assessment part, the survey part is not known either.
        let Some(self_score) = field.score else {
            field.survey.score = None;
            continue;
        };
        let survey = result.whole - self_score;
        field.survey.score = Some(if survey.is_negative() {
            let note = if -survey < PUBLISHED_PRECISION {
                Note::SurveyRounding {
                    field: field.code.clone(),
                    whole: result.whole,
                    self_score,
                }
            } else {
                Note::SurveyNegative {
                    field: field.code.clone(),
                    whole: result.whole,
                    self_score,
                }
            };
            notes.push(note);
            Points::ZERO
        } else {
            survey
        });
    }
    s.total.map(|total| Published {
        total,
        rank: s.rank,
        of: s.of,
    })
}

/// The survey parts and published whole figures a field-totals sheet states, exactly.
fn apply_parts(parts: &[FieldParts], fields: &mut [Field]) {
    let by_code: std::collections::HashMap<&str, &FieldParts> =
        parts.iter().map(|p| (p.code.as_str(), p)).collect();
    for field in fields.iter_mut() {
        if let Some(p) = by_code.get(field.code.as_str()) {
            field.survey.max = p.survey_max;
            field.survey.score = p.survey_score;
            field.published_total = p.published_total;
        }
    }
}
