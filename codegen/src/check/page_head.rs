//! The rules for `[page_head]`: a component's name, the path of its module
//! and its properties' names, each something MDX and JavaScript read as
//! exactly that and nothing more.

use crate::site::paths::is_plain_path;

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
    if is_plain_path(module) {
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
