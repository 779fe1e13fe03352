//! Prints what the catalog knows about an error code, in every language.
//!
//! ```text
//! cargo run --example explain -- ERROR_ZERO_BALANCE
//! ```

use std::process::ExitCode;

use capmonster_errors::{ErrorCode, Lang, Retry};

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (Some(raw), None) = (args.next(), args.next()) else {
        eprintln!("usage: explain CODE   (for example: explain ERROR_ZERO_BALANCE)");
        return ExitCode::from(2);
    };
    let code = match raw.parse::<ErrorCode>() {
        Ok(code) => code,
        Err(unknown) => {
            eprintln!("{unknown}");
            return ExitCode::from(2);
        }
    };

    println!("{} ({})", code.code(), code.title());
    if !code.aliases().is_empty() {
        println!("also sent as: {}", code.aliases().join(", "));
    }
    println!("what to do: {}", advice(code));
    for lang in Lang::ALL {
        println!();
        println!("[{lang}] {}", code.description(*lang));
    }
    ExitCode::SUCCESS
}

fn advice(code: ErrorCode) -> String {
    match (code.retry(), code.retry_after()) {
        (Retry::Never, _) => "do not retry; a person must fix the cause first".into(),
        (Retry::SameRequest, Some(delay)) => {
            format!("send the same request again after {} ms", delay.as_millis())
        }
        (Retry::SameRequest, None) => "send the same request again after a delay".into(),
        (Retry::NewTask, _) => "this task is lost; create a new task".into(),
    }
}
