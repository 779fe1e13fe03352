//! Outside crates that depend on this one by path, built by Cargo: they
//! match on the enum with a wildcard arm, resolve an alias, use what their
//! features bring, and see what the build script does with a retired code,
//! a broken catalog and a stray variable. A change that breaks dependents
//! breaks these builds. (`tests/no_std.rs` builds with default features off.)

mod support;

use capmonster_errors::{ErrorCode, Lang};
use capmonster_errors_codegen::load;
use support::Dependent;

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

/// An entry's `[error.description]` lines: `text` in every language of the
/// catalog this crate was built with.
fn descriptions(text: &str) -> String {
    Lang::ALL
        .iter()
        .map(|lang| format!("{lang} = \"{text}\"\n"))
        .collect()
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

/// The real catalog's pages with `count` synthetic entries: more than the
/// direct table takes, so the lookup uses its displaced shape and tags.
fn large_catalog(count: usize) -> String {
    let real =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/errors.toml")).unwrap();
    let pages = &real[real.find("\n[page.").expect("errors.toml has pages")..];
    let pages = &pages[..pages.find("\n[[error]]").unwrap_or(pages.len())];
    let languages: Vec<String> = Lang::ALL.iter().map(|lang| format!("\"{lang}\"")).collect();
    let mut toml = format!("[catalog]\nlanguages = [{}]\n", languages.join(", "));
    for index in 0..count {
        toml.push_str(&format!(
            "\n[[error]]\ncode = \"ERROR_SYNTHETIC_{index:04}\"\ntitle = \"T {index}\"\nretry = \"never\"\n[error.description]\n{}",
            descriptions("d")
        ));
    }
    toml.push_str(pages);
    toml
}

#[test]
fn a_large_catalog_is_looked_up_exactly() {
    let main = r#"
use capmonster_errors::{CODES, ErrorCode};

fn main() {
    let mut checked = 0;
    for (key, code) in CODES.entries() {
        assert_eq!(ErrorCode::from_code(key), Some(*code), "{key}");
        for at in 0..key.len() {
            for replacement in [b'A', b'Z', b'_', b'0', b'9', b'a'] {
                let mut bytes = key.as_bytes().to_vec();
                bytes[at] = replacement;
                let near = String::from_utf8(bytes).unwrap();
                assert_eq!(ErrorCode::from_code(&near), CODES.get(near.as_str()).copied(), "{near}");
                checked += 1;
            }
        }
    }
    println!("{} codes, {checked} near misses", CODES.len());
}
"#;
    let output = Dependent::binary("dependent-large-catalog", main)
        .catalog(&large_catalog(300))
        .run();
    assert!(output.starts_with("300 codes, "), "{output}");
}
