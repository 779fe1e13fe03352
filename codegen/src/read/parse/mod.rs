//! Reading errors.toml into a [`RawCatalog`]: TOML syntax, value types, and
//! keys that are unknown. What the values mean is the check's job. The
//! values and keys here; the tables that hold them in `tables`.

mod tables;

use std::ops::Range;

use super::document::{self, Array, Key, Node, Table, Value};

use super::keys::{CATALOG_KEYS, ENTRY_KEYS, PAGE_HEAD_KEYS, PAGE_KEYS, TOP_LEVEL_KEYS};
use super::raw::{At, RawCatalog, RawEntry, RawPage, RawPageHead};
use crate::diagnostic::Problem;
use crate::model::words::Word;
use crate::suggest::{closest, did_you_mean};

/// What reading the file gave.
pub enum Parsed {
    /// The file is not valid TOML. A parser that recovers from an error
    /// guesses at what follows, so nothing after a syntax error is checked.
    Syntax(Vec<Problem>),
    /// Valid TOML; the problems are wrong types and unknown keys.
    Read(Box<RawCatalog>, Vec<Problem>),
}

pub fn parse(text: &str) -> Parsed {
    let (root, syntax_errors) = document::parse(text);
    if !syntax_errors.is_empty() {
        return Parsed::Syntax(
            syntax_errors
                .iter()
                .map(|error| super::syntax::problem(error, text))
                .collect(),
        );
    }
    let mut reader = Reader {
        text,
        problems: Vec::new(),
    };
    let catalog = reader.catalog(&root);
    Parsed::Read(Box::new(catalog), reader.problems)
}

struct Reader<'t> {
    text: &'t str,
    problems: Vec<Problem>,
}

impl Reader<'_> {
    /// A list of strings, with where the list stands.
    fn spanned_strings(&mut self, key: &Key<'_>, value: &Node<'_>) -> Option<At<Vec<At<String>>>> {
        self.strings(key, value).map(|items| At {
            value: items,
            span: value.span.clone(),
        })
    }

    fn string(&mut self, key: &Key<'_>, value: &Node<'_>) -> Option<At<String>> {
        match &value.value {
            Value::Text(text) => Some(At {
                value: text.to_string(),
                span: value.span.clone(),
            }),
            other => {
                let key = &*key.name;
                self.problem(
                    &value.span,
                    format!(
                        "`{key}` is {}, but must be text; write it in double quotes, like {key} = \"...\"",
                        type_name(other)
                    ),
                );
                None
            }
        }
    }

    fn strings(&mut self, key: &Key<'_>, value: &Node<'_>) -> Option<Vec<At<String>>> {
        let Value::Array(items) = &value.value else {
            let key = &*key.name;
            self.problem(
                &value.span,
                format!(
                    "`{key}` is {}, but must be a list of texts; write it in square brackets, like {key} = [\"...\", \"...\"]",
                    type_name(&value.value)
                ),
            );
            return None;
        };
        Some(self.string_items(key, items))
    }

    fn string_items(&mut self, key: &Key<'_>, items: &Array<'_>) -> Vec<At<String>> {
        let mut strings = Vec::new();
        for item in items.items.iter() {
            match &item.value {
                Value::Text(text) => strings.push(At {
                    value: text.to_string(),
                    span: item.span.clone(),
                }),
                other => self.problem(
                    &item.span,
                    format!(
                        "an item of `{}` is {}, but must be text; write it in double quotes",
                        key.name,
                        type_name(other)
                    ),
                ),
            }
        }
        strings
    }

    fn integer(&mut self, key: &Key<'_>, value: &Node<'_>) -> Option<At<i64>> {
        let key = &*key.name;
        let Value::Integer { digits, radix } = &value.value else {
            // A number in quotes: the same number without them.
            let example = match &value.value {
                Value::Text(text) if text.trim().parse::<u64>().is_ok() => text.trim().to_string(),
                _ => "2000".to_string(),
            };
            self.problem(
                &value.span,
                format!(
                    "`{key}` is {}, but must be a whole number; write it without quotes, like {key} = {example}",
                    type_name(&value.value)
                ),
            );
            return None;
        };
        match i64::from_str_radix(digits, *radix) {
            Ok(number) => Some(At {
                value: number,
                span: value.span.clone(),
            }),
            Err(_) if digits.starts_with('-') => {
                self.problem(
                    &value.span,
                    format!("`{key}` is below zero; write a whole number of 1 or more"),
                );
                None
            }
            Err(_) => {
                self.problem(
                    &value.span,
                    format!("`{key}` is too large a number; write a smaller one"),
                );
                None
            }
        }
    }

    /// Reports a key the top level does not know; returns the table it
    /// most likely meant.
    fn unknown_top_level_key(&mut self, key: &Key<'_>) -> Option<&'static str> {
        let name = &*key.name;
        if ENTRY_KEYS.contains(&name) {
            self.problem(
                &key.span,
                format!(
                    "`{name}` belongs to an entry, but no `[[error]]` line comes before it; add `[[error]]` above the entry's first key"
                ),
            );
            None
        } else {
            self.unknown_key(key, TOP_LEVEL_KEYS, "top level")
        }
    }

    /// Reports an unknown key; returns the known key it most likely meant.
    fn unknown_key(
        &mut self,
        key: &Key<'_>,
        known: &[&'static str],
        place: &str,
    ) -> Option<&'static str> {
        let name = &*key.name;
        let lowercase = name.to_lowercase();
        if let Some(&meant) = known.iter().find(|known| **known == lowercase) {
            self.problem(
                &key.span,
                format!("the key `{name}` has capital letters; write it in lowercase: `{meant}`"),
            );
            return Some(meant);
        }
        let meant = closest(name, known);
        let suggestion = did_you_mean(meant);
        let known = known.join("`, `");
        self.problem(
            &key.span,
            format!(
                "unknown key `{name}` in the {place}{suggestion}; the keys allowed here are `{known}`"
            ),
        );
        meant
    }

    /// `line N`, for the line that holds byte `offset`.
    fn line(&self, offset: usize) -> String {
        let before = &self.text[..offset.min(self.text.len())];
        format!("line {}", before.matches('\n').count() + 1)
    }

    fn problem(&mut self, span: &Range<usize>, message: impl Into<String>) {
        self.problems.push(Problem::at(span, message));
    }
}

fn type_name(value: &Value<'_>) -> &'static str {
    match value {
        Value::Text(_) => "text",
        Value::Integer { .. } => "a whole number",
        Value::Float(_) => "a decimal number",
        Value::Boolean(_) => "true or false",
        Value::Datetime(_) => "a date",
        Value::Array(_) => "a list",
        Value::Table(_) => "a table",
    }
}
