//! The runtime entry points on arbitrary strings: no panic, no allocation,
//! and the same answer as a plain linear search over the catalog.

mod support;

use capmonster_errors::{ErrorCode, Lang};
use proptest::prelude::*;
use support::counting::{Counting, allocations_during};
use support::locale_reference::reference_language;

#[global_allocator]
static GLOBAL: Counting = Counting;

/// What `from_code` must answer, found the slow, obvious way.
fn reference_lookup(code: &str) -> Option<ErrorCode> {
    ErrorCode::ALL
        .iter()
        .copied()
        .find(|known| known.code() == code || known.aliases().contains(&code))
}

/// Locale names and tags made of the catalog's own subtags and others, in
/// any case, with or without an encoding or modifier.
fn locale_names() -> impl Strategy<Value = String> {
    let mut subtags: Vec<String> = Lang::ALL
        .iter()
        .flat_map(|lang| lang.code().split('-'))
        .map(str::to_string)
        .collect();
    subtags.extend(["de", "c", "posix", "hant", "419", "x"].map(String::from));
    let subtag = prop_oneof![prop::sample::select(subtags), "[A-Za-z0-9]{0,4}"];
    (
        prop::collection::vec((subtag, prop::sample::select(vec!["-", "_"])), 1..4),
        prop::sample::select(vec!["", ".UTF-8", "@euro", ".utf8@latin"]),
        any::<bool>(),
    )
        .prop_map(|(parts, tail, upper)| {
            let mut name = String::new();
            for (index, (subtag, separator)) in parts.iter().enumerate() {
                if index > 0 {
                    name.push_str(separator);
                }
                name.push_str(subtag);
            }
            name.push_str(tail);
            if upper {
                name.to_ascii_uppercase()
            } else {
                name
            }
        })
}

/// Every known code and alias, and strings one step away from them: a byte
/// changed, dropped or added, the case flipped, a space or NUL added, or
/// the code repeated into a long string.
fn near_misses() -> impl Strategy<Value = String> {
    let known: Vec<&'static str> = ErrorCode::ALL
        .iter()
        .flat_map(|code| std::iter::once(code.code()).chain(code.aliases().iter().copied()))
        .collect();
    (
        prop::sample::select(known),
        any::<prop::sample::Index>(),
        any::<u8>(),
        0..8u8,
    )
        .prop_map(|(code, at, byte, how)| {
            let mut bytes = code.as_bytes().to_vec();
            let at = at.index(bytes.len());
            match how {
                0 => bytes[at] = byte,
                1 => {
                    bytes.remove(at);
                }
                2 => bytes.insert(at, byte),
                3 => bytes.make_ascii_lowercase(),
                4 => bytes.push(b' '),
                5 => bytes.push(0),
                6 => bytes = code.repeat(40).into_bytes(),
                _ => {}
            }
            String::from_utf8_lossy(&bytes).into_owned()
        })
}

fn any_input() -> impl Strategy<Value = String> {
    prop_oneof![
        near_misses(),
        any::<String>(),
        "[A-Za-z_@.-]{0,12}",
        locale_names()
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4096))]

    #[test]
    fn lookups_agree_with_a_linear_search(input in any_input()) {
        let mut found = None;
        let mut parsed = None;
        let allocations = allocations_during(|| {
            found = Some(ErrorCode::from_code(&input));
            parsed = Some(input.parse::<ErrorCode>());
        });
        prop_assert_eq!(allocations, 0);
        let expected = reference_lookup(&input);
        prop_assert_eq!(found.unwrap(), expected);
        prop_assert_eq!(capmonster_errors::CODES.get(input.as_str()).copied(), expected);
        match parsed.unwrap() {
            Ok(code) => prop_assert_eq!(Some(code), expected),
            Err(unknown) => {
                prop_assert_eq!(expected, None);
                prop_assert!(input.starts_with(unknown.code()));
                prop_assert_eq!(unknown.is_truncated(), unknown.code().len() < input.len());
            }
        }
    }

    #[test]
    fn languages_agree_with_the_reference(input in any_input()) {
        let mut found = None;
        let allocations = allocations_during(|| found = Some(Lang::from_tag(&input)));
        prop_assert_eq!(allocations, 0);
        prop_assert_eq!(found.unwrap(), reference_language(&input));
    }

    #[test]
    fn deserializing_agrees_with_the_reference(input in any_input()) {
        let json = serde_json::to_string(&input).unwrap();
        let mut result = None;
        let allocations = allocations_during(|| {
            result = Some(serde_json::from_str::<ErrorCode>(&json).ok());
        });
        let result = result.unwrap();
        prop_assert_eq!(result, reference_lookup(&input));
        // A known code without escapes is borrowed from the input and
        // looked up: nothing is copied. (An unknown one allocates only
        // serde_json's error.)
        if result.is_some() && json.len() == input.len() + 2 {
            prop_assert_eq!(allocations, 0);
        }
    }
}
