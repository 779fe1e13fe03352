//! A language is data: a catalog in the docs site's four languages takes a
//! fifth with one more tag in `languages`, one more `[page.xx]` table and
//! one more line in every description, and no Rust edit. The crate built
//! from it speaks the new language, finds it from a locale, and the pages
//! come in five languages.

mod support;

use capmonster_errors_codegen::{load, page};
use support::Dependent;

/// The docs site's languages, with placeholder text that keeps each
/// language's own prefix, so that a mix-up shows.
const FOUR_LANGUAGES: &str = r#"[catalog]
languages = ["ru", "en", "zh", "pt-br"]

[[error]]
code = "ERROR_ZERO_BALANCE"
title = "NO FUNDS"
retry = "never"
[error.description]
ru = "ru: top up the [balance](https://capmonster.cloud/SelectPaymentType)."
en = "en: top up the [balance](https://capmonster.cloud/SelectPaymentType)."
zh = "zh: top up the [balance](https://capmonster.cloud/SelectPaymentType)."
pt-br = "pt-br: top up the [balance](https://capmonster.cloud/SelectPaymentType)."

[[error]]
code = "CAPTCHA_NOT_READY"
title = "CAPTCHA IS NOT READY"
retry = "same_request"
retry_after_ms = 2000
[error.description]
ru = "ru: call [getTaskResult](./methods/get-task-result.mdx) again."
en = "en: call [getTaskResult](./methods/get-task-result.mdx) again."
zh = "zh: call [getTaskResult](./methods/get-task-result.mdx) again."
pt-br = "pt-br: call [getTaskResult](./methods/get-task-result.mdx) again."

[page.ru]
url = "https://docs.example.com/ru/docs/api/api-errors/"
site_url = "https://docs.example.com/ru"
path = "docs/api/api-errors.mdx"
heading = "ru: Errors"
advice_title = "ru: Tips:"
code_label = "ru: API error code: "
advice_label = "ru: What to do: "

[page.en]
url = "https://docs.example.com/docs/api/api-errors/"
site_url = "https://docs.example.com"
path = "i18n/en/docusaurus-plugin-content-docs/current/api/api-errors.mdx"
heading = "Errors"
advice_title = "Tips:"
code_label = "API error code: "

[page.zh]
url = "https://docs.example.com/zh/docs/api/api-errors/"
site_url = "https://docs.example.com/zh"
path = "i18n/zh/docusaurus-plugin-content-docs/current/api/api-errors.mdx"
heading = "zh: Errors"
advice_title = "zh: Tips:"
code_label = "zh: API error code: "

[page.pt-br]
url = "https://docs.example.com/pt-br/docs/api/api-errors/"
site_url = "https://docs.example.com/pt-br"
path = "i18n/pt-br/docusaurus-plugin-content-docs/current/api/api-errors.mdx"
heading = "pt-br: Errors"
advice_title = "pt-br: Tips:"
code_label = "pt-br: API error code: "
advice_label = "pt-br: What to do: "
"#;

/// German's page, as a doc writer would add it.
const GERMAN_PAGE: &str = r#"
[page.de]
url = "https://docs.example.com/de/docs/api/api-errors/"
site_url = "https://docs.example.com/de"
path = "i18n/de/docusaurus-plugin-content-docs/current/api/api-errors.mdx"
heading = "de: Errors"
advice_title = "de: Tips:"
code_label = "de: API error code: "
advice_label = "de: What to do: "
"#;

/// The doc writer's edit: `"de"` in `languages`, a `de` line after each
/// `en` line, and the page. Nothing else changes.
fn with_german(four: &str) -> String {
    let mut five = String::new();
    for line in four.lines() {
        match line.strip_prefix("languages = [") {
            Some(tags) => five.push_str(&format!(
                "languages = [{}, \"de\"]",
                tags.trim_end_matches(']')
            )),
            None => five.push_str(line),
        }
        five.push('\n');
        if let Some(text) = line.strip_prefix("en = \"en: ") {
            five.push_str(&format!("de = \"de: {text}\n"));
        }
    }
    five.push_str(GERMAN_PAGE);
    five
}

#[test]
fn the_edit_adds_lines_and_changes_only_the_language_list() {
    let four: Vec<&str> = FOUR_LANGUAGES.lines().collect();
    let five = with_german(FOUR_LANGUAGES);
    let added: Vec<&str> = five.lines().filter(|line| !four.contains(line)).collect();
    assert_eq!(
        added
            .iter()
            .filter(|line| line.starts_with("de = "))
            .count(),
        2,
        "{added:#?}"
    );
    assert!(added.contains(&"languages = [\"ru\", \"en\", \"zh\", \"pt-br\", \"de\"]"));
    assert!(added.contains(&"[page.de]"));
}

#[test]
fn the_generator_writes_a_page_in_each_of_five_languages() {
    let catalog = load(with_german(FOUR_LANGUAGES).as_bytes()).expect("a valid catalog");
    let tags: Vec<&str> = catalog
        .languages
        .iter()
        .map(|language| language.tag.as_str())
        .collect();
    assert_eq!(tags, ["ru", "en", "zh", "pt-br", "de"]);
    for (index, tag) in tags.iter().enumerate() {
        let page = page(&catalog, index);
        assert!(
            page.contains(&format!("# {tag}: Errors")) || *tag == "en",
            "{page}"
        );
        assert!(
            page.contains(&format!("{tag}: top up the [balance]")),
            "{page}"
        );
        assert!(
            page.contains(&format!("{tag}: call [getTaskResult]")),
            "{page}"
        );
    }
}

const MAIN: &str = r#"
use capmonster_errors::{ErrorCode, Label, Lang};

fn main() {
    let tags: Vec<&str> = Lang::ALL.iter().map(|lang| lang.code()).collect();
    println!("{}", tags.join(" "));
    for locale in ["de_DE.UTF-8", "pt_PT.UTF-8", "pt_BR.UTF-8", "ru_RU.UTF-8", "fr_FR.UTF-8"] {
        println!("{locale} {:?}", Lang::from_tag(locale).map(|lang| lang.code()));
    }
    let german = Lang::from_tag("de").unwrap();
    let code = ErrorCode::from_code("ERROR_ZERO_BALANCE").unwrap();
    println!("{:?}", german);
    println!("{}", code.description(german));
    println!("{}{}", german.label(Label::Advice), german.label(Label::Docs));
    println!("{}", code.doc_url(german));
}
"#;

#[test]
fn the_crate_built_from_five_languages_speaks_the_fifth() {
    let output = Dependent::binary("dependent-fifth-language", MAIN)
        .catalog(&with_german(FOUR_LANGUAGES))
        .run();
    assert_eq!(
        output.lines().collect::<Vec<_>>(),
        [
            "ru en zh pt-br de",
            "de_DE.UTF-8 Some(\"de\")",
            "pt_PT.UTF-8 Some(\"pt-br\")",
            "pt_BR.UTF-8 Some(\"pt-br\")",
            "ru_RU.UTF-8 Some(\"ru\")",
            "fr_FR.UTF-8 None",
            "De",
            "de: top up the balance.",
            // A label the page leaves out is the English one.
            "de: What to do: Docs: ",
            "https://docs.example.com/de/docs/api/api-errors/#error_zero_balance",
        ]
    );
}
