//! The fix-first chart: the index climbing fix by fix toward the maximum, the target as a line.
//! Its own small renderer beside the bar charts, drawn with the same print style and helpers.

use std::fmt::Write;

use crate::engine::goal::FixFirst;

use super::chart::Lang;
use super::svg::{COLOURS, GRID, INK, MUTED, decimals, document_start, esc, tick_step};

/// One point of the climb: the fix just made and the index after it.
#[derive(Clone, Debug, PartialEq)]
pub struct ClimbStep {
    /// The item's code, under the axis.
    pub label: String,
    pub value: f64,
}

/// Biểu đồ làm trước, ready to draw.
#[derive(Clone, Debug, PartialEq)]
pub struct ClimbChart {
    pub title: String,
    pub subtitle: String,
    /// The index before any fix.
    pub start: f64,
    pub start_label: String,
    pub steps: Vec<ClimbStep>,
    /// The index after the last fix, as text.
    pub end_label: String,
    /// The target: value and its label.
    pub target: Option<(f64, String)>,
    /// The step (0-based) at which the target is first reached, and what to write there.
    pub reached: Option<(usize, String)>,
    /// The index maximum, drawn as a dotted line.
    pub ceiling: f64,
    pub ceiling_label: String,
    /// What keeps the climb below the maximum, written under the maximum's line.
    pub out_of_reach: String,
    pub axis_label: String,
    pub steps_label: String,
    pub source: String,
    pub lang: Lang,
}

/// The chart of a fix-first list.
pub fn climb_chart(list: &FixFirst, lang: Lang) -> ClimbChart {
    let num = |p: crate::model::Points| super::build::pts(lang, p);
    let unit = if list.effort_unit.is_empty() {
        lang.pick("việc", "fix").to_string()
    } else {
        list.effort_unit.clone()
    };
    let reached = list.reaches_target_at.map(|at| {
        let n = at + 1;
        let text = match lang {
            Lang::Vi => format!("đạt mục tiêu sau {n} việc"),
            Lang::En => format!("target reached after {n} fixes"),
        };
        (at, text)
    });
    ClimbChart {
        title: lang
            .pick(
                "Làm trước: Chỉ số CCHC sau từng việc khắc phục",
                "Fix first: the PAR Index after each fix",
            )
            .to_string(),
        subtitle: match lang {
            Lang::Vi => format!(
                "{} — từ kết quả năm {} tới dự báo năm {}; xếp theo điểm khôi phục trên mỗi {unit}",
                list.unit, list.year, list.target_year
            ),
            Lang::En => format!(
                "{} — from the {} result to the {} projection; ordered by points recovered per {unit}",
                list.unit, list.year, list.target_year
            ),
        },
        start: list.baseline_total.to_f64(),
        start_label: num(list.baseline_total),
        steps: list
            .steps
            .iter()
            .map(|s| ClimbStep {
                label: s.code.clone(),
                value: s.running_total.to_f64(),
            })
            .collect(),
        end_label: num(list.final_total()),
        target: list.target.map(|t| {
            let text = match lang {
                Lang::Vi => format!("Mục tiêu {}", num(t)),
                Lang::En => format!("Target {}", num(t)),
            };
            (t.to_f64(), text)
        }),
        reached,
        out_of_reach: out_of_reach(list, lang),
        ceiling: list.max_total.to_f64(),
        ceiling_label: match lang {
            Lang::Vi => format!("Tối đa {}", num(list.max_total)),
            Lang::En => format!("Maximum {}", num(list.max_total)),
        },
        axis_label: lang.pick("Chỉ số CCHC", "PAR Index").to_string(),
        steps_label: lang
            .pick(
                "Việc khắc phục theo thứ tự làm trước (mã tiêu chí)",
                "Fixes in fix-first order (criterion code)",
            )
            .to_string(),
        source: match lang {
            Lang::Vi => format!(
                "Nguồn: {}; dự báo theo quy tắc chênh lệch (delta) của parindex",
                list.source
            ),
            Lang::En => format!(
                "Source: {}; projected by parindex's delta rule",
                list.source
            ),
        },
        lang,
    }
}

/// "Ngoài tầm 7,9369: điều tra XHH 7,1036 · không phân tích 0,3274 · không khả thi 0,5 · làm tròn
/// 0,0059".
fn out_of_reach(list: &FixFirst, lang: Lang) -> String {
    let num = |p: crate::model::Points| super::build::pts(lang, p);
    let un = &list.unfixable;
    let infeasible = crate::model::Points::sum(list.left_out.iter().map(|l| l.gain));
    let parts = [
        (lang.pick("điều tra XHH", "survey"), un.survey),
        (
            lang.pick("không phân tích", "not itemised"),
            un.unitemised_total,
        ),
        (lang.pick("không khả thi", "not feasible"), infeasible),
        (lang.pick("làm tròn", "rounding"), un.rounding),
    ];
    let listed: Vec<String> = parts
        .iter()
        .filter(|(_, p)| !p.is_zero())
        .map(|(what, p)| format!("{what} {}", num(*p)))
        .collect();
    let gap = list.max_total - list.final_total();
    if listed.is_empty() || gap.is_zero() {
        return String::new();
    }
    format!(
        "{} {}: {}",
        lang.pick("Ngoài tầm", "Out of reach"),
        num(gap),
        listed.join(" · ")
    )
}

/// The chart as a standalone SVG document of `width` × `height` pixels; the same chart always
/// gives the same bytes.
// Geometry reads best in the short names of a drawing: w, h, x, y and s (the base font size).
#[allow(clippy::many_single_char_names)]
pub fn climb_svg(chart: &ClimbChart, width: u32, height: u32) -> String {
    let (w, h) = (f64::from(width), f64::from(height));
    let s = (h / 50.0).min(w / 70.0);
    let pad = 2.0 * s;
    let mut out = document_start(width, height);
    let text = |out: &mut String,
                x: f64,
                y: f64,
                size: f64,
                fill: &str,
                extra: &str,
                body: &str| {
        let _ = write!(
            out,
            r#"<text x="{x:.1}" y="{y:.1}" font-size="{size:.1}" fill="{fill}"{extra}>{}</text>"#,
            esc(body)
        );
    };
    text(
        &mut out,
        pad,
        pad + 1.3 * s,
        1.35 * s,
        INK,
        r#" font-weight="600""#,
        &chart.title,
    );
    text(&mut out, pad, pad + 2.9 * s, s, MUTED, "", &chart.subtitle);

    let left = pad + 4.5 * s;
    let right = w - pad - 9.0 * s; // room for the end, target and maximum labels
    let top = pad + 5.0 * s;
    let bottom = h - pad - 4.6 * s;

    // Value axis: from a round value under the start to the maximum.
    let span = (chart.ceiling - chart.start).max(1e-6);
    let step = tick_step(span);
    let low = ((chart.start - step * 0.5) / step).floor() * step;
    let low = low.max(0.0);
    let high = chart.ceiling.max(chart.start);
    let y_of = |v: f64| bottom - (v - low) / (high - low).max(1e-9) * (bottom - top);
    let ticks = ((high - low) / step).round() as usize;
    for t in 0..=ticks {
        let value = low + step * t as f64;
        if value > high + 1e-9 {
            break;
        }
        let gy = y_of(value);
        let _ = write!(
            out,
            r#"<line x1="{left:.1}" y1="{gy:.1}" x2="{right:.1}" y2="{gy:.1}" stroke="{GRID}" stroke-width="1"/>"#
        );
        text(
            &mut out,
            left - 0.5 * s,
            gy + 0.3 * s,
            0.85 * s,
            MUTED,
            r#" text-anchor="end""#,
            &chart.lang.number(value, decimals(step)),
        );
    }
    let _ = write!(
        out,
        r#"<text transform="translate({:.1} {:.1}) rotate(-90)" font-size="{:.1}" fill="{INK}" text-anchor="middle">{}</text>"#,
        pad + 0.8 * s,
        f64::midpoint(top, bottom),
        0.95 * s,
        esc(&chart.axis_label)
    );

    // Reference lines: the maximum (dotted) and the target (dashed), labelled on the right.
    let gy = y_of(chart.ceiling);
    let _ = write!(
        out,
        r#"<line x1="{left:.1}" y1="{gy:.1}" x2="{right:.1}" y2="{gy:.1}" stroke="{MUTED}" stroke-width="1.2" stroke-dasharray="2 4"/>"#
    );
    text(
        &mut out,
        right + 0.5 * s,
        gy + 0.3 * s,
        0.85 * s,
        MUTED,
        "",
        &chart.ceiling_label,
    );
    text(
        &mut out,
        right,
        gy + 1.3 * s,
        0.8 * s,
        MUTED,
        r#" text-anchor="end""#,
        &chart.out_of_reach,
    );
    let brick = COLOURS[3];
    if let Some((value, label)) = &chart.target {
        let ty = y_of(*value);
        let _ = write!(
            out,
            r#"<line class="target" x1="{left:.1}" y1="{ty:.1}" x2="{right:.1}" y2="{ty:.1}" stroke="{brick}" stroke-width="1.6" stroke-dasharray="8 5"/>"#
        );
        text(
            &mut out,
            right + 0.5 * s,
            ty + 0.3 * s,
            0.85 * s,
            brick,
            "",
            label,
        );
    }

    // The climb: the start, then one point per fix.
    let n = chart.steps.len();
    let dx = (right - left) / (n.max(1) as f64);
    let navy = COLOURS[0];
    let mut points = format!("{left:.1},{:.1}", y_of(chart.start));
    for (i, step) in chart.steps.iter().enumerate() {
        let _ = write!(
            points,
            " {:.1},{:.1}",
            left + dx * (i + 1) as f64,
            y_of(step.value)
        );
    }
    let _ = write!(
        out,
        r#"<polyline class="climb" points="{points}" fill="none" stroke="{navy}" stroke-width="2.4" stroke-linejoin="round"/>"#
    );
    let dot = (0.28 * s).min(dx * 0.3).max(1.0);
    let _ = write!(
        out,
        r#"<circle cx="{left:.1}" cy="{:.1}" r="{:.1}" fill="{navy}"/>"#,
        y_of(chart.start),
        dot * 1.3
    );
    text(
        &mut out,
        left + 0.5 * s,
        y_of(chart.start) + 1.4 * s,
        0.85 * s,
        INK,
        "",
        &chart.start_label,
    );
    // Labels under the axis: every fix when they fit, else every k-th.
    let label_width = 0.55
        * 0.8
        * s
        * chart
            .steps
            .iter()
            .map(|st| st.label.chars().count())
            .max()
            .unwrap_or(1) as f64
        + 0.6 * s;
    let every = ((label_width / dx).ceil() as usize).max(1);
    let labelled = labelled_steps(n, every, chart.reached.as_ref().map(|(at, _)| *at));
    for (i, step) in chart.steps.iter().enumerate() {
        let x = left + dx * (i + 1) as f64;
        let y = y_of(step.value);
        if n <= 200 {
            let _ = write!(
                out,
                r#"<circle class="fix" cx="{x:.1}" cy="{y:.1}" r="{dot:.1}" fill="{navy}"/>"#
            );
        }
        if labelled.contains(&i) {
            text(
                &mut out,
                x,
                bottom + 1.3 * s,
                0.8 * s,
                INK,
                r#" text-anchor="middle""#,
                &step.label,
            );
        }
    }
    if let (Some((at, label)), Some(step)) = (
        &chart.reached,
        chart
            .reached
            .as_ref()
            .and_then(|(at, _)| chart.steps.get(*at)),
    ) {
        let x = left + dx * (at + 1) as f64;
        let y = y_of(step.value);
        let _ = write!(
            out,
            r#"<line x1="{x:.1}" y1="{y:.1}" x2="{x:.1}" y2="{bottom:.1}" stroke="{brick}" stroke-width="1" stroke-dasharray="3 3"/>"#
        );
        let anchor = if x > f64::midpoint(left, right) {
            "end"
        } else {
            "start"
        };
        let shift = if anchor == "end" { -0.6 * s } else { 0.6 * s };
        text(
            &mut out,
            x + shift,
            y + 1.6 * s,
            0.85 * s,
            brick,
            &format!(r#" text-anchor="{anchor}""#),
            label,
        );
    }
    if let Some(last) = chart.steps.last() {
        text(
            &mut out,
            right + 0.5 * s,
            y_of(last.value) + 1.4 * s,
            0.95 * s,
            navy,
            r#" font-weight="600""#,
            &chart.end_label,
        );
    }
    let _ = write!(
        out,
        r#"<line x1="{left:.1}" y1="{bottom:.1}" x2="{right:.1}" y2="{bottom:.1}" stroke="{INK}" stroke-width="1.2"/>"#
    );
    text(
        &mut out,
        f64::midpoint(left, right),
        bottom + 2.9 * s,
        0.95 * s,
        INK,
        r#" text-anchor="middle""#,
        &chart.steps_label,
    );
    text(
        &mut out,
        pad,
        h - pad * 0.6,
        0.8 * s,
        MUTED,
        "",
        &chart.source,
    );
    out.push_str("</svg>\n");
    out
}

/// Which steps get their code under the axis: every `every`-th, the one that reaches the target
/// always, and none closer than `every` to another.
fn labelled_steps(n: usize, every: usize, reached: Option<usize>) -> Vec<usize> {
    let mut wanted: Vec<usize> = (0..n).filter(|i| (i + 1) % every == 0).collect();
    if let Some(at) = reached.filter(|&at| at < n) {
        wanted.retain(|&i| i.abs_diff(at) >= every);
        wanted.push(at);
        wanted.sort_unstable();
    }
    wanted
}
