//! Descriptions' Markdown, and its plain-text and rustdoc renderings.

use crate::codegen::internals::code_span::code_literal;
use crate::codegen::internals::markdown::{Inline, parse, plain_text};
use crate::codegen::internals::rustdoc::rustdoc;

fn plain(markdown: &str) -> String {
    plain_text(&parse(markdown))
}

fn doc(markdown: &str) -> String {
    rustdoc(&parse(markdown), &|url| {
        format!("https://site.example{url}")
    })
}

#[test]
fn links_strong_and_code() {
    assert_eq!(
        parse("a [b](./c.md) **d** `e`"),
        [
            Inline::Text("a ".into()),
            Inline::Link {
                text: vec![Inline::Text("b".into())],
                url: "./c.md".into()
            },
            Inline::Text(" ".into()),
            Inline::Strong(vec![Inline::Text("d".into())], '*'),
            Inline::Text(" ".into()),
            Inline::Code("e".into()),
        ]
    );
}

#[test]
fn plain_text_keeps_the_words_only() {
    assert_eq!(plain("[充值](https://x.example/pay)继续"), "充值继续");
    assert_eq!(
        plain("检查 **proxyType**、**proxyPort**。"),
        "检查 proxyType、proxyPort。"
    );
    assert_eq!(plain("the `type` *field*"), "the type field");
    assert_eq!(plain("``a ` b``"), "a ` b");
    assert_eq!(plain("**[bold link](/x)**"), "bold link");
}

#[test]
fn unmatched_marks_and_escapes_stay_text() {
    assert_eq!(plain("2 * 3 * 4"), "2 * 3 * 4");
    assert_eq!(plain("a ** b"), "a ** b");
    assert_eq!(plain("[not a link]"), "[not a link]");
    assert_eq!(plain("[spaced](a b)"), "[spaced](a b)");
    assert_eq!(plain("`open"), "`open");
    assert_eq!(plain(r"\*literal\* \[x\]"), "*literal* [x]");
    assert_eq!(plain(r"back\slash"), r"back\slash");
}

#[test]
fn line_breaks_fold_into_one_space() {
    assert_eq!(plain("one  \n  two\nthree"), "one two three");
}

#[test]
fn rustdoc_escapes_what_markdown_or_html_would_read() {
    assert_eq!(doc("a <b> & [c] {d} *"), r"a \<b\> \& \[c\] \{d\} \*");
    assert_eq!(doc("**x** *y*"), "<strong>x</strong> <em>y</em>");
    assert_eq!(doc("[t](/docs)"), "[t](<https://site.example/docs>)");
    assert_eq!(doc("a\nb"), "a b");
    assert_eq!(doc("see https://x.example"), r"see https\://x.example");
    assert_eq!(doc("time: 10:30"), "time: 10:30");
}

#[test]
fn code_literals_cannot_be_closed_early() {
    assert_eq!(code_literal("x"), "`x`");
    assert_eq!(code_literal("a`b"), "``a`b``");
    assert_eq!(code_literal("`x"), "`` `x ``");
}

/// The code of the one code span CommonMark (markdown-rs) reads in `text`.
fn code_span_read(text: &str) -> String {
    use markdown::mdast::Node;

    let root = markdown::to_mdast(text, &markdown::ParseOptions::default()).unwrap();
    match root.children().map(Vec::as_slice) {
        Some([Node::Paragraph(paragraph)]) => match paragraph.children.as_slice() {
            [Node::InlineCode(code)] => code.value.clone(),
            other => panic!("{text:?} reads as {other:?}"),
        },
        other => panic!("{text:?} reads as {other:?}"),
    }
}

#[test]
fn code_literals_read_back_as_their_text() {
    // Backticks at either end or inside, and the spaces a reader strips
    // from both ends of a span, but not from one of spaces alone.
    for text in [
        "x", "a`b", "`x", "x`", "``", " ` ", " a ", " a", "a ", "  a  ", " ", "   ", "a  b",
    ] {
        assert_eq!(code_span_read(&code_literal(text)), text, "{text:?}");
    }
    // A pad only where a reader would take a space off each end.
    assert_eq!(code_literal(" a"), "` a`");
    assert_eq!(code_literal("a "), "`a `");
    assert_eq!(code_literal(" a "), "`  a  `");
}

#[test]
fn unclosed_openers_by_the_thousand_stay_text() {
    // Each of these once made every opener search the rest of the text.
    for opener in ["[", "*", "**", "`", "[a]("] {
        let text = opener.repeat(20_000);
        assert_eq!(plain(&text), text, "{opener:?}");
    }
}

fn text(text: &str) -> Inline {
    Inline::Text(text.into())
}

fn link(text: Vec<Inline>, url: &str) -> Inline {
    Inline::Link {
        text,
        url: url.into(),
    }
}

#[test]
fn commonmark_decides_what_is_a_link_emphasis_or_code() {
    // Each as CommonMark reads it (checked against the spec's dingus).
    assert_eq!(
        parse("See [Foo](https://en.wikipedia.org/wiki/Foo_(bar)) now."),
        [
            text("See "),
            link(vec![text("Foo")], "https://en.wikipedia.org/wiki/Foo_(bar)"),
            text(" now."),
        ]
    );
    assert_eq!(
        parse("[a [b](c)"),
        [text("[a "), link(vec![text("b")], "c")]
    );
    assert_eq!(
        parse("b [**proxy**](https://a.example/(x)/y)"),
        [
            text("b "),
            link(
                vec![Inline::Strong(vec![text("proxy")], '*')],
                "https://a.example/(x)/y"
            ),
        ]
    );
    assert_eq!(
        parse("[] *[`**`](https://a.example/(x)/y)*"),
        [
            text("[] "),
            Inline::Emphasis(
                vec![link(
                    vec![Inline::Code("**".into())],
                    "https://a.example/(x)/y"
                )],
                '*'
            ),
        ]
    );
    assert_eq!(
        parse(r"\! **retry \` *retry*** task"),
        [
            text("! "),
            Inline::Strong(
                vec![text("retry ` "), Inline::Emphasis(vec![text("retry")], '*')],
                '*'
            ),
            text(" task"),
        ]
    );
    assert_eq!(
        parse("API [[the](./m.md) [task](https://a.example/)](/docs/captchas)"),
        [
            text("API ["),
            link(vec![text("the")], "./m.md"),
            text(" "),
            link(vec![text("task")], "https://a.example/"),
            text("](/docs/captchas)"),
        ]
    );
    assert_eq!(
        parse("`` a ` b `` `c`"),
        [
            Inline::Code("a ` b".into()),
            text(" "),
            Inline::Code("c".into())
        ]
    );
    // Underscores make emphasis too, but not inside a word.
    assert_eq!(
        parse("_a_ ERROR_ZERO_BALANCE"),
        [
            Inline::Emphasis(vec![text("a")], '_'),
            text(" ERROR_ZERO_BALANCE")
        ]
    );
    // An autolink and character references are left as typed by the
    // reading, and refused by the check (see `commonmark_reader.rs`).
    assert_eq!(
        parse("<https://x.example/a>"),
        [text("<https://x.example/a>")]
    );
    assert_eq!(parse("&amp; &#x4E2D;"), [text("&amp; &#x4E2D;")]);
}

#[test]
fn what_would_open_a_block_shows_as_typed() {
    for typed in [
        "# x", "- y", "1. z", "> q", "---", "***", "```", "<div>", "[a]: /b",
    ] {
        assert_eq!(parse(typed), [text(typed)], "{typed:?}");
    }
    // Inline HTML is text too.
    assert_eq!(parse("a <b>c</b>"), [text("a <b>c</b>")]);
}

#[test]
fn a_labels_trailing_space_is_kept() {
    assert_eq!(parse("What to do: "), [text("What to do: ")]);
}

#[test]
fn a_backslash_before_a_line_break_is_a_hard_break_unless_it_is_escaped() {
    use crate::codegen::internals::markdown::paragraph_line;
    assert_eq!(paragraph_line("a\\\nb"), "a b");
    assert_eq!(paragraph_line("a\\\\\nb"), "a\\\\ b");
}

#[test]
fn a_refusal_is_placed_in_the_description_across_folded_lines() {
    use crate::codegen::internals::markdown::parse_checked;
    // Before a folded line break, after one, and with the indentation
    // the fold drops.
    for description in ["a\n   <b>x", "x <b>\ny"] {
        let (_, refusals) = parse_checked(description);
        assert_eq!(refusals.len(), 1);
        assert_eq!(
            &description[refusals[0].at..refusals[0].end],
            "<b>",
            "{description:?}: {refusals:?}"
        );
    }
}
