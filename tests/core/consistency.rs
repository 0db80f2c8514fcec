//! One set of figures in every output: for every shipped scenario and a generated card with a
//! random projection, the index, the self-assessment total and each field's projected and lost
//! figures read back from `summary --json`, the CSV and XLSX tables, the SVG charts and the PDF
//! report equal the engine's, to the last printed digit. (Issue 10: the exports of a scenario
//! once drew the baseline as the forecast, and no test looked.) The app's header is checked the
//! same way in `tests/ui/consistency.rs`.

use std::path::{Path, PathBuf};
use std::process::Command;

use calamine::{Data, Reader, Xlsx, open_workbook};
use parindex::engine::{Figures, Session};
use parindex::generate::{self, Spec};
use parindex::io;
use parindex::model::Points;

const BIN: &str = env!("CARGO_BIN_EXE_parindex");

fn run(args: &[&str]) -> Vec<u8> {
    let out = Command::new(BIN).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

fn p(text: &str) -> Points {
    Points::parse(text).unwrap_or_else(|e| panic!("{text:?}: {e}"))
}

/// A generated card with a random projection of its items and survey parts, saved as a
/// scenario in `dir`.
fn generated_scenario(dir: &Path) -> PathBuf {
    let card = generate::scorecard(Spec {
        items: 300,
        depth: 3,
        seed: 11,
        year: 2019,
    });
    let changes = generate::random_changes(&card, 60, 99);
    let scenario = io::new_scenario("Ngẫu nhiên 11", card, changes).unwrap();
    let path = dir.join("ngau-nhien.ron");
    io::save_scenario(&scenario, &path).unwrap();
    path
}

/// Every document the test runs over: the shipped saves and the generated one.
fn documents(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir("saves")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    out.sort();
    assert!(out.len() >= 2, "the shipped saves are there");
    out.push(generated_scenario(dir));
    out
}

/// The engine's figures for a document, as every output must print them.
fn engine(path: &Path) -> (Session, String) {
    match io::load_document(path).unwrap() {
        io::Document::Scenario(s) => (Session::with_changes(s.base, s.changes), s.name),
        io::Document::Scorecard(card) => (Session::new(card), String::new()),
    }
}

fn check_summary(path: &str, want: &Figures) {
    let json: serde_json::Value =
        serde_json::from_slice(&run(&["summary", path, "--json"])).unwrap();
    let proj = &json["projection"];
    let num = |v: &serde_json::Value| Points::from_f64(v.as_f64().unwrap()).unwrap();
    assert_eq!(num(&proj["total"]), want.total, "{path}: summary total");
    assert_eq!(num(&proj["self_total"]), want.self_total, "{path}");
    for (i, f) in want.fields.iter().enumerate() {
        let got = &proj["fields"][i];
        assert_eq!(num(&got["score"]), f.score, "{path}: LV{}", f.code);
        assert_eq!(num(&got["lost"]), f.lost, "{path}: LV{}", f.code);
        assert_eq!(
            num(&got["self_score"]),
            f.self_score,
            "{path}: LV{}",
            f.code
        );
        assert_eq!(num(&got["self_lost"]), f.self_lost, "{path}: LV{}", f.code);
    }
}

fn check_csv(path: &str, out: &Path, want: &Figures) {
    let csv_path = out.join("t.csv");
    run(&["export-table", path, "--out", csv_path.to_str().unwrap()]);
    let bytes = std::fs::read(&csv_path).unwrap();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(&bytes[3..]);
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect();
    for f in &want.fields {
        let row = rows
            .iter()
            .find(|r| r[0] == format!("LV{}", f.code))
            .unwrap();
        assert_eq!(p(&row[6]), f.self_score, "{path}: CSV LV{}", f.code);
        assert_eq!(p(&row[7]), f.self_lost, "{path}: CSV LV{}", f.code);
    }
    let n = rows.len();
    assert_eq!(
        p(&rows[n - 2][6]),
        want.self_total,
        "{path}: CSV self total"
    );
    assert_eq!(p(&rows[n - 2][7]), want.self_lost, "{path}");
    assert_eq!(p(&rows[n - 1][6]), want.total, "{path}: CSV index");
    assert_eq!(p(&rows[n - 1][7]), want.total_lost, "{path}");
}

fn check_xlsx(path: &str, out: &Path, want: &Figures) {
    let xlsx = out.join("t.xlsx");
    run(&["export-table", path, "--out", xlsx.to_str().unwrap()]);
    let mut book: Xlsx<_> = open_workbook(&xlsx).unwrap();
    let cell = |range: &calamine::Range<Data>, r: usize, c: usize| match range.get((r, c)) {
        Some(Data::Float(v)) => Points::from_f64(*v).unwrap(),
        other => panic!("{path}: ({r}, {c}) is {other:?}"),
    };
    let tree = book.worksheet_range("Bảng điểm").unwrap();
    let last = tree.height() - 1;
    assert_eq!(cell(&tree, last, 6), want.total, "{path}: XLSX index");
    assert_eq!(cell(&tree, last - 1, 6), want.self_total, "{path}");
    let totals = book.worksheet_range("Tổng hợp lĩnh vực").unwrap();
    for (i, f) in want.fields.iter().enumerate() {
        assert_eq!(
            cell(&totals, i + 1, 5),
            f.score,
            "{path}: XLSX LV{}",
            f.code
        );
        assert_eq!(cell(&totals, i + 1, 6), f.lost, "{path}: XLSX LV{}", f.code);
        assert_eq!(cell(&totals, i + 1, 10), f.self_score, "{path}");
    }
    let n = want.fields.len() + 1;
    assert_eq!(
        cell(&totals, n, 5),
        want.total,
        "{path}: XLSX totals sheet index"
    );
    assert_eq!(cell(&totals, n, 6), want.total_lost, "{path}");
}

/// The label printed after each bar of `series`, in category order.
fn bar_labels(svg: &str, series: usize) -> Vec<String> {
    let marker = format!(r#"class="bar" data-series="{series}""#);
    svg.split("<rect ")
        .filter(|r| r.starts_with(&marker))
        .map(|r| {
            let text = r.split("<text ").nth(1).unwrap();
            let start = text.find('>').unwrap() + 1;
            text[start..text.find("</text>").unwrap()].to_string()
        })
        .collect()
}

fn check_svg(path: &str, out: &Path, want: &Figures, base: &Figures, target: i32) {
    let svg_path = out.join("c.svg");
    for (part, pick) in [
        (
            "whole",
            (|f| f.lost) as fn(&parindex::engine::FieldFigures) -> Points,
        ),
        ("self", |f| f.self_lost),
    ] {
        run(&[
            "export-chart",
            path,
            "--chart",
            "lost-by-field",
            "--part",
            part,
            "--out",
            svg_path.to_str().unwrap(),
        ]);
        let svg = std::fs::read_to_string(&svg_path).unwrap();
        let projects = want != base;
        let labels = bar_labels(&svg, usize::from(projects));
        let printed: Vec<Points> = labels.iter().map(|l| p(l)).collect();
        let expected: Vec<Points> = want.fields.iter().map(pick).collect();
        assert_eq!(printed, expected, "{path}: SVG {part} bars");
        if projects {
            let total = Points::sum(want.fields.iter().map(pick)).vi();
            assert!(
                svg.contains(&format!("{total} (dự kiến {target})")),
                "{path}: SVG {part} subtitle {total}"
            );
        }
    }
}

/// The text between `from` and the next `to` after it.
fn between<'t>(text: &'t str, from: &str, to: &str) -> &'t str {
    let start = text.find(from).unwrap_or_else(|| panic!("no {from:?}")) + from.len();
    let end = start
        + text[start..]
            .find(to)
            .unwrap_or_else(|| panic!("no {to:?}"));
    &text[start..end]
}

fn check_pdf(path: &str, out: &Path, session: &Session) {
    let (want, base) = (session.figures(), session.baseline_figures());
    let a = session.analysis();
    let pdf_path = out.join("r.pdf");
    run(&["report", path, "--out", pdf_path.to_str().unwrap()]);
    let doc = lopdf::Document::load(&pdf_path).unwrap();
    // lopdf ends a line after every positioned glyph run; the text is whole without them.
    // Table cells follow each other with nothing between, so a row reads as its cells joined.
    let text = doc.extract_text(&[1]).unwrap().replace('\n', "");
    let change = want.total - base.total;
    let signed = if change.is_negative() || change.is_zero() {
        change.vi()
    } else {
        format!("+{}", change.vi())
    };
    if session.projected() == session.baseline() {
        // Nothing projected: the line gives the assessed index alone, no "change 0".
        let index = format!("Chỉ số CCHC năm {}: {} / ", a.year, base.total.vi());
        assert!(text.contains(&index), "{path}: PDF index line {index}");
        assert!(!text.contains("thay đổi 0"), "{path}");
    } else {
        let index = format!(
            "dự kiến năm {}: {} (thay đổi {signed})",
            a.target_year,
            want.total.vi()
        );
        assert!(text.contains(&index), "{path}: PDF index line {index}");
    }
    // The per-field table: code, name, max, assessed, lost, projected, projected lost.
    let row = |b: &parindex::engine::FieldFigures, f: &parindex::engine::FieldFigures| {
        [b.max, b.score, b.lost, f.score, f.lost]
            .iter()
            .map(|p| p.vi())
            .collect::<String>()
    };
    let table = between(&text, "LV1", "Tổng cộng (Chỉ số CCHC)");
    let table = format!("LV1{table}");
    for (i, (b, f)) in base.fields.iter().zip(&want.fields).enumerate() {
        let code = format!("LV{}", f.code);
        let cells = match want.fields.get(i + 1) {
            Some(next) => between(&table, &code, &format!("LV{}", next.code)),
            None => table.split(&code).nth(1).unwrap(),
        };
        assert!(
            cells.ends_with(&row(b, f)),
            "{path}: PDF {code} row {cells:?} ends with {}",
            row(b, f)
        );
    }
    let numbers = |xs: [Points; 5]| xs.iter().map(|p| p.vi()).collect::<String>();
    assert_eq!(
        between(&text, "Tổng cộng (Chỉ số CCHC)", "Trong đó"),
        numbers([
            base.total_max,
            base.total,
            base.total_lost,
            want.total,
            want.total_lost
        ]),
        "{path}: PDF index row"
    );
    assert_eq!(
        between(&text, "Trong đó tự đánh giá", &format!("{}:", a.unit)),
        numbers([
            base.self_max,
            base.self_total,
            base.self_lost,
            want.self_total,
            want.self_lost
        ]),
        "{path}: PDF self-assessment row"
    );
}

#[test]
fn every_output_prints_the_engines_projection_of_every_document() {
    let dir = tempfile::tempdir().unwrap();
    let docs = documents(dir.path());
    for doc in &docs {
        let (session, _) = engine(doc);
        let path = doc.to_str().unwrap();
        let (want, base) = (session.figures(), session.baseline_figures());
        let target = session.analysis().target_year;
        check_summary(path, want);
        check_csv(path, dir.path(), want);
        check_xlsx(path, dir.path(), want);
        check_svg(path, dir.path(), want, base, target);
        check_pdf(path, dir.path(), &session);
    }
}

#[test]
fn the_compare_chart_labels_each_scenario_with_its_projected_index() {
    let dir = tempfile::tempdir().unwrap();
    let saves: Vec<PathBuf> = documents(dir.path())
        .into_iter()
        .filter(|p| p.starts_with("saves"))
        .collect();
    let svg_path = dir.path().join("compare.svg");
    let mut args = vec!["export-chart"];
    args.extend(saves.iter().map(|p| p.to_str().unwrap()));
    args.extend(["--chart", "compare", "--out", svg_path.to_str().unwrap()]);
    run(&args);
    let svg = std::fs::read_to_string(&svg_path).unwrap();
    for save in &saves {
        let (session, name) = engine(save);
        let legend = format!("{name} ({})", session.figures().total.vi());
        assert!(svg.contains(&legend), "missing legend {legend}");
    }
    // The shipped plan scenarios, as the issue reported them wrong.
    assert!(svg.contains("(92,5631)") && svg.contains("(84,93)"));
}

#[test]
fn no_output_computes_its_own_projection() {
    // Structural guard: the commands, exports and the app take figures from a Session (or a
    // Scene over one); only the engine builds projections.
    for dir in ["src/cli", "src/export", "src/ui", "src/app"] {
        for entry in walk(Path::new(dir)) {
            let text = std::fs::read_to_string(&entry).unwrap();
            let code = text.split("#[cfg(test)]").next().unwrap_or_default();
            for call in ["Projected::baseline", "Projected::compute", "Figures::of("] {
                assert!(
                    !code.contains(call),
                    "{} calls {call}: take the figures from the session",
                    entry.display()
                );
            }
        }
    }
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}
