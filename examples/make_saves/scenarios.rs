//! The scenarios shipped in `saves/`, built from the embedded scorecard with the engine's own
//! edits, so the files say exactly what the code computes. `tests/core/scenario_compare.rs` rebuilds
//! them and checks the committed files are identical.

use parindex::engine::{Edit, Session};
use parindex::io;
use parindex::model::{
    Date, Evidence, EvidenceState, Feasible, Points, Ratio, Scenario, SurveyRange,
};

/// A fixed time, so rebuilding the files gives the same bytes.
const MADE: &str = "2026-11-29T03:30:00Z";
const AUTHOR: &str = "parindex — tạo tự động từ Kế hoạch 180/KH-UBND";

/// Leaves whose score depends only on an act of the province itself (handling inspection
/// findings, issuing documents, restructuring posts, carrying out assigned tasks), each due
/// within 2020. Outcome rates (dossiers on time, online filings, new enterprises, budget
/// savings) and the reporting system due in Quý II năm 2021 stay at their 2019 values.
pub const PROVINCE_DECIDES: &[&str] = &["1.3.2", "1.6", "4.1.2", "4.3.3", "6.1.3", "6.2.1"];

/// Công sức (ngày công: one officer's working day) of recovering each of the seed's 21 fixable
/// items, as a Sở Nội vụ officer would estimate it, and whether it can move partway.
/// - Acts of the province (a directive, a decision, documents): days of drafting, consulting
///   and signing — 4.3.3 and 1.3.2 a directive each on inspection findings, 6.2.1 two documents,
///   6.1.3 following up every audit recommendation with the agencies concerned.
/// - Restructuring and staffing (4.1.2 leader posts, 5.1.2 posts by job position, 5.5.2
///   discipline campaigns): reviews across departments, weeks of work.
/// - Outcome rates (dossiers on time at province, district and commune level; disbursement):
///   a push through every one-stop shop and a monitoring system; partial — points in
///   proportion to the rate reached.
/// - The costliest: the socio-economic targets (8.6), new enterprises (8.3.1), cutting budget
///   spending on public units (6.3.4), rearranging state land (6.2.3, needs the Ministry of
///   Finance's approval), commune officials' training to standard (5.7.2).
/// - 7.1.6 (the provincial reporting system) is due in Quý II năm 2021: not before
///   2021-06-30, so not for the 2020 index.
pub const EFFORTS: &[(&str, f64, bool)] = &[
    ("1.3.2", 15.0, false),
    ("1.5", 40.0, false),
    ("1.6", 60.0, false),
    ("3.4.1", 30.0, true),
    ("3.4.2", 150.0, true),
    ("3.4.3", 40.0, true),
    ("4.1.2", 45.0, false),
    ("4.3.3", 12.0, false),
    ("5.1.2", 60.0, false),
    ("5.5.2", 30.0, false),
    ("5.7.2", 80.0, false),
    ("6.1.1", 50.0, true),
    ("6.1.3", 25.0, false),
    ("6.2.1", 10.0, false),
    ("6.2.3", 90.0, false),
    ("6.3.4", 100.0, false),
    ("7.1.6", 120.0, false),
    ("7.2.1", 35.0, false),
    ("7.3.1", 25.0, false),
    ("8.3.1", 150.0, false),
    ("8.6", 200.0, false),
];

/// The goal-seek scenario: target 85, efforts in ngày công, 7.1.6 not before 2021-06-30.
fn goal_85(card: &parindex::model::Scorecard) -> Result<Scenario, io::LoadError> {
    let mut goal = Session::new(card.clone());
    goal.apply(Edit::SetEffortUnit {
        unit: "ngày công".to_string(),
    });
    goal.apply(Edit::SetTarget {
        value: Some(Points::from_units(850_000)),
    });
    for &(code, days, partial) in EFFORTS {
        goal.apply(Edit::SetEffort {
            code: code.to_string(),
            value: Points::from_f64(days).ok(),
        });
        if partial {
            goal.apply(Edit::SetPartial {
                code: code.to_string(),
                partial: true,
            });
        }
    }
    if let Some(q2) = Date::quarter_end(2021, 2) {
        goal.apply(Edit::SetFeasible {
            code: "7.1.6".to_string(),
            feasible: Feasible::After(q2),
        });
    }
    let mut scenario = io::new_scenario(
        "Mục tiêu 85 điểm năm 2020",
        card.clone(),
        goal.changes().clone(),
    )?;
    scenario.description = GOAL_85_DESCRIPTION.to_string();
    Ok(scenario)
}

/// What the goal-seek scenario assumes and what `parindex target` answers on it.
const GOAL_85_DESCRIPTION: &str = "Mục tiêu Chỉ số CCHC năm 2020 đạt 85 điểm. Công sức ước tính \
    theo ngày công cho từng tiêu chí bị trừ điểm; các tỷ lệ (hồ sơ TTHC đúng hạn ba cấp, giải ngân) \
    khắc phục được một phần, điểm tỷ lệ với công sức. 7.1.6 Hệ thống thông tin báo cáo hạn Quý II \
    năm 2021 nên không tính cho năm 2020. Chưa có dự báo: `parindex target` tìm các việc ít công \
    sức nhất — 7 việc, 174 ngày công (4.3.3, 1.3.2, 6.1.3, 6.2.1, 4.1.2, 1.6 trọn điểm và 3.4.2 \
    thêm 0,07 điểm), Chỉ số CCHC 85; phương án ít việc nhất (5 việc: 3.4.2, 1.3.2, 1.6, 4.1.2, \
    4.3.3) tốn 282 ngày công.";

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
    let card_for_risk = card.clone();
    let mut prudent = io::new_scenario(
        "Kế hoạch 180: thận trọng (việc tỉnh tự quyết)",
        card.clone(),
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

    let goal = goal_85(&card)?;
    let risky = at_risk(card_for_risk)?;
    let mut out = vec![
        ("ke-hoach-180-dat-toan-bo.ron", full),
        ("ke-hoach-180-than-trong.ron", prudent),
        ("muc-tieu-85.ron", goal),
        ("ke-hoach-180-rui-ro.ron", risky),
    ];
    for (_, scenario) in &mut out {
        scenario.author = AUTHOR.to_string();
        scenario.created = MADE.to_string();
        scenario.modified = MADE.to_string();
    }
    Ok(out)
}

use EvidenceState::{InProgress, Missing, Ready};

/// The evidence each planned leaf can show by the appraisal, judged from what proves it. The
/// province's own acts (1.3.2, 1.6, 4.1.2, 4.3.3, 6.1.3, 6.2.1) are proven by its own decisions
/// and reports: ready, or being signed. Outcome rates (dossiers on time, online and postal
/// filings, new enterprises, budget savings, disbursement, staff standards) are proven only by
/// the year's figures, which are still being compiled or fall short; the land rearrangement
/// needs a higher approval; the reporting system is due after the assessed year. 8.6 has
/// nothing listed yet, to show the default for an item nobody has documented.
const EVIDENCE: &[(&str, &[(&str, EvidenceState)])] = &[
    (
        "1.3.2",
        &[
            ("Kế hoạch kiểm tra CCHC năm 2020 của UBND tỉnh", Ready),
            (
                "Văn bản của UBND tỉnh chỉ đạo xử lý các vấn đề phát hiện qua kiểm tra",
                InProgress,
            ),
        ],
    ),
    (
        "1.5",
        &[(
            "Quyết định công nhận sáng kiến, giải pháp mới trong CCHC năm 2020",
            InProgress,
        )],
    ),
    (
        "1.6",
        &[(
            "Báo cáo kết quả thực hiện nhiệm vụ Chính phủ, Thủ tướng Chính phủ giao (trích Hệ thống theo dõi nhiệm vụ)",
            Ready,
        )],
    ),
    (
        "3.4.1",
        &[(
            "Số liệu hồ sơ TTHC cấp tỉnh giải quyết đúng hạn năm 2020 (Hệ thống thông tin một cửa điện tử)",
            InProgress,
        )],
    ),
    (
        "3.4.2",
        &[(
            "Số liệu hồ sơ TTHC cấp huyện giải quyết đúng hạn năm 2020 (Hệ thống thông tin một cửa điện tử)",
            Missing,
        )],
    ),
    (
        "3.4.3",
        &[(
            "Số liệu hồ sơ TTHC cấp xã giải quyết đúng hạn năm 2020 (Hệ thống thông tin một cửa điện tử)",
            InProgress,
        )],
    ),
    (
        "4.1.2",
        &[(
            "Quyết định kiện toàn tổ chức bộ máy, cơ cấu số lượng lãnh đạo đúng quy định",
            Ready,
        )],
    ),
    (
        "4.3.3",
        &[(
            "Văn bản chỉ đạo khắc phục các vấn đề về phân cấp phát hiện qua kiểm tra",
            InProgress,
        )],
    ),
    (
        "5.1.2",
        &[(
            "Báo cáo rà soát bố trí viên chức theo vị trí việc làm tại các đơn vị sự nghiệp",
            InProgress,
        )],
    ),
    (
        "5.5.2",
        &[(
            "Báo cáo kết quả kiểm tra công vụ, chấp hành kỷ luật, kỷ cương hành chính",
            InProgress,
        )],
    ),
    (
        "5.7.2",
        &[(
            "Báo cáo tỷ lệ cán bộ cấp xã đạt chuẩn theo quy định",
            Missing,
        )],
    ),
    (
        "6.1.1",
        &[(
            "Báo cáo giải ngân kế hoạch đầu tư vốn ngân sách nhà nước năm 2020",
            InProgress,
        )],
    ),
    (
        "6.1.3",
        &[(
            "Báo cáo kết quả thực hiện kiến nghị sau thanh tra, kiểm tra, kiểm toán nhà nước",
            Ready,
        )],
    ),
    (
        "6.2.1",
        &[(
            "Quyết định của UBND tỉnh về quản lý, sử dụng tài sản công thuộc thẩm quyền",
            Ready,
        )],
    ),
    (
        "6.2.3",
        &[(
            "Phương án sắp xếp lại, xử lý nhà, đất được cấp có thẩm quyền phê duyệt",
            Missing,
        )],
    ),
    (
        "6.3.4",
        &[(
            "Báo cáo tỷ lệ giảm chi trực tiếp ngân sách cho đơn vị sự nghiệp so với năm 2015",
            Missing,
        )],
    ),
    (
        "7.1.6",
        &[(
            "Hệ thống thông tin báo cáo cấp tỉnh đưa vào vận hành",
            Missing,
        )],
    ),
    (
        "7.2.1",
        &[(
            "Số liệu TTHC mức độ 3, 4 có phát sinh hồ sơ trực tuyến năm 2020",
            InProgress,
        )],
    ),
    (
        "7.3.1",
        &[(
            "Số liệu TTHC có phát sinh hồ sơ tiếp nhận, trả kết quả qua dịch vụ BCCI năm 2020",
            InProgress,
        )],
    ),
    (
        "8.3.1",
        &[("Số liệu doanh nghiệp thành lập mới năm 2020", Missing)],
    ),
];

/// The survey parts a new survey may give, per field: (code, low, likely, high), likely the
/// 2019 figure, a little more room below than above.
const SURVEY_RANGES: &[(&str, f64, f64, f64)] = &[
    ("2", 3.45, 3.71, 3.9),
    ("4", 3.1, 3.3504, 3.55),
    ("5", 4.3, 4.6, 4.85),
    ("6", 2.95, 3.189, 3.4),
    ("7", 3.0, 3.257, 3.45),
    ("8", 7.8, 8.29, 8.65),
];

/// The whole plan applied (as ke-hoach-180-dat-toan-bo), with the evidence each planned item
/// can show, one confidence set by hand and the survey as ranges: how sure 92,5631 is.
fn at_risk(card: parindex::model::Scorecard) -> Result<Scenario, io::LoadError> {
    let mut session = Session::new(card.clone());
    session.apply(Edit::ApplyPlan);
    for (code, documents) in EVIDENCE {
        session.apply(Edit::SetEvidence {
            code: (*code).to_string(),
            documents: documents
                .iter()
                .map(|(title, state)| Evidence {
                    title: (*title).to_string(),
                    state: *state,
                    ..Evidence::default()
                })
                .collect(),
        });
    }
    // Due in Quý II năm 2021, after the year the appraisal scores: hardly any chance.
    session.apply(Edit::SetConfidence {
        code: "7.1.6".to_string(),
        value: Some(Ratio::from_units(1_000)),
    });
    for (field, low, likely, high) in SURVEY_RANGES {
        let points = |x: f64| Points::from_f64(x).unwrap_or_default();
        session.apply(Edit::SetSurveyRange {
            field: (*field).to_string(),
            range: SurveyRange::new(points(*low), points(*likely), points(*high)).ok(),
        });
    }
    let mut scenario = io::new_scenario(
        "Kế hoạch 180: đạt toàn bộ, có tính rủi ro thẩm định",
        card,
        session.changes().clone(),
    )?;
    scenario.description = RISKY_DESCRIPTION.to_string();
    Ok(scenario)
}

const RISKY_DESCRIPTION: &str = "Như kịch bản đạt toàn bộ (Chỉ số CCHC dự kiến 92,5631), kèm tình trạng tài liệu kiểm chứng \
    của từng tiêu chí: việc tỉnh tự quyết (1.3.2, 1.6, 4.1.2, 4.3.3, 6.1.3, 6.2.1) có hoặc đang hoàn thiện văn bản; \
    các tỷ lệ kết quả đang tổng hợp số liệu hoặc chưa đạt; sắp xếp nhà, đất chờ cấp trên phê duyệt; Hệ thống thông tin \
    báo cáo hạn Quý II năm 2021 (độ tin cậy đặt 10%); 8.6 chưa khai báo tài liệu. Độ tin cậy mặc định: có 90%, \
    đang hoàn thiện 60%, chưa có 30%, chưa khai báo 50%. Điểm điều tra xã hội học theo khoảng (thấp – dự kiến – cao) \
    quanh điểm năm 2019. Kết quả (tính chính xác): kỳ vọng 86,6039, khoảng 90%: 84,2184–89,0547, xác suất \
    đạt từ 85 điểm trở lên 86,2%.";
