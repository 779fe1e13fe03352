//! The docs site's error-descriptions page, as Docusaurus Markdown, in one
//! language: front matter, the advice block, then per entry a heading, the
//! line with its codes, and the description.
//!
//! Doc writers' text goes through [`escape_mdx`], so nothing in it can turn
//! into JSX; codes and titles are code spans.

use crate::catalog::Catalog;
use crate::markdown::{code_literal, escape_mdx};

/// The page for the language at `language` in [`Catalog::languages`].
pub fn render(catalog: &Catalog, language: usize) -> String {
    let page = &catalog.pages[language];
    let mut out = String::new();
    if !page.front_matter.is_empty() {
        out.push_str("---\n");
        out.push_str(&page.front_matter);
        out.push_str("\n---\n");
    }
    out.push_str(&format!("# {}\n", escape_mdx(&page.heading)));
    out.push_str(&format!(":::info {}\n\n", escape_mdx(&page.advice_title)));
    for item in &page.advice {
        out.push_str(&format!("- {}\n", escape_mdx(item)));
    }
    out.push_str(":::\n");
    for entry in &catalog.entries {
        let codes: Vec<String> = std::iter::once(&entry.code)
            .chain(&entry.aliases)
            .map(|code| code_literal(code))
            .collect();
        out.push_str(&format!("\n### {}\n", code_literal(&entry.title)));
        out.push_str(&format!(
            "{}{} <br />\n",
            escape_mdx(&page.code_label),
            codes.join(", ")
        ));
        out.push_str(&escape_mdx(&entry.descriptions[language]));
        out.push('\n');
    }
    out
}
