//! What the catalog knows about one code, as the generated table stores it.

use crate::{ErrorCode, Lang, Retry};

/// One row of the generated `ENTRIES` table.
pub(crate) struct Entry {
    pub(crate) code: &'static str,
    /// The variant's name, which `Debug` prints.
    pub(crate) variant: &'static str,
    pub(crate) aliases: &'static [&'static str],
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
    /// The entry's heading on the docs page, indexed by `Lang as usize`.
    pub(crate) doc_url: [&'static str; Lang::ALL.len()],
    /// The addresses the description links to, absolute, indexed by
    /// `Lang as usize`.
    pub(crate) links: [&'static [&'static str]; Lang::ALL.len()],
}

impl ErrorCode {
    // Invariant: the generator declares the variants and the rows of
    // `ENTRIES` in the same order, errors.toml's, and gives the variants no
    // explicit discriminants, so a variant's discriminant is its row.
    pub(crate) const fn entry(self) -> &'static Entry {
        &crate::generated::ENTRIES[self as usize]
    }
}
