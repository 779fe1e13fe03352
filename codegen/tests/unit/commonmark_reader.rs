//! The catalog's own reader of one line of Markdown (`commonmark`), which
//! the build script uses, agrees with markdown-rs on every line it does not
//! refuse: whether the line is one paragraph, and its inline content. The
//! lines are made of every character that matters to CommonMark, and
//! letters, spaces and punctuation beyond ASCII beside them.
//!
//! ```sh
//! PROPTEST_CASES=100000 cargo test -p capmonster-errors-codegen --test unit commonmark_reader
//! ```

use proptest::prelude::*;

use crate::codegen::internals::characters;
use crate::codegen::internals::markdown::{self, Inline};
use crate::codegen::internals::markdown::{markdown_rs, reader as commonmark};

/// One line: pieces of Markdown syntax, and text around them.
fn line() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => "[a-z]{1,4}",
        2 => Just(" ".to_string()),
        4 => prop::sample::select(vec![
            "\\", "`", "``", "```", "*", "**", "***", "_", "__", "[", "]", "(", ")", "!", "![",
            "<", ">", "&", ";", "#", "-", "+", ".", "\"", "'", ":", "=", "~", "~~~", "\t", "1",
            "1.", "10)", "@", "/", "?",
        ])
        .prop_map(str::to_string),
        2 => prop::sample::select(vec![
            "https://a.example/(x)", "./m.mdx", "](", "](<a b>)", "[a]: ", " \"t\"", " 't'",
            " (t)", "&amp;", "&#35;", "&#x2a;", "&bogus;", "<b>", "</i>", "<a@b.c>", "<1@b.c>",
            "<https://a.example>", "<!-- x -->", "<?x?>",
        ])
        .prop_map(str::to_string),
        2 => prop::sample::select(vec![
            "é", "中", "“", "”", "。", "，", "—", "€", "©", "\u{a0}", "\u{3000}", "\u{200b}", "\u{feff}",
            "\u{300}", "👍", "ß",
        ])
        .prop_map(str::to_string),
    ];
    prop::collection::vec(piece, 0..24).prop_map(|pieces| pieces.concat())
}

fn agrees_on_the_paragraph(line: &str) -> Result<(), TestCaseError> {
    let line = line.trim();
    if !commonmark::refusals(line).is_empty() {
        return Ok(());
    }
    prop_assert_eq!(
        commonmark::paragraph(line),
        markdown_rs::paragraph(line),
        "{:?}",
        line
    );
    Ok(())
}

fn agrees_on_the_description(text: &str) -> Result<(), TestCaseError> {
    let own = markdown::read_line_with(text, commonmark::paragraph);
    if !commonmark::refusals(&own.0.text).is_empty() {
        return Ok(());
    }
    let standard = markdown::read_line_with(text, markdown_rs::paragraph);
    prop_assert_eq!(own, standard, "{:?}", text);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4096))]

    #[test]
    fn the_own_reader_reads_a_line_as_markdown_rs_does(line in line()) {
        agrees_on_the_paragraph(&line)?;
    }

    #[test]
    fn a_description_reads_the_same_with_either_reader(text in line()) {
        agrees_on_the_description(&text)?;
    }

    #[test]
    fn any_character_beside_emphasis_counts_as_markdown_rs_counts_it(
        c in any::<char>().prop_filter("the check refuses it", |&c| !characters::is_disruptive(c))
    ) {
        for probe in [format!("{c}*.a*"), format!("*a.*{c}"), format!("a{c}_b_"), format!("_{c}_")] {
            agrees_on_the_paragraph(&probe)?;
        }
    }
}

/// The edges of every range of punctuation in the table, and the
/// characters just outside them.
#[test]
fn the_punctuation_table_ends_where_markdown_rs_stops_counting() {
    for &(first, last) in commonmark::PUNCTUATION_RANGES.iter() {
        let outside = [
            char::from_u32(first as u32 - 1),
            char::from_u32(last as u32 + 1),
        ];
        for c in [Some(first), Some(last)]
            .into_iter()
            .chain(outside)
            .flatten()
        {
            let probe = format!("{c}*.a*");
            assert_eq!(
                commonmark::paragraph(&probe),
                markdown_rs::paragraph(&probe),
                "U+{:04X}",
                c as u32
            );
        }
    }
}

/// Lines that tell the readers' rules apart, and what the property found.
#[test]
fn the_cases_found_read_alike() {
    for line in [
        "*a******a*",
        "***\\**a**",
        "[a****a******a**](https://a.example/)",
        "a[ [](https://a.example/)",
        "[a [b](c) d](e)",
        "![a [b](c)](d)",
        "[![a](b)](c)",
        "*[a*](b)",
        "`a`b`",
        "`` a ` b ``",
        "[a](<b c>)",
        "[a](b \"t\")",
        "[a](b (t))",
        "[a]: /b",
        "[a]: /b \"t\"",
        "[a]: /b \"t\" x",
        "- a",
        "1) a",
        "1234567890. a",
        "####### a",
        "* * *",
        "```a`",
        "~~~a`",
        "> a",
        "*“a”*",
        "a*“b”*c",
        "_a_b",
        "__a__b",
        "*_a_*",
        "[a](((((((((((((((((((((((((((((((((((b)))))))))))))))))))))))))))))))))))",
        // A byte order mark: not text, but a neighbour to `*`, and three
        // columns before a tab (found by the property and the fuzz target).
        "\u{feff}*.a*",
        "\u{feff}\ta",
        "\u{feff} \t&a",
        "\u{feff}  \ta",
        "\u{feff}    a",
        "\u{feff}\t\ta",
        // Link reference definitions, which make no paragraph: a label of
        // at most 999 bytes, with escaped brackets, not blank; a title
        // only after white space.
        "[a]: b",
        "[a]:b",
        "[a]: b \"t\"",
        "[a]: b\"t\"",
        "[a]: <./b c>",
        "[a]: <./b>\"t\"",
        "[a\\]]: b",
        "[a\\\\]: b",
        "[a\\[b]: c",
        "[a[b]: c",
        "[ ]: b",
        "[\t]: b",
        // Destinations in angle brackets, with escapes, and what ends them.
        "[a](<./b c>)",
        "[a](<./b\\>c>)",
        "[a](<./b\\<c>)",
        "[a](<./b\\\\>)",
        "[a](b\\)c)",
        "[a](b\\(c)",
        "[a]: <./b\\>c>",
        // An image's description leaves out the images inside it.
        "![[]()![)[]()![]()[]()]()]()[]()",
        "![a `b` *c* ![d](e)](f)",
    ] {
        agrees_on_the_paragraph(line).unwrap_or_else(|error| panic!("{line:?}: {error}"));
        agrees_on_the_description(line).unwrap_or_else(|error| panic!("{line:?}: {error}"));
    }
    // Labels at the limit, and one byte past it.
    for size in [999, 1000] {
        let line = format!("[{}]: b", "a".repeat(size));
        agrees_on_the_paragraph(&line).unwrap_or_else(|error| panic!("{size}: {error}"));
    }
    // What the own reader refuses, CommonMark reads as HTML, an autolink
    // or a character reference.
    for line in [
        "a <b>c</b>",
        "<https://a.example>",
        "x <1@b.c>",
        "a &amp; b",
        "[a](b&amp;c)",
    ] {
        assert!(!commonmark::refusals(line).is_empty(), "{line:?}");
    }
}

#[test]
fn every_refusal_names_what_was_written_and_where() {
    let refusals = commonmark::refusals("See <b>this</b>.");
    let found: Vec<(usize, usize, &str)> = refusals
        .iter()
        .map(|refusal| (refusal.at, refusal.end, refusal.written.as_str()))
        .collect();
    assert_eq!(found, [(4, 7, "<b>"), (11, 15, "</b>")]);
    assert_eq!(refusals[0].kind, commonmark::RefusalKind::AngleBracket);
    let refusals = commonmark::refusals("R&amp;D");
    assert_eq!((refusals[0].at, refusals[0].written.as_str()), (1, "&amp;"));
    let inline = commonmark::paragraph("`<b>` and \\<b>").unwrap();
    assert_eq!(
        inline,
        [
            Inline::Code("<b>".to_string()),
            Inline::Text(" and <b>".to_string())
        ]
    );
    assert_eq!(commonmark::refusals("`<b>` and \\<b> and <3"), []);
}

#[test]
fn a_title_needs_white_space_before_it_and_a_space_alone_is_none() {
    // No space between `<...>` and the title: no link at all.
    let line = "[a](<https://x.example>\"t\")";
    assert!(
        !matches!(
            commonmark::paragraph(line).unwrap()[..],
            [Inline::Link { .. }, ..]
        ),
        "{line:?}"
    );
    assert!(
        commonmark::refusals(line)
            .iter()
            .all(|refusal| refusal.kind != commonmark::RefusalKind::LinkTitle)
    );
    // A space before `)` is no title.
    let line = "[a](https://x.example )";
    assert!(
        matches!(
            commonmark::paragraph(line).unwrap()[..],
            [Inline::Link { .. }]
        ),
        "{line:?}"
    );
    assert_eq!(commonmark::refusals(line), []);
}
