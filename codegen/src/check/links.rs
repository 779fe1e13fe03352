//! The rule for a link's address in a description or the tips box: a web
//! address, or a page of the docs site, in characters nothing can misread.

use crate::characters::named;

/// What is wrong with a link's address, if anything: it must be an
/// `https://` or `http://` address, or a page of the docs site (relative,
/// like `./methods/create-task.md`, or from the site's root, like `/docs`),
/// written with characters that nothing can read as anything but an
/// address. `None` for a good one.
pub fn link_problem(url: &str) -> Option<String> {
    if let Some(bad) = url
        .chars()
        .find(|&c| !c.is_ascii_graphic() || "\\\"<>{}^`|".contains(c))
    {
        return Some(format!(
            "`{}` ({}) cannot stand in a link's address; remove it, or write it %-encoded",
            bad.escape_debug(),
            named(bad)
        ));
    }
    let scheme_end = url
        .find(':')
        .filter(|&colon| !url[..colon].contains(['/', '?', '#']));
    match scheme_end.map(|colon| &url[..colon]) {
        Some("https" | "http") if is_web_address(url) => None,
        Some("https" | "http") => Some(
            "it is not a full web address; write one with its host, like https://capmonster.cloud/"
                .to_string(),
        ),
        Some(scheme) => Some(format!(
            "links may only go to https:// or http:// addresses or to the docs site's own pages, not to `{scheme}:`; remove the link or use an https:// address"
        )),
        None if url.starts_with("//") => Some(
            "an address starting with // goes to another site; write it with https:// in front"
                .to_string(),
        ),
        None => None,
    }
}

/// Whether `url` is an absolute `http` or `https` address with a host.
pub fn is_web_address(url: &str) -> bool {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    rest.is_some_and(|rest| {
        !rest.is_empty()
            && !rest.starts_with('/')
            && !rest.contains(|c: char| {
                c.is_whitespace() || c.is_control() || "\"<>\\^`{|}".contains(c)
            })
    })
}
