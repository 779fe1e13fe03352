//! Where a TOML string's value bytes stand in the file: what lets a
//! problem inside a description point at its own characters.

use proptest::prelude::*;

use crate::codegen::internals::string_offsets::value_offsets;

/// `literal`'s value as the TOML parser reads it.
fn read(literal: &str) -> Option<String> {
    let table: toml::Table = toml::from_str(&format!("x = {literal}")).ok()?;
    table.get("x")?.as_str().map(str::to_string)
}

/// Every character of the value stands at its offset, or an escape does.
fn assert_placed(literal: &str) {
    let value = read(literal).unwrap_or_else(|| panic!("no TOML string: {literal:?}"));
    let offsets = value_offsets(literal, &value).unwrap_or_else(|| panic!("{literal:?}"));
    assert_eq!(offsets.len(), value.len() + 1, "{literal:?}");
    assert!(offsets.is_sorted(), "{literal:?}: {offsets:?}");
    for (at, c) in value.char_indices() {
        let written = &literal[offsets[at]..];
        assert!(
            written.starts_with(c) || written.starts_with('\\'),
            "{literal:?}: {c:?} at {at} is placed at {written:?}"
        );
    }
}

#[test]
fn an_escape_places_what_it_makes_at_its_backslash() {
    let literal = r#""a\u00e9\"<b>""#;
    let offsets = value_offsets(literal, "aé\"<b>").unwrap();
    // a, the two bytes of é (both at `\u00e9`), ", <, b, >, then the quote.
    assert_eq!(offsets, [1, 2, 2, 8, 10, 11, 12, 13]);
}

#[test]
fn a_multi_line_string_drops_its_first_newline_and_folded_space() {
    let literal = "\"\"\"\nab \\\n    c\"\"\"";
    assert_eq!(read(literal).as_deref(), Some("ab c"));
    let offsets = value_offsets(literal, "ab c").unwrap();
    assert_eq!(&literal[offsets[3]..offsets[3] + 1], "c");
    assert_eq!(offsets[0], 4);
}

#[test]
fn a_value_the_literal_does_not_make_gives_nothing() {
    assert_eq!(value_offsets("\"abc\"", "abd"), None);
    assert_eq!(value_offsets("abc", "abc"), None);
    assert_eq!(value_offsets("\"", ""), None);
    // Three quotes open a multi-line string and leave none to close it.
    assert_eq!(value_offsets("\"\"\"", ""), None);
    assert_eq!(value_offsets("'''", ""), None);
}

#[test]
fn a_crlf_after_the_opening_quotes_is_no_part_of_the_value() {
    let literal = "\"\"\"\r\nab\"\"\"";
    assert_eq!(read(literal).as_deref(), Some("ab"));
    assert_eq!(value_offsets(literal, "ab").unwrap(), [5, 6, 7]);
}

/// A way to write `value` as a TOML string.
fn written(value: String, style: u8, escape_every: usize) -> String {
    match style {
        0 => {
            let mut out = String::from("\"");
            for (index, c) in value.chars().enumerate() {
                match c {
                    '"' => out.push_str("\\\""),
                    '\\' => out.push_str("\\\\"),
                    c if c.is_control() || index % escape_every == 0 => {
                        out.push_str(
                            &format!("\\u{:04x}", c as u32)
                                .replace("\\u", if (c as u32) > 0xffff { "\\U000" } else { "\\u" }),
                        );
                    }
                    c => out.push(c),
                }
            }
            out.push('"');
            out
        }
        1 => {
            // Multi-line, each space followed by a line-ending backslash.
            let mut out = String::from("\"\"\"\n");
            for c in value.chars() {
                match c {
                    '"' => out.push_str("\\\""),
                    '\\' => out.push_str("\\\\"),
                    c if c.is_control() => out.push_str(&format!("\\U{:08x}", c as u32)),
                    ' ' => out.push_str(" \\\n   "),
                    c => out.push(c),
                }
            }
            out.push_str("\"\"\"");
            out
        }
        _ => {
            let clean: String = value
                .chars()
                .filter(|&c| c != '\'' && !c.is_control())
                .collect();
            format!("'{clean}'")
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2048))]

    #[test]
    fn every_character_is_placed_however_it_is_written(
        value in "\\PC{0,24}|[ a\"\\\\<>&é\u{1F600}\t]{0,24}",
        style in 0u8..3,
        escape_every in 1usize..6,
    ) {
        let literal = written(value, style, escape_every);
        assert_placed(&literal);
    }
}

#[test]
fn each_escape_makes_its_character_at_its_backslash() {
    let literal = r#""\b\t\n\f\r\"\\""#;
    let value = "\u{8}\t\n\u{c}\r\"\\";
    assert_eq!(read(literal).as_deref(), Some(value));
    assert_eq!(
        value_offsets(literal, value).unwrap(),
        [1, 3, 5, 7, 9, 11, 13, 15]
    );
    // TOML 1.1's escapes: `\e`, and a byte as `\xHH`.
    assert_eq!(value_offsets(r#""\e\x41""#, "\u{1b}A").unwrap(), [1, 3, 7]);
    assert_eq!(value_offsets(r#""\q""#, "q"), None);
}

#[test]
fn only_a_multi_line_string_folds_at_a_backslash() {
    assert_eq!(value_offsets(r#""a\ b""#, "ab"), None);
    assert_eq!(
        value_offsets("\"\"\"a\\ \n b\"\"\"", "ab").unwrap(),
        [3, 8, 9]
    );
}
