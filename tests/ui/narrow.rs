//! At 1024×700, a common office laptop, every column of the criteria table that shows is whole
//! to the left of the chart panel, and the criterion's name keeps a readable width: the lead
//! and deadline columns give way (the editor shows them for the selected row) rather than
//! squeeze the names to a few letters.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use egui_kittest::kittest::Queryable;
use parindex::ui::i18n::VI;

#[test]
fn at_1024_wide_the_names_keep_their_room_and_every_column_shown_is_whole() {
    let mut harness = crate::common::app(1024.0, 700.0);
    let side = harness
        .query_all_by_label("Tự đánh giá")
        .map(|node| node.rect().min.x)
        .fold(f32::INFINITY, f32::min);
    assert!(side < 1024.0, "chart panel toggle not found");
    for title in [
        VI.col_code,
        VI.col_name,
        VI.col_max,
        VI.col_base,
        VI.col_projected,
    ] {
        let rect = harness.get_by_label(title).rect();
        assert!(
            rect.max.x <= side,
            "{title} ends at {} past {side}",
            rect.max.x
        );
    }
    let name = harness.get_by_label(VI.col_name).rect();
    let max = harness.get_by_label(VI.col_max).rect();
    assert!(
        max.min.x - name.min.x >= 200.0,
        "the name column is only {} wide",
        max.min.x - name.min.x
    );
    assert!(harness.query_by_label(VI.col_deadline).is_none());
    // The lead and the deadline of the selected row are in the editor.
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(&ctx, parindex::ui::Action::SelectCode("4.1.2".into()));
    harness.run_ok();
    harness.get_by_label("Quý III năm 2020");
    harness.get_by_label("Sở Nội vụ");
}

#[test]
fn at_1400_wide_the_lead_and_deadline_columns_show() {
    let harness = crate::common::app(1400.0, 900.0);
    let side = harness
        .query_all_by_label("Tự đánh giá")
        .map(|node| node.rect().min.x)
        .fold(f32::INFINITY, f32::min);
    let deadline = harness.get_by_label(VI.col_deadline).rect();
    assert!(
        deadline.max.x <= side + 1.0,
        "{} past {side}",
        deadline.max.x
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

/// Every figure of the header — the published and projected index, the range under it, the
/// projected rank, both self-assessment parts and their changes — lies whole inside the window,
/// at both sizes, on the scenario with the most to show.
#[test]
fn the_header_figures_lie_whole_inside_the_window() {
    let dir = tempfile::tempdir().unwrap();
    let path = crate::common::copy_of("ke-hoach-180-rui-ro.ron", dir.path());
    for (width, height) in [(1400.0, 900.0), (1024.0, 700.0), (900.0, 600.0)] {
        let mut harness = crate::common::app(width, height);
        crate::common::drop_file(&mut harness, &path);
        for text in ["92,5631 / 100", "+12,8831", "66,1726 / 66,5", "1/63"] {
            for node in harness.get_all_by_label(text) {
                let rect = node.rect();
                assert!(
                    rect.max.x <= width,
                    "{text} ends at {} in a {width} window",
                    rect.max.x
                );
            }
        }
        let range = harness
            .query_all_by_label_contains("kỳ vọng 86,6")
            .next()
            .expect("the range under the projected index")
            .rect();
        assert!(range.max.x <= width, "the range ends at {}", range.max.x);
    }
}

/// On the deadlines tab at 1024×700 a caption wraps with its field: "Ngày cập nhật" was
/// split over two lines with its date box on a third.
#[test]
fn at_1024_wide_each_deadline_caption_stays_whole_beside_its_field() {
    use egui::accesskit::Role;
    use egui_kittest::kittest::{By, NodeT};
    let mut harness = crate::common::app(1024.0, 700.0);
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(
        &ctx,
        parindex::ui::Action::ShowTab(parindex::ui::workspace::Tab::Deadlines),
    );
    harness.run_ok();
    for caption in [VI.status_date, VI.note] {
        // The captions are the fields' labels: found only when asked for.
        let labels: Vec<_> = harness
            .query_all(By::new().label(caption).include_labels())
            .filter(|n| n.accesskit_node().role() == Role::Label)
            .map(|n| n.rect())
            .collect();
        let fields: Vec<_> = harness
            .query_all_by_label(caption)
            .filter(|n| n.accesskit_node().role() != Role::Label)
            .map(|n| n.rect())
            .collect();
        assert!(
            !labels.is_empty() && labels.len() == fields.len(),
            "{caption}: {} labels, {} fields",
            labels.len(),
            fields.len()
        );
        for (label, field) in labels.iter().zip(&fields) {
            assert!(label.height() < 24.0, "{caption} on two lines: {label:?}");
            assert!(
                label.center().y > field.min.y && label.center().y < field.max.y,
                "{caption} at {label:?}, its field at {field:?}"
            );
        }
    }
}
