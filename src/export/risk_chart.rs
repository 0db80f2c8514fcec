//! The distribution of the projected index as a small print-style chart: the histogram's bars
//! (those inside the 90 % interval darker), the expected index, the point projection and the
//! target marked. An SVG body the one-page report can place in a `<g transform=…>`, and a
//! standalone SVG document for `parindex risk --chart`.

use std::fmt::Write;

use crate::engine::Risk;
use crate::model::Points;

use super::build::pts;
use super::chart::Lang;
use super::palette::{GRID, INK, MUTED, SERIES};
use super::svg::{document_start, esc};

/// Bars inside the 90 % interval: the first series colour.
const INSIDE: &str = SERIES[0];
/// Bars outside it: the same navy, light.
const OUTSIDE: &str = "#a9b6cf";
/// The target's line: the brick series colour.
const TARGET: &str = SERIES[3];

/// Two decimals, as indices are published.
fn num(lang: Lang, p: Points) -> String {
    pts(lang, p.rounded(2))
}

/// The chart as a standalone SVG document of `width` × `height` pixels.
pub fn risk_svg(risk: &Risk, width: u32, height: u32, lang: Lang) -> String {
    let mut out = document_start(width, height);
    out.push_str(&risk_svg_body(
        risk,
        f64::from(width),
        f64::from(height),
        lang,
    ));
    out.push_str("</svg>\n");
    out
}

/// The chart's elements in a `width` × `height` box from (0, 0), no `<svg>` around them.
pub fn risk_svg_body(risk: &Risk, width: f64, height: f64, lang: Lang) -> String {
    let mut out = String::new();
    let (Some(first), Some(last)) = (risk.histogram.first(), risk.histogram.last()) else {
        return out;
    };
    let font = (height / 22.0).clamp(7.0, 16.0);
    let (left, right, top, bottom) = (font * 3.2, font * 1.2, font * 3.8, font * 4.4);
    let (plot_w, plot_h) = (width - left - right, height - top - bottom);
    // The axis takes in the point projection and the target too: "92,56" far to the right of
    // the bars is the chart's point.
    let marks = [Some(risk.point), risk.target];
    let lo = marks
        .iter()
        .flatten()
        .map(|p| p.to_f64())
        .fold(first.from.to_f64(), f64::min);
    let hi = marks
        .iter()
        .flatten()
        .map(|p| p.to_f64() + 0.01)
        .fold(last.to.to_f64(), f64::max);
    let span = (hi - lo).max(1e-4);
    let x_of = |v: f64| left + (v - lo) / span * plot_w;
    let tallest = risk
        .histogram
        .iter()
        .map(|b| b.probability)
        .fold(0.0_f64, f64::max)
        .max(1e-9);
    let y_of = |p: f64| top + plot_h - p / tallest * plot_h;

    // Percent gridlines, at most four.
    let step = [0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.5, 1.0]
        .into_iter()
        .find(|s| tallest / s <= 4.0)
        .unwrap_or(1.0);
    let mut tick = 0.0;
    while tick <= tallest + 1e-12 {
        let y = y_of(tick);
        let _ = write!(
            out,
            r#"<line x1="{left:.1}" y1="{y:.1}" x2="{:.1}" y2="{y:.1}" stroke="{GRID}" stroke-width="0.6"/><text x="{:.1}" y="{:.1}" font-size="{:.1}" fill="{MUTED}" text-anchor="end">{}%</text>"#,
            left + plot_w,
            left - font * 0.3,
            y + font * 0.35,
            font * 0.85,
            (tick * 100.0).round()
        );
        tick += step;
    }
    let (low, high) = risk.interval_90;
    for bar in &risk.histogram {
        let (x0, x1) = (x_of(bar.from.to_f64()), x_of(bar.to.to_f64()));
        let y = y_of(bar.probability);
        let inside = bar.to > low && bar.from <= high;
        let _ = write!(
            out,
            r#"<rect x="{:.1}" y="{y:.1}" width="{:.1}" height="{:.1}" fill="{}"/>"#,
            x0 + 0.5,
            (x1 - x0 - 1.0).max(0.5),
            top + plot_h - y,
            if inside { INSIDE } else { OUTSIDE }
        );
    }
    // Axis labels on the bars' edges, thinned to about eight.
    let every = risk.histogram.len().div_ceil(8).max(1);
    for (k, bar) in risk.histogram.iter().enumerate() {
        if k % every == 0 {
            let x = x_of(bar.from.to_f64());
            let _ = write!(
                out,
                r#"<text x="{x:.1}" y="{:.1}" font-size="{:.1}" fill="{MUTED}" text-anchor="middle">{}</text>"#,
                top + plot_h + font * 1.2,
                font * 0.85,
                esc(&num(lang, bar.from))
            );
        }
    }
    let mut marker = |value: Points, colour: &str, dash: &str, label: String, row: f64| {
        let x = x_of(value.to_f64()).clamp(left, left + plot_w);
        // Labels near an edge hang inwards so they are not cut.
        let anchor = if x > left + 0.85 * plot_w {
            "end"
        } else if x < left + 0.15 * plot_w {
            "start"
        } else {
            "middle"
        };
        let _ = write!(
            out,
            r#"<line x1="{x:.1}" y1="{top:.1}" x2="{x:.1}" y2="{:.1}" stroke="{colour}" stroke-width="1.2" stroke-dasharray="{dash}"/><text x="{x:.1}" y="{:.1}" font-size="{:.1}" fill="{colour}" text-anchor="{anchor}">{}</text>"#,
            top + plot_h,
            top - font * (0.4 + 1.1 * row),
            font * 0.85,
            esc(&label)
        );
    };
    let vi = lang == Lang::Vi;
    marker(
        risk.expected,
        INK,
        "4 2",
        format!(
            "{} {}",
            if vi { "kỳ vọng" } else { "expected" },
            num(lang, risk.expected)
        ),
        0.0,
    );
    marker(
        risk.point,
        MUTED,
        "1 2",
        format!(
            "{} {}",
            if vi { "dự kiến" } else { "projected" },
            num(lang, risk.point)
        ),
        1.0,
    );
    if let Some(target) = risk.target {
        marker(
            target,
            TARGET,
            "6 3",
            format!(
                "{} {}",
                if vi { "chỉ tiêu" } else { "target" },
                num(lang, target)
            ),
            1.0,
        );
    }
    let mut caption = match lang {
        Lang::Vi => format!(
            "Khoảng 90% (cột đậm): {}–{}",
            num(lang, low),
            num(lang, high)
        ),
        Lang::En => format!(
            "90% interval (dark bars): {}–{}",
            num(lang, low),
            num(lang, high)
        ),
    };
    if let (Some(target), Some(p)) = (risk.target, risk.p_at_least) {
        let percent = format!("{}%", lang.number(p * 100.0, 1));
        caption.push_str(&match lang {
            Lang::Vi => format!(
                "; xác suất đạt từ {} điểm trở lên: {percent}",
                num(lang, target)
            ),
            Lang::En => format!("; probability of {} or more: {percent}", num(lang, target)),
        });
    }
    let _ = write!(
        out,
        r#"<text x="{left:.1}" y="{:.1}" font-size="{font:.1}" fill="{INK}">{}</text>"#,
        height - font * 1.2,
        esc(&caption)
    );
    out
}
