//! The Mục tiêu tab (issue 12): the answer to an aim on the seed and on the shipped goal
//! scenario, applied as a new scenario and undone, efforts edited in the panel, what blocks an
//! unreachable 100, and the fix-first exports read back. Reference images of the tab
//! (tests/snapshots/goal_*.png); regenerate with `UPDATE_SNAPSHOTS=1 cargo test --test ui goal::`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use parindex::app::ParIndexApp;
use parindex::ui::Action;
use parindex::ui::i18n::goal::VI as GOAL;
use parindex::ui::workspace::Tab;

use crate::common::{app, copy_of, drop_file, pts};
use parindex::engine::goal::{Aim, Answer, Request, seek};
use parindex::ui::goal::{GoalAction, GoalPath};

fn act(harness: &mut Harness<'_, ParIndexApp>, action: Action) {
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(&ctx, action);
    harness.run_ok();
}

/// The app at `width`×`height` on the Mục tiêu tab, on the seed or on a copy of `save`.
fn goal_app(width: f32, height: f32, save: Option<(&str, &Path)>) -> Harness<'static, ParIndexApp> {
    let mut harness = app(width, height);
    if let Some((name, dir)) = save {
        let path = copy_of(name, dir);
        drop_file(&mut harness, &path);
        assert_eq!(harness.state().error(), None);
    }
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num6);
    harness.run_ok();
    assert_eq!(harness.state().workspace().tab, Tab::Goal);
    harness
}

/// Shows a view of the tab by its switch's label.
fn show(harness: &mut Harness<'_, ParIndexApp>, label: &str) {
    harness.get_by_label(label).click();
    harness.run_ok();
}

#[test]
fn goal_tab_on_the_seed_looks_as_recorded() {
    let mut harness = goal_app(1400.0, 900.0, None);
    harness.snapshot("goal_seed");
    show(&mut harness, GOAL.view_climb);
    harness.snapshot("goal_seed_climb");
    show(&mut harness, GOAL.view_efforts);
    harness.snapshot("goal_seed_efforts");
}

#[test]
fn goal_tab_aiming_at_a_rank_looks_as_recorded() {
    let mut harness = goal_app(1400.0, 900.0, None);
    harness.get_by_label(GOAL.mode_rank).click();
    harness.run_ok();
    harness.snapshot("goal_seed_rank");
}

#[test]
fn goal_tab_on_the_shipped_goal_scenario_looks_as_recorded() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = goal_app(1400.0, 900.0, Some(("muc-tieu-85.ron", dir.path())));
    harness.snapshot("goal_muc_tieu_85");
    // The efforts of LV7's items, 7.1.6 feasible only after 30/06/2021.
    show(&mut harness, GOAL.view_efforts);
    let search = harness.get_by_role_and_label(egui::accesskit::Role::TextInput, GOAL.search);
    search.focus();
    harness.run_ok();
    harness.event(egui::Event::Text("7.".into()));
    harness.run_ok();
    harness.snapshot("goal_muc_tieu_85_efforts");
}

#[test]
fn goal_tab_in_a_small_window_looks_as_recorded() {
    let mut harness = goal_app(1024.0, 700.0, None);
    harness.snapshot("goal_seed_narrow");
    show(&mut harness, GOAL.view_climb);
    harness.snapshot("goal_seed_narrow_climb");
}

/// The engine's own answer for the open document at `index`, as the CLI would give it.
fn engine_answer(harness: &Harness<'_, ParIndexApp>, index: &str) -> Answer {
    let session = harness.state().session();
    let request = Request {
        aim: Some(Aim::Index(pts(index))),
        ..Request::default()
    };
    seek(session.analysis(), session.changes(), &request).unwrap()
}

#[test]
fn on_the_seed_the_answer_for_85_has_the_engines_five_fixes_and_reaches_85() {
    let harness = goal_app(1400.0, 900.0, None);
    let answer = engine_answer(&harness, "85");
    // By hand: 85 − 79,68 = 5,32 to recover; the largest gains are 3.4.2's 1,5 and eight
    // items of 1, so four fixes give at most 4,5 and five (1,5 + 4 × 1 = 5,5) are needed.
    assert_eq!(answer.fixes.len(), 5);
    assert!(answer.projected_total >= pts("85"));
    harness.get_by_label(&format!("{} 85", GOAL.reached));
    harness.get_by_label("5 việc");
    harness.get_by_label(&format!("{} (5)", GOAL.view_fixes));
    harness.get_by_label(&format!("{} / 100", answer.projected_total.vi()));
    for fix in &answer.fixes {
        harness.get_by_label(&fix.code);
    }
}

#[test]
fn applying_the_answer_shows_its_total_everywhere_and_ctrl_z_restores_79_68() {
    let mut harness = goal_app(1400.0, 900.0, None);
    let answer = engine_answer(&harness, "85");
    let before = harness.state().info().name.clone();
    harness.get_by_label(GOAL.apply).click();
    harness.run_ok();
    let state = harness.state();
    assert_eq!(state.error(), None);
    assert_eq!(state.session().figures().total, answer.projected_total);
    assert_eq!(state.session().changes().target, Some(pts("85")));
    assert_eq!(state.info().name, "Mục tiêu 85 điểm");
    assert_eq!(
        state.info().path,
        None,
        "a new scenario: Save asks for a file"
    );
    let apply = harness.get_by_label(GOAL.apply);
    assert!(
        apply.accesskit_node().is_disabled(),
        "the scenario holds the answer: nothing more to apply"
    );
    // The header's projected index and the panel's answer both read 85,18.
    let shown = format!("{} / 100", answer.projected_total.vi());
    assert_eq!(harness.get_all_by_label(&shown).count(), 2);

    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run_ok();
    let state = harness.state();
    assert_eq!(state.session().figures().total, pts("79,68"));
    assert_eq!(state.session().changes().target, None);
    assert_eq!(
        state.info().name,
        before,
        "undo gives the scenario its name back"
    );
    // The header's published and projected index; the panel's answer alone keeps 85,18.
    assert_eq!(harness.get_all_by_label("79,68 / 100").count(), 2);
    assert_eq!(harness.get_all_by_label(&shown).count(), 1);

    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Y);
    harness.run_ok();
    assert_eq!(
        harness.state().session().figures().total,
        answer.projected_total
    );
    assert_eq!(harness.state().info().name, "Mục tiêu 85 điểm");
}

#[test]
fn on_the_goal_scenario_efforts_change_the_answer_and_an_edited_effort_changes_it_again() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = goal_app(1400.0, 900.0, Some(("muc-tieu-85.ron", dir.path())));
    let with_efforts = engine_answer(&harness, "85");
    let fewest = {
        let session = harness.state().session();
        let mut changes = session.changes().clone();
        changes.efforts.clear();
        let request = Request {
            aim: Some(Aim::Index(pts("85"))),
            ..Request::default()
        };
        seek(session.analysis(), &changes, &request).unwrap()
    };
    let codes = |a: &Answer| a.fixes.iter().map(|f| f.code.clone()).collect::<Vec<_>>();
    // The scenario's description: 7 fixes and 174 working days, against the fewest (5).
    assert_eq!(with_efforts.fixes.len(), 7);
    assert_eq!(with_efforts.total_effort, pts("174"));
    assert_eq!(fewest.fixes.len(), 5);
    assert_ne!(codes(&with_efforts), codes(&fewest));
    harness.get_by_label("7 việc · 174 ngày công");

    // 3.4.2 down from 150 to 5 working days, typed with the effort table's entry.
    harness.get_by_label(GOAL.view_efforts).click();
    harness.run_ok();
    harness
        .get_by_role_and_label(egui::accesskit::Role::SpinButton, "3.4.2")
        .click();
    harness.run_ok();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.event(egui::Event::Text("5".into()));
    harness.run_ok();
    harness.key_press(egui::Key::Enter);
    harness.run_ok();
    assert_eq!(
        harness.state().session().changes().efforts.get("3.4.2"),
        Some(&pts("5"))
    );
    let edited = engine_answer(&harness, "85");
    assert_ne!(edited, with_efforts);
    let cost = format!(
        "{} việc · {} ngày công",
        edited.fixes.len(),
        edited.total_effort.vi()
    );
    harness.get_by_label(&cost);

    // One undo step gives the 150 days back.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run_ok();
    assert_eq!(
        harness.state().session().changes().efforts.get("3.4.2"),
        Some(&pts("150"))
    );
    harness.get_by_label("7 việc · 174 ngày công");
}

#[test]
fn an_unreachable_100_names_the_unitemised_0_3274_that_blocks_it() {
    let mut harness = goal_app(1400.0, 900.0, None);
    let entry = harness.get_by_role_and_label(egui::accesskit::Role::TextInput, GOAL.mode_index);
    entry.focus();
    harness.run_ok();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.event(egui::Event::Text("100".into()));
    harness.run_ok();
    harness.get_by_label(&format!("{} 100", GOAL.not_reached));
    // LV4's 0,2804 and 7.2's 0,047 are losses no listed item can recover.
    harness.get_by_label_contains(&format!("{} {} 0,3274", GOAL.blocked_by, GOAL.unitemised));
    harness.get_by_label_contains(&format!(
        "{} 0,3274 (LV4 0,2804; 7.2 0,047)",
        GOAL.unitemised_long
    ));
}

#[test]
fn a_target_rank_names_the_province_it_takes_and_is_applied_by_its_name() {
    let mut harness = goal_app(1400.0, 900.0, None);
    harness.get_by_label(GOAL.mode_rank).click();
    harness.run_ok();
    // Out of the bottom half: rank 31 of 63. Ranks 18–43 are not published, so the sure level
    // is rank 17's total, Bình Dương's 82,30 (QĐ 330/QĐ-BNV).
    harness.get_by_label_contains(
        "Hạng 31 cần chỉ số ít nhất 82,3: bằng điểm của Bình Dương (hạng 17)",
    );
    harness.get_by_label_contains("QĐ 330/QĐ-BNV");
    harness.get_by_label(GOAL.apply).click();
    harness.run_ok();
    assert_eq!(harness.state().info().name, "Mục tiêu hạng 31");
    assert!(harness.state().session().figures().total >= pts("82,3"));
}

#[test]
fn the_fix_first_table_and_chart_are_written_and_read_back() {
    use calamine::{Data, Reader, Xlsx, open_workbook};
    let dir = tempfile::tempdir().unwrap();
    let mut harness = goal_app(1400.0, 900.0, None);
    let write = |harness: &mut Harness<'_, ParIndexApp>, purpose, name: &str| {
        let path = dir.path().join(name);
        act(
            harness,
            Action::Goal(GoalAction::Path {
                purpose,
                path: path.clone(),
            }),
        );
        assert_eq!(harness.state().error(), None);
        assert_eq!(harness.state().notice(), Some(path.as_path()));
        path
    };
    let xlsx = write(&mut harness, GoalPath::FixTable, "uu-tien.xlsx");
    let mut book: Xlsx<_> = open_workbook(&xlsx).unwrap();
    let first = book.worksheet_range_at(0).unwrap().unwrap();
    // The first fix is 3.4.2 (1,5 points for one fix), and the index after it 81,18.
    let row: Vec<&Data> = first
        .rows()
        .find(|r| r.contains(&Data::String("3.4.2".into())))
        .unwrap()
        .iter()
        .collect();
    assert!(row.contains(&&Data::Float(81.18)), "{row:?}");

    let csv = std::fs::read(write(&mut harness, GoalPath::FixTable, "uu-tien.csv")).unwrap();
    assert_eq!(&csv[..3], b"\xEF\xBB\xBF");
    assert!(String::from_utf8_lossy(&csv).contains("3.4.2"));

    let png = write(
        &mut harness,
        GoalPath::ClimbChart { svg: false },
        "lam-truoc.png",
    );
    let pixmap = resvg::tiny_skia::Pixmap::decode_png(&std::fs::read(png).unwrap()).unwrap();
    assert_eq!((pixmap.width(), pixmap.height()), (1600, 900));
    let svg = write(
        &mut harness,
        GoalPath::ClimbChart { svg: true },
        "lam-truoc.svg",
    );
    let svg = std::fs::read_to_string(svg).unwrap();
    assert!(
        svg.contains("Mục tiêu 85"),
        "the panel's target is the chart's line"
    );
}

#[test]
fn a_wrong_extension_is_a_clear_error_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = goal_app(1400.0, 900.0, None);
    let path = dir.path().join("uu-tien.txt");
    act(
        &mut harness,
        Action::Goal(GoalAction::Path {
            purpose: GoalPath::FixTable,
            path: path.clone(),
        }),
    );
    let error = harness.state().error().unwrap().to_string();
    assert!(
        error.contains("uu-tien.txt") && error.contains(".xlsx"),
        "{error}"
    );
    assert!(!path.exists());
}

/// The app on a generated national card of 10,000 items, on the Mục tiêu tab.
fn national_app(dir: &Path) -> Harness<'static, ParIndexApp> {
    let card = parindex::generate::scorecard(parindex::generate::Spec {
        items: 10_000,
        depth: 4,
        seed: 1,
        year: 2019,
    });
    let path = dir.join("quoc-gia.ron");
    std::fs::write(&path, parindex::io::scorecard_to_string(&card).unwrap()).unwrap();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .build_eframe(move |cc| {
            ParIndexApp::with_settings(
                &cc.egui_ctx,
                parindex::app::Settings::default(),
                Some(&path),
            )
            .unwrap()
        });
    harness.run_ok();
    assert_eq!(harness.state().error(), None);
    act(&mut harness, Action::ShowTab(Tab::Goal));
    harness
}

#[test]
fn on_a_10000_item_card_every_list_of_the_tab_lays_out_a_screenful() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = national_app(dir.path());
    let fixable = {
        let session = harness.state().session();
        parindex::engine::goal::fixable(session.analysis(), session.changes()).len()
    };
    assert!(fixable > 1_000, "{fixable}");
    let answer = engine_answer(&harness, "85");
    assert!(answer.fixes.len() > 100, "{}", answer.fixes.len());
    let n = answer.fixes.len();
    harness.get_by_label(&format!(
        "{} ({}.{:03})",
        GOAL.view_fixes,
        n / 1000,
        n % 1000
    ));
    let first = &answer.fixes[0].code;
    let last = &answer.fixes[answer.fixes.len() - 1].code;
    harness.get_by_label(first);
    assert!(
        harness.query_by_label(last).is_none(),
        "{last} is far below"
    );

    harness.get_by_label(GOAL.view_efforts).click();
    harness.run_ok();
    let spins = harness
        .query_all_by_role(egui::accesskit::Role::SpinButton)
        .count();
    assert!(
        spins > 5 && spins < 60,
        "{spins} effort entries laid out of {fixable}"
    );

    harness.get_by_label(GOAL.view_climb).click();
    harness.run_ok();
    let steps = harness.query_all_by_label_contains("+").count();
    assert!(steps < 80, "{steps} steps laid out");
}

#[test]
fn on_a_new_empty_card_the_tab_says_there_is_nothing_to_fix() {
    let mut harness = app(1400.0, 900.0);
    act(
        &mut harness,
        Action::NewCard {
            kind: parindex::ui::dialogs::NewKind::EmptyProvince,
            unit: "UBND tỉnh Thử".into(),
            year: 2021,
        },
    );
    act(&mut harness, Action::ShowTab(Tab::Goal));
    assert_eq!(harness.state().error(), None);
    harness.get_by_label(&format!("{} (0)", GOAL.view_fixes));
    show(&mut harness, GOAL.view_efforts);
    harness.get_by_label(GOAL.nothing_fixable);
    show(&mut harness, GOAL.view_climb);
    harness.get_by_label(GOAL.nothing_feasible);
    // No results table ranks 2021: the rank cannot be chosen.
    assert!(
        harness
            .get_by_label(GOAL.mode_rank)
            .accesskit_node()
            .is_disabled()
    );
}

#[test]
fn a_full_results_table_read_from_a_file_gives_an_exact_rank_and_a_bad_one_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = goal_app(1400.0, 900.0, None);
    harness.get_by_label_contains("hạng 2/63");
    // A made-up full table: 63 units from 95 down by 0,25 a place, Tiền Giang 48th at 79,68.
    let mut csv = String::from("năm,đơn vị,chỉ số,xếp hạng,trên\n");
    for rank in 1..=63_u32 {
        let (unit, total) = if rank == 48 {
            ("Tiền Giang".to_string(), "79.68".to_string())
        } else {
            (
                format!("Tỉnh {rank}"),
                format!("{:.2}", 95.0 - 0.25 * f64::from(rank)),
            )
        };
        csv.push_str(&format!("2019,{unit},{total},{rank},63\n"));
    }
    let path = dir.path().join("ket-qua-day-du.csv");
    std::fs::write(&path, csv).unwrap();
    act(
        &mut harness,
        Action::Goal(GoalAction::Path {
            purpose: GoalPath::Results,
            path,
        }),
    );
    assert_eq!(harness.state().error(), None);
    // 85,18 is below 85,00 + 0,25 × … : the units at 94,75 … 85,25 (ranks 1–39) are above it.
    harness.get_by_label("hạng 40/63");

    let bad = dir.path().join("hong.csv");
    std::fs::write(&bad, "năm,đơn vị,chỉ số\n2019,Tỉnh A,chín mươi\n").unwrap();
    act(
        &mut harness,
        Action::Goal(GoalAction::Path {
            purpose: GoalPath::Results,
            path: bad,
        }),
    );
    let error = harness.state().error().unwrap().to_string();
    assert!(error.contains("hong.csv"), "{error}");
    // The table read before stays in force.
    harness.get_by_label("hạng 40/63");
}
