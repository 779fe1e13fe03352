//! A description, and any other text of the catalog, as Markdown for
//! rustdoc: on one line, in which a doc writer's text can only ever be
//! text.

use crate::markdown::contents::fold_line_breaks;
use crate::markdown::inline::{Inline, Visit, walk};

use super::code_span::code_literal;

/// The description as Markdown for rustdoc, one line, in which the text can
/// only ever be text: every character Markdown or HTML would read as syntax
/// is escaped, and emphasis is written as HTML so that no neighbouring
/// character can stop it from rendering. `resolve` turns each link target
/// into the address rustdoc should link to.
pub fn rustdoc(pieces: &[Inline], resolve: &dyn Fn(&str) -> String) -> String {
    let mut out = String::new();
    walk(pieces, &mut |visit| match visit {
        Visit::Enter(Inline::Text(text)) => escape_for_rustdoc(&fold_line_breaks(text), &mut out),
        Visit::Enter(Inline::Code(code)) => out.push_str(&code_literal(code)),
        Visit::Enter(Inline::Strong(..)) => out.push_str("<strong>"),
        Visit::Leave(Inline::Strong(..)) => out.push_str("</strong>"),
        Visit::Enter(Inline::Emphasis(..)) => out.push_str("<em>"),
        Visit::Leave(Inline::Emphasis(..)) => out.push_str("</em>"),
        Visit::Enter(Inline::Link { .. }) => out.push('['),
        Visit::Leave(Inline::Link { url, .. }) => out.push_str(&link_destination(&resolve(url))),
        // The check refuses images: only ever its text, which the walk
        // writes.
        Visit::Enter(Inline::Image { .. })
        | Visit::Leave(Inline::Text(_) | Inline::Code(_) | Inline::Image { .. }) => {}
    });
    out
}

/// `](<url>)`: the angle brackets let the address hold parentheses and
/// spaces; neither `<`, `>` nor a line break can reach here.
pub fn link_destination(url: &str) -> String {
    format!("](<{url}>)")
}

/// Writes plain text for rustdoc with every character that Markdown or
/// HTML would read as syntax escaped.
pub fn escape_for_rustdoc(text: &str, out: &mut String) {
    for (at, c) in text.char_indices() {
        // A bare `scheme://` would make rustdoc warn that the URL is not a link.
        let starts_url = c == ':' && text[at + 1..].starts_with("//");
        if "\\`*_[]<>&!#|~{}".contains(c) || starts_url {
            out.push('\\');
        }
        out.push(c);
    }
}
