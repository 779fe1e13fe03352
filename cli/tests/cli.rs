//! The `capmonster-errors` binary, run end to end. What it prints is
//! compared with what the library says of the same code, so the tests hold
//! whatever errors.toml says.

use std::process::{Command, Output};

use std::process::Stdio;

use capmonster_errors::{ErrorCode, Label, Lang};

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
            // Every line in the reader's language, labels included.
            let docs = format!("{}{}\n", lang.label(Label::Docs), code.doc_url(lang));
            assert!(text.contains(&docs), "{text}");
            let advice = format!("{}{}\n", lang.label(Label::Advice), code.advice(lang));
            assert!(text.contains(&advice), "{text}");
            if let Some(reason) = code.retired() {
                let retired = format!("{}{reason}\n", lang.label(Label::Retired));
                assert!(text.contains(&retired), "{text}");
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
            let line = format!("{}{aliases}\n", Lang::En.label(Label::Aliases));
            assert!(text.contains(&line), "{text}");
        }
    }
}

#[test]
fn explain_takes_the_language_from_the_locale() {
    let code = ErrorCode::ALL[0];
    for &lang in Lang::ALL {
        // A POSIX locale name: `pt-br` is read from `pt_BR.UTF-8`; a
        // language without a region is found from any of its regions.
        let locale = match lang.code().split_once('-') {
            Some((language, region)) => format!("{language}_{}.UTF-8", region.to_uppercase()),
            None => format!("{}_XX.UTF-8", lang.code()),
        };
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

/// Runs the tool with `input` on its standard input.
fn tool_with_input(args: &[&str], input: &str) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_capmonster-errors"))
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the tool runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn explain_a_response_shows_what_the_server_said_under_the_description() {
    let code = ErrorCode::ALL[0];
    // An escape sequence and a line break from the server stay on their line.
    let body = format!(
        r#"{{"errorId":1,"errorCode":"{}","errorDescription":"field x\u001b[2J\nis bad"}}"#,
        code.code()
    );
    for lang in Lang::ALL.iter().copied() {
        let links: String = code
            .links(lang)
            .iter()
            .map(|address| format!("  {address}\n"))
            .collect();
        let said = format!(
            "{}\n{links}{}field x\\u{{1b}}[2J\\nis bad\n\n{}",
            code.description(lang),
            lang.label(Label::Server),
            lang.label(Label::Advice)
        );
        for output in [
            tool(&["explain", &body, "--lang", lang.code()]),
            tool_with_input(&["explain", "-", "--lang", lang.code()], &body),
        ] {
            assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
            let text = stdout(&output);
            assert!(text.starts_with(&format!("{}: ", code.code())), "{text}");
            assert!(text.contains(&said), "{text}");
        }
    }

    // Without a description, the explanation is the code's alone.
    let silent = format!(r#"{{"errorId":1,"errorCode":"{}"}}"#, code.code());
    assert_eq!(
        stdout(&tool(&["explain", &silent])),
        stdout(&tool(&["explain", code.code()]))
    );
}

#[test]
fn explain_a_response_with_an_unknown_code_keeps_what_the_server_said() {
    let body = r#"{"errorId":1,"errorCode":"ERROR_FROM_2030","errorDescription":"Brand new"}"#;
    let output = tool(&["explain", body]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(message.contains("\"ERROR_FROM_2030\" is not"), "{message}");
    assert!(
        message.contains(&format!("{}Brand new\n", Lang::En.label(Label::Server))),
        "{message}"
    );
}

#[test]
fn explain_a_body_that_is_no_error_response() {
    for body in ["{not json", r#"{"taskId":7}"#] {
        let output = tool(&["explain", body]);
        assert_eq!(output.status.code(), Some(2), "{body}");
        assert_eq!(stdout(&output), "");
        assert!(
            stderr(&output).contains("not an error response of the API"),
            "{}",
            stderr(&output)
        );
    }
}

#[test]
fn explain_a_success_says_so_plainly() {
    let output = tool(&["explain", r#"{"errorId":0,"taskId":7}"#]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        stdout(&output),
        "errorId is 0: this response is a success, not an error; there is nothing to explain.\n"
    );
}

#[test]
fn explain_reads_a_code_in_another_case_or_with_spaces_and_says_so() {
    let code = ErrorCode::ALL[0].code();
    for typed in [
        code.to_ascii_lowercase(),
        format!("  {code} "),
        format!("\t{}", code.to_ascii_lowercase()),
    ] {
        let output = tool(&["explain", &typed]);
        assert_eq!(
            output.status.code(),
            Some(0),
            "{typed:?}: {}",
            stderr(&output)
        );
        assert_eq!(
            stdout(&output),
            stdout(&tool(&["explain", code])),
            "{typed:?}"
        );
        assert_eq!(
            stderr(&output),
            format!("note: reading {typed:?} as {code}, the code the API sends\n")
        );
    }
    // As the API sends it, nothing to note.
    assert_eq!(stderr(&tool(&["explain", code])), "");
}

#[test]
fn explain_reads_a_bare_code_from_standard_input() {
    let code = ErrorCode::ALL[0].code();
    let output = tool_with_input(&["explain", "-"], &format!("{code}\n"));
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(stdout(&output), stdout(&tool(&["explain", code])));
    assert_eq!(stderr(&output), "");
}

#[test]
fn explain_empty_standard_input_says_what_to_give() {
    for input in ["", "\n  \n"] {
        let output = tool_with_input(&["explain", "-"], input);
        assert_eq!(output.status.code(), Some(2));
        assert_eq!(
            stderr(&output),
            "error: standard input is empty; give a code or an error response body, like: echo ERROR_ZERO_BALANCE | capmonster-errors explain -\n"
        );
    }
}

#[test]
fn explain_an_unknown_code_says_what_to_do_in_the_readers_language() {
    let body = r#"{"errorId":1,"errorCode":"ERROR_FROM_2030","errorDescription":"Brand new"}"#;
    let unknown = capmonster_errors::ReceivedCode::new("ERROR_FROM_2030");
    for lang in Lang::ALL.iter().copied() {
        let output = tool(&["explain", body, "--lang", lang.code()]);
        assert_eq!(output.status.code(), Some(2));
        let message = stderr(&output);
        assert!(
            message.ends_with(&format!(
                "{}{}\n",
                lang.label(Label::Advice),
                unknown.advice(lang)
            )),
            "{message}"
        );
    }
}

#[test]
fn version_names_the_command() {
    let output = tool(&["--version"]);
    assert_eq!(
        stdout(&output),
        format!("capmonster-errors {}\n", env!("CARGO_PKG_VERSION"))
    );
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
        assert_eq!(item["retry"], code.retry().to_string());
        assert_eq!(item["retired"], serde_json::json!(code.retired()));
        for &lang in Lang::ALL {
            let tag = lang.code();
            assert_eq!(item["description"][tag]["plain"], code.description(lang));
            assert_eq!(
                item["description"][tag]["markdown"],
                code.description_markdown(lang)
            );
            assert_eq!(item["doc_url"][tag], code.doc_url(lang));
            assert_eq!(item["advice"][tag], code.advice(lang));
        }
    }
}

#[test]
fn export_needs_no_flag() {
    let plain = tool(&["export"]);
    assert_eq!(plain.status.code(), Some(0));
    assert_eq!(plain.stdout, tool(&["export", "--format", "json"]).stdout);
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(tool(&["export", "--format", "xml"]).status.code(), Some(2));
    assert_eq!(tool(&["frobnicate"]).status.code(), Some(2));
}

#[test]
fn a_code_without_its_prefix_is_suggested_with_it() {
    let prefixed = ErrorCode::ALL
        .iter()
        .map(|code| code.code())
        .find(|code| code.starts_with("ERROR_"))
        .expect("the catalog has ERROR_ codes");
    let bare = prefixed.trim_start_matches("ERROR_");
    let output = tool(&["explain", bare]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains(&format!("did you mean {prefixed}")),
        "{}",
        stderr(&output)
    );
}

#[test]
fn list_columns_line_up_whatever_the_aliases() {
    let text = stdout(&tool(&["list"]));
    // The advice column starts at the same character on every line.
    let starts: Vec<usize> = text
        .lines()
        .zip(ErrorCode::ALL)
        .map(|(line, code)| {
            let advice = line
                .find(&format!("  {}", code.retry()))
                .expect("advice column");
            line[..advice].chars().count()
        })
        .collect();
    assert!(starts.windows(2).all(|pair| pair[0] == pair[1]), "{text}");
}

#[test]
fn help_names_every_variable_it_reads() {
    let help = stdout(&tool(&["--help"]));
    for variable in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        assert!(help.contains(variable), "{variable} in:\n{help}");
    }
}

/// Runs the tool with the reading end of its standard output closed before
/// it writes, as `| head -0` leaves it; returns the exit status and
/// standard error.
fn with_early_closed_pipe(args: &[&str]) -> (Option<i32>, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_capmonster-errors"))
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the tool runs");
    // Closed at once: the child has not yet started writing, so its first
    // write finds no reader.
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    (output.status.code(), stderr)
}

#[test]
fn a_reader_that_leaves_early_ends_every_command_quietly() {
    let code = ErrorCode::ALL[0].code();
    for args in [
        &["list"][..],
        &["list", "--json"],
        &["export"],
        &["explain", code, "--lang", "en"],
    ] {
        let (status, stderr) = with_early_closed_pipe(args);
        assert_eq!(status, Some(0), "{args:?}: {stderr}");
        assert_eq!(stderr, "", "{args:?}");
    }
}

#[test]
fn explain_lists_the_addresses_the_description_links_to() {
    for &code in ErrorCode::ALL {
        for &lang in Lang::ALL {
            let text = stdout(&tool(&["explain", code.code(), "--lang", lang.code()]));
            let after_description = text
                .split_once(&format!("{}\n", code.description(lang)))
                .map(|(_, rest)| rest)
                .unwrap_or_else(|| panic!("{text}"));
            let listed: Vec<&str> = after_description
                .lines()
                .map_while(|line| line.strip_prefix("  "))
                .collect();
            assert_eq!(listed, code.links(lang), "{code:?} in {lang}");
        }
    }
}
