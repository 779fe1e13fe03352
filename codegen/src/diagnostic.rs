//! A problem found in errors.toml, and how it is shown to the person who made it.

use std::fmt;
use std::ops::Range;

/// A problem at a byte offset of the normalized source; `mod.rs` turns it
/// into a [`Diagnostic`] once the line index is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub at: usize,
    pub message: String,
}

impl Problem {
    pub fn at(span: &Range<usize>, message: impl Into<String>) -> Self {
        Self {
            at: span.start,
            message: message.into(),
        }
    }
}

/// One mistake in errors.toml: where it is (1-based line and column, the
/// column counted in characters, as editors count it) and one sentence
/// saying what is wrong and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl Diagnostic {
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
        } = self.diagnostic;
        write!(f, "{}:{line}:{column}: {message}", self.path)
    }
}
