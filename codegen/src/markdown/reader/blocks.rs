//! Whether one line, with no space before it, opens a block rather than a
//! paragraph: a quote, a list item, a heading, a thematic break, a fenced
//! code block or a link reference definition. (A line that starts an HTML
//! block starts with `<` and a letter, `/`, `!` or `?`, which the inline
//! reading refuses.)

use super::destination::{self, skip_space_or_tab};

pub(super) fn opens_block(line: &str) -> bool {
    let bytes = line.as_bytes();
    match bytes[0] {
        b'>' => true,
        b'#' => {
            let hashes = run_of(bytes, 0);
            hashes <= 6 && space_or_end(bytes, hashes)
        }
        b'*' | b'-' | b'_' => thematic_break(bytes) || (bytes[0] != b'_' && space_or_end(bytes, 1)),
        b'+' => space_or_end(bytes, 1),
        b'0'..=b'9' => {
            let digits = bytes
                .iter()
                .take_while(|byte| byte.is_ascii_digit())
                .count();
            digits <= 9
                && matches!(bytes.get(digits), Some(b'.' | b')'))
                && space_or_end(bytes, digits + 1)
        }
        b'`' => run_of(bytes, 0) >= 3 && !bytes[run_of(bytes, 0)..].contains(&b'`'),
        b'~' => run_of(bytes, 0) >= 3,
        b'[' => definition(line),
        _ => false,
    }
}

/// How many times `bytes[at]` repeats from `at`.
fn run_of(bytes: &[u8], at: usize) -> usize {
    bytes[at..]
        .iter()
        .take_while(|&&byte| byte == bytes[at])
        .count()
}

fn space_or_end(bytes: &[u8], at: usize) -> bool {
    matches!(bytes.get(at), None | Some(b' ' | b'\t'))
}

/// Three or more of the same `*`, `-` or `_`, with only spaces and tabs
/// between them.
fn thematic_break(bytes: &[u8]) -> bool {
    let marker = bytes[0];
    bytes
        .iter()
        .all(|&byte| byte == marker || byte == b' ' || byte == b'\t')
        && bytes.iter().filter(|&&byte| byte == marker).count() >= 3
}

/// `[label]: destination "title"`, the whole line.
fn definition(line: &str) -> bool {
    let bytes = line.as_bytes();
    let Some(label_end) = label_end(bytes) else {
        return false;
    };
    if bytes.get(label_end) != Some(&b':') {
        return false;
    }
    let start = skip_space_or_tab(bytes, label_end + 1);
    let Some(end) = destination::destination_end(line, start, usize::MAX) else {
        return false;
    };
    let after = skip_space_or_tab(bytes, end);
    if after == bytes.len() {
        return true;
    }
    after > end
        && destination::title_end(line, after)
            .is_some_and(|title_end| skip_space_or_tab(bytes, title_end) == bytes.len())
}

/// Where a link label that starts at `bytes[0]` (a `[`) ends, past its
/// `]`: at most 999 bytes, no unescaped bracket inside, not only spaces and
/// tabs.
fn label_end(bytes: &[u8]) -> Option<usize> {
    let mut at = 1;
    let mut size = 0;
    let mut seen = false;
    loop {
        if size > 999 {
            return None;
        }
        match bytes.get(at)? {
            b'[' => return None,
            b']' => return seen.then_some(at + 1),
            &byte => {
                at += 1;
                size += 1;
                seen |= byte != b' ' && byte != b'\t';
                if byte == b'\\' && matches!(bytes.get(at), Some(b'[' | b'\\' | b']')) {
                    at += 1;
                    size += 1;
                }
            }
        }
    }
}
