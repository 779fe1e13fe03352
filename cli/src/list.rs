//! `list`: every code, one line each in aligned columns, or as JSON.

use std::fmt::Write;
use std::process::ExitCode;

use capmonster_errors::ErrorCode;
use serde_json::json;

use crate::output;

pub fn run(as_json: bool) -> ExitCode {
    if as_json {
        let codes: Vec<_> = ErrorCode::ALL
            .iter()
            .map(|code| {
                json!({
                    "code": code.code(),
                    "aliases": code.aliases(),
                    "title": code.title(),
                    "retry": code.retry().as_str(),
                    "retry_after_ms": code.retry_after().map(|delay| delay.as_millis() as u64),
                })
            })
            .collect();
        let text = serde_json::to_string_pretty(&codes).expect("JSON values print");
        return output::emit(&format!("{text}\n"));
    }
    output::emit(&table())
}

/// Codes, advice and title in columns as wide as their widest cell.
fn table() -> String {
    let rows: Vec<(String, &str, &str)> = ErrorCode::ALL
        .iter()
        .map(|code| {
            let codes = std::iter::once(code.code())
                .chain(code.aliases().iter().copied())
                .collect::<Vec<_>>()
                .join(", ");
            (codes, code.retry().as_str(), code.title())
        })
        .collect();
    let codes_width = rows
        .iter()
        .map(|(codes, ..)| codes.chars().count())
        .max()
        .unwrap_or(0);
    let retry_width = rows
        .iter()
        .map(|(_, retry, _)| retry.len())
        .max()
        .unwrap_or(0);
    let mut out = String::new();
    for (codes, retry, title) in rows {
        // Writing to a String cannot fail.
        let _ = writeln!(out, "{codes:<codes_width$}  {retry:<retry_width$}  {title}");
    }
    out
}
