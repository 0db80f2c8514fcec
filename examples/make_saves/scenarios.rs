//! The scenarios shipped in `saves/`, built from the embedded scorecard with the engine's own
//! edits, so the files say exactly what the code computes. `tests/core/scenario_compare.rs` rebuilds
//! them and checks the committed files are identical.

use parindex::engine::{Edit, Session};
use parindex::io;
use parindex::model::{Points, Scenario};

/// A fixed time, so rebuilding the files gives the same bytes.
const MADE: &str = "2026-11-29T03:30:00Z";
const AUTHOR: &str = "parindex — tạo tự động từ Kế hoạch 180/KH-UBND";

/// Leaves whose score depends only on an act of the province itself (handling inspection
/// findings, issuing documents, restructuring posts, carrying out assigned tasks), each due
/// within 2020. Outcome rates (dossiers on time, online filings, new enterprises, budget
/// savings) and the reporting system due in Quý II năm 2021 stay at their 2019 values.
pub const PROVINCE_DECIDES: &[&str] = &["1.3.2", "1.6", "4.1.2", "4.3.3", "6.1.3", "6.2.1"];

/// (file name, scenario) for each shipped scenario.
pub fn build() -> Result<Vec<(&'static str, Scenario)>, io::LoadError> {
    let card = io::embedded_scorecard()?;

    let mut all = Session::new(card.clone());
    all.apply(Edit::ApplyPlan);
    let mut full = io::new_scenario(
        "Kế hoạch 180: đạt toàn bộ",
        card.clone(),
        all.changes().clone(),
    )?;
    full.description = "Mọi tiêu chí có nhiệm vụ trong Kế hoạch 180/KH-UBND đạt điểm tối đa; \
        các phần bị trừ mà kế hoạch không phân tích (LV4: 0,2804; 7.2: 0,047) giữ nguyên như năm 2019, \
        điểm điều tra xã hội học giữ nguyên. Đây là mức trần của kế hoạch: điểm tự đánh giá 66,1726/66,5, \
        Chỉ số CCHC 92,5631."
        .to_string();

    let mut careful = Session::new(card.clone());
    for code in PROVINCE_DECIDES {
        let max = careful
            .analysis()
            .find(code)
            .map_or(Points::ZERO, |i| careful.analysis().node(i).max);
        careful.apply(Edit::SetScore {
            code: (*code).to_string(),
            value: Some(max),
        });
    }
    let mut prudent = io::new_scenario(
        "Kế hoạch 180: thận trọng (việc tỉnh tự quyết)",
        card,
        careful.changes().clone(),
    )?;
    prudent.description = "Chỉ tính đạt điểm tối đa những tiêu chí mà kết quả phụ thuộc vào việc của chính tỉnh \
        và hạn hoàn thành trong năm 2020: 1.3.2 xử lý vấn đề phát hiện qua kiểm tra, 1.6 thực hiện nhiệm vụ \
        Chính phủ giao, 4.1.2 cơ cấu số lượng lãnh đạo, 4.3.3 xử lý vấn đề về phân cấp, 6.1.3 thực hiện kiến \
        nghị sau thanh tra, kiểm toán, 6.2.1 ban hành văn bản về tài sản công. Các tỷ lệ kết quả (hồ sơ TTHC \
        đúng hạn, dịch vụ công trực tuyến, BCCI, doanh nghiệp thành lập mới, giảm chi ngân sách, giải ngân, \
        chuẩn cán bộ cấp xã), việc sắp xếp nhà, đất (cần cấp trên phê duyệt) và Hệ thống thông tin báo cáo \
        (hạn Quý II năm 2021, sau kỳ đánh giá 2020) giữ nguyên như năm 2019. Điểm tự đánh giá 58,5395/66,5 \
        (+5,25), Chỉ số CCHC 84,93."
        .to_string();

    let mut out = vec![
        ("ke-hoach-180-dat-toan-bo.ron", full),
        ("ke-hoach-180-than-trong.ron", prudent),
    ];
    for (_, scenario) in &mut out {
        scenario.author = AUTHOR.to_string();
        scenario.created = MADE.to_string();
        scenario.modified = MADE.to_string();
    }
    Ok(out)
}
