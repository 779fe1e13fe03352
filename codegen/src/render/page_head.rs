//! The component of the docs site's theme that every page opens with,
//! configured in errors.toml as data (`[page_head]`): what it is called,
//! where it lives, and its string properties. The generator writes the
//! `import` and the element; nothing a doc writer types here reaches the
//! page but as a name checked to be one, or as the text of a string.

#[cfg(feature = "pages")]
use std::fmt::Write;

#[cfg(feature = "pages")]
use crate::model::catalog::PageHead;

/// What is wrong with `name` as the component's name, if anything: MDX
/// takes an element whose name starts with a capital letter for a
/// component, and the name is also what the module exports.
pub fn component_problem(name: &str) -> Option<String> {
    let mut chars = name.chars();
    let first_ok = chars.next().is_some_and(|c| c.is_ascii_uppercase());
    if first_ok && chars.all(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    Some(format!(
        "`component` {name:?} is not a component's name; write the name the theme exports it as: a capital letter A-Z, then letters and digits, like \"ArticleHead\""
    ))
}

/// What is wrong with `module` as a path from the site's root to the
/// component's module, if anything.
pub fn module_problem(module: &str) -> Option<String> {
    if crate::site_paths::is_plain_path(module) {
        return None;
    }
    Some(format!(
        "`module` {module:?} is not a path from the docs site's root; write the component's folders and name (letters, digits, -, _ and .) joined by /, like \"src/theme/ArticleHead\""
    ))
}

/// What is wrong with `name` as a property's name, if anything.
pub fn property_problem(name: &str) -> Option<String> {
    let mut chars = name.chars();
    let first_ok = chars.next().is_some_and(|c| c.is_ascii_alphabetic());
    if first_ok && chars.all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return None;
    }
    Some(format!(
        "the property name {name:?} cannot be written on the element; use letters, digits and _, starting with a letter, like slug"
    ))
}

#[cfg(feature = "pages")]
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

#[cfg(feature = "pages")]
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

#[cfg(feature = "pages")]
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
