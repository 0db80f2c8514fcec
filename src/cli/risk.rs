//! `parindex risk`: how sure a scenario's projected index is — the expected index, the 90 %
//! interval, P(index ≥ target), the points lost per field as ranges, and the planned gains
//! whose rejection on appraisal would cost most (whose evidence to chase).

use std::fmt::Write as _;
use std::path::PathBuf;

use anyhow::{Context, Result, bail};
use serde::Serialize;

use crate::engine::{ConfidenceSource, Method, Risk, RiskOptions, Session, risk_of};
use crate::export;
use crate::io;
use crate::model::Points;

use super::{Lang, points_arg, table};

/// What `risk` reads.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// A scenario (or scorecard) file; `-` reads standard input; omitted, the embedded scorecard.
    pub file: Option<PathBuf>,
    /// Chỉ tiêu: adds P(index ≥ TARGET), e.g. 85 or 85,5.
    #[arg(long, value_parser = points_arg)]
    pub target: Option<Points>,
    /// Monte Carlo with N draws instead of the exact computation.
    #[arg(long)]
    pub draws: Option<usize>,
    /// Seed of the Monte Carlo: the same seed gives the same figures.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// How many items to list.
    #[arg(long, default_value_t = 10)]
    pub top: usize,
    /// Also draw the distribution as a chart: X.png or X.svg (1200 × 500).
    #[arg(long)]
    pub chart: Option<PathBuf>,
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
    #[arg(long, value_enum, default_value_t = Lang::Vi)]
    pub lang: Lang,
}

pub fn run(args: &Args) -> Result<u8> {
    let opened = super::open(args.file.as_deref())?;
    let (session, name) = (opened.session, opened.scenario.unwrap_or_default());
    let risk = risk_of(
        &session,
        &RiskOptions {
            target: args.target,
            draws: args.draws,
            seed: args.seed,
            ..RiskOptions::default()
        },
    );
    if let Some(path) = &args.chart {
        chart(&risk, path, args.lang)?;
    }
    if args.json {
        println!("{}", serde_json::to_string_pretty(&risk)?);
    } else {
        print!("{}", text(&session, &name, &risk, args.top, args.lang));
    }
    Ok(0)
}

fn chart(risk: &Risk, path: &std::path::Path, lang: Lang) -> Result<()> {
    let svg = export::risk_svg(risk, 1200, 500, lang.export());
    let ext = super::export::extension(path);
    let bytes = match ext.as_str() {
        "svg" => svg.into_bytes(),
        "png" => export::png_from_svg(&svg).context("drawing the PNG")?,
        _ => bail!(
            "--chart: expected a file ending in .png or .svg, found {}",
            path.display()
        ),
    };
    io::write_atomic(path, &bytes).with_context(|| format!("writing {}", path.display()))?;
    Ok(())
}

/// The keys `summary --json` gains: the expected index, its 90 % interval and, for a target,
/// P(index ≥ target).
#[derive(Serialize)]
pub struct SummaryRisk {
    expected_total: Points,
    interval_90: [Points; 2],
    #[serde(skip_serializing_if = "Option::is_none")]
    target: Option<Points>,
    #[serde(skip_serializing_if = "Option::is_none")]
    p_at_least: Option<f64>,
}

/// [`SummaryRisk`] of a document: a scenario's projection, or a bare scorecard carried to its
/// target year unchanged (then only the survey ranges are uncertain).
pub fn summary_risk(session: &Session, target: Option<Points>) -> SummaryRisk {
    // The scenario's own target when none is asked for.
    let target = target.or(session.changes().target);
    let risk = risk_of(
        session,
        &RiskOptions {
            target,
            ..RiskOptions::default()
        },
    );
    SummaryRisk {
        expected_total: risk.expected,
        interval_90: [risk.interval_90.0, risk.interval_90.1],
        target,
        p_at_least: risk.p_at_least,
    }
}

/// Two decimals, as the Ministry publishes indices: enough for a range a person reads.
fn short(lang: Lang, p: Points) -> String {
    lang.num(p.rounded(2))
}

/// A count with dots between thousands, as Vietnamese writes it: 10.000.
fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (k, c) in digits.chars().enumerate() {
        if k > 0 && (digits.len() - k).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

fn percent(lang: Lang, p: f64) -> String {
    let text = format!("{:.1}%", p * 100.0);
    match lang {
        Lang::Vi => text.replace('.', ","),
        Lang::En => text,
    }
}

fn source(lang: Lang, code: &str, from: &ConfidenceSource) -> String {
    let vi = lang == Lang::Vi;
    let (what, on) = match from {
        ConfidenceSource::Set { from } => (
            if vi { "đặt tay" } else { "set by hand" }.to_string(),
            from.as_str(),
        ),
        ConfidenceSource::Evidence { state, from } => (
            if vi {
                format!("tài liệu {}", state.vi())
            } else {
                format!("evidence {}", state.en())
            },
            from.as_str(),
        ),
        ConfidenceSource::Unlisted => {
            return if vi {
                "chưa khai báo tài liệu"
            } else {
                "nothing listed"
            }
            .to_string();
        }
    };
    if on == code {
        what
    } else {
        format!("{what} ({on})")
    }
}

fn text(session: &Session, name: &str, risk: &Risk, top: usize, lang: Lang) -> String {
    let vi = lang == Lang::Vi;
    let a = session.analysis();
    let n = |p: Points| lang.num(p);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}{}",
        a.unit,
        if name.is_empty() {
            String::new()
        } else {
            format!(" — {}: {name}", if vi { "kịch bản" } else { "scenario" })
        }
    );
    let (low, high) = risk.interval_90;
    let _ = writeln!(
        out,
        "{} {}: {} — {} {}, {}: {}–{}",
        if vi {
            "Chỉ số CCHC dự kiến năm"
        } else {
            "Projected PAR Index"
        },
        a.target_year,
        n(risk.point),
        if vi { "kỳ vọng" } else { "expected" },
        short(lang, risk.expected),
        if vi { "khoảng 90%" } else { "90% interval" },
        short(lang, low),
        short(lang, high)
    );
    if let (Some(target), Some(p)) = (risk.target, risk.p_at_least) {
        let _ = writeln!(
            out,
            "{} {} {}: {}",
            if vi {
                "Xác suất đạt từ"
            } else {
                "Probability of reaching"
            },
            n(target),
            if vi { "điểm trở lên" } else { "or more" },
            percent(lang, p)
        );
    }
    let method = match (risk.method, vi) {
        (Method::Exact, true) => {
            "tính chính xác trên mọi khả năng BNV chấp nhận hay không chấp nhận từng điểm tăng"
                .to_string()
        }
        (Method::Exact, false) => {
            "exact, over every combination of gains accepted or rejected".to_string()
        }
        (Method::MonteCarlo { draws, seed }, true) => {
            format!(
                "mô phỏng Monte Carlo {} lần, hạt giống {seed}",
                grouped(draws)
            )
        }
        (Method::MonteCarlo { draws, seed }, false) => {
            format!("Monte Carlo, {draws} draws, seed {seed}")
        }
    };
    let _ = write!(
        out,
        "{}: {method}\n\n",
        if vi { "Cách tính" } else { "Method" }
    );

    let header: &[&str] = if vi {
        &[
            "LV",
            "Tối đa",
            "Bị trừ dự kiến",
            "Kỳ vọng bị trừ",
            "Khoảng 90%",
            "ĐTXHH thấp–dự kiến–cao",
        ]
    } else {
        &[
            "Field",
            "Max",
            "Lost (projected)",
            "Expected lost",
            "90% interval",
            "Survey low–likely–high",
        ]
    };
    let rows: Vec<Vec<String>> = risk
        .fields
        .iter()
        .map(|f| {
            vec![
                format!("LV{}", f.code),
                n(f.max),
                n(f.lost),
                short(lang, f.expected_lost),
                format!("{}–{}", short(lang, f.lost_90.0), short(lang, f.lost_90.1)),
                f.survey.map_or_else(String::new, |s| {
                    format!("{}–{}–{}", n(s.low), n(s.likely), n(s.high))
                }),
            ]
        })
        .collect();
    out.push_str(&table::render(
        header,
        &rows,
        &[false, true, true, true, true, false],
    ));

    let _ = write!(
        out,
        "\n{}\n",
        if vi {
            "Tiêu chí cần tập trung hoàn thiện tài liệu kiểm chứng (nguy cơ mất = (1 − độ tin cậy) × điểm tăng):"
        } else {
            "Whose evidence to chase (at risk = (1 − confidence) × gain):"
        }
    );
    let header: &[&str] = if vi {
        &[
            "Mã",
            "Tiêu chí",
            "Đơn vị chủ trì",
            "Điểm tăng",
            "Tin cậy",
            "Căn cứ",
            "Nguy cơ mất",
        ]
    } else {
        &[
            "Code",
            "Criterion",
            "Lead agency",
            "Gain",
            "Confidence",
            "Based on",
            "At risk",
        ]
    };
    let clip = |s: &str, max: usize| {
        if s.chars().count() <= max {
            s.to_string()
        } else {
            format!(
                "{}…",
                s.chars().take(max - 1).collect::<String>().trim_end()
            )
        }
    };
    let rows: Vec<Vec<String>> = risk
        .items
        .iter()
        .take(top)
        .map(|i| {
            vec![
                i.code.clone(),
                clip(&i.name, 44),
                clip(i.lead.as_deref().unwrap_or(lang.unassigned()), 28),
                n(i.gain),
                i.confidence.percent_with(if vi { ',' } else { '.' }),
                source(lang, &i.code, &i.source),
                n(i.expected_loss),
            ]
        })
        .collect();
    out.push_str(&table::render(
        header,
        &rows,
        &[false, false, false, true, true, false, true],
    ));
    let gain = Points::sum(risk.items.iter().map(|i| i.gain));
    let _ = writeln!(
        out,
        "{} {} / {} {}{}",
        if vi {
            "Tổng điểm có nguy cơ mất:"
        } else {
            "Total at risk:"
        },
        n(risk.expected_loss),
        n(gain),
        if vi {
            "điểm dự kiến tăng"
        } else {
            "points of planned gain"
        },
        if risk.items.len() > top {
            if vi {
                format!(" ({} tiêu chí, liệt kê {top})", risk.items.len())
            } else {
                format!(" ({} items, {top} listed)", risk.items.len())
            }
        } else {
            String::new()
        }
    );
    out
}
