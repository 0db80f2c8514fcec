//! The goal-seek answer as text for a terminal: Vietnamese by default, numbers with comma
//! decimals; English with `--lang en`.

use std::fmt::Write as _;

use crate::engine::goal::{Answer, Loss, RankRange};
use crate::model::Points;

use super::Lang;

fn pad(text: &str, width: usize) -> String {
    let n = text.chars().count();
    if n >= width {
        format!("{text} ")
    } else {
        format!("{text}{}", " ".repeat(width - n))
    }
}

fn loss_code(loss: &Loss) -> String {
    if loss.field {
        format!("LV{}", loss.code)
    } else {
        loss.code.clone()
    }
}

fn rank_text(rank: &RankRange, lang: Lang) -> String {
    let basis = match (lang, rank.shift.is_zero()) {
        (Lang::Vi, true) => format!("so với kết quả năm {} của các tỉnh khác", rank.year),
        (Lang::Vi, false) => format!(
            "nếu các tỉnh khác tăng bằng mức tăng trung bình cả nước ({})",
            lang.signed(rank.shift)
        ),
        (Lang::En, true) => format!("against the other units' {} results", rank.year),
        (Lang::En, false) => format!(
            "if the other units improve by the national average change ({})",
            lang.signed(rank.shift)
        ),
    };
    let partial = match (lang, rank.is_exact()) {
        (_, true) => String::new(),
        (Lang::Vi, false) => "; bảng kết quả chưa đủ các tỉnh nên chỉ biết khoảng".to_string(),
        (Lang::En, false) => "; the results table is partial, so only a range is known".to_string(),
    };
    let text = match lang {
        Lang::Vi => rank.vi(),
        Lang::En => rank.en(),
    };
    format!("{text} ({basis}{partial})")
}

/// The whole answer as lines of text.
pub fn render(answer: &Answer, lang: Lang) -> String {
    let vi = lang == Lang::Vi;
    let n = |p: Points| lang.num(p);
    let unit = if answer.effort_unit.is_empty() {
        if vi { "việc" } else { "fixes" }.to_string()
    } else {
        answer.effort_unit.clone()
    };
    let mut out = String::new();
    let mut line = |text: String| {
        out.push_str(&text);
        out.push('\n');
    };

    let head = match (answer.target, vi) {
        (Some(t), true) => format!(
            "Mục tiêu năm {}: Chỉ số CCHC {} — {}",
            answer.target_year,
            n(t),
            if answer.reachable {
                "ĐẠT ĐƯỢC"
            } else {
                "KHÔNG ĐẠT ĐƯỢC"
            }
        ),
        (Some(t), false) => format!(
            "Target for {}: PAR Index {} — {}",
            answer.target_year,
            n(t),
            if answer.reachable {
                "REACHABLE"
            } else {
                "NOT REACHABLE"
            }
        ),
        (None, true) => format!(
            "Chỉ số cao nhất trong ngân sách công sức, năm {}",
            answer.target_year
        ),
        (None, false) => format!(
            "The highest index within the effort budget, {}",
            answer.target_year
        ),
    };
    line(head);
    if let Some(rt) = &answer.target_rank {
        line(match (vi, rt.exact) {
            (true, true) => format!("  (hạng {} trở lên cần chỉ số {})", rt.rank, n(rt.index)),
            (true, false) => format!(
                "  (hạng {} trở lên: bảng kết quả chưa đủ các tỉnh, nên lấy mức chắc chắn đạt hạng đó: {})",
                rt.rank,
                n(rt.index)
            ),
            (false, true) => format!(
                "  (rank {} or better needs an index of {})",
                rt.rank,
                n(rt.index)
            ),
            (false, false) => format!(
                "  (rank {} or better: the results table is partial, so the index that guarantees it: {})",
                rt.rank,
                n(rt.index)
            ),
        });
    }
    if let Some(budget) = answer.budget {
        line(if vi {
            format!("Ngân sách công sức: {} {unit}", n(budget))
        } else {
            format!("Effort budget: {} {unit}", n(budget))
        });
    }
    let mut baseline = if vi {
        format!("Kết quả năm {}: {}", answer.year, n(answer.baseline_total))
    } else {
        format!("{} result: {}", answer.year, n(answer.baseline_total))
    };
    if let Some(rank) = &answer.baseline_rank {
        let _ = write!(baseline, ", {}", if vi { rank.vi() } else { rank.en() });
    }
    line(baseline);
    let mut projected = if vi {
        format!(
            "Dự báo với các việc dưới đây: {}",
            n(answer.projected_total)
        )
    } else {
        format!(
            "Projected with the fixes below: {}",
            n(answer.projected_total)
        )
    };
    if let Some(rank) = &answer.projected_rank {
        let _ = write!(projected, ", {}", rank_text(rank, lang));
    }
    line(projected);
    let default_effort = answer.effort_unit.is_empty();
    line(match (vi, default_effort) {
        (true, true) => format!(
            "Tổng công sức: {} việc ({} việc; chưa nhập công sức nên mỗi việc tính là 1)",
            n(answer.total_effort),
            answer.fixes.len()
        ),
        (true, false) => format!(
            "Tổng công sức: {} {unit} ({} việc)",
            n(answer.total_effort),
            answer.fixes.len()
        ),
        (false, true) => format!(
            "Total effort: {} ({} fixes; no efforts entered, so each counts 1)",
            n(answer.total_effort),
            answer.fixes.len()
        ),
        (false, false) => format!(
            "Total effort: {} {unit} ({} fixes)",
            n(answer.total_effort),
            answer.fixes.len()
        ),
    });
    if !answer.proven {
        line(if vi {
            "Lưu ý: việc tìm kiếm dừng ở giới hạn số bước; đây là phương án tốt nhất tìm được, chưa chứng minh là rẻ nhất.".to_string()
        } else {
            "Note: the search stopped at its step limit; this is the best set found, not proven cheapest.".to_string()
        });
    }
    if !answer.additive {
        line(if vi {
            "Lưu ý: bảng điểm có chỗ điểm cha chạm mức tối đa, nên điểm các việc không cộng thẳng; mọi con số đã được tính lại theo quy tắc của parindex.".to_string()
        } else {
            "Note: a clamp binds on this card (a parent at its maximum), so gains do not simply add; every figure was recomputed by parindex's rule.".to_string()
        });
    }

    if !answer.fixes.is_empty() {
        line(String::new());
        line(if vi {
            "Các việc cần làm (xếp theo điểm khôi phục trên công sức):".to_string()
        } else {
            "Fixes (by points recovered per effort):".to_string()
        });
        let heads: [&str; 6] = if vi {
            [
                "Mã",
                "Điểm",
                "Công sức",
                "Đơn vị chủ trì",
                "Thời hạn",
                "Tiêu chí",
            ]
        } else {
            [
                "Code",
                "Points",
                "Effort",
                "Lead agency",
                "Deadline",
                "Criterion",
            ]
        };
        line(format!(
            "  {}{}{}{}{}{}",
            pad(heads[0], 8),
            pad(heads[1], 9),
            pad(heads[2], 10),
            pad(heads[3], 30),
            pad(heads[4], 18),
            heads[5]
        ));
        for fix in &answer.fixes {
            let mut gain = lang.signed(fix.gain);
            if fix.partial {
                gain.push('*');
            }
            let mut name = fix.name.clone();
            if fix.late {
                name.push_str(if vi {
                    " [hạn kế hoạch sau năm mục tiêu]"
                } else {
                    " [plan deadline after the target year]"
                });
            }
            line(format!(
                "  {}{}{}{}{}{}",
                pad(&fix.code, 8),
                pad(&gain, 9),
                pad(&n(fix.effort), 10),
                pad(fix.lead.as_deref().unwrap_or("—"), 30),
                pad(
                    if fix.deadline.is_empty() {
                        "—"
                    } else {
                        &fix.deadline
                    },
                    18
                ),
                name
            ));
        }
        if answer.fixes.iter().any(|f| f.partial) {
            line(if vi {
                "  * khắc phục một phần: điểm tỷ lệ với công sức bỏ ra".to_string()
            } else {
                "  * partly: points in proportion to the effort spent".to_string()
            });
        }
    }

    if let Some(short) = &answer.shortfall {
        line(String::new());
        line(if vi {
            format!(
                "Cao nhất có thể: {} (còn thiếu {} so với mục tiêu). Phần còn thiếu do:",
                n(short.nearest),
                n(short.short_by)
            )
        } else {
            format!(
                "Highest reachable: {} ({} short of the target). What blocks the rest:",
                n(short.nearest),
                n(short.short_by)
            )
        });
        if short.budget_limited {
            line(if vi {
                "  - ngân sách công sức không đủ cho các việc còn lại".to_string()
            } else {
                "  - the effort budget does not cover the remaining fixes".to_string()
            });
        }
        if !short.infeasible.is_zero() {
            line(if vi {
                format!(
                    "  - việc không khả thi trong năm {}: {}",
                    answer.target_year,
                    n(short.infeasible)
                )
            } else {
                format!(
                    "  - fixes not feasible in {}: {}",
                    answer.target_year,
                    n(short.infeasible)
                )
            });
        }
    }
    if !answer.left_out.is_empty() {
        line(String::new());
        line(if vi {
            "Không tính (không khả thi trong năm mục tiêu):".to_string()
        } else {
            "Left out (not feasible in the target year):".to_string()
        });
        for item in &answer.left_out {
            let why = if vi {
                item.reason.vi()
            } else {
                item.reason.en()
            };
            line(format!(
                "  {}{}{why} — {}",
                pad(&item.code, 8),
                pad(&n(item.gain), 9),
                item.name
            ));
        }
    }
    let un = &answer.unfixable;
    line(String::new());
    line(if vi {
        "Không phải việc khắc phục được:".to_string()
    } else {
        "Not fixable items:".to_string()
    });
    if !un.unitemised.is_empty() {
        let parts: Vec<String> = un
            .unitemised
            .iter()
            .map(|l| format!("{} {}", loss_code(l), n(l.lost)))
            .collect();
        line(if vi {
            format!(
                "  - điểm bị trừ không phân tích thành tiêu chí thành phần: {} (cộng {})",
                parts.join("; "),
                n(un.unitemised_total)
            )
        } else {
            format!(
                "  - losses not itemised into sub-criteria: {} (together {})",
                parts.join("; "),
                n(un.unitemised_total)
            )
        });
    }
    line(if vi {
        format!(
            "  - điểm điều tra xã hội học bị trừ: {} (không do tỉnh tự khắc phục bằng một việc)",
            n(un.survey)
        )
    } else {
        format!(
            "  - survey points lost: {} (not the province's to fix by an act)",
            n(un.survey)
        )
    });
    if !un.rounding.is_zero() {
        line(if vi {
            format!("  - làm tròn của điểm công bố: {}", n(un.rounding))
        } else {
            format!("  - rounding of the published figures: {}", n(un.rounding))
        });
    }
    out
}
