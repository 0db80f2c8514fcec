//! Why a goal cannot be sought: each message in Vietnamese first, then in English.

use crate::model::Points;

/// A request the search cannot answer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GoalError {
    #[error(
        "chỉ số mục tiêu {} vượt điểm tối đa {} — the target index {} is above the maximum {}",
        target.vi(), max.vi(), target.en(), max.en()
    )]
    TargetAboveMax { target: Points, max: Points },
    #[error(
        "chỉ số mục tiêu {} âm — the target index {} is negative",
        target.vi(), target.en()
    )]
    TargetNegative { target: Points },
    #[error(
        "ngân sách công sức {} âm — the effort budget {} is negative",
        budget.vi(), budget.en()
    )]
    BudgetNegative { budget: Points },
    #[error("hạng mục tiêu {rank} nằm ngoài 1–{of} — the target rank {rank} is outside 1–{of}")]
    RankOutOfRange { rank: u32, of: u32 },
    #[error(
        "không có bảng kết quả xếp hạng năm {year} — no results table ranks the units of {year}"
    )]
    NoResults { year: i32 },
    #[error(
        "bảng kết quả thiếu giá trị trung bình cả nước năm {from} hoặc {to} — the results table lacks the national average of {from} or {to}"
    )]
    NoAverage { from: i32, to: i32 },
    #[error(
        "bảng kết quả năm {year} không ghi xếp hạng mà chỉ có {listed}/{of} đơn vị, nên không suy ra được hạng — the {year} results give no ranks and list only {listed} of {of} units, so ranks cannot be worked out"
    )]
    Unranked { year: i32, listed: usize, of: u32 },
    #[error(
        "chưa có mục tiêu: cần chỉ số, hạng hoặc ngân sách công sức — nothing to seek: give a target index, a target rank or an effort budget"
    )]
    NothingAsked,
}
