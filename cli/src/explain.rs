//! `explain CODE`: like `rustc --explain`, for an API error code.

use std::process::ExitCode;

use capmonster_errors::{CODES, ErrorCode};

use crate::language;

pub fn run(raw: &str, lang: Option<&str>) -> ExitCode {
    let lang = match language::choose(lang) {
        Ok(lang) => lang,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::from(2);
        }
    };
    let Some(code) = ErrorCode::from_code(raw) else {
        eprintln!("error: {raw:?} is not a CapMonster Cloud error code in this catalog");
        let nearest = nearest_codes(raw);
        if !nearest.is_empty() {
            eprintln!("did you mean {}?", nearest.join(", or "));
        }
        return ExitCode::from(2);
    };
    println!("{}: {}", code.code(), code.title());
    if !code.aliases().is_empty() {
        println!("Also sent as: {}", code.aliases().join(", "));
    }
    println!();
    println!("{}", code.description(lang));
    println!();
    println!("What to do: {}.", code.advice());
    if let Some(reason) = code.retired() {
        println!("Retired: the API no longer sends this code. {reason}");
    }
    println!("Docs: {}", code.doc_url(lang));
    ExitCode::SUCCESS
}

/// Up to three known codes within a few edits of `raw`, nearest first,
/// ignoring case: `error_zero_balanse` suggests `ERROR_ZERO_BALANCE`.
fn nearest_codes(raw: &str) -> Vec<&'static str> {
    let wanted = raw.to_ascii_uppercase();
    let mut scored: Vec<(usize, &'static str)> = CODES
        .keys()
        .map(|&known| (strsim::damerau_levenshtein(&wanted, known), known))
        .filter(|&(distance, known)| distance <= (known.len() / 4).max(2))
        .collect();
    scored.sort();
    scored.into_iter().take(3).map(|(_, known)| known).collect()
}
