//! Lệnh: everything a person can ask for from a menu or a key, in one place — each command's
//! label, tooltip and shortcuts — with one listener for the keyboard. Menus are lists of
//! commands, the shortcut list in Help is this table, and a command becomes an [`Action`] that
//! the app applies at its one apply point.

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::engine::Edit;

use super::action::Action;
use super::evidence::RiskAction;
use super::goal::{GoalAction, GoalPath};
use super::i18n::Lang;
use super::scoreboard::AgencyAction;
use super::workspace::Tab;

/// A command with no parameter of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Command {
    NewCard,
    Open,
    Save,
    SaveAs,
    SaveCardAs,
    Import,
    ExportTable,
    ExportReport,
    ExportProgress,
    Quit,
    Undo,
    Redo,
    ResetAll,
    PasteTable,
    EditStructure,
    ScenarioInfo,
    Find,
    ExpandAll,
    CollapseAll,
    ShowScores,
    ShowAgencies,
    ShowDeadlines,
    ShowCompare,
    ShowHistory,
    ShowGoal,
    ShowEvidence,
    ShowScoreboard,
    ApplyPlan,
    ProjectByStatus,
    SendTaskSheets,
    ReceiveReports,
    ReportDocx,
    ExportScoreboard,
    ExportChecklist,
    ApplyGoal,
    ExportFixTable,
    ExportClimbChart,
    Guide,
    Shortcuts,
    About,
}

const fn ctrl(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND, key)
}

const fn ctrl_shift(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), key)
}

impl Command {
    /// Every command, in menu order.
    pub const ALL: [Command; 40] = [
        Command::NewCard,
        Command::Open,
        Command::Save,
        Command::SaveAs,
        Command::SaveCardAs,
        Command::Import,
        Command::ExportTable,
        Command::ExportReport,
        Command::ExportProgress,
        Command::Quit,
        Command::Undo,
        Command::Redo,
        Command::ResetAll,
        Command::PasteTable,
        Command::EditStructure,
        Command::ScenarioInfo,
        Command::Find,
        Command::ExpandAll,
        Command::CollapseAll,
        Command::ShowScores,
        Command::ShowAgencies,
        Command::ShowDeadlines,
        Command::ShowCompare,
        Command::ShowHistory,
        Command::ShowGoal,
        Command::ShowEvidence,
        Command::ShowScoreboard,
        Command::ApplyPlan,
        Command::ProjectByStatus,
        Command::SendTaskSheets,
        Command::ReceiveReports,
        Command::ReportDocx,
        Command::ExportScoreboard,
        Command::ExportChecklist,
        Command::ApplyGoal,
        Command::ExportFixTable,
        Command::ExportClimbChart,
        Command::Guide,
        Command::Shortcuts,
        Command::About,
    ];

    /// The keys that run the command; the first is the one menus show.
    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
        const NEW: [KeyboardShortcut; 1] = [ctrl(Key::N)];
        const OPEN: [KeyboardShortcut; 1] = [ctrl(Key::O)];
        const SAVE: [KeyboardShortcut; 1] = [ctrl(Key::S)];
        const SAVE_AS: [KeyboardShortcut; 1] = [ctrl_shift(Key::S)];
        const IMPORT: [KeyboardShortcut; 1] = [ctrl(Key::I)];
        const QUIT: [KeyboardShortcut; 1] = [ctrl(Key::Q)];
        const UNDO: [KeyboardShortcut; 1] = [ctrl(Key::Z)];
        const REDO: [KeyboardShortcut; 2] = [ctrl(Key::Y), ctrl_shift(Key::Z)];
        const PASTE: [KeyboardShortcut; 1] = [ctrl_shift(Key::V)];
        const FIND: [KeyboardShortcut; 1] = [ctrl(Key::F)];
        const TAB1: [KeyboardShortcut; 1] = [ctrl(Key::Num1)];
        const TAB2: [KeyboardShortcut; 1] = [ctrl(Key::Num2)];
        const TAB3: [KeyboardShortcut; 1] = [ctrl(Key::Num3)];
        const TAB4: [KeyboardShortcut; 1] = [ctrl(Key::Num4)];
        const TAB5: [KeyboardShortcut; 1] = [ctrl(Key::Num5)];
        const TAB6: [KeyboardShortcut; 1] = [ctrl(Key::Num6)];
        const TAB7: [KeyboardShortcut; 1] = [ctrl(Key::Num7)];
        const TAB8: [KeyboardShortcut; 1] = [ctrl(Key::Num8)];
        const GUIDE: [KeyboardShortcut; 1] = [KeyboardShortcut::new(Modifiers::NONE, Key::F1)];
        match self {
            Command::NewCard => &NEW,
            Command::Open => &OPEN,
            Command::Save => &SAVE,
            Command::SaveAs => &SAVE_AS,
            Command::Import => &IMPORT,
            Command::Quit => &QUIT,
            Command::Undo => &UNDO,
            Command::Redo => &REDO,
            Command::PasteTable => &PASTE,
            Command::Find => &FIND,
            Command::ShowScores => &TAB1,
            Command::ShowAgencies => &TAB2,
            Command::ShowDeadlines => &TAB3,
            Command::ShowCompare => &TAB4,
            Command::ShowHistory => &TAB5,
            Command::ShowGoal => &TAB6,
            Command::ShowEvidence => &TAB7,
            Command::ShowScoreboard => &TAB8,
            Command::Guide => &GUIDE,
            _ => &[],
        }
    }

    /// (Vietnamese, English) label and tooltip.
    fn words(self) -> [&'static str; 4] {
        match self {
            Command::NewCard => [
                "Mới…",
                "New…",
                "Bảng điểm mới: cho năm sau từ bảng điểm đang mở, hoặc bảng điểm trống của một tỉnh",
                "A new card: next year's from the open one, or a province's empty card",
            ],
            Command::Open => [
                "Mở…",
                "Open…",
                "Mở một bảng điểm hoặc kịch bản (.ron)",
                "Open a scorecard or scenario (.ron)",
            ],
            Command::Save => [
                "Lưu",
                "Save",
                "Lưu vào tệp đang mở, hoặc hỏi nơi lưu",
                "Save to the open file, or ask where",
            ],
            Command::SaveAs => [
                "Lưu thành…",
                "Save as…",
                "Lưu kịch bản vào một tệp mới",
                "Save the scenario to a new file",
            ],
            Command::SaveCardAs => [
                "Lưu bảng điểm thành…",
                "Save scorecard as…",
                "Lưu riêng bảng điểm (không kèm dự kiến) vào một tệp .ron",
                "Save the scorecard alone (no projection) to a .ron file",
            ],
            Command::Import => [
                "Nhập từ Excel…",
                "Import from Excel…",
                "Đọc phụ lục điểm từ tệp XLSX, CSV hoặc TSV, xem trước rồi mở",
                "Read an appendix from XLSX, CSV or TSV, preview, then open",
            ],
            Command::ExportTable => [
                "Xuất bảng điểm (XLSX/CSV)…",
                "Export table (XLSX/CSV)…",
                "Bảng tiêu chí với điểm dự kiến, cho Excel",
                "The criteria table with the projection, for Excel",
            ],
            Command::ExportReport => [
                "Xuất báo cáo PDF…",
                "Export PDF report…",
                "Báo cáo một trang A4",
                "A one-page A4 report",
            ],
            Command::ExportProgress => [
                "Xuất báo cáo tiến độ (CSV)…",
                "Export progress report (CSV)…",
                "Tiến độ kế hoạch theo đơn vị chủ trì",
                "The plan's progress per lead agency",
            ],
            Command::Quit => ["Thoát", "Quit", "Đóng cửa sổ", "Close the window"],
            Command::Undo => [
                "Hoàn tác",
                "Undo",
                "Bỏ thao tác vừa làm",
                "Undo the last change",
            ],
            Command::Redo => [
                "Làm lại",
                "Redo",
                "Làm lại thao tác vừa hoàn tác",
                "Redo what was undone",
            ],
            Command::ResetAll => [
                "Đặt lại tất cả",
                "Reset all",
                "Đưa mọi điểm dự kiến về điểm năm đánh giá",
                "Every projected score back to the assessed year's",
            ],
            Command::PasteTable => [
                "Dán bảng",
                "Paste table",
                "Đọc bảng dán từ Word hoặc Excel như một phụ lục",
                "Read a table pasted from Word or Excel as an appendix",
            ],
            Command::EditStructure => [
                "Sửa bảng điểm",
                "Edit scorecard",
                "Thêm, sửa, xóa, di chuyển lĩnh vực và tiêu chí",
                "Add, change, remove and move fields and criteria",
            ],
            Command::ScenarioInfo => [
                "Thông tin kịch bản…",
                "Scenario info…",
                "Tên, mô tả và người lập kịch bản",
                "The scenario's name, description and author",
            ],
            Command::Find => [
                "Tìm tiêu chí",
                "Find criterion",
                "Tìm theo mã, tên, đơn vị; gõ không dấu cũng được",
                "Find by code, name or agency; diacritics optional",
            ],
            Command::ExpandAll => [
                "Mở rộng tất cả",
                "Expand all",
                "Hiện mọi tiêu chí",
                "Show every criterion",
            ],
            Command::CollapseAll => [
                "Thu gọn tất cả",
                "Collapse all",
                "Chỉ hiện các lĩnh vực",
                "Show the fields only",
            ],
            Command::ShowScores => ["Bảng điểm", "Scores", "Cây tiêu chí", "The criteria tree"],
            Command::ShowAgencies => [
                "Theo đơn vị chủ trì",
                "By lead agency",
                "Điểm bị trừ và khôi phục theo đơn vị",
                "Points at stake and recovered per agency",
            ],
            Command::ShowDeadlines => [
                "Thời hạn và tình trạng",
                "Deadlines and status",
                "Nhiệm vụ theo thời hạn",
                "The plan's tasks by due date",
            ],
            Command::ShowCompare => [
                "So sánh kịch bản",
                "Compare scenarios",
                "Các kịch bản cạnh nhau",
                "Scenarios side by side",
            ],
            Command::ShowHistory => [
                "Lịch sử thao tác",
                "History",
                "Các thao tác có thể hoàn tác",
                "The changes that can be undone",
            ],
            Command::ShowGoal => [
                "Mục tiêu",
                "Goal",
                "Cách ít tốn công nhất để đạt một tổng điểm hoặc thứ hạng",
                "The least effort to reach a total or a rank",
            ],
            Command::ShowEvidence => [
                "Tài liệu kiểm chứng",
                "Evidence",
                "Tài liệu kiểm chứng, độ tin cậy và khoảng điểm dự kiến",
                "Evidence, confidence and the projection's range",
            ],
            Command::ShowScoreboard => [
                "Thi đua",
                "Scoreboard",
                "Kết quả thực hiện kế hoạch của từng đơn vị",
                "How each agency carried out the plan",
            ],
            Command::SendTaskSheets => [
                "Gửi phiếu giao nhiệm vụ…",
                "Send task sheets…",
                "Mỗi đơn vị chủ trì một tệp Excel: nhiệm vụ, thời hạn, ô báo cáo kết quả",
                "One Excel file per lead agency: its tasks, due dates, cells to report back",
            ],
            Command::ReceiveReports => [
                "Nhận báo cáo của đơn vị…",
                "Receive agency reports…",
                "Đọc các phiếu đơn vị gửi lại, xem trước rồi cập nhật tình trạng (hoàn tác được)",
                "Read the sheets agencies returned, preview, then update the statuses (undoable)",
            ],
            Command::ReportDocx => [
                "Báo cáo UBND tỉnh (Word)…",
                "Report to the People's Committee (Word)…",
                "Báo cáo kết quả thực hiện kế hoạch, tệp DOCX",
                "The plan's progress report, as DOCX",
            ],
            Command::ExportScoreboard => [
                "Xuất bảng thi đua (XLSX)…",
                "Export scoreboard (XLSX)…",
                "Kết quả thực hiện kế hoạch của từng đơn vị, cho Excel",
                "Each agency's results, for Excel",
            ],
            Command::ExportChecklist => [
                "Xuất danh mục tài liệu kiểm chứng (XLSX)…",
                "Export evidence checklist (XLSX)…",
                "Tài liệu kiểm chứng cần có cho từng tiêu chí, cho Excel",
                "The evidence each criterion needs, for Excel",
            ],
            Command::ApplyGoal => [
                "Áp dụng lời giải mục tiêu",
                "Apply the goal answer",
                "Đặt điểm dự kiến theo lời giải của thẻ Mục tiêu, thành kịch bản mới (hoàn tác được)",
                "Project the Goal tab's answer as a new scenario (undoable)",
            ],
            Command::ExportFixTable => [
                "Xuất bảng ưu tiên khắc phục…",
                "Export fix-first table…",
                "Các việc theo điểm khôi phục trên công sức, với chỉ số sau từng việc (XLSX/CSV)",
                "Fixes by points per effort with the index after each (XLSX/CSV)",
            ],
            Command::ExportClimbChart => [
                "Xuất biểu đồ làm trước (PNG)…",
                "Export fix-first chart (PNG)…",
                "Chỉ số sau từng việc khắc phục, với đường mục tiêu",
                "The index after each fix, with the target line",
            ],
            Command::ApplyPlan => [
                "Áp dụng kế hoạch",
                "Apply the plan",
                "Đặt mọi tiêu chí có trong kế hoạch ở điểm tối đa (có thể hoàn tác)",
                "Every item the plan covers at full marks (undoable)",
            ],
            Command::ProjectByStatus => [
                "Dự kiến theo tình trạng",
                "Project by status",
                "Nhiệm vụ đã hoàn thành tính điểm tối đa, còn lại giữ điểm năm đánh giá",
                "Done tasks at full marks, the rest at the assessed score",
            ],
            Command::Guide => [
                "Hướng dẫn",
                "Guide",
                "Các khái niệm và cách tính điểm dự kiến",
                "The terms and how the projection is computed",
            ],
            Command::Shortcuts => [
                "Phím tắt",
                "Keyboard shortcuts",
                "Mọi phím tắt của ứng dụng",
                "Every keyboard shortcut",
            ],
            Command::About => [
                "Giới thiệu",
                "About",
                "Phiên bản, giấy phép, phông chữ",
                "Version, licences, the font",
            ],
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        self.words()[usize::from(lang == Lang::En)]
    }

    pub fn tooltip(self, lang: Lang) -> &'static str {
        self.words()[2 + usize::from(lang == Lang::En)]
    }

    /// What the app does for the command.
    pub fn action(self) -> Action {
        match self {
            Command::NewCard => Action::NewCardDialog,
            Command::Open => Action::OpenDialog,
            Command::Save => Action::Save,
            Command::SaveAs => Action::SaveAs,
            Command::SaveCardAs => Action::SaveCardAs,
            Command::Import => Action::ImportDialog,
            Command::ExportTable => Action::ExportTableDialog,
            Command::ExportReport => Action::ExportReportDialog,
            Command::ExportProgress => Action::ExportProgressDialog,
            Command::Quit => Action::Quit,
            Command::Undo => Action::Undo,
            Command::Redo => Action::Redo,
            Command::ResetAll => Action::Edit(Edit::ResetAll),
            Command::PasteTable => Action::PasteTable,
            Command::EditStructure => Action::ToggleStructure,
            Command::ScenarioInfo => Action::EditInfo,
            Command::Find => Action::FocusSearch,
            Command::ExpandAll => Action::ExpandAll,
            Command::CollapseAll => Action::CollapseAll,
            Command::ShowScores => Action::ShowTab(Tab::Scores),
            Command::ShowAgencies => Action::ShowTab(Tab::Agencies),
            Command::ShowDeadlines => Action::ShowTab(Tab::Deadlines),
            Command::ShowCompare => Action::ShowTab(Tab::Compare),
            Command::ShowHistory => Action::ShowTab(Tab::History),
            Command::ShowGoal => Action::ShowTab(Tab::Goal),
            Command::ShowEvidence => Action::ShowTab(Tab::Evidence),
            Command::ShowScoreboard => Action::ShowTab(Tab::Scoreboard),
            Command::SendTaskSheets => Action::Agency(AgencyAction::SendDialog),
            Command::ReceiveReports => Action::Agency(AgencyAction::ReceiveDialog),
            Command::ReportDocx => Action::Agency(AgencyAction::ReportDialog),
            Command::ExportScoreboard => Action::Agency(AgencyAction::ExportScoreboardDialog),
            Command::ExportChecklist => Action::Risk(RiskAction::ExportChecklistDialog),
            Command::ApplyGoal => Action::Goal(GoalAction::Apply),
            Command::ExportFixTable => Action::Goal(GoalAction::Ask(GoalPath::FixTable)),
            Command::ExportClimbChart => {
                Action::Goal(GoalAction::Ask(GoalPath::ClimbChart { svg: false }))
            }
            Command::ApplyPlan => Action::Edit(Edit::ApplyPlan),
            Command::ProjectByStatus => Action::Edit(Edit::ProjectByStatus),
            Command::Guide => Action::ShowHelp(Help::Guide),
            Command::Shortcuts => Action::ShowHelp(Help::Shortcuts),
            Command::About => Action::ShowHelp(Help::About),
        }
    }
}

/// The pages of the Help window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Help {
    Guide,
    Shortcuts,
    About,
}

/// This frame's shortcuts as actions. Shortcuts with more modifiers are looked at first: egui
/// lets Ctrl+Z match Ctrl+Shift+Z, which must stay Redo.
pub fn listen(ctx: &egui::Context, actions: &mut Vec<Action>) {
    let mut keys: Vec<(KeyboardShortcut, Command)> = Command::ALL
        .iter()
        .flat_map(|&c| c.shortcuts().iter().map(move |&k| (k, c)))
        .collect();
    keys.sort_by_key(|(k, _)| {
        std::cmp::Reverse(
            u8::from(k.modifiers.shift) + u8::from(k.modifiers.alt) + u8::from(k.modifiers.command),
        )
    });
    ctx.input_mut(|input| {
        for (key, command) in keys {
            if input.consume_shortcut(&key) {
                actions.push(command.action());
            }
        }
    });
}

/// A button running `command`, with its shortcut on hover.
pub fn command_button(ui: &mut egui::Ui, cx: &mut super::Cx<'_>, command: Command, enabled: bool) {
    let lang = cx.lang;
    let tip = match command.shortcuts().first() {
        Some(key) => format!(
            "{} ({})",
            command.tooltip(lang),
            ui.ctx().format_shortcut(key)
        ),
        None => command.tooltip(lang).to_string(),
    };
    if ui
        .add_enabled(enabled, egui::Button::new(command.label(lang)))
        .on_hover_text(tip)
        .clicked()
    {
        cx.push(command.action());
    }
}

/// A menu entry for `command`: its label, its first shortcut and its tooltip.
pub fn menu_item(
    ui: &mut egui::Ui,
    command: Command,
    lang: Lang,
    enabled: bool,
    actions: &mut Vec<Action>,
) {
    let mut button = egui::Button::new(command.label(lang));
    if let Some(key) = command.shortcuts().first() {
        button = button.shortcut_text(ui.ctx().format_shortcut(key));
    }
    if ui
        .add_enabled(enabled, button)
        .on_hover_text(command.tooltip(lang))
        .clicked()
    {
        actions.push(command.action());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_commands_share_a_shortcut() {
        let mut seen = std::collections::HashSet::new();
        for command in Command::ALL {
            for key in command.shortcuts() {
                assert!(seen.insert((key.modifiers, key.logical_key)), "{command:?}");
            }
        }
    }

    #[test]
    fn every_command_has_words_in_both_languages() {
        for command in Command::ALL {
            for lang in [Lang::Vi, Lang::En] {
                assert!(!command.label(lang).is_empty(), "{command:?}");
                assert!(!command.tooltip(lang).is_empty(), "{command:?}");
            }
            assert_ne!(
                command.label(Lang::Vi),
                command.label(Lang::En),
                "{command:?}"
            );
        }
    }
}
