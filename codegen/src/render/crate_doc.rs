//! The table of every code on the library's front page, as Markdown for
//! rustdoc.

use std::fmt::Write;

use super::code_span::code_literal;
use super::rustdoc::escape_for_rustdoc;
use crate::model::catalog::Catalog;

/// The table of every code on the crate's front page, as Markdown.
pub fn crate_doc_table(catalog: &Catalog) -> String {
    let mut out = String::from(
        "| Code | Title | What to do |\n\
         |------|-------|------------|\n",
    );
    for entry in &catalog.entries {
        let mut codes = format!(
            "[{}](crate::ErrorCode::{})",
            code_literal(&entry.code),
            entry.variant
        );
        for alias in &entry.aliases {
            write!(codes, ", {}", code_literal(alias)).unwrap();
        }
        let mut title = String::new();
        escape_for_rustdoc(&entry.title, &mut title);
        let mut advice = String::new();
        escape_for_rustdoc(&entry.advice(catalog.english_words()), &mut advice);
        writeln!(out, "| {codes} | {title} | {advice} |").unwrap();
    }
    out
}
