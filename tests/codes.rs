//! The public API over the real catalog, by invariants that hold whatever
//! errors.toml says: lookups, round trips, messages.

use core::time::Duration;

use capmonster_errors::{CODES, ErrorCode, Lang, Retry, UnknownCode};

// The accessors are const fn, so dependents can build constants from them:
// that this file compiles is the proof. The test checks what the constants
// hold against facts that do not depend on errors.toml's text.
const NO_FUNDS_CODE: &str = ErrorCode::ZeroBalance.code();
const NO_FUNDS_RETRY: Retry = ErrorCode::ZeroBalance.retry();
const FIRST_DELAY: Option<Duration> = ErrorCode::ALL[0].retry_after();
const FIRST_TEXT: &str = ErrorCode::ALL[0].description(Lang::En);

#[test]
fn constants_built_from_accessors_hold_the_catalogs_values() {
    // A released code's spelling is a promise (tests/released-codes.txt).
    assert_eq!(NO_FUNDS_CODE, "ERROR_ZERO_BALANCE");
    assert_eq!(CODES.get(NO_FUNDS_CODE), Some(&ErrorCode::ZeroBalance));
    assert_eq!(
        NO_FUNDS_RETRY,
        ErrorCode::from_code(NO_FUNDS_CODE).unwrap().retry()
    );
    // A delay is only ever advice to send the same request again.
    if FIRST_DELAY.is_some() {
        assert_eq!(ErrorCode::ALL[0].retry(), Retry::SameRequest);
    }
    assert!(!FIRST_TEXT.trim().is_empty());
    assert!(!FIRST_TEXT.contains('\n'), "one line: {FIRST_TEXT:?}");
}

#[test]
fn every_code_and_alias_round_trips() {
    for &code in ErrorCode::ALL {
        assert_eq!(ErrorCode::from_code(code.code()), Some(code));
        assert_eq!(code.code().parse::<ErrorCode>(), Ok(code));
        assert_eq!(ErrorCode::try_from(code.code()), Ok(code));
        for alias in code.aliases() {
            assert_eq!(ErrorCode::from_code(alias), Some(code), "alias {alias}");
            assert_eq!(alias.parse::<ErrorCode>(), Ok(code));
        }
    }
    for (key, code) in CODES.entries() {
        assert!(
            code.code() == *key || code.aliases().contains(key),
            "CODES maps {key} to {code:?}, which does not list it"
        );
    }
}

#[test]
fn from_code_agrees_with_the_phf_map() {
    for (key, code) in CODES.entries() {
        assert_eq!(ErrorCode::from_code(key), Some(*code), "{key}");
        // Every one-byte change of every key, same length: near misses.
        for at in 0..key.len() {
            for replacement in [b'A', b'Z', b'_', b'0', b'a', b' ', 0] {
                let mut bytes = key.as_bytes().to_vec();
                bytes[at] = replacement;
                let near = String::from_utf8(bytes).unwrap();
                assert_eq!(
                    ErrorCode::from_code(&near),
                    CODES.get(near.as_str()).copied(),
                    "{near:?}"
                );
            }
        }
    }
}

#[test]
fn all_lists_each_code_once_in_variant_order() {
    for pair in ErrorCode::ALL.windows(2) {
        assert!(pair[0] < pair[1], "{:?} before {:?}", pair[0], pair[1]);
    }
}

#[test]
fn lookups_are_exact() {
    for near_miss in [
        "error_zero_balance",
        "ERROR_ZERO_BALANCE ",
        " ERROR_ZERO_BALANCE",
        "ERROR_ZERO_BALANC",
        "ERROR_ZERO_BALANCEE",
        "ZERO_BALANCE",
        "ERROR_ZERO_BALANCE\0",
        "",
    ] {
        assert_eq!(ErrorCode::from_code(near_miss), None, "{near_miss:?}");
    }
}

#[test]
fn only_same_request_codes_have_a_delay() {
    for &code in ErrorCode::ALL {
        if code.retry_after().is_some() {
            assert_eq!(code.retry(), Retry::SameRequest, "{code:?}");
        }
    }
}

#[test]
fn display_is_the_code_and_the_english_description_on_one_line() {
    for &code in ErrorCode::ALL {
        let line = code.to_string();
        assert_eq!(
            line,
            format!("{}: {}", code.code(), code.description(Lang::En))
        );
        assert!(!line.contains('\n'), "{line}");
        for lang in Lang::ALL {
            let localized = code.display(*lang).to_string();
            assert_eq!(
                localized,
                format!("{}: {}", code.code(), code.description(*lang))
            );
        }
    }
}

#[test]
fn plain_descriptions_have_no_markdown_left() {
    for &code in ErrorCode::ALL {
        for lang in Lang::ALL {
            let plain = code.description(*lang);
            assert!(!plain.is_empty());
            for mark in ["**", "](", "`"] {
                assert!(!plain.contains(mark), "{code:?} {lang:?}: {plain}");
            }
        }
    }
}

#[test]
fn error_code_is_an_error() {
    fn source_of(error: &dyn core::error::Error) -> String {
        error.to_string()
    }
    for &code in ErrorCode::ALL {
        assert!(source_of(&code).starts_with(&format!("{}: ", code.code())));
    }
}

#[test]
fn an_unknown_code_is_named_in_the_error() {
    let error: UnknownCode = "ERROR_NEW_IN_2027".parse::<ErrorCode>().unwrap_err();
    assert_eq!(error.code(), "ERROR_NEW_IN_2027");
    assert!(!error.is_truncated());
    assert_eq!(
        error.to_string(),
        "unknown CapMonster Cloud error code \"ERROR_NEW_IN_2027\""
    );
    let boxed: Box<dyn std::error::Error> = Box::new(error);
    assert!(boxed.to_string().contains("ERROR_NEW_IN_2027"));
    assert_eq!(ErrorCode::try_from("nope").unwrap_err().code(), "nope");
}

#[test]
fn an_unknown_code_with_control_characters_stays_on_one_line() {
    let error = "BAD\nCODE\"".parse::<ErrorCode>().unwrap_err();
    assert_eq!(error.code(), "BAD\nCODE\"");
    assert_eq!(
        error.to_string(),
        r#"unknown CapMonster Cloud error code "BAD\nCODE\"""#
    );
}

#[test]
fn a_long_unknown_code_is_cut_at_a_character_boundary() {
    // 63 ASCII bytes, then a 3-byte character that would straddle the limit.
    let long = format!("{}界{}", "A".repeat(63), "B".repeat(100));
    let error = long.parse::<ErrorCode>().unwrap_err();
    assert_eq!(error.code(), "A".repeat(63));
    assert!(error.is_truncated());
    assert!(error.to_string().ends_with("AAA\"..."));

    let exact = "C".repeat(UnknownCode::CAPACITY);
    let error = exact.parse::<ErrorCode>().unwrap_err();
    assert_eq!(error.code(), exact);
    assert!(!error.is_truncated());
    // Debug shows what the error holds, not the buffer it is kept in.
    let cut = long.parse::<ErrorCode>().unwrap_err();
    assert_eq!(
        format!("{cut:?}"),
        format!(
            "UnknownCode {{ code: {:?}, truncated: true }}",
            "A".repeat(63)
        )
    );
}

#[test]
fn languages_follow_the_catalog() {
    // English is required: Display speaks it.
    assert!(Lang::ALL.contains(&Lang::En));
    for lang in Lang::ALL {
        assert_eq!(Lang::from_tag(lang.code()), Some(*lang));
        assert_eq!(lang.to_string(), lang.code());
    }
    // A tag the catalog has no text in names every one it has.
    let refused = "xx-unknown".parse::<Lang>().unwrap_err().to_string();
    let tags: Vec<&str> = Lang::ALL.iter().map(|lang| lang.code()).collect();
    assert!(
        refused.ends_with(&format!("one of {}", tags.join(", "))),
        "{refused}"
    );
}

#[cfg(feature = "alloc")]
#[test]
fn a_received_code_equals_the_code_it_names_and_no_other() {
    use capmonster_errors::ReceivedCode;

    for &code in ErrorCode::ALL {
        for spelling in std::iter::once(code.code()).chain(code.aliases().iter().copied()) {
            let received = ReceivedCode::new(spelling);
            assert!(received == code, "{spelling} is {code:?}");
            for &other in ErrorCode::ALL.iter().filter(|&&other| other != code) {
                assert!(received != other, "{spelling} is not {other:?}");
            }
        }
    }
    let unknown = ReceivedCode::new("ERROR_FROM_2030");
    assert!(ErrorCode::ALL.iter().all(|&code| unknown != code));
}
