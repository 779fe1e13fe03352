//! The keys errors.toml may hold, table by table: what the reader accepts,
//! what a misspelt key is matched against, and what errors.schema.json
//! lists.

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
pub const PAGE_KEYS: &[&str] = &[
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
    "aliases_label",
    "advice_label",
    "docs_label",
    "retired_label",
    "server_label",
    "retry_never",
    "retry_same_request",
    "retry_same_request_after",
    "retry_new_task",
    "retry_new_task_fresh_data",
    "retry_heading",
    "retry_unknown",
];
