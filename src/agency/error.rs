//! Why a returned task sheet is refused, located in the file (`Sở Tài chính.xlsx!I9`), in
//! Vietnamese for the officer (`Display`) and in English (`en`) for the English interface.

use std::fmt;

use crate::model::Status;

/// What is wrong with one cell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CellProblemKind {
    /// A date that cannot be read.
    NotADate,
    /// A status that is none of the four, in any wording the reader knows.
    NotAStatus,
    /// A code that the sheet did not send.
    UnknownCode,
    /// The same code on two rows.
    DuplicateCode,
}

/// One unreadable cell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CellProblem {
    /// "D7", as Excel names the cell.
    pub cell: String,
    /// What the cell holds, as text.
    pub found: String,
    pub kind: CellProblemKind,
}

/// Why a returned sheet cannot be merged.
#[derive(Debug, thiserror::Error)]
pub enum SheetError {
    #[error("{file}: không đọc được tệp: {source}")]
    Read {
        file: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{file}: tệp {size} byte, vượt giới hạn {limit} byte của một phiếu báo cáo")]
    TooLarge { file: String, size: u64, limit: u64 },
    #[error("{file}: không phải tệp Excel .xlsx ({reason})")]
    NotWorkbook { file: String, reason: String },
    #[error(
        "{file}: tệp giải nén vượt {limit} byte (hoặc quá {entries} thành phần) — không mở để tránh tệp nén độc hại"
    )]
    Inflated {
        file: String,
        limit: u64,
        entries: usize,
    },
    #[error("{file}: không phải phiếu do parindex gửi (không có khóa phiếu: {missing})")]
    NoKey { file: String, missing: String },
    #[error(
        "{file}: khóa phiếu đã bị sửa (mã kiểm tra không khớp); không nhận phiếu này — đề nghị đơn vị điền lại vào phiếu đã gửi"
    )]
    KeyEdited { file: String },
    #[error(
        "{file}: phiếu thuộc kế hoạch khác (bảng điểm gốc của phiếu {found}…, của kịch bản này {expected}…)"
    )]
    OtherPlan {
        file: String,
        found: String,
        expected: String,
    },
    #[error("{file}: không tìm thấy bảng nhiệm vụ (dòng tiêu đề có cột \"Mã\" và \"Tình trạng\")")]
    NoTable { file: String },
    #[error("{}", cells_vi(.file, .problems))]
    Cells {
        file: String,
        problems: Vec<CellProblem>,
    },
}

impl SheetError {
    /// The file the error is about.
    pub fn file(&self) -> &str {
        match self {
            SheetError::Read { file, .. }
            | SheetError::TooLarge { file, .. }
            | SheetError::NotWorkbook { file, .. }
            | SheetError::Inflated { file, .. }
            | SheetError::NoKey { file, .. }
            | SheetError::KeyEdited { file }
            | SheetError::OtherPlan { file, .. }
            | SheetError::NoTable { file }
            | SheetError::Cells { file, .. } => file,
        }
    }

    /// The message in English.
    pub fn en(&self) -> String {
        match self {
            SheetError::Read { file, source } => format!("{file}: cannot read: {source}"),
            SheetError::TooLarge { file, size, limit } => format!(
                "{file}: the file is {size} bytes; a returned sheet may be at most {limit} bytes"
            ),
            SheetError::NotWorkbook { file, reason } => {
                format!("{file}: not an Excel .xlsx workbook ({reason})")
            }
            SheetError::Inflated {
                file,
                limit,
                entries,
            } => format!(
                "{file}: unpacks to more than {limit} bytes (or more than {entries} parts); not opened, as a zip bomb would be"
            ),
            SheetError::NoKey { file, missing } => format!(
                "{file}: not a task sheet sent by parindex (its key is missing or unreadable: {missing})"
            ),
            SheetError::KeyEdited { file } => format!(
                "{file}: the sheet's key was edited (its digest does not match); refused — ask the agency to fill in the sheet as sent"
            ),
            SheetError::OtherPlan {
                file,
                found,
                expected,
            } => format!(
                "{file}: the sheet belongs to another plan (its base scorecard {found}…, this scenario's {expected}…)"
            ),
            SheetError::NoTable { file } => format!(
                "{file}: no task table found (a header row with \"Mã\" and \"Tình trạng\" columns)"
            ),
            SheetError::Cells { file, problems } => problems
                .iter()
                .map(|p| format!("{file}!{}: {}", p.cell, p.en()))
                .collect::<Vec<_>>()
                .join("\n"),
        }
    }
}

impl CellProblem {
    /// The problem in Vietnamese, without its location.
    pub fn vi(&self) -> String {
        let found = &self.found;
        match self.kind {
            CellProblemKind::NotADate => {
                format!("\"{found}\" không phải là ngày (cần dd/mm/yyyy)")
            }
            CellProblemKind::NotAStatus => {
                let labels: Vec<&str> = Status::ALL.iter().map(|s| s.vi()).collect();
                format!(
                    "\"{found}\" không phải là tình trạng ({})",
                    labels.join(" / ")
                )
            }
            CellProblemKind::UnknownCode => {
                format!("mã \"{found}\" không có trong phiếu đã gửi")
            }
            CellProblemKind::DuplicateCode => format!("mã \"{found}\" ghi ở hai dòng"),
        }
    }

    /// The problem in English, without its location.
    pub fn en(&self) -> String {
        let found = &self.found;
        match self.kind {
            CellProblemKind::NotADate => format!("\"{found}\" is not a date (expected dd/mm/yyyy)"),
            CellProblemKind::NotAStatus => {
                let labels: Vec<&str> = Status::ALL.iter().map(|s| s.en()).collect();
                format!("\"{found}\" is not a status ({})", labels.join(" / "))
            }
            CellProblemKind::UnknownCode => format!("code \"{found}\" was not on the sheet sent"),
            CellProblemKind::DuplicateCode => format!("code \"{found}\" is on two rows"),
        }
    }
}

fn cells_vi(file: &str, problems: &[CellProblem]) -> String {
    problems
        .iter()
        .map(|p| format!("{file}!{}: {}", p.cell, p.vi()))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Why a merge cannot be applied as asked.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MergeError {
    #[error("còn {} xung đột chưa quyết định: {}", .codes.len(), .codes.join(", "))]
    Unresolved { codes: Vec<String> },
    #[error("quyết định cho {code} chọn phiếu không có báo cáo mục này")]
    BadChoice { code: String },
}

impl MergeError {
    /// The message in English.
    pub fn en(&self) -> String {
        match self {
            MergeError::Unresolved { codes } => format!(
                "{} conflicts are not decided: {}",
                codes.len(),
                codes.join(", ")
            ),
            MergeError::BadChoice { code } => {
                format!("the decision on {code} picks a sheet that does not report it")
            }
        }
    }
}

impl fmt::Display for CellProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.cell, self.vi())
    }
}
