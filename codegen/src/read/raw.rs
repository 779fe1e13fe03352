//! errors.toml as written: every value the file gives, with where it stands,
//! before any rule about what the values mean is checked.

use std::ops::Range;

pub type Span = Range<usize>;

/// A value and the byte range of the source it was read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct At<T> {
    pub value: T,
    pub span: Span,
}

#[derive(Debug, Default)]
pub struct RawCatalog {
    /// The `[catalog]` header, where problems with the table as a whole point.
    pub catalog_span: Option<Span>,
    /// Whether the file has a `catalog` key at all, even one of the wrong
    /// type or misspelled, which is reported as such.
    pub has_catalog_key: bool,
    /// Whether the file has an `error` key that gives no entries, of the
    /// wrong type or misspelled, which is reported as such.
    pub has_unusable_error_key: bool,
    /// Whether `[catalog]` has a `languages` key, even one of the wrong type.
    pub has_languages_key: bool,
    pub languages: Option<At<Vec<At<String>>>>,
    /// Whether the file has a `page` key at all, even one of the wrong type
    /// or misspelled.
    pub has_page_key: bool,
    pub pages: Vec<RawPage>,
    /// The `[page_head]` table, if the file has one.
    pub page_head: Option<RawPageHead>,
    pub entries: Vec<RawEntry>,
}

/// The `[page_head]` table: the component every docs page opens with.
#[derive(Debug)]
pub struct RawPageHead {
    /// The `[page_head]` header.
    pub span: Span,
    pub keys: Vec<String>,
    pub component: Option<At<String>>,
    pub module: Option<At<String>>,
    /// `(name, value)` of each string property, by name (as the TOML
    /// reader gives a table's keys).
    pub properties: Vec<(At<String>, At<String>)>,
}

/// A `[page.LANG]` table: the docs page's own text in one language.
#[derive(Debug)]
pub struct RawPage {
    /// The `[page.LANG]` header.
    pub span: Span,
    pub language: At<String>,
    pub keys: Vec<String>,
    pub url: Option<At<String>>,
    pub site_url: Option<At<String>>,
    pub path: Option<At<String>>,
    pub sidebar_position: Option<At<i64>>,
    pub sidebar_label: Option<At<String>>,
    pub title: Option<At<String>>,
    pub description: Option<At<String>>,
    pub heading: Option<At<String>>,
    pub advice_title: Option<At<String>>,
    pub advice: Option<At<Vec<At<String>>>>,
    pub advice_note: Option<At<String>>,
    pub advice_note_items: Option<At<Vec<At<String>>>>,
    pub code_label: Option<At<String>>,
    /// The labels and advice the table gives, each with its word.
    pub words: Vec<(crate::model::words::Word, At<String>)>,
}

#[derive(Debug)]
pub struct RawEntry {
    /// The `[[error]]` header, where a missing key is reported.
    pub span: Span,
    /// Every key the entry's table holds, and the key each misspelled one
    /// most likely meant, so that a key given with the wrong type of value
    /// or a typo is not also reported as missing.
    pub keys: Vec<String>,
    pub code: Option<At<String>>,
    pub aliases: Vec<At<String>>,
    pub title: Option<At<String>>,
    pub retry: Option<At<String>>,
    pub retry_after_ms: Option<At<i64>>,
    pub variant: Option<At<String>>,
    pub may_differ: Vec<At<String>>,
    pub retired: Option<At<String>>,
    /// The id of the entry's heading on the docs pages, if set.
    pub anchor: Option<At<String>>,
    /// The `[error.description]` header, if the entry has one.
    pub description_span: Option<Span>,
    /// `(language, text)` in the order the file gives them; no text where
    /// the value was not a string.
    pub descriptions: Vec<(At<String>, Option<At<String>>)>,
}
