//! The A4 report: on the first page the title, the index against its projection (and, for a
//! projection, how sure it is: expected index, 90 % interval, P(index ≥ target)), the
//! per-field table, the points-lost chart and the ten items that win back the most; for a
//! projection, further pages with the distribution and the evidence checklist
//! (`report_risk`). Laid out as SVG in points (595 × 842) and converted to PDF, so the chart
//! stays vector and the text stays text.

use std::fmt::Write;

use crate::engine::{
    Analysis, Projected, Risk, RiskOptions, evidence_checklist, notes, risk_of, target_or_default,
};

use super::ExportError;
use super::build::{Part, Scene, lost_by_field, pts};
use super::chart::Lang;
use super::palette::{INK, RULE};
use super::pdf_pages::pdf_from_pages;
use super::raster::pdf_from_svg;
use super::report_risk::{risk_pages, summary_line};
use super::svg::{chart_body, document_start, esc, wrap_all};

pub(super) const PAGE_W: f64 = 595.0;
pub(super) const PAGE_H: f64 = 842.0;
pub(super) const MARGIN: f64 = 40.0;

pub(super) fn clip(text: &str, chars: usize) -> String {
    if text.chars().count() <= chars {
        text.to_string()
    } else {
        let mut short: String = text.chars().take(chars.saturating_sub(1)).collect();
        short = short.trim_end().to_string();
        short.push('…');
        short
    }
}

fn text(out: &mut String, x: f64, y: f64, size: f64, anchor: &str, bold: bool, body: &str) {
    put(out, (x, y), size, anchor, (bold, INK), body);
}

/// A line of text at `at`, in `style` (bold, fill).
pub(super) fn put(
    out: &mut String,
    at: (f64, f64),
    size: f64,
    anchor: &str,
    style: (bool, &str),
    body: &str,
) {
    let (bold, fill) = style;
    let weight = if bold { r#" font-weight="600""# } else { "" };
    let _ = write!(
        out,
        r#"<text x="{:.1}" y="{:.1}" font-size="{size:.1}" fill="{fill}" text-anchor="{anchor}"{weight}>{}</text>"#,
        at.0,
        at.1,
        esc(body)
    );
}

/// A thin rule across the page's text width at `y`.
pub(super) fn rule(out: &mut String, y: f64) {
    let _ = write!(
        out,
        r#"<line x1="{MARGIN:.1}" y1="{y:.1}" x2="{:.1}" y2="{y:.1}" stroke="{RULE}" stroke-width="0.6"/>"#,
        PAGE_W - MARGIN
    );
}

/// A table: `cols` are (x, anchor); each row is written at its own line.
fn table(out: &mut String, y: f64, cols: &[(f64, &str)], rows: &[Vec<String>], size: f64) -> f64 {
    let step = size * 1.5;
    let mut y = y;
    for (r, row) in rows.iter().enumerate() {
        for ((x, anchor), cell) in cols.iter().zip(row) {
            text(out, *x, y, size, anchor, r == 0, cell);
        }
        if r == 0 {
            rule(out, y + size * 0.45);
        }
        y += step;
    }
    y
}

/// Leaf items ranked by what the projection wins back, then by what they lost in the base
/// year: the first is where the plan pays most.
fn top_items(analysis: &Analysis, projected: &Projected) -> Vec<usize> {
    let mut items: Vec<usize> = (0..analysis.nodes.len())
        .filter(|&i| {
            let node = &analysis.nodes[i];
            !node.is_field() && node.children.is_empty() && !node.lost().is_zero()
        })
        .collect();
    items.sort_by_key(|&i| {
        (
            std::cmp::Reverse(projected.delta(analysis, i)),
            std::cmp::Reverse(analysis.nodes[i].lost()),
            i,
        )
    });
    items.truncate(10);
    items
}

/// "+1,5" for a gain, "-0,25" for a loss, "0" for none.
fn signed(lang: Lang, p: crate::model::Points) -> String {
    if p.is_negative() || p.is_zero() {
        pts(lang, p)
    } else {
        format!("+{}", pts(lang, p))
    }
}

/// The line under the title: the index, its rank, and the projection with its change.
fn index_line(scene: Scene, lang: Lang) -> String {
    let a = scene.analysis();
    let (base, proj) = (scene.baseline(), scene.figures());
    let rank = a
        .rank
        .map(|(r, of)| {
            let of = of.map(|o| format!("/{o}")).unwrap_or_default();
            format!(" ({} {r}{of})", lang.pick("xếp hạng", "rank"))
        })
        .unwrap_or_default();
    let total = if base.total_known {
        pts(lang, base.total)
    } else {
        lang.pick("chưa có", "not known yet").to_string()
    };
    let assessed = match lang {
        Lang::Vi => format!(
            "Chỉ số CCHC năm {}: {total} / {}{rank}",
            a.year,
            pts(lang, base.total_max)
        ),
        Lang::En => format!(
            "PAR Index {}: {total} / {}{rank}",
            a.year,
            pts(lang, base.total_max)
        ),
    };
    if !scene.projects() {
        return assessed;
    }
    match lang {
        Lang::Vi => format!(
            "{assessed}; dự kiến năm {}: {} (thay đổi {})",
            a.target_year,
            pts(lang, proj.total),
            signed(lang, proj.total - base.total)
        ),
        Lang::En => format!(
            "{assessed}; {} projection: {} (change {})",
            a.target_year,
            pts(lang, proj.total),
            signed(lang, proj.total - base.total)
        ),
    }
}

/// The distribution of a projection and the index P(≥) is given for; `None` with nothing
/// projected (the assessed year is known).
fn projection_risk(scene: Scene) -> Option<(Risk, crate::model::Points)> {
    if !scene.projects() {
        return None;
    }
    let target = target_or_default(scene.session.changes());
    let risk = risk_of(
        scene.session,
        &RiskOptions {
            target: Some(target),
            ..RiskOptions::default()
        },
    );
    Some((risk, target))
}

fn first_page(scene: Scene, lang: Lang, risk: Option<&(Risk, crate::model::Points)>) -> String {
    let a = scene.analysis();
    let (base, proj) = (scene.baseline(), scene.figures());
    let mut out = document_start(PAGE_W, PAGE_H);
    let right = PAGE_W - MARGIN;
    let title = match lang {
        Lang::Vi => format!("BÁO CÁO CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM {}", a.year),
        Lang::En => format!("PAR INDEX REPORT {}", a.year),
    };
    text(&mut out, PAGE_W / 2.0, 56.0, 14.0, "middle", true, &title);
    text(&mut out, PAGE_W / 2.0, 74.0, 11.0, "middle", true, &a.unit);
    let scenario = match lang {
        Lang::Vi => format!(
            "Năm đánh giá: {}; dự kiến năm {}; {}",
            a.year,
            a.target_year,
            scene.scenario_phrase(lang)
        ),
        Lang::En => format!(
            "Assessed year: {}; projection to {}; {}",
            a.year,
            a.target_year,
            scene.scenario_phrase(lang)
        ),
    };
    text(
        &mut out,
        PAGE_W / 2.0,
        90.0,
        9.0,
        "middle",
        false,
        &clip(&scenario, 110),
    );
    rule(&mut out, 100.0);
    text(
        &mut out,
        MARGIN,
        116.0,
        10.0,
        "start",
        true,
        &index_line(scene, lang),
    );
    // How sure the projection is, in one line; the pages after this one say more.
    let top = match risk {
        Some((risk, target)) => {
            text(
                &mut out,
                MARGIN,
                129.0,
                8.5,
                "start",
                false,
                &clip(&summary_line(risk, *target, lang), 140),
            );
            148.0
        }
        None => 136.0,
    };

    // Per-field table: the whole field, as the index counts it.
    let cols = [
        (MARGIN, "start"),
        (MARGIN + 28.0, "start"),
        (right - 230.0, "end"),
        (right - 184.0, "end"),
        (right - 138.0, "end"),
        (right - 80.0, "end"),
        (right, "end"),
    ];
    let mut rows = vec![vec![
        lang.pick("LV", "Field").to_string(),
        lang.pick("Lĩnh vực", "Name").to_string(),
        lang.pick("Tối đa", "Max").to_string(),
        a.year.to_string(),
        lang.pick("Bị trừ", "Lost").to_string(),
        format!("{} {}", lang.pick("Dự kiến", "Proj."), a.target_year),
        format!("{} {}", lang.pick("Bị trừ", "Lost"), a.target_year),
    ]];
    // A figure not known yet reads "—", never 0.
    let known = |k: bool, p: crate::model::Points| {
        if k { pts(lang, p) } else { "—".to_string() }
    };
    for (b, p) in base.fields.iter().zip(&proj.fields) {
        rows.push(vec![
            format!("LV{}", b.code),
            clip(&b.name, 44),
            pts(lang, b.max),
            known(b.known, b.score),
            known(b.known, b.lost),
            known(b.known, p.score),
            known(b.known, p.lost),
        ]);
    }
    let k = base.total_known;
    rows.push(vec![
        String::new(),
        lang.pick("Tổng cộng (Chỉ số CCHC)", "Total (PAR Index)")
            .to_string(),
        pts(lang, base.total_max),
        known(k, base.total),
        known(k, base.total_lost),
        known(k, proj.total),
        known(k, proj.total_lost),
    ]);
    let k = base.self_known;
    rows.push(vec![
        String::new(),
        lang.pick("Trong đó tự đánh giá", "of which self-assessment")
            .to_string(),
        known(k || !base.self_max.is_zero(), base.self_max),
        known(k, base.self_total),
        known(k, base.self_lost),
        known(k, proj.self_total),
        known(k, proj.self_lost),
    ]);
    let y = table(&mut out, top, &cols, &rows, 8.0);

    // The points-lost chart, drawn by the same code as the chart export, without its notes:
    // the page lists every note once, below.
    let mut chart = lost_by_field(scene, Part::Whole, lang);
    chart.notes.clear();
    let (cw, ch) = (PAGE_W - 2.0 * MARGIN, 280.0);
    let _ = write!(
        out,
        r#"<g transform="translate({MARGIN:.1},{:.1})">{}</g>"#,
        y + 4.0,
        chart_body(&chart, cw, ch)
    );

    // Ten items: those that win back the most, or with no projection those that lost most.
    let y = y + ch + 22.0;
    text(
        &mut out,
        MARGIN,
        y,
        10.0,
        "start",
        true,
        if scene.projects() {
            lang.pick(
                "Mười tiêu chí khôi phục nhiều điểm nhất",
                "Ten items that recover the most points",
            )
        } else {
            lang.pick(
                "Mười tiêu chí bị trừ nhiều điểm nhất",
                "Ten items that lost the most points",
            )
        },
    );
    let cols = [
        (MARGIN, "start"),
        (MARGIN + 34.0, "start"),
        (MARGIN + 262.0, "end"),
        (MARGIN + 306.0, "end"),
        (MARGIN + 314.0, "start"),
        (MARGIN + 446.0, "start"),
    ];
    let mut rows = vec![
        [
            lang.pick("Mã", "Code"),
            lang.pick("Tiêu chí", "Item"),
            lang.pick("Bị trừ", "Lost"),
            lang.pick("Khôi phục", "Won back"),
            lang.pick("Chủ trì", "Lead"),
            lang.pick("Thời hạn", "Deadline"),
        ]
        .map(str::to_string)
        .to_vec(),
    ];
    for i in top_items(a, scene.projected()) {
        let node = &a.nodes[i];
        let plan = node.plan_owner.and_then(|o| a.nodes[o].plan.as_ref());
        rows.push(vec![
            node.code.clone(),
            clip(&node.name, 50),
            pts(lang, node.lost()),
            pts(lang, scene.projected().delta(a, i)),
            clip(plan.map_or("—", |p| p.lead.as_str()), 24),
            clip(plan.map_or("—", |p| p.deadline.as_str()), 22),
        ]);
    }
    let y = if rows.len() == 1 {
        text(
            &mut out,
            MARGIN,
            y + 16.0,
            7.5,
            "start",
            false,
            lang.pick(
                "Chưa có số liệu theo tiêu chí.",
                "No figures per criterion yet.",
            ),
        );
        y + 28.0
    } else {
        table(&mut out, y + 16.0, &cols, &rows, 7.5)
    };
    notes_block(&mut out, scene, lang, y + 4.0);

    rule(&mut out, PAGE_H - 40.0);
    text(
        &mut out,
        MARGIN,
        PAGE_H - 28.0,
        7.0,
        "start",
        false,
        &clip(&scene.source_line(lang), 140),
    );
    out.push_str("</svg>\n");
    out
}

/// Ghi chú: why a figure is not simply the published one (corrections, blanks, roundings),
/// as many as fit above the footer, then how many more there are.
fn notes_block(out: &mut String, scene: Scene, lang: Lang, top: f64) {
    let all = notes(scene.analysis());
    if all.is_empty() {
        return;
    }
    let size = 7.0;
    let step = size * 1.3;
    let bottom = PAGE_H - 48.0;
    let mut y = top + size;
    if y + step > bottom {
        return;
    }
    text(
        out,
        MARGIN,
        y,
        size,
        "start",
        true,
        lang.pick("Ghi chú số liệu", "Notes on the figures"),
    );
    y += step;
    for (k, note) in all.iter().enumerate() {
        let lines = wrap_all(
            &format!("{} {}", note.marker, note.text(lang == Lang::Vi)),
            150,
        );
        if y + step * lines.len() as f64 > bottom {
            let rest = all.len() - k;
            let more = match lang {
                Lang::Vi => format!("… và {rest} ghi chú khác (xem parindex check)."),
                Lang::En => format!("… and {rest} more (see parindex check)."),
            };
            text(out, MARGIN, y, size, "start", false, &more);
            return;
        }
        for line in lines {
            text(out, MARGIN, y, size, "start", false, &line);
            y += step;
        }
    }
}

/// The report as A4 PDF: one page, or for a projection that page and the pages on how sure it
/// is with the evidence checklist.
pub fn report_pdf(scene: Scene, lang: Lang) -> Result<Vec<u8>, ExportError> {
    let risk = projection_risk(scene);
    let first = first_page(scene, lang, risk.as_ref());
    match &risk {
        None => pdf_from_svg(&first),
        Some((risk, target)) => {
            let session = scene.session;
            let agencies =
                evidence_checklist(session.analysis(), session.projected(), session.changes());
            let mut pages = vec![first];
            pages.extend(risk_pages(scene, risk, *target, &agencies, lang));
            pdf_from_pages(&pages)
        }
    }
}
