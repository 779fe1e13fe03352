//! The rules for `[page_head]`: a component's name, the path of its module
//! and its properties' names, each something MDX and JavaScript read as
//! exactly that and nothing more.

use std::collections::BTreeSet;

use super::{Required, Validator};
use crate::model::catalog::PageHead;
use crate::read::raw::RawPageHead;
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

impl Validator<'_> {
    pub(super) fn page_head(&mut self, raw: &RawPageHead) -> Option<PageHead> {
        let required = Required {
            keys: &raw.keys,
            header: &raw.span,
            table: "[page_head] table",
        };
        let component = self.required(
            &raw.component,
            &required,
            "component",
            "component = \"ArticleHead\"",
        );
        let module = self.required(
            &raw.module,
            &required,
            "module",
            "module = \"src/theme/ArticleHead\"",
        );
        // Like an entry, the head is built whatever its checks find: a
        // problem anywhere fails the whole catalog.
        let checks = [
            component.map(|name| (name, component_problem(&name.value))),
            module.map(|module| (module, module_problem(&module.value))),
        ];
        for (at, problem) in checks.into_iter().flatten() {
            if let Some(problem) = problem {
                self.problem(&at.span, problem);
            }
        }
        let mut names_seen = BTreeSet::new();
        for (name, value) in &raw.properties {
            if let Some(problem) = property_problem(&name.value) {
                self.problem(&name.span, problem);
            }
            if !names_seen.insert(name.value.as_str()) {
                self.problem(
                    &name.span,
                    format!("the property `{}` is given twice; keep one", name.value),
                );
            }
            let what = format!("`{}` property", name.value);
            self.no_disruptive_character(value, &what);
        }
        Some(PageHead {
            component: component?.value.clone(),
            module: module?.value.clone(),
            properties: raw
                .properties
                .iter()
                .map(|(name, value)| (name.value.clone(), value.value.clone()))
                .collect(),
        })
    }
}
