//! The differential test of issue "Descriptions mean what CommonMark says
//! they mean": descriptions made of what errors.toml's header allows (links
//! to https and relative addresses, `**strong**`, `*emphasis*`, code spans,
//! backslash escapes) and stray punctuation (`*`, `[`, `]`, `(`, `)`,
//! backtick runs, backslashes), nested. For each one the check accepts, the
//! text the page writes for it reads, under CommonMark and under MDX, as
//! CommonMark reads the description itself, and `description()` is that
//! reading's text.
//!
//! The description is read by the generator's own reader
//! (`codegen/src/markdown/reader/`, held to markdown-rs by
//! `commonmark_reader.rs`); the page text by markdown-rs (the `markdown`
//! crate, the Rust port of micromark, which the docs site's MDX is built
//! on), under CommonMark and under the site's MDX options.
//!
//! ```sh
//! PROPTEST_CASES=20000 cargo test -p capmonster-errors-codegen --test unit commonmark
//! ```

use markdown::ParseOptions;
use markdown::mdast::Node;
use proptest::prelude::*;

use crate::codegen::internals::markdown as catalog_markdown;
use crate::codegen::internals::markdown::Inline;
use crate::codegen::internals::mdx;
use crate::codegen::{self};

const FIXTURE: &str = include_str!("../fixtures/catalog.toml");

/// What a reader sees of one stretch of text: the text, and how it is set.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Run {
    text: String,
    strong: bool,
    emphasis: bool,
    code: bool,
    link: Option<String>,
}

/// The runs of `nodes`, neighbours set alike merged: two trees that show
/// the same render the same runs, whichever way their emphasis nests.
fn runs(nodes: &[Node], style: &Run, out: &mut Vec<Run>) {
    for node in nodes {
        let mut inner = style.clone();
        let text = match node {
            Node::Text(text) => Some(text.value.clone()),
            Node::InlineCode(code) => {
                inner.code = true;
                Some(code.value.clone())
            }
            Node::Break(_) => Some(" ".to_string()),
            Node::Strong(_) => {
                inner.strong = true;
                None
            }
            Node::Emphasis(_) => {
                inner.emphasis = true;
                None
            }
            Node::Link(link) => {
                inner.link = Some(link.url.clone());
                None
            }
            other => panic!("not inline text: {other:?}"),
        };
        match text {
            Some(text) => push_run(out, Run { text, ..inner }),
            None => runs(node.children().expect("a parent"), &inner, out),
        }
    }
}

/// The runs of the generator's reading.
fn tree_runs(pieces: &[Inline]) -> Vec<Run> {
    fn walk(pieces: &[Inline], style: &Run, out: &mut Vec<Run>) {
        for piece in pieces {
            let mut inner = style.clone();
            let (text, children) = match piece {
                Inline::Text(text) => (Some(text.clone()), None),
                Inline::Code(code) => {
                    inner.code = true;
                    (Some(code.clone()), None)
                }
                Inline::Strong(children, _) => {
                    inner.strong = true;
                    (None, Some(children))
                }
                Inline::Emphasis(children, _) => {
                    inner.emphasis = true;
                    (None, Some(children))
                }
                Inline::Link { text, url } | Inline::Image { text, url } => {
                    inner.link = Some(url.clone());
                    (None, Some(text))
                }
            };
            match (text, children) {
                (Some(text), _) => push_run(out, Run { text, ..inner }),
                (None, Some(children)) => walk(children, &inner, out),
                (None, None) => {}
            }
        }
    }
    let mut out = Vec::new();
    walk(pieces, &plain_run(), &mut out);
    without_final_spaces(out)
}

/// CommonMark drops a paragraph's final spaces; the generator keeps them
/// for labels, which end with one. Both readings are compared without.
fn without_final_spaces(mut runs: Vec<Run>) -> Vec<Run> {
    if let Some(last) = runs.last_mut().filter(|last| {
        **last
            == Run {
                text: last.text.clone(),
                ..plain_run()
            }
    }) {
        last.text.truncate(last.text.trim_end().len());
    }
    runs.retain(|run| !run.text.is_empty());
    runs
}

fn plain_run() -> Run {
    Run {
        text: String::new(),
        strong: false,
        emphasis: false,
        code: false,
        link: None,
    }
}

/// Appends `run`, joined to the last when they are set alike.
fn push_run(out: &mut Vec<Run>, run: Run) {
    match out.last_mut() {
        Some(last)
            if Run {
                text: String::new(),
                ..last.clone()
            } == Run {
                text: String::new(),
                ..run.clone()
            } =>
        {
            last.text.push_str(&run.text)
        }
        _ => out.push(run),
    }
}

/// The one paragraph's runs, or `None` when the text is not one paragraph
/// of inline content under `options`.
fn read(text: &str, options: &ParseOptions) -> Option<Vec<Run>> {
    let root = markdown::to_mdast(text, options).expect("CommonMark reads any text");
    let mut out = Vec::new();
    match root.children()?.as_slice() {
        [] => {}
        [Node::Paragraph(paragraph)] => {
            runs(&paragraph.children, &plain_run(), &mut out);
            out = without_final_spaces(out);
        }
        _ => return None,
    }
    Some(out)
}

/// What errors.toml's header allows, and the punctuation around it.
fn description() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        4 => "[a-z]{1,5}",
        2 => Just(" ".to_string()),
        1 => prop_oneof![
            Just("*"), Just("**"), Just("["), Just("]"), Just("("), Just(")"),
            Just("`"), Just("``"), Just("\\"), Just("!"), Just("\\`"), Just("\\*"),
            Just("\\["), Just("\\)"), Just("."), Just("~"), Just("~~"),
        ]
        .prop_map(str::to_string),
    ];
    let url = prop_oneof![
        Just("https://a.example/"),
        Just("https://a.example/(x)/y"),
        Just("https://en.wikipedia.org/wiki/Foo_(bar)"),
        Just("./m.mdx"),
        Just("/docs/captchas"),
    ];
    leaf.prop_recursive(3, 24, 4, move |inner| {
        let inner = prop::collection::vec(inner, 1..4).prop_map(|parts| parts.concat());
        prop_oneof![
            inner.clone().prop_map(|text| format!("**{text}**")),
            inner.clone().prop_map(|text| format!("*{text}*")),
            "[a-z `*]{1,6}".prop_map(|code| format!("`{code}`")),
            (inner.clone(), url.clone()).prop_map(|(text, url)| format!("[{text}]({url})")),
            prop::collection::vec(inner, 2..4).prop_map(|parts| parts.concat()),
        ]
    })
}

/// The fixture with `text` as one entry's description in both languages.
fn catalog_with(text: &str) -> String {
    let value = toml::Value::String(text.to_string());
    FIXTURE
        .replace(
            "zh = \"工作人员无法识别该验证码。\"",
            &format!("zh = {value}"),
        )
        .replace(
            "en = \"Workers could not solve this captcha.\"",
            &format!("en = {value}"),
        )
}

/// The property, for one description.
fn reads_as_commonmark(text: &str) -> Result<(), TestCaseError> {
    // Text the checker refuses never reaches a page.
    if codegen::load(catalog_with(text).as_bytes()).is_err() {
        return Ok(());
    }
    let commonmark = ParseOptions::default();
    // A line that CommonMark reads as a block shows as typed, by design.
    if read(text, &commonmark).is_none() {
        return Ok(());
    }
    let meant = tree_runs(&catalog_markdown::parse(text));
    let written = mdx::inline(text);
    prop_assert_eq!(
        read(&written, &commonmark),
        Some(meant.clone()),
        "page text {:?}",
        written
    );
    prop_assert_eq!(
        read(&written, &crate::mdx_shape::site_options()),
        Some(meant.clone()),
        "page text {:?}",
        written
    );
    let plain: String = meant.iter().map(|run| run.text.as_str()).collect();
    let description = catalog_markdown::plain_text(&catalog_markdown::parse(text));
    prop_assert_eq!(description.trim(), plain.trim());
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1024))]

    #[test]
    fn the_page_reads_a_description_as_commonmark_does(text in description()) {
        reads_as_commonmark(&text)?;
    }
}

/// The cases of the issue, and what the property found, kept.
#[test]
fn the_cases_found_read_as_commonmark_reads_them() {
    for text in [
        "See [Foo](https://en.wikipedia.org/wiki/Foo_(bar)) now.",
        "b [**proxy**](https://a.example/(x)/y)",
        "[] *[`**`](https://a.example/(x)/y)*",
        "\\! **retry \\` *retry*** task",
        "API [[the](./m.mdx) [task](https://a.example/)](/docs/captchas)",
        // Found by the property: runs of delimiters that CommonMark's rule
        // of three decides (pulldown-cmark 0.13 reads the first otherwise),
        // escapes beside them, empty link text.
        "*a******a*",
        "***\\**a**",
        "[a****a******a**](https://a.example/)",
        "a[ [](https://a.example/)",
        "**[ ](https://a.example/)**",
        "\\~~",
        "*~~*a",
        "a ",
        "*\\~*a",
        "[*\\~*a](https://a.example/)",
    ] {
        reads_as_commonmark(text).unwrap_or_else(|error| panic!("{text:?}: {error}"));
    }
}

#[test]
fn a_link_with_parentheses_is_a_link_everywhere() {
    let text = "See [Foo](https://en.wikipedia.org/wiki/Foo_(bar)) now.";
    let catalog = codegen::load(catalog_with(text).as_bytes()).expect("a valid catalog");
    let address = "https://en.wikipedia.org/wiki/Foo_(bar)";
    // The page: a link, its parentheses escaped as a destination may have them.
    let page = codegen::page(&catalog, 1);
    assert!(
        page.contains("See [Foo](https://en.wikipedia.org/wiki/Foo_\\(bar\\)) now."),
        "{page}"
    );
    // Rustdoc: a link; `ErrorCode::links`, which `explain` lists: the address.
    let rust = codegen::internals::rust::render(&catalog);
    assert!(
        rust.contains(&format!("See [Foo](<{address}>) now.")),
        "{rust}"
    );
    assert!(rust.contains(&format!("\n    \"{address}\",\n")), "{rust}");
    assert_eq!(
        catalog_markdown::plain_text(&catalog_markdown::parse(text)),
        "See Foo now."
    );
}
