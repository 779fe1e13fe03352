//! The checked-in errors.toml, by invariants only: whatever doc writers
//! write, it loads, the pages beside it are the ones it renders, and every
//! docs address the library gives points at a heading of its page.

use std::path::Path;
use std::time::Duration;

use capmonster_errors::{ErrorCode, Label, Lang};
use capmonster_errors_codegen::internals::addresses::resolve;
use capmonster_errors_codegen::internals::markdown::{link_targets, parse, plain_text};
use capmonster_errors_codegen::model::words::Word;
use capmonster_errors_codegen::{Catalog, load, page};

const REGENERATE: &str = "cargo catalog docs --write";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn catalog() -> Catalog {
    let bytes = std::fs::read(root().join("errors.toml")).expect("errors.toml reads");
    load(&bytes).unwrap_or_else(|diagnostics| {
        panic!("errors.toml has problems; run `cargo catalog check`: {diagnostics:#?}")
    })
}

fn checked_in_page(tag: &str) -> String {
    let path = format!("docs/{tag}/api-errors.mdx");
    std::fs::read_to_string(root().join(&path))
        .unwrap_or_else(|error| panic!("{path}: {error}; create it with: {REGENERATE}"))
}

#[test]
fn the_checked_in_pages_are_current() {
    let catalog = catalog();
    for (index, language) in catalog.languages.iter().enumerate() {
        assert!(
            checked_in_page(&language.tag) == page(&catalog, index),
            "docs/{}/api-errors.mdx is stale: errors.toml has changed since it was generated. \
             Regenerate the pages with: {REGENERATE}",
            language.tag
        );
    }
}

#[test]
fn the_library_holds_what_errors_toml_holds() {
    let catalog = catalog();
    let codes: Vec<&str> = ErrorCode::ALL.iter().map(|code| code.code()).collect();
    let entries: Vec<&str> = catalog
        .entries
        .iter()
        .map(|entry| entry.code.as_str())
        .collect();
    assert_eq!(codes, entries);
    // `Debug` prints the variant's name, as a derive would.
    let names: Vec<String> = ErrorCode::ALL
        .iter()
        .map(|code| format!("{code:?}"))
        .collect();
    let variants: Vec<&str> = catalog
        .entries
        .iter()
        .map(|entry| entry.variant.as_str())
        .collect();
    assert_eq!(names, variants);
    // The rows' ranges of the shared tables give each entry its own lists.
    for (code, entry) in ErrorCode::ALL.iter().zip(&catalog.entries) {
        assert_eq!(code.aliases(), entry.aliases, "{code:?}");
        assert_eq!(code.title(), entry.title, "{code:?}");
        assert_eq!(code.retired(), entry.retired.as_deref(), "{code:?}");
        assert_eq!(format!("{:?}", code.retry()), entry.retry.variant());
        assert_eq!(
            code.retry_after(),
            entry.retry_after_ms.map(Duration::from_millis),
            "{code:?}"
        );
        for (index, (lang, page)) in Lang::ALL.iter().zip(&catalog.pages).enumerate() {
            let description = &entry.descriptions[index];
            assert_eq!(code.description_markdown(*lang), description);
            assert_eq!(code.description(*lang), plain_text(&parse(description)));
            assert_eq!(code.advice(*lang), entry.advice(&page.words));
            assert_eq!(code.doc_url(*lang), catalog.doc_url(entry, index));
            let links: Vec<String> = link_targets(&parse(&entry.descriptions[index]))
                .iter()
                .map(|url| resolve(url, &page.url, &page.site_url))
                .collect();
            assert_eq!(code.links(*lang), links, "{code:?} {lang:?}");
        }
    }
    // Each page's labels, in `Label`'s order, and its words for a code the
    // catalog does not know.
    let labels = [
        Label::Aliases,
        Label::Advice,
        Label::Docs,
        Label::Retired,
        Label::Server,
    ];
    assert_eq!(labels.len(), Word::LABELS.len());
    for (lang, page) in Lang::ALL.iter().zip(&catalog.pages) {
        for (label, word) in labels.into_iter().zip(Word::LABELS) {
            assert_eq!(
                lang.label(label),
                page.words.get(word),
                "{lang:?} {label:?}"
            );
        }
        assert_eq!(
            lang.unknown_code_advice(),
            page.words.get(Word::RetryUnknown)
        );
    }
    let tags: Vec<&str> = Lang::ALL.iter().map(|lang| lang.code()).collect();
    let languages: Vec<&str> = catalog
        .languages
        .iter()
        .map(|language| language.tag.as_str())
        .collect();
    assert_eq!(tags, languages);
}

/// The ids the page gives its entries' headings: `### TITLE {#id}`.
fn anchors(page: &str) -> Vec<&str> {
    page.lines()
        .filter(|line| line.starts_with("### "))
        .filter_map(|line| line.rsplit_once(" {#"))
        .filter_map(|(_, id)| id.strip_suffix('}'))
        .collect()
}

#[test]
fn every_docs_address_points_at_a_heading_of_its_page() {
    let catalog = catalog();
    for &lang in Lang::ALL {
        let index = Lang::ALL.iter().position(|&each| each == lang).unwrap();
        let url = &catalog.pages[index].url;
        let page = checked_in_page(lang.code());
        let anchors = anchors(&page);
        assert_eq!(anchors.len(), ErrorCode::ALL.len(), "one heading per code");
        for &code in ErrorCode::ALL {
            let address = code.doc_url(lang);
            let anchor = address
                .strip_prefix(url.as_str())
                .and_then(|rest| rest.strip_prefix('#'))
                .unwrap_or_else(|| panic!("{address} is not on the page {url}"));
            assert!(
                anchors.contains(&anchor),
                "{address}: no heading of docs/{lang}/api-errors.mdx has the anchor #{anchor}"
            );
        }
    }
}
