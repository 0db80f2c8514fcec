//! `parindex check`: the validator's findings; exit status 1 when one is an error.

use anyhow::Result;
use serde::Serialize;

use crate::engine::{Analysis, Finding, Severity, check};
use crate::io::locate_codes;

use super::{Input, Lang, load};

#[derive(Serialize)]
struct Located<'a> {
    #[serde(flatten)]
    finding: &'a Finding,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    column: Option<usize>,
}

pub fn run(input: &Input) -> Result<u8> {
    let loaded = load(input.file.as_deref())?;
    let findings = check(&Analysis::new(&loaded.card));
    let places = locate_codes(&loaded.text);
    let located: Vec<Located> = findings
        .iter()
        .map(|finding| {
            let at = (!finding.code.is_empty())
                .then(|| places.get(finding.code.as_str()).copied())
                .flatten();
            Located {
                finding,
                line: at.map(|(l, _)| l),
                column: at.map(|(_, c)| c),
            }
        })
        .collect();
    if input.json {
        println!("{}", serde_json::to_string_pretty(&located)?);
    } else {
        for item in &located {
            let f = item.finding;
            let severity = match (input.lang, f.severity) {
                (Lang::Vi, Severity::Error) => "lỗi",
                (Lang::Vi, Severity::Warning) => "cảnh báo",
                (Lang::Vi, Severity::Info) => "thông tin",
                (Lang::En, Severity::Error) => "error",
                (Lang::En, Severity::Warning) => "warning",
                (Lang::En, Severity::Info) => "info",
            };
            let place = match (item.line, item.column) {
                (Some(l), Some(c)) => format!("{}:{l}:{c}: ", loaded.origin),
                _ => format!("{}: ", loaded.origin),
            };
            let message = if input.lang == Lang::Vi {
                &f.message_vi
            } else {
                &f.message_en
            };
            println!("{place}{severity}: {message}");
        }
        let count = |s| findings.iter().filter(|f| f.severity == s).count();
        let (e, w, i) = (
            count(Severity::Error),
            count(Severity::Warning),
            count(Severity::Info),
        );
        if input.lang == Lang::Vi {
            println!("{e} lỗi, {w} cảnh báo, {i} thông tin");
        } else {
            println!("{e} errors, {w} warnings, {i} notes");
        }
    }
    let has_error = findings.iter().any(|f| f.severity == Severity::Error);
    Ok(u8::from(has_error))
}
