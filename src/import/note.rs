//! What the importer says about the table as a whole: where the unit and year came from,
//! totals that do not add up, what the summary table gave.

use crate::model::Points;

use super::error::Column;

/// Ghi nhận khi nhập: a remark about the whole import, for the preview.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Note {
    /// The unit read from the title ("… của Ủy ban nhân dân tỉnh X").
    UnitFromTitle { unit: String },
    /// No unit given or found; the card carries a provisional label to replace.
    UnitUnknown { label: String },
    /// The assessed year read from the score heading "(năm …)".
    YearFromHeader { year: i32 },
    /// The assessed year read from the summary table's "Năm" column.
    YearFromSummary { year: i32 },
    /// No year given or found: the card says year 0 until one is given.
    YearUnknown,
    /// The TỔNG ĐIỂM row disagrees with the sum of the fields.
    TotalMismatch {
        column: Column,
        written: Points,
        sum: Points,
    },
    /// No summary table: the survey parts, the index and the rank are not known.
    NoSummary,
    /// The summary table names no figure for this field.
    SummaryMissesField { field: String },
    /// The summary table names a field the appendix does not have.
    SummaryUnknownField { field: String },
    /// The whole field's figure is below its self-assessment part by less than 0.01: the
    /// published two decimals rounded it (the seed's LV3: 12.42 < 12.4259); survey part 0.
    SurveyRounding {
        field: String,
        whole: Points,
        self_score: Points,
    },
    /// The whole field's figure is below its self-assessment part by more than rounding.
    SurveyNegative {
        field: String,
        whole: Points,
        self_score: Points,
    },
    /// The summary table has several years; this one was used.
    SummaryYear { year: i32 },
    /// The sheet option does not apply to text.
    SheetIgnored,
    /// Unit, years, source and the published index read from an information sheet.
    InfoSheet,
    /// Survey parts and published field figures read from a field-totals sheet.
    FieldTotalsSheet,
}

impl Note {
    pub fn vi(&self) -> String {
        match self {
            Note::UnitFromTitle { unit } => format!("đơn vị đọc từ tiêu đề: {unit}"),
            Note::UnitUnknown { label } => format!(
                "không tìm thấy tên đơn vị trong bảng; tạm ghi \"{label}\", hãy sửa lại (hoặc nhập với --unit)"
            ),
            Note::YearFromHeader { year } => {
                format!("năm đánh giá {year}, đọc từ tiêu đề cột điểm")
            }
            Note::YearFromSummary { year } => {
                format!("năm đánh giá {year}, đọc từ bảng tổng hợp")
            }
            Note::YearUnknown => "không tìm thấy năm đánh giá; tạm ghi năm 0, hãy sửa lại (hoặc nhập với --year)".to_string(),
            Note::TotalMismatch {
                column,
                written,
                sum,
            } => format!(
                "dòng tổng điểm ghi {} ở cột {}, cộng các lĩnh vực được {} (lệch {})",
                written.vi(),
                column.vi(),
                sum.vi(),
                (*sum - *written).abs().vi()
            ),
            Note::NoSummary => "không có bảng tổng hợp kết quả: chưa biết điểm điều tra xã hội học, chỉ số và thứ hạng".to_string(),
            Note::SummaryMissesField { field } => {
                format!("bảng tổng hợp không có điểm của LV{field}")
            }
            Note::SummaryUnknownField { field } => {
                format!("bảng tổng hợp có LV{field} nhưng phụ lục không có lĩnh vực này")
            }
            Note::SurveyRounding {
                field,
                whole,
                self_score,
            } => format!(
                "LV{field}: điểm cả lĩnh vực {} nhỏ hơn điểm tự đánh giá {} do làm tròn 2 chữ số; điểm điều tra xã hội học ghi 0",
                whole.vi(),
                self_score.vi()
            ),
            Note::SurveyNegative {
                field,
                whole,
                self_score,
            } => format!(
                "LV{field}: điểm cả lĩnh vực {} nhỏ hơn điểm tự đánh giá {}, không phải do làm tròn; điểm điều tra xã hội học ghi 0, hãy kiểm tra",
                whole.vi(),
                self_score.vi()
            ),
            Note::SummaryYear { year } => {
                format!("bảng tổng hợp có nhiều năm; dùng dòng năm {year}")
            }
            Note::SheetIgnored => "tệp chữ không có trang; bỏ qua tên trang".to_string(),
            Note::InfoSheet => "đơn vị, năm, nguồn, chỉ số và thứ hạng đọc từ trang thông tin".to_string(),
            Note::FieldTotalsSheet => "điểm điều tra xã hội học và điểm cả lĩnh vực đọc từ trang tổng hợp lĩnh vực".to_string(),
        }
    }

    pub fn en(&self) -> String {
        match self {
            Note::UnitFromTitle { unit } => format!("unit read from the title: {unit}"),
            Note::UnitUnknown { label } => format!(
                "no unit named in the table; provisionally \"{label}\": correct it (or import with --unit)"
            ),
            Note::YearFromHeader { year } => {
                format!("assessed year {year}, from the score column's heading")
            }
            Note::YearFromSummary { year } => {
                format!("assessed year {year}, from the summary table")
            }
            Note::YearUnknown => {
                "no assessed year found; provisionally 0: correct it (or import with --year)"
                    .to_string()
            }
            Note::TotalMismatch {
                column,
                written,
                sum,
            } => format!(
                "the total row writes {} in the {} column; the fields add up to {} (off by {})",
                written.en(),
                column.en(),
                sum.en(),
                (*sum - *written).abs().en()
            ),
            Note::NoSummary => {
                "no summary table: the survey parts, the index and the rank are unknown".to_string()
            }
            Note::SummaryMissesField { field } => {
                format!("the summary table has no figure for LV{field}")
            }
            Note::SummaryUnknownField { field } => {
                format!("the summary table names LV{field}, which the appendix does not have")
            }
            Note::SurveyRounding {
                field,
                whole,
                self_score,
            } => format!(
                "LV{field}: the whole field's {} is below its self-assessment {} by the rounding to two decimals; survey part 0",
                whole.en(),
                self_score.en()
            ),
            Note::SurveyNegative {
                field,
                whole,
                self_score,
            } => format!(
                "LV{field}: the whole field's {} is below its self-assessment {} by more than rounding; survey part 0, check it",
                whole.en(),
                self_score.en()
            ),
            Note::SummaryYear { year } => {
                format!("the summary table has several years; the {year} row was used")
            }
            Note::SheetIgnored => "text has no sheets; the sheet name is ignored".to_string(),
            Note::InfoSheet => {
                "unit, years, source, index and rank read from the information sheet".to_string()
            }
            Note::FieldTotalsSheet => {
                "survey parts and whole field figures read from the field totals sheet".to_string()
            }
        }
    }
}
