//! The entries as a tree: each code's parent is the code without its last part, listed
//! above it; duplicates and orphans are located errors. Then the fields and items of the card.

use std::collections::HashMap;

use crate::model::{Field, Item, Plan, Survey};

use super::error::{Column, ErrorKind, ImportError};
use super::grid::Grid;
use super::header::Header;
use super::rows::Entry;

/// For each entry, the index of its parent entry (`None` for a field).
pub(crate) fn parents(
    entries: &[Entry],
    grid: &Grid,
    header: &Header,
    file: &str,
) -> Result<Vec<Option<usize>>, ImportError> {
    let code_col = header.col(Column::Code).unwrap_or(0);
    let mut by_code: HashMap<&str, usize> = HashMap::with_capacity(entries.len());
    let mut parents = Vec::with_capacity(entries.len());
    for (i, entry) in entries.iter().enumerate() {
        let place = || grid.place(entry.row, code_col);
        if let Some(&first) = by_code.get(entry.code.as_str()) {
            let first = grid.place(entries[first].row, code_col).label(file);
            return Err(ImportError::new(
                file,
                place(),
                ErrorKind::DuplicateCode {
                    code: entry.code.clone(),
                    first,
                },
            ));
        }
        let parent = match entry.parent_code() {
            None => None,
            Some(parent) => match by_code.get(parent) {
                Some(&p) => Some(p),
                None => {
                    return Err(ImportError::new(
                        file,
                        place(),
                        ErrorKind::MissingParent {
                            code: entry.code.clone(),
                            parent: parent.to_string(),
                        },
                    ));
                }
            },
        };
        by_code.insert(&entry.code, i);
        parents.push(parent);
    }
    Ok(parents)
}

/// The fields, each with its items nested by code; `plans` holds each entry's plan.
pub(crate) fn build(
    entries: &[Entry],
    parents: &[Option<usize>],
    plans: &mut [Option<Plan>],
) -> Vec<Field> {
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); entries.len()];
    let mut roots = Vec::new();
    for (i, parent) in parents.iter().enumerate() {
        match parent {
            Some(p) => children[*p].push(i),
            None => roots.push(i),
        }
    }
    roots
        .into_iter()
        .map(|i| {
            let e = &entries[i];
            Field {
                code: e.code.clone(),
                name: e.name.clone(),
                max: e.max,
                score: e.score,
                // Điểm tự chấm: from its column where the table has one (parindex's export).
                self_score: e.self_score,
                survey: Survey::default(),
                published_total: None,
                plan: plans[i].take(),
                note: e.note.clone(),
                items: items(entries, &children, &children[i], plans),
            }
        })
        .collect()
}

/// Depth is bounded by `MAX_DEPTH`, so the recursion is too.
fn items(
    entries: &[Entry],
    children: &[Vec<usize>],
    these: &[usize],
    plans: &mut [Option<Plan>],
) -> Vec<Item> {
    these
        .iter()
        .map(|&i| {
            let e = &entries[i];
            Item {
                code: e.code.clone(),
                name: e.name.clone(),
                max: e.max,
                score: e.score,
                self_score: e.self_score,
                plan: plans[i].take(),
                note: e.note.clone(),
                items: items(entries, children, &children[i], plans),
            }
        })
        .collect()
}
