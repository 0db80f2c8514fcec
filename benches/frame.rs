//! One egui frame of the whole app (layout and tessellation-free UI pass, no GPU), on the
//! Tiền Giang seed and on a generated 10,000-item scorecard with every row expanded and the
//! table scrolled to its middle: what the window costs per repaint while a person works.

use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use egui_kittest::Harness;
use parindex::app::{ParIndexApp, Settings};
use parindex::generate::{Spec, scorecard};
use parindex::io::{EMBEDDED_SCORECARD, scorecard_to_string};
use parindex::ui::Action;
use parindex::ui::workspace::Tab;

/// The app in a 1400×900 headless window on `file`, every row expanded, the middle row
/// selected and scrolled to.
fn app_on(file: &Path) -> Option<Harness<'static, ParIndexApp>> {
    let file = file.to_path_buf();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .build_eframe(move |cc| {
            ParIndexApp::with_settings(&cc.egui_ctx, Settings::default(), Some(&file))
                .unwrap_or_else(|err| panic!("{err}"))
        });
    harness.run_steps(2);
    let nodes = &harness.state().session().analysis().nodes;
    let middle = nodes.get(nodes.len() / 2)?.code.clone();
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(&ctx, Action::ExpandAll);
    harness.state_mut().apply(&ctx, Action::SelectCode(middle));
    harness.run_steps(3);
    Some(harness)
}

fn frame(c: &mut Criterion) {
    let Ok(dir) = tempfile::tempdir() else {
        return;
    };
    let seed = dir.path().join("seed.ron");
    let big = dir.path().join("big.ron");
    let big_card = scorecard(Spec {
        items: 10_000,
        depth: 4,
        seed: 1,
        year: 2019,
    });
    let written = std::fs::write(&seed, EMBEDDED_SCORECARD)
        .and_then(|()| std::fs::write(&big, scorecard_to_string(&big_card).unwrap_or_default()));
    if written.is_err() {
        return;
    }
    for (name, path) in [("seed", seed), ("10k", big)] {
        let Some(mut harness) = app_on(&path) else {
            continue;
        };
        assert_eq!(harness.state().error(), None, "{name} did not open");
        c.bench_function(&format!("app_frame_expanded_mid_scroll/{name}"), |b| {
            b.iter(|| harness.step());
        });
        // The other tabs list the plan's items (6,000 of them on the generated card); the goal
        // tab the answer's fixes (thousands on the generated card).
        for (tab_name, tab) in [
            ("agencies", Tab::Agencies),
            ("deadlines", Tab::Deadlines),
            ("goal", Tab::Goal),
        ] {
            let ctx = harness.ctx.clone();
            harness.state_mut().apply(&ctx, Action::ShowTab(tab));
            harness.run_steps(3);
            c.bench_function(&format!("app_frame_tab_{tab_name}/{name}"), |b| {
                b.iter(|| harness.step());
            });
        }
        // Compare: the whole plan applied, saved as a scenario and compared with the current
        // edits, so every planned item is a changed row.
        let ctx = harness.ctx.clone();
        let scenario = dir.path().join(format!("{name}-plan.ron"));
        let app = harness.state_mut();
        app.apply(&ctx, Action::Edit(parindex::engine::Edit::ApplyPlan));
        app.apply(&ctx, Action::SaveTo(scenario.clone()));
        app.apply(&ctx, Action::ToggleCompare(scenario));
        app.apply(&ctx, Action::ShowTab(Tab::Compare));
        harness.run_steps(3);
        assert_eq!(harness.state().workspace().compared.len(), 1);
        c.bench_function(&format!("app_frame_tab_compare/{name}"), |b| {
            b.iter(|| harness.step());
        });
    }
}

criterion_group!(benches, frame);
criterion_main!(benches);
