//! The charts hold one bar per field per series, with the core's values.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common::{app, enter_score, pts, select};
use parindex::ui::charts::{Part, series};

/// Self-assessment points lost per field in 2019: max − score of the seed's summary table.
const LOST_2019: [&str; 8] = [
    "2.5", "0", "1.5741", "2.2804", "1.25", "3.059", "1.047", "1.5",
];

#[test]
fn the_lost_chart_holds_8_bars_per_series_with_the_values_of_the_core() {
    let mut harness = app(1400.0, 900.0);
    select(&mut harness, "3.4.2");
    enter_score(&mut harness, "1,5");
    let session = harness.state().session();
    let baseline = series(session.baseline_figures(), Part::SelfAssessment);
    let projected = series(session.figures(), Part::SelfAssessment);
    assert_eq!(baseline.len(), 8);
    assert_eq!(projected.len(), 8);
    let labels: Vec<_> = baseline.iter().map(|b| b.label.as_str()).collect();
    assert_eq!(
        labels,
        ["LV1", "LV2", "LV3", "LV4", "LV5", "LV6", "LV7", "LV8"]
    );
    for (bar, lost) in baseline.iter().zip(LOST_2019) {
        assert_eq!(bar.lost, pts(lost), "{}", bar.label);
    }
    // 3.4.2 at full marks recovers 1,5 of LV3's 1,5741.
    assert_eq!(projected[2].lost, pts("0.0741"));
    for (i, (b, p)) in baseline.iter().zip(&projected).enumerate() {
        if i != 2 {
            assert_eq!(b.lost, p.lost, "{}", b.label);
        }
    }
}

#[test]
fn the_whole_field_series_adds_the_survey_part() {
    let harness = app(1400.0, 900.0);
    let session = harness.state().session();
    let whole = series(session.baseline_figures(), Part::Whole);
    let own = series(session.baseline_figures(), Part::SelfAssessment);
    let survey = series(session.baseline_figures(), Part::Survey);
    assert_eq!(whole.len(), 8);
    for i in 0..8 {
        let f = &session.baseline_figures().fields[i];
        assert_eq!(whole[i].lost, f.lost);
        assert_eq!(survey[i].lost, f.survey_lost);
        assert_eq!(own[i].lost, f.self_lost);
    }
    // LV2 lost nothing: full attainment.
    assert_eq!(own[1].attainment, Some(100.0));
}
