//! A link's destination and title, as CommonMark reads them after `](` or
//! a definition's `:`.

/// Where the destination that starts at `at` ends: `<...>`, or a run with
/// balanced parentheses, at most `max_depth` deep, and no space or control
/// character. `None` when there is none.
pub(super) fn destination_end(text: &str, at: usize, max_depth: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    if bytes.get(at) == Some(&b'<') {
        let mut end = at + 1;
        loop {
            match bytes.get(end) {
                None | Some(b'\n' | b'<') => return None,
                Some(b'>') => return Some(end + 1),
                Some(b'\\') if matches!(bytes.get(end + 1), Some(b'<' | b'>' | b'\\')) => end += 2,
                Some(_) => end += 1,
            }
        }
    }
    if matches!(bytes.get(at), None | Some(0x01..=0x1F | b' ' | b')' | 0x7F)) {
        return None;
    }
    let mut depth = 0;
    let mut end = at;
    loop {
        let byte = bytes.get(end).copied();
        if depth == 0 && matches!(byte, None | Some(b'\t' | b'\n' | b' ' | b')')) {
            return Some(end);
        }
        match byte {
            Some(b'(') if depth < max_depth => depth += 1,
            Some(b')') => depth -= 1,
            None | Some(0x01..=0x1F | b' ' | b'(' | 0x7F) => return None,
            Some(b'\\') if matches!(bytes.get(end + 1), Some(b'(' | b')' | b'\\')) => end += 1,
            Some(_) => {}
        }
        end += 1;
    }
}

/// The destination's text: without the angle brackets of `<...>`.
pub(super) fn destination_text(text: &str, at: usize, end: usize) -> &str {
    if text.as_bytes()[at] == b'<' {
        &text[at + 1..end - 1]
    } else {
        &text[at..end]
    }
}

/// Where the title that starts at `at` ends: `"..."`, `'...'` or `(...)`.
pub(super) fn title_end(text: &str, at: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let close = match bytes.get(at)? {
        b'"' => b'"',
        b'\'' => b'\'',
        b'(' => b')',
        _ => return None,
    };
    let mut end = at + 1;
    loop {
        match bytes.get(end)? {
            &byte if byte == close => return Some(end + 1),
            b'\n' => return None,
            b'\\' if matches!(bytes.get(end + 1), Some(b'"' | b'\'' | b')' | b'\\')) => end += 2,
            _ => end += 1,
        }
    }
}

/// A link's `(destination "title")` after its `]`, by offsets in the text.
pub(super) struct Resource {
    /// The destination's start and end (equal when there is none).
    pub start: usize,
    pub end: usize,
    /// The title's, quotes or parentheses included, if it has one.
    pub title: Option<(usize, usize)>,
    /// Just past the `)`.
    pub after: usize,
}

/// After a link's `]`: `(destination "title")`, or `()`.
pub(super) fn resource(text: &str, at: usize) -> Option<Resource> {
    let bytes = text.as_bytes();
    if bytes.get(at) != Some(&b'(') {
        return None;
    }
    let start = skip_space_or_tab(bytes, at + 1);
    if bytes.get(start) == Some(&b')') {
        return Some(Resource {
            start,
            end: start,
            title: None,
            after: start + 1,
        });
    }
    // The deepest nesting of parentheses markdown-rs reads in a link's
    // destination.
    let end = destination_end(text, start, 32)?;
    let mut after = skip_space_or_tab(bytes, end);
    let mut title = None;
    if after > end && matches!(bytes.get(after), Some(b'"' | b'\'' | b'(')) {
        let title_end = title_end(text, after)?;
        title = Some((after, title_end));
        after = skip_space_or_tab(bytes, title_end);
    }
    (bytes.get(after) == Some(&b')')).then_some(Resource {
        start,
        end,
        title,
        after: after + 1,
    })
}

/// Past the spaces and tabs at `at`.
pub(super) fn skip_space_or_tab(bytes: &[u8], at: usize) -> usize {
    at + bytes[at..]
        .iter()
        .take_while(|&&byte| byte == b' ' || byte == b'\t')
        .count()
}
