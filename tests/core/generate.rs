#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The generator's promises: exact size, determinism, and files that load and validate cleanly.

use parindex::engine::{Analysis, Severity, check};
use parindex::generate::{Spec, scorecard};
use parindex::io::{Origin, parse_scorecard, scorecard_to_string};

fn spec(items: usize, depth: usize, seed: u64) -> Spec {
    Spec {
        items,
        depth,
        seed,
        year: 2019,
    }
}

#[test]
fn a_10000_item_scorecard_has_exactly_10000_items_no_deeper_than_asked() {
    let card = scorecard(spec(10_000, 4, 3));
    assert_eq!(card.walk().count(), 10_000);
    assert_eq!(card.walk().map(|(_, _, depth)| depth).max(), Some(3));
}

#[test]
fn the_same_seed_gives_the_same_file_and_another_seed_a_different_one() {
    let a = scorecard_to_string(&scorecard(spec(500, 4, 42))).unwrap();
    let b = scorecard_to_string(&scorecard(spec(500, 4, 42))).unwrap();
    let c = scorecard_to_string(&scorecard(spec(500, 4, 43))).unwrap();
    assert_eq!(a, b);
    assert_ne!(a, c);
}

#[test]
fn generated_files_load_back_and_have_no_error_findings_but_seed_like_warnings() {
    for seed in 0..5 {
        let card = scorecard(spec(2_000, 4, seed));
        let text = scorecard_to_string(&card).unwrap();
        let loaded = parse_scorecard(&text, &Origin::Embedded("generated")).unwrap();
        assert_eq!(loaded, card);
        let findings = check(&Analysis::new(&loaded));
        let errors: Vec<_> = findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .map(|f| &f.message_en)
            .collect();
        assert!(errors.is_empty(), "seed {seed}: {errors:?}");
        // Like the seed: some losses unitemised, some blank scores inferred.
        assert!(findings.iter().any(|f| f.severity == Severity::Warning));
        assert!(findings.iter().any(|f| f.severity == Severity::Info));
    }
}

#[test]
fn plans_carry_agencies_and_deadlines_written_like_the_seeds() {
    let card = scorecard(spec(1_000, 3, 9));
    let plans: Vec<_> = card
        .walk()
        .filter_map(|(_, i, _)| i.plan.as_ref())
        .collect();
    assert!(plans.len() > 100);
    assert!(plans.iter().any(|p| p.deadline.starts_with("Quý ")));
    assert!(plans.iter().any(|p| p.deadline.starts_with("Tháng ")));
    assert!(plans.iter().any(|p| p.lead == "Sở Nội vụ"));
    assert!(
        card.walk()
            .any(|(_, i, _)| i.score.is_none() && !i.items.is_empty())
    );
}

#[test]
fn one_pass_code_locations_agree_with_the_per_code_search() {
    let text = scorecard_to_string(&scorecard(spec(300, 4, 11))).unwrap();
    let places = parindex::io::locate_codes(&text);
    let card = parse_scorecard(&text, &Origin::Embedded("generated")).unwrap();
    for (_, item, _) in card.walk() {
        assert_eq!(
            places.get(item.code.as_str()).copied(),
            parindex::io::locate_code(&text, &item.code),
            "{}",
            item.code
        );
    }
}

#[test]
fn a_generated_index_is_out_of_100_like_a_real_one() {
    for seed in [1, 7] {
        let card = scorecard(spec(2_000, 4, seed));
        let self_max: i64 = card.fields.iter().map(|f| f.max.units()).sum();
        let whole_max: i64 = card.fields.iter().map(|f| f.whole_max().units()).sum();
        assert_eq!(self_max, 665_000, "seed {seed}: 66.5 self-assessed");
        assert_eq!(whole_max, 1_000_000, "seed {seed}: 100 in all");
    }
}
