//! The tree-table as CSV: UTF-8 with a byte-order mark so Excel on Windows reads the
//! diacritics, comma-separated, numbers with dot decimals so every spreadsheet parses them,
//! no cell that runs as a formula.

use crate::io::csv_bytes;
use crate::model::Points;

use super::ExportError;
use super::build::Scene;
use super::chart::Lang;
use super::rows::{has_self_scores, headings, rows};

/// The CSV bytes, BOM first, one line per field and item, then the two totals.
pub fn table_csv(scene: Scene, lang: Lang) -> Result<Vec<u8>, ExportError> {
    let mut records = vec![headings(scene, lang)];
    let n = |p: Points| p.en();
    let self_scores = has_self_scores(scene);
    for row in rows(scene, lang) {
        let mut record = vec![
            row.code,
            row.name,
            n(row.max),
            row.published.map(n).unwrap_or_default(),
            row.base.map(n).unwrap_or_default(),
            row.lost.map(n).unwrap_or_default(),
            row.projected.map(n).unwrap_or_default(),
            row.projected_lost.map(n).unwrap_or_default(),
            row.delta.map(n).unwrap_or_default(),
            row.note,
            row.lead,
            row.task,
            row.partners,
            row.deadline,
            row.status,
            row.depth.map(|d| d.to_string()).unwrap_or_default(),
            row.remark,
        ];
        if self_scores {
            record.push(row.self_score.map(n).unwrap_or_default());
        }
        records.push(record);
    }
    Ok(csv_bytes(records)?)
}
