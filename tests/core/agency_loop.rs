//! The plan's quarterly loop on the seed: task sheets out to the seven lead agencies, two of
//! them filled the way a clerk would, merged back; the statuses, the projection by status and
//! the progress report change exactly as filled; edited keys, other plans, conflicting sheets
//! and statuses changed since sending are refused or listed, never settled silently.

use std::collections::BTreeMap;

use parindex::agency::{
    self, Choice, MergeMeta, Period, ReturnedSheet, SheetError, TaskSheet, merge_edit,
    parse_returned_sheet, preview_merge, task_sheets,
};
use parindex::engine::{Edit, Session, progress_by_agency};
use parindex::io;
use parindex::model::{Date, Points, Status};

use crate::agency_fill::{Day, Fill, Habits, edit_key, fill};

pub fn date(text: &str) -> Date {
    Date::parse(text).unwrap()
}

pub fn pts(text: &str) -> Points {
    Points::parse(text).unwrap()
}

pub fn session() -> Session {
    Session::new(io::embedded_scorecard().unwrap())
}

/// The round of Quý III/2020: figures as of 30/09/2020, due back 07/10/2020.
pub fn period() -> Period {
    Period::quarter_of(date("2020-09-30"), None)
}

pub fn sheets(s: &Session) -> Vec<TaskSheet> {
    task_sheets(s, "Tiến độ quý III", &period()).unwrap()
}

pub fn sheet_of<'a>(sheets: &'a [TaskSheet], agency: &str) -> &'a TaskSheet {
    sheets.iter().find(|s| s.agency == agency).unwrap()
}

/// Sở Tài chính's answer: 6.1 done on 30/9 (typed as text) with a result and a document;
/// 6.2 under way ("đang làm"); 6.3 left as sent. Rows re-sorted, a comment column added.
pub fn finance_filled(sheets: &[TaskSheet]) -> ReturnedSheet {
    let bytes = fill(
        &sheet_of(sheets, "Sở Tài chính").bytes,
        &[
            Fill {
                code: "6.1",
                status: "Đã hoàn thành",
                done: Day::Text("30/9/2020"),
                result: "Giải ngân đạt 96% kế hoạch vốn",
                evidence: "Báo cáo giải ngân — 55/BC-STC ngày 30/9/2020",
            },
            Fill::status("6.2", "đang làm"),
        ],
        Habits {
            resort: true,
            comment_column: true,
        },
    );
    parse_returned_sheet("Sở Tài chính.xlsx", &bytes).unwrap()
}

/// Sở Nội vụ's answer: 4.1 "xong" on 25/09/2020 (an Excel date), 5.1 "HT" on 28/9/2020,
/// 1.3 "đang thực hiện". Rows re-sorted.
pub fn home_affairs_filled(sheets: &[TaskSheet]) -> ReturnedSheet {
    let bytes = fill(
        &sheet_of(sheets, "Sở Nội vụ").bytes,
        &[
            Fill {
                code: "4.1",
                status: "xong",
                // 44099 is 25/09/2020 in Excel's 1900 date system.
                done: Day::Serial(44_099.0),
                result: "QĐ kiện toàn tổ chức bộ máy",
                evidence: "",
            },
            Fill {
                code: "5.1",
                status: "HT",
                done: Day::Text("28/9/2020"),
                result: "",
                evidence: "",
            },
            Fill::status("1.3", "Đang thực hiện"),
        ],
        Habits {
            resort: true,
            comment_column: false,
        },
    );
    parse_returned_sheet("Sở Nội vụ.xlsx", &bytes).unwrap()
}

pub fn meta(received: &str) -> MergeMeta {
    MergeMeta {
        by: "Phòng CCHC".into(),
        at: format!("{received}T08:00:00Z"),
        received: date(received),
    }
}

#[test]
fn one_task_sheet_per_lead_agency_of_the_seed() {
    let sheets = sheets(&session());
    let leads: Vec<(&str, usize)> = sheets
        .iter()
        .map(|s| (s.agency.as_str(), s.items))
        .collect();
    // The appendix's leads in order of first appearance, with the items each leads.
    assert_eq!(
        leads,
        [
            ("Sở Nội vụ", 7), // 1.3, 1.3.2, 4.1, 4.3, 5.1, 5.5, 5.7
            (
                "Các sở, ban, ngành tỉnh và UBND cấp huyện; cấp xã, cá nhân, tổ chức",
                1 // 1.5
            ),
            ("Văn phòng ĐDBQH, HĐND&UBND", 2),   // 1.6, 3.4
            ("Sở Tư pháp", 1),                   // LV2
            ("Sở Tài chính", 3),                 // 6.1, 6.2, 6.3
            ("Sở Thông tin và Truyền thông", 3), // 7.1, 7.2, 7.3
            ("Sở Kế hoạch và Đầu tư", 2),        // 8.3.1, 8.6
        ]
    );
    let names: Vec<&str> = sheets.iter().map(|s| s.file_name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Sở Nội vụ.xlsx",
            "Các sở, ban, ngành tỉnh và UBND cấp huyện.xlsx",
            "Văn phòng ĐDBQH, HĐND&UBND.xlsx",
            "Sở Tư pháp.xlsx",
            "Sở Tài chính.xlsx",
            "Sở Thông tin và Truyền thông.xlsx",
            "Sở Kế hoạch và Đầu tư.xlsx",
        ]
    );
}

#[test]
fn an_unfilled_sheet_reads_back_with_nothing_new() {
    let s = session();
    let sheets = sheets(&s);
    for sheet in &sheets {
        let back = parse_returned_sheet(&sheet.file_name, &sheet.bytes).unwrap();
        assert_eq!(back.key, sheet.key);
        assert_eq!(back.items.len(), sheet.items);
        assert!(
            back.items
                .iter()
                .all(|i| i.status == Some(Status::NotStarted))
        );
    }
    let returned: Vec<ReturnedSheet> = sheets
        .iter()
        .map(|s| parse_returned_sheet(&s.file_name, &s.bytes).unwrap())
        .collect();
    let preview = preview_merge(&s, &returned);
    assert_eq!(preview.sheets.len(), 7);
    assert!(preview.refused.is_empty() && preview.conflicts.is_empty());
    assert!(preview.is_empty());
}

#[test]
fn two_filled_sheets_change_statuses_projection_and_progress_exactly_as_filled() {
    let mut s = session();
    let as_of = date("2020-10-01");
    let before = progress_by_agency(s.analysis(), s.projected(), s.changes(), as_of);
    let sheets = sheets(&s);
    let returned = [finance_filled(&sheets), home_affairs_filled(&sheets)];
    let preview = preview_merge(&s, &returned);
    assert!(preview.refused.is_empty(), "{:?}", preview.refused);
    assert!(preview.conflicts.is_empty(), "{:?}", preview.conflicts);
    let moved: Vec<(&str, Status, Option<Status>)> = preview
        .agencies
        .iter()
        .flat_map(|a| &a.items)
        .map(|i| (i.code.as_str(), i.from, i.to))
        .collect();
    assert_eq!(
        moved,
        [
            ("6.2", Status::NotStarted, Some(Status::InProgress)),
            ("6.1", Status::NotStarted, Some(Status::Done)),
            ("5.1", Status::NotStarted, Some(Status::Done)),
            ("4.1", Status::NotStarted, Some(Status::Done)),
            ("1.3", Status::NotStarted, Some(Status::InProgress)),
        ]
    );
    let edit = merge_edit(&s, &preview, &BTreeMap::new(), &meta("2020-10-05")).unwrap();
    assert!(s.apply(edit));
    let st = |code: &str| s.changes().statuses.get(code).cloned().unwrap_or_default();
    assert_eq!(st("6.1").status, Status::Done);
    assert_eq!(st("6.1").done, Some(date("2020-09-30")));
    assert_eq!(st("6.1").result, "Giải ngân đạt 96% kế hoạch vốn");
    assert_eq!(st("6.1").changed, Some(date("2020-10-05")));
    assert_eq!(st("6.2").status, Status::InProgress);
    assert_eq!(st("4.1").done, Some(date("2020-09-25")));
    assert_eq!(st("5.1").done, Some(date("2020-09-28")));
    assert_eq!(st("1.3").status, Status::InProgress);
    assert!(!s.changes().statuses.contains_key("6.3"));
    let evidence = &s.changes().evidence["6.1"];
    assert_eq!(evidence.len(), 1);
    assert_eq!(evidence[0].reference, "55/BC-STC ngày 30/9/2020");
    assert_eq!(s.changes().merges.len(), 2);
    assert_eq!(s.changes().merges[0].by, "Phòng CCHC");
    assert_eq!(s.changes().merges[0].file, "Sở Tài chính.xlsx");
    assert_eq!(s.changes().merges[0].items.len(), 2);

    // The projection by status: leaves under the done items at full marks.
    // 6.1 (corrected base 1.941, its sub-criteria lose 0.059 + 1) wins back 1.059, 4.1.2
    // (0.5 of 1.5) wins 1, 5.1.2 (0.5 of 1) wins 0.5: 2.559 on 53.2895 and on 79.68.
    s.apply(Edit::ProjectByStatus);
    assert_eq!(s.figures().self_total, pts("55.8485"));
    assert_eq!(s.figures().total, pts("82.239"));

    let after = progress_by_agency(s.analysis(), s.projected(), s.changes(), as_of);
    let row = |list: &[parindex::engine::AgencyProgress], lead: &str| {
        let a = list.iter().find(|a| a.lead == lead).unwrap();
        (a.done, a.overdue, a.recovered)
    };
    // Sở Nội vụ's Quý III items (4.1, 5.1, 5.7) were all overdue on 01/10; 5.7 still is.
    assert_eq!(row(&before, "Sở Nội vụ"), (0, 3, Points::ZERO));
    assert_eq!(row(&after, "Sở Nội vụ"), (2, 1, pts("1.5")));
    assert_eq!(row(&after, "Sở Tài chính"), (1, 0, pts("1.059")));
    assert_eq!(row(&after, "Sở Tư pháp"), (0, 0, Points::ZERO));

    // One merge, one undo step.
    s.undo();
    s.undo();
    assert!(s.changes().statuses.is_empty() && s.changes().merges.is_empty());
    assert!(s.changes().evidence.is_empty());
}

#[test]
fn a_sheet_whose_key_was_edited_is_refused() {
    let sheets = sheets(&session());
    let bytes = &sheet_of(&sheets, "Sở Tài chính").bytes;
    // Row 8 of the key is the first item: code, status as sent, …; "Done" instead of
    // "NotStarted" would let a sheet pretend it was sent after the item was done.
    let edited = edit_key(bytes, 8, 1, "Done");
    let err = parse_returned_sheet("Sở Tài chính.xlsx", &edited).unwrap_err();
    assert!(matches!(err, SheetError::KeyEdited { .. }), "{err}");
    assert!(
        err.to_string()
            .starts_with("Sở Tài chính.xlsx: khóa phiếu đã bị sửa")
    );
    let agency = edit_key(bytes, 2, 1, "Sở Nội vụ");
    assert!(matches!(
        parse_returned_sheet("x.xlsx", &agency),
        Err(SheetError::KeyEdited { .. })
    ));
}

#[test]
fn a_sheet_from_another_plan_is_refused_with_the_reason() {
    let mut other = io::embedded_scorecard().unwrap();
    other.unit = "UBND tỉnh Khác".into();
    let foreign = sheets(&Session::new(other));
    let sheet = parse_returned_sheet(
        "Sở Tài chính.xlsx",
        &sheet_of(&foreign, "Sở Tài chính").bytes,
    )
    .unwrap();
    let preview = preview_merge(&session(), &[sheet]);
    assert!(preview.sheets.is_empty());
    assert_eq!(preview.refused.len(), 1);
    assert!(
        preview.refused[0].vi.contains("phiếu thuộc kế hoạch khác"),
        "{}",
        preview.refused[0].vi
    );
}

#[test]
fn two_sheets_reporting_an_item_differently_are_a_conflict_not_a_choice() {
    let mut s = session();
    let sheets = sheets(&s);
    let bytes = &sheet_of(&sheets, "Sở Tài chính").bytes;
    let done = fill(
        bytes,
        &[Fill::status("6.1", "hoàn thành")],
        Habits::default(),
    );
    let doing = fill(bytes, &[Fill::status("6.1", "đang làm")], Habits::default());
    let returned = [
        parse_returned_sheet("STC lần 1.xlsx", &done).unwrap(),
        parse_returned_sheet("STC lần 2.xlsx", &doing).unwrap(),
    ];
    let preview = preview_merge(&s, &returned);
    assert_eq!(preview.conflicts.len(), 1);
    let conflict = &preview.conflicts[0];
    assert_eq!(conflict.code, "6.1");
    assert!(conflict.sheets_disagree());
    assert_eq!(conflict.changed_since_sent, None);
    let err = merge_edit(&s, &preview, &BTreeMap::new(), &meta("2020-10-05")).unwrap_err();
    assert_eq!(err.to_string(), "còn 1 xung đột chưa quyết định: 6.1");
    // "Prefer the sheet" cannot say which sheet.
    let by_flag = agency::prefer(&preview, parindex::model::Settled::Sheet);
    assert!(by_flag.is_empty());
    let choices = BTreeMap::from([("6.1".to_string(), Choice::Sheet(1))]);
    s.apply(merge_edit(&s, &preview, &choices, &meta("2020-10-05")).unwrap());
    assert_eq!(s.changes().statuses["6.1"].status, Status::InProgress);
    assert_eq!(
        s.changes().merges[1].items[0].settled,
        Some(parindex::model::Settled::Sheet)
    );
}

#[test]
fn a_status_changed_in_the_scenario_since_sending_is_a_conflict() {
    let mut s = session();
    let sheets = sheets(&s);
    // After the sheets went out, the officer marked 6.1 as impossible.
    s.apply(Edit::SetStatus {
        code: "6.1".into(),
        status: Status::Failed,
        note: String::new(),
        date: Some(date("2020-10-02")),
    });
    let returned = [finance_filled(&sheets)];
    let preview = preview_merge(&s, &returned);
    let conflict = preview.conflicts.iter().find(|c| c.code == "6.1").unwrap();
    assert_eq!(conflict.scenario, Status::Failed);
    assert_eq!(conflict.changed_since_sent, Some(Status::NotStarted));
    assert!(!conflict.sheets_disagree());
    // 6.2 is not in conflict: the scenario left it as sent.
    assert_eq!(preview.conflicts.len(), 1);
    let keep = BTreeMap::from([("6.1".to_string(), Choice::Scenario)]);
    s.apply(merge_edit(&s, &preview, &keep, &meta("2020-10-05")).unwrap());
    assert_eq!(s.changes().statuses["6.1"].status, Status::Failed);
    assert_eq!(s.changes().statuses["6.2"].status, Status::InProgress);
    // The document the sheet lists is kept all the same: evidence is never in conflict.
    assert_eq!(s.changes().evidence["6.1"].len(), 1);
}

#[test]
fn an_unreadable_date_is_refused_with_its_cell() {
    let sheets = sheets(&session());
    let bytes = fill(
        &sheet_of(&sheets, "Sở Tài chính").bytes,
        &[
            Fill {
                code: "6.1",
                status: "hoàn thành",
                done: Day::Text("hôm qua"),
                result: "",
                evidence: "",
            },
            Fill::status("6.2", "sắp xong"),
        ],
        Habits::default(),
    );
    let err = parse_returned_sheet("So-Tai-chinh.xlsx", &bytes).unwrap_err();
    // 6.1 is the first item: Excel row 9 (the header is row 8); the date done is column I.
    assert_eq!(
        err.to_string(),
        "So-Tai-chinh.xlsx!I9: \"hôm qua\" không phải là ngày (cần dd/mm/yyyy)\n\
         So-Tai-chinh.xlsx!H10: \"sắp xong\" không phải là tình trạng (chưa thực hiện / đang thực hiện / hoàn thành / không thực hiện được)"
    );
    assert!(
        err.en()
            .contains("So-Tai-chinh.xlsx!I9: \"hôm qua\" is not a date")
    );
}

#[test]
fn merging_the_same_sheet_again_changes_nothing_but_says_so() {
    let mut s = session();
    let sheets = sheets(&s);
    let returned = [finance_filled(&sheets)];
    let preview = preview_merge(&s, &returned);
    s.apply(merge_edit(&s, &preview, &BTreeMap::new(), &meta("2020-10-05")).unwrap());
    let again = preview_merge(&s, &returned);
    assert!(again.is_empty());
    assert!(again.conflicts.is_empty());
    assert_eq!(
        again.sheets[0].merged_before.as_deref(),
        Some("2020-10-05T08:00:00Z")
    );
}

/// A part of the XLSX package as text.
fn part(bytes: &[u8], name: &str) -> String {
    use std::io::Read;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).unwrap();
    let mut text = String::new();
    archive
        .by_name(name)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}

#[test]
fn a_task_sheet_is_a_protected_form_that_prints_on_a4_landscape() {
    let sheets = sheets(&session());
    let bytes = &sheet_of(&sheets, "Sở Tài chính").bytes;
    let workbook = part(bytes, "xl/workbook.xml");
    // The key is on a very hidden sheet; the header row repeats on every printed page.
    assert!(workbook.contains(r#"name="parindex-khoa" sheetId="2" state="veryHidden""#));
    assert!(workbook.contains(r"'Phiếu báo cáo'!$8:$8"));
    let form = part(bytes, "xl/worksheets/sheet1.xml");
    // Protected without a password; columns and rows may still be resized.
    assert!(form.contains(
        r#"<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0"/>"#
    ));
    assert!(!form.contains("password"));
    // The status drop-down and the date check cover the three rows (Excel rows 9–11).
    assert!(form.contains(r#"<dataValidation type="list" errorStyle="warning""#));
    assert!(form.contains(r#"sqref="H9:H11""#) && form.contains(r#"sqref="I9:I11""#));
    assert!(form.contains(r#"<pageSetup paperSize="9" fitToHeight="0" orientation="landscape""#));
    assert!(form.contains(r#"<pageSetUpPr fitToPage="1"/>"#));
    // Only the filled-in columns' two formats (text and date) are unlocked.
    assert_eq!(
        part(bytes, "xl/styles.xml")
            .matches(r#"locked="0""#)
            .count(),
        2
    );
}
