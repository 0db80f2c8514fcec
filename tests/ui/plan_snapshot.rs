//! Reference images of the plan and compare views (tests/snapshots/); regenerate with
//! `UPDATE_SNAPSHOTS=1 cargo test --test ui plan_snapshot::` after a deliberate visual change.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;

use crate::common::app;
use egui_kittest::kittest::Queryable;
use parindex::model::Date;
use parindex::ui::Action;
use parindex::ui::i18n::VI;
use parindex::ui::workspace::Tab;

fn act(harness: &mut egui_kittest::Harness<'_, parindex::app::ParIndexApp>, action: Action) {
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(&ctx, action);
    harness.run_ok();
}

#[test]
fn agencies_view_after_applying_the_plan() {
    let mut harness = app(1400.0, 900.0);
    act(&mut harness, Action::ShowTab(Tab::Agencies));
    // A fixed "as of" date: the default is today, and the image must not change with it.
    act(
        &mut harness,
        Action::SetAsOf(Date::new(2020, 10, 1).unwrap()),
    );
    harness.get_by_label(VI.apply_plan).click();
    harness.run_ok();
    harness.snapshot("plan_agencies_applied");
}

#[test]
fn deadlines_view_as_of_2020_10_01() {
    let mut harness = app(1400.0, 900.0);
    act(&mut harness, Action::ShowTab(Tab::Deadlines));
    act(
        &mut harness,
        Action::SetAsOf(Date::new(2020, 10, 1).unwrap()),
    );
    harness.snapshot("plan_deadlines_2020_10_01");
}

#[test]
fn compare_view_of_the_two_shipped_saves() {
    let mut harness = app(1400.0, 900.0);
    act(&mut harness, Action::ShowTab(Tab::Compare));
    for name in [
        "ke-hoach-180-dat-toan-bo.ron",
        "ke-hoach-180-than-trong.ron",
    ] {
        act(
            &mut harness,
            Action::ToggleCompare(PathBuf::from("saves").join(name)),
        );
    }
    harness.snapshot("compare_shipped_saves");
}
