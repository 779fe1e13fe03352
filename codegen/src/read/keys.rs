//! The keys errors.toml may hold, table by table: what the reader accepts,
//! what a misspelt key is matched against, and what errors.schema.json
//! lists.

use crate::model::words::Word;

pub const TOP_LEVEL_KEYS: &[&str] = &["catalog", "page", "page_head", "error"];
pub const PAGE_HEAD_KEYS: &[&str] = &["component", "module", "properties"];
pub const CATALOG_KEYS: &[&str] = &["languages"];

pub const ENTRY_KEYS: &[&str] = &[
    "code",
    "aliases",
    "title",
    "retry",
    "retry_after_ms",
    "variant",
    "may_differ",
    "retired",
    "anchor",
    "description",
];

/// The keys of a `[page.LANG]` table that are the page's own settings.
const PAGE_OWN_KEYS: &[&str] = &[
    "url",
    "site_url",
    "path",
    "sidebar_position",
    "sidebar_label",
    "title",
    "description",
    "heading",
    "advice_title",
    "advice",
    "advice_note",
    "advice_note_items",
    "code_label",
];

/// The keys of a `[page.LANG]` table: the page's own settings, then each
/// [`Word`] it may phrase, whose keys are [`Word::key`]'s, one list.
pub const PAGE_KEYS: &[&str] = &page_keys();

const PAGE_KEY_COUNT: usize = PAGE_OWN_KEYS.len() + Word::ALL.len();

const fn page_keys() -> [&'static str; PAGE_KEY_COUNT] {
    let mut keys = [""; PAGE_KEY_COUNT];
    let mut at = 0;
    while at < PAGE_OWN_KEYS.len() {
        keys[at] = PAGE_OWN_KEYS[at];
        at += 1;
    }
    let mut word = 0;
    while word < Word::ALL.len() {
        keys[at + word] = Word::ALL[word].key();
        word += 1;
    }
    keys
}
