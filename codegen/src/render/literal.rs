//! Text of the catalog on its way into Rust source.

/// `text` as a Rust string literal. `str`'s `Debug` escapes quotes,
/// backslashes and control characters and nothing else, so the literal
/// stands for exactly `text` and printable Unicode stays readable.
pub fn literal(text: &str) -> String {
    format!("{text:?}")
}
