//! The loop through the real binary: sheets out, one filled and merged (preview, then --yes),
//! the report and the scoreboard written.

use std::process::{Command, Output};

use parindex::io;
use parindex::model::Changes;

use crate::agency_fill::{Day, Fill, Habits, fill};

const BIN: &str = env!("CARGO_BIN_EXE_parindex");

fn run(args: &[&str]) -> Output {
    Command::new(BIN).args(args).output().unwrap()
}

fn ok(args: &[&str]) -> String {
    let out = run(args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn sheets_out_a_report_back_in_and_the_documents_written() {
    let dir = tempfile::tempdir().unwrap();
    let path = |name: &str| dir.path().join(name).to_string_lossy().into_owned();
    let card = io::embedded_scorecard().unwrap();
    let scenario = io::new_scenario("Tiến độ quý III", card, Changes::default()).unwrap();
    io::save_scenario(&scenario, dir.path().join("kb.ron").as_path()).unwrap();

    let printed = ok(&[
        "task-sheets",
        &path("kb.ron"),
        "--as-of",
        "2020-09-30",
        "--out",
        &path("phieu"),
    ]);
    assert!(
        printed.starts_with("Quý III/2020, số liệu đến 30/09/2020, hạn gửi 07/10/2020: 7 phiếu")
    );
    let sent = std::fs::read(dir.path().join("phieu").join("Sở Tài chính.xlsx")).unwrap();
    assert_eq!(
        std::fs::read_dir(dir.path().join("phieu")).unwrap().count(),
        7
    );
    let filled = fill(
        &sent,
        &[Fill {
            code: "6.1",
            status: "Đã hoàn thành",
            done: Day::Text("30/9/2020"),
            result: "Giải ngân đạt 96%",
            evidence: "",
        }],
        Habits {
            resort: true,
            comment_column: true,
        },
    );
    std::fs::write(dir.path().join("So-Tai-chinh.xlsx"), filled).unwrap();

    let preview = ok(&[
        "merge-reports",
        &path("kb.ron"),
        &path("So-Tai-chinh.xlsx"),
        "--out",
        &path("kb2.ron"),
    ]);
    assert!(
        preview.contains("6.1    chưa thực hiện → hoàn thành; hoàn thành ngày 30/09/2020"),
        "{preview}"
    );
    assert!(!dir.path().join("kb2.ron").exists());

    ok(&[
        "merge-reports",
        &path("kb.ron"),
        &path("So-Tai-chinh.xlsx"),
        "--out",
        &path("kb2.ron"),
        "--yes",
        "--by",
        "Chị Lan",
        "--received",
        "2020-10-05",
    ]);
    let merged = io::load_scenario(dir.path().join("kb2.ron").as_path()).unwrap();
    assert_eq!(merged.changes.statuses["6.1"].result, "Giải ngân đạt 96%");
    assert_eq!(merged.changes.merges[0].by, "Chị Lan");
    assert_eq!(merged.changes.merges[0].file, "So-Tai-chinh.xlsx");

    ok(&[
        "report-docx",
        &path("kb2.ron"),
        "--as-of",
        "2020-09-30",
        "--out",
        &path("bao-cao.docx"),
    ]);
    assert!(
        std::fs::metadata(dir.path().join("bao-cao.docx"))
            .unwrap()
            .len()
            > 10_000
    );
    let table = ok(&["scoreboard", &path("kb2.ron"), "--as-of", "2020-10-10"]);
    assert!(table.contains("Sở Tài chính"), "{table}");
    ok(&[
        "scoreboard",
        &path("kb2.ron"),
        "--as-of",
        "2020-10-10",
        "--out",
        &path("thi-dua.xlsx"),
    ]);
    assert!(dir.path().join("thi-dua.xlsx").exists());
}

#[test]
fn a_refused_sheet_stops_the_merge() {
    let dir = tempfile::tempdir().unwrap();
    let card = io::embedded_scorecard().unwrap();
    let scenario = io::new_scenario("kb", card, Changes::default()).unwrap();
    let kb = dir.path().join("kb.ron");
    io::save_scenario(&scenario, &kb).unwrap();
    let bad = dir.path().join("bad.xlsx");
    std::fs::write(&bad, b"not a workbook").unwrap();
    let out = run(&[
        "merge-reports",
        kb.to_str().unwrap(),
        bad.to_str().unwrap(),
        "--out",
        kb.to_str().unwrap(),
        "--yes",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let printed = String::from_utf8_lossy(&out.stdout);
    assert!(
        printed.contains("TỪ CHỐI bad.xlsx: không phải tệp Excel .xlsx"),
        "{printed}"
    );
}
