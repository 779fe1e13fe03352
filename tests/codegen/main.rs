//! The generator's functions, called directly with strings: no build, no files.

// The generator is shared with build.rs by path; not every test uses every item.
#[allow(dead_code)]
#[path = "../../codegen/mod.rs"]
mod codegen;

mod diagnostics;
mod markdown;
mod render;

/// A valid one-entry catalog; tests change one thing in it. Line numbers in
/// the tests refer to this layout.
const VALID: &str = r#"[catalog]
languages = ["zh", "en"]

[[error]]
code = "ERROR_ZERO_BALANCE"
title = "NO FUNDS"
retry = "never"
[error.description]
zh = "账户余额为零。"
en = "The balance is zero."
"#;

/// `VALID` with `from` replaced by `to`, which must be there.
fn edit(from: &str, to: &str) -> String {
    assert!(VALID.contains(from), "VALID has no {from:?}");
    VALID.replacen(from, to, 1)
}

/// One more entry, appended to `VALID`.
fn with_entry(code: &str, extra: &str) -> String {
    format!(
        "{VALID}\n[[error]]\ncode = \"{code}\"\ntitle = \"T\"\nretry = \"never\"\n{extra}[error.description]\nzh = \"z\"\nen = \"e\"\n"
    )
}
