//! Figures worked out by hand from the seed (Kế hoạch 180/KH-UBND, appendix and summary table),
//! asserted exactly against the embedded scorecard.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use parindex::engine::{Analysis, Basis, Check, Figures, Projected, Severity, Stakes, check};
use parindex::io;
use parindex::model::{Points, Projection};

fn pts(text: &str) -> Points {
    Points::parse(text).unwrap()
}

fn seed() -> Analysis {
    Analysis::new(&io::embedded_scorecard().unwrap())
}

#[test]
fn self_assessment_total_is_53_2895_of_66_5() {
    let figures = Figures::of(&seed(), &Projected::baseline(&seed()));
    assert_eq!(figures.self_total, pts("53.2895"));
    assert_eq!(figures.self_max, pts("66.5"));
    assert_eq!(figures.self_lost, pts("13.2105"));
}

#[test]
fn index_is_the_published_79_68_of_100() {
    let figures = Figures::of(&seed(), &Projected::baseline(&seed()));
    assert_eq!(figures.total, pts("79.68"));
    assert_eq!(figures.total_max, pts("100"));
    assert_eq!(figures.total_lost, pts("20.32"));
}

#[test]
fn per_field_figures_match_the_summary_table() {
    let figures = Figures::of(&seed(), &Projected::baseline(&seed()));
    let self_lost: Vec<String> = figures.fields.iter().map(|f| f.self_lost.en()).collect();
    assert_eq!(
        self_lost,
        [
            "2.5", "0", "1.5741", "2.2804", "1.25", "3.059", "1.047", "1.5"
        ]
    );
    let whole: Vec<String> = figures.fields.iter().map(|f| f.score.en()).collect();
    assert_eq!(
        whole,
        [
            "6", "8.71", "12.42", "8.57", "11.35", "8.63", "11.21", "12.79"
        ]
    );
    let whole_lost: Vec<String> = figures.fields.iter().map(|f| f.lost.en()).collect();
    assert_eq!(
        whole_lost,
        [
            "2.5", "1.29", "1.58", "3.43", "2.65", "3.87", "1.79", "3.21"
        ]
    );
    let maxima: Vec<String> = figures.fields.iter().map(|f| f.max.en()).collect();
    assert_eq!(maxima, ["8.5", "10", "14", "12", "14", "12.5", "13", "16"]);
    assert_eq!(
        Points::sum(figures.fields.iter().map(|f| f.lost)),
        pts("20.32")
    );
    assert_eq!(
        Points::sum(figures.fields.iter().map(|f| f.survey_max)),
        pts("33.5")
    );
}

#[test]
fn agencies_share_the_loss_once() {
    let analysis = seed();
    let stakes = Stakes::of(&analysis, &Projected::baseline(&analysis));
    let got: Vec<(String, String)> = stakes
        .agencies
        .iter()
        .map(|s| (s.lead.clone(), s.at_stake.en()))
        .collect();
    let want = [
        ("Sở Nội vụ", "4.25"),
        (
            "Các sở, ban, ngành tỉnh và UBND cấp huyện; cấp xã, cá nhân, tổ chức",
            "0.5",
        ),
        ("Văn phòng ĐDBQH, HĐND&UBND", "2.5741"),
        ("Sở Tư pháp", "0"),
        ("Sở Tài chính", "3.059"),
        ("Sở Thông tin và Truyền thông", "1.047"),
        ("Sở Kế hoạch và Đầu tư", "1.5"),
    ];
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(a, b)| ((*a).to_string(), (*b).to_string()))
        .collect();
    assert_eq!(got, want);
    // LV4's unitemised 0.2804 has no plan; with it the shares add up to the whole loss.
    assert_eq!(stakes.unassigned, pts("0.2804"));
    let total = Points::sum(stakes.agencies.iter().map(|s| s.at_stake)) + stakes.unassigned;
    assert_eq!(total, pts("13.2105"));
}

#[test]
fn validator_finds_the_five_problems_of_the_seed_and_nothing_else() {
    let findings = check(&seed());
    let got: Vec<(Severity, Check, &str, Option<Points>)> = findings
        .iter()
        .map(|f| (f.severity, f.check, f.code.as_str(), f.suggestion))
        .collect();
    // Errors first, then warnings, then notes; the scorecard's order within each.
    assert_eq!(
        got,
        [
            (
                Severity::Error,
                Check::ChildrenLoseMore,
                "6.1",
                Some(pts("1.941"))
            ),
            (Severity::Warning, Check::Unitemised, "4", None),
            (Severity::Warning, Check::Unitemised, "7.2", None),
            (Severity::Info, Check::Rounding, "3", None),
            (Severity::Info, Check::Inferred, "5.7", None),
        ]
    );
}

#[test]
fn raising_3_4_2_to_full_adds_1_5_to_lv3_and_the_index() {
    let analysis = seed();
    let mut projection = Projection::default();
    projection.scores.insert("3.4.2".into(), pts("1.5"));
    let projected = Projected::compute(&analysis, &projection);
    let figures = Figures::of(&analysis, &projected);
    assert_eq!(figures.fields[2].self_score, pts("13.9259"));
    assert_eq!(figures.total, pts("81.18"));
    assert_eq!(figures.self_total, pts("54.7895"));
    let node_3_4 = analysis.find("3.4").unwrap();
    assert_eq!(projected.values[node_3_4], pts("4.9259"));
}

#[test]
fn blank_5_7_is_inferred_as_0_75_and_6_1_is_corrected_to_1_941() {
    let analysis = seed();
    let n57 = analysis.node(analysis.find("5.7").unwrap());
    assert_eq!(
        (n57.published, n57.base, n57.basis),
        (None, pts("0.75"), Basis::Inferred)
    );
    let n61 = analysis.node(analysis.find("6.1").unwrap());
    assert_eq!(n61.published, Some(pts("0.941")));
    assert_eq!(n61.base, pts("1.941"));
    assert_eq!(
        n61.basis,
        Basis::Corrected {
            published: pts("0.941")
        }
    );
}

#[test]
fn every_planned_item_at_full_marks_reaches_66_1726_self() {
    // The plan itemises 12.8831 of the 13.2105 lost: all but LV4's 0.2804 and 7.2's 0.047.
    let analysis = seed();
    let mut projection = Projection::default();
    for node in &analysis.nodes {
        let covered = node.plan_owner.is_some() && node.children.is_empty();
        if covered {
            projection.scores.insert(node.code.clone(), node.max);
        }
    }
    let figures = Figures::of(&analysis, &Projected::compute(&analysis, &projection));
    assert_eq!(figures.self_total, pts("66.1726"));
    assert_eq!(figures.self_total - pts("53.2895"), pts("12.8831"));
    assert_eq!(figures.total, pts("92.5631"));
}

#[test]
fn a_projection_never_exceeds_a_maximum() {
    let analysis = seed();
    let mut projection = Projection::default();
    projection.scores.insert("6.1".into(), pts("99"));
    projection.surveys.insert("8".into(), pts("99"));
    let figures = Figures::of(&analysis, &Projected::compute(&analysis, &projection));
    assert_eq!(figures.fields[5].self_score, pts("6.5"));
    assert_eq!(figures.fields[7].survey_score, pts("10"));
    assert_eq!(figures.fields[7].score, pts("14.5"));
}
