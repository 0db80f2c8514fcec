//! Realistic large scorecards for benches, fuzz seeds and scale tests: the shape of the seed
//! (criteria that missed full marks, plans with agencies and deadlines, blank scores inferred
//! from their sub-criteria, losses the document does not itemise) at any size.

mod prng;
mod words;

use crate::model::{FORMAT_VERSIONS, Field, Item, Plan, Points, Published, Scorecard, Survey};

pub use prng::Prng;

/// What to generate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Spec {
    /// Items (criteria and sub-criteria) across all fields, fields not counted.
    pub items: usize,
    /// Deepest item level below a field: 1 = criteria only, 4 = three levels of sub-criteria.
    pub depth: usize,
    /// The same seed always gives the same scorecard.
    pub seed: u64,
    /// The assessed year; the projection is for the year after.
    pub year: i32,
}

/// 0.01 in units.
const CENT: i64 = 100;
const FIELDS: usize = 8;

/// The method's maxima per field, self-assessed and surveyed, in ten-thousandths: 66.5 and
/// 33.5, so a generated index is out of 100 like a real one (the embedded card's figures).
const SELF_MAX: [i64; FIELDS] = [
    85_000, 50_000, 140_000, 75_000, 80_000, 85_000, 90_000, 60_000,
];
const SURVEY_MAX: [i64; FIELDS] = [0, 50_000, 0, 45_000, 60_000, 40_000, 40_000, 100_000];

/// A scorecard with exactly `spec.items` items that loads and validates with no error-level
/// finding (warnings for unitemised losses and info for inferred blanks, as in the seed).
pub fn scorecard(spec: Spec) -> Scorecard {
    let mut rng = Prng::new(spec.seed);
    let depth = spec.depth.max(1);
    let mut fields: Vec<Field> = (0..FIELDS)
        .map(|i| {
            let max = Points::from_units(SELF_MAX[i]);
            let survey_max = Points::from_units(SURVEY_MAX[i]);
            Field {
                code: (i + 1).to_string(),
                name: words::FIELDS[i % words::FIELDS.len()].to_string(),
                max,
                score: Some(max),
                self_score: None,
                survey: Survey {
                    max: survey_max,
                    score: Some(Points::ZERO),
                },
                published_total: None,
                plan: None,
                note: String::new(),
                items: Vec::new(),
            }
        })
        .collect();
    grow(&mut fields, spec.items, depth, &mut rng);
    for field in &mut fields {
        settle_field(field, spec.year + 1, &mut rng);
    }
    let total = Points::sum(fields.iter().filter_map(Field::whole_score));
    Scorecard {
        format: FORMAT_VERSIONS[FORMAT_VERSIONS.len() - 1],
        // Invented figures never go under a real province's name.
        unit: format!("Đơn vị mẫu {}", spec.seed),
        year: spec.year,
        target_year: spec.year + 1,
        source: format!(
            "Bảng điểm sinh tự động, không phải số liệu thật (parindex generate, hạt giống {}, {} tiêu chí)",
            spec.seed, spec.items
        ),
        published: Some(Published {
            total,
            rank: Some(rng.range(1, 64) as u32),
            of: Some(63),
        }),
        method: None,
        fields,
    }
}

/// Adds items one at a time under a random open parent until there are `count`, so trees come
/// out uneven like real ones (some criteria with many sub-criteria, most with none).
fn grow(fields: &mut [Field], count: usize, depth: usize, rng: &mut Prng) {
    // Each open slot is a path: field index, then child indices.
    let mut open: Vec<Vec<usize>> = (0..fields.len()).map(|f| vec![f]).collect();
    for _ in 0..count {
        let at = rng.below(open.len());
        let path = open[at].clone();
        let (parent_code, siblings) = children_at(fields, &path);
        let code = format!("{parent_code}.{}", siblings.len() + 1);
        siblings.push(Item {
            code,
            name: words::criterion(rng),
            max: Points::ZERO,
            score: None,
            self_score: None,
            plan: None,
            note: String::new(),
            items: Vec::new(),
        });
        // Paths have the field index first, so an item at depth d has a path of d + 1.
        if path.len() < depth {
            let mut child = path;
            child.push(siblings.len() - 1);
            open.push(child);
        }
    }
}

fn children_at<'a>(fields: &'a mut [Field], path: &[usize]) -> (String, &'a mut Vec<Item>) {
    let field = &mut fields[path[0]];
    let mut code = field.code.clone();
    let mut items = &mut field.items;
    for &i in &path[1..] {
        code.clone_from(&items[i].code);
        items = &mut items[i].items;
    }
    (code, items)
}

fn settle_field(field: &mut Field, target_year: i32, rng: &mut Prng) {
    share_max(field.max, &mut field.items, rng);
    let itemised: i64 = field
        .items
        .iter_mut()
        .map(|i| settle(i, target_year, rng))
        .sum();
    let lost = itemised + unitemised(field.max.units() - itemised, rng);
    let score = Points::from_units(field.max.units() - lost);
    let survey_lost = rng.span(0, field.survey.max.units() / CENT + 1) * CENT;
    let survey = Points::from_units(field.survey.max.units() - survey_lost / 2);
    field.score = Some(score);
    field.survey.score = Some(survey);
    field.published_total = Some(score + survey);
    if rng.chance(1, 8) {
        field.plan = Some(plan(target_year, rng));
    }
}

/// Splits a parent's maximum among its children, leaving some for unlisted criteria as the
/// seed does (it lists only criteria that missed full marks).
fn share_max(max: Points, items: &mut [Item], rng: &mut Prng) {
    if items.is_empty() {
        return;
    }
    let n = i64::try_from(items.len()).unwrap_or(i64::MAX - 1);
    let step = grain(max.units(), 2 * (n + 1));
    let each = max.units() / step / (n + 1);
    for item in items.iter_mut() {
        let jitter = rng.span(0, each / 2);
        item.max = Points::from_units((each - jitter).max(0) * step);
    }
    for item in items.iter_mut() {
        share_max(item.max, &mut item.items, rng);
    }
}

/// The coarsest step (0.25, 0.01, 0.001, 0.0001) that still cuts `units` into `parts`: the
/// seed's figures are quarters and hundredths, but a 10,000-item tree needs finer shares deep
/// down.
fn grain(units: i64, parts: i64) -> i64 {
    [2500, CENT, 10]
        .into_iter()
        .find(|step| units / step >= parts)
        .unwrap_or(1)
}

/// Fixes an item's score from its children (bottom up) and returns what it loses.
fn settle(item: &mut Item, target_year: i32, rng: &mut Prng) -> i64 {
    let max = item.max.units();
    let itemised: i64 = item
        .items
        .iter_mut()
        .map(|i| settle(i, target_year, rng))
        .sum();
    let lost = if item.items.is_empty() {
        // Listed criteria missed full marks; a quarter lose everything.
        let step = grain(max, 2);
        let steps = max / step;
        if steps == 0 || rng.chance(1, 4) {
            max
        } else {
            rng.span(1, steps + 1) * step
        }
    } else {
        itemised + unitemised(max - itemised, rng)
    };
    // A blank parent score is inferred from its sub-criteria, so only blank where nothing is
    // left unitemised (5.7 in the seed).
    item.score = if !item.items.is_empty() && lost == itemised && rng.chance(1, 10) {
        None
    } else {
        Some(Points::from_units(max - lost))
    };
    if lost > 0 && rng.chance(2, 3) {
        item.plan = Some(plan(target_year, rng));
    }
    lost
}

/// A loss the document does not break down, on about one parent in five.
fn unitemised(room: i64, rng: &mut Prng) -> i64 {
    let step = grain(room, 2);
    let steps = room / step;
    if steps > 0 && rng.chance(1, 5) {
        rng.span(1, steps.min(100) + 1) * step
    } else {
        0
    }
}

fn plan(target_year: i32, rng: &mut Prng) -> Plan {
    Plan {
        lead: rng.pick(words::AGENCIES).to_string(),
        task: words::task(rng),
        partners: if rng.chance(1, 3) {
            String::new()
        } else {
            rng.pick(words::PARTNERS).to_string()
        },
        deadline: words::deadline(target_year, rng),
    }
}

/// A random what-if on `card`: `count` items or fields set to random scores in `[0, max]`,
/// and about half the fields' survey parts moved — for tests that every output shows what
/// the engine projects, on data nobody chose by hand.
pub fn random_changes(card: &Scorecard, count: usize, seed: u64) -> crate::model::Changes {
    let mut rng = Prng::new(seed);
    let mut changes = crate::model::Changes::default();
    let nodes: Vec<(&str, Points)> = card
        .fields
        .iter()
        .map(|f| (f.code.as_str(), f.max))
        .chain(
            card.walk()
                .map(|(_, item, _)| (item.code.as_str(), item.max)),
        )
        .collect();
    for _ in 0..count {
        let (code, max) = nodes[rng.below(nodes.len())];
        let units = rng
            .range(0, max.units().max(0).unsigned_abs() + 1)
            .cast_signed();
        changes
            .projection
            .scores
            .insert(code.to_string(), Points::from_units(units));
    }
    for field in &card.fields {
        if rng.below(2) == 0 && field.survey.max.units() > 0 {
            let units = rng
                .range(0, field.survey.max.units().unsigned_abs() + 1)
                .cast_signed();
            changes
                .projection
                .surveys
                .insert(field.code.clone(), Points::from_units(units));
        }
    }
    changes
}
