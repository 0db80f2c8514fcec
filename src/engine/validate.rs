//! The validator: everything in a scorecard that does not add up, said once, with a
//! correction where the data itself points to one.
//!
//! The appendix of a remediation plan lists only what missed full marks, so children that lose
//! *less* than their parent are normal (the rest is unitemised: a warning, since the document
//! claims unlisted criteria got full marks), while children that lose *more* are impossible.

use std::collections::HashMap;
use std::fmt::Write as _;

use serde::Serialize;

use crate::model::Points;

use super::analysis::{Analysis, Basis, Level};

/// Mức độ: how serious a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Thông tin: worth knowing, nothing wrong.
    Info,
    /// Cảnh báo: the data is possible but suspicious or incomplete.
    Warning,
    /// Lỗi: the data cannot be right.
    Error,
}

/// What kind of problem a finding reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Check {
    ChildrenLoseMore,
    Unitemised,
    Inferred,
    AssumedFull,
    Rounding,
    TotalMismatch,
    ScoreAboveMax,
    Negative,
    DuplicateCode,
    CodeOutsideParent,
    ChildrenExceedMax,
    /// Figures the card does not have yet: a field's score, or the fields altogether.
    Missing,
    /// The fields' maxima do not add up to the method's.
    MethodMismatch,
}

/// Phát hiện: one thing the validator found.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub severity: Severity,
    pub check: Check,
    /// The code of the item or field concerned ("6.1", "4"); empty for the whole index.
    pub code: String,
    pub message_vi: String,
    pub message_en: String,
    /// The value the item should have for the data to add up, where the data says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggestion: Option<Points>,
}

impl Finding {
    fn new(severity: Severity, check: Check, code: &str, vi: String, en: String) -> Self {
        Finding {
            severity,
            check,
            code: code.to_string(),
            message_vi: vi,
            message_en: en,
            suggestion: None,
        }
    }
}

/// Published whole figures carry two decimals; a difference below one hundredth is rounding.
pub(crate) const PUBLISHED_PRECISION: Points = Points::from_units(100);

/// Every finding, errors first, then warnings, then notes; in the scorecard's order within
/// each (an error must not sit below the fold under a list of notes).
pub fn check(analysis: &Analysis) -> Vec<Finding> {
    let mut out = Vec::new();
    duplicate_codes(analysis, &mut out);
    for index in 0..analysis.nodes.len() {
        numbers(analysis, index, &mut out);
        structure(analysis, index, &mut out);
        losses(analysis, index, &mut out);
        basis(analysis, index, &mut out);
        field_total(analysis, index, &mut out);
    }
    index_total(analysis, &mut out);
    method(analysis, &mut out);
    out.sort_by_key(|f| std::cmp::Reverse(f.severity));
    out
}

/// "LV6" for a field, the code itself for an item.
fn label(analysis: &Analysis, index: usize) -> String {
    let node = &analysis.nodes[index];
    match node.level {
        Level::Field => format!("LV{}", node.code),
        Level::Item => node.code.clone(),
    }
}

fn duplicate_codes(analysis: &Analysis, out: &mut Vec<Finding>) {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for node in &analysis.nodes {
        let count = seen.entry(node.code.as_str()).or_insert(0);
        *count += 1;
        if *count == 2 {
            out.push(Finding::new(
                Severity::Error,
                Check::DuplicateCode,
                &node.code,
                format!("Mã \"{}\" xuất hiện nhiều lần.", node.code),
                format!("Code \"{}\" appears more than once.", node.code),
            ));
        }
    }
}

fn numbers(analysis: &Analysis, index: usize, out: &mut Vec<Finding>) {
    let node = &analysis.nodes[index];
    let name = label(analysis, index);
    if node.max.is_negative() || node.published.is_some_and(Points::is_negative) {
        out.push(Finding::new(
            Severity::Error,
            Check::Negative,
            &node.code,
            format!("{name}: điểm hoặc điểm chuẩn âm."),
            format!("{name}: negative score or maximum."),
        ));
    }
    if let Some(score) = node.published.filter(|s| *s > node.max) {
        out.push(Finding::new(
            Severity::Error,
            Check::ScoreAboveMax,
            &node.code,
            format!(
                "{name}: điểm {} lớn hơn điểm chuẩn {}.",
                score.vi(),
                node.max.vi()
            ),
            format!(
                "{name}: score {} exceeds its maximum {}.",
                score.en(),
                node.max.en()
            ),
        ));
    }
    // A self-score (điểm tự chấm) outside [0, max] is a typo; one below the verified score is
    // possible (the Ministry may raise a score) and not reported.
    if let Some(own) = node.self_score.filter(|s| s.is_negative() || *s > node.max) {
        let check = if own.is_negative() {
            Check::Negative
        } else {
            Check::ScoreAboveMax
        };
        out.push(Finding::new(
            Severity::Error,
            check,
            &node.code,
            format!(
                "{name}: điểm tự chấm {} nằm ngoài khoảng 0–{}.",
                own.vi(),
                node.max.vi()
            ),
            format!(
                "{name}: self-score {} is outside 0–{}.",
                own.en(),
                node.max.en()
            ),
        ));
    }
    if node.level == Level::Field {
        let info = &analysis.fields[node.field];
        if info.survey_max.is_negative() || info.survey_base.is_negative() {
            out.push(Finding::new(
                Severity::Error,
                Check::Negative,
                &node.code,
                format!("{name}: điểm điều tra xã hội học âm."),
                format!("{name}: negative survey score or maximum."),
            ));
        }
        if info.survey_base > info.survey_max {
            out.push(Finding::new(
                Severity::Error,
                Check::ScoreAboveMax,
                &node.code,
                format!(
                    "{name}: điểm điều tra xã hội học {} lớn hơn tối đa {}.",
                    info.survey_base.vi(),
                    info.survey_max.vi()
                ),
                format!(
                    "{name}: survey score {} exceeds its maximum {}.",
                    info.survey_base.en(),
                    info.survey_max.en()
                ),
            ));
        }
    }
}

fn structure(analysis: &Analysis, index: usize, out: &mut Vec<Finding>) {
    let node = &analysis.nodes[index];
    let name = label(analysis, index);
    if let Some(parent) = node.parent {
        let prefix = format!("{}.", analysis.nodes[parent].code);
        if !node.code.starts_with(&prefix) || node.code.len() == prefix.len() {
            let parent_name = label(analysis, parent);
            out.push(Finding::new(
                Severity::Error,
                Check::CodeOutsideParent,
                &node.code,
                format!(
                    "Mã {} không thuộc {parent_name} (phải bắt đầu bằng \"{prefix}\").",
                    node.code
                ),
                format!(
                    "Code {} is not under {parent_name} (expected it to start with \"{prefix}\").",
                    node.code
                ),
            ));
        }
    }
    let children_max = Points::sum(node.children.iter().map(|&c| analysis.nodes[c].max));
    if children_max > node.max {
        out.push(Finding::new(
            Severity::Error,
            Check::ChildrenExceedMax,
            &node.code,
            format!(
                "{name}: tổng điểm chuẩn các tiêu chí con {} vượt điểm chuẩn {}.",
                children_max.vi(),
                node.max.vi()
            ),
            format!(
                "{name}: its children's maxima add up to {}, more than its maximum {}.",
                children_max.en(),
                node.max.en()
            ),
        ));
    }
}

/// Children that lose more than their parent (error), or less (unitemised loss: warning).
/// Runs on the settled baseline, so a child already corrected no longer warns on its own.
fn losses(analysis: &Analysis, index: usize, out: &mut Vec<Finding>) {
    let node = &analysis.nodes[index];
    if node.children.is_empty() || node.basis == Basis::Inferred {
        return;
    }
    let name = label(analysis, index);
    let raw_itemised = Points::sum(node.children.iter().map(|&c| {
        let child = &analysis.nodes[c];
        match child.basis {
            Basis::Corrected { published } => child.max - published,
            _ => child.lost(),
        }
    }));
    let lost = node.lost();
    if raw_itemised > lost {
        let mut finding = Finding::new(
            Severity::Error,
            Check::ChildrenLoseMore,
            &node.code,
            format!(
                "{name}: các tiêu chí con bị trừ tổng {} điểm nhưng {name} chỉ bị trừ {} — không thể xảy ra.",
                raw_itemised.vi(),
                lost.vi()
            ),
            format!(
                "{name}: its children lose {} points in all but {name} loses only {}, which is impossible.",
                raw_itemised.en(),
                lost.en()
            ),
        );
        if let Some(&child) = node
            .children
            .iter()
            .find(|&&c| matches!(analysis.nodes[c].basis, Basis::Corrected { .. }))
        {
            let c = &analysis.nodes[child];
            let published = c.published.unwrap_or(Points::ZERO);
            finding.code.clone_from(&c.code);
            let _ = write!(
                finding.message_vi,
                " Nguyên nhân: điểm {} ({}) không khớp với các tiêu chí thành phần (bị trừ {}); đề nghị sửa thành {}.",
                c.code,
                published.vi(),
                analysis.itemised_loss(child).vi(),
                c.base.vi()
            );
            let _ = write!(
                finding.message_en,
                " Cause: {}'s score {} disagrees with its sub-criteria (which lose {}); suggest {}.",
                c.code,
                published.en(),
                analysis.itemised_loss(child).en(),
                c.base.en()
            );
            finding.suggestion = Some(c.base);
        }
        out.push(finding);
        return;
    }
    let unitemised = lost - raw_itemised;
    if !unitemised.is_zero() {
        out.push(Finding::new(
            Severity::Warning,
            Check::Unitemised,
            &node.code,
            format!(
                "{name}: {} trong {} điểm bị trừ không được chi tiết ở tiêu chí nào (văn bản ghi các tiêu chí không liệt kê đạt trọn điểm).",
                unitemised.vi(),
                lost.vi()
            ),
            format!(
                "{name}: {} of its {} lost points is not itemised (the document says unlisted criteria got full marks).",
                unitemised.en(),
                lost.en()
            ),
        ));
    }
}

fn basis(analysis: &Analysis, index: usize, out: &mut Vec<Finding>) {
    let node = &analysis.nodes[index];
    let name = label(analysis, index);
    match node.basis {
        Basis::Inferred => out.push(Finding::new(
            Severity::Info,
            Check::Inferred,
            &node.code,
            format!(
                "{name}: điểm để trống; suy ra {} từ các tiêu chí thành phần (bị trừ {}).",
                node.base.vi(),
                node.lost().vi()
            ),
            format!(
                "{name}: blank score; inferred as {} from its sub-criteria (which lose {}).",
                node.base.en(),
                node.lost().en()
            ),
        )),
        Basis::Assumed => out.push(Finding::new(
            Severity::Warning,
            Check::AssumedFull,
            &node.code,
            format!(
                "{name}: điểm để trống và không có tiêu chí con để suy ra; tạm tính đạt trọn điểm."
            ),
            format!("{name}: blank score with nothing to infer it from; counted at full marks."),
        )),
        Basis::Unknown => out.push(Finding::new(
            Severity::Info,
            Check::Missing,
            &node.code,
            format!("{name}: chưa có điểm tự đánh giá; lĩnh vực chưa được tính vào tổng."),
            format!("{name}: no self-assessment score yet; the field counts in no total."),
        )),
        Basis::Published | Basis::Corrected { .. } => {}
    }
}

/// The summary table's field figure against self-assessment plus survey.
fn field_total(analysis: &Analysis, index: usize, out: &mut Vec<Finding>) {
    let node = &analysis.nodes[index];
    if node.level != Level::Field {
        return;
    }
    let info = &analysis.fields[node.field];
    {
        let Some(published) = info.published_total else {
            return;
        };
        if !node.known() || !info.survey_known {
            return;
        }
        let name = format!("LV{}", node.code);
        let parts = node.base + info.survey_base;
        if parts == published {
            return;
        }
        let diff = (parts - published).abs();
        let rounding = diff < PUBLISHED_PRECISION;
        let (severity, check) = if rounding {
            (Severity::Info, Check::Rounding)
        } else {
            (Severity::Warning, Check::TotalMismatch)
        };
        let (why_vi, why_en) = if rounding {
            (
                "chênh lệch do làm tròn; dùng số công bố",
                "a rounding difference; the published figure is used",
            )
        } else {
            (
                "chênh lệch lớn hơn sai số làm tròn",
                "more than rounding can explain",
            )
        };
        out.push(Finding::new(
            severity,
            check,
            &node.code,
            format!(
                "{name}: số công bố {} khác tổng chi tiết {} (tự đánh giá {} + điều tra {}), chênh {} — {why_vi}.",
                published.vi(),
                parts.vi(),
                node.base.vi(),
                info.survey_base.vi(),
                diff.vi()
            ),
            format!(
                "{name}: published {} differs from the itemised {} (self-assessment {} + survey {}) by {}: {why_en}.",
                published.en(),
                parts.en(),
                node.base.en(),
                info.survey_base.en(),
                diff.en()
            ),
        ));
    }
}

/// The published index against the sum of the published field figures.
fn index_total(analysis: &Analysis, out: &mut Vec<Finding>) {
    let Some(published) = analysis.published_total else {
        return;
    };
    let fields_known = analysis
        .fields
        .iter()
        .all(|f| f.whole_known(&analysis.nodes));
    if analysis.fields.is_empty() || !fields_known {
        return;
    }
    let sum = Points::sum(
        analysis
            .fields
            .iter()
            .map(|f| f.whole_base(&analysis.nodes)),
    );
    if sum == published {
        return;
    }
    let diff = (sum - published).abs();
    let (severity, check) = if diff < PUBLISHED_PRECISION {
        (Severity::Info, Check::Rounding)
    } else {
        (Severity::Warning, Check::TotalMismatch)
    };
    out.push(Finding::new(
        severity,
        check,
        "",
        format!(
            "Tổng điểm công bố {} khác tổng các lĩnh vực {} (chênh {}).",
            published.vi(),
            sum.vi(),
            diff.vi()
        ),
        format!(
            "The published index {} differs from the sum of its fields {} (by {}).",
            published.en(),
            sum.en(),
            diff.en()
        ),
    ));
}

/// What the card lacks against its method: fields altogether (a result known only by its
/// published index), a survey result, or maxima that do not add up to the method's.
fn method(analysis: &Analysis, out: &mut Vec<Finding>) {
    let total_max = analysis.method.total_max;
    if analysis.fields.is_empty() {
        let (vi, en) = match analysis.published_total {
            Some(total) => (
                format!(
                    "Bảng điểm chỉ có chỉ số công bố {} / {}; chưa có số liệu theo lĩnh vực, tiêu chí.",
                    total.vi(),
                    total_max.vi()
                ),
                format!(
                    "The card has only the published index {} of {}; no figures per field or criterion yet.",
                    total.en(),
                    total_max.en()
                ),
            ),
            None => (
                "Bảng điểm chưa có số liệu: chưa có lĩnh vực và chưa có chỉ số công bố."
                    .to_string(),
                "The card has no figures yet: no fields and no published index.".to_string(),
            ),
        };
        out.push(Finding::new(Severity::Info, Check::Missing, "", vi, en));
        return;
    }
    for info in &analysis.fields {
        if !info.survey_known {
            let node = &analysis.nodes[info.node];
            out.push(Finding::new(
                Severity::Info,
                Check::Missing,
                &node.code,
                format!("LV{}: chưa có điểm điều tra xã hội học.", node.code),
                format!("LV{}: no survey score yet.", node.code),
            ));
        }
    }
    let listed = Points::sum(analysis.fields.iter().map(|f| f.whole_max(&analysis.nodes)));
    if listed != total_max {
        out.push(Finding::new(
            Severity::Warning,
            Check::MethodMismatch,
            "",
            format!(
                "Tổng điểm tối đa các lĩnh vực là {}, khác điểm tối đa của chỉ số {} (phương pháp).",
                listed.vi(),
                total_max.vi()
            ),
            format!(
                "The fields' maxima add up to {}, not the index's maximum {} (the method).",
                listed.en(),
                total_max.en()
            ),
        ));
    }
}
