//! The cross-language lint on its own: which links and code spans a description
//! lacks, and which `may_differ` items excuse nothing.

use crate::codegen::internals::cross_language::{Findings, lint};
use crate::codegen::internals::markdown::Carried;

fn link(url: &str) -> Carried {
    Carried::Link(url.to_string())
}

fn code(text: &str) -> Carried {
    Carried::Code(text.to_string())
}

#[test]
fn the_same_links_and_code_in_every_language_pass() {
    let texts = [
        "见[方法](./m.mdx#a)和 `taskId`。",
        "See [the method](./m.mdx#a) and `taskId`.",
        "Voir `taskId` et [la méthode](./m.mdx#a).",
    ];
    assert_eq!(lint(&texts, &[]), Findings::default());
}

#[test]
fn a_dropped_link_or_code_is_found_in_the_language_that_dropped_it() {
    let texts = [
        "See [the method](./m.mdx) and `taskId`.",
        "见方法和 `taskId`。",
        "Voir [la méthode](./m.mdx).",
    ];
    let findings = lint(&texts, &[]);
    assert_eq!(
        findings.missing,
        [(1, link("./m.mdx"), 0), (2, code("taskId"), 0)]
    );
    assert!(findings.needless.is_empty());
}

#[test]
fn a_different_anchor_or_spelling_is_a_different_link() {
    let findings = lint(
        &["[a](./m.mdx#one) `ERROR_X`", "[b](./m.mdx#two) `error_x`"],
        &[],
    );
    assert_eq!(
        findings.missing,
        [
            (0, link("./m.mdx#two"), 1),
            (0, code("error_x"), 1),
            (1, link("./m.mdx#one"), 0),
            (1, code("ERROR_X"), 0),
        ]
    );
}

#[test]
fn may_differ_excuses_what_it_names_and_only_what_differs() {
    let texts = ["See [zh docs](https://zh.example/) and `a`.", "See `a`."];
    let findings = lint(&texts, &["https://zh.example/", "a", "nowhere"]);
    assert!(findings.missing.is_empty(), "{findings:?}");
    // `a` is in both, `nowhere` in neither: listing them excuses nothing.
    assert_eq!(findings.needless, [1, 2]);
}

#[test]
fn text_that_only_looks_like_a_link_or_code_is_none() {
    let findings = lint(&["a \\[b\\](c) \\`d\\`", "plain"], &[]);
    assert_eq!(findings, Findings::default());
}
