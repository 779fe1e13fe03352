//! The page as HTML for the catalog editor's preview, read back by an HTML
//! parser as a browser reads it (html5ever, through scraper).

use scraper::{Html, Selector};

use crate::codegen::{self, load, load_with_entry_lines, preview};

const FIXTURE: &str = include_str!("../fixtures/catalog.toml");
const HOSTILE: &str = include_str!("../fixtures/hostile.toml");

fn select<'a>(html: &'a Html, selector: &str) -> Vec<scraper::ElementRef<'a>> {
    html.select(&Selector::parse(selector).unwrap()).collect()
}

#[test]
fn each_entry_is_a_section_with_its_codes_and_its_description_read_as_markdown() {
    let catalog = load(FIXTURE.as_bytes()).unwrap();
    let english = catalog
        .languages
        .iter()
        .position(|language| language.tag == "en")
        .unwrap();
    let html = Html::parse_fragment(&preview(&catalog, english));
    let sections = select(&html, "section.entry");
    assert_eq!(sections.len(), catalog.entries.len());
    for (section, entry) in sections.iter().zip(&catalog.entries) {
        assert_eq!(section.value().id(), Some(entry.anchor.as_str()));
        let codes: Vec<String> = section
            .select(&Selector::parse("p > code").unwrap())
            .map(|code| code.text().collect())
            .collect();
        for code in std::iter::once(&entry.code).chain(&entry.aliases) {
            assert!(codes.contains(code), "{code} not in {codes:?}");
        }
        let shown: String = section.text().collect();
        let plain = codegen::internals::markdown::plain_text(&codegen::internals::markdown::parse(
            &entry.descriptions[english],
        ));
        assert!(shown.contains(plain.trim()), "{plain:?} not in {shown:?}");
    }
    // The fixture's emphasis and links, as elements.
    assert!(!select(&html, "section.entry strong").is_empty());
    assert!(!select(&html, "section.entry em").is_empty());
    let links = select(&html, "section.entry a[href]");
    assert!(!links.is_empty());
    for link in links {
        assert_eq!(link.value().attr("target"), Some("_blank"));
        assert!(link.value().attr("href").unwrap().starts_with("http"));
    }
}

#[test]
fn hostile_text_stays_text_in_every_language() {
    let catalog = load(HOSTILE.as_bytes()).unwrap();
    let allowed = [
        "html", "h1", "h2", "h3", "p", "br", "code", "strong", "em", "a", "section", "aside", "ul",
        "li",
    ];
    for language in 0..catalog.languages.len() {
        let html = Html::parse_fragment(&preview(&catalog, language));
        for element in select(&html, "*") {
            let name = element.value().name();
            assert!(allowed.contains(&name), "<{name}> in the preview");
            for (attribute, value) in element.value().attrs() {
                assert!(
                    matches!(
                        attribute,
                        "id" | "class" | "data-entry" | "href" | "target" | "rel"
                    ),
                    "{attribute}={value:?} on <{name}>"
                );
                if attribute == "href" {
                    assert!(
                        value.starts_with("https://") || value.starts_with("http://"),
                        "{value}"
                    );
                }
            }
        }
        let shown: String = html.root_element().text().collect();
        for entry in &catalog.entries {
            let plain = codegen::internals::markdown::plain_text(
                &codegen::internals::markdown::parse(&entry.descriptions[language]),
            );
            for word in plain.split_whitespace() {
                assert!(shown.contains(word), "{word:?} is not shown as text");
            }
        }
    }
}

#[test]
fn each_entry_line_is_its_header() {
    let (catalog, lines) = load_with_entry_lines(FIXTURE).unwrap();
    assert_eq!(lines.len(), catalog.entries.len());
    let text: Vec<&str> = FIXTURE.lines().collect();
    for line in lines {
        assert_eq!(text[line - 1], "[[error]]");
    }
}

#[test]
fn the_tips_box_shows_when_the_page_has_tips_even_without_a_note() {
    let catalog = load(FIXTURE.as_bytes()).unwrap();
    for (language, page) in catalog.pages.iter().enumerate() {
        let html = Html::parse_fragment(&preview(&catalog, language));
        let items = select(&html, "aside.tips li").len();
        assert_eq!(items, page.advice.len() + page.advice_note_items.len());
        assert!(items > 0);
    }
    // A page with tips and no note: the box still shows.
    let without_note: String = FIXTURE
        .lines()
        .filter(|line| !line.starts_with("advice_note"))
        .map(|line| format!("{line}\n"))
        .collect();
    let catalog = load(without_note.as_bytes()).unwrap();
    assert!(catalog.pages.iter().all(|page| page.advice_note.is_none()));
    let html = Html::parse_fragment(&preview(&catalog, 0));
    assert!(!select(&html, "aside.tips li").is_empty());
}
