//! The runtime entry points on any string agree with a linear search, and
//! never panic.

#![no_main]

use capmonster_errors::{ErrorCode, Lang};

libfuzzer_sys::fuzz_target!(|input: &str| {
    let expected = ErrorCode::ALL
        .iter()
        .copied()
        .find(|known| known.code() == input || known.aliases().contains(&input));
    assert_eq!(ErrorCode::from_code(input), expected);
    assert_eq!(input.parse::<ErrorCode>().ok(), expected);

    let primary = input.split(['-', '_', '.', '@']).next().unwrap_or("");
    let language = Lang::ALL
        .iter()
        .copied()
        .find(|lang| lang.code().eq_ignore_ascii_case(primary));
    assert_eq!(Lang::from_tag(input), language);

    let json = serde_json::to_string(input).expect("a string serializes");
    assert_eq!(serde_json::from_str::<ErrorCode>(&json).ok(), expected);
    // Raw bytes as JSON, quoted or not, must not panic either.
    let _ = serde_json::from_str::<ErrorCode>(input);
});
