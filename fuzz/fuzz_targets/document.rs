//! Any bytes through what opening a file in the app does: UTF-8 check, the document loader
//! (scorecard or scenario: base hash, the changes' codes checked against the base, located
//! errors found by the lexer), a session on the loaded changes with its findings and figures,
//! and the one-pass code locator `parindex check` uses.
#![no_main]
#![allow(dead_code, unused_imports)]

use libfuzzer_sys::fuzz_target;

#[path = "../../src/assets.rs"]
mod assets;
#[path = "../../src/engine/mod.rs"]
mod engine;
#[path = "../../src/generate/mod.rs"]
mod generate;
#[path = "../../src/io/mod.rs"]
mod io;
#[path = "../../src/model/mod.rs"]
mod model;

use engine::{Session, Stakes};
use io::{Origin, locate_codes, parse_document};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = locate_codes(text);
    let Ok(document) = parse_document(text, &Origin::Stdin) else {
        return;
    };
    let session = Session::with_changes(document.card().clone(), document.changes());
    let _ = session.findings().len();
    let _ = session.figures().total;
    let _ = Stakes::of(session.analysis(), session.projected());
});
