//! Every string the window shows, in Vietnamese (the default) and English, and the one place
//! that formats a number for the chosen language.

use serde::{Deserialize, Serialize};

use crate::model::Points;

/// Ngôn ngữ giao diện.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    Vi,
    En,
}

impl Lang {
    /// The strings of this language.
    pub fn s(self) -> &'static Strings {
        match self {
            Lang::Vi => &VI,
            Lang::En => &EN,
        }
    }

    /// A number with this language's decimal mark: 79,68 or 79.68.
    pub fn num(self, points: Points) -> String {
        match self {
            Lang::Vi => points.vi(),
            Lang::En => points.en(),
        }
    }

    /// A signed difference with an arrow: ▲ +1,5, ▼ -0,25, or = 0.
    pub fn delta(self, points: Points) -> String {
        if points.is_zero() {
            "= 0".to_string()
        } else if points.is_negative() {
            format!("▼ {}", self.num(points))
        } else {
            format!("▲ +{}", self.num(points))
        }
    }

    /// A percentage with one decimal, in this language's decimal mark.
    pub fn percent(self, value: f64) -> String {
        let text = format!("{value:.1} %");
        match self {
            Lang::Vi => text.replace('.', ","),
            Lang::En => text,
        }
    }
}

/// The UI strings of one language.
pub struct Strings {
    pub app_title: &'static str,
    pub menu_file: &'static str,
    pub menu_edit: &'static str,
    pub menu_view: &'static str,
    pub open: &'static str,
    pub open_recent: &'static str,
    pub no_recent: &'static str,
    pub quit: &'static str,
    pub undo: &'static str,
    pub redo: &'static str,
    pub reset_all: &'static str,
    pub expand_all: &'static str,
    pub collapse_all: &'static str,
    pub language: &'static str,
    pub assessed_year: &'static str,
    pub index_published: &'static str,
    pub rank: &'static str,
    pub index_projected: &'static str,
    pub self_part: &'static str,
    pub unsaved: &'static str,
    pub filter_hint: &'static str,
    pub sort_by_lost: &'static str,
    pub col_code: &'static str,
    pub col_name: &'static str,
    pub col_max: &'static str,
    pub col_base: &'static str,
    pub col_lost: &'static str,
    pub col_projected: &'static str,
    pub col_delta: &'static str,
    pub col_lead: &'static str,
    pub col_deadline: &'static str,
    pub expand: &'static str,
    pub collapse: &'static str,
    pub inferred_tip: &'static str,
    pub corrected_tip: &'static str,
    pub assumed_tip: &'static str,
    pub editor_title: &'static str,
    pub select_hint: &'static str,
    pub projected_score: &'static str,
    pub survey_score: &'static str,
    pub full_marks: &'static str,
    pub reset: &'static str,
    pub enter_value: &'static str,
    pub bad_number: &'static str,
    pub of_max: &'static str,
    pub lead: &'static str,
    pub deadline: &'static str,
    pub task: &'static str,
    pub charts_title: &'static str,
    pub chart_lost: &'static str,
    pub chart_attainment: &'static str,
    pub part_self: &'static str,
    pub part_survey: &'static str,
    pub part_whole: &'static str,
    pub series_baseline: &'static str,
    pub series_projected: &'static str,
    pub points_lost: &'static str,
    pub findings_title: &'static str,
    pub no_findings: &'static str,
    pub severity_error: &'static str,
    pub severity_warning: &'static str,
    pub severity_info: &'static str,
    pub apply_suggestion: &'static str,
    pub withdraw_suggestion: &'static str,
    pub suggestion_applied: &'static str,
    pub error_title: &'static str,
    pub ok: &'static str,
    pub close_title: &'static str,
    pub close_question: &'static str,
    pub discard: &'static str,
    pub cancel: &'static str,
    pub ron_filter: &'static str,
    pub embedded: &'static str,
}

/// Tiếng Việt.
pub static VI: Strings = Strings {
    app_title: "Chỉ số CCHC",
    menu_file: "Tệp",
    menu_edit: "Sửa",
    menu_view: "Xem",
    open: "Mở…",
    open_recent: "Mở gần đây",
    no_recent: "(chưa có)",
    quit: "Thoát",
    undo: "Hoàn tác",
    redo: "Làm lại",
    reset_all: "Đặt lại tất cả",
    expand_all: "Mở rộng tất cả",
    collapse_all: "Thu gọn tất cả",
    language: "Ngôn ngữ",
    assessed_year: "Năm đánh giá",
    index_published: "Chỉ số công bố",
    rank: "Xếp hạng",
    index_projected: "Dự kiến",
    self_part: "Tự đánh giá",
    unsaved: "có thay đổi chưa lưu",
    filter_hint: "Lọc theo mã, tên, cơ quan…",
    sort_by_lost: "Xếp theo điểm bị trừ",
    col_code: "Mã",
    col_name: "Tiêu chí",
    col_max: "Tối đa",
    col_base: "Điểm",
    col_lost: "Bị trừ",
    col_projected: "Dự kiến",
    col_delta: "Δ",
    col_lead: "Cơ quan chủ trì",
    col_deadline: "Thời hạn",
    expand: "Mở rộng",
    collapse: "Thu gọn",
    inferred_tip: "Tài liệu để trống điểm này; giá trị được suy ra từ các tiêu chí thành phần.",
    corrected_tip: "Điểm công bố mâu thuẫn với các tiêu chí thành phần và lĩnh vực; các số liệu tổng hợp dùng giá trị đã hiệu chỉnh:",
    assumed_tip: "Tài liệu để trống điểm này và không thể suy ra; tạm coi là đạt điểm tối đa.",
    editor_title: "Dự kiến điểm",
    select_hint: "Chọn một dòng trong bảng để dự kiến điểm của nó.",
    projected_score: "Điểm dự kiến",
    survey_score: "Điểm điều tra xã hội học",
    full_marks: "Đạt tối đa",
    reset: "Đặt lại",
    enter_value: "Nhập điểm (vd. 1,5)",
    bad_number: "Không đọc được số",
    of_max: "trên",
    lead: "Chủ trì",
    deadline: "Thời hạn",
    task: "Nhiệm vụ",
    charts_title: "Biểu đồ",
    chart_lost: "Điểm bị trừ theo lĩnh vực",
    chart_attainment: "Tỷ lệ đạt (% điểm tối đa)",
    part_self: "Tự đánh giá",
    part_survey: "Điều tra XHH",
    part_whole: "Cả lĩnh vực",
    series_baseline: "Năm đánh giá",
    series_projected: "Dự kiến",
    points_lost: "điểm bị trừ",
    findings_title: "Phát hiện",
    no_findings: "Không có phát hiện nào.",
    severity_error: "Lỗi",
    severity_warning: "Cảnh báo",
    severity_info: "Thông tin",
    apply_suggestion: "Áp dụng hiệu chỉnh",
    withdraw_suggestion: "Bỏ hiệu chỉnh",
    suggestion_applied: "Đã áp dụng",
    error_title: "Không mở được tệp",
    ok: "Đóng",
    close_title: "Thoát chương trình?",
    close_question: "Các dự kiến chưa được lưu sẽ bị bỏ. Bỏ thay đổi và thoát?",
    discard: "Bỏ thay đổi",
    cancel: "Hủy",
    ron_filter: "Bảng điểm",
    embedded: "có sẵn",
};

/// English.
pub static EN: Strings = Strings {
    app_title: "PAR Index",
    menu_file: "File",
    menu_edit: "Edit",
    menu_view: "View",
    open: "Open…",
    open_recent: "Open recent",
    no_recent: "(none)",
    quit: "Quit",
    undo: "Undo",
    redo: "Redo",
    reset_all: "Reset all",
    expand_all: "Expand all",
    collapse_all: "Collapse all",
    language: "Language",
    assessed_year: "Assessed year",
    index_published: "Published index",
    rank: "Rank",
    index_projected: "Projected",
    self_part: "Self-assessment",
    unsaved: "unsaved changes",
    filter_hint: "Filter by code, name, agency…",
    sort_by_lost: "Sort by points lost",
    col_code: "Code",
    col_name: "Criterion",
    col_max: "Max",
    col_base: "Score",
    col_lost: "Lost",
    col_projected: "Projected",
    col_delta: "Δ",
    col_lead: "Lead agency",
    col_deadline: "Deadline",
    expand: "Expand",
    collapse: "Collapse",
    inferred_tip: "The source leaves this score blank; it is inferred from the sub-criteria.",
    corrected_tip: "The published score contradicts the sub-criteria and the field; derived figures use the corrected value:",
    assumed_tip: "The source leaves this score blank and it cannot be inferred; full marks assumed.",
    editor_title: "Projection",
    select_hint: "Select a row in the table to project its score.",
    projected_score: "Projected score",
    survey_score: "Survey score",
    full_marks: "Full marks",
    reset: "Reset",
    enter_value: "Enter a score (e.g. 1.5)",
    bad_number: "Not a number",
    of_max: "of",
    lead: "Lead",
    deadline: "Deadline",
    task: "Task",
    charts_title: "Charts",
    chart_lost: "Points lost per field",
    chart_attainment: "Attainment (% of max)",
    part_self: "Self-assessment",
    part_survey: "Survey",
    part_whole: "Whole field",
    series_baseline: "Assessed year",
    series_projected: "Projected",
    points_lost: "points lost",
    findings_title: "Findings",
    no_findings: "No findings.",
    severity_error: "Error",
    severity_warning: "Warning",
    severity_info: "Info",
    apply_suggestion: "Apply correction",
    withdraw_suggestion: "Withdraw correction",
    suggestion_applied: "Applied",
    error_title: "Cannot open the file",
    ok: "Close",
    close_title: "Quit?",
    close_question: "Projections not saved will be lost. Discard them and quit?",
    discard: "Discard",
    cancel: "Cancel",
    ron_filter: "Scorecard",
    embedded: "built-in",
};
