//! The `capmonster-errors` binary, run end to end: output and exit codes.

mod support;

use std::process::{Command, Output};

use support::Dependent;

fn tool(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_capmonster-errors"))
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .output()
        .expect("the tool runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

fn checked_in_page(lang: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/docs/{lang}/api-errors.md",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

#[test]
fn explain_a_code() {
    let output = tool(&["explain", "ERROR_TOO_MUCH_REQUESTS", "--lang", "en"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        stdout(&output),
        "ERROR_TOO_MUCH_REQUESTS: REQUEST LIMIT EXCEEDED\n\
         \n\
         You have exceeded the limit of requests for the answer to one task. Request the task result at most once every 2 seconds.\n\
         \n\
         What to do: send the same request again after 2000 ms.\n\
         Docs: https://docs.capmonster.cloud/docs/api/api-errors#request-limit-exceeded\n"
    );
}

#[test]
fn explain_an_alias_in_chinese() {
    let output = tool(&["explain", "WRONG_CAPTCHA_ID", "--lang", "zh-CN"]);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    assert!(
        text.starts_with(
            "ERROR_NO_SUCH_CAPCHA_ID: CAPTCHA ID IS NOT FOUND\nAlso sent as: WRONG_CAPTCHA_ID\n"
        ),
        "{text}"
    );
    assert!(text.contains("请求的验证码未找到。"), "{text}");
    assert!(
        text.contains(
            "Docs: https://docs.capmonster.cloud/zh/docs/api/api-errors#captcha-id-is-not-found"
        ),
        "{text}"
    );
}

#[test]
fn explain_takes_the_language_from_the_locale() {
    let output = Command::new(env!("CARGO_BIN_EXE_capmonster-errors"))
        .args(["explain", "ERROR_ZERO_BALANCE"])
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "zh_CN.UTF-8")
        .output()
        .unwrap();
    assert!(
        stdout(&output).contains("账户余额为零。"),
        "{}",
        stdout(&output)
    );
    let english = tool(&["explain", "ERROR_ZERO_BALANCE"]);
    assert!(stdout(&english).contains("The account balance is zero."));
}

#[test]
fn explain_an_unknown_code_suggests_the_nearest() {
    let output = tool(&["explain", "error_zero_balanse"]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(stdout(&output), "");
    let message = stderr(&output);
    assert!(
        message.contains("\"error_zero_balanse\" is not a CapMonster Cloud error code"),
        "{message}"
    );
    assert!(
        message.contains("did you mean ERROR_ZERO_BALANCE?"),
        "{message}"
    );

    let nothing_near = tool(&["explain", "SOMETHING_ELSE_ENTIRELY"]);
    assert_eq!(nothing_near.status.code(), Some(2));
    assert!(!stderr(&nothing_near).contains("did you mean"));
}

#[test]
fn explain_an_unknown_language() {
    let output = tool(&["explain", "ERROR_ZERO_BALANCE", "--lang", "fr"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("unknown language \"fr\"; use one of: zh, en"));
}

#[test]
fn list_every_code() {
    let output = tool(&["list"]);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 26);
    assert!(
        lines[0].starts_with("ERROR_KEY_DOES_NOT_EXIST "),
        "{}",
        lines[0]
    );
    assert!(
        lines[0].ends_with(" never         INVALID KEY"),
        "{}",
        lines[0]
    );
    assert!(text.contains("ERROR_NO_SUCH_CAPCHA_ID, WRONG_CAPTCHA_ID"));
}

#[test]
fn list_as_json() {
    let output = tool(&["list", "--json"]);
    let list: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 26);
    assert_eq!(list[6]["code"], "CAPTCHA_NOT_READY");
    assert_eq!(list[6]["retry"], "same_request");
    assert_eq!(list[6]["retry_after_ms"], 2000);
}

#[test]
fn docs_prints_the_checked_in_page() {
    for lang in ["zh", "en"] {
        let output = tool(&["docs", "--lang", lang]);
        assert_eq!(output.status.code(), Some(0));
        assert_eq!(stdout(&output), checked_in_page(lang), "{lang}");
    }
}

#[test]
fn docs_writes_every_page() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("docs-write");
    let _ = std::fs::remove_dir_all(&dir);
    let output = tool(&["docs", "--write", dir.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    for lang in ["zh", "en"] {
        let written = std::fs::read_to_string(dir.join(lang).join("api-errors.md")).unwrap();
        assert_eq!(written, checked_in_page(lang));
    }
}

#[test]
fn check_the_crates_catalog() {
    let output = tool(&["check"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        stdout(&output),
        "errors.toml: no problems (26 entries, 27 codes, 2 languages)\n"
    );
}

const BROKEN: &str = "[catalog]\nlanguages = [\"zh\", \"en\"]\n\n[[error]]\ncode = \"error_lower\"\ntitel = \"X\"\nretry = \"nevr\"\n[error.description]\nzh = \"\"\nen = \"e\"\n";

#[test]
fn check_reports_what_the_build_reports() {
    let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("broken-errors.toml");
    std::fs::write(&path, BROKEN).unwrap();
    let output = tool(&["check", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let shown = path.display().to_string();
    let checked: Vec<String> = stderr(&output)
        .lines()
        .filter_map(|line| line.strip_prefix(&format!("{shown}:")).map(String::from))
        .filter(|line| !line.starts_with(' '))
        .collect();
    assert!(checked.len() >= 5, "{checked:#?}");

    // The build prints each diagnostic after Cargo's own prefix.
    let build = Dependent::library("cli-check-against-build", "")
        .catalog(BROKEN)
        .build_failure();
    let built: Vec<String> = build
        .lines()
        .filter_map(|line| {
            line.split_once("errors.toml:")
                .map(|(_, rest)| rest.to_string())
        })
        .collect();
    assert_eq!(checked, built);
}

#[test]
fn export_the_whole_catalog() {
    let output = tool(&["export", "--format", "json"]);
    assert_eq!(output.status.code(), Some(0));
    let export: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(export["languages"], serde_json::json!(["zh", "en"]));
    let errors = export["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 26);
    let zero = &errors[1];
    assert_eq!(zero["code"], "ERROR_ZERO_BALANCE");
    assert_eq!(zero["variant"], "ZeroBalance");
    assert_eq!(zero["retry"], "never");
    assert_eq!(zero["retry_after_ms"], serde_json::Value::Null);
    assert_eq!(
        zero["description"]["zh"]["plain"],
        "账户余额为零。充值继续进行识别操作。"
    );
    assert_eq!(
        zero["description"]["zh"]["markdown"],
        "账户余额为零。[充值](https://capmonster.cloud/SelectPaymentType)继续进行识别操作。"
    );
    assert_eq!(
        zero["doc_url"]["en"],
        "https://docs.capmonster.cloud/docs/api/api-errors#no-funds"
    );
    assert_eq!(
        errors[4]["aliases"],
        serde_json::json!(["WRONG_CAPTCHA_ID"])
    );

    let again = tool(&["export", "--format", "json"]);
    assert_eq!(output.stdout, again.stdout, "the export is deterministic");
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(tool(&["export", "--format", "xml"]).status.code(), Some(2));
    assert_eq!(tool(&["frobnicate"]).status.code(), Some(2));
}
