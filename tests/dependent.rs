//! An outside crate that depends on this one by path: it matches on the enum,
//! resolves an alias and prints every code's zh description.

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

#[test]
fn a_dependent_crate_matches_resolves_and_prints() {
    let output = Dependent::new("dependent-by-path", MAIN).run();
    let mut lines = output.lines();
    assert_eq!(lines.next(), Some("top up"));
    assert_eq!(lines.next(), Some("Some(NoSuchCapchaId)"));
    let printed: Vec<&str> = lines.collect();
    let expected: Vec<String> = ErrorCode::ALL
        .iter()
        .map(|code| format!("{}\t{}", code.code(), code.description(Lang::Zh)))
        .collect();
    assert_eq!(printed, expected);
}
