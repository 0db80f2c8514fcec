//! At 1024×700, a common office laptop, every column of the criteria table starts visible to
//! the left of the chart panel: the lead column whole, the deadline column at least in part
//! (it elides, with the full text on hover).

#![allow(clippy::unwrap_used)]

mod ui_common;

use egui_kittest::kittest::Queryable;
use parindex::ui::i18n::VI;

#[test]
fn at_1024_wide_the_lead_and_deadline_columns_start_left_of_the_chart_panel() {
    let harness = ui_common::app(1024.0, 700.0);
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
