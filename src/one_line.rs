//! Text from the network written so that it stays on its line of a log.

use core::fmt;

/// Writes `text` with every character that could break or reorder a log
/// line escaped, as `\n` or `\u{2028}`: controls, line and paragraph
/// separators, and the marks, embeddings, overrides and isolates that
/// change the direction text is shown in.
pub(crate) fn write(f: &mut fmt::Formatter<'_>, text: &str) -> fmt::Result {
    for c in text.chars() {
        if is_unsafe(c) && c.is_ascii() {
            write!(f, "{}", c.escape_default())?;
        } else if is_unsafe(c) {
            write!(f, "{}", c.escape_unicode())?;
        } else {
            fmt::Write::write_char(f, c)?;
        }
    }
    Ok(())
}

fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{61c}'
                | '\u{200e}'
                | '\u{200f}'
                | '\u{2028}'..='\u{202e}'
                | '\u{2066}'..='\u{2069}'
        )
}
