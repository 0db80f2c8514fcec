//! The rows below the header, one by one: a coded row is a field or an item, TỔNG ĐIỂM is a
//! check, plan text with no code continues the plan above (a Word table broken across
//! pages), and the rest is skipped with a reason.

use crate::model::Points;

use super::MAX_DEPTH;
use super::error::{Column, ErrorKind, ImportError};
use super::grid::{Grid, Row};
use super::header::Header;
use super::reading::{Detail, RowKind, RowReading, Skip};
use super::words::{Number, NumberError, code, key, number};

/// The plan columns, in the order their cells are read.
pub(crate) const PLAN_COLUMNS: [Column; 4] = [
    Column::Lead,
    Column::Task,
    Column::Partners,
    Column::Deadline,
];

/// A field or item row as read, before the tree is built.
#[derive(Clone, Debug, Default)]
pub(crate) struct Entry {
    /// Index of the row in the grid.
    pub row: usize,
    pub code: String,
    /// 1 for a field, 2 for a criterion, 3 and more for sub-criteria.
    pub depth: usize,
    pub name: String,
    pub max: Points,
    pub score: Option<Points>,
    /// Điểm tự chấm, where the table has the column.
    pub self_score: Option<Points>,
    /// Lead, task, partners, deadline as written (continuations appended).
    pub plan: [String; 4],
    pub note: String,
    /// Index of this row's reading.
    pub reading: usize,
}

impl Entry {
    pub fn has_plan(&self) -> bool {
        self.plan.iter().any(|c| !c.is_empty())
    }

    /// The code of the row above it in the hierarchy ("1.3" for "1.3.2").
    pub fn parent_code(&self) -> Option<&str> {
        self.code.rfind('.').map(|i| &self.code[..i])
    }
}

/// What the rows gave: entries and the readings of every row from the header down.
#[derive(Default)]
pub(crate) struct Read {
    pub entries: Vec<Entry>,
    pub readings: Vec<RowReading>,
    /// The TỔNG ĐIỂM row's (max, score), and its reading's index.
    pub total: Option<(Option<Points>, Option<Points>, usize)>,
}

/// Reads every row below the header; `skip` holds rows that belong to the summary table,
/// sorted.
pub(crate) fn read(
    grid: &Grid,
    header: &Header,
    file: &str,
    skip: &[usize],
) -> Result<Read, ImportError> {
    let mut out = Read::default();
    // The entry whose plan a continuation extends: the last one with plan text in the same
    // field, else the last entry.
    let mut plan_holder: Option<usize> = None;
    let mut below_total = false;
    for r in header.row + 1..grid.rows.len() {
        let row = &grid.rows[r];
        let place = grid.row_label(r, file);
        let reading = |kind, details| RowReading {
            place: place.clone(),
            kind,
            details,
        };
        if skip.binary_search(&r).is_ok() {
            out.readings.push(reading(RowKind::Summary, Vec::new()));
            continue;
        }
        if row.is_blank() {
            continue;
        }
        if below_total {
            out.readings.push(reading(
                RowKind::Skipped {
                    why: Skip::BelowTable,
                },
                Vec::new(),
            ));
            continue;
        }
        let code_text = header
            .col(Column::Code)
            .map(|c| row.text(c))
            .unwrap_or_default();
        let name = header
            .col(Column::Name)
            .map(|c| row.text(c))
            .unwrap_or_default();
        if column_numbers(row) {
            out.readings.push(reading(
                RowKind::Skipped {
                    why: Skip::ColumnNumbers,
                },
                Vec::new(),
            ));
            continue;
        }
        let found = header
            .col(Column::Code)
            .and_then(|c| row.get(c))
            .and_then(code);
        if let Some(code) = found {
            let entry = entry(grid, header, file, r, code)?;
            let mut details = entry.1;
            let mut entry = entry.0;
            entry.reading = out.readings.len();
            if entry.depth == 1 {
                plan_holder = None;
            }
            // A table with its own task column (parindex's export) states its plans cell by
            // cell; only a table typed as prose continues sentences across rows.
            let continues = header.col(Column::Task).is_none()
                && first_plan_text(&entry).is_some_and(starts_lower);
            match plan_holder.or(out.entries.len().checked_sub(1)) {
                Some(holder) if continues => {
                    let onto = out.entries[holder].code.clone();
                    let cells = std::mem::take(&mut entry.plan);
                    append(&mut out.entries[holder].plan, &cells);
                    details.push(Detail::PlanContinues { onto });
                }
                _ if entry.has_plan() => plan_holder = Some(out.entries.len()),
                _ => {}
            }
            let kind = match entry.depth {
                1 => RowKind::Field {
                    code: entry.code.clone(),
                },
                2 => RowKind::Criterion {
                    code: entry.code.clone(),
                },
                _ => RowKind::SubCriterion {
                    code: entry.code.clone(),
                },
            };
            out.readings.push(reading(kind, details));
            out.entries.push(entry);
        } else if is_total(&code_text) || is_total(&name) {
            let max = total_number(grid, header, file, r, Column::Max)?;
            let score = total_number(grid, header, file, r, Column::Score)?;
            out.total = Some((max, score, out.readings.len()));
            // Filled in once the fields are summed.
            out.readings.push(reading(
                RowKind::Total {
                    max,
                    score,
                    sum_max: Points::ZERO,
                    sum_score: Points::ZERO,
                },
                Vec::new(),
            ));
            below_total = true;
        } else if code_text.is_empty()
            && name.is_empty()
            && plan_cells(header, row).iter().any(|c| !c.is_empty())
        {
            match plan_holder.or(out.entries.len().checked_sub(1)) {
                Some(holder) => {
                    let cells = plan_cells(header, row);
                    append(&mut out.entries[holder].plan, &cells);
                    let onto = out.entries[holder].code.clone();
                    out.readings
                        .push(reading(RowKind::Continuation { onto }, Vec::new()));
                }
                None => out
                    .readings
                    .push(reading(RowKind::Skipped { why: Skip::NoCode }, Vec::new())),
            }
        } else if !code_text.is_empty() {
            out.readings.push(reading(
                RowKind::Skipped {
                    why: Skip::NotACode { text: code_text },
                },
                Vec::new(),
            ));
        } else {
            out.readings
                .push(reading(RowKind::Skipped { why: Skip::NoCode }, Vec::new()));
        }
    }
    Ok(out)
}

/// A coded row as an entry, with the details of how its numbers were read.
fn entry(
    grid: &Grid,
    header: &Header,
    file: &str,
    r: usize,
    code: String,
) -> Result<(Entry, Vec<Detail>), ImportError> {
    let row = &grid.rows[r];
    let depth = code.split('.').count();
    let code_col = header.col(Column::Code).unwrap_or(0);
    if depth > MAX_DEPTH {
        return Err(ImportError::new(
            file,
            grid.place(r, code_col),
            ErrorKind::TooDeep { code },
        ));
    }
    let mut details = Vec::new();
    let Some(max) = cell_number(grid, header, file, r, Column::Max, &mut details)? else {
        let col = header.col(Column::Max).unwrap_or(0);
        return Err(ImportError::new(
            file,
            grid.place(r, col),
            ErrorKind::Blank {
                column: Column::Max,
                code,
            },
        ));
    };
    let score = cell_number(grid, header, file, r, Column::Score, &mut details)?;
    // A field's score may be blank too: not known yet, said so by the card.
    if score.is_none() {
        details.push(Detail::ScoreBlank);
    }
    let self_score = cell_number(grid, header, file, r, Column::SelfScore, &mut details)?;
    let entry = Entry {
        row: r,
        code,
        depth,
        name: header
            .col(Column::Name)
            .map(|c| row.text(c))
            .unwrap_or_default(),
        max,
        score,
        self_score,
        plan: plan_cells(header, row),
        note: header
            .col(Column::Note)
            .map(|c| row.text(c))
            .unwrap_or_default(),
        reading: 0,
    };
    Ok((entry, details))
}

/// A number cell of the row: blank is `None`; text is read with a detail saying so.
fn cell_number(
    grid: &Grid,
    header: &Header,
    file: &str,
    r: usize,
    column: Column,
    details: &mut Vec<Detail>,
) -> Result<Option<Points>, ImportError> {
    let Some(col) = header.col(column) else {
        return Ok(None);
    };
    match number(grid.rows[r].get(col)) {
        Ok(Number::Blank) => Ok(None),
        Ok(Number::Cell(p)) => Ok(Some(p)),
        Ok(Number::Text(p, text)) => {
            // In CSV every cell is text; only a decimal comma is worth saying there. In a
            // sheet, a number typed as text is.
            if grid.sheet.is_some() || text.contains(',') {
                details.push(Detail::NumberFromText { column, text });
            }
            Ok(Some(p))
        }
        Err(err) => {
            let kind = match err {
                NumberError::NotANumber(text) => ErrorKind::NotANumber { text, column },
                NumberError::Unusable(text) => ErrorKind::BadNumber { text, column },
            };
            Err(ImportError::new(file, grid.place(r, col), kind))
        }
    }
}

fn total_number(
    grid: &Grid,
    header: &Header,
    file: &str,
    r: usize,
    column: Column,
) -> Result<Option<Points>, ImportError> {
    cell_number(grid, header, file, r, column, &mut Vec::new())
}

fn plan_cells(header: &Header, row: &Row) -> [String; 4] {
    PLAN_COLUMNS.map(|c| header.col(c).map(|col| row.text(col)).unwrap_or_default())
}

/// Each cell appended to the one above with a space: "Sở Thông tin và Truyền" + "thông: …".
fn append(onto: &mut [String; 4], cells: &[String; 4]) {
    for (above, more) in onto.iter_mut().zip(cells) {
        if more.is_empty() {
            continue;
        }
        if !above.is_empty() {
            above.push(' ');
        }
        above.push_str(more);
    }
}

/// The first filled plan cell of an entry (lead, then partners, then deadline).
fn first_plan_text(entry: &Entry) -> Option<&str> {
    entry
        .plan
        .iter()
        .find(|c| !c.is_empty())
        .map(String::as_str)
}

/// Agencies and deadlines start with a capital ("Sở", "Quý"); a plan cell starting in lower
/// case is the rest of a sentence from the row above ("thông: Tham mưu…", "năm 2031").
fn starts_lower(text: &str) -> bool {
    text.chars().next().is_some_and(char::is_lowercase)
}

fn is_total(text: &str) -> bool {
    let k = key(text);
    ["tong diem", "tong cong", "tong so", "cong", "total"]
        .iter()
        .any(|w| k == *w || k.starts_with(&format!("{w} ")))
}

/// "1 2 3 4 5" or "(1) (2) (3)" across the row: the columns numbered under the header.
fn column_numbers(row: &Row) -> bool {
    let numbers: Vec<Option<u32>> = row
        .cells
        .iter()
        .flatten()
        .map(|v| {
            let t = v.text();
            t.trim()
                .trim_start_matches('(')
                .trim_end_matches(')')
                .parse()
                .ok()
        })
        .collect();
    numbers.len() >= 3
        && numbers
            .iter()
            .enumerate()
            .all(|(i, n)| *n == Some(i as u32 + 1))
}
