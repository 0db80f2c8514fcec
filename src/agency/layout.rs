//! The task sheet's columns, shared by the writer and the reader: the header each column gets,
//! its width, whether the agency fills it, and the words the reader finds it by when an agency
//! has moved columns or added its own.

use super::words::fold;

/// A column of the task sheet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    /// Mã.
    Code,
    /// Tiêu chí.
    Criterion,
    /// Điểm bị trừ năm đánh giá (the loss the item answers for).
    Lost,
    /// Nhiệm vụ: what to do.
    Task,
    /// Đơn vị phối hợp.
    Partners,
    /// Thời hạn as the plan writes it.
    Deadline,
    /// Hạn hoàn thành as a date.
    Due,
    /// Tình trạng (filled in).
    Status,
    /// Ngày hoàn thành (filled in).
    Done,
    /// Kết quả thực hiện (filled in).
    Result,
    /// Tài liệu kiểm chứng (filled in).
    Evidence,
}

/// The columns in the order the writer lays them out.
pub const COLUMNS: [Column; 11] = [
    Column::Code,
    Column::Criterion,
    Column::Lost,
    Column::Task,
    Column::Partners,
    Column::Deadline,
    Column::Due,
    Column::Status,
    Column::Done,
    Column::Result,
    Column::Evidence,
];

/// The row (0-based) of the table's header in a sheet as written.
pub const HEADER_ROW: u32 = 7;

/// How far down a reader looks for the header: agencies sometimes add a line or two on top.
pub const HEADER_SEARCH_ROWS: usize = 40;

impl Column {
    /// The header as written; `year` is the assessed year.
    pub fn header(self, year: i32) -> String {
        match self {
            Column::Code => "Mã".into(),
            Column::Criterion => "Tiêu chí".into(),
            Column::Lost => format!("Điểm bị trừ năm {year}"),
            Column::Task => "Nhiệm vụ".into(),
            Column::Partners => "Đơn vị phối hợp".into(),
            Column::Deadline => "Thời hạn (theo kế hoạch)".into(),
            Column::Due => "Hạn hoàn thành".into(),
            Column::Status => "Tình trạng".into(),
            Column::Done => "Ngày hoàn thành".into(),
            Column::Result => "Kết quả thực hiện".into(),
            Column::Evidence => "Tài liệu kiểm chứng".into(),
        }
    }

    /// Width in Excel's character units: 179 in all, so the sheet prints on one landscape A4
    /// width at about 85 %.
    pub fn width(self) -> f64 {
        // In the order of `COLUMNS`.
        const WIDTHS: [f64; 11] = [
            5.5, 24.0, 7.5, 30.0, 16.0, 11.0, 10.5, 14.0, 10.5, 26.0, 24.0,
        ];
        COLUMNS
            .iter()
            .position(|c| *c == self)
            .and_then(|i| WIDTHS.get(i))
            .copied()
            .unwrap_or(10.0)
    }

    /// Whether the agency fills this column (unlocked, shaded).
    pub fn filled_in(self) -> bool {
        matches!(
            self,
            Column::Status | Column::Done | Column::Result | Column::Evidence
        )
    }

    /// Whether a header (as found in a returned sheet) names this column. Only the columns the
    /// reader needs are recognised.
    pub fn named_by(self, header: &str) -> bool {
        let h = fold(header);
        match self {
            Column::Code => h == "ma" || (h.starts_with("ma ") && !h.contains("kiem chung")),
            Column::Status => h.contains("tinh trang") || h.contains("trang thai"),
            Column::Done => h.contains("ngay hoan thanh"),
            Column::Result => h.contains("ket qua"),
            Column::Evidence => h.contains("kiem chung") || h.contains("tai lieu"),
            _ => false,
        }
    }
}

/// "D7": a cell's reference from its 0-based row and column.
pub fn cell_ref(row: usize, col: usize) -> String {
    let col = u32::try_from(col).unwrap_or(u32::MAX);
    format!("{}{}", crate::import::column_letters(col), row + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cell_references() {
        assert_eq!(cell_ref(6, 3), "D7");
        assert_eq!(cell_ref(0, 26), "AA1");
    }

    #[test]
    fn headers_name_their_columns_and_no_other() {
        for column in COLUMNS {
            let header = column.header(2019);
            for other in [
                Column::Code,
                Column::Status,
                Column::Done,
                Column::Result,
                Column::Evidence,
            ] {
                assert_eq!(other.named_by(&header), other == column, "{header}");
            }
        }
        assert!(Column::Status.named_by("TÌNH TRẠNG THỰC HIỆN"));
        assert!(!Column::Code.named_by("Ghi chú"));
    }
}
