//! Shared set-up of the UI tests: the app in a headless kittest harness.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::time::Duration;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use parindex::app::{Autosave, ParIndexApp, Settings};
use parindex::model::Points;
use parindex::ui::i18n::VI;

/// The app on the embedded scorecard in a window of `width`×`height`, after it settled.
pub fn app(width: f32, height: f32) -> Harness<'static, ParIndexApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(width, height))
        .with_theme(egui::Theme::Light)
        .build_eframe(|cc| {
            ParIndexApp::with_settings(&cc.egui_ctx, Settings::default(), None).unwrap()
        });
    harness.run_ok();
    harness
}

/// The app on the embedded scorecard keeping its recovery file in `dir`, written every
/// `interval` while there are unsaved changes.
pub fn app_with_autosave(dir: &Path, interval: Duration) -> Harness<'static, ParIndexApp> {
    let dir = dir.to_path_buf();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_theme(egui::Theme::Light)
        .build_eframe(move |cc| {
            let mut autosave = Autosave::new(dir.clone());
            autosave.interval = interval;
            ParIndexApp::with_autosave(&cc.egui_ctx, Settings::default(), None, Some(autosave))
                .unwrap()
        });
    harness.run_ok();
    harness
}

#[derive(Debug)]
struct Dropped(std::path::PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

/// A file dropped on the window, and the frames that follow.
pub fn drop_file(harness: &mut Harness<'_, ParIndexApp>, path: &Path) {
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(path.to_path_buf())));
    harness.run_ok();
}

/// A writable copy of a shipped scenario (`saves/NAME`) in `dir`, so saving over it harms
/// nothing.
pub fn copy_of(name: &str, dir: &Path) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("saves")
            .join(name),
        &path,
    )
    .unwrap();
    path
}

/// The window manager's close button (the next frame sees the close request).
pub fn request_close(harness: &mut Harness<'_, ParIndexApp>) {
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
}

pub fn pts(text: &str) -> Points {
    Points::parse(text).unwrap()
}

/// Narrows the table to `code` with the filter box and clicks its row.
pub fn select(harness: &mut Harness<'_, ParIndexApp>, code: &str) {
    harness
        .get_by_role(egui::accesskit::Role::TextInput)
        .focus();
    harness.run_ok();
    harness
        .get_by_role(egui::accesskit::Role::TextInput)
        .type_text(code);
    harness.run_ok();
    assert_eq!(harness.state().panels().tree.filter, code);
    harness
        .get_by_role_and_label(egui::accesskit::Role::Label, code)
        .click();
    harness.run_ok();
}

/// Types `text` into the editor's score entry (replacing what is there) and presses Enter.
pub fn enter_score(harness: &mut Harness<'_, ParIndexApp>, text: &str) {
    let entry = harness.get_by_role_and_label(egui::accesskit::Role::TextInput, VI.projected_score);
    entry.focus();
    harness.run_ok();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, VI.projected_score)
        .type_text(text);
    harness.run_ok();
    harness.key_press(egui::Key::Enter);
    harness.run_ok();
}
