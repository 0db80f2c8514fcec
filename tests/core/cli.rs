//! The real binary: summary and check, from a file, from standard input and embedded.

#![allow(clippy::unwrap_used)]

use std::io::Write;
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_parindex");

fn run(args: &[&str]) -> Output {
    Command::new(BIN).args(args).output().unwrap()
}

fn json(args: &[&str]) -> serde_json::Value {
    let out = run(args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn summary_json_carries_the_published_totals_and_agency_stakes() {
    let v = json(&["summary", "--json"]);
    assert_eq!(v["unit"], "UBND tỉnh Tiền Giang");
    assert_eq!(v["year"], 2019);
    assert_eq!(v["total"], 79.68);
    assert_eq!(v["total_max"], 100.0);
    assert_eq!(v["self_total"], 53.2895);
    assert_eq!(v["self_max"], 66.5);
    let lv4 = &v["fields"][3];
    assert_eq!(lv4["code"], "4");
    assert_eq!(lv4["max"], 12.0);
    assert_eq!(lv4["score"], 8.57);
    assert_eq!(lv4["lost"], 3.43);
    assert_eq!(lv4["self_score"], 5.2196);
    assert_eq!(lv4["self_max"], 7.5);
    assert_eq!(lv4["survey_score"], 3.3504);
    assert_eq!(lv4["survey_max"], 4.5);
    let noi_vu = v["agencies"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["lead"] == "Sở Nội vụ")
        .unwrap();
    assert_eq!(noi_vu["at_stake"], 4.25);
    assert_eq!(v["unassigned"], 0.2804);
}

#[test]
fn summary_text_uses_comma_decimals_in_vietnamese_and_dots_in_english() {
    let vi = String::from_utf8(run(&["summary"]).stdout).unwrap();
    assert!(
        vi.contains("Tổng điểm: 79,68 / 100, xếp hạng 48/63"),
        "{vi}"
    );
    assert!(vi.contains("53,2895 / 66,5 (bị trừ 13,2105)"), "{vi}");
    let en = String::from_utf8(run(&["summary", "--lang", "en"]).stdout).unwrap();
    assert!(en.contains("Index: 79.68 / 100, rank 48/63"), "{en}");
}

#[test]
fn check_reports_the_seed_findings_and_exits_1_for_its_error() {
    let out = run(&["check", "--json"]);
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings = v.as_array().unwrap();
    assert_eq!(findings.len(), 5);
    let error = findings.iter().find(|f| f["severity"] == "error").unwrap();
    assert_eq!(error["code"], "6.1");
    assert_eq!(error["suggestion"], 1.941);
    assert!(error["message_vi"].as_str().unwrap().contains("4,059"));
    assert!(error["message_en"].as_str().unwrap().contains("3.059"));
    assert!(error["line"].as_u64().unwrap() > 0);
}

#[test]
fn check_exits_0_on_a_file_without_errors() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fixed.ron");
    let fixed =
        parindex::io::EMBEDDED_SCORECARD.replacen("score: Some(0.941),", "score: Some(1.941),", 1);
    std::fs::write(&path, fixed).unwrap();
    let out = run(&["check", path.to_str().unwrap()]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(text.ends_with("0 lỗi, 2 cảnh báo, 2 thông tin\n"), "{text}");
}

#[test]
fn a_dash_reads_standard_input() {
    let mut child = Command::new(BIN)
        .args(["summary", "-", "--json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(parindex::io::EMBEDDED_SCORECARD.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["total"], 79.68);
}

#[test]
fn a_bad_file_is_a_located_error_on_stderr_with_status_2() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.ron");
    std::fs::write(&path, "Scorecard(\n    format: 1,\n    unit: 42,\n)").unwrap();
    let out = run(&["summary", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8(out.stderr).unwrap();
    let p = path.display();
    assert_eq!(
        err,
        format!(
            "parindex: {p}:3:11: cần một chuỗi trong ngoặc kép, ví dụ \"Sở Nội vụ\" (kiểm tra dấu \" đóng)\n 3 |     unit: 42,\n   |           ^\n({p}:3:11: Expected string: text in double quotes such as \"Sở Nội vụ\")\n"
        )
    );
}

#[test]
fn summary_says_which_values_are_inferred_or_corrected() {
    let v = json(&["summary", "--json"]);
    let adjusted = v["adjusted"].as_array().unwrap();
    assert_eq!(adjusted.len(), 2);
    assert_eq!(adjusted[0]["code"], "5.7");
    assert_eq!(adjusted[0]["basis"], "inferred");
    assert_eq!(adjusted[0]["used"], 0.75);
    assert_eq!(adjusted[1]["code"], "6.1");
    assert_eq!(adjusted[1]["published"], 0.941);
    assert_eq!(adjusted[1]["used"], 1.941);
    let text = String::from_utf8(run(&["summary"]).stdout).unwrap();
    assert!(
        text.contains(
            "† 6.1: công bố 0,941, tính với 1,941 vì các tiêu chí thành phần chỉ bị trừ 1,059"
        ),
        "{text}"
    );
}
