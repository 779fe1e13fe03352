//! `explain CODE`: like `rustc --explain`, for an API error code, wholly in
//! the reader's language.

use std::fmt::Write;
use std::process::ExitCode;

use capmonster_errors::{CODES, ErrorCode, Label, Lang};

use crate::{language, output};

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
    output::emit(&explanation(code, lang))
}

fn explanation(code: ErrorCode, lang: Lang) -> String {
    let mut out = String::new();
    // Writing to a String cannot fail.
    let _ = writeln!(out, "{}: {}", code.code(), code.title());
    if !code.aliases().is_empty() {
        let _ = writeln!(
            out,
            "{}{}",
            lang.label(Label::Aliases),
            code.aliases().join(", ")
        );
    }
    let _ = writeln!(out, "\n{}\n", code.description(lang));
    let _ = writeln!(out, "{}{}", lang.label(Label::Advice), code.advice(lang));
    if let Some(reason) = code.retired() {
        let _ = writeln!(out, "{}{reason}", lang.label(Label::Retired));
    }
    let _ = writeln!(out, "{}{}", lang.label(Label::Docs), code.doc_url(lang));
    out
}

/// Up to three known codes within a few edits of `raw`, nearest first,
/// ignoring case and a missing `ERROR_` prefix: `error_zero_balanse` and
/// `ZERO_BALANCE` both suggest `ERROR_ZERO_BALANCE`.
fn nearest_codes(raw: &str) -> Vec<&'static str> {
    let wanted = raw.to_ascii_uppercase();
    let mut scored: Vec<(usize, &'static str)> = CODES
        .keys()
        .map(|&known| {
            let unprefixed = known.strip_prefix("ERROR_").unwrap_or(known);
            let distance = strsim::damerau_levenshtein(&wanted, known)
                .min(strsim::damerau_levenshtein(&wanted, unprefixed));
            (distance, known)
        })
        .filter(|&(distance, known)| distance <= (known.len() / 4).max(2))
        .collect();
    scored.sort();
    scored.into_iter().take(3).map(|(_, known)| known).collect()
}
