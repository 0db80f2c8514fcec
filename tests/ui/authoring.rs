//! An officer makes the seed's card from an empty province card in the app alone (issue 11 §2):
//! Tệp → Mới… (empty card), Sửa bảng điểm, then field 1 row by row — its published score and
//! whole figure, its criteria 1.3 (with 1.3.2), 1.5 and 1.6 with their maxima, scores and plans —
//! typed into the card editor. Field 1 then equals the shipped card's, figure for figure.

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use parindex::app::ParIndexApp;
use parindex::io;
use parindex::model::{Item, Points};
use parindex::ui::i18n::VI;

use crate::common::app;

fn run(harness: &mut Harness<'_, ParIndexApp>) {
    harness.run_ok();
}

/// Replaces the text of the input labelled `label` and presses Enter (which commits it).
fn type_into(harness: &mut Harness<'_, ParIndexApp>, label: &str, text: &str) {
    harness
        .get_by_role_and_label(Role::TextInput, label)
        .focus();
    run(harness);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.key_press(Key::Delete);
    run(harness);
    harness
        .get_by_role_and_label(Role::TextInput, label)
        .type_text(text);
    run(harness);
    harness.key_press(Key::Enter);
    run(harness);
}

/// Finds `code` with Ctrl+F and clicks its row.
fn select(harness: &mut Harness<'_, ParIndexApp>, code: &str) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
    run(harness);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.key_press(Key::Delete);
    run(harness);
    let search = harness
        .get_all_by_role(Role::TextInput)
        .find(egui_kittest::Node::is_focused)
        .unwrap();
    search.type_text(code);
    run(harness);
    harness.get_by_role_and_label(Role::Label, code).click();
    run(harness);
    assert_eq!(selected(harness).as_deref(), Some(code));
}

fn click(harness: &mut Harness<'_, ParIndexApp>, label: &str) {
    harness.get_by_label(label).click();
    run(harness);
}

fn selected(harness: &Harness<'_, ParIndexApp>) -> Option<String> {
    let app = harness.state();
    let index = app.view().selected?;
    Some(app.session().analysis().node(index).code.clone())
}

fn num(p: Points) -> String {
    p.vi()
}

/// Types an item's own cells (code first: a new row gets the next free code).
fn fill_item(harness: &mut Harness<'_, ParIndexApp>, item: &Item) {
    type_into(harness, VI.col_code, &item.code);
    assert_eq!(selected(harness).as_deref(), Some(item.code.as_str()));
    type_into(harness, VI.col_name, &item.name);
    type_into(harness, VI.col_max, &num(item.max));
    if let Some(score) = item.score {
        type_into(harness, VI.published_score, &num(score));
    }
    if let Some(plan) = &item.plan {
        type_into(harness, VI.lead, &plan.lead);
        type_into(harness, VI.task, &plan.task);
        type_into(harness, VI.partners, &plan.partners);
        type_into(harness, VI.deadline, &plan.deadline);
    }
}

#[test]
fn field_1_of_the_seed_made_from_an_empty_card_in_the_app_matches_the_shipped_one() {
    let shipped = io::embedded_scorecard().unwrap();
    let want = &shipped.fields[0];
    let mut harness = app(1400.0, 1000.0);

    // Tệp → Mới…: an empty province card for the seed's unit and year.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    run(&mut harness);
    click(&mut harness, VI.new_empty);
    type_into(&mut harness, VI.new_unit, &shipped.unit);
    type_into(&mut harness, VI.new_year, &shipped.year.to_string());
    if harness.query_by_label(VI.create).is_some() {
        click(&mut harness, VI.create);
    }
    assert_eq!(harness.state().session().card().unit, shipped.unit);
    assert!(harness.state().session().card().fields[0].items.is_empty());

    // A new card opens in the card editor (Sửa → Sửa bảng điểm); then field 1's own figures.
    assert!(harness.state().panels().editing_structure);
    select(&mut harness, "1");
    type_into(&mut harness, VI.published_score, &num(want.score.unwrap()));
    type_into(
        &mut harness,
        VI.whole_published,
        &num(want.published_total.unwrap()),
    );

    // 1.3 under field 1, 1.3.2 under 1.3, then 1.5 and 1.6 beside 1.3.
    let [c13, c15, c16] = [&want.items[0], &want.items[1], &want.items[2]];
    click(&mut harness, VI.add_child);
    fill_item(&mut harness, c13);
    click(&mut harness, VI.add_child);
    fill_item(&mut harness, &c13.items[0]);
    select(&mut harness, &c13.code);
    click(&mut harness, VI.add_sibling);
    fill_item(&mut harness, c15);
    click(&mut harness, VI.add_sibling);
    fill_item(&mut harness, c16);

    let made = harness.state().session().card().fields[0].clone();
    assert_eq!(made.items, want.items);
    assert_eq!(
        (made.max, made.score, made.published_total, &made.survey),
        (want.max, want.score, want.published_total, &want.survey)
    );
    // The figures the app shows for field 1 are the shipped card's: 6 of 8,5, 2,5 lost.
    let figures = harness.state().session().figures();
    let shipped_figures = parindex::engine::Session::new(shipped.clone())
        .figures()
        .clone();
    assert_eq!(figures.fields[0], shipped_figures.fields[0]);
    // Every step was one undoable edit.
    assert!(harness.state().session().history().count() >= 20);
}
