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

/// [`parse`], and every place in its line where CommonMark might see
/// something the catalog's Markdown leaves out (see
/// [`crate::markdown::reader::refusals`]), each `at` an offset in
/// `markdown` itself: what the check needs, the line read once.
pub fn parse_checked(markdown: &str) -> (Vec<Inline>, Vec<crate::markdown::reader::Refusal>) {
    let (line, pieces) = read_line(markdown);
    let mut refusals = crate::markdown::reader::refusals(&line.text);
    for refusal in &mut refusals {
        refusal.at = line.origin[refusal.at];
        refusal.end = line.origin[refusal.end];
    }
    (with_trailing_space(pieces, markdown), refusals)
}

/// The one line that [`parse`] reads `markdown` as: its lines folded into
/// one, and, where that line would open a block, the block's opener
/// escaped (the first character, or the `.` or `)` after an ordered list
/// item's number), so that CommonMark reads it as one paragraph in which
/// the opener shows as typed.
pub fn paragraph_line(markdown: &str) -> String {
    read_line(markdown).0.text
}

/// [`paragraph_line`], and its inline content, each line read once.
fn read_line(markdown: &str) -> (Line, Vec<Inline>) {
    read_line_with(markdown, crate::markdown::reader::paragraph)
}

/// A line made from a description, and where each of its bytes came from.
#[doc(hidden)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub text: String,
    /// For each byte of `text`, and one past its end, the offset in the
    /// description of the byte it was made from: an escaping backslash the
    /// line adds counts as the character it escapes.
    pub origin: Vec<usize>,
}

impl Line {
    /// The part of the line from `range`, and where it came from.
    fn slice(&self, range: std::ops::Range<usize>) -> Line {
        Line {
            text: self.text[range.clone()].to_string(),
            origin: self.origin[range.start..=range.end].to_vec(),
        }
    }

    /// The line with a backslash before each character at which `escape`
    /// says so.
    fn escaped(&self, escape: impl Fn(usize, char) -> bool) -> Line {
        let mut line = Line {
            text: String::with_capacity(self.text.len() + 8),
            origin: Vec::with_capacity(self.origin.len() + 8),
        };
        for (at, c) in self.text.char_indices() {
            if escape(at, c) {
                line.text.push('\\');
                line.origin.push(self.origin[at]);
            }
            line.text.push(c);
            line.origin
                .extend((0..c.len_utf8()).map(|offset| self.origin[at + offset]));
        }
        line.origin.push(self.origin[self.text.len()]);
        line
    }
}

/// [`read_line`] with another reader of one paragraph: markdown-rs's, for
/// the tests that hold the catalog's own reader to it.
#[doc(hidden)]
pub fn read_line_with(
    markdown: &str,
    paragraph: fn(&str) -> Option<Vec<Inline>>,
) -> (Line, Vec<Inline>) {
    let line = one_line(markdown);
    let start = line.text.len() - line.text.trim_start().len();
    let end = line.text.trim_end().len().max(start);
    let trimmed = line.slice(start..end);
    if let Some(pieces) = paragraph(&trimmed.text) {
        return (trimmed, pieces);
    }
    let digits = trimmed.text.len()
        - trimmed
            .text
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .len();
    let guarded = trimmed.escaped(|at, _| at == digits);
    if let Some(pieces) = paragraph(&guarded.text) {
        return (guarded, pieces);
    }
    // Nothing left to read as a block: every punctuation character escaped.
    let escaped = trimmed.escaped(|_, c| c.is_ascii_punctuation());
    let pieces = paragraph(&escaped.text).expect("escaped text is one paragraph");
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
fn one_line(markdown: &str) -> Line {
    let mut out = Line {
        text: String::with_capacity(markdown.len()),
        origin: Vec::with_capacity(markdown.len() + 1),
    };
    let mut line_start = 0;
    for (index, line) in markdown.split('\n').enumerate() {
        let offset = line_start;
        line_start += line.len() + 1;
        let line = line.strip_suffix('\r').unwrap_or(line);
        let (skipped, line) = if index == 0 {
            (0, line)
        } else {
            let kept = out.text.trim_end_matches([' ', '\t']).len();
            out.text.truncate(kept);
            out.origin.truncate(kept);
            if out.text.ends_with('\\') && !out.text.ends_with("\\\\") {
                out.text.pop();
                out.origin.pop();
            }
            // The space stands for the line break.
            out.text.push(' ');
            out.origin.push(offset - 1);
            let rest = line.trim_start_matches([' ', '\t']);
            (line.len() - rest.len(), rest)
        };
        out.text.push_str(line);
        out.origin
            .extend((0..line.len()).map(|at| offset + skipped + at));
    }
    out.origin.push(markdown.len());
    out
}
