//! The inline content of a paragraph: escapes, code spans, links and
//! images, emphasis. Links are matched when their `]` is read, and
//! emphasis within a link's text then, the rest at the end, as markdown-rs
//! matches them.

use super::destination;
use super::refusal::{Refusal, RefusalKind};
use super::{Kind, kind, reference_len, unescape};
use crate::markdown::inline::{self, Inline};

enum Piece {
    Node(Inline),
    Text(String),
    Delimiters(Delimiters),
    Bracket { image: bool, active: bool },
}

/// A run of `*` or `_`: what is left of it, and whether it may open or
/// close emphasis.
struct Delimiters {
    marker: char,
    size: usize,
    open: bool,
    close: bool,
}

/// The inline content of `line` from `start` on, and every refusal in it,
/// in the order of the line.
pub(super) fn read(line: &str, start: usize) -> (Vec<Inline>, Vec<Refusal>) {
    let mut reader = Reader {
        line,
        at: start,
        pieces: Vec::new(),
        refusals: Vec::new(),
    };
    reader.read();
    let mut pieces = reader.pieces;
    match_emphasis(&mut pieces, 0);
    (into_inlines(pieces), reader.refusals)
}

struct Reader<'a> {
    line: &'a str,
    at: usize,
    pieces: Vec<Piece>,
    refusals: Vec<Refusal>,
}

impl Reader<'_> {
    fn read(&mut self) {
        let bytes = self.line.as_bytes();
        while self.at < bytes.len() {
            match bytes[self.at] {
                b'\\' => self.escape(),
                b'`' => self.code_span(),
                b'&' => {
                    if let Some(len) = reference_len(&self.line[self.at..]) {
                        self.refuse(self.at, len, RefusalKind::CharacterReference);
                    }
                    self.text_until(self.at + 1);
                }
                b'<' => {
                    if let Some(len) = angle_bracket_len(&self.line[self.at..]) {
                        self.refuse(self.at, len, RefusalKind::AngleBracket);
                    }
                    self.text_until(self.at + 1);
                }
                b'!' if bytes.get(self.at + 1) == Some(&b'[') => {
                    self.pieces.push(Piece::Bracket {
                        image: true,
                        active: true,
                    });
                    self.at += 2;
                }
                b'[' => {
                    self.pieces.push(Piece::Bracket {
                        image: false,
                        active: true,
                    });
                    self.at += 1;
                }
                b']' => self.close_bracket(),
                b'*' | b'_' => self.delimiters(),
                _ => {
                    let end = bytes[self.at + 1..]
                        .iter()
                        // A `match`, not `<[u8]>::contains`: that is a call
                        // to `memchr` a byte, a fifth of the check's time in
                        // WebAssembly, which has no SIMD `memchr`.
                        .position(|&byte| {
                            matches!(
                                byte,
                                b'\\' | b'`' | b'&' | b'<' | b'!' | b'[' | b']' | b'*' | b'_'
                            )
                        })
                        .map_or(bytes.len(), |offset| self.at + 1 + offset);
                    self.text_until(end);
                }
            }
        }
    }

    fn refuse(&mut self, at: usize, len: usize, kind: RefusalKind) {
        self.refusals.push(Refusal {
            at,
            end: at + len,
            kind,
            written: self.line[at..at + len].to_string(),
        });
    }

    /// Text from here to `end`, as written.
    fn text_until(&mut self, end: usize) {
        push_text(&mut self.pieces, &self.line[self.at..end]);
        self.at = end;
    }

    fn escape(&mut self) {
        match self.line[self.at + 1..].chars().next() {
            Some(c) if c.is_ascii_punctuation() => {
                push_text(&mut self.pieces, &self.line[self.at + 1..self.at + 2]);
                self.at += 2;
            }
            _ => self.text_until(self.at + 1),
        }
    }

    /// A code span, ended by the next run of as many backticks; without
    /// one, the backticks are text.
    fn code_span(&mut self) {
        let bytes = self.line.as_bytes();
        let run = backticks(bytes, self.at);
        let mut search = self.at + run;
        while let Some(offset) = bytes[search..].iter().position(|&byte| byte == b'`') {
            let start = search + offset;
            let closing = backticks(bytes, start);
            if closing == run {
                let content = &self.line[self.at + run..start];
                let strip = content.len() >= 2
                    && content.starts_with(' ')
                    && content.ends_with(' ')
                    && content.bytes().any(|byte| byte != b' ');
                let content = if strip {
                    &content[1..content.len() - 1]
                } else {
                    content
                };
                self.pieces
                    .push(Piece::Node(Inline::Code(content.to_string())));
                self.at = start + closing;
                return;
            }
            search = start + closing;
        }
        self.text_until(self.at + run);
    }

    /// A run of `*` or `_`, and what it may open or close, judged by the
    /// characters on either side as markdown-rs judges them.
    fn delimiters(&mut self) {
        let bytes = self.line.as_bytes();
        let start = self.at;
        let marker = bytes[start];
        let end = start
            + bytes[start..]
                .iter()
                .take_while(|&&byte| byte == marker)
                .count();
        let before_char = self.line[..start].chars().next_back();
        let after_char = self.line[end..].chars().next();
        let (before, after) = (kind(before_char), kind(after_char));
        let open = after == Kind::Other
            || (after == Kind::Punctuation && before != Kind::Other)
            || matches!(after_char, Some('*' | '_'));
        let close = before == Kind::Other
            || (before == Kind::Punctuation && after != Kind::Other)
            || matches!(before_char, Some('*' | '_'));
        let (open, close) = if marker == b'_' {
            (
                open && (before != Kind::Other || !close),
                close && (after != Kind::Other || !open),
            )
        } else {
            (open, close)
        };
        self.pieces.push(Piece::Delimiters(Delimiters {
            marker: marker as char,
            size: end - start,
            open,
            close,
        }));
        self.at = end;
    }

    /// A `]`: the link or image it closes, when the last `[` or `![` before
    /// it is active and a resource follows; else text.
    fn close_bracket(&mut self) {
        let Some(opener) = self
            .pieces
            .iter()
            .rposition(|piece| matches!(piece, Piece::Bracket { .. }))
        else {
            self.text_until(self.at + 1);
            return;
        };
        let Piece::Bracket { image, active } = self.pieces[opener] else {
            unreachable!("found as a bracket")
        };
        let resource = if active {
            destination::resource(self.line, self.at + 1)
        } else {
            None
        };
        let Some(destination::Resource {
            start,
            end,
            title,
            after: resource_end,
        }) = resource
        else {
            self.pieces[opener] = Piece::Text(if image { "![" } else { "[" }.to_string());
            self.text_until(self.at + 1);
            return;
        };
        let written = if start == end {
            ""
        } else {
            destination::destination_text(self.line, start, end)
        };
        // A character reference in the address would change it.
        if let Some((offset, len)) = written
            .match_indices('&')
            .find_map(|(offset, _)| reference_len(&written[offset..]).map(|len| (offset, len)))
        {
            let written_at = start + usize::from(self.line.as_bytes()[start] == b'<');
            self.refuse(written_at + offset, len, RefusalKind::CharacterReference);
        }
        if let Some((title_start, title_end)) = title {
            self.refuse(title_start, title_end - title_start, RefusalKind::LinkTitle);
        }
        let url = unescape(written);
        match_emphasis(&mut self.pieces, opener + 1);
        let content = into_inlines(self.pieces.drain(opener + 1..).collect());
        self.pieces[opener] = Piece::Node(if image {
            let mut alt = String::new();
            alt_text(&content, &mut alt);
            Inline::Image {
                text: vec![Inline::Text(alt)],
                url,
            }
        } else {
            Inline::Link { text: content, url }
        });
        if !image {
            for piece in &mut self.pieces[..opener] {
                if let Piece::Bracket {
                    image: false,
                    active,
                } = piece
                {
                    *active = false;
                }
            }
        }
        self.at = resource_end;
    }
}

/// An image's description as markdown-rs gives it: the text of its
/// content, in which an image inside counts for nothing.
fn alt_text(pieces: &[Inline], out: &mut String) {
    for piece in pieces {
        match piece {
            Inline::Text(text) | Inline::Code(text) => out.push_str(text),
            Inline::Strong(inner, _)
            | Inline::Emphasis(inner, _)
            | Inline::Link { text: inner, .. } => alt_text(inner, out),
            Inline::Image { .. } => {}
        }
    }
}

fn backticks(bytes: &[u8], at: usize) -> usize {
    bytes[at..].iter().take_while(|&&byte| byte == b'`').count()
}

/// The length of what CommonMark might read as raw HTML or an autolink at
/// the start of `text` (a `<`): `<` then a letter, `/`, `!` or `?`, or an
/// email address in angle brackets.
fn angle_bracket_len(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    match bytes.get(1)? {
        b'A'..=b'Z' | b'a'..=b'z' | b'/' | b'!' | b'?' => {
            let end = bytes
                .iter()
                .position(|&byte| byte == b'>')
                .map_or(2, |end| end + 1);
            Some(end.min(text.len()))
        }
        _ => email_autolink_len(bytes),
    }
}

/// `<local@domain>`, as markdown-rs reads an email autolink.
fn email_autolink_len(bytes: &[u8]) -> Option<usize> {
    let is_local = |byte: &u8| matches!(byte, b'#'..=b'\'' | b'*' | b'+' | b'-'..=b'9' | b'=' | b'?' | b'A'..=b'Z' | b'^'..=b'~');
    let local = bytes[1..].iter().take_while(|byte| is_local(byte)).count();
    if local == 0 || bytes.get(1 + local) != Some(&b'@') {
        return None;
    }
    let mut at = 2 + local;
    loop {
        // A label: letters, digits and inner `-`, at most 63.
        let label = bytes[at..]
            .iter()
            .take_while(|byte| byte.is_ascii_alphanumeric() || **byte == b'-')
            .count();
        if label == 0 || label > 63 || bytes[at] == b'-' || bytes[at + label - 1] == b'-' {
            return None;
        }
        at += label;
        match bytes.get(at)? {
            b'.' => at += 1,
            b'>' => return Some(at + 1),
            _ => return None,
        }
    }
}

/// Matches emphasis among the runs from `start` on, as markdown-rs does:
/// each closing run, left to right, with the nearest run before it that
/// may open, of the same marker, unless one of them may both open and
/// close and their sizes add up to a multiple of 3 (but for the closer's
/// own being one).
fn match_emphasis(pieces: &mut Vec<Piece>, start: usize) {
    let mut close = start;
    while close < pieces.len() {
        let (marker, close_size, close_opens) = match &pieces[close] {
            Piece::Delimiters(run) if run.close && run.size > 0 => (run.marker, run.size, run.open),
            _ => {
                close += 1;
                continue;
            }
        };
        let opener = (start..close).rev().find(|&index| match &pieces[index] {
            Piece::Delimiters(run) if run.open && run.marker == marker && run.size > 0 => {
                !((run.close || close_opens)
                    && close_size % 3 != 0
                    && (run.size + close_size) % 3 == 0)
            }
            _ => false,
        });
        let Some(open) = opener else {
            close += 1;
            continue;
        };
        let Piece::Delimiters(opening) = &pieces[open] else {
            unreachable!("found as a run")
        };
        let take = if opening.size > 1 && close_size > 1 {
            2
        } else {
            1
        };
        for index in [open, close] {
            if let Piece::Delimiters(run) = &mut pieces[index] {
                run.size -= take;
            }
        }
        let content = into_inlines(pieces.drain(open + 1..close).collect());
        pieces.insert(
            open + 1,
            Piece::Node(if take == 2 {
                Inline::Strong(content, marker)
            } else {
                Inline::Emphasis(content, marker)
            }),
        );
        let mut next = open + 2;
        if matches!(&pieces[next], Piece::Delimiters(run) if run.size == 0) {
            pieces.remove(next);
        }
        if matches!(&pieces[open], Piece::Delimiters(run) if run.size == 0) {
            pieces.remove(open);
            next -= 1;
        }
        close = next;
    }
}

/// The pieces as inline content: unmatched runs and brackets as text.
fn into_inlines(pieces: Vec<Piece>) -> Vec<Inline> {
    let mut out = Vec::new();
    for piece in pieces {
        match piece {
            Piece::Node(node) => out.push(node),
            Piece::Text(text) => push_inline_text(&mut out, &text),
            Piece::Delimiters(run) => {
                push_inline_text(&mut out, &run.marker.to_string().repeat(run.size))
            }
            Piece::Bracket { image, .. } => {
                push_inline_text(&mut out, if image { "![" } else { "[" })
            }
        }
    }
    out
}

fn push_text(pieces: &mut Vec<Piece>, text: &str) {
    if let Some(Piece::Text(last)) = pieces.last_mut() {
        last.push_str(text);
    } else {
        pieces.push(Piece::Text(text.to_string()));
    }
}

fn push_inline_text(out: &mut Vec<Inline>, text: &str) {
    if !text.is_empty() {
        inline::push_text(out, text);
    }
}
