//! `parindex import` as an officer runs it: the seed's appendix text to a card that `check`
//! and `summary` read like the shipped one; a bad table exits 2 with the located message.

use std::path::PathBuf;
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_parindex");

fn run(args: &[&str]) -> Output {
    Command::new(BIN).args(args).output().unwrap()
}

fn data(path: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(path)
        .display()
        .to_string()
}

fn finding_keys(json: &serde_json::Value) -> Vec<(String, String, String)> {
    let mut keys: Vec<_> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["severity"].as_str().unwrap().to_string(),
                f["check"].as_str().unwrap().to_string(),
                f["code"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    keys.sort();
    keys
}

#[test]
fn importing_the_seed_text_writes_a_card_check_and_summary_read_as_the_shipped_one() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("tien-giang.ron");
    let out_arg = out.display().to_string();
    let result = run(&[
        "import",
        &data("import/seed-appendix.tsv"),
        "--out",
        &out_arg,
    ]);
    let stdout = String::from_utf8_lossy(&result.stdout);
    assert_eq!(
        result.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&result.stderr)
    );
    assert!(stdout.contains("lĩnh vực 1"), "{stdout}");
    assert!(stdout.contains("dòng tổng điểm"), "{stdout}");
    assert!(stdout.contains("8 lĩnh vực"), "{stdout}");
    assert!(stdout.contains("Đã ghi"), "{stdout}");

    // The card's findings are the shipped card's, and nothing else.
    let check = |file: &str| {
        let out = run(&["check", file, "--json"]);
        // Exit 1: the seed's 6.1 is an error in the data.
        assert_eq!(out.status.code(), Some(1));
        finding_keys(&serde_json::from_slice(&out.stdout).unwrap())
    };
    let embedded = {
        let out = run(&["check", "--json"]);
        finding_keys(&serde_json::from_slice(&out.stdout).unwrap())
    };
    assert_eq!(check(&out_arg), embedded);

    let summary: serde_json::Value =
        serde_json::from_slice(&run(&["summary", &out_arg, "--json"]).stdout).unwrap();
    assert_eq!(summary["self_total"], 53.2895);
    assert_eq!(summary["self_max"], 66.5);
    assert_eq!(summary["total"], 79.68);
    assert_eq!(summary["rank"], 48);
    assert_eq!(summary["rank_of"], 63);
    assert_eq!(summary["unit"], "UBND tỉnh Tiền Giang");
}

#[test]
fn a_bad_table_exits_2_with_the_located_message_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("x.ron");
    let result = run(&[
        "import",
        &data("bad/import-bad-number.csv"),
        "--out",
        &out.display().to_string(),
    ]);
    assert_eq!(result.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&result.stderr);
    assert!(
        stderr.starts_with("import-bad-number.csv:4:3: \"8,5,1\" không phải là số"),
        "{stderr}"
    );
    // The line, and a caret under the field.
    assert!(
        stderr
            .contains("\n  1.3,Công tác Kiểm tra CCHC,\"8,5,1\",1\n                             ^"),
        "{stderr}"
    );
    assert!(!out.exists());
}
