//! Comparing scenarios side by side, and the shipped scenarios in saves/.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../../examples/make_saves/scenarios.rs"]
mod scenarios;

use std::path::{Path, PathBuf};

use parindex::engine::{Analysis, Comparison, Session};
use parindex::io;
use parindex::model::{Changes, Points, Scenario};

fn pts(text: &str) -> Points {
    Points::parse(text).unwrap()
}

fn saved(file: &str) -> (PathBuf, Scenario) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("saves")
        .join(file);
    let scenario = io::load_scenario(&path).unwrap();
    (path, scenario)
}

#[test]
fn the_shipped_scenarios_load_and_give_their_stated_figures() {
    let (_, full) = saved("ke-hoach-180-dat-toan-bo.ron");
    assert_eq!(full.base, io::embedded_scorecard().unwrap());
    let s = Session::with_changes(full.base.clone(), full.changes.clone());
    assert_eq!(s.figures().self_total, pts("66.1726"));
    assert_eq!(s.figures().total, pts("92.5631"));
    assert!(full.description.contains("66,1726") && full.description.contains("92,5631"));

    let (_, prudent) = saved("ke-hoach-180-than-trong.ron");
    let s = Session::with_changes(prudent.base.clone(), prudent.changes.clone());
    // Six leaves regain 1 + 1 + 1 + 1 + 1 + 0.25.
    assert_eq!(s.figures().self_total, pts("58.5395"));
    assert_eq!(s.figures().total, pts("84.93"));
    assert!(prudent.description.contains("58,5395") && prudent.description.contains("84,93"));
}

#[test]
fn the_committed_saves_are_exactly_what_the_generator_writes() {
    for (file, scenario) in scenarios::build().unwrap() {
        let (path, _) = saved(file);
        let committed = std::fs::read_to_string(&path).unwrap();
        assert_eq!(
            committed,
            io::scenario_to_string(&scenario).unwrap(),
            "{file} is stale: run `cargo run --example make_saves`"
        );
    }
}

#[test]
fn comparing_baseline_full_plan_and_prudent_side_by_side() {
    let (_, full) = saved("ke-hoach-180-dat-toan-bo.ron");
    let (_, prudent) = saved("ke-hoach-180-than-trong.ron");
    let analysis = Analysis::new(&full.base);
    let baseline = Changes::default();
    let cmp = Comparison::of(
        &analysis,
        &[
            ("2019", &baseline),
            (&full.name, &full.changes),
            (&prudent.name, &prudent.changes),
        ],
    );
    let en = |v: &[Points]| v.iter().map(|p| p.en()).collect::<Vec<_>>();
    assert_eq!(en(&cmp.totals[0].values), ["79.68", "92.5631", "84.93"]);
    assert_eq!(en(&cmp.totals[0].differences), ["0", "12.8831", "5.25"]);
    assert_eq!(en(&cmp.totals[1].values), ["53.2895", "66.1726", "58.5395"]);
    // LV6 (row 2 + 5): 8.63 published; the plan recovers 3.059; prudent 6.1.3 and 6.2.1.
    assert_eq!(cmp.totals[7].code, "6");
    assert_eq!(en(&cmp.totals[7].values), ["8.63", "11.689", "9.88"]);
    // Points lost per field: LV1 loses 2.5 in 2019, nothing under the plan, 0.5 prudently.
    assert_eq!(en(&cmp.lost[0].values), ["2.5", "0", "0.5"]);
    // LV4: both regain 4.1.2 and 4.3.3; LV5's three sub-criteria only under the full plan.
    assert_eq!(en(&cmp.lost[3].values), ["3.43", "1.43", "1.43"]);
    assert_eq!(en(&cmp.lost[4].values), ["2.65", "1.4", "2.65"]);

    let find = |code: &str| cmp.items.iter().find(|i| i.code == code).unwrap();
    let d = |v: &[Option<Points>]| v.iter().map(|p| p.map(Points::en)).collect::<Vec<_>>();
    assert_eq!(
        d(&find("3.4.2").deltas),
        [None, Some("1.5".to_string()), None]
    );
    assert_eq!(
        d(&find("6.2.1").deltas),
        [None, Some("0.25".to_string()), Some("0.25".to_string())]
    );
    // The full plan sets every covered leaf; the prudent one six of them.
    let count = |col: usize| cmp.items.iter().filter(|i| i.deltas[col].is_some()).count();
    assert_eq!(count(0), 0);
    assert_eq!(count(2), 6);
    assert_eq!(count(1), full.changes.projection.scores.len());
}

#[test]
fn survey_changes_are_listed_apart_from_items() {
    let analysis = Analysis::new(&io::embedded_scorecard().unwrap());
    let mut survey = Changes::default();
    survey.projection.surveys.insert("8".into(), pts("10"));
    let cmp = Comparison::of(
        &analysis,
        &[("2019", &Changes::default()), ("ĐTXHH", &survey)],
    );
    assert_eq!(cmp.items.len(), 1);
    assert!(cmp.items[0].survey);
    assert_eq!(cmp.items[0].deltas, [None, Some(pts("1.71"))]);
    assert_eq!(cmp.totals[0].differences[1], pts("1.71"));
}
