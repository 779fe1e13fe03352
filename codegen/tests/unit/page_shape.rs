//! The generated pages, parsed as MDX (see `tests/support/mdx_shape.rs`),
//! for the fixture catalog, a catalog of hostile text, and random
//! descriptions: each has the page's shape, and shows each description
//! exactly as `description()` gives it.

use proptest::prelude::*;

use crate::codegen::{self, page};
use crate::mdx_shape;

const FIXTURE: &str = include_str!("../fixtures/catalog.toml");
const HOSTILE: &str = include_str!("../fixtures/hostile.toml");
const FOUR_LANGUAGES: &str = include_str!("../fixtures/four-languages.toml");

fn assert_pages(toml: &str) {
    mdx_shape::assert_pages(&codegen::load(toml.as_bytes()).expect("a valid catalog"));
}

#[test]
fn the_fixture_pages_have_the_shape() {
    assert_pages(FIXTURE);
}

#[test]
fn the_pages_in_the_docs_sites_four_languages_have_the_shape() {
    assert_pages(FOUR_LANGUAGES);
}

#[test]
fn hostile_text_stays_text() {
    assert_pages(HOSTILE);
}

#[test]
fn hostile_pages_snapshot() {
    let catalog = codegen::load(HOSTILE.as_bytes()).unwrap();
    insta::assert_snapshot!("hostile_page_zh", page(&catalog, 0));
}

/// Pieces that would be structure or code if they reached a page raw.
fn hostile_description() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[a-z ]{0,6}",
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("export const a = 1".to_string()),
        Just("import x from 'y'".to_string()),
        Just(":::danger ".to_string()),
        Just("# ".to_string()),
        Just("- ".to_string()),
        Just("1. ".to_string()),
        Just("> ".to_string()),
        Just("===".to_string()),
        Just("---".to_string()),
        Just("&amp;".to_string()),
        Just("{x}".to_string()),
        Just("<script>".to_string()),
        Just("<br />".to_string()),
        Just("`".to_string()),
        Just("**".to_string()),
        Just("*".to_string()),
        Just("_".to_string()),
        Just("~~".to_string()),
        Just("|".to_string()),
        Just("\\".to_string()),
        Just("!".to_string()),
        Just("[l](./x.md)".to_string()),
        Just("    ".to_string()),
    ];
    prop::collection::vec(piece, 1..14).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_description_renders_as_its_plain_text(text in hostile_description()) {
        let toml = FIXTURE
            .replace(
                "zh = \"工作人员无法识别该验证码。\"",
                &format!("zh = {}", toml::Value::String(text.clone())),
            )
            .replace(
                "en = \"Workers could not solve this captcha.\"",
                &format!("en = {}", toml::Value::String(text.clone())),
            );
        // Text the checker refuses never reaches a page.
        let Ok(catalog) = codegen::load(toml.as_bytes()) else {
            return Ok(());
        };
        for language in 0..catalog.languages.len() {
            prop_assert_eq!(
                mdx_shape::assert_shape(&catalog, language),
                mdx_shape::plain_descriptions(&catalog, language)
            );
        }
    }
}
