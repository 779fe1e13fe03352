//! The rule for the words a page may phrase (`retry_never`, `advice_label`,
//! ...): each on one line, with the delay's placeholder exactly where a
//! delay goes.

use super::*;

impl Validator<'_> {
    /// The words `raw` gives.
    pub(super) fn words(&mut self, raw: &RawPage) {
        for (word, text) in &raw.words {
            let what = format!("`{}`", word.key());
            self.one_line_with_links(text, &what);
            let placeholders = text.value.matches(DELAY_PLACEHOLDER).count();
            let wanted = usize::from(*word == Word::RetrySameRequestAfter);
            let problem = match (wanted, placeholders) {
                (1, 0) => format!(
                    "`{}` has no {DELAY_PLACEHOLDER}; write {DELAY_PLACEHOLDER} once, where the number of milliseconds goes",
                    word.key()
                ),
                (1, 1) | (0, 0) => continue,
                (1, _) => format!(
                    "`{}` has {DELAY_PLACEHOLDER} {placeholders} times; keep one",
                    word.key()
                ),
                _ => format!(
                    "`{}` has {DELAY_PLACEHOLDER}, but no delay goes with it; remove {DELAY_PLACEHOLDER}: only `retry_same_request_after` has one",
                    word.key()
                ),
            };
            // At the placeholder to remove (the second, of several), else
            // the whole text, where one is missing.
            let extra = text
                .value
                .match_indices(DELAY_PLACEHOLDER)
                .nth(wanted)
                .map(|(at, _)| at..at + DELAY_PLACEHOLDER.len());
            let span = match extra {
                Some(extra) => self.span_within(text, extra),
                None => text.span.clone(),
            };
            self.problem(&span, problem);
        }
    }
}
