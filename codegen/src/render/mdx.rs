//! Doc writers' text as it goes onto the docs site's pages, which
//! Docusaurus reads as MDX with GFM: always inline text on one line, never
//! page structure, JSX, an expression or JavaScript, and read as CommonMark
//! reads the text in errors.toml.
//!
//! The page gets the very line the descriptions' reader reads (see
//! [`markdown::paragraph_line`]), character for character, but for escapes
//! where MDX or GFM would read more than CommonMark does: `{` and `}`
//! (expressions), `<` and `>` (JSX; MDX has no HTML, so inline HTML shows
//! as typed), `~` (strikethrough, written `&#126;`) and `|` (tables), and
//! what GFM would take for a bare link (`https://`, `www.`, `@`). An escape keeps a character's
//! kind (punctuation stays punctuation), and that is what decides whether a
//! `*` or `_` beside it opens or closes emphasis: so emphasis, links and code
//! read on the page as they read in errors.toml. An autolink is written as
//! a link to its address, a link's destination without its title; what
//! could open a block at the start of the page's line is escaped there.

use ::markdown::mdast::Node;

use crate::markdown;

/// `markdown` as one line of MDX inline text. Spaces at its start go (four
/// would start a code block); those at its end stay, as labels end with one.
pub fn inline(markdown: &str) -> String {
    let line = markdown::paragraph_line(markdown);
    let root = ::markdown::to_mdast(&line, &::markdown::ParseOptions::default())
        .expect("CommonMark reads any text");
    let mut out = String::new();
    if let Some([Node::Paragraph(paragraph)]) = root.children().map(Vec::as_slice) {
        write(&paragraph.children, &line, 0, &mut out);
    }
    let written = markdown.trim_end_matches(['\n', '\r']);
    out.push_str(&written[written.trim_end().len()..]);
    guard_line_start(out.trim_start())
}

/// `plain`, text that is no Markdown, as one line of MDX inline text that
/// shows it exactly, every character of it.
pub fn text(plain: &str) -> String {
    let mut out = String::new();
    for (at, c) in plain.char_indices() {
        let c = if c == '\r' || c == '\n' { ' ' } else { c };
        if SYNTAX.contains(c) || starts_a_bare_link(plain, at, c) {
            out.push('\\');
        }
        out.push(c);
    }
    guard_line_start(out.trim_start())
}

/// Writes `nodes`, read from `line`, whose source starts at `at`; returns
/// where the last one ends.
fn write(nodes: &[Node], line: &str, mut at: usize, out: &mut String) -> usize {
    for node in nodes {
        let Some(position) = node.position() else {
            continue;
        };
        let (start, end) = (position.start.offset, position.end.offset);
        if !matches!(
            node,
            Node::InlineCode(_) | Node::Emphasis(_) | Node::Strong(_) | Node::Link(_)
        ) {
            // Text, and inline HTML and images, which show as typed; from
            // `at`, since a text's escapes may stand before its start.
            escape_for_mdx(&line[at..end], out);
            at = end;
            continue;
        }
        // Before anything else: delimiters and brackets, as written.
        out.push_str(&line[at..start]);
        match node {
            Node::InlineCode(_) => out.push_str(&line[start..end]),
            Node::Emphasis(_) | Node::Strong(_) => {
                let inner_end = write(node.children().map_or(&[], Vec::as_slice), line, start, out);
                out.push_str(&line[inner_end..end]);
            }
            Node::Link(link) => {
                out.push('[');
                if line[start..].starts_with('<') {
                    // An autolink, which MDX has not: a link to its address.
                    escape_for_mdx(&link.url, out);
                } else {
                    // The text after the `[`; what follows it, `](...)`,
                    // is written anew below.
                    write(
                        node.children().map_or(&[], Vec::as_slice),
                        line,
                        start + 1,
                        out,
                    );
                }
                out.push_str("](");
                // Validation allows no character in an address that could
                // start anything else; parentheses, which could end the
                // link, are escaped, as a destination may have them.
                for c in link.url.chars() {
                    if c == '(' || c == ')' {
                        out.push('\\');
                    }
                    out.push(c);
                }
                out.push(')');
            }
            _ => unreachable!("text was written above"),
        }
        at = end;
    }
    at
}

/// Characters MDX or GFM read as syntax where CommonMark reads text.
const SYNTAX: &str = "\\`*_[]<>{}&!#|~";

/// Characters MDX or GFM read as more than CommonMark does, in text
/// (`~` is written as a reference instead, see [`escape_for_mdx`]).
const MDX_ONLY: &str = "<>{}|";

/// `~` as the page writes it. Not `~` or `\~`: with GFM, a `~` beside a
/// `*` or `_` lets it open or close emphasis that CommonMark would not,
/// escaped or not (it is an attention marker there). A reference is no
/// marker, and like `~` it is punctuation to the `*` beside it.
const TILDE: &str = "&#126;";

/// Copies `source`, CommonMark text with its escapes and references, adding
/// escapes where MDX or GFM would read more than CommonMark does.
fn escape_for_mdx(source: &str, out: &mut String) {
    let mut chars = source.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if c == '\\' {
            if let Some(&(_, next)) = chars.peek().filter(|(_, next)| next.is_ascii_punctuation()) {
                chars.next();
                // An escape already: as written, but `\~` as `TILDE`.
                if next == '~' {
                    out.push_str(TILDE);
                } else {
                    out.push(c);
                    out.push(next);
                }
                continue;
            }
        }
        if c == '~' {
            out.push_str(TILDE);
            continue;
        }
        if MDX_ONLY.contains(c) || starts_a_bare_link(source, at, c) {
            out.push('\\');
        }
        out.push(c);
    }
}

/// Whether `c`, at `at` in `text`, is where GFM would begin to see a bare
/// link: the `:` of `://`, the `.` of `www.`, the `@` of an address.
fn starts_a_bare_link(text: &str, at: usize, c: char) -> bool {
    match c {
        ':' => text[at + 1..].starts_with("//"),
        '.' => text[..at].to_ascii_lowercase().ends_with("www"),
        '@' => true,
        _ => false,
    }
}

/// `line` with what would open a block at its start escaped: a list item
/// (`-`, `+`, `1.`, `1)`), a block quote, a setext underline or an
/// admonition (`:::`).
fn guard_line_start(line: &str) -> String {
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let opener = line[digits..].chars().next();
    let starts_block = match opener {
        Some('.' | ')') => digits > 0,
        Some('-' | '+' | '=' | '>' | ':') => digits == 0,
        _ => false,
    };
    if starts_block {
        format!("{}\\{}", &line[..digits], &line[digits..])
    } else {
        line.to_string()
    }
}
