//! The catalog once every rule holds: what the renderers are given.

pub use super::retry::Retry;

/// The language every catalog has, in which `Display` speaks.
pub const ENGLISH: &str = "en";

/// Every entry of errors.toml, in the file's order, and the languages each
/// entry is described in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Catalog {
    pub languages: Vec<Language>,
    /// The docs page of each language, in [`Catalog::languages`] order.
    pub pages: Vec<Page>,
    /// The component every page opens with, if the site has one.
    pub page_head: Option<PageHead>,
    pub entries: Vec<Entry>,
}

/// A component of the docs site's theme that each page imports and shows
/// once, before its heading: `import { NAME } from 'MODULE';` and
/// `<NAME key="value" />`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageHead {
    /// The name it is exported, imported and used as, like `ArticleHead`.
    pub component: String,
    /// Where it lives, from the site's root, like `src/theme/ArticleHead`.
    pub module: String,
    /// Its string properties, by name.
    pub properties: Vec<(String, String)>,
}

impl Catalog {
    /// The address of `entry`'s heading on the page of the language at
    /// `language` in [`Catalog::languages`].
    pub fn doc_url(&self, entry: &Entry, language: usize) -> String {
        format!("{}#{}", self.pages[language].url, entry.anchor)
    }

    /// The words of the English page: what rustdoc says.
    pub fn english_words(&self) -> &super::words::Words {
        let english = self
            .languages
            .iter()
            .position(|language| language.tag == ENGLISH)
            .expect("validation requires English");
        &self.pages[english].words
    }
}

/// The docs page's own text and address in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// Where the page is published. Ending in `/`, it says the site is
    /// built with `trailingSlash: true`, and every address made from it
    /// ends its path with `/` too.
    pub url: String,
    /// Where links that start with `/` start.
    pub site_url: String,
    /// Where the page's file lives in a checkout of the docs site, like
    /// `i18n/zh/docusaurus-plugin-content-docs/current/api/api-errors.mdx`.
    pub path: Option<String>,
    /// The page's front matter for Docusaurus: where it stands in the
    /// sidebar, and the sidebar label, title and description if set.
    pub sidebar_position: Option<u32>,
    pub sidebar_label: Option<String>,
    pub title: Option<String>,
    pub description: Option<String>,
    pub heading: String,
    pub advice_title: String,
    pub advice: Vec<String>,
    /// A paragraph after the tips, and a list after that, in the tips box.
    pub advice_note: Option<String>,
    pub advice_note_items: Vec<String>,
    /// What stands before the codes, like `API error code: `.
    pub code_label: String,
    /// The labels and advice in this language.
    pub words: super::words::Words,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Language {
    /// The primary language subtag, like `zh`.
    pub tag: String,
    /// The Rust variant name of `Lang`, like `Zh`.
    pub variant: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub code: String,
    pub aliases: Vec<String>,
    pub title: String,
    /// The Rust variant name of `ErrorCode`.
    pub variant: String,
    pub retry: Retry,
    pub retry_after_ms: Option<u64>,
    /// Markdown text, trimmed, one per language in [`Catalog::languages`] order.
    pub descriptions: Vec<String>,
    /// The anchor of the entry's heading on the docs pages.
    pub anchor: String,
    /// Why the API no longer sends this code, if it does not.
    pub retired: Option<String>,
}

impl Entry {
    /// What a client should do after this error, in `words`.
    pub fn advice(&self, words: &super::words::Words) -> String {
        words.advice(self.retry, self.retry_after_ms)
    }
}
