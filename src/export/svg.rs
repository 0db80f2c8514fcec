//! A chart description drawn as hand-written SVG in print style: white page, dark text,
//! muted bar colours that survive a black-and-white photocopy as distinct greys.

use std::fmt::Write;

use crate::assets::FONT_FAMILY;

use super::chart::Chart;

pub(crate) use super::palette::{GRID, INK, MUTED, SERIES as COLOURS};

/// The chart as a standalone SVG document of `width` × `height` pixels. The same chart always
/// gives the same bytes: coordinates are rounded to 0.1 and nothing depends on the clock.
pub fn chart_svg(chart: &Chart, width: u32, height: u32) -> String {
    let (w, h) = (f64::from(width), f64::from(height));
    let mut out = document_start(width, height);
    out.push_str(&chart_body(chart, w, h));
    out.push_str("</svg>\n");
    out
}

/// An SVG document's opening, `width` × `height` in its own units, on a white page in the
/// embedded font; the caller closes it with `</svg>`.
pub(crate) fn document_start(
    width: impl std::fmt::Display,
    height: impl std::fmt::Display,
) -> String {
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="{FONT_FAMILY}"><rect x="0" y="0" width="{width}" height="{height}" fill="#ffffff"/>"##
    )
}

/// Escapes text for SVG character data and attributes.
pub(crate) fn esc(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A round step for the value axis: 1, 2 or 5 times a power of ten, about five ticks.
pub(crate) fn tick_step(max: f64) -> f64 {
    let raw = max / 5.0;
    let power = 10f64.powf(raw.log10().floor());
    let unit = raw / power;
    let nice = if unit <= 1.0 {
        1.0
    } else if unit <= 2.0 {
        2.0
    } else if unit <= 5.0 {
        5.0
    } else {
        10.0
    };
    nice * power
}

/// Splits `text` into at most two lines of about `chars` characters, ending the second with "…"
/// when the name is longer still.
fn wrap(text: &str, chars: usize) -> Vec<String> {
    let mut lines: Vec<String> = vec![String::new()];
    for word in text.split_whitespace() {
        let current = lines.len() - 1;
        let len = lines[current].chars().count();
        if len > 0 && len + 1 + word.chars().count() > chars {
            if lines.len() == 2 {
                lines[1].push('…');
                return lines;
            }
            lines.push(word.to_string());
        } else {
            if len > 0 {
                lines[current].push(' ');
            }
            lines[current].push_str(word);
        }
    }
    lines
}

/// The chart's elements inside a `w` × `h` box at the origin (the report places it on a page).
// Geometry reads best in the short names of a drawing: w, h, x, y and s (the base font size).
#[allow(clippy::many_single_char_names)]
pub(crate) fn chart_body(chart: &Chart, w: f64, h: f64) -> String {
    let s = (h / 50.0).min(w / 70.0); // base font size: 18 px at 1600 × 900
    let mut out = String::new();
    let pad = 2.0 * s;
    let _ = write!(
        out,
        r#"<text x="{pad:.1}" y="{:.1}" font-size="{:.1}" font-weight="600" fill="{INK}">{}</text>"#,
        pad + 1.3 * s,
        1.35 * s,
        esc(&chart.title)
    );
    if let Some(text) = &chart.no_data {
        let _ = write!(
            out,
            r#"<text x="{:.1}" y="{:.1}" font-size="{:.1}" fill="{MUTED}" text-anchor="middle">{}</text>"#,
            w / 2.0,
            h / 2.0,
            1.6 * s,
            esc(text)
        );
        let _ = write!(
            out,
            r#"<text x="{pad:.1}" y="{:.1}" font-size="{:.1}" fill="{MUTED}">{}</text>"#,
            h - pad * 0.6,
            0.8 * s,
            esc(&chart.source)
        );
        return out;
    }
    let _ = write!(
        out,
        r#"<text x="{pad:.1}" y="{:.1}" font-size="{:.1}" fill="{MUTED}">{}</text>"#,
        pad + 2.9 * s,
        s,
        esc(&chart.subtitle)
    );
    // Legend: one swatch per series, on a line under the subtitle.
    let mut x = pad;
    let legend_y = pad + 4.6 * s;
    for (i, series) in chart.series.iter().enumerate() {
        let colour = COLOURS[i % COLOURS.len()];
        let _ = write!(
            out,
            r#"<rect x="{x:.1}" y="{:.1}" width="{:.1}" height="{:.1}" fill="{colour}"/><text x="{:.1}" y="{legend_y:.1}" font-size="{s:.1}" fill="{INK}">{}</text>"#,
            legend_y - 0.8 * s,
            0.9 * s,
            0.9 * s,
            x + 1.3 * s,
            esc(&series.label)
        );
        x += 1.3 * s + 0.58 * s * series.label.chars().count() as f64 + 2.0 * s;
    }

    // Notes go between the axis label and the source line, wrapped to the chart's width.
    let note_size = 0.8 * s;
    let note_chars = ((w - 2.0 * pad) / (0.52 * note_size)).max(20.0) as usize;
    let note_lines: Vec<String> = chart
        .notes
        .iter()
        .flat_map(|n| wrap_all(&format!("* {n}"), note_chars))
        .collect();
    let notes_height = note_lines.len() as f64 * 1.25 * note_size;

    let left = w * 0.34;
    let right = w - pad - 4.0 * s; // room for the last bar's value label
    let top = legend_y + 1.5 * s;
    let bottom = h - pad - 3.6 * s - notes_height;
    let max = chart.max_value();
    let step = tick_step(max);
    let axis_max = (max / step).ceil() * step;
    let scale = (right - left) / axis_max;

    // Grid and tick labels.
    let ticks = (axis_max / step).round() as usize;
    for t in 0..=ticks {
        let value = step * t as f64;
        let gx = left + value * scale;
        let _ = write!(
            out,
            r#"<line x1="{gx:.1}" y1="{top:.1}" x2="{gx:.1}" y2="{bottom:.1}" stroke="{GRID}" stroke-width="1"/><text x="{gx:.1}" y="{:.1}" font-size="{:.1}" fill="{MUTED}" text-anchor="middle">{}</text>"#,
            bottom + 1.3 * s,
            0.85 * s,
            chart.lang.number(value, decimals(step))
        );
    }
    let _ = write!(
        out,
        r#"<text x="{:.1}" y="{:.1}" font-size="{:.1}" fill="{INK}" text-anchor="middle">{}</text>"#,
        f64::midpoint(left, right),
        bottom + 2.7 * s,
        0.95 * s,
        esc(&chart.axis_label)
    );

    // Bars: one band per category, series stacked inside it top to bottom.
    let n = chart.categories.len().max(1) as f64;
    let band = (bottom - top) / n;
    let k = chart.series.len().max(1) as f64;
    let bar = (band * 0.72 / k).min(2.2 * s);
    let label_chars = ((left - pad - 0.8 * s) / (0.5 * s)).max(8.0) as usize;
    for (c, category) in chart.categories.iter().enumerate() {
        let y0 = top + band * c as f64;
        let group = bar * k;
        let gy = y0 + (band - group) / 2.0;
        let name = if category.short.is_empty() {
            category.name.clone()
        } else {
            format!("{}. {}", category.short, category.name)
        };
        let lines = wrap(&name, label_chars);
        let fs = 0.85 * s;
        let first = y0 + band / 2.0 - (lines.len() as f64 - 1.0) * 0.6 * fs + 0.35 * fs;
        for (l, line) in lines.iter().enumerate() {
            let _ = write!(
                out,
                r#"<text x="{:.1}" y="{:.1}" font-size="{fs:.1}" fill="{INK}" text-anchor="end">{}</text>"#,
                left - 0.6 * s,
                first + 1.2 * fs * l as f64,
                esc(line)
            );
        }
        for (i, series) in chart.series.iter().enumerate() {
            let value = series.values.get(c).copied().unwrap_or(0.0).max(0.0);
            let by = gy + bar * i as f64;
            let bw = value * scale;
            let colour = COLOURS[i % COLOURS.len()];
            let _ = write!(
                out,
                r#"<rect class="bar" data-series="{i}" data-category="{c}" x="{left:.1}" y="{by:.1}" width="{bw:.1}" height="{:.1}" fill="{colour}"/>"#,
                bar * 0.9
            );
            if let Some(label) = series.labels.get(c) {
                let _ = write!(
                    out,
                    r#"<text x="{:.1}" y="{:.1}" font-size="{:.1}" fill="{INK}">{}</text>"#,
                    left + bw + 0.4 * s,
                    by + bar * 0.45 + 0.3 * s,
                    (bar * 0.7).min(0.85 * s),
                    esc(label)
                );
            }
        }
    }
    let _ = write!(
        out,
        r#"<line x1="{left:.1}" y1="{top:.1}" x2="{left:.1}" y2="{bottom:.1}" stroke="{INK}" stroke-width="1.2"/>"#
    );
    for (l, line) in note_lines.iter().enumerate() {
        let _ = write!(
            out,
            r#"<text x="{pad:.1}" y="{:.1}" font-size="{note_size:.1}" fill="{MUTED}">{}</text>"#,
            bottom + 3.9 * s + 1.25 * note_size * l as f64,
            esc(line)
        );
    }
    let _ = write!(
        out,
        r#"<text x="{pad:.1}" y="{:.1}" font-size="{:.1}" fill="{MUTED}">{}</text>"#,
        h - pad * 0.6,
        0.8 * s,
        esc(&chart.source)
    );
    out
}

/// Splits `text` into lines of at most about `chars` characters, at spaces.
pub(crate) fn wrap_all(text: &str, chars: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let len = line.chars().count();
        if len > 0 && len + 1 + word.chars().count() > chars {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Decimals a tick label needs for `step`: 0 for 1, 1 for 0.5, 2 for 0.02.
pub(crate) fn decimals(step: f64) -> usize {
    if step >= 1.0 {
        0
    } else {
        (-step.log10().floor()) as usize
    }
}
