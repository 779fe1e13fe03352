//! Outside crates that depend on this one by path, built by Cargo: they
//! match on the enum with a wildcard arm, resolve an alias, use what their
//! features bring, and see what the build script does with a retired code,
//! a broken catalog and a stray variable. A change that breaks dependents
//! breaks these builds. (`tests/no_std.rs` builds with default features off.)

mod support;

use capmonster_errors::{ErrorCode, Lang};
use capmonster_errors_codegen::load;
use support::{Dependent, descriptions};

/// A program that names the catalog's first variant in a `match`, as
/// dependents do, and prints every code with its description in every
/// language.
fn main_rs() -> String {
    let first = format!("{:?}", ErrorCode::ALL[0]);
    format!(
        r#"
use capmonster_errors::{{ErrorCode, Lang}};

#[allow(deprecated)] // the first code may be retired one day
fn is_first(code: ErrorCode) -> bool {{
    match code {{
        ErrorCode::{first} => true,
        _ => false,
    }}
}}

fn main() {{
    println!("{{}}", is_first(ErrorCode::ALL[0]));
    for code in ErrorCode::ALL {{
        for lang in Lang::ALL {{
            println!("{{}}\t{{lang}}\t{{}}", code.code(), code.description(*lang));
        }}
    }}
}}
"#
    )
}

fn expected_output() -> Vec<String> {
    let mut lines = vec!["true".to_string()];
    for code in ErrorCode::ALL {
        lines.extend(
            Lang::ALL
                .iter()
                .map(|lang| format!("{}\t{lang}\t{}", code.code(), code.description(*lang))),
        );
    }
    lines
}

#[test]
fn with_default_features() {
    let output = Dependent::binary("dependent-default", &main_rs()).run();
    assert_eq!(output.lines().collect::<Vec<_>>(), expected_output());
}

#[test]
fn a_stray_variable_does_not_replace_the_catalog() {
    let elsewhere = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("stray-errors.toml");
    std::fs::write(&elsewhere, "not even TOML").unwrap();
    let output = Dependent::binary("dependent-stray-variable", &main_rs())
        .env("CAPMONSTER_ERRORS_CATALOG", elsewhere.to_str().unwrap())
        .run();
    assert_eq!(output.lines().collect::<Vec<_>>(), expected_output());
}

/// The real catalog plus one retired code.
fn catalog_with_a_retired_code() -> String {
    let real =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/errors.toml")).unwrap();
    let entry = "\n[[error]]\ncode = \"ERROR_OLD_THING\"\ntitle = \"OLD THING\"\nretry = \"never\"\nretired = \"not sent since 2026-01\"\n[error.description]\n";
    format!("{real}{entry}{}", descriptions("Old."))
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
fn a_broken_catalog_stops_the_build_with_the_checkers_words() {
    let broken = catalog_with_a_retired_code()
        .replacen("retry = \"never\"", "retry = \"nevr\"", 1)
        .replacen("title = ", "titel = ", 1);
    let expected: Vec<String> = load(broken.as_bytes())
        .unwrap_err()
        .iter()
        .map(|diagnostic| diagnostic.located("errors.toml").to_string())
        .collect();
    assert!(expected.len() >= 2, "{expected:#?}");
    let failure = Dependent::library("dependent-broken-catalog", "")
        .catalog(&broken)
        .build_failure();
    // Cargo prints each `cargo::error=` line after a prefix of its own.
    let built: Vec<&str> = failure
        .lines()
        .filter_map(|line| line.find("errors.toml:").map(|at| &line[at..]))
        .collect();
    assert_eq!(built, expected);
}

#[test]
fn the_serde_feature_alone_reads_whole_responses() {
    let (code, spelling) = ErrorCode::ALL
        .iter()
        .find_map(|code| code.aliases().first().map(|alias| (*code, *alias)))
        .unwrap_or((ErrorCode::ALL[0], ErrorCode::ALL[0].code()));
    let main = format!(
        r##"
use capmonster_errors::{{ApiError, ApiResponse}};

#[derive(Debug, serde::Deserialize)]
struct Created {{
    #[serde(rename = "taskId")]
    task_id: u64,
}}

fn main() {{
    let body = r#"{{"errorId":1,"errorCode":"{spelling}","taskId":5}}"#;
    let error: ApiError = serde_json::from_str(body).unwrap();
    println!("{{:?}} {{}} {{:?}}", error.code(), error.raw_code(), error.task_id());
    let created: ApiResponse<Created> = serde_json::from_str(r#"{{"errorId":0,"taskId":9}}"#).unwrap();
    println!("{{:?}}", created.into_result().map(|created| created.task_id));
    let trap = serde_json::from_str::<ApiResponse<Created>>(r#"{{"errorId":1,"taskId":0}}"#);
    println!("{{}}", matches!(trap, Ok(ApiResponse::Ok(_))));
}}
"##
    );
    let output = Dependent::binary("dependent-serde", &main)
        .dependency_options("features = [\"serde\"]")
        .manifest_tail("serde = { version = \"1\", features = [\"derive\"] }\nserde_json = \"1\"\n")
        .run();
    assert_eq!(
        output.lines().collect::<Vec<_>>(),
        [
            format!("Some({code:?}) {spelling} Some(5)"),
            "Ok(9)".to_string(),
            "false".to_string(),
        ]
    );
}
