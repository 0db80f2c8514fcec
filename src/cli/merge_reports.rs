//! `parindex merge-reports`: the agencies' returned task sheets into a scenario. Prints what
//! would change and every conflict; writes only with `--yes`, and only when every sheet was
//! read and every conflict decided (`--prefer`, `--resolve`).

use std::collections::BTreeMap;
use std::path::PathBuf;

use anyhow::{Result, bail};

use crate::agency::{Choice, MergeMeta, MergePreview, merge_edit, prefer, preview_files};
use crate::engine::Session;
use crate::io;
use crate::model::{Date, Settled, timestamp_utc};

use super::progress::parse_date;

/// Which side wins every conflict a flag can decide.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Prefer {
    /// What the sheet reports; items two sheets report differently still need --resolve.
    Sheet,
    /// What the scenario holds.
    Scenario,
}

/// What `merge-reports` reads and writes.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The scenario the sheets were sent from.
    pub scenario: PathBuf,
    /// The returned sheets (.xlsx).
    #[arg(required = true)]
    pub sheets: Vec<PathBuf>,
    /// Where to save the merged scenario (may be the same file).
    #[arg(long)]
    pub out: PathBuf,
    /// Apply and save; without it, only the preview is printed.
    #[arg(long)]
    pub yes: bool,
    /// Who merges, for the merge log. Default: the scenario's author.
    #[arg(long)]
    pub by: Option<String>,
    /// The day the reports count as received (YYYY-MM-DD). Default: today (UTC).
    #[arg(long, value_parser = parse_date)]
    pub received: Option<Date>,
    /// Decide every conflict a flag can decide for one side.
    #[arg(long, value_enum)]
    pub prefer: Option<Prefer>,
    /// Decide one conflict: CODE=scenario, or CODE=FILE to take that sheet's report.
    #[arg(long, value_name = "CODE=scenario|FILE")]
    pub resolve: Vec<String>,
}

pub fn run(args: &Args) -> Result<u8> {
    let mut scenario = io::load_scenario(&args.scenario)?;
    let mut session = Session::with_changes(scenario.base.clone(), scenario.changes.clone());
    let preview = preview_files(&session, &args.sheets);
    print_preview(&preview);
    if !preview.refused.is_empty() {
        eprintln!(
            "Không tiếp nhận: {} phiếu bị từ chối; bỏ các phiếu đó khỏi danh sách hoặc đề nghị đơn vị gửi lại.",
            preview.refused.len()
        );
        return Ok(1);
    }
    let mut choices = args
        .prefer
        .map(|side| {
            let side = match side {
                Prefer::Sheet => Settled::Sheet,
                Prefer::Scenario => Settled::Scenario,
            };
            prefer(&preview, side)
        })
        .unwrap_or_default();
    choices.extend(resolutions(&args.resolve, &preview)?);
    if !args.yes {
        println!(
            "(Chỉ xem trước: thêm --yes để ghi vào {}.)",
            args.out.display()
        );
        return Ok(0);
    }
    let by = args.by.clone().unwrap_or_else(|| scenario.author.clone());
    let meta = MergeMeta {
        by,
        at: timestamp_utc(),
        received: args.received.unwrap_or_else(Date::today_utc),
    };
    let edit = match merge_edit(&session, &preview, &choices, &meta) {
        Ok(edit) => edit,
        Err(err) => {
            eprintln!("{err}\nDùng --prefer sheet|scenario hoặc --resolve MÃ=scenario|TỆP.");
            return Ok(1);
        }
    };
    session.apply(edit);
    scenario.changes = session.changes().clone();
    scenario.touch();
    io::save_scenario(&scenario, &args.out)?;
    println!("Đã ghi {}", args.out.display());
    Ok(0)
}

/// `--resolve CODE=scenario|FILE` as choices; FILE is matched by file name.
fn resolutions(flags: &[String], preview: &MergePreview) -> Result<BTreeMap<String, Choice>> {
    let mut out = BTreeMap::new();
    for flag in flags {
        let Some((code, side)) = flag.split_once('=') else {
            bail!("--resolve {flag}: expected CODE=scenario or CODE=FILE");
        };
        let choice = if side.eq_ignore_ascii_case("scenario") {
            Choice::Scenario
        } else {
            let name = std::path::Path::new(side)
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            match preview.sheets.iter().position(|s| s.file == name) {
                Some(index) => Choice::Sheet(index),
                None => bail!("--resolve {flag}: {side} is not one of the sheets given"),
            }
        };
        out.insert(code.to_string(), choice);
    }
    Ok(out)
}

fn print_preview(preview: &MergePreview) {
    for refusal in &preview.refused {
        println!("TỪ CHỐI {}", refusal.vi);
    }
    for agency in &preview.agencies {
        let files: Vec<String> = agency
            .sheets
            .iter()
            .filter_map(|&i| preview.sheets.get(i))
            .map(|s| {
                let mut text = format!("{} ({}, hạn {})", s.file, s.period, s.due.vi());
                if let Some(at) = &s.merged_before {
                    text.push_str(&format!(" — đã tiếp nhận lúc {at}"));
                }
                text
            })
            .collect();
        println!("{} — {}", agency.agency, files.join("; "));
        if agency.items.is_empty() {
            println!("    (không có gì mới)");
        }
        for item in &agency.items {
            let mut parts = Vec::new();
            if let Some(to) = item.to {
                parts.push(format!("{} → {}", item.from.vi(), to.vi()));
            }
            if let Some(done) = item.done {
                parts.push(format!("hoàn thành ngày {}", done.vi()));
            }
            if let Some(result) = &item.result {
                parts.push(format!("kết quả: {result}"));
            }
            if !item.evidence.is_empty() {
                let titles: Vec<&str> = item.evidence.iter().map(|e| e.title.as_str()).collect();
                parts.push(format!("thêm kiểm chứng: {}", titles.join("; ")));
            }
            println!("    {:<6} {}", item.code, parts.join("; "));
        }
    }
    for conflict in &preview.conflicts {
        let mut text = format!(
            "XUNG ĐỘT {} ({}): kịch bản đang ghi \"{}\"",
            conflict.code,
            conflict.name,
            conflict.scenario.vi()
        );
        if let Some(sent) = conflict.changed_since_sent {
            text.push_str(&format!(", đã đổi từ \"{}\" sau khi gửi phiếu", sent.vi()));
        }
        for (sheet, report) in &conflict.reports {
            let file = preview.sheets.get(*sheet).map_or("?", |s| s.file.as_str());
            let status = report.to.map_or("(giữ tình trạng)", |s| s.vi());
            text.push_str(&format!("; {file} báo \"{status}\""));
            if let Some(done) = report.done {
                text.push_str(&format!(" ngày {}", done.vi()));
            }
        }
        println!("{text}");
    }
}
