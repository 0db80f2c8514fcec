//! The agency loop through the window (issue 14): task sheets sent into a folder, two of them
//! filled by script the way a clerk would (as `tests/core/agency_loop.rs` does), dropped back on
//! the window, previewed, applied as one undo step; a sheet with an edited key refused; two
//! sheets disagreeing held until the officer chooses; the scoreboard tab showing the engine's
//! figures; the report to the People's Committee written as DOCX.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::common::app;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use parindex::agency::{self, MergeMeta, merge_edit, preview_merge, read_returned_sheet};
use parindex::app::ParIndexApp;
use parindex::engine::{Session, status_projection};
use parindex::model::{Changes, Date, Status};
use parindex::ui::Action;
use parindex::ui::scoreboard::{AgencyAction, PeriodKind};
use parindex::ui::workspace::Tab;

#[path = "../core/agency_fill.rs"]
mod agency_fill;

use agency_fill::{Day, Fill, Habits, edit_key, fill};

fn date(y: i32, m: u32, d: u32) -> Date {
    Date::new(y, m, d).unwrap()
}

fn send(harness: &mut Harness<'_, ParIndexApp>, action: Action) {
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(&ctx, action);
    harness.run_ok();
}

#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

/// Several files dropped on the window at once.
fn drop_files(harness: &mut Harness<'_, ParIndexApp>, paths: &[PathBuf]) {
    for path in paths {
        harness
            .input_mut()
            .dropped_files
            .push(std::sync::Arc::new(Dropped(path.clone())));
    }
    harness.run_ok();
}

/// The app on the seed, its date 30/09/2020, and the round of Quý III/2020 written into
/// `dir/phieu` through the send dialog's period.
fn sent(dir: &Path, width: f32, height: f32) -> Harness<'static, ParIndexApp> {
    let mut harness = app(width, height);
    send(&mut harness, Action::SetAsOf(date(2020, 9, 30)));
    send(&mut harness, Action::Agency(AgencyAction::SendDialog));
    let draft = harness
        .state()
        .panels()
        .scoreboard
        .dialogs
        .send
        .clone()
        .unwrap();
    let period = draft.period().unwrap();
    send(
        &mut harness,
        Action::Agency(AgencyAction::SendTo {
            period,
            folder: dir.join("phieu"),
        }),
    );
    send(&mut harness, Action::Agency(AgencyAction::CloseDialogs));
    // The notice names the temporary folder: not in the reference images.
    send(&mut harness, Action::DismissNotice);
    harness
}

fn sheet(dir: &Path, agency: &str) -> Vec<u8> {
    std::fs::read(dir.join("phieu").join(format!("{agency}.xlsx"))).unwrap()
}

/// Sở Tài chính's and Sở Nội vụ's answers, filled as `tests/core/agency_loop.rs` fills them
/// (re-sorted, a comment column, statuses in the clerk's words, dates as text and as serials),
/// written into `dir/ve`.
fn filled(dir: &Path) -> Vec<PathBuf> {
    let back = dir.join("ve");
    std::fs::create_dir_all(&back).unwrap();
    let finance = fill(
        &sheet(dir, "Sở Tài chính"),
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
    let home = fill(
        &sheet(dir, "Sở Nội vụ"),
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
    let paths = vec![back.join("Sở Tài chính.xlsx"), back.join("Sở Nội vụ.xlsx")];
    std::fs::write(&paths[0], finance).unwrap();
    std::fs::write(&paths[1], home).unwrap();
    paths
}

fn apply_disabled(harness: &Harness<'_, ParIndexApp>) -> bool {
    harness
        .get_by_label("Áp dụng")
        .accesskit_node()
        .is_disabled()
}

/// Types the receiver's name into the preview (the default app has no author).
fn receiver(harness: &mut Harness<'_, ParIndexApp>) {
    let field = || (egui::accesskit::Role::TextInput, "Người tiếp nhận");
    harness.get_by_role_and_label(field().0, field().1).focus();
    harness.run_ok();
    harness
        .get_by_role_and_label(field().0, field().1)
        .type_text("Phòng CCHC");
    harness.run_ok();
}

#[test]
fn sending_writes_one_sheet_per_lead_agency_into_the_folder() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(1400.0, 900.0);
    send(&mut harness, Action::SetAsOf(date(2020, 9, 30)));
    send(&mut harness, Action::Agency(AgencyAction::SendDialog));
    // The quarter of the "as of" date, due a week later.
    harness.get_by_label("Gửi phiếu giao nhiệm vụ cho các đơn vị");
    harness.get_by_label("Phiếu ghi kỳ báo cáo: Quý III/2020");
    let draft = harness
        .state()
        .panels()
        .scoreboard
        .dialogs
        .send
        .clone()
        .unwrap();
    assert_eq!(draft.kind, PeriodKind::Quarter(3));
    assert_eq!(draft.due, "07/10/2020");
    assert_eq!(draft.leads.len(), 7);
    let folder = dir.path().join("phieu");
    let period = draft.period().unwrap();
    send(
        &mut harness,
        Action::Agency(AgencyAction::SendTo {
            period,
            folder: folder.clone(),
        }),
    );
    assert_eq!(harness.state().error(), None);
    let mut written: Vec<String> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    written.sort();
    // One per lead agency of the seed's appendix, named after it.
    let mut expected = vec![
        "Sở Nội vụ.xlsx",
        "Các sở, ban, ngành tỉnh và UBND cấp huyện.xlsx",
        "Văn phòng ĐDBQH, HĐND&UBND.xlsx",
        "Sở Tư pháp.xlsx",
        "Sở Tài chính.xlsx",
        "Sở Thông tin và Truyền thông.xlsx",
        "Sở Kế hoạch và Đầu tư.xlsx",
    ];
    expected.sort_unstable();
    assert_eq!(written, expected);
    // Each reads back as a sheet of this plan for this round.
    let back = read_returned_sheet(&folder.join("Sở Tài chính.xlsx")).unwrap();
    assert_eq!(back.key.period, "Quý III/2020");
    assert_eq!(back.key.due, date(2020, 10, 7));
    harness.get_by_label("Đã tạo 7 phiếu giao nhiệm vụ");
    if let Some(look) = std::env::var_os("PARINDEX_LOOK_DIR") {
        let file = folder.join("Sở Tài chính.xlsx");
        std::fs::copy(&file, Path::new(&look).join("Sở Tài chính.xlsx")).unwrap();
    }
    assert_eq!(
        harness.state().notice(),
        Some(folder.join("Sở Nội vụ.xlsx").as_path())
    );
}

#[test]
fn two_filled_sheets_dropped_preview_their_moves_and_apply_as_one_undo_step() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = sent(dir.path(), 1400.0, 900.0);
    let files = filled(dir.path());
    // Dropped Excel files go to the preview, not to Open.
    drop_files(&mut harness, &files);
    assert_eq!(harness.state().error(), None);
    harness.get_by_label("Xem trước báo cáo của đơn vị");
    let draft = harness
        .state()
        .panels()
        .scoreboard
        .dialogs
        .receive
        .clone()
        .unwrap();
    let mut moves: Vec<(String, Status, Option<Status>)> = draft
        .preview
        .agencies
        .iter()
        .flat_map(|a| &a.items)
        .map(|i| (i.code.clone(), i.from, i.to))
        .collect();
    moves.sort();
    let ns = Status::NotStarted;
    assert_eq!(
        moves,
        [
            ("1.3".to_string(), ns, Some(Status::InProgress)),
            ("4.1".to_string(), ns, Some(Status::Done)),
            ("5.1".to_string(), ns, Some(Status::Done)),
            ("6.1".to_string(), ns, Some(Status::Done)),
            ("6.2".to_string(), ns, Some(Status::InProgress)),
        ]
    );
    // Nothing changed yet; the preview says what will.
    assert!(harness.state().session().changes().statuses.is_empty());
    harness.get_by_label(
        "Đọc được 2 phiếu; 5 nhiệm vụ có thay đổi. Chưa có gì thay đổi cho đến khi bấm Áp dụng.",
    );
    harness.get_by_label("· thêm tài liệu kiểm chứng: Báo cáo giải ngân");

    // What the engine makes of the same sheets, merged outside the window.
    let mut expected = Session::new(harness.state().session().card().clone());
    let returned: Vec<_> = files
        .iter()
        .map(|p| read_returned_sheet(p).unwrap())
        .collect();
    let preview = preview_merge(&expected, &returned);
    let meta = MergeMeta {
        by: "Phòng CCHC".into(),
        at: "2020-09-30T08:00:00Z".into(),
        received: date(2020, 9, 30),
    };
    expected.apply(merge_edit(&expected, &preview, &BTreeMap::new(), &meta).unwrap());

    receiver(&mut harness);
    harness.get_by_label("Áp dụng").click();
    harness.run_ok();
    assert!(
        harness
            .state()
            .panels()
            .scoreboard
            .dialogs
            .receive
            .is_none()
    );
    let changes = harness.state().session().changes().clone();
    let status = |code: &str| changes.statuses[code].clone();
    assert_eq!(status("6.1").status, Status::Done);
    assert_eq!(status("6.1").done, Some(date(2020, 9, 30)));
    assert_eq!(status("6.1").result, "Giải ngân đạt 96% kế hoạch vốn");
    assert_eq!(status("6.2").status, Status::InProgress);
    assert_eq!(status("4.1").done, Some(date(2020, 9, 25)));
    assert_eq!(status("5.1").status, Status::Done);
    assert_eq!(status("1.3").status, Status::InProgress);
    assert_eq!(changes.statuses, expected.changes().statuses);
    assert_eq!(changes.evidence, expected.changes().evidence);
    assert_eq!(changes.merges.len(), 2);
    assert_eq!(changes.merges[0].by, "Phòng CCHC");

    // The projection by status, as filled: 6.1, 4.1.2 and 5.1.2 at full marks win back
    // 1.059 + 1 + 0.5 on 79.68 (tests/core/agency_loop.rs works it out from the appendix).
    let by_status = |changes: &Changes, card| {
        let session = Session::new(card);
        let projection = status_projection(session.analysis(), changes);
        let changes = Changes {
            projection,
            ..changes.clone()
        };
        Session::with_changes(session.card().clone(), changes)
            .figures()
            .total
    };
    let card = harness.state().session().card().clone();
    let total = by_status(&changes, card.clone());
    assert_eq!(total, by_status(expected.changes(), card));
    assert_eq!(total.vi(), "82,239");

    // One Ctrl+Z undoes the whole merge.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run_ok();
    let undone = harness.state().session().changes();
    assert!(undone.statuses.is_empty());
    assert!(undone.evidence.is_empty());
    assert!(undone.merges.is_empty());
}

#[test]
fn files_dropped_while_the_preview_shows_join_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = sent(dir.path(), 1400.0, 900.0);
    let files = filled(dir.path());
    drop_files(&mut harness, &files[..1]);
    receiver(&mut harness);
    drop_files(&mut harness, &files[1..]);
    // The same file again replaces its first read rather than doubling it.
    drop_files(&mut harness, &files[..1]);
    let draft = harness
        .state()
        .panels()
        .scoreboard
        .dialogs
        .receive
        .clone()
        .unwrap();
    let mut read: Vec<&str> = draft
        .preview
        .sheets
        .iter()
        .map(|s| s.file.as_str())
        .collect();
    read.sort_unstable();
    assert_eq!(read, ["Sở Nội vụ.xlsx", "Sở Tài chính.xlsx"]);
    assert_eq!(draft.by, "Phòng CCHC", "what was typed stays");
    harness.get_by_label("Áp dụng").click();
    harness.run_ok();
    assert_eq!(harness.state().session().changes().merges.len(), 2);
}

#[test]
fn a_scenario_changed_under_the_preview_is_shown_again_before_anything_applies() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = sent(dir.path(), 1400.0, 900.0);
    drop_files(&mut harness, &filled(dir.path()));
    receiver(&mut harness);
    // While the preview shows, the officer marks 6.1 as impossible (a shortcut, another tab).
    send(
        &mut harness,
        Action::Edit(parindex::engine::Edit::SetStatus {
            code: "6.1".into(),
            status: Status::Failed,
            note: String::new(),
            date: Some(date(2020, 9, 30)),
        }),
    );
    harness.get_by_label("Áp dụng").click();
    harness.run_ok();
    let draft = harness
        .state()
        .panels()
        .scoreboard
        .dialogs
        .receive
        .clone()
        .unwrap();
    assert!(draft.refreshed);
    assert!(harness.state().session().changes().merges.is_empty());
    // 6.1 is now a conflict: the sheet went out before the scenario changed it.
    assert_eq!(draft.preview.conflicts.len(), 1);
    assert_eq!(
        draft.preview.conflicts[0].changed_since_sent,
        Some(Status::NotStarted)
    );
    assert!(apply_disabled(&harness));
    harness.get_by_label_contains("Kịch bản vừa thay đổi");
}

#[test]
fn a_sheet_whose_key_was_edited_shows_its_refusal_and_cannot_be_applied() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = sent(dir.path(), 1400.0, 900.0);
    // Row 8 of the key is the first item's status as sent.
    let edited = edit_key(&sheet(dir.path(), "Sở Tài chính"), 8, 1, "Done");
    let path = dir.path().join("Sở Tài chính.xlsx");
    std::fs::write(&path, edited).unwrap();
    send(
        &mut harness,
        Action::Agency(AgencyAction::Receive(vec![path])),
    );
    let draft = harness
        .state()
        .panels()
        .scoreboard
        .dialogs
        .receive
        .clone()
        .unwrap();
    assert_eq!(draft.preview.refused.len(), 1);
    let reason = &draft.preview.refused[0].vi;
    assert!(
        reason.starts_with("Sở Tài chính.xlsx: khóa phiếu đã bị sửa"),
        "{reason}"
    );
    harness.get_by_label(reason);
    harness.get_by_label("Không có phiếu nào đọc được để tiếp nhận.");
    receiver(&mut harness);
    assert!(apply_disabled(&harness));
    harness.get_by_label("Hủy").click();
    harness.run_ok();
    assert!(
        harness
            .state()
            .panels()
            .scoreboard
            .dialogs
            .receive
            .is_none()
    );
    assert!(harness.state().session().changes().merges.is_empty());
}

#[test]
fn two_sheets_reporting_an_item_differently_wait_for_the_officers_choice() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = sent(dir.path(), 1400.0, 900.0);
    let bytes = sheet(dir.path(), "Sở Tài chính");
    let first = dir.path().join("STC lần 1.xlsx");
    let second = dir.path().join("STC lần 2.xlsx");
    let done = fill(
        &bytes,
        &[Fill::status("6.1", "hoàn thành")],
        Habits::default(),
    );
    let doing = fill(
        &bytes,
        &[Fill::status("6.1", "đang làm")],
        Habits::default(),
    );
    std::fs::write(&first, done).unwrap();
    std::fs::write(&second, doing).unwrap();
    drop_files(&mut harness, &[first, second]);
    receiver(&mut harness);
    let draft = harness
        .state()
        .panels()
        .scoreboard
        .dialogs
        .receive
        .clone()
        .unwrap();
    assert_eq!(draft.preview.conflicts.len(), 1);
    assert_eq!(draft.preview.conflicts[0].code, "6.1");
    harness.get_by_label("Các phiếu báo cáo khác nhau.");
    harness.get_by_label("Còn 1 xung đột chưa chọn.");
    assert!(apply_disabled(&harness));
    // "Take the sheet" cannot say which of two disagreeing sheets: still undecided.
    harness
        .get_by_label("Theo phiếu ở mục chỉ một phiếu báo cáo")
        .click();
    harness.run_ok();
    assert!(apply_disabled(&harness));
    harness
        .get_by_label("Theo STC lần 2.xlsx: “đang thực hiện”")
        .click();
    harness.run_ok();
    harness.get_by_label("Áp dụng").click();
    harness.run_ok();
    let changes = harness.state().session().changes();
    assert_eq!(changes.statuses["6.1"].status, Status::InProgress);
    let settled = changes.merges[1].items[0].settled;
    assert_eq!(settled, Some(parindex::model::Settled::Sheet));
}

#[test]
fn the_scoreboard_tab_shows_the_engines_figures_and_edits_the_rule() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = sent(dir.path(), 1400.0, 900.0);
    drop_files(&mut harness, &filled(dir.path()));
    receiver(&mut harness);
    harness.get_by_label("Áp dụng").click();
    harness.run_ok();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num8);
    harness.run_ok();
    assert_eq!(harness.state().workspace().tab, Tab::Scoreboard);
    let as_of = date(2020, 9, 30);
    let board = agency::scoreboard(harness.state().session(), as_of);
    let finance = board
        .agencies
        .iter()
        .find(|a| a.agency == "Sở Tài chính")
        .unwrap();
    assert_eq!((finance.done_on_time, finance.not_done), (1, 2));
    // Its row: recovered against at stake, and the score.
    harness.get_by_label(&format!(
        "{} / {}",
        finance.recovered.vi(),
        finance.at_stake.vi()
    ));
    assert!(
        harness
            .query_all_by_label(&finance.score.vi())
            .next()
            .is_some(),
        "Sở Tài chính's score {} is shown",
        finance.score.vi()
    );
    // The merge log: one record per sheet, with who merged it.
    let logged = harness
        .query_all_by_label_contains("tiếp nhận: Phòng CCHC")
        .count();
    assert_eq!(logged, 2);

    // A new weight for reports on time: one edit, the scores follow, Ctrl+Z restores them.
    harness.get_by_label("Sửa trọng số").click();
    harness.run_ok();
    let field = harness.get_by_role_and_label(egui::accesskit::Role::TextInput, "Báo cáo đúng hạn");
    field.focus();
    harness.run_ok();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, "Báo cáo đúng hạn")
        .type_text("30");
    harness.key_press(Key::Enter);
    harness.run_ok();
    let rule = harness.state().session().changes().score_rule;
    assert_eq!(rule.reports_on_time.vi(), "30");
    let rescored = agency::scoreboard(harness.state().session(), as_of);
    let finance_now = rescored
        .agencies
        .iter()
        .find(|a| a.agency == "Sở Tài chính")
        .unwrap();
    assert_ne!(finance_now.score, finance.score);
    assert!(
        harness
            .query_all_by_label(&finance_now.score.vi())
            .next()
            .is_some()
    );
    send(&mut harness, Action::Undo);
    assert!(harness.state().session().changes().score_rule.is_default());
}

#[test]
fn the_report_dialog_writes_a_docx_that_reads_back_with_its_title() {
    use std::io::Read;
    let dir = tempfile::tempdir().unwrap();
    // After the two answers of the round are merged, so the report has progress to tell.
    let mut harness = sent(dir.path(), 1400.0, 900.0);
    drop_files(&mut harness, &filled(dir.path()));
    receiver(&mut harness);
    harness.get_by_label("Áp dụng").click();
    harness.run_ok();
    send(&mut harness, Action::Agency(AgencyAction::ReportDialog));
    harness.get_by_label("Báo cáo UBND tỉnh (Word)");
    let draft = harness
        .state()
        .panels()
        .scoreboard
        .dialogs
        .report
        .clone()
        .unwrap();
    // The quarter of the "as of" date (30/09/2020), in the card's target year.
    assert_eq!(draft.period, "Quý III/2020");
    let mut options = draft.options().unwrap();
    options.number = "125".into();
    let path = dir.path().join("bao-cao.docx");
    send(
        &mut harness,
        Action::Agency(AgencyAction::ReportTo {
            options,
            path: path.clone(),
        }),
    );
    assert_eq!(harness.state().error(), None);
    assert_eq!(harness.state().notice(), Some(path.as_path()));
    let bytes = std::fs::read(&path).unwrap();
    docx_rs::read_docx(&bytes).unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    archive
        .by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    assert!(xml.contains("BÁO CÁO"));
    assert!(xml.contains("Quý\u{a0}III/2020"));
    assert!(xml.contains("Số: 125/BC-SNV"));
    if let Some(look) = std::env::var_os("PARINDEX_LOOK_DIR") {
        std::fs::copy(&path, Path::new(&look).join("bao-cao.docx")).unwrap();
    }
    // A name without .docx is refused with the reason, nothing written.
    let wrong = dir.path().join("bao-cao.txt");
    send(
        &mut harness,
        Action::Agency(AgencyAction::ReportTo {
            options: draft.options().unwrap(),
            path: wrong.clone(),
        }),
    );
    assert!(harness.state().error().unwrap().contains(".docx"));
    assert!(!wrong.exists());
}

#[test]
fn the_scoreboard_exported_as_xlsx_holds_the_engines_scores() {
    use calamine::{Data, Reader, Xlsx, open_workbook};
    let dir = tempfile::tempdir().unwrap();
    let mut harness = sent(dir.path(), 1400.0, 900.0);
    drop_files(&mut harness, &filled(dir.path()));
    receiver(&mut harness);
    harness.get_by_label("Áp dụng").click();
    harness.run_ok();
    let path = dir.path().join("thi-dua.xlsx");
    send(
        &mut harness,
        Action::Agency(AgencyAction::ExportScoreboard(path.clone())),
    );
    assert_eq!(harness.state().error(), None);
    assert_eq!(harness.state().notice(), Some(path.as_path()));
    let board = agency::scoreboard(harness.state().session(), date(2020, 9, 30));
    let mut book: Xlsx<_> = open_workbook(&path).unwrap();
    let sheet = book.worksheet_range("Chấm điểm thi đua").unwrap();
    for agency in &board.agencies {
        let row = sheet
            .rows()
            .find(|r| r.get(1) == Some(&Data::String(agency.agency.clone())))
            .unwrap();
        // The score's formula carries the engine's figure as its cached value.
        let cached = match &row[12] {
            Data::Float(f) => *f,
            Data::String(s) => s.parse().unwrap(),
            other => panic!("{other:?}"),
        };
        assert!(
            (cached - agency.score.to_f64()).abs() < 1e-9,
            "{}",
            agency.agency
        );
    }
    if let Some(look) = std::env::var_os("PARINDEX_LOOK_DIR") {
        std::fs::copy(&path, Path::new(&look).join("thi-dua.xlsx")).unwrap();
    }
}

/// Writes the window to `$PARINDEX_LOOK_DIR/name.png` when set (for looking at other sizes).
fn look(harness: &mut Harness<'_, ParIndexApp>, name: &str) {
    if let Some(dir) = std::env::var_os("PARINDEX_LOOK_DIR") {
        let image = harness.render().unwrap();
        image
            .save(Path::new(&dir).join(format!("{name}.png")))
            .unwrap();
    }
}

#[test]
fn reference_images_of_the_tab_and_the_preview() {
    let mut results = egui_kittest::SnapshotResults::new();
    for (width, height) in [(1400.0, 900.0), (1024.0, 700.0)] {
        let dir = tempfile::tempdir().unwrap();
        let mut harness = sent(dir.path(), width, height);
        let mut files = filled(dir.path());
        let edited = dir.path().join("So-Tai-chinh.xlsx");
        std::fs::write(
            &edited,
            edit_key(&sheet(dir.path(), "Sở Tài chính"), 8, 1, "Done"),
        )
        .unwrap();
        files.push(edited);
        // A second answer from Sở Tài chính that disagrees on 6.1: a conflict to decide.
        let again = dir.path().join("STC lần 2.xlsx");
        let doing = fill(
            &sheet(dir.path(), "Sở Tài chính"),
            &[Fill::status("6.1", "đang làm")],
            Habits::default(),
        );
        std::fs::write(&again, doing).unwrap();
        files.push(again);
        drop_files(&mut harness, &files);
        receiver(&mut harness);
        harness.run_ok();
        let size = format!("{width}x{height}");
        look(&mut harness, &format!("agency_preview_{size}"));
        if width > 1100.0 {
            harness.snapshot("agency_preview");
            results.extend_harness(&mut harness);
        }
        harness
            .get_by_label_contains("Theo Sở Tài chính.xlsx:")
            .click();
        harness.run_ok();
        harness.get_by_label("Áp dụng").click();
        harness.run_ok();
        harness.key_press_modifiers(Modifiers::COMMAND, Key::Num8);
        harness.run_ok();
        harness.run_ok();
        look(&mut harness, &format!("agency_tab_{size}"));
        if width > 1100.0 {
            harness.snapshot("agency_tab");
            results.extend_harness(&mut harness);
        }
        // For looking at the real window: the returned sheets and the merged scenario.
        if let Some(look) = std::env::var_os("PARINDEX_LOOK_DIR") {
            let back = Path::new(&look).join("ve");
            std::fs::create_dir_all(&back).unwrap();
            for file in &files {
                std::fs::copy(file, back.join(file.file_name().unwrap())).unwrap();
            }
            assert!(harness.state_mut().save_to(&back.join("da-nhan.ron")));
        }
    }
}

#[test]
fn the_send_report_and_sent_dialogs_fit_both_window_sizes() {
    for (width, height) in [(1400.0, 900.0), (1024.0, 700.0)] {
        let size = format!("{width}x{height}");
        let dir = tempfile::tempdir().unwrap();
        let mut harness = app(width, height);
        send(&mut harness, Action::SetAsOf(date(2020, 9, 30)));
        send(&mut harness, Action::Agency(AgencyAction::SendDialog));
        harness.get_by_label("Chọn thư mục và tạo phiếu…");
        look(&mut harness, &format!("agency_send_{size}"));
        let period = harness
            .state()
            .panels()
            .scoreboard
            .dialogs
            .send
            .as_ref()
            .and_then(parindex::ui::scoreboard::SendDraft::period)
            .unwrap();
        send(
            &mut harness,
            Action::Agency(AgencyAction::SendTo {
                period,
                folder: dir.path().to_path_buf(),
            }),
        );
        harness.get_by_label(&format!("Trong thư mục: {}", dir.path().display()));
        look(&mut harness, &format!("agency_sent_{size}"));
        send(&mut harness, Action::Agency(AgencyAction::CloseDialogs));
        send(&mut harness, Action::Agency(AgencyAction::ReportDialog));
        harness.get_by_label("Chọn nơi lưu…");
        look(&mut harness, &format!("agency_report_{size}"));
    }
}

#[test]
fn a_dropped_workbook_goes_by_its_key_task_sheets_to_the_reports_any_other_table_to_the_import() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = sent(dir.path(), 1400.0, 900.0);
    let sheets = filled(dir.path());
    // The scorecard exported as a workbook: an appendix table, no plan's key in it.
    let table = dir.path().join("bang-diem.xlsx");
    let session = Session::new(parindex::io::embedded_scorecard().unwrap());
    let xlsx = parindex::export::table_xlsx(
        parindex::export::Scene::new(&session, None),
        parindex::export::Lang::Vi,
    )
    .unwrap();
    std::fs::write(&table, xlsx).unwrap();
    drop_files(&mut harness, &[sheets[0].clone(), table]);
    let app = harness.state();
    assert_eq!(app.error(), None);
    let receive = app.panels().scoreboard.dialogs.receive.as_ref().unwrap();
    assert_eq!(receive.preview.agencies.len(), 1, "only the task sheet");
    let import = app.panels().import.preview().unwrap();
    assert_eq!(
        import.sheets[0], "Bảng điểm",
        "the table is previewed for import"
    );
}

/// The scoreboard's date typed in full: the keystroke that completes it sends it (the field
/// read the text from before the keystroke, so a date typed to its end was never applied).
#[test]
fn a_date_typed_in_the_scoreboards_field_becomes_the_views_date() {
    use egui_kittest::kittest::{By, Queryable as _};
    let mut harness = app(1400.0, 900.0);
    send(&mut harness, Action::ShowTab(Tab::Scoreboard));
    let caption = parindex::ui::Lang::Vi.agency().as_of;
    let field = harness.query_all(
        By::new()
            .label(caption)
            .role(egui::accesskit::Role::TextInput),
    );
    let field = field
        .last()
        .unwrap_or_else(|| panic!("no field labelled {caption}"));
    field.click();
    harness.run_ok();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run_ok();
    harness
        .input_mut()
        .events
        .push(egui::Event::Text("31/12/2020".into()));
    harness.run_ok();
    assert_eq!(harness.state().workspace().as_of, date(2020, 12, 31));
}
