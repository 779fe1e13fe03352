//! The catalog once every rule holds: what the renderers are given.

/// Every entry of errors.toml, in the file's order, and the languages each
/// entry is described in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Catalog {
    pub languages: Vec<Language>,
    pub entries: Vec<Entry>,
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
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Retry {
    Never,
    SameRequest,
    NewTask,
}

impl Retry {
    pub const ALL: [Retry; 3] = [Retry::Never, Retry::SameRequest, Retry::NewTask];

    /// The value doc writers write in errors.toml.
    pub fn key(self) -> &'static str {
        match self {
            Retry::Never => "never",
            Retry::SameRequest => "same_request",
            Retry::NewTask => "new_task",
        }
    }

    /// The variant name of the library's `Retry`.
    pub fn variant(self) -> &'static str {
        match self {
            Retry::Never => "Never",
            Retry::SameRequest => "SameRequest",
            Retry::NewTask => "NewTask",
        }
    }
}
