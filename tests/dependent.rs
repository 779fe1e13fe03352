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
