//! `parindex risk`, `summary --target` and `parindex evidence` on the shipped risky scenario;
//! the checklist workbook read back with calamine.

use std::process::{Command, Output};

use calamine::{Data, Reader, Xlsx, open_workbook};

const BIN: &str = env!("CARGO_BIN_EXE_parindex");
const RISKY: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/saves/ke-hoach-180-rui-ro.ron");

fn run(args: &[&str]) -> Output {
    let out = Command::new(BIN).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn json(args: &[&str]) -> serde_json::Value {
    serde_json::from_slice(&run(args).stdout).unwrap()
}

#[test]
fn summary_json_gains_the_expected_index_its_interval_and_the_chance_of_the_target() {
    let v = json(&["summary", RISKY, "--json", "--target", "85"]);
    let expected = v["expected_total"].as_f64().unwrap();
    let interval = v["interval_90"].as_array().unwrap();
    let (low, high) = (interval[0].as_f64().unwrap(), interval[1].as_f64().unwrap());
    assert!(low < expected && expected < high && high <= 92.5631, "{v}");
    assert_eq!(v["target"], 85.0);
    let p = v["p_at_least"].as_f64().unwrap();
    assert!((0.0..=1.0).contains(&p));
    // The risk command gives the same figures.
    let r = json(&["risk", RISKY, "--json", "--target", "85"]);
    assert_eq!(r["expected"], v["expected_total"]);
    assert_eq!(r["p_at_least"], v["p_at_least"]);
    // Without a target, no probability.
    let plain = json(&["summary", RISKY, "--json"]);
    assert!(plain.get("p_at_least").is_none() && plain.get("expected_total").is_some());
}

#[test]
fn risk_text_is_vietnamese_by_default_and_lists_3_4_2_first() {
    let out = String::from_utf8(run(&["risk", RISKY, "--target", "85"]).stdout).unwrap();
    assert!(
        out.contains("Chỉ số CCHC dự kiến năm 2020: 92,5631 — kỳ vọng"),
        "{out}"
    );
    assert!(out.contains("Xác suất đạt từ 85 điểm trở lên:"), "{out}");
    let first = out
        .lines()
        .skip_while(|l| !l.starts_with("Mã"))
        .nth(1)
        .unwrap();
    assert!(
        first.starts_with("3.4.2") && first.contains("1,05"),
        "{first}"
    );
    let en =
        String::from_utf8(run(&["risk", RISKY, "--lang", "en", "--draws", "2000"]).stdout).unwrap();
    assert!(en.contains("Monte Carlo, 2000 draws, seed 1"), "{en}");
}

#[test]
fn evidence_writes_one_sheet_per_agency_sorted_by_points_at_risk() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tai-lieu.xlsx");
    run(&["evidence", RISKY, "--out", path.to_str().unwrap()]);
    let mut book: Xlsx<_> = open_workbook(&path).unwrap();
    let names = book.sheet_names();
    assert_eq!(names[0], "Tổng hợp");
    // Sở Nội vụ: 1.3.2, 4.1.2, 4.3.3, 5.1.2, 5.5.2, 5.7.2 at risk 0.4 + 0.1 + 0.4 + 0.2 + 0.2 +
    // 0.175 = 1.475, the most of any agency.
    assert_eq!(names[1], "Sở Nội vụ");
    assert!(names.iter().all(|n| n.chars().count() <= 31));
    let summary = book.worksheet_range("Tổng hợp").unwrap();
    assert_eq!(summary.get((5, 1)), Some(&Data::String("Sở Nội vụ".into())));
    assert_eq!(summary.get((5, 4)), Some(&Data::Float(1.475)));
    let sheet = book.worksheet_range("Sở Nội vụ").unwrap();
    assert_eq!(
        sheet.get((4, 7)),
        Some(&Data::String("Tài liệu kiểm chứng".into()))
    );
    // First item 1.3.2 (0.4 at risk, before 4.3.3 in the scorecard's order), two documents.
    assert_eq!(sheet.get((5, 1)), Some(&Data::String("1.3.2".into())));
    assert_eq!(sheet.get((5, 9)), Some(&Data::String("có".into())));
    assert_eq!(
        sheet.get((6, 9)),
        Some(&Data::String("đang hoàn thiện".into()))
    );
    assert_eq!(sheet.get((5, 5)), Some(&Data::Float(0.6)));
    // 8.6 lists nothing: Sở Kế hoạch và Đầu tư's sheet asks for it.
    let plan = book.worksheet_range("Sở Kế hoạch và Đầu tư").unwrap();
    let found = (5..plan.height()).any(|r| {
        plan.get((r, 1)) == Some(&Data::String("8.6".into()))
            && plan.get((r, 9)) == Some(&Data::String("chưa khai báo".into()))
    });
    assert!(found);
}

#[test]
fn evidence_refuses_an_output_that_is_not_xlsx() {
    let out = Command::new(BIN)
        .args(["evidence", RISKY, "--out", "x.csv"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains(".xlsx"));
}

#[test]
fn risk_draws_the_distribution_with_its_interval_and_target() {
    let dir = tempfile::tempdir().unwrap();
    let svg = dir.path().join("phan-bo.svg");
    run(&[
        "risk",
        RISKY,
        "--target",
        "85",
        "--chart",
        svg.to_str().unwrap(),
    ]);
    let text = std::fs::read_to_string(&svg).unwrap();
    assert!(
        text.contains("kỳ vọng 86,6") && text.contains("dự kiến 92,56"),
        "{text}"
    );
    assert!(text.contains("Khoảng 90% (cột đậm): 84,22–89,05"), "{text}");
    assert!(text.contains("chỉ tiêu 85"));
    let png = dir.path().join("phan-bo.png");
    run(&["risk", RISKY, "--chart", png.to_str().unwrap()]);
    assert!(std::fs::read(&png).unwrap().starts_with(b"\x89PNG"));
}
