//! The Markdown that descriptions are written in, as CommonMark reads it:
//! the front end that folds a description into the one line the reader
//! reads, the tree it gives ([`inline`]) and what it holds ([`contents`]).
//!
//! A description is one paragraph of inline Markdown: `[text](url)`,
//! `**strong**`, `*emphasis*` (or with `_`), `` `code` `` and backslash
//! escapes, as CommonMark reads them. The reader is the catalog's own
//! ([`reader`]), held to agree with markdown-rs, on which the
//! docs site's MDX is built, so the site reads the pages as this module
//! reads the descriptions. Line breaks are soft: they read as a space.
//! What would make the text anything but one paragraph of inline content
//! (a heading, a list, a quote, a fence, a thematic break, a link reference
//! definition) shows as typed; raw HTML, autolinks and character
//! references are refused by the check.

pub mod contents;
pub mod inline;
#[cfg(feature = "pages")]
pub mod markdown_rs;
pub mod reader;

pub use contents::{Carried, carried, link_targets, plain_text};
pub use inline::Inline;
use inline::push_text;

/// A description as CommonMark reads it: the inline content of
/// [`paragraph_line`].
pub fn parse(markdown: &str) -> Vec<Inline> {
    let (_, pieces) = read_line(markdown);
    with_trailing_space(pieces, markdown)
}

/// [`parse`], and the first place in its line where CommonMark might see
/// something the catalog's Markdown leaves out (see
/// [`crate::markdown::reader::refusal`]): what the check needs, the line read once.
pub fn parse_checked(markdown: &str) -> (Vec<Inline>, Option<crate::markdown::reader::Refusal>) {
    let (line, pieces) = read_line(markdown);
    let refusal = crate::markdown::reader::refusal(&line);
    (with_trailing_space(pieces, markdown), refusal)
}

/// The one line that [`parse`] reads `markdown` as: its lines folded into
/// one, and, where that line would open a block, the block's opener
/// escaped (the first character, or the `.` or `)` after an ordered list
/// item's number), so that CommonMark reads it as one paragraph in which
/// the opener shows as typed.
pub fn paragraph_line(markdown: &str) -> String {
    read_line(markdown).0
}

/// [`paragraph_line`], and its inline content, each line read once.
fn read_line(markdown: &str) -> (String, Vec<Inline>) {
    read_line_with(markdown, crate::markdown::reader::paragraph)
}

/// [`read_line`] with another reader of one paragraph: markdown-rs's, for
/// the tests that hold the catalog's own reader to it.
#[doc(hidden)]
pub fn read_line_with(
    markdown: &str,
    paragraph: fn(&str) -> Option<Vec<Inline>>,
) -> (String, Vec<Inline>) {
    let line = one_line(markdown);
    let trimmed = line.trim();
    if let Some(pieces) = paragraph(trimmed) {
        return (trimmed.to_string(), pieces);
    }
    let digits = trimmed.len()
        - trimmed
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .len();
    let guarded = format!("{}\\{}", &trimmed[..digits], &trimmed[digits..]);
    if let Some(pieces) = paragraph(&guarded) {
        return (guarded, pieces);
    }
    // Nothing left to read as a block: every punctuation character escaped.
    let escaped: String = trimmed
        .chars()
        .flat_map(|c| {
            let escape = c.is_ascii_punctuation().then_some('\\');
            escape.into_iter().chain(std::iter::once(c))
        })
        .collect();
    let pieces = paragraph(&escaped).expect("escaped text is one paragraph");
    (escaped, pieces)
}

/// CommonMark drops a paragraph's final spaces; a label ends with one,
/// which stays.
pub(crate) fn with_trailing_space(mut pieces: Vec<Inline>, written: &str) -> Vec<Inline> {
    let written = written.trim_end_matches(['\n', '\r']);
    let trailing = &written[written.trim_end().len()..];
    if !trailing.is_empty() && !written.trim().is_empty() {
        push_text(&mut pieces, trailing);
    }
    pieces
}

/// The text with each line break, and the spaces around it, folded into
/// one space, as a soft line break reads; a hard break (two spaces or a
/// backslash before it) too.
fn one_line(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    for (index, line) in markdown.split('\n').enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if index == 0 {
            out.push_str(line);
            continue;
        }
        out.truncate(out.trim_end_matches([' ', '\t']).len());
        if out.ends_with('\\') && !out.ends_with("\\\\") {
            out.pop();
        }
        out.push(' ');
        out.push_str(line.trim_start_matches([' ', '\t']));
    }
    out
}
