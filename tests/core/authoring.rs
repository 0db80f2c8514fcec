//! Building and correcting a scorecard with edits (issue 11 §2): the seed's card made from the
//! empty province card, row by row; every edit one undo step; codes, removals and moves keep
//! the what-if on the same rows; next year's card.

use parindex::engine::{CardEdit, CardInfo, Edit, NodePath, Session, next_year};
use parindex::io;
use parindex::model::{Item, Points, Scorecard, Survey};

fn card(edit: CardEdit) -> Edit {
    Edit::Card(Box::new(edit))
}

fn pts(text: &str) -> Points {
    Points::parse(text).unwrap()
}

/// The edits that put `item` (and everything under it) under `parent`, as an officer adds rows.
fn add_rows(item: &Item, parent: &NodePath, at: usize, edits: &mut Vec<CardEdit>) {
    let bare = Item {
        items: Vec::new(),
        ..item.clone()
    };
    edits.push(CardEdit::AddItem {
        parent: parent.clone(),
        at,
        item: bare,
    });
    let mut path = parent.clone();
    path.push(at);
    for (i, child) in item.items.iter().enumerate() {
        add_rows(child, &path, i, edits);
    }
}

/// Every edit that turns the empty province card into `target`.
fn edits_to(target: &Scorecard) -> Vec<CardEdit> {
    let mut edits = vec![
        CardEdit::Info(CardInfo {
            unit: target.unit.clone(),
            year: target.year,
            target_year: target.target_year,
            source: target.source.clone(),
        }),
        CardEdit::Published(target.published.clone()),
        CardEdit::Method(target.method.clone()),
    ];
    for (f, field) in target.fields.iter().enumerate() {
        edits.push(CardEdit::Score {
            node: vec![f],
            score: field.score,
        });
        edits.push(CardEdit::Survey {
            field: f,
            survey: field.survey,
        });
        edits.push(CardEdit::WholeTotal {
            field: f,
            total: field.published_total,
        });
        edits.push(CardEdit::Plan {
            node: vec![f],
            plan: field.plan.clone(),
        });
        edits.push(CardEdit::Note {
            node: vec![f],
            note: field.note.clone(),
        });
        for (i, item) in field.items.iter().enumerate() {
            add_rows(item, &vec![f], i, &mut edits);
        }
    }
    edits
}

#[test]
fn the_seeds_card_is_built_from_the_empty_province_card_by_edits_alone() {
    let seed = io::embedded_scorecard().unwrap();
    let template = io::province_template().unwrap();
    // The template carries the method's eight fields and maxima: 66,5 + 33,5 = 100.
    assert_eq!(template.fields.len(), 8);
    for (t, s) in template.fields.iter().zip(&seed.fields) {
        assert_eq!(
            (&t.code, &t.name, t.max, t.survey.max),
            (&s.code, &s.name, s.max, s.survey.max)
        );
        assert_eq!(t.score, None, "no score is known in an empty card");
    }
    let mut session = Session::new(parindex::engine::from_template(
        &template,
        "UBND tỉnh X",
        2030,
    ));
    assert!(!session.baseline_figures().self_known);
    for edit in edits_to(&seed) {
        session.apply(card(edit));
    }
    assert_eq!(session.card(), &seed);
    // The figures are the seed's: 53,2895 of 66,5, the index 79,68, the same findings.
    let figures = session.baseline_figures();
    assert_eq!(figures.self_total, pts("53.2895"));
    assert_eq!(figures.total, pts("79.68"));
    assert_eq!(session.findings(), Session::new(seed).findings());
}

#[test]
fn each_card_edit_is_one_undo_step_and_undo_restores_the_card_and_its_figures() {
    let seed = io::embedded_scorecard().unwrap();
    let mut session = Session::new(seed.clone());
    let serial = session.serial();
    // LV3's 3.4.2 published as 0: correct it to 1 (a transcription fix).
    let path = vec![2, 0, 1];
    assert!(session.apply(card(CardEdit::Score {
        node: path.clone(),
        score: Some(pts("1")),
    })));
    assert!(session.card_edited() && session.is_dirty());
    assert_ne!(session.serial(), serial, "views re-derive the tree");
    assert_eq!(
        session
            .analysis()
            .node(session.analysis().find("3.4.2").unwrap())
            .base,
        pts("1")
    );
    let (_, words) = session.history().last().unwrap();
    assert_eq!(words.unwrap().0, "Điểm 3.4.2 = 1");
    assert!(session.undo());
    assert_eq!(session.card(), &seed);
    assert!(!session.is_dirty());
    assert_eq!(session.serial(), serial);
    assert!(session.redo());
    assert_eq!(
        session.card().fields[2].items[0].items[1].score,
        Some(pts("1"))
    );
    session.mark_saved();
    assert!(!session.is_dirty());
}

#[test]
fn a_new_code_renames_the_rows_below_and_the_projection_follows() {
    let mut session = Session::new(io::embedded_scorecard().unwrap());
    session.apply(Edit::SetScore {
        code: "1.3.2".into(),
        value: Some(pts("1")),
    });
    let index_before = session.figures().total;
    session.apply(card(CardEdit::Code {
        node: vec![0, 0],
        code: "1.4".into(),
    }));
    let card = session.card();
    assert_eq!(card.fields[0].items[0].code, "1.4");
    assert_eq!(card.fields[0].items[0].items[0].code, "1.4.2");
    assert_eq!(
        session.changes().projection.scores.get("1.4.2"),
        Some(&pts("1"))
    );
    assert!(!session.changes().projection.scores.contains_key("1.3.2"));
    assert_eq!(
        session.figures().total,
        index_before,
        "the same row, the same projection"
    );
}

#[test]
fn removing_a_row_removes_what_the_what_if_said_of_it() {
    let mut session = Session::new(io::embedded_scorecard().unwrap());
    session.apply(Edit::ApplyPlan);
    assert!(session.changes().projection.scores.contains_key("3.4.2"));
    // Remove 3.4 with its three sub-criteria.
    session.apply(card(CardEdit::Remove(vec![2, 0])));
    assert!(session.card().item("3.4").is_none());
    for code in ["3.4", "3.4.1", "3.4.2", "3.4.3"] {
        assert!(
            !session.changes().projection.scores.contains_key(code),
            "{code}"
        );
    }
    // LV3 keeps its published 12,4259 with nothing itemised: a warning, not an error.
    assert!(
        session
            .findings()
            .iter()
            .all(|f| f.severity != parindex::engine::Severity::Error || f.code == "6.1")
    );
}

#[test]
fn a_sub_criterion_moves_under_another_criterion_and_a_field_moves_among_fields() {
    let mut session = Session::new(io::embedded_scorecard().unwrap());
    // 4.3.3 under 4.1 (after 4.1.2).
    assert!(session.apply(card(CardEdit::Move {
        node: vec![3, 1, 0],
        parent: Some(vec![3, 0]),
        at: 9,
    })));
    let lv4 = &session.card().fields[3];
    let codes: Vec<&str> = lv4.items[0].items.iter().map(|i| i.code.as_str()).collect();
    assert_eq!(codes, ["4.1.2", "4.3.3"]);
    assert!(lv4.items[1].items.is_empty());
    // The validator points at the moved row: its code no longer extends its parent's.
    assert!(session.findings().iter().any(|f| f.code == "4.3.3"));
    // LV8 first.
    session.apply(card(CardEdit::Move {
        node: vec![7],
        parent: None,
        at: 0,
    }));
    assert_eq!(session.card().fields[0].code, "8");
    // A row cannot move under itself.
    assert!(!session.apply(card(CardEdit::Move {
        node: vec![0, 0],
        parent: Some(vec![0, 0, 0]),
        at: 0,
    })));
}

#[test]
fn next_years_card_keeps_structure_maxima_and_plans_and_clears_every_score() {
    let seed = io::embedded_scorecard().unwrap();
    let next = next_year(&seed);
    assert_eq!((next.year, next.target_year), (2020, 2021));
    assert!(next.published.is_none() && next.source.is_empty());
    assert_eq!(next.fields.len(), 8);
    assert_eq!(next.fields[2].items[0].items.len(), 3);
    assert_eq!(next.fields[2].items[0].plan, seed.fields[2].items[0].plan);
    assert!(
        next.fields
            .iter()
            .all(|f| f.score.is_none() && f.published_total.is_none())
    );
    assert_eq!(
        next.fields[0].survey,
        Survey::default(),
        "no survey part stays known"
    );
    assert_eq!(next.fields[1].survey.score, None);
    assert!(
        next.walk()
            .all(|(_, item, _)| item.score.is_none() && item.note.is_empty())
    );
    let session = Session::new(next);
    assert!(!session.baseline_figures().self_known);
    assert!(!session.baseline_figures().total_known);
}

/// Every entry a scenario keeps per code follows a renamed row and leaves with a removed one:
/// efforts, partial recovery, feasibility, confidence and evidence stayed behind, and the
/// saved scenario then named codes its card no longer had and would not open again.
#[test]
fn a_renamed_or_removed_row_takes_every_entry_of_the_scenario_with_it() {
    let mut session = Session::new(io::embedded_scorecard().unwrap());
    for code in ["1.3.2", "3.4.2"] {
        session.apply(Edit::SetEffort {
            code: code.into(),
            value: Some(pts("7")),
        });
        session.apply(Edit::SetPartial {
            code: code.into(),
            partial: true,
        });
        session.apply(Edit::SetConfidence {
            code: code.into(),
            value: Some(parindex::model::Ratio::from_units(4_000)),
        });
    }
    session.apply(card(CardEdit::Code {
        node: vec![0, 0],
        code: "1.4".into(),
    }));
    session.apply(card(CardEdit::Remove(vec![2, 0])));
    let changes = session.changes();
    assert_eq!(changes.effort("1.4.2"), pts("7"));
    assert!(changes.is_partial("1.4.2"));
    assert!(changes.confidence.contains_key("1.4.2"));
    for gone in ["1.3.2", "3.4.2"] {
        assert!(!changes.efforts.contains_key(gone), "{gone}");
        assert!(!changes.partial.contains(gone), "{gone}");
        assert!(!changes.confidence.contains_key(gone), "{gone}");
    }
    let scenario =
        io::new_scenario("Sửa cấu trúc", session.card().clone(), changes.clone()).unwrap();
    let text = io::scenario_to_string(&scenario).unwrap();
    let back = io::parse_scenario(&text, &io::Origin::Stdin).unwrap();
    assert_eq!(&back.changes, changes);
}
