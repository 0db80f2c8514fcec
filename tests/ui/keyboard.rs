//! The whole loop by keyboard (issue 16): find a criterion as officers type, move to it, enter
//! its projected score, come back to the table — no mouse.

use crate::common::{app, pts};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use parindex::app::ParIndexApp;

fn press(harness: &mut Harness<'_, ParIndexApp>, key: Key) {
    harness.key_press(key);
    harness.run_ok();
}

fn type_text(harness: &mut Harness<'_, ParIndexApp>, text: &str) {
    harness
        .input_mut()
        .events
        .push(egui::Event::Text(text.to_string()));
    harness.run_ok();
}

fn selected_code(harness: &Harness<'_, ParIndexApp>) -> Option<String> {
    let app = harness.state();
    app.view()
        .selected
        .map(|i| app.session().analysis().node(i).code.clone())
}

#[test]
fn ctrl_f_noi_vu_down_to_4_1_2_enter_1_5_enter_then_escape() {
    let mut harness = app(1400.0, 900.0);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
    harness.run_ok();
    type_text(&mut harness, "noi vu");
    assert_eq!(harness.state().panels().tree.filter, "noi vu");
    // ↓ from the search box goes to the first row found; ↓ again walks the rows.
    press(&mut harness, Key::ArrowDown);
    let mut steps = 0;
    while selected_code(&harness).as_deref() != Some("4.1.2") {
        press(&mut harness, Key::ArrowDown);
        steps += 1;
        assert!(
            steps < 30,
            "never reached 4.1.2: at {:?}",
            selected_code(&harness)
        );
    }
    // 4.1.2 has no plan of its own: it is found through 4.1's lead, Sở Nội vụ.
    press(&mut harness, Key::Enter);
    type_text(&mut harness, "1,5");
    press(&mut harness, Key::Enter);
    // 4.1.2 from 0,5 to its full 1,5: +1 on the index, 79,68 → 80,68.
    assert_eq!(harness.state().session().figures().total, pts("80.68"));
    harness.get_by_label("80,68 / 100");
    press(&mut harness, Key::Escape);
    assert_eq!(selected_code(&harness).as_deref(), Some("4.1.2"));
    // Back in the table: the row is there and the arrows move the selection again.
    assert!(harness.query_all_by_label("4.1.2").count() >= 2);
    press(&mut harness, Key::ArrowUp);
    assert_eq!(selected_code(&harness).as_deref(), Some("4.1"));
}

#[test]
fn arrows_open_and_close_branches_and_a_digit_starts_an_entry() {
    let mut harness = app(1400.0, 900.0);
    // Nothing selected: ↓ selects the first field.
    press(&mut harness, Key::ArrowDown);
    assert_eq!(selected_code(&harness).as_deref(), Some("1"));
    press(&mut harness, Key::End);
    assert_eq!(selected_code(&harness).as_deref(), Some("8"));
    press(&mut harness, Key::Home);
    // → opens LV1, → again goes to its first criterion, ← goes back to the parent, ← closes.
    press(&mut harness, Key::ArrowRight);
    let lv1 = harness.state().session().analysis().find("1").unwrap();
    assert!(harness.state().panels().tree.expanded[lv1]);
    press(&mut harness, Key::ArrowRight);
    assert_eq!(selected_code(&harness).as_deref(), Some("1.3"));
    press(&mut harness, Key::ArrowLeft);
    assert_eq!(selected_code(&harness).as_deref(), Some("1"));
    press(&mut harness, Key::ArrowLeft);
    assert!(!harness.state().panels().tree.expanded[lv1]);
    // A digit typed on a row starts its entry: "7" then ",5" and Enter sets LV1 to 7,5.
    type_text(&mut harness, "7");
    type_text(&mut harness, ",5");
    press(&mut harness, Key::Enter);
    assert_eq!(
        harness
            .state()
            .session()
            .changes()
            .projection
            .scores
            .get("1"),
        Some(&pts("7.5"))
    );
}

#[test]
fn a_search_that_finds_nothing_says_so_and_offers_to_clear() {
    let mut harness = app(1400.0, 900.0);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
    harness.run_ok();
    type_text(&mut harness, "khong co dau");
    harness.get_by_label_contains("Không tìm thấy tiêu chí nào cho \"khong co dau\"");
    harness
        .get_by_role_and_label(egui::accesskit::Role::Button, "Xóa tìm kiếm")
        .click();
    harness.run_ok();
    assert!(harness.state().panels().tree.filter.is_empty());
}

/// The code column opens as wide as the fields' one-letter codes; a search then shows
/// sub-criteria three levels deep. Their codes must show whole, not cut to "…", and the
/// columns at the right end must stay in view, at both window sizes.
#[test]
fn codes_found_by_a_search_show_whole_in_a_column_laid_out_for_the_fields() {
    let vi = &parindex::ui::i18n::VI;
    for (width, height, right) in [
        (
            1400.0,
            900.0,
            [vi.col_projected, vi.col_delta, vi.col_deadline].as_slice(),
        ),
        (1024.0, 700.0, [vi.col_projected, vi.col_delta].as_slice()),
    ] {
        let mut harness = app(width, height);
        harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
        harness.run_ok();
        type_text(&mut harness, "3");
        let font = egui::TextStyle::Body.resolve(&harness.ctx.global_style());
        for code in ["3.4", "3.4.1", "3.4.2", "3.4.3"] {
            let whole = harness.ctx.fonts_mut(|fonts| {
                fonts
                    .layout_no_wrap(code.to_string(), font.clone(), egui::Color32::BLACK)
                    .size()
                    .x
            });
            let shown = harness
                .query_all_by_label(code)
                .map(|node| node.rect().width())
                .fold(0.0_f32, f32::max);
            assert!(
                shown + 0.5 >= whole,
                "{width}: {code}: {shown:.1} points shown of {whole:.1}"
            );
        }
        // The wider code column takes its room from the name, not from the columns at the
        // right end, which stay left of the chart panel.
        let side = harness
            .query_all_by_label("Tự đánh giá")
            .map(|node| node.rect().min.x)
            .fold(f32::INFINITY, f32::min);
        for title in right {
            let rect = harness.get_by_label(title).rect();
            assert!(
                rect.max.x <= side,
                "{width}: {title} ends at {} past {side}",
                rect.max.x
            );
        }
    }
}
