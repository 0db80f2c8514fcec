//! The tree-table as CSV: UTF-8 with a byte-order mark so Excel on Windows reads the
//! diacritics, comma-separated, numbers with dot decimals so every spreadsheet parses them.

use crate::engine::{Analysis, Projected};
use crate::io::csv_line;

use super::chart::Lang;
use super::rows::{headings, rows};

/// The CSV bytes, BOM first, one line per field and item, CRLF line ends (RFC 4180).
pub fn table_csv(analysis: &Analysis, projected: &Projected, lang: Lang) -> Vec<u8> {
    let mut out = String::from("\u{feff}");
    out.push_str(&csv_line(headings(lang)));
    for row in rows(analysis, projected, lang) {
        out.push_str(&csv_line([
            row.code.clone(),
            row.name.to_string(),
            row.max.en(),
            row.base.en(),
            row.lost.en(),
            row.projected.en(),
            row.delta.en(),
            row.lead.to_string(),
            row.partners.to_string(),
            row.deadline.to_string(),
            row.status.clone(),
            row.depth.to_string(),
        ]));
    }
    out.into_bytes()
}
