//! Where a TOML string's value stands in its literal: for any text that
//! the TOML parser reads as a string, `value_offsets` must place every
//! character of the value where it, or the escape that makes it, is written.

#![no_main]

use capmonster_errors_codegen::internals::string_offsets::value_offsets;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|literal: &str| {
    let Ok(table) = format!("x = {literal}").parse::<toml::Table>() else {
        return;
    };
    let Some(value) = table.get("x").and_then(|value| value.as_str()) else {
        return;
    };
    let Some(offsets) = value_offsets(literal, value) else {
        // The input may hold more than the string: white space, a comment,
        // another key. Whole, it must be placed; it is whole when it is
        // the table's only key, starts and ends in no white space, and
        // nothing can follow it on its line.
        let whole = table.len() == 1
            && literal.trim() == literal
            && format!("x = {literal}y").parse::<toml::Table>().is_err();
        assert!(!whole, "{literal:?} reads as {value:?}, but was not placed");
        return;
    };
    assert_eq!(offsets.len(), value.len() + 1);
    assert!(offsets.is_sorted(), "{literal:?}: {offsets:?}");
    for (at, c) in value.char_indices() {
        let written = &literal[offsets[at]..];
        assert!(
            written.starts_with(c) || written.starts_with('\\'),
            "{literal:?} at {at}"
        );
    }
});
