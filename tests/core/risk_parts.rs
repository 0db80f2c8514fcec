//! One part's range on the lost-by-field chart: the distribution with only the appraisal's
//! doubt (surveys at their projected scores) or only the survey's (every gain accepted), on the
//! shipped risky plan; figures worked out by hand from the scenario's confidences and ranges.

use std::path::Path;

use parindex::engine::{RiskOptions, RiskPart, Session, part_lost_ranges, risk_of_part};
use parindex::io;
use parindex::model::{Points, Ratio, RiskDefaults};

fn pts(text: &str) -> Points {
    Points::parse(text).unwrap()
}

fn session(file: &str) -> Session {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("saves")
        .join(file);
    let scenario = io::load_scenario(&path).unwrap();
    Session::with_changes(scenario.base, scenario.changes)
}

fn ranges(session: &Session, part: RiskPart) -> Vec<(Points, Points)> {
    let risk = risk_of_part(
        session.analysis(),
        session.projected(),
        session.changes(),
        part,
        &RiskOptions::default(),
    );
    part_lost_ranges(&risk, session.figures(), part)
}

#[test]
fn the_appraisal_range_of_lv1_runs_from_nothing_lost_to_1_5() {
    // LV1 has no survey part. Its planned gains in ke-hoach-180-rui-ro: 1.3.2 +1 (confidence
    // 0,6), 1.5 +0,5 (0,6), 1.6 +1 (0,9). P(nothing lost) = 0,6·0,6·0,9 = 0,324 ≥ 5 %;
    // P(lost ≥ 2) = P(1.3.2 and 1.6 rejected) = 0,4·0,1 = 0,04 < 5 %, while
    // P(lost ≥ 1,5) = 0,04 + (0,4·0,9 + 0,6·0,1)·0,4 = 0,208: the 95th percentile is 1,5.
    let s = session("ke-hoach-180-rui-ro.ron");
    let appraisal = ranges(&s, RiskPart::Appraisal);
    assert_eq!(appraisal[0], (Points::ZERO, pts("1.5")));
    // With no survey part the field's whole range is the same.
    assert_eq!(ranges(&s, RiskPart::All)[0], appraisal[0]);
}

#[test]
fn the_survey_range_of_lv2_is_its_triangles_5th_to_95th_percentile() {
    // LV2's survey part (max 5) ranges 3,45 – 3,71 – 3,9 and nothing else in LV2 moves.
    // Triangle percentiles: 5 %: 3,45 + √(0,05·0,45·0,26) = 3,5265; 95 %:
    // 3,9 − √(0,05·0,45·0,19) = 3,8346. Points lost: 5 − those, on the engine's 0,02 grid
    // (the widest range, LV8's 0,85, over 64 steps rounds up to 0,02).
    let s = session("ke-hoach-180-rui-ro.ron");
    let (low, high) = ranges(&s, RiskPart::Survey)[1];
    let near = |a: Points, b: &str| (a - pts(b)).abs() <= pts("0.02");
    assert!(near(low, "1.1654"), "{low}");
    assert!(near(high, "1.4735"), "{high}");
    // The self-assessment of LV2 is at full marks with no gain planned: no appraisal range.
    assert_eq!(
        ranges(&s, RiskPart::Appraisal)[1],
        (Points::ZERO, Points::ZERO)
    );
}

#[test]
fn with_nothing_uncertain_every_part_range_is_the_projected_loss() {
    let mut scenario = io::load_scenario(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/ke-hoach-180-dat-toan-bo.ron"),
    )
    .unwrap();
    scenario.changes.risk_defaults = RiskDefaults {
        ready: Ratio::ONE,
        in_progress: Ratio::ONE,
        missing: Ratio::ONE,
        unlisted: Ratio::ONE,
        survey_spread: Ratio::ZERO,
    };
    let s = Session::with_changes(scenario.base, scenario.changes);
    for part in [RiskPart::All, RiskPart::Appraisal, RiskPart::Survey] {
        for (range, field) in ranges(&s, part).iter().zip(&s.figures().fields) {
            let lost = match part {
                RiskPart::All => field.lost,
                RiskPart::Appraisal => field.self_lost,
                RiskPart::Survey => field.survey_lost,
            };
            assert_eq!(*range, (lost, lost), "{part:?} LV{}", field.code);
        }
    }
}
