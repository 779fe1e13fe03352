//! Doc writers' text as it goes onto the docs site's pages, which
//! Docusaurus reads as MDX: always inline text on one line, never page
//! structure, JSX, an expression or JavaScript.
//!
//! The text is parsed as the descriptions' Markdown (links, `**strong**`,
//! `*emphasis*`, `code`) and written out again from that tree, so only
//! those constructs come through: every other character that Markdown or
//! MDX would read as syntax is escaped, line breaks are folded into
//! spaces, and what could open a block at the start of a line is escaped
//! there.

use crate::markdown::{self, Inline, code_literal};

/// `markdown` as one line of MDX inline text. Spaces at its start go (four
/// would start a code block); those at its end stay, as labels end with one.
pub fn inline(markdown: &str) -> String {
    let mut out = String::new();
    write(&markdown::parse(markdown), None, None, &mut out);
    guard_line_start(out.trim_start())
}

/// `plain`, text that is no Markdown, as one line of MDX inline text that
/// shows it exactly, every character of it.
pub fn text(plain: &str) -> String {
    let mut out = String::new();
    escape(&plain.replace(['\r', '\n'], " "), &mut out);
    guard_line_start(out.trim_start())
}

/// Writes `pieces`, which stand after the character `before` and before
/// `after` (`None`: the start or end of the line, as good as a space).
fn write(pieces: &[Inline], before: Option<char>, after: Option<char>, out: &mut String) {
    let mut previous = before;
    let mut previous_was_delimiter = false;
    for (index, piece) in pieces.iter().enumerate() {
        let next = pieces.get(index + 1).map_or(after, first_char);
        let start = out.len();
        let mut delimited = false;
        match piece {
            Inline::Text(text) => escape(&markdown::fold_line_breaks(text), out),
            Inline::Code(code) => out.push_str(&code_literal(code)),
            Inline::Link { text, url } => {
                out.push('[');
                write(text, Some('['), Some(']'), out);
                // Validation allows no character in an address that could
                // end the link or start anything else.
                out.push_str("](");
                out.push_str(url);
                out.push(')');
            }
            Inline::Strong(inner) | Inline::Emphasis(inner) => {
                let delimiter = if matches!(piece, Inline::Strong(_)) {
                    "**"
                } else {
                    "*"
                };
                let mut marked = String::new();
                write(inner, Some('*'), Some('*'), &mut marked);
                if !previous_was_delimiter && renders_as_emphasis(previous, &marked, next) {
                    out.push_str(delimiter);
                    out.push_str(&marked);
                    out.push_str(delimiter);
                    delimited = true;
                } else {
                    // Where the delimiters would show as stars, the text
                    // goes without them, as the plain description does.
                    write(inner, previous, next, out);
                }
            }
        }
        previous = out[start..].chars().next_back().or(previous);
        previous_was_delimiter = delimited;
    }
}

/// Whether `*`s around `marked`, between `before` and `after`, open and
/// close emphasis by CommonMark's flanking rules, and form no longer run of
/// stars with what is inside.
fn renders_as_emphasis(before: Option<char>, marked: &str, after: Option<char>) -> bool {
    let (Some(first), Some(last)) = (marked.chars().next(), marked.chars().next_back()) else {
        return false;
    };
    let spaced = |c: Option<char>| c.is_none_or(char::is_whitespace);
    let loose = |c: Option<char>| spaced(c) || c.is_some_and(is_punctuation);
    let opens = !first.is_whitespace() && (!is_punctuation(first) || loose(before));
    let closes = !last.is_whitespace() && (!is_punctuation(last) || loose(after));
    opens && closes && first != '*' && last != '*'
}

/// The first character a piece is written with, as far as it is known
/// before it is written: emphasis may go without its `*`.
fn first_char(piece: &Inline) -> Option<char> {
    match piece {
        Inline::Text(text) => text
            .chars()
            .next()
            .map(|c| if SYNTAX.contains(c) { '\\' } else { c }),
        Inline::Code(_) => Some('`'),
        Inline::Link { .. } => Some('['),
        Inline::Strong(inner) | Inline::Emphasis(inner) => inner.first().and_then(first_char),
    }
}

/// Punctuation as CommonMark's flanking rules count it: ASCII punctuation,
/// and the general, CJK and fullwidth punctuation blocks.
fn is_punctuation(c: char) -> bool {
    c.is_ascii_punctuation()
        || matches!(
            c,
            '\u{a1}'..='\u{bf}'
                | '\u{d7}'
                | '\u{f7}'
                | '\u{2010}'..='\u{2027}'
                | '\u{2030}'..='\u{205e}'
                | '\u{3001}'..='\u{3003}'
                | '\u{3008}'..='\u{3011}'
                | '\u{3014}'..='\u{301f}'
                | '\u{ff01}'..='\u{ff0f}'
                | '\u{ff1a}'..='\u{ff20}'
                | '\u{ff3b}'..='\u{ff40}'
                | '\u{ff5b}'..='\u{ff65}'
        )
}

/// Characters that mean something to Markdown or MDX wherever they stand:
/// emphasis, code, links, images, HTML and JSX, expressions, character
/// references, headings, tables, strikethrough, and the escape itself.
const SYNTAX: &str = "\\`*_[]<>{}&!#|~";

fn escape(text: &str, out: &mut String) {
    for c in text.chars() {
        if SYNTAX.contains(c) {
            out.push('\\');
        }
        out.push(c);
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
