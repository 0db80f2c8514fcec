//! How sure the projection is: the distribution of the projected index on the shipped
//! scenarios, checked against the engine's own projection and against a brute-force
//! enumeration of every accept/reject outcome of the seed's 21 planned gains.

use std::path::Path;

use parindex::engine::{Analysis, Edit, Method, Projected, RiskOptions, Session, risk, risk_of};
use parindex::io;
use parindex::model::{Changes, Points, Projection, Ratio, RiskDefaults, Scenario, SurveyRange};

fn pts(text: &str) -> Points {
    Points::parse(text).unwrap()
}

fn saved(file: &str) -> Scenario {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("saves")
        .join(file);
    io::load_scenario(&path).unwrap()
}

/// Every default confidence `p`, and survey ranges of zero width (spread 0, no range set).
fn certain(changes: &mut Changes, p: Ratio) {
    changes.risk_defaults = RiskDefaults {
        ready: p,
        in_progress: p,
        missing: p,
        unlisted: p,
        survey_spread: Ratio::ZERO,
    };
    changes.confidence.clear();
    changes.survey_ranges.clear();
}

#[test]
fn with_every_gain_accepted_and_fixed_surveys_the_distribution_is_the_point_92_5631() {
    let mut scenario = saved("ke-hoach-180-dat-toan-bo.ron");
    certain(&mut scenario.changes, Ratio::ONE);
    let session = Session::with_changes(scenario.base, scenario.changes);
    for draws in [None, Some(500)] {
        let options = RiskOptions {
            target: Some(pts("92.5631")),
            draws,
            ..RiskOptions::default()
        };
        let r = risk_of(&session, &options);
        assert_eq!(r.point, pts("92.5631"));
        assert_eq!(r.expected, pts("92.5631"));
        assert_eq!(r.interval_90, (pts("92.5631"), pts("92.5631")));
        assert_eq!(r.p_at_least, Some(1.0));
        assert_eq!(r.histogram.len(), 1);
        assert!(r.items.iter().all(|i| i.expected_loss.is_zero()));
        assert_eq!(r.items.len(), 21);
    }
}

#[test]
fn with_every_gain_rejected_the_distribution_is_the_2019_index_79_68() {
    let mut scenario = saved("ke-hoach-180-dat-toan-bo.ron");
    certain(&mut scenario.changes, Ratio::ZERO);
    let session = Session::with_changes(scenario.base, scenario.changes);
    let r = risk_of(&session, &RiskOptions::default());
    assert_eq!(r.method, Method::Exact);
    assert_eq!(r.expected, pts("79.68"));
    assert_eq!(r.interval_90, (pts("79.68"), pts("79.68")));
    // Every rejected gain costs all of itself: the plan's whole +12.8831.
    assert_eq!(r.expected_loss, pts("12.8831"));
    let lv6 = r.fields.iter().find(|f| f.code == "6").unwrap();
    assert_eq!(lv6.expected_lost, pts("3.87"));
    assert_eq!(lv6.lost_90, (pts("3.87"), pts("3.87")));
}

/// The confidence each of the seed's 21 planned leaves gets in ke-hoach-180-rui-ro, read off the
/// file by the documented rule: the weakest document decides (có 0.9, đang hoàn thiện 0.6,
/// chưa có 0.3), 7.1.6 is set by hand to 0.1, 8.6 lists nothing (0.5).
const RISKY: [(&str, f64); 21] = [
    ("1.3.2", 0.6),
    ("1.5", 0.6),
    ("1.6", 0.9),
    ("3.4.1", 0.6),
    ("3.4.2", 0.3),
    ("3.4.3", 0.6),
    ("4.1.2", 0.9),
    ("4.3.3", 0.6),
    ("5.1.2", 0.6),
    ("5.5.2", 0.6),
    ("5.7.2", 0.3),
    ("6.1.1", 0.6),
    ("6.1.3", 0.9),
    ("6.2.1", 0.9),
    ("6.2.3", 0.3),
    ("6.3.4", 0.3),
    ("7.1.6", 0.1),
    ("7.2.1", 0.6),
    ("7.3.1", 0.6),
    ("8.3.1", 0.3),
    ("8.6", 0.5),
];

/// (index in ten-thousandths, probability) of every one of the 2²¹ outcomes. Each field's
/// change is taken from `Projected::compute` on each subset of that field's leaves; the index
/// of an outcome is 79.68 plus its fields' changes (the engine's own rule, spot-checked below
/// against `Projected::compute` on whole outcomes).
fn enumerate(analysis: &Analysis, planned: &Projection) -> Vec<(i64, f64)> {
    let leaves: Vec<(usize, String, Points, f64)> = RISKY
        .iter()
        .map(|(code, p)| {
            let node = analysis.find(code).unwrap();
            (
                analysis.node(node).field,
                (*code).to_string(),
                planned.scores[*code],
                *p,
            )
        })
        .collect();
    let fields = analysis.fields.len();
    let base = Projected::baseline(analysis).whole_total;
    let project = |mask: u32| {
        let mut projection = Projection::default();
        for (bit, (_, code, value, _)) in leaves.iter().enumerate() {
            if mask & (1 << bit) != 0 {
                projection.scores.insert(code.clone(), *value);
            }
        }
        Projected::compute(analysis, &projection).whole_total
    };
    // Per field: its leaves' bits, and the index change of every subset of them.
    let mut tables: Vec<(Vec<usize>, Vec<i64>)> = Vec::new();
    for f in 0..fields {
        let bits: Vec<usize> = (0..leaves.len()).filter(|&b| leaves[b].0 == f).collect();
        let table = (0..1u32 << bits.len())
            .map(|sub| {
                let mask = bits
                    .iter()
                    .enumerate()
                    .filter(|(k, _)| sub & (1 << k) != 0)
                    .fold(0u32, |m, (_, &b)| m | (1 << b));
                (project(mask) - base).units()
            })
            .collect();
        tables.push((bits, table));
    }
    let all = 1u32 << leaves.len();
    let mut outcomes = Vec::with_capacity(all as usize);
    for mask in 0..all {
        let mut probability = 1.0;
        for (bit, leaf) in leaves.iter().enumerate() {
            probability *= if mask & (1 << bit) != 0 {
                leaf.3
            } else {
                1.0 - leaf.3
            };
        }
        let mut index = base.units();
        for (bits, table) in &tables {
            let sub = bits
                .iter()
                .enumerate()
                .filter(|&(_, &b)| mask & (1 << b) != 0)
                .fold(0usize, |s, (k, _)| s | (1 << k));
            index += table[sub];
        }
        outcomes.push((index, probability));
    }
    // Spot-check the additivity on whole outcomes, with Projected::compute over all fields.
    let mut mask = 12_345u32;
    for _ in 0..300 {
        mask = mask.wrapping_mul(1_103_515_245).wrapping_add(12_345) % all;
        assert_eq!(
            project(mask).units(),
            outcomes[mask as usize].0,
            "mask {mask:b}"
        );
    }
    outcomes
}

#[test]
fn the_risky_plan_matches_a_brute_force_enumeration_of_its_21_gains() {
    let mut scenario = saved("ke-hoach-180-rui-ro.ron");
    let analysis = Analysis::new(&scenario.base);
    // Survey ranges of zero width at the 2019 figures: only the appraisal is uncertain.
    for info in &analysis.fields {
        if info.survey_max > Points::ZERO {
            scenario.changes.survey_ranges.insert(
                analysis.node(info.node).code.clone(),
                SurveyRange::exactly(info.survey_base),
            );
        }
    }
    let mut outcomes = enumerate(&analysis, &scenario.changes.projection);
    assert_eq!(outcomes.len(), 1 << 21);
    outcomes.sort_unstable_by_key(|o| o.0);
    let mean: f64 = outcomes.iter().map(|&(v, p)| v as f64 * p).sum();
    let quantile = |q: f64| {
        let mut cumulative = 0.0;
        outcomes
            .iter()
            .find(|&&(_, p)| {
                cumulative += p;
                cumulative >= q - 1e-12
            })
            .map(|o| o.0)
            .unwrap()
    };
    let at_least_85: f64 = outcomes
        .iter()
        .filter(|o| o.0 >= 850_000)
        .map(|o| o.1)
        .sum();

    let projected = Projected::compute(&analysis, &scenario.changes.projection);
    let options = RiskOptions {
        target: Some(pts("85")),
        ..RiskOptions::default()
    };
    let r = risk(&analysis, &projected, &scenario.changes, &options);
    assert_eq!(r.method, Method::Exact);
    // Expected: 79.68 + Σ p × gain over the 21 leaves = 79.68 + 7.05486 (the gains are the
    // seed's losses: 1.3.2 1 × 0.6, 1.5 0.5 × 0.6, 1.6 1 × 0.9, 3.4.1 0.0684 × 0.6, …, 8.6 0.5 × 0.5).
    assert!((mean - 867_348.6).abs() < 1e-3, "{mean}");
    assert_eq!(r.expected, Points::from_units(mean.round() as i64));
    assert_eq!(
        r.interval_90,
        (
            Points::from_units(quantile(0.05)),
            Points::from_units(quantile(0.95))
        )
    );
    let p = r.p_at_least.unwrap();
    assert!((p - at_least_85).abs() < 1e-9, "{p} vs {at_least_85}");
    // Every combination is there: the least is 2019's 79.68, the greatest the plan's 92.5631.
    assert_eq!(r.percentiles[0], pts("79.68"));
    assert_eq!(r.percentiles[100], pts("92.5631"));
}

#[test]
fn the_risky_plan_with_survey_ranges_agrees_with_monte_carlo_within_its_noise() {
    let scenario = saved("ke-hoach-180-rui-ro.ron");
    let session = Session::with_changes(scenario.base, scenario.changes);
    let exact = risk_of(
        &session,
        &RiskOptions {
            target: Some(pts("85")),
            ..RiskOptions::default()
        },
    );
    assert_eq!(exact.method, Method::Exact);
    let sampled = risk_of(
        &session,
        &RiskOptions {
            target: Some(pts("85")),
            draws: Some(20_000),
            seed: 7,
            ..RiskOptions::default()
        },
    );
    assert_eq!(
        sampled.method,
        Method::MonteCarlo {
            draws: 20_000,
            seed: 7
        }
    );
    // Standard errors at 20,000 draws: about 0.008 point on the mean (sd ≈ 1.1), 0.3 % on P.
    let gap = |a: Points, b: Points| (a - b).abs().to_f64();
    assert!(
        gap(exact.expected, sampled.expected) < 0.04,
        "{exact:?} {sampled:?}"
    );
    assert!((exact.p_at_least.unwrap() - sampled.p_at_least.unwrap()).abs() < 0.015);
    assert!(gap(exact.interval_90.0, sampled.interval_90.0) < 0.15);
    assert!(gap(exact.interval_90.1, sampled.interval_90.1) < 0.15);
    // The surveys' ranges lean low (a mean 0.13 below 2019), so the expectation falls below
    // the appraisal-only 86.7349 by about that much.
    assert!(
        exact.expected < pts("86.7349") && exact.expected > pts("86.55"),
        "{:?}",
        exact.expected
    );
}

#[test]
fn the_same_seed_gives_the_same_figures() {
    let scenario = saved("ke-hoach-180-rui-ro.ron");
    let session = Session::with_changes(scenario.base, scenario.changes);
    let run = |seed| {
        risk_of(
            &session,
            &RiskOptions {
                target: Some(pts("85")),
                draws: Some(3_000),
                seed,
                ..RiskOptions::default()
            },
        )
    };
    assert_eq!(run(3), run(3));
    assert_ne!(run(3).histogram, run(4).histogram);
}

#[test]
fn whose_evidence_to_chase_lists_the_district_dossiers_first() {
    let scenario = saved("ke-hoach-180-rui-ro.ron");
    let session = Session::with_changes(scenario.base, scenario.changes);
    let r = risk_of(&session, &RiskOptions::default());
    let top: Vec<(&str, String)> = r
        .items
        .iter()
        .take(3)
        .map(|i| (i.code.as_str(), i.expected_loss.en()))
        .collect();
    // 3.4.2: 1.5 × (1 − 0.3) = 1.05; then the full-point gains at 0.3: 6.3.4 and 8.3.1 (0.7).
    assert_eq!(
        top,
        [
            ("3.4.2", "1.05".to_string()),
            ("6.3.4", "0.7".to_string()),
            ("8.3.1", "0.7".to_string())
        ]
    );
    assert_eq!(
        r.items[0].lead.as_deref(),
        Some("Văn phòng ĐDBQH, HĐND&UBND")
    );
    // Σ (1 − p) × gain = 12.8831 − 7.05486, to the nearest ten-thousandth per item.
    assert!(
        (r.expected_loss.to_f64() - 5.828_24).abs() < 0.0005,
        "{:?}",
        r.expected_loss
    );
}

#[test]
fn confidence_and_range_edits_are_undoable() {
    let scenario = saved("ke-hoach-180-dat-toan-bo.ron");
    let mut session = Session::with_changes(scenario.base, scenario.changes);
    let before = risk_of(&session, &RiskOptions::default()).expected;
    assert!(session.apply(Edit::SetConfidence {
        code: "3.4.2".into(),
        value: Some(Ratio::ONE),
    }));
    let range = SurveyRange::new(pts("8"), pts("8.29"), pts("12")).unwrap();
    assert!(session.apply(Edit::SetSurveyRange {
        field: "8".into(),
        range: Some(range)
    }));
    // Clamped to LV8's survey maximum of 10.
    assert_eq!(session.changes().survey_ranges["8"].high, pts("10"));
    assert!(!session.apply(Edit::SetSurveyRange {
        field: "1".into(),
        range: Some(range)
    }));
    assert!(!session.apply(Edit::SetConfidence {
        code: "9.9".into(),
        value: None
    }));
    assert!(session.undo() && session.undo());
    assert_eq!(risk_of(&session, &RiskOptions::default()).expected, before);
}

#[test]
fn documents_listed_on_a_criterion_decide_for_its_sub_criteria() {
    let scenario = saved("ke-hoach-180-dat-toan-bo.ron");
    let mut session = Session::with_changes(scenario.base, scenario.changes);
    session.apply(Edit::SetEvidence {
        code: "3.4".into(),
        documents: vec![parindex::model::Evidence {
            title: "Báo cáo tỷ lệ hồ sơ giải quyết đúng hạn".into(),
            state: parindex::model::EvidenceState::Ready,
            ..Default::default()
        }],
    });
    let agencies = parindex::engine::evidence_checklist(
        session.analysis(),
        session.projected(),
        session.changes(),
    );
    let office = agencies
        .iter()
        .find(|a| a.lead.as_deref() == Some("Văn phòng ĐDBQH, HĐND&UBND"))
        .unwrap();
    let codes: Vec<(&str, Option<&str>, u16)> = office
        .items
        .iter()
        .map(|i| {
            (
                i.code.as_str(),
                i.listed_on.as_deref(),
                i.confidence.units(),
            )
        })
        .collect();
    // 1.6 lists nothing (0.5, at risk 0.5); 3.4.2 is proven by 3.4's report (0.9, 1.5 × 0.1).
    assert_eq!(
        codes,
        [
            ("1.6", None, 5_000),
            ("3.4.2", Some("3.4"), 9_000),
            ("3.4.1", Some("3.4"), 9_000),
            ("3.4.3", Some("3.4"), 9_000),
        ]
    );
    assert_eq!(office.outstanding, 1);
}

#[test]
fn the_risky_scenario_projects_the_whole_plan() {
    let scenario = saved("ke-hoach-180-rui-ro.ron");
    let full = saved("ke-hoach-180-dat-toan-bo.ron");
    assert_eq!(scenario.changes.projection, full.changes.projection);
    assert_eq!(scenario.base, full.base);
    let description = scenario.description.clone();
    let session = Session::with_changes(scenario.base, scenario.changes);
    assert_eq!(session.figures().total, pts("92.5631"));
    // The description states the figures this build computes.
    let r = risk_of(
        &session,
        &RiskOptions {
            target: Some(pts("85")),
            ..RiskOptions::default()
        },
    );
    let percent = format!("{:.1}%", r.p_at_least.unwrap() * 100.0).replace('.', ",");
    let stated = format!(
        "kỳ vọng {}, khoảng 90%: {}–{}, xác suất đạt từ 85 điểm trở lên {percent}",
        r.expected.vi(),
        r.interval_90.0.vi(),
        r.interval_90.1.vi(),
    );
    assert!(description.contains(&stated), "{stated}");
}

#[test]
fn a_field_clamped_at_its_maximum_caps_the_gains_as_the_projection_does() {
    // LV8 published at 15.5 of 16 (the seed has 12.79): its plan's +1 (8.3.1) and +0.5 (8.6)
    // can only add 0.5 between them, as Projected::compute clamps the field to its maximum.
    let mut card = io::embedded_scorecard().unwrap();
    card.fields[7].published_total = Some(pts("15.5"));
    let mut session = Session::new(card);
    for code in ["8.3.1", "8.6"] {
        session.apply(Edit::SetScore {
            code: code.into(),
            value: Some(pts("1")),
        });
    }
    assert_eq!(session.figures().total, pts("80.18"));
    let mut changes = session.changes().clone();
    certain(&mut changes, Ratio::from_units(5_000));
    let session = Session::with_changes(session.card().clone(), changes);
    // Outcomes: neither accepted (1/4) adds 0; any other (3/4) adds the 0.5 left below 16.
    for draws in [None, Some(4_000)] {
        let r = risk_of(
            &session,
            &RiskOptions {
                target: Some(pts("80.18")),
                draws,
                ..RiskOptions::default()
            },
        );
        assert_eq!(r.percentiles[0], pts("79.68"));
        assert_eq!(r.percentiles[100], pts("80.18"));
        let p = r.p_at_least.unwrap();
        assert!(
            (p - 0.75).abs() < if draws.is_some() { 0.03 } else { 1e-12 },
            "{p}"
        );
        let lv8 = r.fields.iter().find(|f| f.code == "8").unwrap();
        assert_eq!(lv8.lost, Points::ZERO);
    }
}

#[test]
fn a_criterion_set_directly_falls_back_to_its_sub_criteria_when_rejected() {
    // 3.4 set to its maximum 5 by hand over the plan's leaves: accepted, 5; rejected, what
    // 3.4.1–3.4.3 give it. Exact and sampled distributions agree.
    let scenario = saved("ke-hoach-180-dat-toan-bo.ron");
    let mut session = Session::with_changes(scenario.base, scenario.changes);
    session.apply(Edit::SetScore {
        code: "3.4".into(),
        value: Some(pts("5")),
    });
    let options = |draws| RiskOptions {
        target: Some(pts("86")),
        draws,
        ..RiskOptions::default()
    };
    let exact = risk_of(&session, &options(None));
    let sampled = risk_of(&session, &options(Some(20_000)));
    assert_eq!(exact.method, Method::Exact);
    // 3.4's own gain over its leaves: 5 − (3.4259 + 1.5741) = 0: the setting adds nothing.
    assert!(exact.items.iter().all(|i| i.code != "3.4"));
    let gap = (exact.expected - sampled.expected).abs().to_f64();
    assert!(gap < 0.04, "{:?} {:?}", exact.expected, sampled.expected);
    assert!((exact.p_at_least.unwrap() - sampled.p_at_least.unwrap()).abs() < 0.015);
}

/// A field not known in the assessed year (its survey not published, no field total) does not
/// move the index — in the projection, and so in its distribution and in the fix-first climb:
/// an explicit survey range on it used to widen the index's range, and its fixes to raise the
/// climb above what the projection of the same fixes gives.
#[test]
fn a_field_not_known_in_the_assessed_year_moves_neither_the_distribution_nor_the_climb() {
    let mut scenario = saved("ke-hoach-180-dat-toan-bo.ron");
    // LV3: 1,5741 lost in items the plan fixes.
    let field = &mut scenario.base.fields[2];
    field.survey.score = None;
    field.published_total = None;
    let code = field.code.clone();
    certain(&mut scenario.changes, Ratio::ONE);
    scenario.changes.survey_ranges.insert(
        code,
        SurveyRange::new(pts("0"), pts("1.5"), pts("3")).unwrap(),
    );
    let session = Session::with_changes(scenario.base, scenario.changes);
    let point = session.figures().total;
    for draws in [None, Some(500)] {
        let r = risk_of(
            &session,
            &RiskOptions {
                draws,
                ..RiskOptions::default()
            },
        );
        assert_eq!(r.point, point, "{draws:?}");
        assert_eq!(r.expected, point, "{draws:?}");
        assert_eq!(r.interval_90, (point, point), "{draws:?}");
    }
    // The plan sets every fixable item to full marks: the climb through all of them ends at
    // the plan's projected index.
    let mut plain = session.changes().clone();
    plain.projection = Projection::default();
    let list = parindex::engine::goal::fix_first(session.analysis(), &plain);
    assert_eq!(list.steps.len(), 21);
    assert_eq!(list.steps.last().map(|s| s.running_total), Some(point));
}
