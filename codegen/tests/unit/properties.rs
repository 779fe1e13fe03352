//! For any catalog the generator accepts, whatever its text holds, the
//! generated Rust parses and every string literal in it stands for exactly
//! the catalog's text. (The library's `tests/hostile_text.rs` compiles such
//! text and reads it back.)

use std::collections::BTreeSet;

use proptest::prelude::*;
use syn::visit::Visit;

use crate::codegen::internals::characters;
use crate::codegen::{self};
use crate::{PAGE_EN, PAGE_ZH};

/// `text` as a TOML string, written by the `toml` crate.
fn basic_string(text: &str) -> String {
    toml::Value::String(text.to_string()).to_string()
}

/// One entry of a generated catalog.
#[derive(Debug, Clone)]
struct Entry {
    code: String,
    title: String,
    text: String,
}

/// Text made of pieces that break naive generators: quotes, backslashes,
/// comment and raw-string ends, braces, angle brackets, line breaks,
/// Markdown marks, and arbitrary Unicode.
fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        ".{0,6}",
        Just("\"".to_string()),
        Just("\\".to_string()),
        Just("*/".to_string()),
        Just("\"#".to_string()),
        Just("r#\"".to_string()),
        Just("{}".to_string()),
        Just("<".to_string()),
        Just("\n".to_string()),
        Just("`".to_string()),
        Just("[l](./x.md)".to_string()),
        Just("**".to_string()),
    ];
    prop::collection::vec(piece, 1..12)
        .prop_map(|pieces| pieces.concat())
        .prop_filter("a description needs visible text", |text| {
            characters::is_visible(text)
        })
        // Rejected with a diagnostic of their own (see tests/broken/).
        .prop_filter(
            "no control characters, line separators or overrides",
            |text| !text.chars().any(characters::is_disruptive),
        )
        .prop_filter("no image", |text| !text.contains("!["))
        .prop_filter("no raw HTML, autolink or character reference", |text| {
            [text.clone(), english(text)].iter().all(|text| {
                codegen::internals::markdown::reader::refusals(
                    &codegen::internals::markdown::paragraph_line(text),
                )
                .is_empty()
            })
        })
}

fn entry() -> impl Strategy<Value = Entry> {
    ("[A-Z][A-Z0-9_]{0,24}", text(), text()).prop_map(|(code, title, text)| {
        let title = title.replace(['\n', '\r'], " ").trim().to_string();
        let title = if title.is_empty() {
            "T".to_string()
        } else {
            title
        };
        Entry { code, title, text }
    })
}

/// Entries whose codes and Rust names are all usable and distinct.
fn entries() -> impl Strategy<Value = Vec<Entry>> {
    prop::collection::vec(entry(), 1..8)
        .prop_map(|candidates| {
            let mut names = BTreeSet::new();
            candidates
                .into_iter()
                .filter(|entry| {
                    let name = codegen::internals::naming::variant_for_code(&entry.code);
                    codegen::internals::naming::variant_name_problem(&name).is_none()
                        && names.insert(name)
                })
                .collect()
        })
        .prop_filter("at least one usable entry", |entries: &Vec<Entry>| {
            !entries.is_empty()
        })
}

/// The en text: the same text behind a prefix, so that both languages hold
/// the same links and code spans.
fn english(text: &str) -> String {
    format!("EN {text}")
}

fn catalog(entries: &[Entry]) -> String {
    let mut toml = String::from("[catalog]\nlanguages = [\"zh\", \"en\"]\n");
    for entry in entries {
        toml.push_str(&format!(
            "\n[[error]]\ncode = {}\ntitle = {}\nretry = \"never\"\n[error.description]\nzh = {}\nen = {}\n",
            basic_string(&entry.code),
            basic_string(&entry.title),
            basic_string(&entry.text),
            basic_string(&english(&entry.text)),
        ));
    }
    toml.push_str(PAGE_ZH);
    toml.push_str(PAGE_EN);
    toml
}

/// The value of every string literal in a file.
#[derive(Default)]
struct Literals(BTreeSet<String>);

impl Visit<'_> for Literals {
    fn visit_lit_str(&mut self, literal: &syn::LitStr) {
        self.0.insert(literal.value());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn generated_code_parses_and_holds_the_text_exactly(entries in entries()) {
        let toml = catalog(&entries);
        let generated = codegen::generate(toml.as_bytes())
            .map_err(|diagnostics| TestCaseError::fail(format!("{diagnostics:#?}\n{toml}")))?;
        let file = syn::parse_file(&generated.rust)
            .map_err(|error| TestCaseError::fail(format!("{error}\n{}", generated.rust)))?;
        let mut literals = Literals::default();
        literals.visit_file(&file);
        for entry in &entries {
            prop_assert!(literals.0.contains(entry.text.trim()), "{:?}", entry.text);
            prop_assert!(literals.0.contains(english(&entry.text).trim()));
            prop_assert!(literals.0.contains(&entry.title));
            prop_assert!(literals.0.contains(&entry.code));
        }
    }
}
