#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A generated national card (10,000 items, thousands of them planned, hundreds of findings)
//! in the window: every long list lays out about a screenful, not the whole file, and the
//! rows it shows are the right ones.

use egui_kittest::Harness;
use egui_kittest::kittest::{By, Queryable};
use parindex::app::{ParIndexApp, Settings};
use parindex::model::Scorecard;
use parindex::ui::Action;
use parindex::ui::i18n::{EN, Lang, VI};
use parindex::ui::workspace::Tab;

fn national() -> Scorecard {
    parindex::generate::scorecard(parindex::generate::Spec {
        items: 10_000,
        depth: 4,
        seed: 1,
        year: 2019,
    })
}

/// The app on `card`, saved to a file in `dir`.
fn app_on(card: &Scorecard, dir: &std::path::Path) -> Harness<'static, ParIndexApp> {
    let path = dir.join("quoc-gia.ron");
    std::fs::write(&path, parindex::io::scorecard_to_string(card).unwrap()).unwrap();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .build_eframe(move |cc| {
            ParIndexApp::with_settings(&cc.egui_ctx, Settings::default(), Some(&path)).unwrap()
        });
    harness.run_ok();
    assert_eq!(harness.state().error(), None);
    harness
}

/// What a node shows: a label's text is its accesskit value, other widgets' their label.
fn text(node: &egui_kittest::kittest::AccessKitNode<'_>) -> Option<String> {
    if node.role() == egui::accesskit::Role::Label {
        node.value()
    } else {
        node.label()
    }
}

/// Turns the mouse wheel `times` times by `points` over where the pointer is, a frame each.
fn wheel_down(harness: &mut Harness<'_, ParIndexApp>, times: usize, points: f32) {
    for _ in 0..times {
        harness.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, -points),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Wheel,
            modifiers: egui::Modifiers::NONE,
        });
        harness.run_ok();
    }
}

fn act(harness: &mut Harness<'_, ParIndexApp>, action: Action) {
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(&ctx, action);
    harness.run_ok();
}

#[test]
fn the_deadlines_tab_lays_out_a_screenful_of_thousands_of_planned_items() {
    let card = national();
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_on(&card, dir.path());
    act(&mut harness, Action::ShowTab(Tab::Deadlines));
    let planned = card
        .walk()
        .filter(|(_, item, _)| item.plan.is_some())
        .count();
    assert!(planned > 1_000, "{planned}");
    let rows = harness.query_all_by_label(VI.status_label).count();
    assert!(rows > 0 && rows < 40, "{rows} rows laid out of {planned}");
}

#[test]
fn the_findings_panel_lays_out_a_screenful_of_hundreds_of_findings() {
    let card = national();
    let dir = tempfile::tempdir().unwrap();
    let harness = app_on(&card, dir.path());
    let findings = harness.state().session().findings().len();
    assert!(findings > 300, "{findings}");
    let shown = harness.query_all_by_label(VI.severity_warning).count()
        + harness.query_all_by_label(VI.severity_info).count();
    assert!(
        shown > 0 && shown < 30,
        "{shown} of {findings} findings laid out"
    );
    // The first finding is the one at the top.
    let first = &harness.state().session().findings()[0];
    harness.get_by_label(first.message_vi.as_str());
}

#[test]
fn the_fully_expanded_table_shows_the_selected_middle_row_among_a_screenful() {
    let card = national();
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_on(&card, dir.path());
    let nodes = harness.state().session().analysis().nodes.len();
    let middle = harness.state().session().analysis().nodes[nodes / 2]
        .code
        .clone();
    act(&mut harness, Action::ExpandAll);
    act(&mut harness, Action::SelectCode(middle.clone()));
    harness.run_ok();
    // The code shows in its row (and again in the editor's heading).
    assert!(harness.query_all_by_label(&middle).count() >= 2, "{middle}");
    let codes = harness
        .query_all(By::new().predicate(|node| {
            text(node).is_some_and(|t| {
                t.chars().next().is_some_and(|c| c.is_ascii_digit()) && t.contains('.')
            })
        }))
        .count();
    assert!(
        codes < 200,
        "{codes} code-like labels laid out of {nodes} rows"
    );
}

#[test]
fn the_compare_tab_lays_out_a_screenful_of_thousands_of_changed_items() {
    let card = national();
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_on(&card, dir.path());
    let scenario = dir.path().join("ca-ke-hoach.ron");
    act(
        &mut harness,
        Action::Edit(parindex::engine::Edit::ApplyPlan),
    );
    act(&mut harness, Action::SaveTo(scenario.clone()));
    act(&mut harness, Action::ToggleCompare(scenario));
    act(&mut harness, Action::ShowTab(Tab::Compare));
    let changed = harness.state().session().changes().projection.scores.len();
    assert!(changed > 1_000, "{changed}");
    // Scroll the items into view.
    harness.hover_at(egui::pos2(400.0, 600.0));
    wheel_down(&mut harness, 10, 200.0);
    let differences = harness
        .query_all(By::new().predicate(|node| text(node).is_some_and(|t| t.starts_with('+'))))
        .count();
    assert!(
        // The totals table holds at most 20 of them; the rest are item rows.
        differences > 30 && differences < 200,
        "{differences} differences laid out for {changed} changed items"
    );
}

/// The lowest-numbered finding laid out, that is the one at the top of the panel (a row is laid
/// out only when it reaches into the view).
fn top_finding(harness: &Harness<'_, ParIndexApp>, lang: Lang) -> usize {
    let findings = harness.state().session().findings();
    (0..findings.len())
        .find(|&n| {
            let message = match lang {
                Lang::Vi => &findings[n].message_vi,
                Lang::En => &findings[n].message_en,
            };
            harness.query_all_by_label(message).next().is_some()
        })
        .unwrap()
}

/// Runs frames until the app is idle, and fails if it never gets there (a list that keeps
/// moving would read differently on every frame).
fn settle(harness: &mut Harness<'_, ParIndexApp>) {
    assert!(harness.run_ok().is_some(), "the app never settled");
}

/// The national card with its findings scrolled by `wheel` points, and the finding then on top.
fn scrolled_findings(dir: &std::path::Path, wheel: f32) -> (Harness<'static, ParIndexApp>, usize) {
    let card = national();
    let mut harness = app_on(&card, dir);
    let findings = harness.state().session().findings();
    // Each message names one finding, so the top one can be told by its text.
    let distinct: std::collections::HashSet<_> = findings
        .iter()
        .map(|f| (&f.message_vi, &f.message_en))
        .collect();
    assert_eq!(distinct.len(), findings.len());
    let first = findings[0].message_vi.clone();
    harness.get_by_label(&first).hover();
    harness.run_ok();
    wheel_down(&mut harness, 10, wheel / 10.0);
    settle(&mut harness);
    let top = top_finding(&harness, Lang::Vi);
    (harness, top)
}

/// Widens the side panel (findings, charts) by `by` points, dragging its edge as a person would.
fn widen_side_panel(harness: &mut Harness<'_, ParIndexApp>, title: &str, by: f32) {
    let y = 450.0;
    // The edge is where the pointer turns into a resize arrow, left of the panel's text.
    let text_left = harness.get_by_label(title).rect().left();
    let edge = (0..40)
        .map(|dx| text_left - dx as f32)
        .find(|&x| {
            harness.hover_at(egui::pos2(x, y));
            harness.step();
            matches!(
                harness.output().platform_output.cursor_icon,
                egui::CursorIcon::ResizeHorizontal
                    | egui::CursorIcon::ResizeEast
                    | egui::CursorIcon::ResizeWest
                    | egui::CursorIcon::ResizeColumn
            )
        })
        .expect("the side panel's edge");
    harness.drag_at(egui::pos2(edge, y));
    harness.step();
    for step in 1..=10 {
        harness.hover_at(egui::pos2(edge - by * step as f32 / 10.0, y));
        harness.step();
    }
    harness.drop_at(egui::pos2(edge - by, y));
    settle(harness);
}

#[test]
fn the_findings_panel_keeps_its_place_across_a_language_switch_and_a_resize() {
    let dir = tempfile::tempdir().unwrap();
    let (mut harness, before) = scrolled_findings(dir.path(), 25_000.0);
    let count = harness.state().session().findings().len();
    assert!(before > 30 && before < count - 30, "{before} of {count}");

    // Another language wraps every message anew; the same finding stays on top, and stays
    // there once everything has settled.
    act(&mut harness, Action::SetLang(Lang::En));
    settle(&mut harness);
    let english = top_finding(&harness, Lang::En);
    assert!(english.abs_diff(before) <= 1, "{before} → {english}");
    harness.run_steps(10);
    assert_eq!(top_finding(&harness, Lang::En), english);

    // So does a wider panel, which wraps them onto fewer lines.
    let left = harness.get_by_label(EN.findings_title).rect().left();
    widen_side_panel(&mut harness, EN.findings_title, 250.0);
    let moved = harness.get_by_label(EN.findings_title).rect().left();
    assert!(
        moved < left - 200.0,
        "the panel's text starts at {left}, then {moved}"
    );
    let widened = top_finding(&harness, Lang::En);
    assert!(widened.abs_diff(before) <= 1, "{before} → {widened}");
}

#[test]
fn the_findings_panel_stays_at_the_end_across_a_language_switch() {
    let dir = tempfile::tempdir().unwrap();
    let (mut harness, before) = scrolled_findings(dir.path(), 1_000_000.0);
    let count = harness.state().session().findings().len();
    assert!(before > count - 15, "{before} of {count}");
    let last = harness.state().session().findings()[count - 1]
        .message_en
        .clone();

    act(&mut harness, Action::SetLang(Lang::En));
    settle(&mut harness);
    harness.run_steps(10);
    let after = top_finding(&harness, Lang::En);
    assert!(after > count - 15, "{before} → {after} of {count}");
    harness.get_by_label(&last);
}
