//! A TOML syntax error in a doc writer's words. The parser says what it
//! expected where it stopped ("invalid float, expected `nan`"); a writer
//! needs the slip they made and the line as it should be written
//! (`retry = "never"`). A character they cannot see or tell apart, a quote
//! that ended the text early, or one of the slips of `syntax_slips` explains
//! most errors; only what none of them explains gets the parser's words.

use super::document::SyntaxError;
use super::syntax_slips::{line_around, slip_near};
use crate::characters::{Stray, describe, stray};
use crate::diagnostic::Problem;

/// The problem for a syntax error the parser reported in `text`.
pub fn problem(error: &SyntaxError, text: &str) -> Problem {
    let at = error
        .span
        .as_ref()
        .map_or(0, |span| span.start)
        .min(text.len());
    stray_character(text, at)
        .or_else(|| unescaped_quote(text, at))
        .or_else(|| slip_near(text, at))
        .unwrap_or_else(|| parser_words(error, at))
}

/// The stray character at `at`, or a typographic quote before it on its line.
fn stray_character(text: &str, at: usize) -> Option<Problem> {
    let (line_start, _) = line_around(text, at);
    let here = text[at..]
        .chars()
        .next()
        .and_then(|c| Some((at, c, stray(c)?)));
    let quote_before = || {
        text[line_start..at]
            .char_indices()
            .find(|&(_, c)| stray(c) == Some(Stray::TypographicQuote))
            .map(|(offset, c)| (line_start + offset, c, Stray::TypographicQuote))
    };
    let (offset, c, kind) = here.or_else(quote_before)?;
    let what = describe(c, kind);
    let message = match kind {
        Stray::TypographicQuote => format!(
            "TOML syntax error: the text is in {what}; TOML needs straight quotes, so type \" in place of it and of its partner"
        ),
        Stray::Invisible => format!("TOML syntax error: {what}, stands here; delete it"),
        Stray::Space => format!("TOML syntax error: {what}; replace it with an ordinary space"),
        Stray::LooksLike(ascii) => {
            format!("TOML syntax error: {what}; type `{ascii}` in place of it")
        }
    };
    Some(Problem {
        span: offset..offset + c.len_utf8(),
        message,
    })
}

/// A line like `title = "INVALID "KEY""`, whose text ended at its second
/// quote, and the line as it should be written.
fn unescaped_quote(text: &str, at: usize) -> Option<Problem> {
    let (line_start, line) = line_around(text, at);
    let line_end = line_start + line.len();
    let (key, value) = line.split_once('=')?;
    let value = value.trim();
    let inner = value.strip_prefix('"')?.strip_suffix('"')?;
    if inner.starts_with("\"\"") || !inner.contains('"') {
        return None;
    }
    let mut escaped = String::new();
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                escaped.push(c);
                escaped.extend(chars.next());
            }
            '"' => escaped.push_str("\\\""),
            c => escaped.push(c),
        }
    }
    let key = key.trim();
    Some(Problem {
        span: at.max(line_start)..line_end,
        message: format!(
            "TOML syntax error: a double quote inside the text of `{key}` ends the text early; write each quote inside text as `\\\"`, like {key} = \"{escaped}\""
        ),
    })
}

/// The parser's own words, for a slip none of the others explains.
fn parser_words(error: &SyntaxError, at: usize) -> Problem {
    let message = &error.message;
    let fix = if error.duplicate_key {
        "a key may appear only once in a table: delete or rename one of the two"
    } else {
        "write each line as key = value, text in double quotes, like title = \"NO FUNDS\", and each header in brackets, like [[error]]"
    };
    let span = error
        .span
        .as_ref()
        .map_or(at..at, |span| at..span.end.max(at));
    Problem {
        span,
        message: format!("TOML syntax error: {message}; {fix}"),
    }
}
