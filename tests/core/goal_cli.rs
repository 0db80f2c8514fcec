//! `parindex target` and `parindex fix-first` as an officer runs them: text in Vietnamese, JSON
//! with the issue's keys, located errors, a new scenario from an answer, and the exports.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use parindex::export::neutralise;

const BIN: &str = env!("CARGO_BIN_EXE_parindex");

fn run(args: &[&str]) -> Output {
    Command::new(BIN).args(args).output().unwrap()
}

fn saves(file: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("saves")
        .join(file)
        .display()
        .to_string()
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

#[test]
fn target_85_json_has_the_issue_keys_and_the_rank_it_buys() {
    let out = run(&["target", "--index", "85", "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["target"], 85.0);
    assert_eq!(v["reachable"], true);
    assert_eq!(v["projected_total"], 85.18);
    // 85.18 is above every listed unit but Quảng Ninh's 90.09, and every unlisted one is below
    // Long An's 84.33: exactly second, against the shipped partial table.
    assert_eq!(v["projected_rank"], 2);
    assert_eq!(v["total_effort"], 5.0);
    let fixes = v["fixes"].as_array().unwrap();
    assert_eq!(fixes.len(), 5);
    assert_eq!(fixes[0]["code"], "3.4.2");
    assert_eq!(fixes[0]["gain"], 1.5);
    assert_eq!(fixes[0]["effort"], 1.0);
    assert_eq!(fixes[0]["lead"], "Văn phòng ĐDBQH, HĐND&UBND");
    assert_eq!(v["left_out"], serde_json::json!([]));
}

#[test]
fn target_100_is_unreachable_names_what_blocks_it_and_exits_1() {
    let out = run(&["target", "--index", "100"]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(text.contains("Chỉ số CCHC 100 — KHÔNG ĐẠT ĐƯỢC"), "{text}");
    assert!(
        text.contains("Cao nhất có thể: 92,5631 (còn thiếu 7,4369"),
        "{text}"
    );
    assert!(
        text.contains("LV4 0,2804; 7.2 0,047 (cộng 0,3274)"),
        "{text}"
    );
    assert!(
        text.contains("điểm điều tra xã hội học bị trừ: 7,1036"),
        "{text}"
    );
    let en = stdout(&run(&["target", "--index", "100", "--lang", "en"]));
    assert!(en.contains("Highest reachable: 92.5631"), "{en}");
    assert!(en.contains("(together 0.3274)"), "{en}");
}

#[test]
fn a_target_above_the_maximum_is_refused_naming_the_argument() {
    let out = run(&["target", "--index", "101"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("--index 101: chỉ số mục tiêu 101 vượt điểm tối đa 100"),
        "{err}"
    );
    assert!(err.contains("above the maximum 100"), "{err}");
    let out = run(&["target"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("nothing to seek"), "{}", stderr(&out));
}

#[test]
fn the_shipped_goal_scenario_answers_in_working_days_and_leaves_7_1_6_out() {
    let out = run(&["target", &saves("muc-tieu-85.ron")]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("Mục tiêu năm 2020: Chỉ số CCHC 85 — ĐẠT ĐƯỢC"),
        "{text}"
    );
    assert!(text.contains("ngày công"), "{text}");
    assert!(text.contains("7.1.6"), "{text}");
    assert!(text.contains("chỉ thực hiện được sau 30/06/2021"), "{text}");
    let v: serde_json::Value =
        serde_json::from_slice(&run(&["target", &saves("muc-tieu-85.ron"), "--json"]).stdout)
            .unwrap();
    assert_eq!(v["left_out"][0]["code"], "7.1.6");
    assert_eq!(v["left_out"][0]["reason"]["after"], "2021-06-30");
}

#[test]
fn a_target_rank_becomes_the_index_that_guarantees_it() {
    let out = run(&["target", "--rank", "30", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["target"], 82.3);
    assert_eq!(v["target_rank"]["exact"], false);
    assert_eq!(v["projected_rank"], serde_json::json!([12, 15]));
    let text = stdout(&run(&["target", "--rank", "30"]));
    assert!(text.contains("bảng kết quả chưa đủ các tỉnh"), "{text}");
}

#[test]
fn a_results_file_with_a_bad_number_is_refused_at_its_cell() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kq.csv");
    std::fs::write(
        &path,
        "Đơn vị,Chỉ số,Xếp hạng\nQuảng Ninh,90.09,1\nHà Nội,8x4.64,2\n",
    )
    .unwrap();
    let out = run(&["target", "--rank", "3", "--results", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("kq.csv:3:2: cột \"Chỉ số\""), "{err}");
}

#[test]
fn apply_writes_a_new_scenario_with_the_answer() {
    let dir = tempfile::tempdir().unwrap();
    let path: PathBuf = dir.path().join("dat-85.ron");
    let out = run(&[
        "target",
        &saves("muc-tieu-85.ron"),
        "--apply",
        path.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let scenario = parindex::io::load_scenario(&path).unwrap();
    assert_eq!(scenario.changes.effort_unit, "ngày công");
    let session = parindex::engine::Session::with_changes(scenario.base, scenario.changes);
    assert!(session.figures().total >= parindex::model::Points::parse("85").unwrap());
}

#[test]
fn fix_first_exports_a_chart_and_tables() {
    let dir = tempfile::tempdir().unwrap();
    for ext in ["svg", "png", "csv", "xlsx"] {
        let path = dir.path().join(format!("lam-truoc.{ext}"));
        let out = run(&[
            "fix-first",
            &saves("muc-tieu-85.ron"),
            "--out",
            path.to_str().unwrap(),
        ]);
        assert_eq!(out.status.code(), Some(0), "{ext}: {}", stderr(&out));
        let bytes = std::fs::read(&path).unwrap();
        match ext {
            "svg" => {
                let svg = String::from_utf8(bytes).unwrap();
                assert_eq!(svg.matches(r#"class="fix""#).count(), 20);
                assert!(svg.contains(r#"class="target""#) && svg.contains("Mục tiêu 85"));
                assert!(
                    svg.contains("92,0631"),
                    "every feasible fix: 92.5631 − 7.1.6's 0.5"
                );
            }
            "png" => assert!(bytes.starts_with(b"\x89PNG")),
            "csv" => {
                assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
                let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
                assert!(text.starts_with("Thứ tự,Mã,Tiêu chí,Điểm khôi phục,Công sức (ngày công)"));
                assert_eq!(text.lines().count(), 21);
                assert!(text.contains("\r\n"));
            }
            _ => assert!(bytes.starts_with(b"PK")),
        }
    }
    let out = run(&[
        "fix-first",
        "--out",
        dir.path().join("x.pdf").to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn cells_that_look_like_formulas_are_neutralised() {
    assert_eq!(neutralise("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
    assert_eq!(
        neutralise("- Sở Tài chính chủ trì"),
        "'- Sở Tài chính chủ trì"
    );
    assert_eq!(neutralise("+1"), "'+1");
    assert_eq!(neutralise("@SUM(A1)"), "'@SUM(A1)");
    assert_eq!(neutralise("\tx"), "'\tx");
    assert_eq!(neutralise("Sở Nội vụ"), "Sở Nội vụ");
}

#[test]
fn fix_first_text_lists_every_feasible_fix_with_the_running_index() {
    let text = stdout(&run(&["fix-first"]));
    assert_eq!(text.lines().count(), 22, "{text}");
    assert!(text.lines().last().unwrap().contains("→ 92,5631"), "{text}");
}
