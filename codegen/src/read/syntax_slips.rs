//! The slips doc writers make in a line of TOML, read off the line where
//! the parser stopped or the one before it: a bare word for text, a
//! missing quote, comma, `=` or bracket, a unit or separator in a number, a
//! space in a key or a header, `[error]` for `[[error]]`. Each comes with
//! the line as it should be written.

use super::keys::{CATALOG_KEYS, ENTRY_KEYS, PAGE_HEAD_KEYS, PAGE_KEYS};
use crate::diagnostic::Problem;
use crate::suggest::closest;

/// The keys whose value is a whole number.
const NUMBER_KEYS: &[&str] = &["retry_after_ms", "sidebar_position"];

/// The line holding `at` and where it starts.
pub(crate) fn line_around(text: &str, at: usize) -> (usize, &str) {
    let start = text[..at].rfind('\n').map_or(0, |newline| newline + 1);
    let end = text[at..]
        .find('\n')
        .map_or(text.len(), |newline| at + newline);
    (start, &text[start..end])
}

/// A slip on the line of `at`, or on the last line with something on it
/// before that, where a list or text left open shows only on the next line.
pub(crate) fn slip_near(text: &str, at: usize) -> Option<Problem> {
    let (start, line) = line_around(text, at);
    let next = text[start + line.len()..].lines().nth(1);
    if let Some(problem) = slip_on_line(line, start, next) {
        return Some(problem);
    }
    let before = text[..start].trim_end_matches('\n');
    let previous_start = before.rfind('\n').map_or(0, |newline| newline + 1);
    let previous = &before[previous_start..];
    if previous.trim().is_empty() || start == 0 {
        return None;
    }
    slip_on_line(previous, previous_start, Some(line))
}

/// A line's content: up to a `#` that stands outside text.
fn code_of(line: &str) -> &str {
    let mut in_text = false;
    let mut escaped = false;
    for (at, c) in line.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if in_text => escaped = true,
            '"' => in_text = !in_text,
            '#' if !in_text => return &line[..at],
            _ => {}
        }
    }
    line
}

fn is_bare_key(word: &str) -> bool {
    !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

fn syntax(span: std::ops::Range<usize>, message: String) -> Option<Problem> {
    Some(Problem {
        span,
        message: format!("TOML syntax error: {message}"),
    })
}

/// The slip on `line`, which starts at `start` in the text; `next` is the
/// line after it.
fn slip_on_line(line: &str, start: usize, next: Option<&str>) -> Option<Problem> {
    let content = code_of(line).trim_end();
    let indent = content.len() - content.trim_start().len();
    let trimmed = content.trim_start();
    let whole = start + indent..start + content.len();
    if trimmed.starts_with('[') && !trimmed.contains('=') {
        return header_slip(trimmed, whole);
    }
    let Some(equals) = trimmed.find('=') else {
        return missing_equals(trimmed, whole);
    };
    let key = trimmed[..equals].trim();
    let value = trimmed[equals + 1..].trim();
    let value_start = start
        + indent
        + equals
        + 1
        + (trimmed[equals + 1..].len() - trimmed[equals + 1..].trim_start().len());
    let value_span = value_start..value_start + value.len().max(1);
    let words: Vec<&str> = key.split_whitespace().collect();
    if words.len() > 1 && words.iter().all(|word| is_bare_key(word)) {
        let joined = words.join("_");
        let known: Vec<&str> = [CATALOG_KEYS, PAGE_HEAD_KEYS, PAGE_KEYS, ENTRY_KEYS].concat();
        let fixed = closest(&joined, &known).unwrap_or(&joined);
        return syntax(
            whole,
            format!("the key `{key}` holds spaces, which a key cannot; write {fixed} = {value}"),
        );
    }
    if !is_bare_key(key) {
        return None;
    }
    if value.is_empty() {
        let next = next
            .map(|next| code_of(next).trim())
            .filter(|next| !next.is_empty())?;
        return syntax(
            whole,
            format!(
                "`{key}` has no value on its line; write the value on the same line as its key, like {key} = {next}"
            ),
        );
    }
    value_slip(key, value, value_span)
}

/// A slip in a header line: `[error]` for an entry, an unclosed header, a
/// space in a table's name.
fn header_slip(header: &str, span: std::ops::Range<usize>) -> Option<Problem> {
    if header == "[error]" {
        return syntax(
            span,
            "`[error]` is a table of its own, not a new entry; start each entry with [[error]], two brackets on each side".to_string(),
        );
    }
    let depth = if header.starts_with("[[") { 2 } else { 1 };
    let (open, close) = (&"[["[..depth], &"]]"[..depth]);
    let name = header[depth..].trim_end_matches(']').trim();
    if !header.ends_with(close) || header[depth..].ends_with("]]]") {
        return syntax(
            span,
            format!(
                "the header `{header}` does not close as it opens; write it as {open}{name}{close}"
            ),
        );
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.len() > 1 && words.iter().all(|word| word.split('.').all(is_bare_key)) {
        let joined = words.join(".");
        return syntax(
            span,
            format!(
                "the header `{header}` has a space in its name, which a name cannot have; join its parts with a dot: {open}{joined}{close}"
            ),
        );
    }
    None
}

/// A line with no `=`: `title: "X"` or `title "X"`.
fn missing_equals(line: &str, span: std::ops::Range<usize>) -> Option<Problem> {
    if let Some((key, value)) = line.split_once(':') {
        let (key, value) = (key.trim(), value.trim());
        if is_bare_key(key) && !value.is_empty() {
            return syntax(
                span,
                format!(
                    "`{key}` is followed by `:`, but TOML puts `=` between a key and its value; write {key} = {value}"
                ),
            );
        }
    }
    let (key, value) = line.split_once(char::is_whitespace)?;
    let value = value.trim();
    if is_bare_key(key) && value.starts_with(['"', '['])
        || value.starts_with(|c: char| c.is_ascii_digit()) && is_bare_key(key)
    {
        return syntax(
            span,
            format!("`{key}` has no `=` before its value; write {key} = {value}"),
        );
    }
    None
}

/// A slip in the value of `key`.
fn value_slip(key: &str, value: &str, span: std::ops::Range<usize>) -> Option<Problem> {
    if value.starts_with('"') && !value.starts_with("\"\"\"") {
        return match closing_quote(value) {
            None => syntax(
                span,
                format!(
                    "the text of `{key}` has no closing quote; add \" at the end of the text on that line, like {key} = {value}\""
                ),
            ),
            Some(end) if value[end + 1..].trim() == "," => syntax(
                span,
                format!(
                    "a `,` follows the value of `{key}`, but a value ends with its line; remove the comma: {key} = {}",
                    &value[..=end]
                ),
            ),
            Some(end) if !value[end + 1..].trim().is_empty() => {
                let after = value[end + 1..].trim();
                syntax(
                    span,
                    format!(
                        "`{after}` stands after the text of `{key}`, outside its quotes; move it inside them, or delete it: {key} = {} {after}\"",
                        &value[..end]
                    ),
                )
            }
            Some(_) => None,
        };
    }
    if value.starts_with('[') {
        return list_slip(key, value, span);
    }
    if value.starts_with(|c: char| c.is_ascii_digit()) {
        return number_slip(key, value, span);
    }
    let word = value.trim_end_matches(',');
    let is_word = word.chars().next().is_some_and(|c| c.is_alphabetic())
        && word
            .chars()
            .all(|c| c.is_alphanumeric() || "_- .".contains(c));
    if is_word && !["true", "false", "inf", "nan"].contains(&word) {
        let fix = if NUMBER_KEYS.contains(&key) {
            format!("`{key}` is a whole number: write digits only, like {key} = 2000")
        } else {
            format!("text goes in double quotes: {key} = \"{word}\"")
        };
        return syntax(span, format!("the value of `{key}` is a bare word; {fix}"));
    }
    None
}

/// Where the text that opens `value` closes, if on this line.
fn closing_quote(value: &str) -> Option<usize> {
    let mut escaped = false;
    for (at, c) in value.char_indices().skip(1) {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '"' => return Some(at),
            _ => {}
        }
    }
    None
}

/// A list with no `]`, or two items with no comma between them.
fn list_slip(key: &str, value: &str, span: std::ops::Range<usize>) -> Option<Problem> {
    // The items' texts, each with what stands between it and the next.
    let mut items: Vec<&str> = Vec::new();
    let mut gaps: Vec<&str> = Vec::new();
    let mut rest = &value[1..];
    let mut closed = false;
    loop {
        let trimmed = rest.trim_start();
        if trimmed.starts_with(']') {
            closed = true;
            break;
        }
        if !trimmed.starts_with('"') {
            break;
        }
        let end = closing_quote(trimmed)?;
        items.push(&trimmed[..=end]);
        let after = &trimmed[end + 1..];
        let gap_len = after.len() - after.trim_start_matches([' ', '\t', ',']).len();
        gaps.push(&after[..gap_len]);
        rest = &after[gap_len..];
    }
    let commas_missing = gaps
        .iter()
        .take(items.len().saturating_sub(1))
        .any(|gap| !gap.contains(','));
    if commas_missing {
        return syntax(
            span,
            format!(
                "two items of `{key}` have no comma between them; put a comma after each item but the last: {key} = [{}]",
                items.join(", ")
            ),
        );
    }
    if !closed && rest.trim().is_empty() && !items.is_empty() {
        return syntax(
            span,
            format!(
                "the list of `{key}` is not closed; add ] after its last item: {key} = [{}]",
                items.join(", ")
            ),
        );
    }
    None
}

/// A number written with separators or a unit: `2,000`, `2s`.
fn number_slip(key: &str, value: &str, span: std::ops::Range<usize>) -> Option<Problem> {
    let value = value.trim_end_matches(',').trim_end();
    let digits_end = value
        .find(|c: char| !c.is_ascii_digit() && c != '.')
        .unwrap_or(value.len());
    let (number, rest) = value.split_at(digits_end);
    if rest.is_empty() {
        return None;
    }
    let rest_trimmed = rest.trim_start();
    if rest.starts_with([',', ' '])
        && rest_trimmed
            .trim_start_matches(',')
            .trim_start()
            .starts_with(|c: char| c.is_ascii_digit())
    {
        let joined: String = value.chars().filter(char::is_ascii_digit).collect();
        return syntax(
            span,
            format!(
                "the number `{value}` has separators; write it with digits only: {key} = {joined}"
            ),
        );
    }
    let unit = rest_trimmed.to_ascii_lowercase();
    if unit.chars().all(|c| c.is_ascii_alphabetic()) {
        let amount: f64 = number.parse().ok()?;
        let milliseconds = match unit.as_str() {
            "ms" => Some(amount),
            "s" | "sec" | "secs" | "second" | "seconds" => Some(amount * 1000.0),
            "m" | "min" | "mins" | "minute" | "minutes" => Some(amount * 60_000.0),
            _ => None,
        };
        let example = match (key, milliseconds) {
            ("retry_after_ms", Some(ms)) if ms.fract() == 0.0 => format!("{ms:.0}"),
            _ => "2000".to_string(),
        };
        let what = if key == "retry_after_ms" {
            "a whole number of milliseconds, with no unit"
        } else {
            "a whole number, with no unit"
        };
        return syntax(
            span,
            format!("the value `{value}` of `{key}` has a unit; write {what}: {key} = {example}"),
        );
    }
    None
}
