//! Parses realistic CapMonster Cloud error bodies and prints what a client
//! should do, in the user's language (`--lang zh`, or from `LC_ALL` / `LANG`).
//!
//! ```text
//! cargo run --example handle_response --features serde,alloc -- --lang zh
//! ```

use std::env;

use capmonster_errors::{ApiError, Lang, Retry};

const BODIES: &[&str] = &[
    r#"{"errorId":1,"errorCode":"ERROR_ZERO_BALANCE","errorDescription":"Account has zero balance","taskId":0}"#,
    r#"{"errorId":1,"errorCode":"WRONG_CAPTCHA_ID","errorDescription":"Captcha id is not found"}"#,
    r#"{"errorId":1,"errorCode":"CAPTCHA_NOT_READY","taskId":7654321}"#,
    r#"{"errorId":1,"errorCode":"ERROR_TOKEN_EXPIRED","taskId":7654321,"solution":null}"#,
    r#"{"errorId":1,"errorCode":"ERROR_SOMETHING_NEW","errorDescription":"A code from the future"}"#,
    r#"{"errorId":0,"taskId":7654321}"#,
];

fn main() {
    let lang = user_language();
    for body in BODIES {
        println!("{body}");
        match serde_json::from_str::<ApiError>(body) {
            Ok(error) => {
                println!("  {}", error.display(lang));
                println!("  -> {}", next_step(&error));
            }
            Err(not_an_error) => println!("  not an error response: {not_an_error}"),
        }
        println!();
    }
}

fn next_step(error: &ApiError) -> String {
    if error.code().is_none() {
        return format!(
            "unknown code {:?}: log it and give up; upgrade capmonster-errors to learn it",
            error.raw_code()
        );
    }
    match (error.retry(), error.retry_after()) {
        (Retry::SameRequest, Some(delay)) => {
            format!("send the same request again in {} ms", delay.as_millis())
        }
        (Retry::SameRequest, None) => "send the same request again, with backoff".into(),
        (Retry::NewTask, _) => "create a new task".into(),
        (Retry::Never, _) => "stop: a person must fix this".into(),
    }
}

/// `--lang TAG`, else the locale of the environment, else English.
fn user_language() -> Lang {
    let args: Vec<String> = env::args().collect();
    let from_args = args
        .windows(2)
        .find(|pair| pair[0] == "--lang")
        .map(|pair| pair[1].clone());
    let from_env = || {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .find_map(|name| env::var(name).ok().filter(|value| !value.is_empty()))
    };
    from_args
        .or_else(from_env)
        .and_then(|tag| Lang::from_tag(&tag))
        .unwrap_or(Lang::En)
}
