//! `list`: every code, one line each, or as JSON.

use std::process::ExitCode;

use capmonster_errors::{ErrorCode, Retry};
use serde_json::json;

pub fn run(as_json: bool) -> ExitCode {
    if as_json {
        let codes: Vec<_> = ErrorCode::ALL
            .iter()
            .map(|code| {
                json!({
                    "code": code.code(),
                    "aliases": code.aliases(),
                    "title": code.title(),
                    "retry": retry_key(code.retry()),
                    "retry_after_ms": code.retry_after().map(|delay| delay.as_millis() as u64),
                })
            })
            .collect();
        println!(
            "{}",
            serde_json::to_string_pretty(&codes).expect("JSON values print")
        );
        return ExitCode::SUCCESS;
    }
    for code in ErrorCode::ALL {
        let mut codes = code.code().to_string();
        for alias in code.aliases() {
            codes = format!("{codes}, {alias}");
        }
        println!(
            "{codes:<34} {:<13} {}",
            retry_key(code.retry()),
            code.title()
        );
    }
    ExitCode::SUCCESS
}

/// The advice as errors.toml writes it.
pub fn retry_key(retry: Retry) -> &'static str {
    match retry {
        Retry::Never => "never",
        Retry::SameRequest => "same_request",
        Retry::NewTask => "new_task",
    }
}
