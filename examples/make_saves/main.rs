//! Writes the shipped scenarios into `saves/`: `cargo run --example make_saves`.

mod scenarios;

use std::path::Path;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("saves");
    std::fs::create_dir_all(&dir)?;
    for (file, scenario) in scenarios::build()? {
        let path = dir.join(file);
        parindex::io::save_scenario(&scenario, &path)?;
        println!("{}", path.display());
    }
    Ok(())
}
