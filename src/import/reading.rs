//! How each source row was understood, and what the importer noticed about the whole table:
//! plain data a preview lists and words in either language.

use crate::model::Points;

use super::error::Column;

/// Cách đọc một dòng: which source row became what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowReading {
    /// The row as the person finds it: `Phụ lục!7` for a sheet, `bang.tsv:7` for text.
    pub place: String,
    pub kind: RowKind,
    /// How its cells were read, where that took a rule.
    pub details: Vec<Detail>,
}

/// What a row is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowKind {
    /// Text above the header (the title, "Phụ lục", "Ban hành kèm theo…").
    Title {
        text: String,
    },
    /// The header; each column found and where (`C`, or the field's number in CSV).
    Header {
        columns: Vec<(Column, String)>,
    },
    /// Lĩnh vực.
    Field {
        code: String,
    },
    /// Tiêu chí.
    Criterion {
        code: String,
    },
    /// Tiêu chí thành phần (any depth below a criterion).
    SubCriterion {
        code: String,
    },
    /// TỔNG ĐIỂM: checked against the sum of the fields, not read as a field.
    Total {
        max: Option<Points>,
        score: Option<Points>,
        sum_max: Points,
        sum_score: Points,
    },
    /// Plan text only, no code: a table cell broken across pages, appended to `onto`.
    Continuation {
        onto: String,
    },
    /// A row of the summary table (BẢNG TỔNG HỢP KẾT QUẢ).
    Summary,
    Skipped {
        why: Skip,
    },
}

/// Why a row was left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Skip {
    /// "1 2 3 4 …" under the header: the columns' numbers.
    ColumnNumbers,
    /// The code cell holds something that is not a code ("I", "a)").
    NotACode { text: String },
    /// Text with no code and no plan columns filled.
    NoCode,
    /// Below the total row (notes, signatures).
    BelowTable,
}

/// A rule applied to a row's cells.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Detail {
    /// A number written as text ("0,941").
    NumberFromText { column: Column, text: String },
    /// The score is blank and stays blank.
    ScoreBlank,
    /// "Lead: task" split.
    PlanSplit { lead: String, task: String },
    /// A list of "- " items naming several agencies: the one leading and the others.
    LeadFromList { lead: String, partners: Vec<String> },
    /// This coded row's plan cells start in lower case: they continue `onto`'s plan.
    PlanContinues { onto: String },
    /// A plan cell merged down over `rows` applies to `onto`, the criterion heading them.
    PlanFromMerge { onto: String, rows: String },
    /// A plan on the first of `rows` with the others blank (a merged cell once flattened to
    /// text) applies to `onto`, the criterion heading them.
    PlanFromBlock { onto: String, rows: String },
    /// The same plan as `of`'s, written again on a row it covers: kept once, on `of`.
    PlanRepeated { of: String },
}

impl RowReading {
    /// "Phụ lục!7: tiêu chí 1.3; số đọc từ chữ "0,941"".
    pub fn vi(&self) -> String {
        let mut out = format!("{}: {}", self.place, self.kind.vi());
        for d in &self.details {
            out.push_str("; ");
            out.push_str(&d.vi());
        }
        out
    }

    pub fn en(&self) -> String {
        let mut out = format!("{}: {}", self.place, self.kind.en());
        for d in &self.details {
            out.push_str("; ");
            out.push_str(&d.en());
        }
        out
    }
}

fn columns_list(columns: &[(Column, String)], en: bool) -> String {
    columns
        .iter()
        .map(|(c, at)| format!("{} ({at})", if en { c.en() } else { c.vi() }))
        .collect::<Vec<_>>()
        .join(", ")
}

impl RowKind {
    pub fn vi(&self) -> String {
        match self {
            RowKind::Title { text } => format!("tiêu đề \"{text}\""),
            RowKind::Header { columns } => {
                format!("dòng tiêu đề bảng: {}", columns_list(columns, false))
            }
            RowKind::Field { code } => format!("lĩnh vực {code}"),
            RowKind::Criterion { code } => format!("tiêu chí {code}"),
            RowKind::SubCriterion { code } => format!("tiêu chí thành phần {code}"),
            RowKind::Total {
                max,
                score,
                sum_max,
                sum_score,
            } => format!(
                "dòng tổng điểm, dùng để đối chiếu: ghi {} / {}, cộng các lĩnh vực được {} / {}",
                shown(*score),
                shown(*max),
                sum_score.vi(),
                sum_max.vi()
            ),
            RowKind::Continuation { onto } => {
                format!("phần tiếp của ô kế hoạch phía trên, ghép vào {onto}")
            }
            RowKind::Summary => "bảng tổng hợp kết quả".to_string(),
            RowKind::Skipped { why } => format!("bỏ qua: {}", why.vi()),
        }
    }

    pub fn en(&self) -> String {
        match self {
            RowKind::Title { text } => format!("title \"{text}\""),
            RowKind::Header { columns } => {
                format!("table header: {}", columns_list(columns, true))
            }
            RowKind::Field { code } => format!("field {code}"),
            RowKind::Criterion { code } => format!("criterion {code}"),
            RowKind::SubCriterion { code } => format!("sub-criterion {code}"),
            RowKind::Total {
                max,
                score,
                sum_max,
                sum_score,
            } => format!(
                "total row, checked: written {} / {}, the fields add up to {} / {}",
                shown_en(*score),
                shown_en(*max),
                sum_score.en(),
                sum_max.en()
            ),
            RowKind::Continuation { onto } => {
                format!("rest of the plan cell above, appended to {onto}")
            }
            RowKind::Summary => "summary table".to_string(),
            RowKind::Skipped { why } => format!("skipped: {}", why.en()),
        }
    }
}

fn shown(p: Option<Points>) -> String {
    p.map_or_else(|| "(trống)".to_string(), Points::vi)
}

fn shown_en(p: Option<Points>) -> String {
    p.map_or_else(|| "(blank)".to_string(), Points::en)
}

impl Skip {
    pub fn vi(&self) -> String {
        match self {
            Skip::ColumnNumbers => "dòng đánh số cột".to_string(),
            Skip::NotACode { text } => format!("\"{text}\" không phải mã tiêu chí"),
            Skip::NoCode => "không có mã".to_string(),
            Skip::BelowTable => "nằm dưới dòng tổng điểm".to_string(),
        }
    }

    pub fn en(&self) -> String {
        match self {
            Skip::ColumnNumbers => "the columns' numbers".to_string(),
            Skip::NotACode { text } => format!("\"{text}\" is not a code"),
            Skip::NoCode => "no code".to_string(),
            Skip::BelowTable => "below the total row".to_string(),
        }
    }
}

impl Detail {
    pub fn vi(&self) -> String {
        match self {
            Detail::NumberFromText { column, text } => {
                format!("{} đọc từ chữ \"{text}\"", column.vi())
            }
            Detail::ScoreBlank => "điểm để trống, giữ trống".to_string(),
            Detail::PlanSplit { lead, task } => {
                format!("đơn vị chủ trì \"{lead}\", nhiệm vụ \"{}\"", short(task))
            }
            Detail::LeadFromList { lead, partners } => format!(
                "ô nêu nhiều đơn vị: \"{lead}\" chủ trì; phối hợp: {}",
                partners.join("; ")
            ),
            Detail::PlanContinues { onto } => {
                format!("chữ trong cột kế hoạch viết tiếp ô của {onto}, ghép vào {onto}")
            }
            Detail::PlanFromMerge { onto, rows } => {
                format!("ô kế hoạch gộp qua {rows}, gán cho {onto}")
            }
            Detail::PlanRepeated { of } => {
                format!("kế hoạch giống hệt của {of} (ghi lặp lại), giữ một lần ở {of}")
            }
            Detail::PlanFromBlock { onto, rows } => format!(
                "kế hoạch ghi ở dòng đầu của {rows}, các dòng sau để trống (ô gộp khi chép ra chữ), gán cho {onto}"
            ),
        }
    }

    pub fn en(&self) -> String {
        match self {
            Detail::NumberFromText { column, text } => {
                format!("{} read from the text \"{text}\"", column.en())
            }
            Detail::ScoreBlank => "score blank, kept blank".to_string(),
            Detail::PlanSplit { lead, task } => {
                format!("lead \"{lead}\", task \"{}\"", short(task))
            }
            Detail::LeadFromList { lead, partners } => format!(
                "the cell names several agencies: \"{lead}\" leads; partners: {}",
                partners.join("; ")
            ),
            Detail::PlanContinues { onto } => {
                format!("the plan cells continue {onto}'s, appended to {onto}")
            }
            Detail::PlanFromMerge { onto, rows } => {
                format!("plan cell merged over {rows}, applied to {onto}")
            }
            Detail::PlanRepeated { of } => {
                format!("the same plan as {of}'s, repeated; kept once, on {of}")
            }
            Detail::PlanFromBlock { onto, rows } => format!(
                "plan on the first of {rows} with the others blank (a merged cell flattened to text), applied to {onto}"
            ),
        }
    }
}

/// The first words of a long text, for a one-line reading.
fn short(text: &str) -> String {
    const MAX: usize = 60;
    if text.chars().count() <= MAX {
        text.to_string()
    } else {
        let cut: String = text.chars().take(MAX).collect();
        format!("{cut}…")
    }
}
