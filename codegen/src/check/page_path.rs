//! The rule for a page's `path`: a Markdown file among the docs site's
//! documents, named so that every tool reads it alike.

use crate::site::paths::{TRANSLATED_DOCS, content_root, is_plain_path};

/// What is wrong with `path` as where a language's page lives in a
/// checkout of the docs site, if anything.
pub fn page_path_problem(path: &str) -> Option<String> {
    const EXAMPLE: &str = "\"i18n/zh/docusaurus-plugin-content-docs/current/api/api-errors.mdx\"";
    if !is_plain_path(path) {
        return Some(format!(
            "`path` {path:?} is not a file's path inside the docs site; write the page's folders and file name (letters, digits, -, _ and .) joined by /, like {EXAMPLE}"
        ));
    }
    if !(path.ends_with(".mdx") || path.ends_with(".md")) {
        return Some(format!(
            "`path` {path:?} names no Markdown file; end it with .mdx, as the site's pages are named, like {EXAMPLE}"
        ));
    }
    if content_root(path).is_none() {
        return Some(format!(
            "`path` {path:?} lies outside the site's documents; put the page in docs/ (the source language's) or in i18n/LANG/{TRANSLATED_DOCS}/ (another language's), like {EXAMPLE}"
        ));
    }
    None
}
