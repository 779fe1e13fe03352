//! The Rust names generated for codes and languages.

use heck::ToUpperCamelCase;

/// The variant name for an API code: UpperCamelCase of the code without its
/// leading `ERROR_`, since every variant is an error already.
pub fn variant_for_code(code: &str) -> String {
    code.strip_prefix("ERROR_")
        .unwrap_or(code)
        .to_upper_camel_case()
}

pub fn variant_for_language(tag: &str) -> String {
    tag.to_upper_camel_case()
}

/// Why `name` cannot be a variant name, or `None` when it can.
///
/// Beyond Rust's own rules, a variant must be UpperCamelCase: anything else
/// would make the generated code warn in every build of every dependent.
pub fn variant_name_problem(name: &str) -> Option<String> {
    let Some(first) = name.chars().next() else {
        return Some("the Rust name would be empty".into());
    };
    if !first.is_ascii_uppercase() {
        return Some(format!(
            "the Rust name `{name}` must start with a capital letter A-Z"
        ));
    }
    if !name.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Some(format!(
            "the Rust name `{name}` may contain only letters A-Z, a-z and digits"
        ));
    }
    if is_keyword(name) {
        return Some(format!("the Rust name `{name}` is a Rust keyword"));
    }
    if name.to_upper_camel_case() != name {
        return Some(format!(
            "the Rust name `{name}` is not UpperCamelCase (it would be `{}`)",
            name.to_upper_camel_case()
        ));
    }
    None
}

/// Every Rust keyword, strict and reserved, in all editions. Only `Self`
/// can reach here in UpperCamelCase, but the list is complete so that the
/// rule does not depend on that.
fn is_keyword(name: &str) -> bool {
    const KEYWORDS: &[&str] = &[
        "Self", "abstract", "as", "async", "await", "become", "box", "break", "const", "continue",
        "crate", "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if",
        "impl", "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv",
        "pub", "ref", "return", "self", "static", "struct", "super", "trait", "true", "try",
        "type", "typeof", "union", "unsafe", "unsized", "use", "virtual", "where", "while",
        "yield",
    ];
    KEYWORDS.contains(&name)
}
