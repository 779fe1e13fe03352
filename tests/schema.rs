//! errors.schema.json, which doc writers' editors read, agrees with
//! errors.toml and with the generator's rules.

use capmonster_errors_codegen as codegen;

use std::collections::BTreeSet;

use serde_json::Value;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn schema() -> Value {
    let text = std::fs::read_to_string(format!("{ROOT}/errors.schema.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn catalog_text() -> String {
    std::fs::read_to_string(format!("{ROOT}/errors.toml")).unwrap()
}

/// The schema's verdict on a TOML text: every error it finds.
fn schema_errors(toml_text: &str) -> Vec<String> {
    let instance: Value = toml::from_str(toml_text).expect("valid TOML");
    let validator = jsonschema::validator_for(&schema()).expect("a valid schema");
    validator
        .iter_errors(&instance)
        .map(|error| format!("{}: {error}", error.instance_path()))
        .collect()
}

#[test]
fn the_catalog_points_editors_at_the_schema() {
    assert!(catalog_text().starts_with("#:schema ./errors.schema.json\n"));
}

#[test]
fn the_catalog_satisfies_the_schema() {
    assert_eq!(schema_errors(&catalog_text()), Vec::<String>::new());
}

/// A small valid catalog, for the schema and the generator to reject the
/// broken copies of.
const FIXTURE: &str = r#"
[catalog]
languages = ["zh", "en"]

[page.zh]
url = "https://docs.example.com/zh/docs/api/api-errors"
site_url = "https://docs.example.com/zh"
sidebar_position = 4
heading = "错误描述"
advice_title = "建议："
advice = ["使用高质量的代理。"]
code_label = "API 错误代码："

[page.en]
url = "https://docs.capmonster.cloud/docs/api/api-errors"
site_url = "https://docs.example.com"
sidebar_position = 4
heading = "Error descriptions"
advice_title = "Tips:"
advice = ["Use good proxies."]
code_label = "API error code: "

[[error]]
code = "ERROR_ZERO_BALANCE"
title = "NO FUNDS"
retry = "never"
[error.description]
zh = "余额为零。"
en = "The balance is zero."

[[error]]
code = "ERROR_RECAPTCHA_INVALID_SITEKEY"
title = "INVALID SITEKEY"
retry = "never"
[error.description]
zh = "无效的站点密钥。"
en = "The site key is invalid."

[[error]]
code = "CAPTCHA_NOT_READY"
title = "NOT READY"
retry = "same_request"
retry_after_ms = 2000
[error.description]
zh = "尚未完成。"
en = "Not ready yet."
"#;

#[test]
fn the_fixture_satisfies_the_schema() {
    assert_eq!(schema_errors(FIXTURE), Vec::<String>::new());
    assert!(codegen::load(FIXTURE.as_bytes()).is_ok());
}

#[test]
fn broken_copies_do_not() {
    let text = FIXTURE;
    for (from, to) in [
        ("retry = \"never\"", "retry = \"nevr\""),
        ("title = \"NO FUNDS\"\n", ""),
        (
            "title = \"NO FUNDS\"",
            "title = \"NO FUNDS\"\ncolour = \"red\"",
        ),
        (
            "code = \"ERROR_ZERO_BALANCE\"",
            "code = \"error_zero_balance\"",
        ),
        ("retry_after_ms = 2000", "retry_after_ms = 0"),
        (
            "retry = \"same_request\"\nretry_after_ms = 2000",
            "retry = \"never\"\nretry_after_ms = 2000",
        ),
        ("languages = [\"zh\", \"en\"]", "languages = [\"zh\"]"),
        ("heading = \"Error descriptions\"", "heading = \"\""),
        (
            "url = \"https://docs.capmonster.cloud/docs/api/api-errors\"",
            "url = \"docs/api\"",
        ),
        ("zh = \"无效的站点密钥。\"", "zh = \" \""),
    ] {
        assert!(text.contains(from), "the fixture has no {from:?}");
        let broken = text.replacen(from, to, 1);
        assert!(
            !schema_errors(&broken).is_empty(),
            "the schema accepts {to:?} for {from:?}"
        );
        assert!(
            codegen::load(broken.as_bytes()).is_err(),
            "the build accepts {to:?}"
        );
    }
}

fn property_names(schema: &Value, pointer: &str) -> BTreeSet<String> {
    schema
        .pointer(pointer)
        .and_then(Value::as_object)
        .unwrap_or_else(|| panic!("no object at {pointer}"))
        .keys()
        .cloned()
        .collect()
}

fn keys(list: &[&str]) -> BTreeSet<String> {
    list.iter().map(|key| key.to_string()).collect()
}

#[test]
fn the_schema_knows_the_keys_the_generator_knows() {
    use codegen::internals::keys::{
        CATALOG_KEYS, ENTRY_KEYS, PAGE_HEAD_KEYS, PAGE_KEYS, TOP_LEVEL_KEYS,
    };
    let schema = schema();
    assert_eq!(property_names(&schema, "/properties"), keys(TOP_LEVEL_KEYS));
    assert_eq!(
        property_names(&schema, "/properties/catalog/properties"),
        keys(CATALOG_KEYS)
    );
    assert_eq!(
        property_names(&schema, "/definitions/error/properties"),
        keys(ENTRY_KEYS)
    );
    assert_eq!(
        property_names(&schema, "/definitions/page/properties"),
        keys(PAGE_KEYS)
    );
    assert_eq!(
        property_names(&schema, "/properties/page_head/properties"),
        keys(PAGE_HEAD_KEYS)
    );
}
