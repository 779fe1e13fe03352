//! The second stage: every rule a [`RawCatalog`] must follow to become a
//! [`Catalog`], a file a subject, each problem with where it stands and its
//! one fix.
//!
//! - `languages.rs`: the catalog's languages and their tags.
//! - `pages.rs`: each language's `[page.LANG]`; its words in `words.rs`,
//!   its `path` in [`page_path`]; `[page_head]` in [`page_head`].
//! - `entries.rs`: an entry's own keys: code, aliases, retry, its heading's
//!   id; the Rust names in [`naming`].
//! - `texts.rs`: every text: characters that cannot be seen or told apart,
//!   one line where one is wanted, the Markdown the reader refuses, links
//!   ([`links`]), and what translations must share ([`cross_language`]).
//! - [`site`] (with the `pages` feature): errors.toml against a checkout of
//!   the docs site.

pub mod cross_language;
mod entries;
mod languages;
pub mod links;
pub mod naming;
pub mod page_head;
pub mod page_path;
mod pages;
#[cfg(feature = "pages")]
pub mod site;
mod texts;
mod words;

use std::collections::HashMap;

use crate::characters::{self, Stray, describe, stray};
use crate::diagnostic::Problem;
use crate::markdown;
use crate::markdown::inline::{Inline, Visit, walk};
use crate::markdown::reader;
use crate::model::catalog::{Catalog, ENGLISH, Entry, Language, Page, Retry};
use crate::model::words::{DELAY_PLACEHOLDER, Word, Words};
use crate::read::raw::{At, RawCatalog, RawEntry, RawPage, Span};
use crate::read::source::LineIndex;
use crate::read::string_offsets;
use crate::site::addresses;
use crate::suggest::{closest, did_you_mean};
use links::is_web_address;
use naming::{variant_for_code, variant_for_language, variant_name_problem};

/// The longest delay a catalog may advise: longer than this, a client is
/// better served by giving up than by waiting.
pub const MAX_RETRY_AFTER_MS: i64 = 3_600_000;

pub fn validate(raw: &RawCatalog, lines: &LineIndex<'_>) -> Result<Catalog, Vec<Problem>> {
    let mut validator = Validator {
        lines,
        problems: Vec::new(),
        codes_seen: HashMap::new(),
        variants_seen: HashMap::new(),
        anchors_seen: HashMap::new(),
    };
    let languages = validator.languages(raw);
    let pages = validator.pages(raw, languages.as_deref());
    let page_head = raw
        .page_head
        .as_ref()
        .and_then(|head| validator.page_head(head));
    if raw.entries.is_empty() && !raw.has_unusable_error_key {
        validator.problem(
            &raw.catalog_span.clone().unwrap_or(0..0),
            "the catalog has no entries; add an `[[error]]` entry with code, title, retry and [error.description]",
        );
    }
    let entries: Vec<Option<Entry>> = raw
        .entries
        .iter()
        .map(|entry| validator.entry(entry, languages.as_deref()))
        .collect();
    match (
        languages,
        pages,
        entries.into_iter().collect::<Option<Vec<_>>>(),
    ) {
        (Some(languages), Some(pages), Some(entries)) if validator.problems.is_empty() => {
            Ok(Catalog {
                languages,
                pages,
                page_head,
                entries,
            })
        }
        _ => Err(validator.problems),
    }
}

/// A table that must hold some keys, for reporting the missing ones.
struct Required<'a> {
    keys: &'a [String],
    header: &'a Span,
    table: &'a str,
}

struct Validator<'a> {
    lines: &'a LineIndex<'a>,
    problems: Vec<Problem>,
    /// Every code and alias met so far, with where it was first written.
    codes_seen: HashMap<String, Span>,
    /// Every variant name met so far, with the code it was made for.
    variants_seen: HashMap<String, At<String>>,
    /// Every heading id met so far, with where it was written or made.
    anchors_seen: HashMap<String, Span>,
}

impl Validator<'_> {
    fn required<'r, T>(
        &mut self,
        value: &'r Option<At<T>>,
        table: &Required<'_>,
        key: &str,
        example: &str,
    ) -> Option<&'r At<T>> {
        // A key given with a value of the wrong type was reported already.
        if value.is_none() && !table.keys.iter().any(|given| given == key) {
            self.problem(
                table.header,
                format!(
                    "this {} has no `{key}`; add a line like {example} under it",
                    table.table
                ),
            );
        }
        value.as_ref()
    }

    fn language_span(&self, raw: &RawCatalog, tag: &str) -> Span {
        raw.languages
            .iter()
            .flat_map(|languages| &languages.value)
            .find(|language| language.value == tag)
            .map_or(0..0, |language| language.span.clone())
    }

    fn place(&self, span: &Span) -> String {
        let (line, column) = self.lines.position(span.start);
        format!("line {line}, column {column}")
    }

    fn problem(&mut self, span: &Span, message: impl Into<String>) {
        self.problems.push(Problem::at(span, message));
    }
}

/// The texts of a list, or none.
fn values(list: &Option<At<Vec<At<String>>>>) -> Vec<String> {
    list.iter()
        .flat_map(|list| &list.value)
        .map(|item| item.value.clone())
        .collect()
}

/// A language as the docs site names its locales: a two- or three-letter
/// language subtag, then, for a regional variety, `-` and a region subtag of
/// two letters or three digits, all lowercase (`zh`, `en`, `pt-br`, `es-419`).
fn is_language_tag(tag: &str) -> bool {
    let (language, region) = match tag.split_once('-') {
        Some((language, region)) => (language, Some(region)),
        None => (tag, None),
    };
    let language_ok =
        (2..=3).contains(&language.len()) && language.bytes().all(|byte| byte.is_ascii_lowercase());
    let region_ok = region.is_none_or(|region| {
        region.len() == 2 && region.bytes().all(|byte| byte.is_ascii_lowercase())
            || region.len() == 3 && region.bytes().all(|byte| byte.is_ascii_digit())
    });
    language_ok && region_ok
}

/// `[A-Z][A-Z0-9_]*`, the form of every code the API sends.
pub fn is_api_code(code: &str) -> bool {
    let mut bytes = code.bytes();
    bytes.next().is_some_and(|first| first.is_ascii_uppercase())
        && bytes.all(|byte| byte.is_ascii_uppercase() || byte.is_ascii_digit() || byte == b'_')
}

/// A name to suggest in place of an unusable one.
fn example_variant(name: &str) -> String {
    let letters: String = characters::to_ascii_look_alikes(name)
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect();
    match letters.chars().next() {
        Some(first) if first.is_ascii_alphabetic() => {
            let candidate = heck::ToUpperCamelCase::to_upper_camel_case(letters.as_str());
            if variant_name_problem(&candidate).is_none() {
                return candidate;
            }
            format!("{candidate}Code")
        }
        _ => format!("Code{letters}"),
    }
}

/// User text shown inside a one-line message, with line breaks and other
/// control characters escaped so the message stays on its line.
fn quote(text: &str) -> String {
    format!("\"{}\"", text.escape_debug())
}
