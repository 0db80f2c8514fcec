//! The tree-table as CSV: UTF-8 with a byte-order mark so Excel on Windows reads the
//! diacritics, comma-separated, numbers with dot decimals so every spreadsheet parses them.

use crate::engine::{Analysis, Projected};

use super::chart::Lang;
use super::rows::{headings, rows};

fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// The CSV bytes, BOM first, one line per field and item, CRLF line ends (RFC 4180).
pub fn table_csv(analysis: &Analysis, projected: &Projected, lang: Lang) -> Vec<u8> {
    let mut out = String::from("\u{feff}");
    out.push_str(&headings(lang).map(field).join(","));
    out.push_str("\r\n");
    for row in rows(analysis, projected, lang) {
        let cells = [
            field(&row.code),
            field(row.name),
            row.max.en(),
            row.base.en(),
            row.lost.en(),
            row.projected.en(),
            row.delta.en(),
            field(row.lead),
            field(row.partners),
            field(row.deadline),
            field(&row.status),
            row.depth.to_string(),
        ];
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out.into_bytes()
}
