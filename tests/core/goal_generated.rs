//! Goal seek against brute force judged by the engine itself (`Projected::compute` on every
//! subset), on small generated cards with random efforts and on a card whose clamps bind.

use parindex::engine::goal::{Aim, Others, Request, fixable, seek};
use parindex::engine::{Analysis, Projected};
use parindex::generate::{Prng, Spec, scorecard};
use parindex::io;
use parindex::model::{Changes, Points, Projection, Scorecard};

/// The least effort over every subset of the fixable items whose engine-projected index
/// reaches `target`, and the highest index at that effort.
fn brute_force(analysis: &Analysis, changes: &Changes, target: Points) -> Option<(Points, Points)> {
    let items = fixable(analysis, changes);
    assert!(items.len() <= 16, "keep the brute force small");
    let mut best: Option<(Points, Points)> = None;
    for mask in 0u32..(1 << items.len()) {
        let mut projection = Projection::default();
        let mut effort = Points::ZERO;
        for (i, item) in items.iter().enumerate() {
            if mask & (1 << i) != 0 {
                projection.scores.insert(item.code.clone(), item.max);
                effort += item.effort;
            }
        }
        let total = Projected::compute(analysis, &projection).whole_total;
        if total < target {
            continue;
        }
        let better = best.is_none_or(|(e, t)| effort < e || effort == e && total > t);
        if better {
            best = Some((effort, total));
        }
    }
    best
}

fn random_efforts(analysis: &Analysis, seed: u64) -> Changes {
    let mut rng = Prng::new(seed);
    let mut changes = Changes::default();
    for item in fixable(analysis, &Changes::default()) {
        // 0.5 to 40 days in half days, a few items free.
        let days = if rng.chance(1, 12) {
            0
        } else {
            rng.span(1, 81) * 5_000
        };
        changes.efforts.insert(item.code, Points::from_units(days));
    }
    changes
}

fn answer(
    analysis: &Analysis,
    changes: &Changes,
    target: Points,
) -> parindex::engine::goal::Answer {
    let request = Request {
        aim: Some(Aim::Index(target)),
        budget: None,
        results: None,
        others: Others::AsPublished,
    };
    seek(analysis, changes, &request).unwrap()
}

#[test]
fn small_generated_cards_agree_with_brute_force_by_the_engine() {
    let mut checked = 0;
    for seed in 1..=40u64 {
        let card = scorecard(Spec {
            items: 14,
            depth: 3,
            seed,
            year: 2019,
        });
        let analysis = Analysis::new(&card);
        let count = fixable(&analysis, &Changes::default()).len();
        if count == 0 || count > 14 {
            continue;
        }
        let (_, base) = analysis.whole_totals();
        let all: Points = Points::sum(
            fixable(&analysis, &Changes::default())
                .iter()
                .map(|i| i.gain),
        );
        for (k, fraction) in [(1, 4), (1, 2), (5, 6)].into_iter().enumerate() {
            let changes = if k == 0 {
                Changes::default()
            } else {
                random_efforts(&analysis, seed * 7 + k as u64)
            };
            let target = base + Points::from_units(all.units() * fraction.0 / fraction.1);
            let got = answer(&analysis, &changes, target);
            let (effort, total) = brute_force(&analysis, &changes, target).unwrap();
            assert_eq!(got.total_effort, effort, "seed {seed}, target {target}");
            assert_eq!(got.projected_total, total, "seed {seed}, target {target}");
            assert!(got.reachable && got.proven);
            checked += 1;
        }
    }
    assert!(checked >= 60, "only {checked} cases ran");
}

/// A field whose criterion lists sub-criteria losing more than the criterion itself (with no
/// correction that explains it): raising them hits the criterion's maximum.
fn clamped_card() -> Scorecard {
    let text = r#"Scorecard(
        format: 1, unit: "UBND tỉnh Thử", year: 2019, target_year: 2020,
        fields: [
            Field(code: "1", name: "Một", max: 10.0, score: 7.0, items: [
                Item(code: "1.1", name: "A", max: 5.0, score: Some(4.0), items: [
                    Item(code: "1.1.1", name: "a1", max: 2.0, score: Some(0.0)),
                    Item(code: "1.1.2", name: "a2", max: 2.0, score: Some(1.0)),
                ]),
                Item(code: "1.2", name: "B", max: 3.0, score: Some(1.0)),
            ]),
            Field(code: "2", name: "Hai", max: 5.0, score: 4.0, items: [
                Item(code: "2.1", name: "C", max: 2.0, score: Some(1.0)),
            ]),
        ],
    )"#;
    io::parse_scorecard(text, &io::Origin::Embedded("clamped")).unwrap()
}

#[test]
fn when_a_parent_clamps_the_answer_is_still_the_engines_cheapest() {
    let card = clamped_card();
    let analysis = Analysis::new(&card);
    let mut changes = Changes::default();
    // a1 would add 2 but 1.1 can only rise by 1: paying for a1 and a2 together is waste.
    for (code, effort) in [("1.1.1", "3"), ("1.1.2", "1"), ("1.2", "4"), ("2.1", "2.5")] {
        changes
            .efforts
            .insert(code.to_string(), Points::parse(effort).unwrap());
    }
    let (_, base) = analysis.whole_totals();
    for gain in ["0.5", "1", "2", "3", "4"] {
        let target = base + Points::parse(gain).unwrap();
        let got = answer(&analysis, &changes, target);
        assert!(!got.additive);
        match brute_force(&analysis, &changes, target) {
            Some((effort, total)) => {
                assert!(got.reachable, "gain {gain}");
                assert_eq!(got.total_effort, effort, "gain {gain}");
                assert_eq!(got.projected_total, total, "gain {gain}");
            }
            None => assert!(!got.reachable, "gain {gain}"),
        }
        let engine = Projected::compute(&analysis, &got.projection()).whole_total;
        assert_eq!(engine, got.projected_total);
    }
}

#[test]
fn on_10000_items_the_fewest_fixes_are_proven_and_match_the_count_by_sorting() {
    // With every effort 1 the fewest fixes are the largest gains taken until the need is met
    // (gains add on a generated card): the search must prove that count, not stop at its limit.
    let card = scorecard(Spec {
        items: 10_000,
        depth: 4,
        seed: 1,
        year: 2019,
    });
    let analysis = Analysis::new(&card);
    let mut gains: Vec<i64> = fixable(&analysis, &Changes::default())
        .iter()
        .map(|i| i.gain.units())
        .collect();
    gains.sort_unstable_by(|a, b| b.cmp(a));
    let all: i64 = gains.iter().sum();
    let (_, base) = analysis.whole_totals();
    for share in [50, 90] {
        let need = all * share / 100;
        let mut sum = 0;
        let fewest = gains
            .iter()
            .position(|g| {
                sum += g;
                sum >= need
            })
            .unwrap()
            + 1;
        let got = answer(
            &analysis,
            &Changes::default(),
            base + Points::from_units(need),
        );
        assert!(got.proven && got.additive && got.reachable);
        assert_eq!(got.fixes.len(), fewest, "{share}%");
        assert_eq!(
            got.total_effort,
            Points::from_units(i64::try_from(fewest).unwrap() * 10_000)
        );
    }
}
