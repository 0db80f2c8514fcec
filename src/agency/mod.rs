//! Vòng báo cáo hằng quý của kế hoạch: the plan's quarterly loop with the agencies that carry
//! it out (section IV of the plan). Task sheets go out — one XLSX per lead agency; the agencies'
//! reports come back and are merged into the scenario after the officer has seen what changes
//! and decided every conflict; the Department sums it up for the Provincial People's Committee
//! in a Word report; and the agencies are scored for the annual PAR emulation.
//!
//! Everything here is plain data in and out, so a dialog calls one function and draws what it
//! returns: [`task_sheets`], [`preview_files`] then [`merge_edit`], [`report_docx`],
//! [`scoreboard`]. No UI.

mod docx;
mod error;
mod file_name;
mod key;
mod layout;
mod period;
mod preview;
mod read_sheet;
mod resolve;
mod scoreboard;
mod scoreboard_xlsx;
mod task_form;
mod task_sheet;
mod words;
mod zip_guard;

pub use docx::{ReportOptions, report_docx};
pub use error::{CellProblem, CellProblemKind, MergeError, SheetError};
pub use file_name::file_names;
pub use key::{KEY_SHEET, SentItem, SheetKey};
pub use layout::{COLUMNS, Column, HEADER_ROW};
pub use period::{DEFAULT_DAYS_TO_ANSWER, Period, quarter_label};
pub use preview::{
    AcceptedSheet, AgencyUpdates, Conflict, ItemUpdate, MergePreview, Refusal, preview_files,
    preview_merge,
};
pub use read_sheet::{ReportedItem, ReturnedSheet, parse_returned_sheet, read_returned_sheet};
pub use resolve::{Choice, MergeMeta, merge_edit, prefer};
pub use scoreboard::{AgencyScore, Scoreboard, scoreboard};
pub use scoreboard_xlsx::scoreboard_xlsx;
pub use task_sheet::{TASK_SHEET, TaskSheet, save_task_sheets, task_sheets};
pub use words::{parse_date_text, parse_status};
pub use zip_guard::{MAX_ENTRIES, MAX_FILE_BYTES, MAX_INFLATED_BYTES};

use crate::engine::Analysis;

/// The most item rows a sheet may have: far above any plan (the seed's has 19 items).
pub const MAX_ROWS: usize = 10_000;

/// Why task sheets, a report or a scoreboard could not be written.
#[derive(Debug, thiserror::Error)]
pub enum AgencyError {
    #[error("không ghi được tệp Excel / XLSX writing failed: {0}")]
    Xlsx(#[source] rust_xlsxwriter::XlsxError),
    #[error("không ghi được tệp Word / DOCX writing failed: {0}")]
    Docx(String),
    #[error("không vẽ được biểu đồ / chart drawing failed: {0}")]
    Chart(#[source] crate::export::ExportError),
    #[error("{0}")]
    Hash(#[source] crate::io::LoadError),
}

/// The plan's name as its documents cite it: the first of the card's sources
/// ("Kế hoạch 95/KH-UBND ngày 10/7/2031"), or a generic name when the card gives none.
pub fn plan_title(analysis: &Analysis) -> String {
    analysis
        .source
        .split(';')
        .map(str::trim)
        .find(|s| !s.is_empty())
        .map_or_else(
            || "Kế hoạch khắc phục Chỉ số cải cách hành chính".to_string(),
            str::to_string,
        )
}

/// The place a document is dated at, from the unit: "UBND tỉnh Bến Tre" → "Bến Tre".
pub fn place_of(unit: &str) -> String {
    let words: Vec<&str> = unit.split_whitespace().collect();
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    // Skip the body ("UBND", "Ủy ban nhân dân") and the kind of place ("tỉnh", "thành phố").
    let skip = [
        "ubnd", "ủy", "uỷ", "ban", "nhân", "dân", "tỉnh", "thành", "phố", "tp", "tp.",
    ];
    let start = lower
        .iter()
        .position(|w| !skip.contains(&w.as_str()))
        .unwrap_or(0);
    let place = words[start..].join(" ");
    if place.is_empty() {
        unit.to_string()
    } else {
        place
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn place_from_unit() {
        assert_eq!(place_of("UBND tỉnh Tiền Giang"), "Tiền Giang");
        assert_eq!(place_of("Ủy ban nhân dân thành phố Cần Thơ"), "Cần Thơ");
        assert_eq!(place_of("Tỉnh X"), "X");
    }
}
