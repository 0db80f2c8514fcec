//! Every panel alone, on the seed (with a scenario's projection) and on a generated card: one
//! reference image per panel, so a change to one panel moves one image, not the whole window.
//! `UPDATE_SNAPSHOTS=1 cargo test --test ui panels` after a deliberate visual change.

use egui_kittest::{Harness, SnapshotResults};
use parindex::engine::{Edit, Session};
use parindex::generate::{self, Spec};
use parindex::io;
use parindex::model::Date;
use parindex::ui::command::Help;
use parindex::ui::dialogs::{Dialogs, NewDraft, PathDraft, PathPurpose};
use parindex::ui::workspace::Workspace;
use parindex::ui::{Cx, Lang, Panels, theme};

/// The documents every panel is drawn on.
fn documents() -> Vec<(&'static str, Session)> {
    let mut seed = Session::new(io::embedded_scorecard().unwrap());
    seed.apply(Edit::ApplyPlan);
    let card = generate::scorecard(Spec {
        items: 120,
        depth: 3,
        seed: 5,
        year: 2030,
    });
    let changes = generate::random_changes(&card, 20, 7);
    vec![
        ("seed", seed),
        ("generated", Session::with_changes(card, changes)),
    ]
}

/// Draws one panel alone in a `width`×`height` window and compares it with its reference.
fn snapshot(
    results: &mut SnapshotResults,
    name: &str,
    session: &Session,
    size: (f32, f32),
    selected: Option<&str>,
    mut draw: impl FnMut(&mut egui::Ui, &mut Cx<'_>, &mut Panels),
) {
    let mut panels = Panels::for_nodes(
        session.analysis().nodes.len(),
        parindex::ui::charts::Part::default(),
    );
    panels.tree.expanded.fill(true);
    let workspace = Workspace::new(Date::new(2020, 10, 1).unwrap());
    let selected = selected.and_then(|code| session.analysis().find(code));
    let mut first = true;
    let mut harness = Harness::builder()
        .with_size(egui::vec2(size.0, size.1))
        .with_theme(egui::Theme::Light)
        .build_ui(move |ui| {
            if first {
                theme::install(ui.ctx());
                first = false;
            }
            let mut actions = Vec::new();
            let mut cx = Cx::new(session, Lang::Vi, selected, &workspace, &mut actions);
            egui::CentralPanel::default().show(ui, |ui| draw(ui, &mut cx, &mut panels));
        });
    harness.run_ok();
    harness.run_ok();
    harness.snapshot(name);
    results.extend_harness(&mut harness);
}

#[test]
fn every_panel_matches_its_reference_image_on_the_seed_and_a_generated_card() {
    let mut results = SnapshotResults::new();
    for (doc, session) in documents() {
        let first_item = session.analysis().nodes.get(2).map(|n| n.code.clone());
        let item = if doc == "seed" {
            Some("3.4")
        } else {
            first_item.as_deref()
        };
        let wide = (900.0, 420.0);
        snapshot(
            &mut results,
            &format!("panel_header_{doc}"),
            &session,
            (1100.0, 90.0),
            None,
            |ui, cx, p| {
                p.header.ui(ui, cx, "tệp.ron");
            },
        );
        snapshot(
            &mut results,
            &format!("panel_tree_{doc}"),
            &session,
            wide,
            item,
            |ui, cx, p| {
                p.tree.ui(ui, cx);
            },
        );
        snapshot(
            &mut results,
            &format!("panel_editor_{doc}"),
            &session,
            (900.0, 260.0),
            item,
            |ui, cx, p| {
                p.editor.ui(ui, cx);
            },
        );
        snapshot(
            &mut results,
            &format!("panel_structure_{doc}"),
            &session,
            (900.0, 420.0),
            item,
            |ui, cx, p| {
                p.structure.ui(ui, cx);
            },
        );
        snapshot(
            &mut results,
            &format!("panel_charts_{doc}"),
            &session,
            (380.0, 560.0),
            None,
            |ui, cx, p| {
                p.charts.ui(ui, cx);
            },
        );
        snapshot(
            &mut results,
            &format!("panel_findings_{doc}"),
            &session,
            (380.0, 420.0),
            None,
            |ui, cx, p| {
                p.findings.ui(ui, cx);
            },
        );
        snapshot(
            &mut results,
            &format!("panel_agencies_{doc}"),
            &session,
            (900.0, 560.0),
            None,
            |ui, cx, p| {
                p.toolbar.ui(ui, cx);
                p.agencies.ui(ui, cx);
            },
        );
        snapshot(
            &mut results,
            &format!("panel_deadlines_{doc}"),
            &session,
            (900.0, 560.0),
            None,
            |ui, cx, p| {
                p.deadlines.ui(ui, cx);
            },
        );
        snapshot(
            &mut results,
            &format!("panel_compare_{doc}"),
            &session,
            (900.0, 560.0),
            None,
            |ui, cx, p| {
                p.compare.ui(ui, cx);
            },
        );
        snapshot(
            &mut results,
            &format!("panel_history_{doc}"),
            &session,
            (600.0, 200.0),
            None,
            |ui, cx, p| {
                p.history.ui(ui, cx);
            },
        );
        snapshot(
            &mut results,
            &format!("panel_bar_{doc}"),
            &session,
            (900.0, 40.0),
            None,
            |ui, cx, p| {
                p.bar.ui(
                    ui,
                    cx,
                    &parindex::ui::scenarios::Named::Scorecard("tệp.ron"),
                );
            },
        );
    }
}

#[test]
fn every_dialog_matches_its_reference_image() {
    let mut results = SnapshotResults::new();
    let session = Session::new(io::embedded_scorecard().unwrap());
    let pages = [
        ("dialog_guide", Help::Guide),
        ("dialog_shortcuts", Help::Shortcuts),
        ("dialog_about", Help::About),
    ];
    for (name, page) in pages {
        snapshot(
            &mut results,
            name,
            &session,
            (800.0, 620.0),
            None,
            |ui, _, p| {
                p.dialogs.help = Some(page);
                let mut actions = Vec::new();
                p.dialogs.ui(ui.ctx(), Lang::Vi, &mut actions);
            },
        );
    }
    snapshot(
        &mut results,
        "dialog_new_card",
        &session,
        (700.0, 360.0),
        None,
        |ui, _, p| {
            p.dialogs = Dialogs {
                new_card: Some(NewDraft {
                    kind: parindex::ui::dialogs::NewKind::EmptyProvince,
                    unit: "UBND tỉnh Bến Tre".into(),
                    year: "2030".into(),
                }),
                ..Dialogs::default()
            };
            let mut actions = Vec::new();
            p.dialogs.ui(ui.ctx(), Lang::Vi, &mut actions);
        },
    );
    snapshot(
        &mut results,
        "dialog_path",
        &session,
        (700.0, 300.0),
        None,
        |ui, _, p| {
            p.dialogs.path = Some(PathDraft {
                purpose: PathPurpose::ExportReport,
                text: "/home/canbo/Tài liệu/bao-cao.pdf".into(),
                reason: Some(Lang::Vi.s().dialog_failed.to_string()),
            });
            let mut actions = Vec::new();
            p.dialogs.ui(ui.ctx(), Lang::Vi, &mut actions);
        },
    );
}
