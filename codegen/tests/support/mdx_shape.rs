//! A generated page as the docs site reads it: parsed as MDX by the
//! `markdown` crate (markdown-rs, the Rust port of micromark by MDX's
//! authors), with GFM and front matter on as Docusaurus has them. Whatever
//! errors.toml says, a page is front matter, the page head (one `import`
//! of the configured component and one element of it, whose properties
//! read back as the strings errors.toml gives), one h1, the tips box, per
//! entry one h3 with its fixed id and one paragraph of text, code,
//! emphasis, links and `<br />`, then the section on retrying: no other
//! ESM, no other JSX, no expression but the heading ids and the head's
//! property values, no block a writer typed.
//!
//! Shared by the generator's tests on fixtures (`tests/unit/`) and its
//! check of the repository's own errors.toml (`tests/live_pages.rs`).

use capmonster_errors_codegen::internals::addresses::RETRY_SECTION_ANCHOR;
use capmonster_errors_codegen::internals::links::link_problem;
use capmonster_errors_codegen::internals::markdown as catalog_markdown;
use capmonster_errors_codegen::model::words::Word;
use capmonster_errors_codegen::{Catalog, page};
use markdown::mdast::{AttributeContent, AttributeValue, Node};
use markdown::{Constructs, MdxSignal, ParseOptions};

/// MDX with GFM and front matter, as the docs site reads its pages.
pub fn site_options() -> ParseOptions {
    ParseOptions {
        constructs: Constructs {
            frontmatter: true,
            gfm_autolink_literal: true,
            gfm_footnote_definition: true,
            gfm_label_start_footnote: true,
            gfm_strikethrough: true,
            gfm_table: true,
            gfm_task_list_item: true,
            ..Constructs::mdx()
        },
        // Any line the parser would try as ESM is taken as ESM, so that an
        // `import` or `export` that reached a block's start is seen.
        mdx_esm_parse: Some(Box::new(|_| MdxSignal::Ok)),
        ..ParseOptions::mdx()
    }
}

/// The text a reader sees in `nodes`: text, code and link text.
fn visible(nodes: &[Node]) -> String {
    nodes
        .iter()
        .map(|node| match node {
            Node::Text(text) => text.value.clone(),
            Node::InlineCode(code) => code.value.clone(),
            Node::Strong(_) | Node::Emphasis(_) | Node::Link(_) => {
                visible(node.children().expect("a parent"))
            }
            other => panic!("not inline text: {other:?}"),
        })
        .collect()
}

/// Panics unless every node below `nodes` is text, code, strong,
/// emphasis, a link to an address validation allows, or (where `breaks`)
/// the `<br />` element.
fn assert_inline(nodes: &[Node], breaks: bool) {
    for node in nodes {
        match node {
            Node::Text(_) | Node::InlineCode(_) => {}
            Node::Strong(_) | Node::Emphasis(_) => assert_inline(node.children().unwrap(), false),
            Node::Link(link) => {
                assert_eq!(link_problem(&link.url), None, "{}", link.url);
                assert_inline(&link.children, false);
            }
            Node::MdxJsxTextElement(element) if breaks => {
                assert_eq!(element.name.as_deref(), Some("br"));
                assert!(element.children.is_empty() && element.attributes.is_empty());
            }
            other => panic!("not inline text: {other:?}"),
        }
    }
}

/// A heading of `depth` whose text is followed by the id `{#anchor}`;
/// returns its visible text.
fn assert_heading(node: &Node, depth: u8, anchor: &str) -> String {
    let Node::Heading(heading) = node else {
        panic!("expected a heading, got {node:?}")
    };
    assert_eq!(heading.depth, depth);
    let (id, text) = heading.children.split_last().expect("a heading with text");
    let Node::MdxTextExpression(id) = id else {
        panic!("expected the heading's id, got {id:?}")
    };
    assert_eq!(id.value, format!("#{anchor}"));
    assert_inline(text, false);
    visible(text).trim_end().to_string()
}

/// Checks the page in `language` and returns, per entry, the visible
/// description.
pub fn assert_shape(catalog: &Catalog, language: usize) -> Vec<String> {
    let text = page(catalog, language);
    let root = markdown::to_mdast(&text, &site_options())
        .unwrap_or_else(|error| panic!("the page does not parse as MDX: {error}\n{text}"));
    let mut nodes = root.children().unwrap().iter();
    let mut next = || {
        nodes
            .next()
            .unwrap_or_else(|| panic!("the page ends early:\n{text}"))
    };
    let page = &catalog.pages[language];
    assert!(matches!(next(), Node::Yaml(_)), "front matter first");
    if let Some(head) = &catalog.page_head {
        let Node::MdxjsEsm(import) = next() else {
            panic!("then the page head's import:\n{text}")
        };
        let from = match &page.path {
            Some(path) => format!("{}{}", "../".repeat(path.matches('/').count()), head.module),
            None => format!("@site/{}", head.module),
        };
        assert_eq!(
            import.value,
            format!("import {{ {} }} from '{from}';", head.component)
        );
        let Node::MdxJsxFlowElement(element) = next() else {
            panic!("then the page head's element:\n{text}")
        };
        assert_eq!(element.name.as_deref(), Some(head.component.as_str()));
        assert!(element.children.is_empty());
        let properties: Vec<(String, String)> = element
            .attributes
            .iter()
            .map(|attribute| match attribute {
                AttributeContent::Property(property) => (
                    property.name.clone(),
                    match &property.value {
                        Some(AttributeValue::Literal(value)) => value.clone(),
                        Some(AttributeValue::Expression(expression)) => {
                            javascript_string(&expression.value)
                        }
                        None => panic!("a property without a value: {property:?}"),
                    },
                ),
                other => panic!("not a property: {other:?}"),
            })
            .collect();
        assert_eq!(properties, head.properties);
    }
    let Node::Heading(h1) = next() else {
        panic!("then the h1")
    };
    assert_eq!(h1.depth, 1);
    assert_inline(&h1.children, false);
    let lists = [&page.advice, &page.advice_note_items];
    if lists.iter().any(|list| !list.is_empty()) || page.advice_note.is_some() {
        // The tips box, as a parser without directives sees it: its
        // opening line, the tips, a paragraph, a second list, its closing
        // line.
        let Node::Paragraph(open) = next() else {
            panic!("then :::info")
        };
        assert!(visible(&open.children).starts_with(":::info "), "{open:?}");
        if !page.advice.is_empty() {
            assert_list(next(), &page.advice);
        }
        if page.advice_note.is_some() {
            let Node::Paragraph(note) = next() else {
                panic!("then the note after the tips:\n{text}")
            };
            assert_inline(&note.children, false);
        }
        if !page.advice_note_items.is_empty() {
            assert_list(next(), &page.advice_note_items);
        }
        let Node::Paragraph(close) = next() else {
            panic!("then :::")
        };
        assert_eq!(visible(&close.children), ":::");
    }
    let mut descriptions = Vec::new();
    for entry in &catalog.entries {
        let title = assert_heading(next(), 3, &entry.anchor);
        assert_eq!(title, entry.title);
        let Node::Paragraph(paragraph) = next() else {
            panic!("one paragraph per entry:\n{text}")
        };
        assert_inline(&paragraph.children, true);
        let parts: Vec<&[Node]> = paragraph
            .children
            .split(|node| matches!(node, Node::MdxJsxTextElement(_)))
            .collect();
        let (codes, description, advice, retired) = match parts.as_slice() {
            [codes, description, advice] => (codes, description, advice, None),
            [codes, description, advice, retired] => (codes, description, advice, Some(retired)),
            _ => panic!("codes, description, advice and retirement: {paragraph:?}"),
        };
        let expected_retired = entry
            .retired
            .as_ref()
            .map(|reason| format!("{}{reason}", page.words.get(Word::RetiredLabel)));
        assert_eq!(
            retired.map(|retired| visible(retired).trim().to_string()),
            expected_retired
        );
        let code_spans: Vec<&str> = codes
            .iter()
            .filter_map(|node| match node {
                Node::InlineCode(code) => Some(code.value.as_str()),
                _ => None,
            })
            .collect();
        let expected: Vec<&str> = std::iter::once(&entry.code)
            .chain(&entry.aliases)
            .map(String::as_str)
            .collect();
        assert_eq!(code_spans, expected);
        // Between the `<br />`s: a line break, the description, a space.
        let shown = visible(description);
        let shown = shown
            .strip_prefix('\n')
            .and_then(|text| text.strip_suffix(' '));
        descriptions.push(shown.expect("the description on its own line").to_string());
        assert_eq!(
            visible(advice).trim(),
            format!(
                "{}{}",
                page.words.get(Word::AdviceLabel),
                entry.advice(&page.words)
            )
            .trim()
        );
    }
    assert_heading(next(), 2, RETRY_SECTION_ANCHOR);
    let Node::List(kinds) = next() else {
        panic!("then the kinds of retry")
    };
    assert_eq!(kinds.children.len(), Word::KINDS.len());
    assert!(
        nodes.next().is_none(),
        "nothing after the section on retrying"
    );
    descriptions
}

/// Panics unless `node` is a list of `items`, each one paragraph of inline
/// text.
fn assert_list(node: &Node, items: &[String]) {
    let Node::List(list) = node else {
        panic!("expected a list of {items:?}, got {node:?}")
    };
    assert_eq!(list.children.len(), items.len());
    for item in &list.children {
        let [Node::Paragraph(paragraph)] = item.children().unwrap().as_slice() else {
            panic!("one paragraph per item: {item:?}")
        };
        assert_inline(&paragraph.children, false);
    }
}

/// The text of a JavaScript string literal in double quotes written with
/// no escapes but `\uXXXX`, as the page head writes one.
fn javascript_string(literal: &str) -> String {
    let inner = literal
        .strip_prefix('"')
        .and_then(|rest| rest.strip_suffix('"'))
        .unwrap_or_else(|| panic!("not a string in double quotes: {literal}"));
    assert!(
        !inner.contains(['"', '{', '}', '<', '>', '\n']),
        "a character left unescaped: {literal}"
    );
    let mut units = Vec::new();
    let mut rest = inner;
    while let Some(c) = rest.chars().next() {
        if let Some(hex) = rest.strip_prefix("\\u") {
            units.push(u16::from_str_radix(&hex[..4], 16).expect("four hex digits"));
            rest = &hex[4..];
        } else {
            assert_ne!(c, '\\', "an escape other than \\u: {literal}");
            let mut buffer = [0; 2];
            units.extend_from_slice(c.encode_utf16(&mut buffer));
            rest = &rest[c.len_utf8()..];
        }
    }
    String::from_utf16(&units).expect("whole characters")
}

/// What `description()` gives for each entry in `language`.
pub fn plain_descriptions(catalog: &Catalog, language: usize) -> Vec<String> {
    catalog
        .entries
        .iter()
        .map(|entry| {
            catalog_markdown::plain_text(&catalog_markdown::parse(&entry.descriptions[language]))
        })
        .collect()
}

/// Checks every page of `catalog`: its shape, and each description shown
/// as `description()` gives it.
pub fn assert_pages(catalog: &Catalog) {
    for language in 0..catalog.languages.len() {
        assert_eq!(
            assert_shape(catalog, language),
            plain_descriptions(catalog, language)
        );
    }
}
