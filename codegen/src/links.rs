//! Where the docs site publishes an entry, and where a description's links
//! lead once the page is published.

use std::collections::HashMap;

/// The anchors the docs site gives the page's headings, in order: each
/// heading's text slugged as Docusaurus does (github-slugger's rules), with
/// `-1`, `-2`, ... added to repeats.
pub fn heading_anchors<'a>(headings: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    headings
        .into_iter()
        .map(|heading| {
            let slug = slug(heading);
            let count = seen.entry(slug.clone()).or_insert(0);
            let anchor = match *count {
                0 => slug.clone(),
                n => format!("{slug}-{n}"),
            };
            *count += 1;
            anchor
        })
        .collect()
}

/// Lowercase; letters, digits, `-` and `_` kept; spaces become `-`;
/// everything else dropped.
fn slug(text: &str) -> String {
    text.to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            '-' | '_' => Some(c),
            c if c.is_alphanumeric() => Some(c),
            _ => None,
        })
        .collect()
}

/// The absolute address of a link written on the page published at
/// `page_url`, in a site whose root-relative links start at `site_url`.
///
/// Absolute addresses stay as written; `#anchor` is on the page itself;
/// `/path` starts at `site_url`; anything else is a file beside the page's
/// Markdown, whose `.md` ending the site drops.
pub fn resolve(url: &str, page_url: &str, site_url: &str) -> String {
    if url.contains("://") || url.starts_with("mailto:") {
        return url.to_string();
    }
    if url.starts_with('#') {
        return format!("{page_url}{url}");
    }
    let (path, fragment) = match url.find(['#', '?']) {
        Some(at) => url.split_at(at),
        None => (url, ""),
    };
    let path = path
        .strip_suffix(".mdx")
        .or_else(|| path.strip_suffix(".md"))
        .unwrap_or(path);
    if let Some(rooted) = path.strip_prefix('/') {
        return format!("{}/{rooted}{fragment}", site_url.trim_end_matches('/'));
    }
    let (origin, page_path) = split_origin(page_url);
    let mut segments: Vec<&str> = page_path.split('/').collect();
    segments.pop(); // the page itself: relative links start in its folder
    for segment in path.split('/') {
        match segment {
            "." | "" => {}
            ".." => {
                if segments.len() > 1 {
                    segments.pop();
                }
            }
            segment => segments.push(segment),
        }
    }
    format!("{origin}{}{fragment}", segments.join("/"))
}

/// `https://host` and `/the/path` of an absolute address.
fn split_origin(url: &str) -> (&str, &str) {
    let after_scheme = url.find("://").map_or(0, |at| at + 3);
    match url[after_scheme..].find('/') {
        Some(at) => url.split_at(after_scheme + at),
        None => (url, "/"),
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
