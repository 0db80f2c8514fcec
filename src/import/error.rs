//! Import errors: where in the file (a sheet's cell, a CSV line and field, or the whole file),
//! what was found and what would be accepted, in Vietnamese first and in English.

use std::fmt;

/// Nơi lỗi: where a problem or a reading points in the source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    /// The file as a whole (not a spreadsheet, too big, no sheet of that name).
    File,
    /// A cell of a sheet, 0-based row and column; shown `Phụ lục!C17`.
    Cell { sheet: String, row: u32, col: u32 },
    /// A field of a CSV/TSV line, 1-based; shown `file.csv:17:3`.
    Line { line: u64, field: usize },
}

impl Place {
    /// `Phụ lục!C17`, `bang.csv:17:3`, or the file name.
    pub fn label(&self, file: &str) -> String {
        match self {
            Place::File => file.to_string(),
            Place::Cell { sheet, row, col } => {
                format!("{sheet}!{}{}", column_letters(*col), row + 1)
            }
            Place::Line { line, field } => format!("{file}:{line}:{field}"),
        }
    }
}

/// Excel's column name of a 0-based column: 0 → A, 25 → Z, 26 → AA.
pub fn column_letters(col: u32) -> String {
    let mut n = u64::from(col) + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = ((n - 1) % 26) as u8;
        out.push(char::from(b'A' + rem));
        n = (n - 1) / 26;
    }
    out.iter().rev().collect()
}

/// Which column of the appendix a cell belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Column {
    /// STT / Mã.
    Code,
    /// Lĩnh vực / Tiêu chí / Tiêu chí thành phần / Nội dung.
    Name,
    /// Điểm chuẩn / Tối đa.
    Max,
    /// Điểm đạt / Điểm do BNV thẩm định.
    Score,
    /// Đơn vị chủ trì.
    Lead,
    /// Nhiệm vụ (a column of its own in parindex's export; otherwise inside the lead cell).
    Task,
    /// Đơn vị phối hợp.
    Partners,
    /// Thời hạn hoàn thành.
    Deadline,
    /// Ghi chú.
    Note,
    /// Tự chấm: the unit's own score before appraisal (parindex's export, or a province's
    /// "Điểm tự chấm" column).
    SelfScore,
}

impl Column {
    pub fn vi(self) -> &'static str {
        match self {
            Column::Code => "STT / Mã",
            Column::Name => "Lĩnh vực / Tiêu chí / Nội dung",
            Column::Max => "Điểm chuẩn / Tối đa",
            Column::Score => "Điểm đạt / Điểm do BNV thẩm định",
            Column::Lead => "Đơn vị chủ trì",
            Column::Task => "Nhiệm vụ",
            Column::Partners => "Đơn vị phối hợp",
            Column::Deadline => "Thời hạn",
            Column::Note => "Ghi chú",
            Column::SelfScore => "Điểm tự chấm",
        }
    }

    pub fn en(self) -> &'static str {
        match self {
            Column::Code => "No. / Code",
            Column::Name => "Field / Criterion / Name",
            Column::Max => "Maximum",
            Column::Score => "Score (verified)",
            Column::Lead => "Lead agency",
            Column::Task => "Task",
            Column::Partners => "Partners",
            Column::Deadline => "Deadline",
            Column::Note => "Note",
            Column::SelfScore => "Self-score",
        }
    }
}

/// What went wrong, without the place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// The file is larger than the import limit.
    TooLarge { size: u64, limit: u64 },
    /// Not an XLSX workbook (not a zip, or a zip without a workbook).
    NotWorkbook { found: String },
    /// An Excel 97–2003 `.xls` file, which the importer does not read.
    OldExcel,
    /// Nothing in the file.
    Empty,
    /// Text that is not UTF-8 (Excel's "CSV" in the Windows code page).
    NotUtf8 { line: u64 },
    /// More zip entries than any workbook has.
    TooManyEntries { count: usize, limit: usize },
    /// The parts inflate past the limit: a decompression bomb or a workbook far beyond any
    /// appendix.
    Inflates { limit: u64 },
    /// The zip or the sheet XML is damaged.
    Damaged { detail: String },
    /// More filled cells than the limit.
    TooManyCells { limit: usize },
    /// `--sheet` names a sheet the workbook does not have.
    NoSuchSheet { wanted: String, sheets: Vec<String> },
    /// No row names the appendix's code, name and maximum columns.
    NoHeader {
        looked_for: Vec<&'static str>,
        sheets: Vec<String>,
    },
    /// A cell where a number is needed holds something else.
    NotANumber { text: String, column: Column },
    /// A number with more than four decimals or beyond any score.
    BadNumber { text: String, column: Column },
    /// A field or criterion needs this number and the cell is blank.
    Blank { column: Column, code: String },
    /// The same code twice.
    DuplicateCode { code: String, first: String },
    /// A code whose parent (1.3 for 1.3.2) is not listed above it.
    MissingParent { code: String, parent: String },
    /// A code nested deeper than [`super::MAX_DEPTH`] levels.
    TooDeep { code: String },
    /// The table has no field row.
    NoFields,
}

/// The offending line of a text table and where its field starts, to show with a caret
/// under the spot.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Excerpt {
    /// The line as written (cut to [`Excerpt::MAX_CHARS`]).
    pub line: String,
    /// Characters before the field.
    pub column: usize,
}

impl Excerpt {
    pub const MAX_CHARS: usize = 300;

    /// The line, and a caret under the field on the next line.
    pub fn with_caret(&self) -> String {
        format!("{}\n{}^", self.line, " ".repeat(self.column))
    }
}

/// Lỗi nhập: why a file could not become a scorecard, and where.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{} — {}", self.message_vi(), self.message_en())]
pub struct ImportError {
    /// The file's name as given (for CSV places and whole-file errors).
    pub file: String,
    pub place: Place,
    pub kind: ErrorKind,
    /// For a text table, the line at fault with the field marked.
    pub excerpt: Option<Box<Excerpt>>,
}

impl ImportError {
    pub(crate) fn new(file: &str, place: Place, kind: ErrorKind) -> Self {
        ImportError {
            file: file.to_string(),
            place,
            kind,
            excerpt: None,
        }
    }

    /// Where, as the person sees it: `Phụ lục!C17`, `bang.csv:17:3`, or the file name.
    pub fn location(&self) -> String {
        self.place.label(&self.file)
    }

    /// `Phụ lục!C17: "8,5,1" không phải là số (cần một số, ví dụ 1,5 hoặc 1.5)`.
    pub fn message_vi(&self) -> String {
        format!("{}: {}", self.location(), self.vi())
    }

    pub fn message_en(&self) -> String {
        format!("{}: {}", self.location(), self.en())
    }

    /// The Vietnamese message without the place.
    pub fn vi(&self) -> String {
        match &self.kind {
            ErrorKind::TooLarge { size, limit } => format!(
                "tệp nặng {} MB, vượt giới hạn nhập {} MB",
                mb(*size),
                mb(*limit)
            ),
            ErrorKind::NotWorkbook { found } => {
                format!("không phải bảng tính Excel .xlsx ({found}); cần tệp .xlsx, hoặc .csv/.tsv")
            }
            ErrorKind::OldExcel => {
                "tệp Excel 97–2003 (.xls) chưa đọc được; trong Excel hãy lưu lại thành .xlsx"
                    .to_string()
            }
            ErrorKind::Empty => "tệp rỗng".to_string(),
            ErrorKind::NotUtf8 { line } => format!(
                "dòng {line} có ký tự không phải UTF-8; trong Excel hãy lưu thành \"CSV UTF-8\""
            ),
            ErrorKind::TooManyEntries { count, limit } => format!(
                "tệp nén có {count} thành phần, vượt giới hạn {limit}; không phải một bảng tính thông thường"
            ),
            ErrorKind::Inflates { limit } => format!(
                "khi giải nén, tệp vượt quá {} MB (có thể là tệp \"bom nén\"); đã dừng đọc",
                mb(*limit)
            ),
            ErrorKind::Damaged { detail } => format!("tệp bị hỏng, không đọc được ({detail})"),
            ErrorKind::TooManyCells { limit } => {
                format!("bảng có hơn {limit} ô có dữ liệu, vượt giới hạn nhập")
            }
            ErrorKind::NoSuchSheet { wanted, sheets } => format!(
                "không có trang \"{wanted}\"; các trang có trong tệp: {}",
                quoted(sheets)
            ),
            ErrorKind::NoHeader { looked_for, sheets } => format!(
                "không tìm thấy dòng tiêu đề của bảng phụ lục{}; cần các cột có chữ: {}",
                searched(sheets, "trong trang"),
                looked_for.join("; ")
            ),
            ErrorKind::NotANumber { text, column } => format!(
                "\"{text}\" không phải là số (cột {}; cần một số, ví dụ 1,5 hoặc 1.5)",
                column.vi()
            ),
            ErrorKind::BadNumber { text, column } => format!(
                "\"{text}\" không dùng được làm điểm (cột {}; cần một số từ 0 đến 1000000, tối đa 4 chữ số thập phân)",
                column.vi()
            ),
            ErrorKind::Blank { column, code } => {
                format!("ô {} của {code} để trống; cần một số", column.vi())
            }
            ErrorKind::DuplicateCode { code, first } => {
                format!("mã \"{code}\" đã có ở {first}; mỗi mã chỉ được ghi một lần")
            }
            ErrorKind::MissingParent { code, parent } => format!(
                "mã \"{code}\" không có dòng cha \"{parent}\" ở phía trên; cần ghi {parent} trước {code}"
            ),
            ErrorKind::TooDeep { code } => format!("mã \"{code}\" có quá {} cấp", super::MAX_DEPTH),
            ErrorKind::NoFields => {
                "bảng không có dòng lĩnh vực nào (mã 1, 2, … hoặc LV1, LV2, …)".to_string()
            }
        }
    }

    /// The English message without the place.
    pub fn en(&self) -> String {
        match &self.kind {
            ErrorKind::TooLarge { size, limit } => format!(
                "the file is {} MB, above the import limit of {} MB",
                mb(*size),
                mb(*limit)
            ),
            ErrorKind::NotWorkbook { found } => {
                format!("not an Excel .xlsx workbook ({found}); expected .xlsx, or .csv/.tsv")
            }
            ErrorKind::OldExcel => {
                "an Excel 97–2003 (.xls) file is not read; in Excel, save it as .xlsx".to_string()
            }
            ErrorKind::Empty => "the file is empty".to_string(),
            ErrorKind::NotUtf8 { line } => {
                format!("line {line} is not UTF-8 text; in Excel, save as \"CSV UTF-8\"")
            }
            ErrorKind::TooManyEntries { count, limit } => format!(
                "the archive holds {count} parts, above the limit of {limit}; not an ordinary workbook"
            ),
            ErrorKind::Inflates { limit } => format!(
                "the parts inflate past {} MB (a decompression bomb?); reading stopped",
                mb(*limit)
            ),
            ErrorKind::Damaged { detail } => format!("the file is damaged ({detail})"),
            ErrorKind::TooManyCells { limit } => {
                format!("more than {limit} filled cells, above the import limit")
            }
            ErrorKind::NoSuchSheet { wanted, sheets } => format!(
                "no sheet named \"{wanted}\"; the workbook has: {}",
                quoted(sheets)
            ),
            ErrorKind::NoHeader { looked_for, sheets } => format!(
                "no header row of the appendix table found{}; looked for columns with: {}",
                searched(sheets, "in sheet"),
                looked_for.join("; ")
            ),
            ErrorKind::NotANumber { text, column } => format!(
                "\"{text}\" is not a number ({} column; expected a number, e.g. 1.5 or 1,5)",
                column.en()
            ),
            ErrorKind::BadNumber { text, column } => format!(
                "\"{text}\" cannot be a score ({} column; expected 0 to 1000000 with at most 4 decimals)",
                column.en()
            ),
            ErrorKind::Blank { column, code } => {
                format!("the {} of {code} is blank; expected a number", column.en())
            }
            ErrorKind::DuplicateCode { code, first } => {
                format!("code \"{code}\" already appears at {first}; each code once")
            }
            ErrorKind::MissingParent { code, parent } => format!(
                "code \"{code}\" has no parent row \"{parent}\" above it; list {parent} before {code}"
            ),
            ErrorKind::TooDeep { code } => {
                format!(
                    "code \"{code}\" is nested more than {} levels",
                    super::MAX_DEPTH
                )
            }
            ErrorKind::NoFields => {
                "the table has no field row (code 1, 2, … or LV1, LV2, …)".to_string()
            }
        }
    }
}

fn mb(bytes: u64) -> String {
    let tenths = bytes * 10 / (1024 * 1024);
    if tenths.is_multiple_of(10) {
        format!("{}", tenths / 10)
    } else {
        format!("{},{}", tenths / 10, tenths % 10)
    }
}

fn quoted(names: &[String]) -> String {
    names
        .iter()
        .map(|n| format!("\"{n}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

fn searched(sheets: &[String], word: &str) -> String {
    if sheets.is_empty() {
        String::new()
    } else {
        format!(" ({word} {})", quoted(sheets))
    }
}

impl fmt::Display for Column {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.vi())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_lettered_as_excel_does() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(2), "C");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(16_383), "XFD");
    }

    #[test]
    fn a_cell_error_reads_sheet_cell_then_vietnamese() {
        let err = ImportError::new(
            "phu-luc.xlsx",
            Place::Cell {
                sheet: "Phụ lục".into(),
                row: 16,
                col: 2,
            },
            ErrorKind::NotANumber {
                text: "8,5,1".into(),
                column: Column::Max,
            },
        );
        assert!(
            err.message_vi()
                .starts_with("Phụ lục!C17: \"8,5,1\" không phải là số"),
            "{}",
            err.message_vi()
        );
        assert!(err.to_string().contains("is not a number"));
    }
}
