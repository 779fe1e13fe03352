//! `explain CODE`: like `rustc --explain`, for an API error code, wholly in
//! the reader's language. Given a whole error response instead, it also
//! shows the server's `errorDescription`, which for some codes names what
//! to fix.

use std::fmt::Write;
use std::io::Read;
use std::process::ExitCode;

use capmonster_errors::{ApiError, ApiResponse, CODES, ErrorCode, Label, Lang};

use crate::{language, output};

pub fn run(argument: &str, lang: Option<&str>) -> ExitCode {
    let lang = match language::choose(lang) {
        Ok(lang) => lang,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::from(2);
        }
    };
    let error = match read(argument) {
        Ok(Input::Error(error)) => error,
        Ok(Input::Code(typed)) => ApiError::new(as_meant(&typed).as_str()),
        Ok(Input::Success) => {
            return output::emit(
                "errorId is 0: this response is a success, not an error; there is nothing to explain.\n",
            );
        }
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::from(2);
        }
    };
    let server_said = error
        .server_description_line()
        .map(|line| format!("{}{line}\n", lang.label(Label::Server)));
    let Some(code) = error.code() else {
        let raw = error.raw_code();
        eprintln!("error: {raw:?} is not a CapMonster Cloud error code in this catalog");
        let nearest = nearest_codes(raw);
        if !nearest.is_empty() {
            eprintln!("did you mean {}?", nearest.join(", or "));
        }
        if let Some(line) = server_said {
            eprint!("{line}");
        }
        eprintln!("{}{}", lang.label(Label::Advice), error.advice(lang));
        return ExitCode::from(2);
    };
    output::emit(&explanation(code, lang, server_said.as_deref()))
}

/// What `explain` was given.
enum Input {
    /// A code as typed.
    Code(String),
    /// An error response.
    Error(ApiError),
    /// A response whose `errorId` is 0.
    Success,
}

/// What `argument` holds (`-`: standard input). A body reads as JSON: one
/// that starts with `{`; anything else is a code.
fn read(argument: &str) -> Result<Input, String> {
    let given = if argument == "-" {
        let mut input = String::new();
        std::io::stdin()
            .read_to_string(&mut input)
            .map_err(|error| format!("cannot read standard input: {error}"))?;
        if input.trim().is_empty() {
            return Err(
                "standard input is empty; give a code or an error response body, like: echo ERROR_ZERO_BALANCE | capmonster-errors explain -"
                    .to_string(),
            );
        }
        // The line's end is how standard input ends, not part of a code.
        input.trim().to_string()
    } else {
        argument.to_string()
    };
    if !given.trim_start().starts_with('{') {
        return Ok(Input::Code(given));
    }
    match serde_json::from_str::<ApiResponse<serde_json::Value>>(&given) {
        Ok(ApiResponse::Err(error)) => Ok(Input::Error(error)),
        Ok(ApiResponse::Ok(_)) => Ok(Input::Success),
        Err(error) => Err(format!("not an error response of the API: {error}")),
    }
}

/// The code `typed` means: as typed when the catalog knows it, else the
/// known code it is but for case and spaces around it, which is said on
/// standard error, as a suggestion would be.
fn as_meant(typed: &str) -> String {
    if ErrorCode::from_code(typed).is_some() {
        return typed.to_string();
    }
    let normalized = typed.trim().to_ascii_uppercase();
    match ErrorCode::from_code(&normalized) {
        Some(_) => {
            eprintln!("note: reading {typed:?} as {normalized}, the code the API sends");
            normalized
        }
        None => typed.to_string(),
    }
}

/// The code's entry in `lang`, with the server's words, already labelled,
/// under its description.
fn explanation(code: ErrorCode, lang: Lang, server_said: Option<&str>) -> String {
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
    let _ = writeln!(out, "\n{}", code.description(lang));
    // The addresses of the description's links, which its text leaves out.
    for address in code.links(lang) {
        let _ = writeln!(out, "  {address}");
    }
    out.extend(server_said);
    out.push('\n');
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
