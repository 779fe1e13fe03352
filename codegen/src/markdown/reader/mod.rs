//! CommonMark's reading of one line of the catalog's Markdown, written for
//! the build script, so that a dependent's build compiles no Markdown
//! parser.
//!
//! It reads what CommonMark reads in one line that holds one paragraph:
//! character escapes, code spans, links and images with an inline
//! destination, and emphasis, by the rules markdown-rs (the reader the docs
//! site's MDX is built on) applies; and it tells whether the line would
//! open a block instead of a paragraph. It does not read raw HTML,
//! autolinks or character references: where CommonMark might see one, it
//! says so ([`Refusal`]), and the catalog's check reports it, so that such
//! text never reaches a page. On every line it accepts, it agrees with
//! markdown-rs: `tests/unit/commonmark_reader.rs` and the `commonmark`
//! fuzz target hold it to that.

mod blocks;
mod destination;
mod inlines;
mod punctuation;
mod punctuation_table;
mod refusal;

/// The characters beyond ASCII counted as punctuation, as ranges; for the
/// test that holds them to markdown-rs.
#[doc(hidden)]
pub use punctuation_table::RANGES as PUNCTUATION_RANGES;

pub use refusal::{Refusal, RefusalKind};

use crate::markdown::inline::Inline;

/// The inline content of `line`, one line of Markdown, when CommonMark
/// reads it as exactly one paragraph (or nothing), else `None`.
pub fn paragraph(line: &str) -> Option<Vec<Inline>> {
    if line.is_empty() {
        return Some(Vec::new());
    }
    let start = paragraph_start(line)?;
    Some(inlines::read(line, start).0)
}

/// Every place in `line`, read as [`paragraph`] reads it, where
/// CommonMark might see raw HTML, an autolink or a character reference.
pub fn refusals(line: &str) -> Vec<Refusal> {
    paragraph_start(line).map_or_else(Vec::new, |start| inlines::read(line, start).1)
}

/// Where the paragraph's text starts in `line` (a line with nothing before
/// it but perhaps a byte order mark and spaces), or `None` when the line
/// opens a block or holds nothing. A byte order mark is not text to
/// CommonMark, though `*` or `_` after it has it for a neighbour; spaces
/// after it count as at the start of a line, where four make code.
fn paragraph_start(line: &str) -> Option<usize> {
    let bom = if line.starts_with('\u{feff}') {
        '\u{feff}'.len_utf8()
    } else {
        0
    };
    // markdown-rs counts the mark's three bytes as three columns, so a tab
    // right after it reaches the first tab stop with one.
    let first_column = bom;
    let mut column = first_column;
    let mut start = bom;
    for byte in line[bom..].bytes() {
        match byte {
            b' ' => column += 1,
            b'\t' => column += 4 - column % 4,
            _ => break,
        }
        start += 1;
    }
    (start < line.len() && column - first_column < 4 && !blocks::opens_block(&line[start..]))
        .then_some(start)
}

/// Whether a character counts as punctuation where CommonMark decides what
/// `*` and `_` may open or close.
fn is_punctuation(c: char) -> bool {
    c.is_ascii_punctuation() || punctuation::is_unicode_punctuation(c)
}

/// How a character next to a run of `*` or `_` counts; the start and the
/// end of the line count as whitespace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Whitespace,
    Punctuation,
    Other,
}

fn kind(c: Option<char>) -> Kind {
    match c {
        None => Kind::Whitespace,
        Some(c) if c.is_whitespace() => Kind::Whitespace,
        Some(c) if is_punctuation(c) => Kind::Punctuation,
        Some(_) => Kind::Other,
    }
}

/// Text with CommonMark's backslash escapes resolved: a `\` before ASCII
/// punctuation stands for that character.
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(&next) = chars.peek() {
                if next.is_ascii_punctuation() {
                    out.push(next);
                    chars.next();
                    continue;
                }
            }
        }
        out.push(c);
    }
    out
}

/// The length of the character reference `text` starts with (`&amp;`,
/// `&#35;`, `&#x23;`), judged by its shape alone: a name of letters and
/// digits counts whether or not HTML knows it.
fn reference_len(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    if bytes.first() != Some(&b'&') {
        return None;
    }
    let (start, max, allowed): (usize, usize, fn(&u8) -> bool) = match (bytes.get(1), bytes.get(2))
    {
        (Some(b'#'), Some(b'x' | b'X')) => (3, 6, u8::is_ascii_hexdigit),
        (Some(b'#'), _) => (2, 7, u8::is_ascii_digit),
        _ => (1, 31, u8::is_ascii_alphanumeric),
    };
    let digits = bytes[start..]
        .iter()
        .take_while(|byte| allowed(byte))
        .count();
    ((1..=max).contains(&digits) && bytes.get(start + digits) == Some(&b';'))
        .then_some(start + digits + 1)
}
