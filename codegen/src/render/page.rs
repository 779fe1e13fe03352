//! The docs site's error-descriptions page, as Docusaurus MDX, in one
//! language: front matter, the page head (an `import` of the site's
//! component and the element, see [`super::page_head`]), the heading, the
//! tips box (tips, a paragraph, a second list), then per entry a heading
//! with its fixed id and one paragraph (codes, description, advice, and why
//! it was retired), and last a section on the kinds of retry.
//!
//! Every piece of doc writers' text goes through [`super::mdx::inline`] or, in the
//! front matter, [`yaml_string`]: nothing in it can become page structure
//! or code.

use std::fmt::Write;

use super::code_span::code_literal;
use super::mdx::inline;
use crate::model::catalog::{Catalog, Page};
use crate::model::words::Word;
use crate::site::addresses::RETRY_SECTION_ANCHOR;

/// The page for the language at `language` in [`Catalog::languages`].
pub fn render(catalog: &Catalog, language: usize) -> String {
    let page = &catalog.pages[language];
    let words = &page.words;
    let mut out = front_matter(page);
    if let Some(head) = &catalog.page_head {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&super::page_head::render(head, page.path.as_deref()));
        out.push('\n');
    }
    // Writing to a String cannot fail.
    let _ = writeln!(out, "# {}", inline(&page.heading));
    tips_box(page, &mut out);
    for entry in &catalog.entries {
        let codes: Vec<String> = std::iter::once(&entry.code)
            .chain(&entry.aliases)
            .map(|code| code_literal(code))
            .collect();
        let _ = writeln!(
            out,
            "\n### {} {{#{}}}",
            code_literal(&entry.title),
            entry.anchor
        );
        let _ = writeln!(
            out,
            "{}{} <br />",
            inline(&page.code_label),
            codes.join(", ")
        );
        let _ = writeln!(out, "{} <br />", inline(&entry.descriptions[language]));
        let _ = write!(
            out,
            "{}{}",
            inline(words.get(Word::AdviceLabel)),
            inline(&entry.advice(words))
        );
        match &entry.retired {
            Some(reason) => {
                let _ = writeln!(
                    out,
                    " <br />\n{}{}",
                    inline(words.get(Word::RetiredLabel)),
                    super::mdx::text(reason)
                );
            }
            None => out.push('\n'),
        }
    }
    let _ = writeln!(
        out,
        "\n## {} {{#{RETRY_SECTION_ANCHOR}}}\n",
        inline(words.get(Word::RetryHeading))
    );
    for kind in Word::KINDS {
        let _ = writeln!(out, "- {}", inline(words.get(kind)));
    }
    out
}

/// The `:::info` box at the top: the tips, a paragraph after them and a
/// second list, each where the page gives it; no box for none.
fn tips_box(page: &Page, out: &mut String) {
    let lists = [&page.advice, &page.advice_note_items];
    if lists.iter().all(|list| list.is_empty()) && page.advice_note.is_none() {
        return;
    }
    let _ = writeln!(out, "\n:::info {}", inline(&page.advice_title));
    let list = |items: &[String], out: &mut String| {
        if !items.is_empty() {
            out.push('\n');
        }
        for item in items {
            let _ = writeln!(out, "- {}", inline(item));
        }
    };
    list(&page.advice, out);
    if let Some(note) = &page.advice_note {
        let _ = writeln!(out, "\n{}", inline(note));
    }
    list(&page.advice_note_items, out);
    // A blank line before the closing `:::`, so that no Markdown reader
    // without directives takes it for the last line's continuation.
    out.push_str("\n:::\n");
}

/// The YAML between the page's `---` lines: only what errors.toml sets.
fn front_matter(page: &Page) -> String {
    let mut yaml = String::new();
    if let Some(position) = page.sidebar_position {
        let _ = writeln!(yaml, "sidebar_position: {position}");
    }
    for (key, value) in [
        ("sidebar_label", &page.sidebar_label),
        ("title", &page.title),
        ("description", &page.description),
    ] {
        if let Some(value) = value {
            let _ = writeln!(yaml, "{key}: {}", yaml_string(value));
        }
    }
    if yaml.is_empty() {
        return yaml;
    }
    format!("---\n{yaml}---\n")
}

/// `text` as a YAML double-quoted string, which holds any text: quotes and
/// backslashes escaped, and (though validation allows none) control
/// characters as `\uXXXX`.
pub fn yaml_string(text: &str) -> String {
    let mut out = String::from('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
