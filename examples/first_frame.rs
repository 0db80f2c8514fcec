//! How long the real app takes to show its first frame, against a bare eframe window with the
//! same options, measured from the start of `main` to the start of the second frame (the first
//! has then been painted and presented). Prints `first_frame_ms=…` and closes.
//!
//!     cargo run --release --example first_frame -- app [FILE]
//!     cargo run --release --example first_frame -- bare
//!
//! `scripts/first-frame.sh` runs both in turn under Xvfb and reports medians and the ratio.

use std::path::PathBuf;
use std::time::Instant;

use parindex::app::{Autosave, ParIndexApp, native_options};

/// Calls the wrapped app's frames and reports once the first has been shown.
struct Timed<A> {
    inner: A,
    start: Instant,
    reported: bool,
}

impl<A: FnMut(&mut egui::Ui)> eframe::App for Timed<A> {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        // Frames, not `ui` calls: egui may run a frame's UI twice (a discarded sizing pass).
        if !self.reported && ui.ctx().cumulative_frame_nr() >= 1 {
            self.reported = true;
            println!(
                "first_frame_ms={:.1}",
                self.start.elapsed().as_secs_f64() * 1000.0
            );
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
        let pass = Instant::now();
        (self.inner)(ui);
        eprintln!("ui_pass_ms={:.1}", pass.elapsed().as_secs_f64() * 1000.0);
        ui.ctx().request_repaint();
    }
}

fn main() -> eframe::Result {
    let start = Instant::now();
    let mut args = std::env::args().skip(1);
    let which = args.next().unwrap_or_default();
    let file = args.next().map(PathBuf::from);
    let options = native_options();
    match which.as_str() {
        "app" => {
            // As `app::run` does: a recovery keeper in the data directory.
            let autosave = parindex::io::recovery::data_dir().map(Autosave::new);
            eframe::run_native(
                "parindex",
                options,
                Box::new(move |cc| {
                    let built = Instant::now();
                    let mut app = ParIndexApp::new(cc, file.as_deref(), autosave)?;
                    eprintln!("app_new_ms={:.1}", built.elapsed().as_secs_f64() * 1000.0);
                    Ok(Box::new(Timed {
                        inner: move |ui: &mut egui::Ui| app.frame(ui),
                        start,
                        reported: false,
                    }))
                }),
            )
        }
        "bare" => eframe::run_native(
            "parindex",
            options,
            Box::new(move |_cc| {
                Ok(Box::new(Timed {
                    inner: |ui: &mut egui::Ui| {
                        egui::CentralPanel::default().show(ui, |ui| {
                            ui.label("Hello");
                        });
                    },
                    start,
                    reported: false,
                }))
            }),
        ),
        _ => {
            eprintln!("usage: first_frame app [FILE] | bare");
            std::process::exit(2);
        }
    }
}
