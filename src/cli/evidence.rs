//! `parindex evidence`: the evidence checklist per lead agency — the planned gains each must
//! prove, the documents listed and their state, what is missing — on the terminal, as JSON,
//! or as an XLSX workbook with one sheet per agency for the agencies' clerks.

use std::fmt::Write as _;
use std::path::PathBuf;

use anyhow::{Context, Result, bail};

use crate::engine::{AgencyChecklist, evidence_checklist};
use crate::export::{self, ChecklistContext};
use crate::io;

use super::Lang;

/// What `evidence` reads and writes.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// A scenario (or scorecard) file; `-` reads standard input; omitted, the embedded scorecard.
    pub file: Option<PathBuf>,
    /// Write the checklist as X.xlsx (one sheet per lead agency, A4 landscape).
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Print JSON instead of a list.
    #[arg(long)]
    pub json: bool,
    #[arg(long, value_enum, default_value_t = Lang::Vi)]
    pub lang: Lang,
}

pub fn run(args: &Args) -> Result<u8> {
    let opened = super::open(args.file.as_deref())?;
    let (session, name) = (opened.session, opened.scenario.unwrap_or_default());
    let agencies = evidence_checklist(session.analysis(), session.projected(), session.changes());
    if let Some(path) = &args.out {
        let is_xlsx = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"));
        if !is_xlsx {
            bail!(
                "--out: expected a file ending in .xlsx, found {}",
                path.display()
            );
        }
        let context = ChecklistContext {
            analysis: session.analysis(),
            scenario: (!name.is_empty()).then_some(name.as_str()),
        };
        let lang = args.lang.export();
        let bytes = export::checklist_xlsx(&context, &agencies, lang)?;
        io::write_atomic(path, &bytes)
            .with_context(|| format!("writing the checklist to {}", path.display()))?;
        eprintln!(
            "{}: {} {}",
            path.display(),
            agencies.len(),
            if args.lang == Lang::Vi {
                "đơn vị chủ trì"
            } else {
                "lead agencies"
            }
        );
    } else if args.json {
        println!("{}", serde_json::to_string_pretty(&agencies)?);
    } else {
        print!("{}", text(&agencies, args.lang));
    }
    Ok(0)
}

fn text(agencies: &[AgencyChecklist], lang: Lang) -> String {
    let vi = lang == Lang::Vi;
    let mut out = String::new();
    if agencies.is_empty() {
        out.push_str(if vi {
            "Kịch bản không có điểm dự kiến tăng nào cần chứng minh.\n"
        } else {
            "The scenario plans no gain to prove.\n"
        });
    }
    for agency in agencies {
        let _ = writeln!(
            out,
            "{} — {} {}, {} {}",
            agency.lead.as_deref().unwrap_or(lang.unassigned()),
            if vi { "nguy cơ mất" } else { "at risk" },
            lang.num(agency.at_risk),
            if vi { "còn thiếu" } else { "outstanding" },
            agency.outstanding
        );
        for item in &agency.items {
            let _ = writeln!(
                out,
                "  {} {} — {} {}, {} {}, {} {}",
                item.code,
                item.name,
                if vi { "tăng" } else { "gain" },
                lang.num(item.gain),
                if vi { "tin cậy" } else { "confidence" },
                item.confidence.percent_with(if vi { ',' } else { '.' }),
                if vi { "nguy cơ mất" } else { "at risk" },
                lang.num(item.at_risk)
            );
            if item.documents.is_empty() {
                let _ = writeln!(
                    out,
                    "      [{}]",
                    if vi {
                        "chưa khai báo tài liệu"
                    } else {
                        "nothing listed"
                    }
                );
            }
            for document in &item.documents {
                let state = if vi {
                    document.state.vi()
                } else {
                    document.state.en()
                };
                let reference = if document.reference.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", document.reference)
                };
                let _ = writeln!(out, "      [{state}] {}{reference}", document.title);
            }
        }
        out.push('\n');
    }
    out
}
