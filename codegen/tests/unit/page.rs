//! The docs pages: what comes through of doc writers' text, the headings'
//! fixed ids, and the front matter. The whole layout is in the snapshots.

use crate::codegen::{self, page};
use crate::{VALID, edit};

fn zh_page(toml: &str) -> String {
    page(&codegen::load(toml.as_bytes()).unwrap(), 0)
}

#[test]
fn markdown_comes_through_as_written() {
    let toml = edit("账户余额为零。", "余额为零 (**zero**), [充值](./pay.md)。").replace(
        "retry = \"never\"",
        "retry = \"never\"\nmay_differ = [\"./pay.md\"]",
    );
    let page = zh_page(&toml);
    assert!(
        page.contains("\n余额为零 (**zero**), [充值](./pay.md)。 <br />\n"),
        "{page}"
    );
}

#[test]
fn jsx_characters_are_escaped_outside_code_spans() {
    let toml = edit("\"账户余额为零。\"", r"'a {b} \<c> `{d} <e>` \{f\}'").replace(
        "retry = \"never\"",
        "retry = \"never\"\nmay_differ = [\"{d} <e>\"]",
    );
    let page = zh_page(&toml);
    assert!(page.contains(r"a \{b\} \<c\> `{d} <e>` \{f\}"), "{page}");
}

#[test]
fn page_text_is_escaped_too() {
    let page = zh_page(&edit(
        "heading = \"错误描述\"",
        "heading = \"{错误} <描述>\"",
    ));
    assert!(page.contains(r"# \{错误\} \<描述\>"), "{page}");
}

#[test]
fn line_breaks_in_a_description_fold_into_spaces() {
    let toml = edit("\"账户余额为零。\"", "\"\"\"\n账户余额\n\n# 为零。\"\"\"");
    let page = zh_page(&toml);
    assert!(page.contains("\n账户余额 # 为零。 <br />\n"), "{page}");
}

#[test]
fn an_anchor_survives_a_new_title() {
    let toml = edit(
        "retry = \"never\"",
        "retry = \"never\"\nanchor = \"no-funds\"",
    );
    let renamed = toml.replace("title = \"NO FUNDS\"", "title = \"BALANCE IS ZERO\"");
    for toml in [&toml, &renamed] {
        let catalog = codegen::load(toml.as_bytes()).unwrap();
        assert!(
            catalog
                .doc_url(&catalog.entries[0], 0)
                .ends_with("#no-funds")
        );
        assert!(page(&catalog, 0).contains(" {#no-funds}\n"));
    }
}

#[test]
fn without_an_anchor_the_id_comes_from_the_code() {
    let catalog = codegen::load(VALID.as_bytes()).unwrap();
    assert_eq!(catalog.entries[0].anchor, "error_zero_balance");
    let renamed = VALID.replace("title = \"NO FUNDS\"", "title = \"OTHER\"");
    let catalog = codegen::load(renamed.as_bytes()).unwrap();
    assert_eq!(catalog.entries[0].anchor, "error_zero_balance");
}

#[test]
fn front_matter_holds_text_as_yaml_strings() {
    let toml = edit(
        "sidebar_position = 4\nheading = \"错误描述\"",
        "sidebar_position = 4\nsidebar_label = \"错误\"\ntitle = 'A \"quoted\" \\ title: yes'\ndescription = \"---\"\nheading = \"错误描述\"",
    );
    let page = zh_page(&toml);
    assert!(
        page.starts_with(
            "---\nsidebar_position: 4\nsidebar_label: \"错误\"\ntitle: \"A \\\"quoted\\\" \\\\ title: yes\"\ndescription: \"---\"\n---\n"
        ),
        "{page}"
    );
}

#[test]
fn front_matter_escapes_control_characters_though_validation_lets_none_in() {
    use crate::codegen::internals::yaml_string;

    // YAML's own escape, which keeps a string on its line.
    assert_eq!(
        yaml_string("a\u{7}b\nc\u{1b}"),
        r#""a\u0007b\u000Ac\u001B""#
    );
}

#[test]
fn plain_text_shows_on_the_site_exactly_as_typed() {
    use crate::codegen::internals::mdx;
    use markdown::mdast::Node;

    for plain in [
        "a*b*c",
        "_a_",
        "**a**",
        "`c`",
        "[a](https://b.example)",
        "![i](j)",
        "<b>x</b>",
        "{x}",
        "a|b",
        "~~s~~",
        "#1",
        "a\\b",
        "&amp;",
        "https://a.example/x",
        "www.a.example",
        "a@b.example",
        "1. a",
        "1) a",
        "12. a",
        "- a",
        "+ a",
        "> a",
        ":::note",
    ] {
        let written = mdx::text(plain);
        let root = markdown::to_mdast(&written, &crate::mdx_shape::site_options()).unwrap();
        let Some([Node::Paragraph(paragraph)]) = root.children().map(Vec::as_slice) else {
            panic!("{plain:?} as {written:?} is not one paragraph: {root:?}");
        };
        let shown: String = paragraph
            .children
            .iter()
            .map(|node| match node {
                Node::Text(text) => text.value.as_str(),
                other => panic!("{plain:?} as {written:?} holds {other:?}"),
            })
            .collect();
        assert_eq!(shown, plain, "{written:?}");
    }
    // Only what needs it is escaped: a `.` opens a list only after digits.
    assert_eq!(mdx::text(". a"), ". a");
    // A line break, which validation keeps out, would end the page's line.
    assert_eq!(mdx::text("a\nb\r\nc"), "a b  c");
}

#[test]
fn a_property_beyond_the_basic_plane_reads_back_whole() {
    // In a JavaScript string, as two UTF-16 units, the first such
    // character (U+10000) too.
    let toml = format!(
        "{VALID}\n[page_head]\ncomponent = \"ArticleHead\"\nmodule = \"src/theme/ArticleHead\"\n[page_head.properties]\nastral = \"\\\"😀\\U00010000\"\n"
    );
    let catalog = codegen::load(toml.as_bytes()).expect("a valid catalog");
    crate::mdx_shape::assert_pages(&catalog);
}
