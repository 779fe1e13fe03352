//! What the catalog knows about one code, as the generated table stores it.

use crate::{ErrorCode, Lang, Retry};

/// One row of the generated `ENTRIES` table.
pub(crate) struct Entry {
    pub(crate) code: &'static str,
    /// The variant's name, which `Debug` prints: a range of
    /// `VARIANT_NAMES`.
    pub(crate) variant: Range,
    /// A range of `ALIASES`.
    pub(crate) aliases: Range,
    pub(crate) title: &'static str,
    pub(crate) retry: Retry,
    pub(crate) retry_after_ms: Option<u64>,
    /// What to do, one sentence, indexed by `Lang as usize`.
    pub(crate) advice: [&'static str; Lang::ALL.len()],
    pub(crate) retired: Option<&'static str>,
    /// Plain text, indexed by `Lang as usize`.
    pub(crate) description: [&'static str; Lang::ALL.len()],
    /// Markdown as written in errors.toml, indexed by `Lang as usize`.
    pub(crate) description_markdown: [&'static str; Lang::ALL.len()],
    /// The entry's heading on the docs page, indexed by `Lang as usize`:
    /// ranges of `DOC_URLS`.
    pub(crate) doc_url: [Range; Lang::ALL.len()],
    /// The addresses the description links to, absolute, indexed by
    /// `Lang as usize`: ranges of `LINKS`.
    pub(crate) links: [Range; Lang::ALL.len()],
}

/// Where a row's list stands in a table of the whole catalog's: the start
/// and the end. A row holds two numbers where a slice or a string of its own
/// would cost the library a pointer, a relocation and a symbol per row.
pub(crate) type Range = (u32, u32);

/// The strings of `table` in `range`, in a `const fn`.
pub(crate) const fn strings(
    table: &'static [&'static str],
    range: Range,
) -> &'static [&'static str] {
    let (start, end) = range;
    table.split_at(end as usize).0.split_at(start as usize).1
}

/// The text of `table` in `range`, in a `const fn`. The generator cuts
/// ranges at the texts' own ends, so the check of UTF-8 always passes.
pub(crate) const fn text(table: &'static str, range: Range) -> &'static str {
    let (start, end) = range;
    let bytes = table
        .as_bytes()
        .split_at(end as usize)
        .0
        .split_at(start as usize)
        .1;
    match core::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(_) => panic!("a range of a generated table cuts a character"),
    }
}

impl ErrorCode {
    // Invariant: the generator declares the variants and the rows of
    // `ENTRIES` in the same order, errors.toml's, and gives the variants no
    // explicit discriminants, so a variant's discriminant is its row.
    pub(crate) const fn entry(self) -> &'static Entry {
        &crate::generated::ENTRIES[self as usize]
    }
}
