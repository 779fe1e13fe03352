//! What a description holds, read off its tree: its plain text, the
//! targets of its links, and what a translation must carry over unchanged.

use std::collections::BTreeSet;

use super::inline::{Inline, Visit, walk};

/// The description as plain text: link text without its URL, no emphasis or
/// code marks, line breaks folded into single spaces.
pub fn plain_text(pieces: &[Inline]) -> String {
    let mut out = String::new();
    walk(pieces, &mut |visit| match visit {
        Visit::Enter(Inline::Text(text)) => out.push_str(&fold_line_breaks(text)),
        Visit::Enter(Inline::Code(code)) => out.push_str(code),
        _ => {}
    });
    out
}

/// Every run of whitespace that holds a line break becomes one space: a
/// soft line break, as a reader sees it. Applied to text, never to code.
pub fn fold_line_breaks(text: &str) -> String {
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

/// What a translation must carry over unchanged: a link's target or a code
/// span's text.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Carried {
    Link(String),
    Code(String),
}

impl Carried {
    /// The link target or the code, as `may_differ` lists it.
    pub fn target(&self) -> &str {
        match self {
            Carried::Link(url) | Carried::Code(url) => url,
        }
    }
}

impl std::fmt::Display for Carried {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Carried::Link(url) => write!(f, "the link to `{url}`"),
            Carried::Code(code) => write!(f, "the code span `{code}`"),
        }
    }
}

/// The targets of the links in `pieces`, in reading order, each once.
pub fn link_targets(pieces: &[Inline]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    walk(pieces, &mut |visit| {
        if let Visit::Enter(Inline::Link { url, .. }) = visit {
            if !out.contains(url) {
                out.push(url.clone());
            }
        }
    });
    out
}

/// Every link target and code span in `pieces`, links' text included.
pub fn carried(pieces: &[Inline]) -> BTreeSet<Carried> {
    let mut found = BTreeSet::new();
    walk(pieces, &mut |visit| match visit {
        Visit::Enter(Inline::Code(code)) => {
            found.insert(Carried::Code(code.clone()));
        }
        Visit::Enter(Inline::Link { url, .. } | Inline::Image { url, .. }) => {
            found.insert(Carried::Link(url.clone()));
        }
        _ => {}
    });
    found
}
