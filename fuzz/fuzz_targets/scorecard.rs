//! Any bytes through everything a file reaches: UTF-8 check, the RON loader, the analysis,
//! the validator, and a projection that raises every item to full marks and clears the surveys.
#![no_main]
#![allow(dead_code, unused_imports)]

use libfuzzer_sys::fuzz_target;

// The same source files as the parindex crate, mounted at the crate root so their
// `crate::model` paths resolve.
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

use engine::{Analysis, Figures, Projected, Stakes, check};
use io::{Origin, parse_scorecard};
use model::Projection;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(card) = parse_scorecard(text, &Origin::Stdin) else {
        return;
    };
    let analysis = Analysis::new(&card);
    let _ = check(&analysis);
    let mut projection = Projection::default();
    for node in &analysis.nodes {
        if !node.is_field() {
            projection.scores.insert(node.code.clone(), node.max);
        }
    }
    for field in &card.fields {
        projection.surveys.insert(field.code.clone(), field.survey.max);
    }
    let projected = Projected::compute(&analysis, &projection);
    let _ = Figures::of(&analysis, &projected);
    let _ = Stakes::of(&analysis, &projected);
});
