//! The component of the docs site's theme that every page opens with,
//! configured in errors.toml as data (`[page_head]`): what it is called,
//! where it lives, and its string properties. The page gets the
//! `import` and the element; nothing a doc writer types here reaches the
//! page but as a name checked to be one (`crate::check::page_head`), or as
//! the text of a string.

use std::fmt::Write;

use crate::model::catalog::PageHead;

/// The page's `import` line, a blank line and the element, for a page
/// whose file lives at `page_path` in the site (`None`: not known, and the
/// import goes through Docusaurus's `@site` alias instead).
pub fn render(head: &PageHead, page_path: Option<&str>) -> String {
    let mut out = String::new();
    // Writing to a String cannot fail.
    let _ = writeln!(
        out,
        "import {{ {} }} from '{}';\n",
        head.component,
        import_path(&head.module, page_path)
    );
    let _ = write!(out, "<{}", head.component);
    for (name, value) in &head.properties {
        let _ = write!(out, " {name}={}", attribute_value(value));
    }
    out.push_str(" />\n");
    out
}

/// `module` as the page at `page_path` imports it: relative, as the
/// site's own pages do, one `..` for each folder the page is in.
fn import_path(module: &str, page_path: Option<&str>) -> String {
    match page_path {
        Some(path) => {
            let depth = path.matches('/').count();
            format!("{}{module}", "../".repeat(depth))
        }
        None => format!("@site/{module}"),
    }
}

/// A JSX attribute's value holding exactly `value`: `"value"` where that
/// reads back as the same text, else a JavaScript string in braces in
/// which every character that JSX, MDX or JavaScript could read as
/// anything but text is a `\u` escape.
fn attribute_value(value: &str) -> String {
    let plain = value.chars().all(|c| {
        !c.is_control() && !"\"\\{}<>&'`".contains(c) && c != '\u{2028}' && c != '\u{2029}'
    });
    if plain {
        return format!("\"{value}\"");
    }
    let mut out = String::from("{\"");
    for c in value.chars() {
        if c.is_ascii_alphanumeric() || (c.is_ascii() && " -_./:,;!?()[]=+*#@%~|^$".contains(c)) {
            out.push(c);
        } else if (c as u32) < 0x10000 {
            let _ = write!(out, "\\u{:04X}", c as u32);
        } else {
            // A JavaScript string is UTF-16: a surrogate pair.
            let mut units = [0; 2];
            for unit in c.encode_utf16(&mut units) {
                let _ = write!(out, "\\u{:04X}", unit);
            }
        }
    }
    out.push_str("\"}");
    out
}
