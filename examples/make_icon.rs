//! Writes `assets/icon/parindex.png` from `assets/icon/parindex.svg` with the same renderer the
//! chart exports use: `cargo run --example make_icon`.

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let svg = std::fs::read_to_string("assets/icon/parindex.svg")?;
    let png = parindex::export::png_from_svg(&svg)?;
    parindex::io::write_atomic(std::path::Path::new("assets/icon/parindex.png"), &png)?;
    Ok(())
}
