//! The evidence tab (Ctrl+7) on the shipped risky plan: every lead agency listed, the engine's
//! expected index, 90 % interval and P(index ≥ 85) on show; a state or a confidence changed in
//! the tab moves the expected index shown, and Ctrl+Z brings it back; the checklist written
//! from the window reads back with one sheet per agency. Reference images of the tab at
//! 1400×900 and 1024×700: `UPDATE_SNAPSHOTS=1 cargo test --test ui evidence`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use calamine::{Reader, Xlsx, open_workbook};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use parindex::app::{ParIndexApp, Settings};
use parindex::engine::{Risk, RiskOptions, Session, evidence_checklist, risk_of};
use parindex::model::{Points, Ratio};
use parindex::ui::Action;
use parindex::ui::dialogs::PathPurpose;
use parindex::ui::evidence::{RiskPath, interval_text};
use parindex::ui::i18n::Lang;
use parindex::ui::workspace::Tab;

const RISKY: &str = "saves/ke-hoach-180-rui-ro.ron";

/// The app on the risky plan in a `width`×`height` window, the evidence tab shown with Ctrl+7.
fn evidence_app(width: f32, height: f32) -> Harness<'static, ParIndexApp> {
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join(RISKY);
    let mut harness = Harness::builder()
        .with_size(egui::vec2(width, height))
        .with_theme(egui::Theme::Light)
        .build_eframe(move |cc| {
            ParIndexApp::with_settings(&cc.egui_ctx, Settings::default(), Some(&file)).unwrap()
        });
    harness.run_ok();
    assert_eq!(harness.state().error(), None);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num7);
    harness.run_ok();
    assert_eq!(harness.state().workspace().tab, Tab::Evidence);
    harness
}

/// The distribution of the open document, as the engine works it out.
fn engine_risk(session: &Session) -> Risk {
    risk_of(session, &RiskOptions::default())
}

fn expected_shown(harness: &Harness<'_, ParIndexApp>) -> String {
    Lang::Vi.num(engine_risk(harness.state().session()).expected)
}

fn act(harness: &mut Harness<'_, ParIndexApp>, action: Action) {
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(&ctx, action);
    harness.run_ok();
}

#[test]
fn the_tab_lists_every_agency_with_the_engines_expected_index_interval_and_chance_of_85() {
    let mut harness = evidence_app(1400.0, 900.0);
    let session = harness.state().session().clone();
    let risk = engine_risk(&session);
    let target = Points::parse("85").unwrap();
    // The figures the issue quotes, as the engine computes them (tests/core/risk.rs checks the
    // engine against a brute-force enumeration of the 21 gains).
    assert_eq!(Lang::Vi.num(risk.expected), "86,6039");
    assert_eq!(interval_text(&risk, Lang::Vi), "84,22–89,05");
    let chance = Lang::Vi.percent(risk.at_least(target) * 100.0);
    assert_eq!(chance, "86,2 %");
    harness.get_by_label("86,6039");
    harness.get_by_label("84,22–89,05");
    harness.get_by_label(&chance);
    // The point projection, also in the header.
    assert!(
        harness
            .query_all_by_label(&Lang::Vi.num(risk.point))
            .next()
            .is_some()
    );
    // Every agency's row, folded so all fit the view.
    harness.get_by_label("Thu gọn tất cả").click();
    harness.run_ok();
    let agencies = evidence_checklist(session.analysis(), session.projected(), session.changes());
    assert_eq!(agencies.len(), 6);
    for agency in &agencies {
        let lead = agency.lead.clone().unwrap();
        let label = format!("{lead} · {} tiêu chí", agency.items.len());
        harness.get_by_label(&label);
        let at_risk = Lang::Vi.num(agency.at_risk);
        assert!(
            harness.query_all_by_label(&at_risk).next().is_some(),
            "{lead}: {at_risk}"
        );
    }
    // Folded, no item's slider is laid out; unfolded, the first agency's are.
    assert!(
        harness
            .query_by_role_and_label(Role::Slider, "1.3.2")
            .is_none()
    );
    harness.get_by_label("Mở tất cả").click();
    harness.run_ok();
    harness.get_by_role_and_label(Role::Slider, "1.3.2");
}

#[test]
fn a_confidence_set_in_the_tab_moves_the_expected_index_and_ctrl_z_restores_it() {
    let mut harness = evidence_app(1400.0, 900.0);
    let before = expected_shown(&harness);
    harness.get_by_label(&before);
    // 1.3.2's documents are in progress: 60 %. Set it to 90 %.
    harness
        .get_by_role_and_label(Role::Slider, "1.3.2")
        .set_value_accesskit(90.0);
    harness.run_ok();
    let changes = harness.state().session().changes();
    assert_eq!(
        changes.confidence.get("1.3.2"),
        Some(&Ratio::parse("0,9").unwrap())
    );
    let after = expected_shown(&harness);
    // +0,3 × 1 point more likely accepted: the expected index rises by 0,3.
    let moved = Points::parse(&after.replace(',', ".")).unwrap()
        - Points::parse(&before.replace(',', ".")).unwrap();
    assert_eq!(moved, Points::parse("0.3").unwrap());
    harness.get_by_label(&after);
    assert!(harness.query_by_label(&before).is_none());
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run_ok();
    assert_eq!(
        harness.state().session().changes().confidence.get("1.3.2"),
        None
    );
    harness.get_by_label(&before);
}

#[test]
fn a_state_chosen_in_the_tab_moves_the_expected_index_and_ctrl_z_restores_it() {
    let mut harness = evidence_app(1400.0, 900.0);
    let before = expected_shown(&harness);
    // 6.3.4's only document is missing (30 %); marked in hand it is accepted at 90 %.
    harness.get_by_label("Thu gọn tất cả").click();
    harness.run_ok();
    harness.get_by_label_contains("Sở Tài chính · ").click();
    harness.run_ok();
    harness
        .get_by_role_and_label(Role::ComboBox, "6.3.4")
        .click();
    harness.run_ok();
    harness.get_by_role_and_label(Role::Button, "có").click();
    harness.run_ok();
    let docs = &harness.state().session().changes().evidence["6.3.4"];
    assert!(
        docs.iter()
            .all(|d| d.state == parindex::model::EvidenceState::Ready)
    );
    let after = expected_shown(&harness);
    let moved = Points::parse(&after.replace(',', ".")).unwrap()
        - Points::parse(&before.replace(',', ".")).unwrap();
    // (0,9 − 0,3) × 1 point.
    assert_eq!(moved, Points::parse("0.6").unwrap());
    harness.get_by_label(&after);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run_ok();
    harness.get_by_label(&before);
}

#[test]
fn a_document_added_in_the_dialog_is_one_undoable_edit() {
    let mut harness = evidence_app(1400.0, 900.0);
    let before = expected_shown(&harness);
    // The first item is 1.3.2 (Sở Nội vụ's largest risk), with two documents.
    harness
        .get_all_by_label("Tài liệu…")
        .next()
        .unwrap()
        .click();
    harness.run_ok();
    harness.get_by_label_contains("Tài liệu kiểm chứng — 1.3.2");
    harness.get_by_label("Thêm tài liệu").click();
    harness.run_ok();
    let title = harness
        .get_all_by_role_and_label(Role::TextInput, "Trích yếu")
        .last()
        .unwrap();
    title.focus();
    harness.run_ok();
    harness
        .get_all_by_role_and_label(Role::TextInput, "Trích yếu")
        .last()
        .unwrap()
        .type_text("Biên bản kiểm tra CCHC");
    harness.run_ok();
    harness.get_by_label("Lưu tài liệu").click();
    harness.run_ok();
    let docs = &harness.state().session().changes().evidence["1.3.2"];
    assert_eq!(docs.len(), 3);
    assert_eq!(docs[2].title, "Biên bản kiểm tra CCHC");
    // A new document is missing until said otherwise: 1.3.2 falls from 60 % to 30 %.
    let after = expected_shown(&harness);
    let moved = Points::parse(&before.replace(',', ".")).unwrap()
        - Points::parse(&after.replace(',', ".")).unwrap();
    assert_eq!(moved, Points::parse("0.3").unwrap());
    harness.get_by_label(&after);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run_ok();
    assert_eq!(
        harness.state().session().changes().evidence["1.3.2"].len(),
        2
    );
    harness.get_by_label(&before);
}

#[test]
fn the_checklist_exported_from_the_window_has_one_sheet_per_agency() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("danh-muc.xlsx");
    let mut harness = evidence_app(1400.0, 900.0);
    act(
        &mut harness,
        Action::PathChosen {
            purpose: PathPurpose::Risk(RiskPath::Checklist),
            path: path.clone(),
        },
    );
    assert_eq!(harness.state().error(), None);
    assert_eq!(harness.state().notice(), Some(path.as_path()));
    let session = harness.state().session();
    let agencies = evidence_checklist(session.analysis(), session.projected(), session.changes());
    let book: Xlsx<_> = open_workbook(&path).unwrap();
    let names = book.sheet_names();
    // A summary sheet, then one per lead agency.
    assert_eq!(names.len(), agencies.len() + 1, "{names:?}");
    assert!(names.iter().any(|n| n == "Sở Nội vụ"), "{names:?}");
    // A name that is not .xlsx is refused with the error dialog, nothing written.
    let wrong = dir.path().join("danh-muc.csv");
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(
        &ctx,
        Action::PathChosen {
            purpose: PathPurpose::Risk(RiskPath::Checklist),
            path: wrong.clone(),
        },
    );
    assert!(harness.state().error().is_some());
    assert!(!wrong.exists());
}

#[test]
fn the_lost_chart_carries_a_range_only_when_the_projection_is_uncertain() {
    // The risky plan: the self-assessment bars carry the appraisal's range.
    let harness = evidence_app(1400.0, 900.0);
    harness.get_by_label_contains("khoảng 90 % khi thẩm định");
    // The embedded card with nothing projected: a known year, no range.
    let plain = crate::common::app(1400.0, 900.0);
    assert!(plain.query_by_label_contains("khoảng 90 %").is_none());
}

#[test]
fn the_tab_matches_its_reference_images() {
    let mut results = egui_kittest::SnapshotResults::new();
    for (width, height, name) in [
        (1400.0, 900.0, "evidence_tab_1400x900"),
        (1024.0, 700.0, "evidence_tab_1024x700"),
    ] {
        let mut harness = evidence_app(width, height);
        harness.run_ok();
        harness.snapshot(name);
        results.extend_harness(&mut harness);
    }
    // The settings unfolded, and the documents of 1.3.2 in their dialog.
    let mut harness = evidence_app(1400.0, 900.0);
    harness
        .get_by_label("Thiết lập độ tin cậy và khoảng điều tra xã hội học")
        .click();
    harness.run_ok();
    harness.snapshot("evidence_settings_1400x900");
    harness
        .get_all_by_label("Tài liệu…")
        .next()
        .unwrap()
        .click();
    harness.run_ok();
    harness.snapshot("evidence_documents_1400x900");
    results.extend_harness(&mut harness);
}
