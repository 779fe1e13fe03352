//! The `capmonster-errors` binary, run end to end. What it prints is
//! compared with what the library says of the same code, so the tests hold
//! whatever errors.toml says.

use std::process::{Command, Output};

use capmonster_errors::{ErrorCode, Lang, Retry};

fn tool(args: &[&str]) -> Output {
    tool_with_locale(args, None)
}

fn tool_with_locale(args: &[&str], lang: Option<&str>) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_capmonster-errors"));
    command
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    if let Some(lang) = lang {
        command.env("LANG", lang);
    }
    command.output().expect("the tool runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

#[test]
fn explain_every_code_in_every_language() {
    for &code in ErrorCode::ALL {
        for &lang in Lang::ALL {
            let output = tool(&["explain", code.code(), "--lang", lang.code()]);
            assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
            let text = stdout(&output);
            assert!(
                text.starts_with(&format!("{}: {}\n", code.code(), code.title())),
                "{text}"
            );
            assert!(
                text.contains(&format!("\n{}\n", code.description(lang))),
                "{text}"
            );
            assert!(
                text.contains(&format!("Docs: {}\n", code.doc_url(lang))),
                "{text}"
            );
            if let Some(delay) = code.retry_after() {
                assert!(
                    text.contains(&format!("{} ms", delay.as_millis())),
                    "{text}"
                );
            }
        }
    }
}

#[test]
fn explain_an_alias_names_the_canonical_code() {
    for &code in ErrorCode::ALL {
        for alias in code.aliases() {
            let text = stdout(&tool(&["explain", alias, "--lang", "en"]));
            assert!(text.starts_with(&format!("{}: ", code.code())), "{text}");
            let aliases = code.aliases().join(", ");
            assert!(
                text.contains(&format!("Also sent as: {aliases}\n")),
                "{text}"
            );
        }
    }
}

#[test]
fn explain_takes_the_language_from_the_locale() {
    let code = ErrorCode::ALL[0];
    for &lang in Lang::ALL {
        let locale = format!("{}_XX.UTF-8", lang.code());
        let text = stdout(&tool_with_locale(&["explain", code.code()], Some(&locale)));
        assert!(text.contains(code.description(lang)), "{locale}: {text}");
    }
    let text = stdout(&tool(&["explain", code.code()]));
    assert!(
        text.contains(code.description(Lang::En)),
        "English by default: {text}"
    );
}

#[test]
fn explain_an_unknown_code_suggests_the_nearest() {
    let code = ErrorCode::ALL[0].code();
    // Lowercase, with its last letter changed: a typo.
    let mut typo = code.to_ascii_lowercase();
    let last = typo.pop().unwrap();
    typo.push(if last == 'x' { 'y' } else { 'x' });
    let output = tool(&["explain", &typo]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(stdout(&output), "");
    let message = stderr(&output);
    assert!(
        message.contains(&format!("{typo:?} is not a CapMonster Cloud error code")),
        "{message}"
    );
    assert!(
        message.contains(&format!("did you mean {code}")),
        "{message}"
    );

    let nothing_near = tool(&["explain", "SOMETHING_ELSE_ENTIRELY_1234567890"]);
    assert_eq!(nothing_near.status.code(), Some(2));
    assert!(!stderr(&nothing_near).contains("did you mean"));
}

#[test]
fn explain_an_unknown_language() {
    let output = tool(&["explain", ErrorCode::ALL[0].code(), "--lang", "xx"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("unknown language \"xx\"; use one of: "));
}

#[test]
fn list_every_code_in_catalog_order() {
    let output = tool(&["list"]);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), ErrorCode::ALL.len());
    for (line, code) in lines.iter().zip(ErrorCode::ALL) {
        let codes = std::iter::once(code.code())
            .chain(code.aliases().iter().copied())
            .collect::<Vec<_>>()
            .join(", ");
        assert!(line.starts_with(&codes), "{line}");
        assert!(line.ends_with(code.title()), "{line}");
    }
}

#[test]
fn list_as_json() {
    let output = tool(&["list", "--json"]);
    let list: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), ErrorCode::ALL.len());
    for (item, code) in list.iter().zip(ErrorCode::ALL) {
        assert_eq!(item["code"], code.code());
        assert_eq!(item["title"], code.title());
        let delay = code.retry_after().map(|delay| delay.as_millis() as u64);
        assert_eq!(item["retry_after_ms"], serde_json::json!(delay));
    }
}

/// The advice as errors.toml writes it.
fn retry_key(retry: Retry) -> &'static str {
    match retry {
        Retry::Never => "never",
        Retry::SameRequest => "same_request",
        Retry::NewTask => "new_task",
    }
}

#[test]
fn export_the_whole_catalog() {
    let output = tool(&["export", "--format", "json"]);
    assert_eq!(output.status.code(), Some(0));
    let export: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let languages: Vec<&str> = Lang::ALL.iter().map(|lang| lang.code()).collect();
    assert_eq!(export["languages"], serde_json::json!(languages));
    let errors = export["errors"].as_array().unwrap();
    assert_eq!(errors.len(), ErrorCode::ALL.len());
    for (item, &code) in errors.iter().zip(ErrorCode::ALL) {
        assert_eq!(item["code"], code.code());
        assert_eq!(item["aliases"], serde_json::json!(code.aliases()));
        assert_eq!(item["variant"], format!("{code:?}"));
        assert_eq!(item["retry"], retry_key(code.retry()));
        assert_eq!(item["retired"], serde_json::json!(code.retired()));
        for &lang in Lang::ALL {
            let tag = lang.code();
            assert_eq!(item["description"][tag]["plain"], code.description(lang));
            assert_eq!(
                item["description"][tag]["markdown"],
                code.description_markdown(lang)
            );
            assert_eq!(item["doc_url"][tag], code.doc_url(lang));
        }
    }
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(tool(&["export", "--format", "xml"]).status.code(), Some(2));
    assert_eq!(tool(&["frobnicate"]).status.code(), Some(2));
}
