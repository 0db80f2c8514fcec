//! Every export subcommand run from the real binary.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

fn run(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_parindex"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn every_export_writes_its_file() {
    let dir = tempfile::tempdir().unwrap();
    let p = |name: &str| dir.path().join(name).to_string_lossy().into_owned();
    let seed = "assets/scorecards/tien-giang-2019.ron";
    let cases: Vec<(Vec<String>, String, &[u8])> = vec![
        (
            vec![
                "export-chart".into(),
                "--chart".into(),
                "lost-by-field".into(),
                "--out".into(),
                p("a.png"),
            ],
            p("a.png"),
            b"\x89PNG",
        ),
        (
            vec![
                "export-chart".into(),
                seed.into(),
                "--chart".into(),
                "attainment".into(),
                "--out".into(),
                p("b.svg"),
                "--lang".into(),
                "en".into(),
            ],
            p("b.svg"),
            b"<svg",
        ),
        (
            vec![
                "export-chart".into(),
                "--chart".into(),
                "by-agency".into(),
                "--out".into(),
                p("c.png"),
                "--width".into(),
                "800".into(),
                "--height".into(),
                "450".into(),
            ],
            p("c.png"),
            b"\x89PNG",
        ),
        (
            vec![
                "export-chart".into(),
                seed.into(),
                seed.into(),
                "--chart".into(),
                "compare".into(),
                "--out".into(),
                p("d.svg"),
            ],
            p("d.svg"),
            b"<svg",
        ),
        (
            vec!["export-table".into(), "--out".into(), p("t.xlsx")],
            p("t.xlsx"),
            b"PK",
        ),
        (
            vec![
                "export-table".into(),
                seed.into(),
                "--out".into(),
                p("t.csv"),
            ],
            p("t.csv"),
            b"\xEF\xBB\xBF",
        ),
        (
            vec!["report".into(), "--out".into(), p("r.pdf")],
            p("r.pdf"),
            b"%PDF",
        ),
    ];
    for (args, out, magic) in cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let output = run(&args);
        assert!(
            output.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        let bytes = std::fs::read(&out).unwrap();
        assert!(bytes.starts_with(magic), "{out}");
    }
    let compare = std::fs::read_to_string(p("d.svg")).unwrap();
    assert_eq!(
        compare.matches(r#"data-series="1""#).count(),
        8,
        "two scenarios side by side"
    );
}

#[test]
fn a_wrong_extension_or_bad_file_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("x.gif");
    let output = run(&[
        "export-chart",
        "--chart",
        "attainment",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains(".png or .svg"));
    let bad = dir.path().join("bad.ron");
    std::fs::write(&bad, "Scorecard(format: 1,").unwrap();
    let pdf = dir.path().join("r.pdf");
    let output = run(&[
        "report",
        bad.to_str().unwrap(),
        "--out",
        pdf.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("bad.ron:"));
    assert!(!pdf.exists());
}
