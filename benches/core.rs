//! Core benches on a generated 10,000-item scorecard (seed 1, depth 4) beside the Tiền Giang
//! seed: what a slider drag costs per frame, and what opening a file costs.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use parindex::engine::goal::{Aim, Request, fix_first, fixable, seek};
use parindex::engine::{
    Analysis, Edit, Figures, Method, Projected, RiskOptions, Session, Stakes, check, risk_of,
};
use parindex::generate::{Prng, Spec, scorecard};
use parindex::io::{
    EMBEDDED_SCORECARD, embedded_scorecard, load_scenario, load_scorecard, scorecard_to_string,
};
use parindex::model::{Changes, Points, Ratio, Scorecard};

fn big() -> Scorecard {
    scorecard(Spec {
        items: 10_000,
        depth: 4,
        seed: 1,
        year: 2019,
    })
}

/// A leaf deep in the tree with room to move: what a person drags.
fn slider_target(card: &Scorecard) -> (String, Points) {
    card.walk()
        .filter(|(_, item, _)| item.items.is_empty() && item.max > Points::ZERO)
        .max_by_key(|(_, _, depth)| *depth)
        .map_or((String::new(), Points::ZERO), |(_, item, _)| {
            (item.code.clone(), item.max)
        })
}

/// One slider step: the edit applied and every projection redone (projected values, field
/// figures, points at stake per agency), as `Session` does on each drag event.
fn slider(c: &mut Criterion) {
    for (name, card) in [
        ("seed", embedded_scorecard().unwrap_or_else(|_| big())),
        ("10k", big()),
    ] {
        let (code, max) = slider_target(&card);
        let mut session = Session::new(card);
        let mut step = 0i64;
        c.bench_function(&format!("slider_change_recompute/{name}"), |b| {
            b.iter(|| {
                step = (step + 1) % 2;
                let value = Points::from_units(max.units() * step);
                session.apply_live(
                    Edit::SetScore {
                        code: code.clone(),
                        value: Some(value),
                    },
                    "drag",
                );
                let stakes = Stakes::of(session.analysis(), session.projected());
                black_box((session.figures().total, stakes));
            });
        });
        let analysis = Analysis::new(session.card());
        let projection = session.changes().projection.clone();
        c.bench_function(&format!("full_projection_pass/{name}"), |b| {
            b.iter(|| {
                let projected = Projected::compute(&analysis, black_box(&projection));
                let figures = Figures::of(&analysis, &projected);
                black_box((figures, Stakes::of(&analysis, &projected)));
            });
        });
    }
}

/// Opening a file: read it, parse the RON, build the analysis, run the validator.
fn load_validate(c: &mut Criterion) {
    let Ok(dir) = tempfile::tempdir() else {
        return;
    };
    let seed = dir.path().join("seed.ron");
    let big_path = dir.path().join("big.ron");
    let written = std::fs::write(&seed, EMBEDDED_SCORECARD)
        .and_then(|()| std::fs::write(&big_path, scorecard_to_string(&big()).unwrap_or_default()));
    if written.is_err() {
        return;
    }
    for (name, path) in [("seed", seed), ("10k", big_path)] {
        c.bench_function(&format!("load_validate/{name}"), |b| {
            b.iter(|| {
                let card = load_scorecard(black_box(&path));
                let findings = card.map(|card| check(&Analysis::new(&card)).len());
                black_box(findings.ok());
            });
        });
    }
}

/// Efforts of 0.5 to 40 days, in half days: what an officer would enter.
fn random_efforts(analysis: &Analysis) -> Changes {
    let mut rng = Prng::new(7);
    let mut changes = Changes::default();
    for item in fixable(analysis, &Changes::default()) {
        let days = rng.span(1, 81) * 5_000;
        changes.efforts.insert(item.code, Points::from_units(days));
    }
    changes
}

/// Goal seek: the cheapest fixes to a target, on the seed (target 85, default and shipped-like
/// efforts) and on 10,000 items (target halfway between the baseline and every fix, default
/// and random efforts); and the fix-first list.
fn goal(c: &mut Criterion) {
    let seed = embedded_scorecard().unwrap_or_else(|_| big());
    let big = big();
    for (name, card) in [("seed", seed), ("10k", big)] {
        let analysis = Analysis::new(&card);
        let (_, base) = analysis.whole_totals();
        let all = Points::sum(
            fixable(&analysis, &Changes::default())
                .iter()
                .map(|i| i.gain),
        );
        let target = if name == "seed" {
            Points::from_units(850_000)
        } else {
            base + Points::from_units(all.units() / 2)
        };
        for (efforts, changes) in [
            ("default", Changes::default()),
            ("random", random_efforts(&analysis)),
        ] {
            let request = Request {
                aim: Some(Aim::Index(target)),
                ..Request::default()
            };
            c.bench_function(&format!("goal_seek/{name}/{efforts}"), |b| {
                b.iter(|| black_box(seek(&analysis, black_box(&changes), &request).ok()));
            });
        }
        c.bench_function(&format!("fix_first/{name}"), |b| {
            b.iter(|| black_box(fix_first(&analysis, black_box(&Changes::default()))));
        });
    }
}

/// The distribution of the projected index (`parindex risk`, the header's range): on the
/// shipped risky scenario (exact), and on 10,000 items with the whole plan applied and every
/// gain at its default confidence (too many combinations to convolve: seeded Monte Carlo).
fn risk_distribution(c: &mut Criterion) {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/ke-hoach-180-rui-ro.ron");
    let Ok(scenario) = load_scenario(&path) else {
        return;
    };
    let seed = Session::with_changes(scenario.base, scenario.changes);
    let mut big_plan = Session::new(big());
    big_plan.apply(Edit::ApplyPlan);
    let options = RiskOptions {
        target: Some(Points::from_units(850_000)),
        ..RiskOptions::default()
    };
    let mut group = c.benchmark_group("risk_distribution");
    group.sample_size(20);
    for (name, session) in [("seed", &seed), ("10k", &big_plan)] {
        let method = risk_of(session, &options).method;
        let label = match method {
            Method::Exact => format!("{name}/exact"),
            Method::MonteCarlo { draws, .. } => format!("{name}/monte_carlo_{draws}"),
        };
        group.bench_function(label, |b| {
            b.iter(|| black_box(risk_of(black_box(session), &options).expected));
        });
    }
    // A confidence slider dragged on the seed: the edit, then the whole distribution again.
    let mut dragged = seed.clone();
    let mut step = 0u16;
    group.bench_function("seed/confidence_drag", |b| {
        b.iter(|| {
            step = (step + 1) % 10;
            dragged.apply_live(
                Edit::SetConfidence {
                    code: "3.4.2".to_string(),
                    value: Some(Ratio::from_units(step * 1_000)),
                },
                "drag",
            );
            black_box(risk_of(&dragged, &options).expected)
        });
    });
    group.finish();
}

criterion_group!(benches, slider, load_validate, goal, risk_distribution);
criterion_main!(benches);
