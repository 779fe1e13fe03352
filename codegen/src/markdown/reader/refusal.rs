//! What the reader reports instead of reading: the places where CommonMark
//! might see raw HTML, an autolink or a character reference, and the
//! titles of links, which the catalog's Markdown leaves out and its check
//! refuses.

/// Where CommonMark might read something the catalog's Markdown leaves
/// out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// The byte offset in the line read (in the description, once
    /// [`parse_checked`](crate::markdown::parse_checked) has mapped it).
    pub at: usize,
    /// Just past the refused text, counted as `at` is.
    pub end: usize,
    pub kind: RefusalKind,
    /// The text in question, as written.
    pub written: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefusalKind {
    /// `<` then a letter, `/`, `!` or `?`, or an address or email address
    /// in angle brackets: raw HTML or an autolink.
    AngleBracket,
    /// `&name;`, `&#35;` or `&#x23;`.
    CharacterReference,
    /// A link's title, `[a](https://x.example "title")`: the pages, rustdoc
    /// and the site would each show it otherwise, if at all.
    LinkTitle,
}
