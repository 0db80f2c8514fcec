//! Goal seek on the seed: the fewest fixes to 85 worked out by hand, the cheapest fixes with the
//! shipped efforts checked against brute force over all 2²¹ subsets, partial items, budgets, an
//! unreachable target, and the engine's own projection of every answer.
//!
//! The seed's 21 fixable items (listed items without listed sub-criteria that lost points),
//! by what each gives back: 3.4.2 1.5; seven at 1.0 (1.3.2, 1.6, 4.1.2, 4.3.3, 6.1.3, 6.3.4,
//! 8.3.1); 6.2.3 0.75; five at 0.5 (1.5, 5.1.2, 5.5.2, 7.1.6, 8.6); four at 0.25 (5.7.2, 6.2.1,
//! 7.2.1, 7.3.1); 3.4.1 0.0684; 6.1.1 0.059; 3.4.3 0.0057 — together 12.8831, so every item
//! fixed gives 79.68 + 12.8831 = 92.5631 (the plan's ceiling).

use parindex::engine::goal::{Aim, Answer, Others, Reason, Request, answer_changes, fixable, seek};
use parindex::engine::{Analysis, Projected, Session};
use parindex::io;
use parindex::model::{Changes, Points, Scenario};

use super::goal_brute::{Item, cheapest_by_brute_force, seed_items};

fn pts(text: &str) -> Points {
    Points::parse(text).unwrap()
}

fn seed() -> (Analysis, Changes) {
    let card = io::embedded_scorecard().unwrap();
    (Analysis::new(&card), Changes::default())
}

fn shipped_goal() -> Scenario {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/muc-tieu-85.ron");
    io::load_scenario(&path).unwrap()
}

fn ask(analysis: &Analysis, changes: &Changes, aim: Option<Aim>, budget: Option<Points>) -> Answer {
    let request = Request {
        aim,
        budget,
        results: None,
        others: Others::AsPublished,
    };
    seek(analysis, changes, &request).unwrap()
}

/// What the engine projects for an answer's fixes, independently of the search.
fn engine_total(analysis: &Analysis, answer: &Answer) -> Points {
    Projected::compute(analysis, &answer.projection()).whole_total
}

#[test]
fn the_seed_has_21_fixable_items_from_1_5_down_to_0_0057() {
    let (analysis, changes) = seed();
    let items = fixable(&analysis, &changes);
    assert_eq!(items.len(), 21);
    let gains: Vec<Points> = items.iter().map(|i| i.gain).collect();
    assert_eq!(gains.iter().max(), Some(&pts("1.5")));
    assert_eq!(gains.iter().min(), Some(&pts("0.0057")));
    assert_eq!(Points::sum(gains), pts("12.8831"));
    assert!(items.iter().all(|i| i.effort == pts("1") && !i.partial));
}

#[test]
fn reaching_85_with_default_efforts_takes_five_fixes_3_4_2_and_four_one_pointers() {
    // Need 85 − 79.68 = 5.32. The four largest gains give 1.5 + 1 + 1 + 1 = 4.5 < 5.32, so no
    // four fixes reach it; the five largest give 5.5 ≥ 5.32, so five is the fewest. Among
    // five-fix sets the largest gain is 5.5 (3.4.2 and four of the seven 1-point items):
    // 85.18.
    let (analysis, changes) = seed();
    let answer = ask(&analysis, &changes, Some(Aim::Index(pts("85"))), None);
    assert!(answer.reachable && answer.proven && answer.additive);
    assert_eq!(answer.fixes.len(), 5);
    assert_eq!(answer.total_effort, pts("5"));
    assert_eq!(answer.projected_total, pts("85.18"));
    assert_eq!(engine_total(&analysis, &answer), pts("85.18"));
    assert_eq!(answer.fixes[0].code, "3.4.2");
    assert!(answer.fixes[1..].iter().all(|f| f.gain == pts("1")));
    assert_eq!(
        answer.fixes[0].lead.as_deref(),
        Some("Văn phòng ĐDBQH, HĐND&UBND")
    );
    assert_eq!(answer.fixes[0].deadline, "Năm 2020");
}

#[test]
fn five_is_also_the_fewest_by_brute_force_over_all_2_pow_21_subsets() {
    let (analysis, changes) = seed();
    let items = seed_items(&analysis, &changes);
    let best = cheapest_by_brute_force(&items, pts("5.32").units()).unwrap();
    assert_eq!(best.effort_units(), 5 * 10_000);
    let answer = ask(&analysis, &changes, Some(Aim::Index(pts("85"))), None);
    assert_eq!(answer.total_effort.units(), best.effort_units());
    assert_eq!(
        answer.projected_total - answer.baseline_total,
        Points::from_units(best.gain)
    );
}

#[test]
fn index_100_is_unreachable_and_names_the_unitemised_0_3274() {
    let (analysis, changes) = seed();
    let answer = ask(&analysis, &changes, Some(Aim::Index(pts("100"))), None);
    assert!(!answer.reachable);
    assert_eq!(answer.fixes.len(), 21);
    assert_eq!(answer.projected_total, pts("92.5631"));
    let short = answer.shortfall.as_ref().unwrap();
    assert_eq!(short.nearest, pts("92.5631"));
    assert_eq!(short.short_by, pts("7.4369"));
    assert!(!short.budget_limited);
    let un = &answer.unfixable;
    assert_eq!(un.unitemised_total, pts("0.3274"));
    let named: Vec<(&str, Points)> = un
        .unitemised
        .iter()
        .map(|l| (l.code.as_str(), l.lost))
        .collect();
    assert_eq!(named, [("4", pts("0.2804")), ("7.2", pts("0.047"))]);
    assert!(un.unitemised[0].field && !un.unitemised[1].field);
    // 33.5 − (3.71 + 3.3504 + 4.6 + 3.189 + 3.257 + 8.29) = 7.1036, and LV3's 12.42 published for
    // 12.4259 leaves 0.0059: 0.3274 + 7.1036 + 0.0059 = 7.4369.
    assert_eq!(un.survey, pts("7.1036"));
    assert_eq!(un.rounding, pts("0.0059"));
}

#[test]
fn with_the_shipped_efforts_the_answer_is_the_brute_force_optimum_and_not_the_fewest_fixes() {
    let goal = shipped_goal();
    let session = Session::with_changes(goal.base.clone(), goal.changes.clone());
    let (analysis, changes) = (session.analysis(), session.changes());
    assert_eq!(changes.target, Some(pts("85")));
    assert_eq!(changes.effort_unit, "ngày công");
    let answer = ask(analysis, changes, changes.target.map(Aim::Index), None);
    assert!(answer.reachable && answer.proven);
    assert!(answer.projected_total >= pts("85"));
    assert_eq!(engine_total(analysis, &answer), answer.projected_total);

    // Every one of the 2²¹ subsets, each with its partial items filled in ratio order (exact
    // for divisible items), 7.1.6 excluded as infeasible for 2020.
    let items = seed_items(analysis, changes);
    assert_eq!(items.len(), 21);
    let best = cheapest_by_brute_force(&items, pts("5.32").units()).unwrap();
    let (num, den) = answer_cost(&items, &answer);
    assert_eq!(
        num * best.den,
        best.num * den,
        "the answer's effort equals the optimum"
    );
    assert_eq!(answer.total_effort.units(), best.effort_units());

    // The fewest fixes (five, 3.4.2 whole) is another set, and dearer here.
    let (seed_analysis, plain) = seed();
    let fewest = ask(&seed_analysis, &plain, Some(Aim::Index(pts("85"))), None);
    let codes = |a: &Answer| a.fixes.iter().map(|f| f.code.clone()).collect::<Vec<_>>();
    assert_ne!(codes(&answer), codes(&fewest));
    assert!(answer.fixes.len() > fewest.fixes.len());
    let (fewest_num, fewest_den) = answer_cost(&items, &fewest);
    assert!(fewest_num * den > num * fewest_den);
    // The description states both: 174 days (12 + 15 + 25 + 10 + 45 + 60 + 150 × 0.07 / 1.5)
    // against 282 (150 + 15 + 60 + 45 + 12) for the fewest fixes.
    assert_eq!(answer.total_effort, pts("174"));
    assert_eq!(fewest_num, 282 * 10_000 * fewest_den);
    assert!(
        goal.description.contains("174 ngày công") && goal.description.contains("282 ngày công")
    );
    assert!(answer.left_out.iter().any(|l| l.code == "7.1.6"
        && matches!(l.reason, Reason::After(d) if d.to_string() == "2021-06-30")));
    assert!(!answer.fixes.iter().any(|f| f.code == "7.1.6"));
}

/// The exact effort of an answer's fixes under `items`' efforts: Σ effort × taken ÷ gain.
fn answer_cost(items: &[Item], answer: &Answer) -> (i128, i128) {
    let (mut num, mut den) = (0i128, 1i128);
    for fix in &answer.fixes {
        let item = items.iter().find(|i| i.code == fix.code).unwrap();
        if fix.gain.units() == item.gain {
            num += i128::from(item.effort) * den;
        } else {
            let (n, d) = (
                i128::from(item.effort) * i128::from(fix.gain.units()),
                i128::from(item.gain),
            );
            num = num * d + n * den;
            den *= d;
        }
    }
    (num, den)
}

#[test]
fn a_partial_item_gives_points_in_proportion_to_effort() {
    // 3.4.2 partial: 0.7 of its 1.5 costs 0.7 / 1.5 = 0.4667 of a fix, cheaper than any whole
    // 1-point item (1 fix), so the cheapest way to +0.7 is 3.4.2 at 0.7.
    let (analysis, mut changes) = seed();
    changes.partial.insert("3.4.2".to_string());
    let answer = ask(&analysis, &changes, Some(Aim::Index(pts("80.38"))), None);
    assert_eq!(answer.fixes.len(), 1);
    let fix = &answer.fixes[0];
    assert_eq!((fix.code.as_str(), fix.partial), ("3.4.2", true));
    assert_eq!(fix.gain, pts("0.7"));
    assert_eq!(fix.value, pts("0.7"));
    assert_eq!(fix.effort, pts("0.4667"));
    assert_eq!(answer.total_effort, pts("0.4667"));
    assert_eq!(answer.projected_total, pts("80.38"));
    assert_eq!(engine_total(&analysis, &answer), pts("80.38"));
}

#[test]
fn a_budget_gives_the_largest_index_within_it() {
    // Three fixes: 1.5 + 1 + 1 = 3.5 → 83.18.
    let (analysis, changes) = seed();
    let answer = ask(&analysis, &changes, None, Some(pts("3")));
    assert!(answer.reachable);
    assert_eq!(answer.total_effort, pts("3"));
    assert_eq!(answer.projected_total, pts("83.18"));
    // A target beyond the budget: the most within it, and the budget named as the block.
    let answer = ask(
        &analysis,
        &changes,
        Some(Aim::Index(pts("85"))),
        Some(pts("3")),
    );
    assert!(!answer.reachable);
    assert_eq!(answer.projected_total, pts("83.18"));
    let short = answer.shortfall.unwrap();
    assert!(short.budget_limited);
    assert_eq!(short.short_by, pts("1.82"));
    // A budget that covers the cheapest answer changes nothing.
    let answer = ask(
        &analysis,
        &changes,
        Some(Aim::Index(pts("85"))),
        Some(pts("9")),
    );
    assert!(answer.reachable);
    assert_eq!(answer.total_effort, pts("5"));
}

#[test]
fn the_budget_answer_with_shipped_efforts_matches_brute_force() {
    let goal = shipped_goal();
    let analysis = Analysis::new(&goal.base);
    let answer = ask(&analysis, &goal.changes, None, Some(pts("100")));
    let items = seed_items(&analysis, &goal.changes);
    let best = super::goal_brute::most_within_by_brute_force(&items, 100 * 10_000);
    assert_eq!(
        answer.projected_total - answer.baseline_total,
        Points::from_units(best)
    );
    assert!(answer.total_effort <= pts("100"));
}

#[test]
fn a_target_already_met_needs_no_fix() {
    let (analysis, changes) = seed();
    let answer = ask(&analysis, &changes, Some(Aim::Index(pts("79"))), None);
    assert!(answer.reachable && answer.fixes.is_empty());
    assert_eq!(answer.projected_total, pts("79.68"));
}

#[test]
fn targets_outside_the_index_and_negative_budgets_are_refused() {
    let (analysis, changes) = seed();
    let request = Request {
        aim: Some(Aim::Index(pts("100.5"))),
        ..Request::default()
    };
    let err = seek(&analysis, &changes, &request).unwrap_err().to_string();
    assert!(
        err.contains("100,5") && err.contains("100.5") && err.contains("maximum 100"),
        "{err}"
    );
    let request = Request {
        aim: None,
        budget: Some(pts("-1")),
        ..Request::default()
    };
    assert!(seek(&analysis, &changes, &request).is_err());
    assert!(seek(&analysis, &changes, &Request::default()).is_err());
}

#[test]
fn applying_an_answer_gives_a_scenario_whose_projection_is_the_answer() {
    let goal = shipped_goal();
    let analysis = Analysis::new(&goal.base);
    let answer = ask(&analysis, &goal.changes, Some(Aim::Index(pts("85"))), None);
    let changes = answer_changes(&answer, &goal.changes);
    assert_eq!(changes.efforts, goal.changes.efforts);
    assert_eq!(changes.target, Some(pts("85")));
    let session = Session::with_changes(goal.base.clone(), changes);
    assert_eq!(session.figures().total, answer.projected_total);
}
