//! The catalog's own reader of one line of Markdown, which the library's
//! build script uses, agrees with markdown-rs on any text it does not
//! refuse, and never panics.

#![no_main]

use capmonster_errors_codegen::internals::characters;
use capmonster_errors_codegen::internals::markdown::{self, markdown_rs, reader as commonmark};

libfuzzer_sys::fuzz_target!(|text: &str| {
    // The check refuses these before any Markdown is read.
    if text.chars().any(characters::is_disruptive) {
        return;
    }
    // One line, as the reader is given: a description's lines are folded
    // into one first (`read_line_with` below).
    let line = text.trim();
    if !line.contains(['\n', '\r']) {
        let own = commonmark::paragraph(line);
        if commonmark::refusals(line).is_empty() {
            assert_eq!(own, markdown_rs::paragraph(line), "{line:?}");
        }
    }
    let (written, pieces) = markdown::read_line_with(text, commonmark::paragraph);
    // Each byte of the line comes from the description: the character it
    // was made from stands there, but for the space that stands for a line
    // break and the backslashes added before block openers.
    assert_eq!(written.origin.len(), written.text.len() + 1, "{text:?}");
    assert!(written.origin.is_sorted(), "{text:?}");
    for (at, c) in written.text.char_indices() {
        let from = &text[written.origin[at]..];
        assert!(
            from.starts_with(c) || c == '\\' || c == ' ',
            "{text:?} at {at}"
        );
    }
    if commonmark::refusals(&written.text).is_empty() {
        assert_eq!(
            (written, pieces),
            markdown::read_line_with(text, markdown_rs::paragraph),
            "{text:?}"
        );
    }
});
