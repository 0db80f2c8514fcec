//! Chart exports of the seed: the golden SVG, bars proportional to the seed's figures, PNG size.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use parindex::engine::Session;
use parindex::export::{self, Lang, Part, Scene};
use parindex::io;
use resvg::tiny_skia::Pixmap;

const GOLDEN: &str = "tests/data/lost-by-field.svg";

fn seed() -> Session {
    Session::new(io::embedded_scorecard().unwrap())
}

/// A shipped scenario opened as the app and the commands open it, with its name.
fn save(name: &str) -> (Session, String) {
    match io::load_document(&std::path::Path::new("saves").join(name)).unwrap() {
        io::Document::Scenario(s) => (Session::with_changes(s.base, s.changes), s.name),
        io::Document::Scorecard(_) => panic!("{name} is a scenario"),
    }
}

fn lost_svg(session: &Session) -> String {
    export::chart_svg(
        &export::lost_by_field(Scene::new(session, None), Part::Whole, Lang::Vi),
        1600,
        900,
    )
}

/// The `width` attribute of every bar of series `series`, in category order.
fn bar_widths(svg: &str, series: usize) -> Vec<f64> {
    let marker = format!(r#"class="bar" data-series="{series}""#);
    svg.split("<rect ")
        .filter(|r| r.starts_with(&marker))
        .map(|r| {
            let w = r.split(r#"width=""#).nth(1).unwrap();
            w[..w.find('"').unwrap()].parse().unwrap()
        })
        .collect()
}

#[test]
fn seed_lost_by_field_svg_matches_the_committed_golden() {
    let svg = lost_svg(&seed());
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(GOLDEN, &svg).unwrap();
    }
    let golden = std::fs::read_to_string(GOLDEN).unwrap();
    assert_eq!(
        svg, golden,
        "regenerate with UPDATE_GOLDEN=1 after a deliberate change"
    );
    assert_eq!(
        svg,
        lost_svg(&seed()),
        "the same input gives the same bytes"
    );
}

#[test]
fn bar_lengths_are_proportional_to_the_seed_points_lost() {
    // Whole-field points lost in 2019, from the summary table of Kế hoạch 180/KH-UBND.
    let seed_lost = [2.5, 1.29, 1.58, 3.43, 2.65, 3.87, 1.79, 3.21];
    let svg = lost_svg(&seed());
    let widths = bar_widths(&svg, 0);
    assert_eq!(widths.len(), 8);
    let scale = widths[5] / 3.87;
    for (w, lost) in widths.iter().zip(seed_lost) {
        assert!((w - lost * scale).abs() < 0.11, "bar {w} for {lost}");
    }
    // Nothing projected: one series, not two identical ones.
    assert!(bar_widths(&svg, 1).is_empty());
}

#[test]
fn a_scenario_draws_its_projection_beside_the_assessed_year() {
    // Every planned item at full marks: whole-field lost 2019 → 2020 per field. LV1 loses only
    // its unitemised nothing (8,5 − 6 = 2,5, all planned → 0); LV3 keeps the 0,0059 rounding of
    // its published 12,42; LV4 keeps its unitemised 0,2804 and survey 1,1496.
    let (session, name) = save("ke-hoach-180-dat-toan-bo.ron");
    let svg = export::chart_svg(
        &export::lost_by_field(Scene::new(&session, Some(&name)), Part::Whole, Lang::Vi),
        1600,
        900,
    );
    assert_eq!(bar_widths(&svg, 0).len(), 8);
    assert_eq!(bar_widths(&svg, 1).len(), 8);
    for text in [
        ">2,5<",
        ">0,0059<",
        ">1,43<",
        "Dự kiến 2020",
        "tổng điểm bị trừ 20,32 (năm 2019), 7,4369 (dự kiến 2020)",
        "kịch bản: Kế hoạch 180: đạt toàn bộ",
        "0,0059 còn thiếu là do làm tròn",
    ] {
        assert!(svg.contains(text), "missing {text}");
    }
}

#[test]
fn labels_title_and_source_are_present_in_vietnamese() {
    let svg = lost_svg(&seed());
    for text in [
        "UBND tỉnh Tiền Giang",
        "điểm bị trừ theo lĩnh vực, năm 2019",
        "LV6. Cải cách tài chính công",
        ">3,87<",
        ">1,29<",
        "chưa có dự kiến",
        "Nguồn: Kế hoạch 180/KH-UBND ngày 10/7/2020; QĐ 330/QĐ-BNV ngày 13/5/2020",
        "tổng điểm bị trừ 20,32 (năm 2019)",
    ] {
        assert!(svg.contains(text), "missing {text}");
    }
    assert!(
        !svg.contains("Dự kiến 2020"),
        "no projection series on a bare card"
    );
}

#[test]
fn english_labels_use_dot_decimals() {
    let session = seed();
    let svg = export::chart_svg(
        &export::attainment(Scene::new(&session, None), Lang::En),
        800,
        450,
    );
    // LV8: 12.79 of 16 is 79.9 %.
    assert!(svg.contains(">79.9%<"), "{svg}");
    assert!(!svg.contains(">79,9%<"));
}

#[test]
fn png_has_the_requested_size_and_is_not_blank() {
    let session = seed();
    let svg = export::chart_svg(
        &export::by_agency(Scene::new(&session, None), Lang::Vi),
        1200,
        700,
    );
    let png = export::png_from_svg(&svg).unwrap();
    let pixmap = Pixmap::decode_png(&png).unwrap();
    assert_eq!((pixmap.width(), pixmap.height()), (1200, 700));
    let pixels = pixmap.pixels();
    let white = pixels
        .iter()
        .filter(|p| p.red() == 255 && p.green() == 255 && p.blue() == 255)
        .count();
    assert_eq!(pixels[0].red(), 255, "the background is white");
    assert!(white < pixels.len() * 97 / 100, "bars and text are drawn");
    // Navy bars (#1f3b73) are there.
    assert!(
        pixels
            .iter()
            .any(|p| (p.red(), p.green(), p.blue()) == (0x1f, 0x3b, 0x73))
    );
}
