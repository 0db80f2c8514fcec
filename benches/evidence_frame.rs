//! A confidence slider dragged on the evidence tab against a score slider dragged, each frame
//! one live edit then one whole app frame (UI pass, no GPU), on the seed's risky plan and on a
//! generated 10,000-item card with the whole plan applied: dragging a confidence must stay as
//! fluid as dragging a score. On the large card the distribution (Monte Carlo, ~125 ms) is
//! worked out on a background thread, so the frames measured are the window's own work.

use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use egui_kittest::Harness;
use parindex::app::{ParIndexApp, Settings};
use parindex::engine::{Edit, evidence_checklist};
use parindex::generate::{Spec, scorecard};
use parindex::io::scorecard_to_string;
use parindex::model::{Points, Ratio};
use parindex::ui::Action;
use parindex::ui::workspace::Tab;

fn app_on(file: &Path) -> Harness<'static, ParIndexApp> {
    let file = file.to_path_buf();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .build_eframe(move |cc| {
            ParIndexApp::with_settings(&cc.egui_ctx, Settings::default(), Some(&file))
                .unwrap_or_else(|err| panic!("{err}"))
        });
    harness.run_steps(2);
    harness
}

fn act(harness: &mut Harness<'static, ParIndexApp>, action: Action) {
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(&ctx, action);
}

/// The first item of the checklist (the most points at risk): its code, gain's maximum and base.
fn first_gain(harness: &Harness<'static, ParIndexApp>) -> Option<(String, Points, Points)> {
    let session = harness.state().session();
    let agencies = evidence_checklist(session.analysis(), session.projected(), session.changes());
    let item = agencies.first()?.items.first()?;
    let node = session.analysis().node(item.node);
    Some((item.code.clone(), node.base, node.max))
}

fn drags(c: &mut Criterion, name: &str, harness: &mut Harness<'static, ParIndexApp>) {
    let Some((code, base, max)) = first_gain(harness) else {
        return;
    };
    let mut group = c.benchmark_group("drag_frame");
    for tab in [Tab::Evidence, Tab::Scores] {
        act(harness, Action::ShowTab(tab));
        harness.run_steps(3);
        let tab_name = if tab == Tab::Evidence {
            "evidence_tab"
        } else {
            "scores_tab"
        };
        if tab == Tab::Evidence {
            let mut high = false;
            group.bench_function(format!("{name}/{tab_name}/confidence"), |b| {
                b.iter(|| {
                    high = !high;
                    let value = Ratio::from_units(if high { 7_000 } else { 3_000 });
                    act(
                        harness,
                        Action::Live {
                            edit: Edit::SetConfidence {
                                code: code.clone(),
                                value: Some(value),
                            },
                            key: format!("confidence {code}"),
                        },
                    );
                    harness.step();
                });
            });
            act(harness, Action::Seal);
        }
        let mut high = false;
        group.bench_function(format!("{name}/{tab_name}/score"), |b| {
            b.iter(|| {
                high = !high;
                let value = if high { max } else { base };
                act(
                    harness,
                    Action::Live {
                        edit: Edit::SetScore {
                            code: code.clone(),
                            value: Some(value),
                        },
                        key: format!("score {code}"),
                    },
                );
                harness.step();
            });
        });
        act(harness, Action::Seal);
        group.bench_function(format!("{name}/{tab_name}/idle"), |b| {
            b.iter(|| harness.step());
        });
    }
    group.finish();
}

fn frames(c: &mut Criterion) {
    let Ok(dir) = tempfile::tempdir() else {
        return;
    };
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/ke-hoach-180-rui-ro.ron");
    let mut harness = app_on(&seed);
    drags(c, "seed", &mut harness);
    let big = dir.path().join("big.ron");
    let card = scorecard(Spec {
        items: 10_000,
        depth: 4,
        seed: 1,
        year: 2019,
    });
    if std::fs::write(&big, scorecard_to_string(&card).unwrap_or_default()).is_err() {
        return;
    }
    let mut harness = app_on(&big);
    act(&mut harness, Action::Edit(Edit::ApplyPlan));
    harness.run_steps(3);
    drags(c, "10k", &mut harness);
}

criterion_group!(benches, frames);
criterion_main!(benches);
