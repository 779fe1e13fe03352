//! A problem found in errors.toml, and how it is shown to the person who made it.

use std::fmt;
use std::ops::Range;

/// A problem at a byte range of the normalized source; `lib.rs` turns it
/// into a [`Diagnostic`] once the line index is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub span: Range<usize>,
    pub message: String,
}

impl Problem {
    pub fn at(span: &Range<usize>, message: impl Into<String>) -> Self {
        Self {
            span: span.clone(),
            message: message.into(),
        }
    }
}

/// One mistake in errors.toml: where it is (1-based line and column, the
/// column counted in characters, as editors count it) and one sentence
/// saying what is wrong and, after `; `, how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub line: usize,
    pub column: usize,
    /// Where [`span`](Self::span) ends, counted as `line` and `column`
    /// are: the line and column just after its last character.
    pub end_line: usize,
    pub end_column: usize,
    pub message: String,
    /// The bytes of the text [`source::decode`](crate::read::source::decode)
    /// returns that the problem is about; empty only at the end of the
    /// text, or when the file is not UTF-8 and there is no text.
    pub span: Range<usize>,
    /// Whether nothing after this problem was checked: a file that is not
    /// UTF-8, or not TOML, cannot be read further, so the rules about its
    /// values wait until this is fixed. Say so with [`REST_UNCHECKED`].
    pub stops_the_check: bool,
}

/// What to tell a writer after a problem that [stops the
/// check](Diagnostic::stops_the_check).
pub const REST_UNCHECKED: &str = "the rest of the file is checked once this is fixed";

impl Diagnostic {
    /// The message as what is wrong and how to fix it: split at the first
    /// `; ` that stands outside the message's quoted text and code.
    pub fn what_and_fix(&self) -> (&str, Option<&str>) {
        let mut in_code = false;
        let mut in_quotes = false;
        let mut escaped = false;
        for (at, c) in self.message.char_indices() {
            match c {
                _ if escaped => escaped = false,
                '\\' if in_quotes => escaped = true,
                '`' if !in_quotes => in_code = !in_code,
                '"' if !in_code => in_quotes = !in_quotes,
                ';' if !in_code && !in_quotes && self.message[at..].starts_with("; ") => {
                    return (&self.message[..at], Some(&self.message[at + 2..]));
                }
                _ => {}
            }
        }
        (&self.message, None)
    }

    /// Shows the diagnostic as `PATH:LINE:COL: message`, the form editors
    /// and terminals turn into a link to the place.
    pub fn located<'a>(&'a self, path: &'a str) -> impl fmt::Display + 'a {
        Located {
            diagnostic: self,
            path,
        }
    }
}

struct Located<'a> {
    diagnostic: &'a Diagnostic,
    path: &'a str,
}

impl fmt::Display for Located<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Diagnostic {
            line,
            column,
            message,
            ..
        } = self.diagnostic;
        write!(f, "{}:{line}:{column}: {message}", self.path)
    }
}
