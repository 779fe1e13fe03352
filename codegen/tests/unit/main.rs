//! The generator's functions, called directly with strings: no build, no files.

use capmonster_errors_codegen as codegen;

mod commonmark;
mod commonmark_reader;
mod cross_language;
mod diagnostics;
mod links;
mod markdown;
#[path = "../support/mdx_shape.rs"]
mod mdx_shape;
mod page;
mod page_shape;
mod perfect_hash;
mod preview;
mod properties;
mod render;
mod site_check;
mod snapshots;
mod string_offsets;
#[path = "../support/toml_agreement.rs"]
mod toml_agreement;
mod toml_document;

/// A valid one-entry catalog; tests change one thing in it. Line numbers in
/// the tests refer to this layout: the entry, then the pages.
const VALID: &str = concat!(
    include_str!("valid_entry.toml"),
    include_str!("valid_page_zh.toml"),
    include_str!("valid_page_en.toml")
);

/// `VALID` up to its pages.
const VALID_ENTRY: &str = include_str!("valid_entry.toml");
const PAGE_ZH: &str = include_str!("valid_page_zh.toml");
const PAGE_EN: &str = include_str!("valid_page_en.toml");

/// `VALID` with `from` replaced by `to`, which must be there.
fn edit(from: &str, to: &str) -> String {
    assert!(VALID.contains(from), "VALID has no {from:?}");
    VALID.replacen(from, to, 1)
}

/// `VALID` with one more entry after its first, before the pages.
fn with_entry(code: &str, extra: &str) -> String {
    format!(
        "{VALID_ENTRY}\n[[error]]\ncode = \"{code}\"\ntitle = \"T\"\nretry = \"never\"\n{extra}[error.description]\nzh = \"z\"\nen = \"e\"\n{PAGE_ZH}{PAGE_EN}"
    )
}
