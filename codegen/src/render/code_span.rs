//! A code span as CommonMark writes one, for rustdoc and the pages alike.

/// `text` as a Markdown code span, fenced with one backtick more than the
/// longest run inside it, so no content can close it early.
pub fn code_literal(text: &str) -> String {
    let longest_run = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest_run + 1);
    // A reader takes one space off each end when both have one (and the
    // span is more than spaces): a pad keeps the text's own.
    let spaced = text.starts_with(' ') && text.ends_with(' ') && !text.trim().is_empty();
    let pad = if text.starts_with('`') || text.ends_with('`') || spaced {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{text}{pad}{fence}")
}
