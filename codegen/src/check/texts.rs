//! The rules for the catalog's text: descriptions in every language, the
//! cross-language lint, links, and characters that cannot be shown.

use std::ops::Range;

use super::*;

impl Validator<'_> {
    pub(super) fn descriptions(
        &mut self,
        raw: &RawEntry,
        languages: Option<&[Language]>,
    ) -> Option<Vec<String>> {
        let Some(table) = &raw.description_span else {
            if raw.keys.iter().any(|key| key == "description") {
                return None;
            }
            self.problem(
                &raw.span,
                "this entry has no `[error.description]`; add that line below the entry's keys, then one line per language, like en = \"...\"",
            );
            return None;
        };
        let mut ok = true;
        for (language, text) in &raw.descriptions {
            let declared =
                languages.is_none_or(|all| all.iter().any(|known| known.tag == language.value));
            let lowercase = language.value.to_lowercase();
            let in_other_case =
                languages.is_some_and(|all| all.iter().any(|known| known.tag == lowercase));
            if !declared && in_other_case {
                self.problem(
                    &language.span,
                    format!(
                        "the language key `{}` has capital letters; write it in lowercase: `{lowercase}`",
                        language.value
                    ),
                );
                ok = false;
            } else if !declared {
                self.problem(
                    &language.span,
                    format!(
                        "language {} is not declared in `languages` under [catalog]; add it there, or remove this line",
                        quote(&language.value)
                    ),
                );
                ok = false;
            } else if let Some(text) = text {
                let what = format!("`{}` description", language.value);
                if !self.no_disruptive_character_but_line_feeds(text, &language.value)
                    || !self.links(text, &what)
                {
                    ok = false;
                } else if !characters::is_visible(&text.value) {
                    self.problem(
                        &text.span,
                        format!(
                            "the `{}` description is empty; write the text between the quotes",
                            language.value
                        ),
                    );
                    ok = false;
                }
            }
        }
        let mut texts = Vec::new();
        let mut described = Vec::new();
        for language in languages? {
            let text = raw
                .descriptions
                .iter()
                .find(|(tag, _)| tag.value == language.tag);
            match text {
                Some((tag, Some(text))) => {
                    texts.push(text.value.trim().to_string());
                    described.push((tag, text));
                }
                // Reported by the parser as a value of the wrong type.
                Some((_, None)) => ok = false,
                // Written in capitals, and reported so.
                None if raw
                    .descriptions
                    .iter()
                    .any(|(tag, _)| tag.value.to_lowercase() == language.tag) =>
                {
                    ok = false;
                }
                None => {
                    self.problem(
                        table,
                        format!(
                            "the `{0}` description is missing; add a line {0} = \"...\" under [error.description]",
                            language.tag
                        ),
                    );
                    ok = false;
                }
            }
        }
        if ok {
            ok = self.consistent(raw, &described);
        }
        ok.then_some(texts)
    }

    /// Reports what the [cross-language lint](super::cross_language) finds
    /// in an entry's descriptions.
    pub(super) fn consistent(
        &mut self,
        raw: &RawEntry,
        described: &[(&At<String>, &At<String>)],
    ) -> bool {
        let texts: Vec<&str> = described
            .iter()
            .map(|(_, text)| text.value.as_str())
            .collect();
        let may_differ: Vec<&str> = raw
            .may_differ
            .iter()
            .map(|item| item.value.as_str())
            .collect();
        let findings = cross_language::lint(&texts, &may_differ);
        for (lacking, missing, has_it) in &findings.missing {
            let (language, text) = described[*lacking];
            let (other, _) = described[*has_it];
            self.problem(
                &text.span,
                format!(
                    "the `{}` description lacks {missing}, which the `{}` description has; add it, or if the difference is intended, add {} to `may_differ` in this entry",
                    language.value,
                    other.value,
                    quote(missing.target())
                ),
            );
        }
        for &index in &findings.needless {
            let item = &raw.may_differ[index];
            self.problem(
                &item.span,
                format!(
                    "`may_differ` lists {}, but no link target or code span by that name differs between the descriptions; remove it from the list",
                    quote(&item.value)
                ),
            );
        }
        findings == cross_language::Findings::default()
    }

    /// Checks a piece of Markdown text as CommonMark reads it: nothing in it
    /// may read as raw HTML, an autolink or a character reference, which
    /// the catalog's Markdown leaves out; every link goes to a web address
    /// or a page of the docs site, by an address nothing can read as
    /// anything else; and there is no image.
    pub(super) fn links(&mut self, text: &At<String>, what: &str) -> bool {
        let (pieces, refusals) = markdown::parse_checked(&text.value);
        if !refusals.is_empty() {
            for refusal in &refusals {
                let span = self.span_within(text, refusal.at..refusal.end);
                self.problem(&span, refused(refusal, what));
            }
            return false;
        }
        let mut ok = true;
        // Where to look for the next link or image in the text: they are
        // met in the order they are written.
        let mut searched = 0;
        walk(&pieces, &mut |visit| {
            let Visit::Enter(piece) = visit else {
                return;
            };
            // An image's `!` (of its `![`), which the fix removes; a
            // link's address.
            let sought = match piece {
                Inline::Image { .. } => Some(("![", 1)),
                Inline::Link { url, .. } => Some((url.as_str(), url.len())),
                _ => None,
            };
            let address = sought.and_then(|(written, pointed)| {
                let start = searched + text.value[searched..].find(written)?;
                searched = start + written.len();
                Some(start..start + pointed)
            });
            let problem = match piece {
                Inline::Image { url, .. } => Some(format!(
                    "the {what} shows an image ![...]({url}); images are not allowed in the catalog's text, so remove the `!` to make it a link"
                )),
                Inline::Link { url, .. } => links::link_problem(url)
                    .map(|problem| format!("the {what} links to {}: {problem}", quote(url))),
                Inline::Text(_) | Inline::Code(_) | Inline::Strong(..) | Inline::Emphasis(..) => {
                    None
                }
            };
            if let Some(problem) = problem {
                // At the address as written; the whole text when escapes
                // in the address keep it from being found as read.
                let span = match address {
                    Some(address) => self.span_within(text, address),
                    None => text.span.clone(),
                };
                self.problem(&span, problem);
                ok = false;
            }
        });
        ok
    }

    /// A piece of page text: not empty, on one line, and then its Markdown
    /// as [`links`](Self::links) reads it. A text that is empty or broken
    /// over lines gets that one problem, not those of its pieces as well.
    pub(super) fn one_line_with_links(&mut self, text: &At<String>, what: &str) {
        if self.one_line(text, what) {
            self.links(text, what);
        }
    }

    /// Checks that a piece of page text is not empty and fits on one line.
    pub(super) fn one_line(&mut self, text: &At<String>, what: &str) -> bool {
        if !self.no_disruptive_character(text, what) {
            return false;
        }
        let problem = if !characters::is_visible(&text.value) {
            format!("the {what} is empty; write the text between the quotes")
        } else if text.value.contains(['\n', '\r']) {
            format!("the {what} must fit on one line; remove the line break")
        } else {
            return true;
        };
        self.problem(&text.span, problem);
        false
    }

    /// The first stray character of `text` that `suspect` picks out: where
    /// it is written in the file (an escape that makes it included), the
    /// character, and what it is.
    pub(super) fn first_stray(
        &self,
        text: &At<String>,
        suspect: impl Fn(char) -> bool,
    ) -> Option<(Range<usize>, char, Stray)> {
        let (index, c, kind) = text
            .value
            .char_indices()
            .filter(|&(_, c)| suspect(c))
            .find_map(|(index, c)| Some((index, c, stray(c)?)))?;
        Some((self.span_within(text, index..index + c.len_utf8()), c, kind))
    }

    /// Where the bytes `range` of `text`'s value are written in the file:
    /// from the first's character (or the escape that makes it) to the
    /// next character's; the whole string when it cannot be read back.
    pub(super) fn span_within(&self, text: &At<String>, range: Range<usize>) -> Range<usize> {
        let offsets = self
            .lines
            .text()
            .get(text.span.clone())
            .and_then(|written| string_offsets::value_offsets(written, &text.value));
        match offsets {
            Some(offsets) => {
                text.span.start + offsets[range.start]..text.span.start + offsets[range.end]
            }
            None => text.span.clone(),
        }
    }

    /// As [`Validator::no_disruptive_character`], for a description, which
    /// may hold line feeds (multi-line TOML text).
    pub(super) fn no_disruptive_character_but_line_feeds(
        &mut self,
        text: &At<String>,
        language: &str,
    ) -> bool {
        let Some((written, c, kind)) = self.first_stray(text, characters::is_disruptive) else {
            return true;
        };
        self.problem(
            &written,
            format!(
                "the `{language}` description holds {}; delete it",
                describe(c, kind)
            ),
        );
        false
    }

    /// Reports a character in `text` that could break the line it is shown
    /// on or hide what follows: controls, line separators, direction
    /// overrides. Line feeds are allowed in descriptions only.
    pub(super) fn no_disruptive_character(&mut self, text: &At<String>, what: &str) -> bool {
        let found = self.first_stray(text, |c| characters::is_disruptive(c) || c == '\n');
        let Some((written, c, kind)) = found else {
            return true;
        };
        let is_line_break = matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}');
        if is_line_break {
            self.problem(
                &written,
                format!(
                    "the {what} holds {}, a line break, but must fit on one line; remove it",
                    characters::named(c)
                ),
            );
            return false;
        }
        let fix = "delete it";
        self.problem(
            &written,
            format!("the {what} holds {}; {fix}", describe(c, kind)),
        );
        false
    }
}

/// What is wrong with what CommonMark might read as HTML, an autolink or a
/// character reference, and how to show it as typed instead.
fn refused(refusal: &reader::Refusal, what: &str) -> String {
    let written = quote(&refusal.written);
    match refusal.kind {
        reader::RefusalKind::AngleBracket => {
            let inside = refusal
                .written
                .strip_prefix('<')
                .and_then(|rest| rest.strip_suffix('>'))
                .filter(|inside| !inside.contains([' ', '<']));
            let fix = match inside {
                Some(address) if is_web_address(address) => {
                    format!("to link to it, write [{address}]({address})")
                }
                Some(address) if address.contains('@') && !address.contains(':') => {
                    format!("write the address without the angle brackets: {address}")
                }
                _ => format!(
                    "to show it as typed, put a backslash before the <, written \\\\ in this file: \\\\{}",
                    refusal.written
                ),
            };
            format!(
                "the {what} has {written}, which Markdown can read as HTML or as an address in angle brackets, and the catalog's text holds neither; {fix}"
            )
        }
        reader::RefusalKind::CharacterReference => {
            let fix = match numeric_reference(&refusal.written) {
                Some(c) if characters::is_disruptive(c) || characters::is_invisible(c) => {
                    format!(
                        "it stands for {}, which cannot be shown; delete it",
                        characters::named(c)
                    )
                }
                Some(c) => format!("write {} itself in its place", quote(&c.to_string())),
                None => "write the character it stands for in its place".to_string(),
            };
            format!(
                "the {what} has {written}, which Markdown reads as a character reference, and the catalog's text holds none; {fix}"
            )
        }
        reader::RefusalKind::LinkTitle => {
            // Without its quotes or parentheses.
            let title = &refusal.written[1..refusal.written.len() - 1];
            format!(
                "the {what} gives a link the title {}, and the catalog's links have none (the docs pages would not show it); delete it, with the space before it, from inside the link's parentheses",
                quote(title)
            )
        }
    }
}

/// The character a numeric reference (`&#35;`, `&#x23;`) stands for.
fn numeric_reference(reference: &str) -> Option<char> {
    let number = reference.strip_prefix("&#")?.strip_suffix(';')?;
    let value = match number.strip_prefix(['x', 'X']) {
        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
        None => number.parse().ok()?,
    };
    char::from_u32(value)
}
