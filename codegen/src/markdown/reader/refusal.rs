//! What the reader reports instead of reading: the places where CommonMark
//! might see raw HTML, an autolink or a character reference, which the
//! catalog's Markdown leaves out and its check refuses.

/// Where CommonMark might read something the catalog's Markdown leaves
/// out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// The byte offset in the line read.
    pub at: usize,
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
}
