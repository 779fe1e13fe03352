//! The docs pages: their layout, and text kept safe for MDX.

use crate::codegen::{self, page};
use crate::{VALID, edit};

fn zh_page(toml: &str) -> String {
    page::render(&codegen::load(toml.as_bytes()).unwrap(), 0)
}

#[test]
fn a_page_in_the_seed_layout() {
    assert_eq!(
        zh_page(VALID),
        "---\n\
         sidebar_position: 4\n\
         ---\n\
         # 错误描述\n\
         :::info 建议：\n\
         \n\
         - 使用高质量的代理。\n\
         :::\n\
         \n\
         ### `NO FUNDS`\n\
         API 错误代码：`ERROR_ZERO_BALANCE` <br />\n\
         账户余额为零。\n"
    );
}

#[test]
fn plain_descriptions_appear_as_written() {
    let toml = edit("账户余额为零。", "余额为零 (**zero**), [充值](./pay.md)。").replace(
        "retry = \"never\"",
        "retry = \"never\"\nmay_differ = [\"./pay.md\"]",
    );
    let page = zh_page(&toml);
    assert!(
        page.contains("\n余额为零 (**zero**), [充值](./pay.md)。\n"),
        "{page}"
    );
}

#[test]
fn jsx_characters_are_escaped_outside_code_spans() {
    let toml = edit("\"账户余额为零。\"", r"'a {b} <c> `{d} <e>` \{f\}'").replace(
        "retry = \"never\"",
        "retry = \"never\"\nmay_differ = [\"{d} <e>\"]",
    );
    let page = zh_page(&toml);
    assert!(page.contains(r"a \{b\} \<c> `{d} <e>` \{f\}"), "{page}");
}

#[test]
fn page_text_is_escaped_too() {
    let page = zh_page(&edit(
        "heading = \"错误描述\"",
        "heading = \"{错误} <描述>\"",
    ));
    assert!(page.contains(r"# \{错误\} \<描述>"), "{page}");
}
