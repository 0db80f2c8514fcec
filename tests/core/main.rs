//! The core without a window: golden figures from the seed, file formats, the CLI, scenarios,
//! exports and bad input. One test binary, not one per file: each binary links the whole app,
//! and thirty of them filled a CI machine's disk.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod agency_cli;
mod agency_fill;
mod agency_loop;
mod agency_report;
mod agency_rule;
mod any_card;
mod authoring;
mod bad_files;
mod cli;
mod consistency;
mod deadline;
mod export_chart;
mod export_cli;
mod export_report;
mod export_table;
mod fuzz_regressions;
mod generate;
mod goal_apply;
mod goal_brute;
mod goal_cli;
mod goal_generated;
mod goal_ranks;
mod goal_seek;
mod golden;
mod hostile_strings;
mod import;
mod import_bad;
mod import_cli;
mod import_roundtrip;
mod load_errors;
mod recovery;
mod report_risk;
mod risk;
mod risk_cli;
mod risk_files;
mod risk_parts;
mod roundtrip;
mod scenario_cli;
mod scenario_compare;
mod scenario_files;
mod scenario_plan;
mod session;
