//! `export [--format json]`: the whole catalog for readers that are not Rust.

use std::process::ExitCode;

use capmonster_errors::{ErrorCode, Lang};
use serde_json::{Map, Value, json};

use crate::output;

/// Prints one JSON document; its objects' keys are sorted, so the same
/// catalog always prints the same bytes.
pub fn run() -> ExitCode {
    let languages: Vec<&str> = Lang::ALL.iter().map(|lang| lang.code()).collect();
    let errors: Vec<Value> = ErrorCode::ALL.iter().map(|&code| entry(code)).collect();
    let document = json!({ "languages": languages, "errors": errors });
    let text = serde_json::to_string_pretty(&document).expect("JSON values print");
    output::emit(&format!("{text}\n"))
}

fn entry(code: ErrorCode) -> Value {
    let mut description = Map::new();
    let mut doc_url = Map::new();
    let mut advice = Map::new();
    for &lang in Lang::ALL {
        description.insert(
            lang.code().to_string(),
            json!({
                "markdown": code.description_markdown(lang),
                "plain": code.description(lang),
            }),
        );
        doc_url.insert(lang.code().to_string(), json!(code.doc_url(lang)));
        advice.insert(lang.code().to_string(), json!(code.advice(lang)));
    }
    json!({
        "code": code.code(),
        "aliases": code.aliases(),
        "title": code.title(),
        // The variant's name, as Rust programs write it.
        "variant": format!("{code:?}"),
        "retry": code.retry().as_str(),
        "retry_after_ms": code.retry_after().map(|delay| delay.as_millis() as u64),
        "retired": code.retired(),
        "advice": advice,
        "description": description,
        "doc_url": doc_url,
    })
}
