//! The desktop app driven headless through `egui_kittest`: what the officer sees and does.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common::{app, enter_score, pts, select};
use egui_kittest::kittest::Queryable;
use parindex::ui::i18n::VI;

#[test]
fn opens_on_the_embedded_scorecard_showing_79_68_and_48_of_63() {
    let harness = app(1400.0, 900.0);
    assert!(harness.query_all_by_label("79,68 / 100").count() >= 1);
    harness.get_by_label("48/63");
    harness.get_by_label_contains("UBND tỉnh Tiền Giang");
}

#[test]
fn setting_3_4_2_to_1_5_through_the_ui_shows_81_18_and_lv3_self_13_9259() {
    let mut harness = app(1400.0, 900.0);
    select(&mut harness, "3.4.2");
    enter_score(&mut harness, "1,5");
    // The projected index in the header, with its difference.
    harness.get_by_label("81,18 / 100");
    assert!(harness.query_all_by_label("+1,5").count() >= 2);
    // LV3's row shows its projected self-assessment score.
    harness.get_by_label("13,9259");
    let figures = harness.state().session().figures();
    assert_eq!(figures.total, pts("81.18"));
    assert_eq!(figures.fields[2].self_score, pts("13.9259"));
}

#[test]
fn the_entry_accepts_a_dot_decimal_too() {
    let mut harness = app(1400.0, 900.0);
    select(&mut harness, "3.4.2");
    enter_score(&mut harness, "0.75");
    let session = harness.state().session();
    assert_eq!(session.changes().projection.scores["3.4.2"], pts("0.75"));
    harness.get_by_label("80,43 / 100");
}

#[test]
fn every_row_is_reachable_by_expanding_the_tree_and_every_name_renders() {
    // Tall enough that every row of the seed is on screen once expanded (rows are virtual).
    let mut harness = app(1400.0, 1600.0);
    let nodes = harness.state().session().analysis().nodes.clone();
    // Pre-order: a parent's triangle is clicked before its children's rows exist.
    for node in nodes.iter().filter(|n| !n.children.is_empty()) {
        harness
            .get_by_label(&format!("{} {}", VI.expand, node.code))
            .click();
        harness.run_ok();
    }
    for node in &nodes {
        assert!(
            harness
                .query_all_by_role_and_label(egui::accesskit::Role::Label, &node.code)
                .count()
                >= 1,
            "row {} is not shown",
            node.code
        );
        assert!(
            harness.query_by_label(&node.name).is_some(),
            "name of {} is not shown",
            node.code
        );
    }
    // Rasterise every glyph: kittest fails on one the fonts lack.
    harness.render().unwrap();
}

#[test]
fn clicking_a_finding_selects_its_item_and_shows_it_in_the_editor() {
    let mut harness = app(1400.0, 900.0);
    // Errors come first: the seed's one error (6.1 contradicts its sub-criteria) heads the list.
    let first = &harness.state().session().findings()[0];
    assert_eq!(first.code, "6.1");
    harness
        .get_by_role_and_label(egui::accesskit::Role::Link, "6.1")
        .click();
    harness.run_ok();
    let analysis = harness.state().session().analysis();
    assert_eq!(harness.state().view().selected, analysis.find("6.1"));
    harness.get_by_role_and_label(egui::accesskit::Role::TextInput, VI.projected_score);
    // The editor says why 6.1 is computed with 1,941, not the published 0,941.
    harness.get_by_label_contains("công bố 0,941, tính với 1,941");
}

#[test]
fn switching_to_english_shows_dot_decimals() {
    let mut harness = app(1400.0, 900.0);
    harness.get_by_label(VI.menu_view).click();
    harness.run_ok();
    harness.get_by_label("English").click();
    harness.run_ok();
    assert!(harness.query_all_by_label("79.68 / 100").count() >= 1);
    assert!(harness.query_by_label("79,68 / 100").is_none());
}

#[test]
fn reset_all_returns_to_the_baseline() {
    let mut harness = app(1400.0, 900.0);
    select(&mut harness, "3.4.2");
    enter_score(&mut harness, "1,5");
    harness.get_by_label(VI.reset_all).click();
    harness.run_ok();
    assert_eq!(harness.state().session().figures().total, pts("79.68"));
    assert!(!harness.state().session().is_dirty());
}
