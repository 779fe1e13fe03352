//! Where each byte of a TOML string's value stands in the file, through
//! escapes (`\"`, `\\`, `\u00e9`) and the trimming and line-ending
//! backslashes of multi-line strings, so that a problem inside a text
//! points at its own characters and not at the whole string.

/// For `literal`, a TOML string as written (from its opening quote to its
/// closing one), the offset within it of each byte of `value`, and of the
/// closing quote after the last: `value.len() + 1` offsets, in order. A
/// byte made by an escape stands at the escape's backslash.
///
/// `None` when reading `literal` does not give `value`: then the caller
/// knows only the whole string's place.
pub fn value_offsets(literal: &str, value: &str) -> Option<Vec<usize>> {
    let (quote, escapes) = if literal.starts_with("\"\"\"") {
        ("\"\"\"", true)
    } else if literal.starts_with("'''") {
        ("'''", false)
    } else if literal.starts_with('"') {
        ("\"", true)
    } else if literal.starts_with('\'') {
        ("'", false)
    } else {
        return None;
    };
    if !literal.ends_with(quote) || literal.len() < 2 * quote.len() {
        return None;
    }
    let end = literal.len() - quote.len();
    let multi_line = quote.len() == 3;
    let mut at = quote.len();
    // A newline right after the opening quotes is no part of the value.
    // (The generator reads text with LF line endings, but TOML allows CRLF.)
    if multi_line {
        if literal[at..].starts_with('\n') {
            at += 1;
        } else if literal[at..].starts_with("\r\n") {
            at += 2;
        }
    }
    let mut read = String::with_capacity(value.len());
    let mut offsets = Vec::with_capacity(value.len() + 1);
    while at < end {
        let rest = &literal[at..end];
        let c = rest.chars().next()?;
        if c != '\\' || !escapes {
            read.push(c);
            offsets.extend((0..c.len_utf8()).map(|byte| at + byte));
            at += c.len_utf8();
            continue;
        }
        let (made, len) = escape(rest, multi_line)?;
        if let Some(made) = made {
            read.push(made);
            offsets.extend(std::iter::repeat_n(at, made.len_utf8()));
        }
        at += len;
    }
    offsets.push(end);
    (read == value).then_some(offsets)
}

/// The escape at the start of `rest` (a backslash first): the character it
/// makes, if any, and its length as written.
fn escape(rest: &str, multi_line: bool) -> Option<(Option<char>, usize)> {
    let after = rest[1..].chars().next()?;
    let simple = match after {
        'b' => Some('\u{8}'),
        't' => Some('\t'),
        'n' => Some('\n'),
        'f' => Some('\u{c}'),
        'r' => Some('\r'),
        'e' => Some('\u{1b}'),
        '"' => Some('"'),
        '\\' => Some('\\'),
        _ => None,
    };
    if let Some(made) = simple {
        return Some((Some(made), 2));
    }
    let digits = match after {
        'x' => 2,
        'u' => 4,
        'U' => 8,
        ' ' | '\t' | '\n' | '\r' if multi_line => {
            // A line-ending backslash: it and all white space and line
            // breaks after it make nothing.
            let after = &rest[1..];
            let kept = after.trim_start_matches([' ', '\t', '\n', '\r']);
            return Some((None, rest.len() - kept.len()));
        }
        _ => return None,
    };
    let hex = rest.get(2..2 + digits)?;
    let made = char::from_u32(u32::from_str_radix(hex, 16).ok()?)?;
    Some((Some(made), 2 + digits))
}
