//! Any bytes through the importer, as a workbook and as CSV/TSV text: the zip-bomb guard,
//! calamine, the csv reader, header finding, row reading, plan placement, the tree. What
//! imports must save as RON that loads back to the same card, and survive analysis,
//! validation and the figures.
#![no_main]
#![allow(dead_code, unused_imports)]

use libfuzzer_sys::fuzz_target;

#[path = "../../src/assets.rs"]
mod assets;
#[path = "../../src/engine/mod.rs"]
mod engine;
#[path = "../../src/generate/mod.rs"]
mod generate;
#[path = "../../src/import/mod.rs"]
mod import;
#[path = "../../src/io/mod.rs"]
mod io;
#[path = "../../src/model/mod.rs"]
mod model;

use engine::{Analysis, Figures, Projected, Stakes, check};
use import::Options;
use io::{Origin, parse_scorecard, scorecard_to_string};

fuzz_target!(|data: &[u8]| {
    let options = Options::default();
    let results = [
        import::read_workbook(data, "f.xlsx", &options),
        import::read_bytes(data, "f.csv", &options),
    ];
    for result in results {
        let Ok(imported) = result else {
            continue;
        };
        for row in &imported.rows {
            let _ = (row.vi(), row.en());
        }
        let text = scorecard_to_string(&imported.card).expect("an imported card serialises");
        let back = parse_scorecard(&text, &Origin::Stdin).expect("an imported card loads back");
        assert_eq!(back, imported.card);
        let analysis = Analysis::new(&imported.card);
        let _ = check(&analysis);
        let projected = Projected::baseline(&analysis);
        let _ = Figures::of(&analysis, &projected);
        let _ = Stakes::of(&analysis, &projected);
    }
});
