//! Chart exports of the seed: the golden SVG, bars proportional to the seed's figures, PNG size.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use parindex::engine::{Analysis, Projected};
use parindex::export::{self, Lang, Part, Scene};
use parindex::io;
use resvg::tiny_skia::Pixmap;

const GOLDEN: &str = "tests/data/lost-by-field.svg";

fn seed() -> Analysis {
    Analysis::new(&io::embedded_scorecard().unwrap())
}

fn lost_svg(analysis: &Analysis) -> String {
    let projected = Projected::baseline(analysis);
    let scene = Scene {
        analysis,
        projected: &projected,
        scenario: "giữ nguyên hiện trạng",
    };
    export::chart_svg(
        &export::lost_by_field(scene, Part::Whole, Lang::Vi),
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
    for series in 0..2 {
        let widths = bar_widths(&svg, series);
        assert_eq!(widths.len(), 8);
        let scale = widths[5] / 3.87;
        for (w, lost) in widths.iter().zip(seed_lost) {
            assert!((w - lost * scale).abs() < 0.11, "bar {w} for {lost}");
        }
    }
}

#[test]
fn labels_title_and_source_are_present_in_vietnamese() {
    let svg = lost_svg(&seed());
    for text in [
        "UBND tỉnh Tiền Giang",
        "năm 2019 và dự báo 2020",
        "LV6. Cải cách tài chính công",
        ">3,87<",
        ">1,29<",
        "Dự báo 2020",
        "Nguồn: QĐ 330/QĐ-BNV; dự báo: kịch bản giữ nguyên hiện trạng",
        "tổng điểm bị trừ 20,32",
    ] {
        assert!(svg.contains(text), "missing {text}");
    }
}

#[test]
fn english_labels_use_dot_decimals() {
    let analysis = seed();
    let projected = Projected::baseline(&analysis);
    let scene = Scene {
        analysis: &analysis,
        projected: &projected,
        scenario: "no change",
    };
    let svg = export::chart_svg(&export::attainment(scene, Lang::En), 800, 450);
    // LV8: 12.79 of 16 is 79.9 %.
    assert!(svg.contains(">79.9%<"), "{svg}");
    assert!(!svg.contains(">79,9%<"));
}

#[test]
fn png_has_the_requested_size_and_is_not_blank() {
    let analysis = seed();
    let projected = Projected::baseline(&analysis);
    let scene = Scene {
        analysis: &analysis,
        projected: &projected,
        scenario: "x",
    };
    let svg = export::chart_svg(&export::by_agency(scene, Lang::Vi), 1200, 700);
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
