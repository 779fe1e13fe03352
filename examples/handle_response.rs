//! Parses realistic CapMonster Cloud error bodies and prints what a client
//! should do, in the user's language (`--lang zh`, or from `LC_ALL` / `LANG`).
//!
//! ```text
//! cargo run --example handle_response --features serde -- --lang zh
//! ```

use std::env;

use capmonster_errors::{ApiResponse, Label, Lang};

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
        match serde_json::from_str::<ApiResponse<serde::de::IgnoredAny>>(body) {
            Ok(ApiResponse::Err(error)) => {
                println!("  {}", error.display(lang));
                // For a code this version does not know, the advice says to
                // give up and keep the code, in the same language.
                println!("  {}{}", lang.label(Label::Advice), error.advice(lang));
            }
            Ok(ApiResponse::Ok(_)) => println!("  not an error: errorId is 0"),
            Err(unreadable) => println!("  not a CapMonster Cloud response: {unreadable}"),
        }
        println!();
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
