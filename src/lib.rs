//! parindex: Chỉ số cải cách hành chính (PAR Index) scorecards.
//!
//! The core — [`model`], [`engine`], [`io`] — has no UI in it: a scorecard is read by `io`,
//! held as plain `model` data, and every figure is computed by `engine`.

pub mod agency;
pub mod app;
pub mod assets;
pub mod cli;
pub mod engine;
pub mod export;
pub mod generate;
pub mod import;
pub mod io;
pub mod model;
pub mod ui;
