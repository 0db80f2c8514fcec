//! The desktop app driven headless through `egui_kittest`, and the kill -9 tests that run it in
//! a child process. One test binary for all of them (see `tests/core/main.rs` for why).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

mod accessibility;
mod agency;
mod app;
mod authoring;
mod charts;
mod columns;
mod consistency;
mod crash_recovery;
mod evidence;
mod export;
mod files;
mod goal;
mod import;
mod keyboard;
mod narrow;
mod panels;
mod plan_snapshot;
mod recovery;
mod scale;
mod scenarios;
mod snapshot;
