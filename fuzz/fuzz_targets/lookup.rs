//! The runtime entry points on any string agree with a linear search, and
//! never panic.

#![no_main]

use capmonster_errors::{ErrorCode, Lang};

#[path = "../../tests/support/locale_reference.rs"]
mod locale_reference;
use locale_reference::reference_language;

libfuzzer_sys::fuzz_target!(|input: &str| {
    let expected = ErrorCode::ALL
        .iter()
        .copied()
        .find(|known| known.code() == input || known.aliases().contains(&input));
    assert_eq!(ErrorCode::from_code(input), expected);
    assert_eq!(input.parse::<ErrorCode>().ok(), expected);

    assert_eq!(Lang::from_tag(input), reference_language(input));

    let json = serde_json::to_string(input).expect("a string serializes");
    assert_eq!(serde_json::from_str::<ErrorCode>(&json).ok(), expected);
    // Raw bytes as JSON, quoted or not, must not panic either.
    let _ = serde_json::from_str::<ErrorCode>(input);
});
