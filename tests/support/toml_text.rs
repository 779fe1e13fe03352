//! Writing test catalogs as TOML text.

/// `text` as a TOML basic string: quotes, backslashes and control
/// characters escaped, everything else as it is.
pub fn basic_string(text: &str) -> String {
    let mut out = String::from('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() && c != '\t' => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The `[page.LANG]` tables a catalog in `languages` needs, with plain text.
pub fn pages(languages: &[&str]) -> String {
    languages
        .iter()
        .map(|language| {
            format!(
                "\n[page.{language}]\nurl = \"https://docs.example.com/{language}/errors\"\nsite_url = \"https://docs.example.com/{language}\"\nfront_matter = \"\"\nheading = \"H\"\nadvice_title = \"A\"\nadvice = [\"a\"]\ncode_label = \"L \"\n"
            )
        })
        .collect()
}
