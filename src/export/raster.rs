//! SVG to PNG (resvg) and to PDF (svg2pdf), with text shaped from the embedded font only,
//! so an export looks the same on a machine without Vietnamese fonts.

use std::sync::{Arc, OnceLock};

use resvg::tiny_skia;
use resvg::usvg::{self, fontdb};

use crate::assets::{FONT_FAMILY, FONT_REGULAR, FONT_SEMIBOLD};

use super::ExportError;

/// The font database holding Be Vietnam Pro and nothing else; built once per process.
fn fonts() -> Arc<fontdb::Database> {
    static DB: OnceLock<Arc<fontdb::Database>> = OnceLock::new();
    DB.get_or_init(|| {
        let mut db = fontdb::Database::new();
        db.load_font_data(FONT_REGULAR.to_vec());
        db.load_font_data(FONT_SEMIBOLD.to_vec());
        db.set_sans_serif_family(FONT_FAMILY);
        Arc::new(db)
    })
    .clone()
}

/// Parses SVG text with the embedded font as the only font.
pub(crate) fn tree(svg: &str) -> Result<usvg::Tree, ExportError> {
    let options = usvg::Options {
        font_family: FONT_FAMILY.to_string(),
        fontdb: fonts(),
        ..usvg::Options::default()
    };
    usvg::Tree::from_str(svg, &options).map_err(|err| ExportError::Svg(err.to_string()))
}

/// Rasterises an SVG document at its own size (in pixels) to PNG bytes.
pub fn png_from_svg(svg: &str) -> Result<Vec<u8>, ExportError> {
    let tree = tree(svg)?;
    let size = tree.size().to_int_size();
    let (width, height) = (size.width(), size.height());
    if width == 0 || height == 0 || width > 10_000 || height > 10_000 {
        return Err(ExportError::Size { width, height });
    }
    let mut pixmap =
        tiny_skia::Pixmap::new(width, height).ok_or(ExportError::Size { width, height })?;
    pixmap.fill(tiny_skia::Color::WHITE);
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    pixmap
        .encode_png()
        .map_err(|err| ExportError::Png(err.to_string()))
}

/// Converts an SVG document to a one-page PDF with vector shapes and embedded, extractable text.
/// The SVG's user units are taken as PDF points (72 per inch).
pub fn pdf_from_svg(svg: &str) -> Result<Vec<u8>, ExportError> {
    let tree = tree(svg)?;
    svg2pdf::to_pdf(
        &tree,
        svg2pdf::ConversionOptions::default(),
        svg2pdf::PageOptions::default(),
    )
    .map_err(|err| ExportError::Pdf(err.to_string()))
}
