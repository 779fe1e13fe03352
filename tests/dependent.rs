//! Outside crates that depend on this one by path, with each set of
//! features: they match on the enum with a wildcard arm, resolve an alias,
//! and use what their features bring. A change that breaks dependents
//! breaks these builds.

mod support;

use capmonster_errors::{ErrorCode, Lang};
use support::Dependent;

const MAIN: &str = r#"
use capmonster_errors::{ErrorCode, Lang};

fn advice(code: ErrorCode) -> &'static str {
    match code {
        ErrorCode::ZeroBalance => "top up",
        ErrorCode::KeyDoesNotExist => "check the key",
        _ => "other",
    }
}

fn main() {
    println!("{}", advice(ErrorCode::ZeroBalance));
    println!("{:?}", ErrorCode::from_code("WRONG_CAPTCHA_ID"));
    for code in ErrorCode::ALL {
        println!("{}\t{}", code.code(), code.description(Lang::Zh));
    }
}
"#;

fn expected_output() -> Vec<String> {
    let mut lines = vec!["top up".to_string(), "Some(NoSuchCapchaId)".to_string()];
    lines.extend(
        ErrorCode::ALL
            .iter()
            .map(|code| format!("{}\t{}", code.code(), code.description(Lang::Zh))),
    );
    lines
}

#[test]
fn with_default_features() {
    let output = Dependent::binary("dependent-default", MAIN).run();
    assert_eq!(output.lines().collect::<Vec<_>>(), expected_output());
}

#[test]
fn without_default_features() {
    let output = Dependent::binary("dependent-no-default", MAIN)
        .dependency_options("default-features = false")
        .run();
    assert_eq!(output.lines().collect::<Vec<_>>(), expected_output());
}

/// The real catalog plus one retired code.
fn catalog_with_a_retired_code() -> String {
    let real =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/errors.toml")).unwrap();
    format!(
        "{real}\n[[error]]\ncode = \"ERROR_OLD_THING\"\ntitle = \"OLD THING\"\nretry = \"never\"\nretired = \"not sent since 2026-01\"\n[error.description]\nzh = \"旧。\"\nen = \"Old.\"\n"
    )
}

#[test]
fn a_retired_code_still_works_and_warns_who_names_it() {
    let uses_it =
        "#![deny(deprecated)]\nfn main() { let _ = capmonster_errors::ErrorCode::OldThing; }\n";
    let failure = Dependent::binary("dependent-retired-denied", uses_it)
        .catalog(&catalog_with_a_retired_code())
        .build_failure();
    assert!(
        failure.contains("use of deprecated unit variant"),
        "{failure}"
    );
    assert!(
        failure
            .contains("the CapMonster Cloud API no longer sends this code: not sent since 2026-01"),
        "{failure}"
    );

    let looks_it_up = "fn main() {\n    let code = capmonster_errors::ErrorCode::from_code(\"ERROR_OLD_THING\").unwrap();\n    println!(\"{:?}\", code.retired());\n}\n";
    let output = Dependent::binary("dependent-retired-lookup", looks_it_up)
        .catalog(&catalog_with_a_retired_code())
        .run();
    assert_eq!(output.trim(), "Some(\"not sent since 2026-01\")");
}

#[test]
fn with_serde_and_alloc() {
    let main = r##"
use capmonster_errors::{ApiError, ErrorCode};

fn main() {
    let body = r#"{"errorId":1,"errorCode":"WRONG_CAPTCHA_ID","taskId":5}"#;
    let error: ApiError = serde_json::from_str(body).unwrap();
    let code: ErrorCode = serde_json::from_str("\"ERROR_ZERO_BALANCE\"").unwrap();
    println!("{:?} {} {:?} {}", error.code(), error.raw_code(), error.task_id(), code.code());
}
"##;
    let output = Dependent::binary("dependent-serde", main)
        .dependency_options("default-features = false, features = [\"serde\", \"alloc\"]")
        .manifest_tail("serde_json = \"1\"\n")
        .run();
    assert_eq!(
        output.trim(),
        "Some(NoSuchCapchaId) WRONG_CAPTCHA_ID Some(5) ERROR_ZERO_BALANCE"
    );
}
