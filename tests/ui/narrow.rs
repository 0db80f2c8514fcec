//! At 1024×700, a common office laptop, every column of the criteria table starts visible to
//! the left of the chart panel: the lead column whole, the deadline column at least in part
//! (it elides, with the full text on hover).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use egui_kittest::kittest::Queryable;
use parindex::ui::i18n::VI;

#[test]
fn at_1024_wide_the_lead_and_deadline_columns_start_left_of_the_chart_panel() {
    let harness = crate::common::app(1024.0, 700.0);
    let deadline = harness.get_by_label(VI.col_deadline).rect();
    let lead = harness.get_by_label(VI.col_lead).rect();
    let side = harness
        .query_all_by_label("Tự đánh giá")
        .map(|node| node.rect().min.x)
        .fold(f32::INFINITY, f32::min);
    assert!(side < 1024.0, "chart panel toggle not found");
    assert!(
        lead.max.x <= side,
        "lead header ends at {} but the chart panel starts at {side}",
        lead.max.x
    );
    assert!(
        deadline.min.x + 30.0 <= side,
        "deadline header starts at {} but the chart panel starts at {side}",
        deadline.min.x
    );
}

#[test]
fn a_four_decimal_difference_keeps_room_for_its_arrow() {
    let mut harness = crate::common::app(1024.0, 700.0);
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(&ctx, parindex::ui::Action::SelectCode("3".into()));
    harness.run_ok();
    crate::common::enter_score(&mut harness, "14");
    let column = harness.get_by_label(VI.col_delta).rect();
    // The table row's "+1,5741" (the header's and the editor's are elsewhere).
    let shown = harness
        .query_all_by_label("+1,5741")
        .map(|node| node.rect())
        .find(|rect| rect.min.x >= column.min.x - 20.0 && rect.max.x <= column.max.x + 80.0)
        .expect("the difference in the Δ column");
    assert!(
        shown.min.x >= column.min.x + 10.0,
        "the arrow needs ~10 px left of the number: column starts at {}, number at {}",
        column.min.x,
        shown.min.x
    );
}
