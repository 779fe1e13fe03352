//! The Markdown that descriptions are written in, as CommonMark reads it,
//! and its plain-text and rustdoc renderings.
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

#[cfg(feature = "pages")]
pub mod markdown_rs;
pub mod reader;

/// One piece of a description.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline {
    Text(String),
    Code(String),
    /// Strong emphasis, and the character of its delimiters as written:
    /// `*` or `_`, which the pages write again so that the text around
    /// them reads them as it did.
    Strong(Vec<Inline>, char),
    Emphasis(Vec<Inline>, char),
    Link {
        text: Vec<Inline>,
        url: String,
    },
    /// Not allowed in the catalog: validation reports it.
    Image {
        text: Vec<Inline>,
        url: String,
    },
}

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

/// Appends `text`, joined to the text before it.
pub(crate) fn push_text(pieces: &mut Vec<Inline>, text: &str) {
    if let Some(Inline::Text(last)) = pieces.last_mut() {
        last.push_str(text);
    } else {
        pieces.push(Inline::Text(text.to_string()));
    }
}

/// The description as plain text: link text without its URL, no emphasis or
/// code marks, line breaks folded into single spaces.
pub fn plain_text(pieces: &[Inline]) -> String {
    let mut out = String::new();
    write_plain(pieces, &mut out);
    out
}

fn write_plain(pieces: &[Inline], out: &mut String) {
    for piece in pieces {
        match piece {
            Inline::Text(text) => out.push_str(&fold_line_breaks(text)),
            Inline::Code(code) => out.push_str(code),
            Inline::Strong(inner, _)
            | Inline::Emphasis(inner, _)
            | Inline::Link { text: inner, .. }
            | Inline::Image { text: inner, .. } => write_plain(inner, out),
        }
    }
}

/// Every run of whitespace that holds a line break becomes one space: a
/// soft line break, as a reader sees it. Applied to text, never to code.
pub(crate) fn fold_line_breaks(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (index, line) in text.split('\n').enumerate() {
        if index == 0 {
            out.push_str(line);
        } else {
            out.truncate(out.trim_end().len());
            out.push(' ');
            out.push_str(line.trim_start());
        }
    }
    out
}

/// The description as Markdown for rustdoc, one line, in which the text can
/// only ever be text: every character Markdown or HTML would read as syntax
/// is escaped, and emphasis is written as HTML so that no neighbouring
/// character can stop it from rendering. `resolve` turns each link target
/// into the address rustdoc should link to.
pub fn rustdoc(pieces: &[Inline], resolve: &dyn Fn(&str) -> String) -> String {
    let mut out = String::new();
    write_rustdoc(pieces, resolve, &mut out);
    out
}

fn write_rustdoc(pieces: &[Inline], resolve: &dyn Fn(&str) -> String, out: &mut String) {
    for piece in pieces {
        match piece {
            Inline::Text(text) => escape_text(&fold_line_breaks(text), out),
            Inline::Code(code) => out.push_str(&code_literal(code)),
            Inline::Strong(inner, _) => {
                out.push_str("<strong>");
                write_rustdoc(inner, resolve, out);
                out.push_str("</strong>");
            }
            Inline::Emphasis(inner, _) => {
                out.push_str("<em>");
                write_rustdoc(inner, resolve, out);
                out.push_str("</em>");
            }
            Inline::Link { text, url } => {
                out.push('[');
                write_rustdoc(text, resolve, out);
                out.push_str(&link_destination(&resolve(url)));
            }
            // Validation refuses images: only ever its text.
            Inline::Image { text, .. } => write_rustdoc(text, resolve, out),
        }
    }
}

/// `](<url>)`: the angle brackets let the address hold parentheses and
/// spaces; neither `<`, `>` nor a line break can reach here.
pub fn link_destination(url: &str) -> String {
    format!("](<{url}>)")
}

/// Writes text for rustdoc with Markdown and HTML syntax escaped.
pub fn escape_text(text: &str, out: &mut String) {
    for (at, c) in text.char_indices() {
        // A bare `scheme://` would make rustdoc warn that the URL is not a link.
        let starts_url = c == ':' && text[at + 1..].starts_with("//");
        if "\\`*_[]<>&!#|~{}".contains(c) || starts_url {
            out.push('\\');
        }
        out.push(c);
    }
}

/// `text` as a Markdown code span, fenced with one backtick more than the
/// longest run inside it, so no content can close it early.
pub fn code_literal(text: &str) -> String {
    let longest_run = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest_run + 1);
    // A reader takes one space off each end when both have one (and the
    // span is more than spaces): a pad keeps the text's own.
    let spaced = text.starts_with(' ') && text.ends_with(' ') && !text.trim().is_empty();
    let pad = if text.starts_with('`') || text.ends_with('`') || spaced {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{text}{pad}{fence}")
}

/// What a translation must carry over unchanged: a link's target or a code
/// span's text.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Reference {
    Link(String),
    Code(String),
}

impl Reference {
    /// The link target or the code, as `may_differ` lists it.
    pub fn target(&self) -> &str {
        match self {
            Reference::Link(url) | Reference::Code(url) => url,
        }
    }
}

impl std::fmt::Display for Reference {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Reference::Link(url) => write!(f, "the link to `{url}`"),
            Reference::Code(code) => write!(f, "the code span `{code}`"),
        }
    }
}

/// The targets of the links in `pieces`, in reading order, each once.
pub fn link_targets(pieces: &[Inline]) -> Vec<String> {
    fn walk(pieces: &[Inline], out: &mut Vec<String>) {
        for piece in pieces {
            match piece {
                Inline::Link { text, url } => {
                    if !out.contains(url) {
                        out.push(url.clone());
                    }
                    walk(text, out);
                }
                Inline::Strong(inner, _) | Inline::Emphasis(inner, _) => walk(inner, out),
                Inline::Text(_) | Inline::Code(_) | Inline::Image { .. } => {}
            }
        }
    }
    let mut out = Vec::new();
    walk(pieces, &mut out);
    out
}

/// Every link target and code span in `pieces`, links' text included.
pub fn references(pieces: &[Inline]) -> std::collections::BTreeSet<Reference> {
    let mut found = std::collections::BTreeSet::new();
    collect_references(pieces, &mut found);
    found
}

fn collect_references(pieces: &[Inline], found: &mut std::collections::BTreeSet<Reference>) {
    for piece in pieces {
        match piece {
            Inline::Text(_) => {}
            Inline::Code(code) => {
                found.insert(Reference::Code(code.clone()));
            }
            Inline::Strong(inner, _) | Inline::Emphasis(inner, _) => {
                collect_references(inner, found)
            }
            Inline::Link { text, url } | Inline::Image { text, url } => {
                found.insert(Reference::Link(url.clone()));
                collect_references(text, found);
            }
        }
    }
}
