//! The catalog once every rule holds: what the renderers are given.

/// The language every catalog has, in which `Display` speaks.
pub const ENGLISH: &str = "en";

/// Every entry of errors.toml, in the file's order, and the languages each
/// entry is described in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Catalog {
    pub languages: Vec<Language>,
    /// The docs page of each language, in [`Catalog::languages`] order.
    pub pages: Vec<Page>,
    pub entries: Vec<Entry>,
}

impl Catalog {
    /// The address of `entry`'s heading on the page of the language at
    /// `language` in [`Catalog::languages`].
    pub fn doc_url(&self, entry: &Entry, language: usize) -> String {
        format!("{}#{}", self.pages[language].url, entry.anchor)
    }

    /// The words of the English page: what rustdoc says.
    pub fn english_words(&self) -> &crate::advice::Words {
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
    /// Where the page is published.
    pub url: String,
    /// Where links that start with `/` start.
    pub site_url: String,
    /// The page's front matter for Docusaurus: where it stands in the
    /// sidebar, and the sidebar label, title and description if set.
    pub sidebar_position: Option<u32>,
    pub sidebar_label: Option<String>,
    pub title: Option<String>,
    pub description: Option<String>,
    pub heading: String,
    pub advice_title: String,
    pub advice: Vec<String>,
    /// What stands before the codes, like `API error code: `.
    pub code_label: String,
    /// The labels and advice in this language.
    pub words: crate::advice::Words,
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Retry {
    Never,
    SameRequest,
    NewTask,
    NewTaskFreshData,
}

impl Retry {
    pub const ALL: [Retry; 4] = [
        Retry::Never,
        Retry::SameRequest,
        Retry::NewTask,
        Retry::NewTaskFreshData,
    ];

    /// The value doc writers write in errors.toml.
    pub fn key(self) -> &'static str {
        match self {
            Retry::Never => "never",
            Retry::SameRequest => "same_request",
            Retry::NewTask => "new_task",
            Retry::NewTaskFreshData => "new_task_fresh_data",
        }
    }

    /// The variant name of the library's `Retry`.
    pub fn variant(self) -> &'static str {
        match self {
            Retry::Never => "Never",
            Retry::SameRequest => "SameRequest",
            Retry::NewTask => "NewTask",
            Retry::NewTaskFreshData => "NewTaskWithFreshData",
        }
    }
}
