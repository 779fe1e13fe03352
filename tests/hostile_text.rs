//! Text from errors.toml is data: whatever a description holds comes out of
//! the compiled crate byte for byte, and changes neither the code nor the
//! docs around it. Proved by building the crate from such a catalog.

mod support;

use support::Dependent;

/// `text` as a TOML string, written by the `toml` crate.
fn basic_string(text: &str) -> String {
    toml::Value::String(text.to_string()).to_string()
}

/// The `[page.LANG]` tables of the catalog, with plain text.
fn pages() -> String {
    ["zh", "en"]
        .iter()
        .map(|language| {
            format!(
                "\n[page.{language}]\nurl = \"https://docs.example.com/{language}/errors\"\nsite_url = \"https://docs.example.com/{language}\"\nheading = \"H\"\nadvice_title = \"A\"\nadvice = [\"a\"]\ncode_label = \"L \"\n"
            )
        })
        .collect()
}

/// Strings that would break generated code or docs if pasted in raw.
const HOSTILE: &[&str] = &[
    r#"He said "hi", then \ and \\ and \" and \u{41} and \n"#,
    r###"*/ /* "# "## r#" ]] [[ ]] {{ }} { } } \<script>alert(1)\</script> & \&amp; < >"###,
    "Line one\nline two\n\ttabbed",
    "中文 Ελληνικά العربية 👩‍👩‍👧 e\u{301} \u{200f}rtl\u{200b}zero-width\u{a0}nbsp",
    r"[broken intra-doc link] [`Self`] [x][y] `unclosed \<b> \<!-- --> ``` # heading",
    "**bold** and *em* and [a link](./methods/get-task-result.md) and `code` kept as written",
    "\\",
    r"Vec\<T> at https://example.com/a?b=c, not a link; \<b>unclosed",
];

fn catalog() -> String {
    let mut toml = String::from("[catalog]\nlanguages = [\"zh\", \"en\"]\n");
    for (index, text) in HOSTILE.iter().enumerate() {
        toml.push_str(&format!(
            "\n[[error]]\ncode = \"ERROR_HOSTILE_{index}\"\ntitle = {}\nretry = \"never\"\n[error.description]\nzh = {}\nen = {}\n",
            basic_string(&format!("TITLE {index} `{text}`").replace(['\n', '\r'], " ")),
            basic_string(text),
            basic_string(&english(text)),
        ));
    }
    toml.push_str(&pages());
    toml
}

/// The en text: the same, so it holds the same links and code spans, but
/// for a prefix that tells the two apart.
fn english(text: &str) -> String {
    format!("EN {text}")
}

const MAIN: &str = r#"
use capmonster_errors::{ErrorCode, Lang};

fn main() {
    for code in ErrorCode::ALL {
        println!("{:?}", code.title());
        println!("{:?}", code.description_markdown(Lang::Zh));
        println!("{:?}", code.description_markdown(Lang::En));
    }
}
"#;

#[test]
fn descriptions_come_out_byte_for_byte() {
    let output = Dependent::binary("hostile-text", MAIN)
        .catalog(&catalog())
        .run();
    let expected: Vec<String> = HOSTILE
        .iter()
        .enumerate()
        .flat_map(|(index, text)| {
            let title = format!("TITLE {index} `{text}`").replace(['\n', '\r'], " ");
            [
                title.trim().to_string(),
                text.trim().to_string(),
                english(text).trim().to_string(),
            ]
        })
        .map(|text| format!("{text:?}"))
        .collect();
    assert_eq!(output.lines().collect::<Vec<_>>(), expected);
}

#[test]
fn descriptions_document_without_rustdoc_warnings() {
    Dependent::library("hostile-text-docs", "")
        .catalog(&catalog())
        .document_dependency();
}
