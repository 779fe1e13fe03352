//! The Markdown that descriptions are written in, and its renderings.
//!
//! Descriptions are one paragraph of inline Markdown, as on the docs site:
//! `[text](url)`, `**strong**`, `*emphasis*`, `` `code` `` and backslash
//! escapes. Anything else is text. Line breaks inside a description are soft:
//! they render as a space.

/// One piece of a description.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline {
    Text(String),
    Code(String),
    Strong(Vec<Inline>),
    Emphasis(Vec<Inline>),
    Link { text: Vec<Inline>, url: String },
}

pub fn parse(markdown: &str) -> Vec<Inline> {
    let mut scanner = Scanner::new(markdown);
    let mut pieces = Vec::new();
    let mut text = String::new();
    let mut at = 0;
    while let Some(next) = markdown[at..].chars().next() {
        if let Some((piece, after)) = special(&mut scanner, at) {
            match piece {
                Some(Inline::Text(escaped)) => text.push_str(&escaped),
                Some(piece) => {
                    if !text.is_empty() {
                        pieces.push(Inline::Text(std::mem::take(&mut text)));
                    }
                    pieces.push(piece);
                }
                None => text.push_str(&markdown[at..after]),
            }
            at = after;
        } else {
            text.push(next);
            at += next.len_utf8();
        }
    }
    if !text.is_empty() {
        pieces.push(Inline::Text(text));
    }
    pieces
}

/// Recognizes the construct at `at`: `Some((Some(piece), after))` for a
/// piece, `Some((None, after))` for text to keep as written (an escape, a
/// run of backticks with no closing run), `None` for an ordinary character.
/// `after` is the offset where the construct ends.
fn special(scanner: &mut Scanner<'_>, at: usize) -> Option<(Option<Inline>, usize)> {
    let rest = &scanner.text[at..];
    let mut chars = rest.chars();
    match chars.next()? {
        '\\' => {
            let escaped = chars.next().filter(char::is_ascii_punctuation)?;
            Some((
                Some(Inline::Text(escaped.to_string())),
                at + 1 + escaped.len_utf8(),
            ))
        }
        '`' => Some(code_span(scanner, at)),
        '*' if rest.starts_with("**") => {
            let (inner, after) = scanner.enclosed(at + 2, Closer::Strong)?;
            Some((Some(Inline::Strong(parse(inner))), after))
        }
        '*' => {
            let (inner, after) = scanner.enclosed(at + 1, Closer::Emphasis)?;
            Some((Some(Inline::Emphasis(parse(inner))), after))
        }
        '[' => {
            let (text, url_start) = scanner.enclosed(at + 1, Closer::LinkText)?;
            let url_end = scanner.next(Closer::LinkEnd, url_start)?;
            let url = &scanner.text[url_start..url_end];
            let url_ok =
                !url.is_empty() && !url.contains(|c: char| c.is_whitespace() || "<>()".contains(c));
            url_ok.then(|| {
                let link = Inline::Link {
                    text: parse(text),
                    url: url.to_string(),
                };
                (Some(link), url_end + 1)
            })
        }
        _ => None,
    }
}

/// What a construct's text ends with.
#[derive(Clone, Copy)]
enum Closer {
    Strong,
    Emphasis,
    LinkText,
    LinkEnd,
}

impl Closer {
    const COUNT: usize = 4;

    fn pattern(self) -> &'static str {
        match self {
            Closer::Strong => "**",
            Closer::Emphasis => "*",
            Closer::LinkText => "](",
            Closer::LinkEnd => ")",
        }
    }
}

/// Finds closers in one text in linear time overall.
///
/// Offsets asked about only grow while a text is parsed, so the first
/// closer at or after one offset is also the first at or after any later
/// offset up to it, and a closer found missing stays missing: each search
/// is remembered, and no part of the text is searched twice for the same
/// closer. Without this, a description of many `[` took quadratic time.
struct Scanner<'a> {
    text: &'a str,
    /// Per closer: not searched yet, found at an offset, or absent from the
    /// rest of the text.
    next: [Option<Option<usize>>; Closer::COUNT],
    /// Every run of backticks: its length and the offsets where it starts,
    /// found on first use.
    backtick_runs: Option<std::collections::HashMap<usize, Vec<usize>>>,
}

impl<'a> Scanner<'a> {
    fn new(text: &'a str) -> Self {
        Self {
            text,
            next: [None; Closer::COUNT],
            backtick_runs: None,
        }
    }

    /// The offset of the first `closer` at or after `from`.
    fn next(&mut self, closer: Closer, from: usize) -> Option<usize> {
        let memo = &mut self.next[closer as usize];
        match *memo {
            Some(None) => return None,
            Some(Some(found)) if found >= from => return Some(found),
            _ => {}
        }
        let found = self.text[from..]
            .find(closer.pattern())
            .map(|offset| from + offset);
        *memo = Some(found);
        found
    }

    /// The text from `from` up to `closer`, and the offset after the
    /// closer, when that text is not empty and does not start or end with
    /// a space, so that `a * b * c` stays text.
    fn enclosed(&mut self, from: usize, closer: Closer) -> Option<(&'a str, usize)> {
        let end = self.next(closer, from)?;
        let inner = &self.text[from..end];
        let trimmed = !inner.is_empty() && inner.trim() == inner;
        trimmed.then_some((inner, end + closer.pattern().len()))
    }

    /// The start of the first run of exactly `len` backticks at or after `from`.
    fn backtick_run(&mut self, len: usize, from: usize) -> Option<usize> {
        let text = self.text;
        let runs = self.backtick_runs.get_or_insert_with(|| {
            let mut runs: std::collections::HashMap<usize, Vec<usize>> =
                std::collections::HashMap::new();
            let bytes = text.as_bytes();
            let mut at = 0;
            while at < bytes.len() {
                if bytes[at] == b'`' {
                    let start = at;
                    while at < bytes.len() && bytes[at] == b'`' {
                        at += 1;
                    }
                    runs.entry(at - start).or_default().push(start);
                } else {
                    at += 1;
                }
            }
            runs
        });
        let starts = runs.get(&len)?;
        let index = starts.partition_point(|&start| start < from);
        starts.get(index).copied()
    }
}

/// The code span that starts at `at`, or the run of backticks there as text
/// when no run of the same length closes it.
fn code_span(scanner: &mut Scanner<'_>, at: usize) -> (Option<Inline>, usize) {
    let rest = &scanner.text[at..];
    let fence_len = rest.len() - rest.trim_start_matches('`').len();
    let body_start = at + fence_len;
    let Some(end) = scanner.backtick_run(fence_len, body_start) else {
        return (None, body_start);
    };
    // As CommonMark reads a code span: line breaks become spaces, then one
    // space is taken off each end when both have one and there is more.
    let content = scanner.text[body_start..end].replace('\n', " ");
    let content = match content.strip_prefix(' ').and_then(|c| c.strip_suffix(' ')) {
        Some(inner) if !inner.trim().is_empty() => inner,
        _ => &content,
    };
    (Some(Inline::Code(content.to_string())), end + fence_len)
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
            Inline::Strong(inner) | Inline::Emphasis(inner) | Inline::Link { text: inner, .. } => {
                write_plain(inner, out)
            }
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
            Inline::Strong(inner) => {
                out.push_str("<strong>");
                write_rustdoc(inner, resolve, out);
                out.push_str("</strong>");
            }
            Inline::Emphasis(inner) => {
                out.push_str("<em>");
                write_rustdoc(inner, resolve, out);
                out.push_str("</em>");
            }
            Inline::Link { text, url } => {
                out.push('[');
                write_rustdoc(text, resolve, out);
                out.push_str(&link_destination(&resolve(url)));
            }
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
            Inline::Strong(inner) | Inline::Emphasis(inner) => collect_references(inner, found),
            Inline::Link { text, url } => {
                found.insert(Reference::Link(url.clone()));
                collect_references(text, found);
            }
        }
    }
}
