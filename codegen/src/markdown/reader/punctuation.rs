//! Unicode punctuation, as markdown-rs counts it beside `*` and `_`.

use super::punctuation_table::RANGES;

pub(super) fn is_unicode_punctuation(c: char) -> bool {
    if c.is_ascii() {
        return false;
    }
    RANGES
        .binary_search_by(|&(first, last)| {
            if last < c {
                std::cmp::Ordering::Less
            } else if first > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}
