//! `export --format json`: the whole catalog for readers that are not Rust.

use std::process::ExitCode;

use serde_json::{Map, Value, json};

use crate::catalog;
use crate::codegen::markdown;

/// Prints one JSON document; its objects' keys are sorted, so the same
/// catalog always prints the same bytes.
pub fn run() -> ExitCode {
    let catalog = catalog::load();
    let languages: Vec<&str> = catalog
        .languages
        .iter()
        .map(|language| language.tag.as_str())
        .collect();
    let errors: Vec<Value> = catalog
        .entries
        .iter()
        .map(|entry| {
            let mut description = Map::new();
            let mut doc_url = Map::new();
            for (index, tag) in languages.iter().enumerate() {
                let text = &entry.descriptions[index];
                description.insert(
                    tag.to_string(),
                    json!({
                        "markdown": text,
                        "plain": markdown::plain_text(&markdown::parse(text)),
                    }),
                );
                doc_url.insert(tag.to_string(), json!(catalog.doc_url(entry, index)));
            }
            json!({
                "code": entry.code,
                "aliases": entry.aliases,
                "title": entry.title,
                "variant": entry.variant,
                "retry": entry.retry.key(),
                "retry_after_ms": entry.retry_after_ms,
                "retired": entry.retired,
                "description": description,
                "doc_url": doc_url,
            })
        })
        .collect();
    let document = json!({ "languages": languages, "errors": errors });
    println!(
        "{}",
        serde_json::to_string_pretty(&document).expect("JSON values print")
    );
    ExitCode::SUCCESS
}
