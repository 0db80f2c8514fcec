//! The XLSX `export-table` writes imports back to the same card: every figure, blank, plan,
//! note and label, from the workbook alone (no card hidden in it).

use parindex::engine::Session;
use parindex::export::{self, Lang, Scene};
use parindex::import::{self, Options};
use parindex::io;
use parindex::model::{Changes, Points, Scorecard};

fn round_trip(card: &Scorecard, lang: Lang) -> Scorecard {
    let session = Session::with_changes(card.clone(), Changes::default());
    let xlsx = export::table_xlsx(Scene::new(&session, None), lang).unwrap();
    import::read_workbook(&xlsx, "bang-diem.xlsx", &Options::default())
        .unwrap()
        .card
}

/// Equal cards, or a panic naming the first lines of their RON that differ.
fn assert_same_card(got: &Scorecard, want: &Scorecard) {
    if got == want {
        return;
    }
    let (got, want) = (
        io::scorecard_to_string(got).unwrap(),
        io::scorecard_to_string(want).unwrap(),
    );
    let differing: Vec<String> = got
        .lines()
        .zip(want.lines())
        .enumerate()
        .filter(|(_, (g, w))| g != w)
        .take(6)
        .map(|(i, (g, w))| format!("line {}:\n  got  {g}\n  want {w}", i + 1))
        .collect();
    panic!("the cards differ:\n{}", differing.join("\n"));
}

#[test]
fn the_seed_exported_as_a_workbook_imports_back_to_the_same_card() {
    let card = io::embedded_scorecard().unwrap();
    assert_same_card(&round_trip(&card, Lang::Vi), &card);
    assert_same_card(&round_trip(&card, Lang::En), &card);
}

#[test]
fn a_generated_card_and_the_seed_relabelled_round_trip_too() {
    // Depth 4 (three levels of sub-criteria), blanks, plans at every level.
    let generated = parindex::generate::scorecard(parindex::generate::Spec {
        items: 400,
        depth: 4,
        seed: 7,
        year: 2023,
    });
    assert_same_card(&round_trip(&generated, Lang::Vi), &generated);
    let mut relabelled = io::embedded_scorecard().unwrap();
    relabelled.unit = "UBND tỉnh Mẫu".into();
    relabelled.year = 2020;
    relabelled.target_year = 2021;
    relabelled.source = "QĐ 641/QĐ-BNV ngày 25/5/2021".into();
    relabelled.published = None;
    for field in &mut relabelled.fields {
        field.published_total = None;
    }
    assert_same_card(&round_trip(&relabelled, Lang::Vi), &relabelled);
    // A card with its own method, a field whose scores are not known yet.
    let mut early = io::embedded_scorecard().unwrap();
    early.method = Some(parindex::model::Method {
        decision: "QĐ 1150/QĐ-BNV ngày 30/12/2019".into(),
        total_max: Points::parse("100").unwrap(),
        self_max: Some(Points::parse("66.5").unwrap()),
        survey_max: Some(Points::parse("33.5").unwrap()),
    });
    early.fields[7].score = None;
    early.fields[7].survey.score = None;
    early.fields[7].published_total = None;
    assert_same_card(&round_trip(&early, Lang::Vi), &early);
}

#[test]
fn a_scenario_exported_imports_back_to_its_base_card() {
    // The projection moves the used and projected columns, never the published ones.
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/saves/ke-hoach-180-dat-toan-bo.ron"
    );
    let io::Document::Scenario(scenario) = io::load_document(std::path::Path::new(path)).unwrap()
    else {
        panic!("a scenario");
    };
    let session = Session::with_changes(scenario.base.clone(), scenario.changes.clone());
    let xlsx = export::table_xlsx(Scene::new(&session, Some(&scenario.name)), Lang::Vi).unwrap();
    let card = import::read_workbook(&xlsx, "kich-ban.xlsx", &Options::default())
        .unwrap()
        .card;
    assert_same_card(&card, &scenario.base);
}

#[test]
fn export_table_then_import_from_the_command_line_gives_the_shipped_card() {
    let dir = tempfile::tempdir().unwrap();
    let xlsx = dir.path().join("bang-diem.xlsx");
    let ron = dir.path().join("bang-diem.ron");
    let run = |args: &[&std::ffi::OsStr]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_parindex"))
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    run(&["export-table".as_ref(), "--out".as_ref(), xlsx.as_os_str()]);
    let printed = run(&[
        "import".as_ref(),
        xlsx.as_os_str(),
        "--out".as_ref(),
        ron.as_os_str(),
    ]);
    assert!(printed.contains("trang thông tin"), "{printed}");
    assert_same_card(
        &io::load_scorecard(&ron).unwrap(),
        &io::embedded_scorecard().unwrap(),
    );
}

/// The seed with điểm tự chấm on a field, two criteria and a sub-criterion — values chosen to
/// differ from the published scores (the unit's own score before the Ministry's appraisal),
/// one of them with four decimals.
fn with_self_scores() -> Scorecard {
    let mut card = io::embedded_scorecard().unwrap();
    let p = |s: &str| Some(Points::parse(s).unwrap());
    card.fields[1].self_score = p("2.75");
    let set = |items: &mut Vec<parindex::model::Item>, code: &str, value| {
        fn find<'a>(
            items: &'a mut [parindex::model::Item],
            code: &str,
        ) -> Option<&'a mut parindex::model::Item> {
            for item in items {
                if item.code == code {
                    return Some(item);
                }
                if let Some(found) = find(&mut item.items, code) {
                    return Some(found);
                }
            }
            None
        }
        find(items, code).unwrap().self_score = value;
    };
    set(&mut card.fields[0].items, "1.3", p("1.5"));
    set(&mut card.fields[2].items, "3.4.2", p("0.9412"));
    set(&mut card.fields[5].items, "6.1", p("3"));
    card
}

#[test]
fn self_scores_survive_export_table_and_import_in_both_formats() {
    let card = with_self_scores();
    // The workbook carries everything: the same card comes back, self-scores included.
    assert_same_card(&round_trip(&card, Lang::Vi), &card);
    assert_same_card(&round_trip(&card, Lang::En), &card);
    // The CSV has no information sheet (unit, index), but its rows carry the self-scores.
    let session = Session::with_changes(card.clone(), Changes::default());
    let csv = export::table_csv(Scene::new(&session, None), Lang::Vi).unwrap();
    let text = String::from_utf8(csv).unwrap();
    assert!(text.lines().next().unwrap().ends_with(",Tự chấm"), "{text}");
    let back = import::read_delimited(&text, "bang-diem.csv", &Options::default())
        .unwrap()
        .card;
    let self_scores = |c: &Scorecard| -> Vec<(String, Option<Points>)> {
        c.fields
            .iter()
            .map(|f| (f.code.clone(), f.self_score))
            .chain(c.walk().map(|(_, i, _)| (i.code.clone(), i.self_score)))
            .collect()
    };
    assert_eq!(self_scores(&back), self_scores(&card));
    assert_eq!(
        self_scores(&back)
            .iter()
            .filter(|(_, s)| s.is_some())
            .count(),
        4
    );
}

#[test]
fn a_card_without_self_scores_exports_no_self_score_column() {
    let session = Session::new(io::embedded_scorecard().unwrap());
    let csv = export::table_csv(Scene::new(&session, None), Lang::Vi).unwrap();
    let header = String::from_utf8(csv).unwrap();
    let header = header.lines().next().unwrap().to_string();
    assert!(header.ends_with(",Ghi chú"), "{header}");
    assert!(!header.contains("Tự chấm"), "{header}");
}
