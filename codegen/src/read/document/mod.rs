//! errors.toml as a tree of tables, every key and value with where it
//! stands. `toml_parser` lexes the text, checks its grammar and decodes
//! each key and value; this module builds the tree under TOML's table rules
//! (a key once in a table, a table defined once, dotted keys, arrays of
//! tables, inline tables that take no more keys), in `tables`. The
//! events are walked in `events`.
//!
//! The `toml` crate does the same on top of the same parser; the
//! generator needs its spans and nothing of serde, and every dependent of
//! the library compiles the generator before its own build script runs, so
//! the tree is built here. `fuzz/fuzz_targets/toml_document.rs` holds it to
//! `toml`: the same files accepted, with the same values.

mod events;
mod tables;

use std::borrow::Cow;
use std::ops::Range;

use toml_parser::parser::{RecursionGuard, ValidateWhitespace};
use toml_parser::{Expected, ParseError, Source};

/// Nesting of arrays and inline tables past this is refused: the walk of
/// the events recurses once a level.
const DEPTH_LIMIT: u32 = 80;

/// A key as written, decoded, with the span of its text (quotes included).
#[derive(Debug, Clone)]
pub struct Key<'i> {
    pub name: Cow<'i, str>,
    pub span: Range<usize>,
}

/// A value and the span that holds it: a header's brackets for a table
/// that a header defines, the key for a table that a dotted key or a
/// header's path made.
#[derive(Debug)]
pub struct Node<'i> {
    pub value: Value<'i>,
    pub span: Range<usize>,
}

#[derive(Debug)]
pub enum Value<'i> {
    Text(Cow<'i, str>),
    /// The digits as decoded: a sign kept, underscores and the radix's
    /// prefix gone.
    Integer {
        digits: Cow<'i, str>,
        radix: u32,
    },
    Float(Cow<'i, str>),
    Boolean(bool),
    Datetime(Cow<'i, str>),
    Array(Array<'i>),
    Table(Table<'i>),
}

#[derive(Debug)]
pub struct Array<'i> {
    pub items: Vec<Node<'i>>,
    /// Made by `[[name]]` headers, which may add to it; a written
    /// `[...]` takes nothing more.
    of_tables: bool,
}

/// A table's keys in the order they were first written.
#[derive(Debug)]
pub struct Table<'i> {
    entries: Vec<(Key<'i>, Node<'i>)>,
    defined: Defined,
}

/// How a table came to be, which decides what may add to it later.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Defined {
    /// By its own `[name]` or `[[name]]` header, or the document's root.
    ByHeader,
    /// On the way to another header's table (`a` of `[a.b]`): its own
    /// header may still come.
    OnHeaderPath,
    /// By a dotted key (`a` of `a.b = 1`): more dotted keys may add to it,
    /// a header of its own may not.
    ByDottedKey,
    /// Written inline (`{ ... }`): closed. What its dotted keys made
    /// inside it is reached only through it.
    Inline,
}

impl<'i> Table<'i> {
    fn new(defined: Defined) -> Self {
        Table {
            entries: Vec::new(),
            defined,
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = (&Key<'i>, &Node<'i>)> {
        self.entries.iter().map(|(key, node)| (key, node))
    }

    fn position(&self, name: &str) -> Option<usize> {
        self.entries.iter().position(|(key, _)| key.name == name)
    }
}

/// A syntax error or a broken table rule, with where it stands.
#[derive(Debug)]
pub struct SyntaxError {
    pub message: String,
    pub span: Option<Range<usize>>,
    /// A key or table given twice, for which the fix is known.
    pub duplicate_key: bool,
}

/// The message `toml` gives for the error: the parser's description and
/// what it expected. (Of the parser's literals, only a line break is
/// written otherwise than in backticks.)
fn syntax_error(error: &ParseError) -> SyntaxError {
    let mut message = error.description().to_string();
    if let Some(expected) = error.expected() {
        message.push_str(", expected ");
        if expected.is_empty() {
            message.push_str("nothing");
        }
        for (i, expected) in expected.iter().enumerate() {
            if i > 0 {
                message.push_str(", ");
            }
            match expected {
                Expected::Literal("\n") => message.push_str("newline"),
                Expected::Literal(literal) => message.push_str(&format!("`{literal}`")),
                Expected::Description(description) => message.push_str(description),
                _ => message.push_str("etc"),
            }
        }
    }
    SyntaxError {
        duplicate_key: error.description() == tables::DUPLICATE_KEY,
        message,
        span: error.unexpected().map(|span| span.start()..span.end()),
    }
}

/// The document's root table, and every error found. The grammar's errors
/// come first, and a document with any has an empty tree: what a parser
/// reads past an error is a guess. Then the table rules' errors, where the
/// tree holds what they did not refuse.
pub fn parse(text: &str) -> (Table<'_>, Vec<SyntaxError>) {
    let source = Source::new(text);
    let tokens = source.lex().into_vec();
    let mut events = Vec::with_capacity(tokens.len());
    let mut errors: Vec<ParseError> = Vec::new();
    {
        let mut whitespace = ValidateWhitespace::new(&mut events, source);
        let mut receiver = RecursionGuard::new(&mut whitespace, DEPTH_LIMIT);
        toml_parser::parser::parse_document(&tokens, &mut receiver, &mut errors);
    }
    let root = if errors.is_empty() {
        events::Walk::document(source, &events, &mut errors)
    } else {
        Table::new(Defined::ByHeader)
    };
    (root, errors.iter().map(syntax_error).collect())
}
