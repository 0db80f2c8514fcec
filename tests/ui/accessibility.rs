//! What a screen reader reads (issue 16): every table row as one sentence with its figures, the
//! score box by its name, and each header figure with its caption, change and range — checked
//! through the AccessKit tree egui builds, as assistive technology sees it.

use crate::common::{app, select};
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};
use parindex::ui::i18n::VI;

#[test]
fn rows_read_as_code_name_and_figures() {
    let harness = app(1400.0, 900.0);
    let rows: Vec<String> = harness
        .query_all_by_role(Role::Row)
        .filter_map(|row| row.accesskit_node().label())
        .collect();
    assert_eq!(rows.len(), 8, "{rows:?}");
    // LV3 of the seed: 12,4259 of 14, 1,5741 lost, nothing projected yet.
    let lv3 = rows.iter().find(|r| r.starts_with("3 ")).unwrap();
    assert!(
        lv3.contains("12,4259") && lv3.contains("14") && lv3.contains("1,5741"),
        "{lv3}"
    );
    assert!(
        lv3.contains(VI.col_lost) && lv3.contains(VI.col_projected),
        "{lv3}"
    );
}

#[test]
fn the_score_box_and_the_header_figures_are_named() {
    let mut harness = app(1400.0, 900.0);
    select(&mut harness, "3.4.2");
    harness.get_by_role_and_label(Role::TextInput, VI.projected_score);
    let groups = |harness: &egui_kittest::Harness<'_, parindex::app::ParIndexApp>| -> Vec<String> {
        harness
            .query_all_by_role(Role::Group)
            .filter_map(|g| g.accesskit_node().label())
            .collect()
    };
    let before = groups(&harness);
    assert!(
        before.contains(&format!("{} 2019: 79,68 / 100", VI.index_published)),
        "{before:?}"
    );
    assert!(
        before.contains(&format!("{} 2019: 48/63", VI.rank)),
        "{before:?}"
    );
    crate::common::enter_score(&mut harness, "1,5");
    let after = groups(&harness);
    let projected = after
        .iter()
        .find(|g| g.starts_with(&format!("{} 2020: 81,18 / 100, +1,5", VI.index_projected)))
        .unwrap_or_else(|| panic!("{after:?}"));
    assert!(projected.contains(VI.expected), "{projected}");
    assert!(
        after.contains(&format!("{} 2020: 18–44/63", VI.rank_projected)),
        "{after:?}"
    );
}
