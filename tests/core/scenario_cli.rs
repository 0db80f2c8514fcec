//! The command line on scenario files, through the real binary.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn parindex(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_parindex"))
        .args(args)
        .output()
        .unwrap()
}

fn save(file: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("saves")
        .join(file)
        .display()
        .to_string()
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

#[test]
fn summary_of_a_scenario_shows_baseline_and_projection_side_by_side() {
    let out = parindex(&["summary", &save("ke-hoach-180-dat-toan-bo.ron")]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = stdout(&out);
    assert!(
        text.contains("Kịch bản: Kế hoạch 180: đạt toàn bộ"),
        "{text}"
    );
    assert!(
        text.contains("Tổng điểm: 79,68 → 92,5631 (+12,8831) / 100"),
        "{text}"
    );
    assert!(
        text.contains("Điểm tự đánh giá: 53,2895 → 66,1726 (+12,8831) / 66,5"),
        "{text}"
    );
    let lv6 = text.lines().find(|l| l.starts_with("LV6")).unwrap();
    let cells: Vec<&str> = lv6.split_whitespace().collect();
    assert_eq!(&cells[..5], ["LV6", "12,5", "8,63", "11,689", "+3,059"]);
}

#[test]
fn summary_json_of_a_scenario_has_projection_and_delta_with_the_baseline_keys() {
    let out = parindex(&["summary", &save("ke-hoach-180-than-trong.ron"), "--json"]);
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(json["total"], 79.68);
    assert_eq!(json["projection"]["total"], 84.93);
    assert_eq!(json["delta"]["total"], 5.25);
    assert_eq!(json["projection"]["self_total"], 58.5395);
    assert_eq!(json["delta"]["self_total"], 5.25);
    assert_eq!(
        json["scenario"],
        "Kế hoạch 180: thận trọng (việc tỉnh tự quyết)"
    );
    let keys = |v: &serde_json::Value| {
        let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
        k.sort();
        k
    };
    let mut baseline_keys = keys(&json);
    baseline_keys.retain(|k| {
        ![
            "unit",
            "year",
            "target_year",
            "rank",
            "rank_of",
            "adjusted",
            "notes",
            "scenario",
            "projection",
            "delta",
            // The projection's distribution (`parindex risk`), not a baseline figure.
            "expected_total",
            "interval_90",
            "target",
            "p_at_least",
        ]
        .contains(&k.as_str())
    });
    assert_eq!(keys(&json["projection"]), baseline_keys);
    assert_eq!(keys(&json["delta"]), baseline_keys);
    assert_eq!(
        keys(&json["fields"][0]),
        keys(&json["projection"]["fields"][0])
    );
    // Sở Tài chính: 3.059 at stake, 6.1.3 and 6.2.1 recovered.
    let finance = &json["projection"]["agencies"][4];
    assert_eq!(finance["lead"], "Sở Tài chính");
    assert_eq!(finance["recovered"], 1.25);
    assert_eq!(finance["at_stake"], 1.809);
    assert_eq!(json["delta"]["agencies"][4]["at_stake"], -1.25);
}

#[test]
fn a_scorecard_summary_has_no_projection() {
    let out = parindex(&["summary", "--json"]);
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert!(json.get("projection").is_none() && json.get("delta").is_none());
    assert_eq!(json["total"], 79.68);
}

#[test]
fn check_reads_a_scenario_and_locates_findings_in_its_embedded_base() {
    let path = save("ke-hoach-180-dat-toan-bo.ron");
    let out = parindex(&["check", &path, "--lang", "en"]);
    // The seed's 6.1 contradiction is an error, so the status is 1 on the scenario too.
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    let line = std::fs::read_to_string(&path)
        .unwrap()
        .lines()
        .position(|l| l.contains("code: \"6.1\""))
        .unwrap()
        + 1;
    assert!(text.contains(&format!("{path}:{line}:")), "{text}");
}

#[test]
fn a_scenario_with_an_edited_base_is_refused_with_the_file_named() {
    let dir = tempfile::tempdir().unwrap();
    let path: PathBuf = dir.path().join("sua.ron");
    let text = std::fs::read_to_string(save("ke-hoach-180-dat-toan-bo.ron")).unwrap();
    std::fs::write(&path, text.replacen("score: 6.0", "score: 6.5", 1)).unwrap();
    let out = parindex(&["summary", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("sua.ron:") && err.contains("base scorecard was changed"),
        "{err}"
    );
}

#[test]
fn report_progress_writes_a_bom_csv_with_overdue_flags_as_of_the_date() {
    let dir = tempfile::tempdir().unwrap();
    let out_path = dir.path().join("tien-do.csv");
    let out = parindex(&[
        "report-progress",
        &save("ke-hoach-180-than-trong.ron"),
        "--as-of",
        "2020-10-01",
        "--out",
        out_path.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let bytes = std::fs::read(&out_path).unwrap();
    assert_eq!(&bytes[..3], b"\xEF\xBB\xBF");
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines[0].starts_with("Đơn vị chủ trì,Mã,Tiêu chí"),
        "{}",
        lines[0]
    );
    // 19 planned items and 7 agency subtotals.
    assert_eq!(lines.len(), 1 + 19 + 7);
    let row = |code: &str| {
        lines
            .iter()
            .find(|l| l.split(',').nth(1) == Some(code))
            .unwrap()
            .to_string()
    };
    assert!(
        row("4.1").ends_with(",Quý III năm 2020,30/09/2020,có"),
        "{}",
        row("4.1")
    );
    assert!(
        row("6.2").ends_with(",Tháng 10/2020,31/10/2020,không"),
        "{}",
        row("6.2")
    );
    assert!(row("8.6").ends_with(",Từ năm 2020,thường xuyên từ năm 2020,không"));
    let overdue = lines[1..].iter().filter(|l| l.ends_with(",có")).count();
    assert_eq!(overdue, 3);
    // Sở Nội vụ's subtotal: 4.25 at stake, 3 recovered by the prudent scenario, 3 overdue.
    let subtotal = lines
        .iter()
        .find(|l| l.starts_with("Sở Nội vụ,,\"Cộng"))
        .unwrap();
    assert!(subtotal.ends_with(",\"4,25\",,3,,,,,,3"), "{subtotal}");
}

#[test]
fn report_progress_in_english_to_stdout_and_a_bad_date_is_refused() {
    let out = parindex(&["report-progress", "--as-of", "2020-09-30", "--lang", "en"]);
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(text.starts_with("Lead agency,Code,"));
    assert_eq!(text.lines().filter(|l| l.ends_with(",yes")).count(), 0);
    // The Vietnamese order is read too; a date that is not one is refused, saying both forms.
    let out = parindex(&["report-progress", "--as-of", "30/9/2020"]);
    assert!(out.status.success());
    let out = parindex(&["report-progress", "--as-of", "31/9/2020"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("YYYY-MM-DD"));
}

#[test]
fn compare_puts_the_shipped_scenarios_beside_the_baseline() {
    let out = parindex(&[
        "compare",
        &save("ke-hoach-180-dat-toan-bo.ron"),
        &save("ke-hoach-180-than-trong.ron"),
        "--json",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(json["names"][0], "2019");
    assert_eq!(
        json["totals"][0]["values"],
        serde_json::json!([79.68, 92.5631, 84.93])
    );
    assert_eq!(
        json["totals"][0]["differences"],
        serde_json::json!([0.0, 12.8831, 5.25])
    );
    let text = stdout(&parindex(&[
        "compare",
        &save("ke-hoach-180-dat-toan-bo.ron"),
        &save("ke-hoach-180-than-trong.ron"),
    ]));
    let lv6 = text.lines().find(|l| l.starts_with("LV6")).unwrap();
    assert_eq!(
        lv6.split_whitespace().collect::<Vec<_>>(),
        ["LV6", "8,63", "11,689", "9,88", "+3,059", "+1,25"]
    );
}

#[test]
fn compare_refuses_scenarios_on_different_scorecards() {
    let dir = tempfile::tempdir().unwrap();
    let other = dir.path().join("khac.ron");
    let card = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/scorecards/tien-giang-2019.ron"),
    )
    .unwrap();
    std::fs::write(&other, card.replacen("year: 2019", "year: 2018", 1)).unwrap();
    let out = parindex(&[
        "compare",
        &save("ke-hoach-180-dat-toan-bo.ron"),
        other.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("different scorecard"));
}
