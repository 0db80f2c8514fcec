//! The one-page PDF report of the seed: valid, A4, with real Vietnamese text.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use parindex::engine::Session;
use parindex::export::{self, Lang, Scene};
use parindex::io;

#[test]
fn report_pdf_is_one_a4_page_whose_text_extracts() {
    let session = Session::new(io::embedded_scorecard().unwrap());
    let pdf = export::report_pdf(Scene::new(&session, None), Lang::Vi).unwrap();
    let doc = lopdf::Document::load_mem(&pdf).unwrap();
    let pages = doc.get_pages();
    assert_eq!(pages.len(), 1);
    // lopdf ends a line after every positioned glyph run; the words are whole without them.
    let text = doc.extract_text(&[1]).unwrap().replace('\n', "");
    for needle in [
        "Tiền Giang",
        "79,68",
        "20,32",
        "Sở Tài chính",
        "Quý IV năm 2020",
    ] {
        assert!(text.contains(needle), "missing {needle} in {text}");
    }
    let page = doc.get_object(pages[&1]).unwrap().as_dict().unwrap();
    let media = page.get(b"MediaBox").unwrap().as_array().unwrap();
    let size: Vec<f32> = media.iter().map(|v| v.as_float().unwrap()).collect();
    assert!(
        (size[2] - 595.0).abs() < 1.0 && (size[3] - 842.0).abs() < 1.0,
        "{size:?}"
    );
}
