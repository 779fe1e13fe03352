//! The docs page in one language as an HTML fragment, for the catalog
//! editor's preview: the structure of the MDX page ([`super::page`]) as
//! Docusaurus shows it (the heading, the tips box, an entry a section with
//! its codes, description, advice and why it was retired, the kinds of
//! retry), with every text read as the generator reads its Markdown.
//!
//! Nothing a doc writer types becomes markup: text is escaped for HTML,
//! and a link's address becomes an `href` only as the `http(s)` address the
//! page would link to, opening in a new tab so that the editor stays.

use std::fmt::Write;

use crate::markdown::contents::fold_line_breaks;
use crate::markdown::inline::{Inline, Visit, walk};
use crate::markdown::parse;
use crate::model::catalog::{Catalog, Page};
use crate::model::words::Word;
use crate::site::addresses::{self, RETRY_SECTION_ANCHOR};

/// The page of the language at `language` in [`Catalog::languages`].
pub fn render(catalog: &Catalog, language: usize) -> String {
    let page = &catalog.pages[language];
    let words = &page.words;
    let markdown = |text: &str| html_of_markdown(text, page);
    let mut out = String::new();
    let _ = writeln!(out, "<h1>{}</h1>", markdown(&page.heading));
    tips_box(page, &mut out);
    for (index, entry) in catalog.entries.iter().enumerate() {
        let codes: Vec<String> = std::iter::once(&entry.code)
            .chain(&entry.aliases)
            .map(|code| format!("<code>{}</code>", escaped(code)))
            .collect();
        let retired = if entry.retired.is_some() {
            " retired"
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "<section class=\"entry{retired}\" id=\"{}\" data-entry=\"{index}\">",
            escaped(&entry.anchor)
        );
        let _ = writeln!(out, "<h3><code>{}</code></h3>", escaped(&entry.title));
        let _ = write!(
            out,
            "<p>{}{}<br>\n{}<br>\n{}{}",
            markdown(&page.code_label),
            codes.join(", "),
            markdown(&entry.descriptions[language]),
            markdown(words.get(Word::AdviceLabel)),
            markdown(&entry.advice(words)),
        );
        if let Some(reason) = &entry.retired {
            let _ = write!(
                out,
                "<br>\n{}{}",
                markdown(words.get(Word::RetiredLabel)),
                escaped(reason)
            );
        }
        out.push_str("</p>\n</section>\n");
    }
    let _ = writeln!(
        out,
        "<h2 id=\"{RETRY_SECTION_ANCHOR}\">{}</h2>\n<ul>",
        markdown(words.get(Word::RetryHeading))
    );
    for kind in Word::KINDS {
        let _ = writeln!(out, "<li>{}</li>", markdown(words.get(kind)));
    }
    out.push_str("</ul>\n");
    out
}

/// The tips box, where the page has one, as the site's `:::info` shows it.
fn tips_box(page: &Page, out: &mut String) {
    let lists = [&page.advice, &page.advice_note_items];
    if lists.iter().all(|list| list.is_empty()) && page.advice_note.is_none() {
        return;
    }
    let markdown = |text: &str| html_of_markdown(text, page);
    let _ = writeln!(
        out,
        "<aside class=\"tips\">\n<p class=\"tips-title\">{}</p>",
        markdown(&page.advice_title)
    );
    let list = |items: &[String], out: &mut String| {
        if items.is_empty() {
            return;
        }
        out.push_str("<ul>\n");
        for item in items {
            let _ = writeln!(out, "<li>{}</li>", markdown(item));
        }
        out.push_str("</ul>\n");
    };
    list(&page.advice, out);
    if let Some(note) = &page.advice_note {
        let _ = writeln!(out, "<p>{}</p>", markdown(note));
    }
    list(&page.advice_note_items, out);
    out.push_str("</aside>\n");
}

/// A piece of the catalog's Markdown as HTML: bold, italics, code and
/// links as CommonMark reads them, everything else as text.
fn html_of_markdown(markdown: &str, page: &Page) -> String {
    let mut out = String::new();
    walk(&parse(markdown), &mut |visit| match visit {
        Visit::Enter(Inline::Text(text)) => out.push_str(&escaped(&fold_line_breaks(text))),
        Visit::Enter(Inline::Code(code)) => {
            let _ = write!(out, "<code>{}</code>", escaped(code));
        }
        Visit::Enter(Inline::Strong(..)) => out.push_str("<strong>"),
        Visit::Leave(Inline::Strong(..)) => out.push_str("</strong>"),
        Visit::Enter(Inline::Emphasis(..)) => out.push_str("<em>"),
        Visit::Leave(Inline::Emphasis(..)) => out.push_str("</em>"),
        Visit::Enter(Inline::Link { url, .. }) => {
            let address = addresses::resolve(url, &page.url, &page.site_url);
            if address.starts_with("https://") || address.starts_with("http://") {
                let _ = write!(
                    out,
                    "<a href=\"{}\" target=\"_blank\" rel=\"noopener noreferrer\">",
                    escaped(&address)
                );
            } else {
                out.push_str("<a>");
            }
        }
        Visit::Leave(Inline::Link { .. }) => out.push_str("</a>"),
        // The check refuses images: only ever their text, which the walk
        // writes.
        Visit::Enter(Inline::Image { .. })
        | Visit::Leave(Inline::Text(_) | Inline::Code(_) | Inline::Image { .. }) => {}
    });
    out
}

/// `text` with every character HTML reads as markup written as a
/// character reference: safe between tags and in a quoted attribute.
pub fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
