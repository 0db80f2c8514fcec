//! Which item a plan belongs to, and the plan itself.
//!
//! Appendices write a criterion's plan once for the block of its sub-criteria: a cell merged
//! down over them (the seed's 3.4.1–3.4.3), which becomes "written on the first row, the others
//! blank" once the table is copied as text. Either way the plan belongs to the criterion that
//! heads the block, when that criterion has none of its own.

use crate::model::Plan;

use super::error::Column;
use super::grid::Grid;
use super::header::Header;
use super::plan_cell;
use super::reading::{Detail, RowReading};
use super::rows::Entry;

/// Moves block plans to their criterion, then reads every plan's cells into a `Plan`.
pub(crate) fn plans(
    entries: &mut [Entry],
    parents: &[Option<usize>],
    grid: &Grid,
    header: &Header,
    readings: &mut [RowReading],
) -> Vec<Option<Plan>> {
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); entries.len()];
    for (i, parent) in parents.iter().enumerate() {
        if let Some(p) = parent {
            children[*p].push(i);
        }
    }
    // Pre-order: an ancestor's plan is settled before its descendants are compared with it.
    for i in 0..entries.len() {
        if let Some(of) = repeated(i, entries, parents) {
            entries[i].plan = Default::default();
            if let Some(reading) = readings.get_mut(entries[i].reading) {
                reading.details.push(Detail::PlanRepeated { of });
            }
        }
    }
    for i in 0..entries.len() {
        if let Some((onto, detail)) = block_owner(i, entries, parents, &children, grid, header) {
            let cells = std::mem::take(&mut entries[i].plan);
            entries[onto].plan = cells;
            if let Some(reading) = readings.get_mut(entries[i].reading) {
                reading.details.push(detail);
            }
        }
    }
    let has_task = header.col(Column::Task).is_some();
    entries
        .iter()
        .map(|e| {
            let details = readings.get_mut(e.reading).map(|r| &mut r.details);
            plan(&e.plan, has_task, details)
        })
        .collect()
}

/// The code of the nearest ancestor with a plan, when entry `i` repeats that plan cell for
/// cell: a table that writes the covering plan on every row it covers (parindex's CSV) means
/// one plan, not several.
fn repeated(i: usize, entries: &[Entry], parents: &[Option<usize>]) -> Option<String> {
    if !entries[i].has_plan() {
        return None;
    }
    let mut up = parents[i];
    while let Some(a) = up {
        if entries[a].has_plan() {
            return (entries[a].plan == entries[i].plan).then(|| entries[a].code.clone());
        }
        up = parents[a];
    }
    None
}

/// The criterion a block plan on entry `i` belongs to, when it belongs to one.
fn block_owner(
    i: usize,
    entries: &[Entry],
    parents: &[Option<usize>],
    children: &[Vec<usize>],
    grid: &Grid,
    header: &Header,
) -> Option<(usize, Detail)> {
    let entry = &entries[i];
    let parent = parents[i]?;
    if !entry.has_plan() || entries[parent].has_plan() {
        return None;
    }
    let siblings = &children[parent];
    let rows_label = |last: usize| format!("{}–{}", entry.code, entries[last].code);
    let merge = header
        .col(Column::Lead)
        .and_then(|col| grid.merge_down_from(entry.row, col));
    if let Some(merge) = merge {
        // The sibling rows the merged cell covers; siblings are in row order.
        let index_of = |s: &usize| grid.rows.get(entries[*s].row).map_or(0, |r| r.index);
        let from = siblings.partition_point(|s| index_of(s) < merge.first_row);
        let to = siblings.partition_point(|s| index_of(s) <= merge.last_row);
        if to.saturating_sub(from) < 2 {
            return None;
        }
        let last = siblings[to - 1];
        return Some((
            parent,
            Detail::PlanFromMerge {
                onto: entries[parent].code.clone(),
                rows: rows_label(last),
            },
        ));
    }
    // Flattened: the first of two or more sub-criteria carries a plan, the others none. Only
    // text hides merges this way: a workbook shows its merged cells, and a table with a task
    // column of its own states each plan where it belongs.
    let flattened = grid.sheet.is_none() && header.col(Column::Task).is_none();
    let first_of_several =
        flattened && entry.depth >= 3 && siblings.len() >= 2 && siblings.first() == Some(&i);
    if first_of_several && siblings[1..].iter().all(|&s| !entries[s].has_plan()) {
        let last = *siblings.last()?;
        return Some((
            parent,
            Detail::PlanFromBlock {
                onto: entries[parent].code.clone(),
                rows: rows_label(last),
            },
        ));
    }
    None
}

/// The plan written in these cells (lead, task, partners, deadline); a table with a task
/// column states them apart, otherwise the lead cell is read for "Lead: task" and lists of
/// agencies.
fn plan(cells: &[String; 4], has_task: bool, details: Option<&mut Vec<Detail>>) -> Option<Plan> {
    if cells.iter().all(String::is_empty) {
        return None;
    }
    let [lead, task, partners, deadline] = cells.clone();
    if has_task {
        return Some(Plan {
            lead,
            task,
            partners,
            deadline,
        });
    }
    let read = plan_cell::read(&lead);
    if let Some(details) = details {
        if read.listed {
            details.push(Detail::LeadFromList {
                lead: read.lead.clone(),
                partners: read.partners.clone(),
            });
        } else if !read.task.is_empty() {
            details.push(Detail::PlanSplit {
                lead: read.lead.clone(),
                task: read.task.clone(),
            });
        }
    }
    let mut all_partners = read.partners;
    if !partners.is_empty() {
        all_partners.push(partners);
    }
    Some(Plan {
        lead: read.lead,
        task: read.task,
        partners: all_partners.join("; "),
        deadline,
    })
}
