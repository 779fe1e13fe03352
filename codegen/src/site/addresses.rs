//! Where the docs site publishes an entry, and where a description's links
//! lead once the page is published.

/// The id of the page's section on retrying, fixed so that links to it
/// hold in every language.
pub const RETRY_SECTION_ANCHOR: &str = "retrying-requests";

/// A heading id made from an entry's code, as the docs site would slug a
/// heading that is the code: `ERROR_ZERO_BALANCE` gives `error_zero_balance`.
pub fn anchor_for_code(code: &str) -> String {
    slug(code)
}

/// Whether `id` can be a heading id: lowercase ASCII letters, digits, `-`
/// and `_`, starting with a letter or digit.
pub fn is_anchor(id: &str) -> bool {
    id.chars()
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
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
/// Markdown, whose `.md` or `.mdx` ending the site drops. A `page_url`
/// that ends in `/` means the site serves every page so
/// (`trailingSlash: true`): the site's own addresses made here end their
/// path in `/` too, as the site serves them, with no redirect on the way.
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
    let slash = if page_url.ends_with('/') && !path.ends_with('/') && !names_a_file(path) {
        "/"
    } else {
        ""
    };
    if let Some(rooted) = path.strip_prefix('/') {
        return format!(
            "{}/{rooted}{slash}{fragment}",
            site_url.trim_end_matches('/')
        );
    }
    let (origin, page_path) = split_origin(page_url.trim_end_matches('/'));
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
    format!("{origin}{}{slash}{fragment}", segments.join("/"))
}

/// Whether the last segment of `path` has an ending, like `logo.png`: a
/// static file, which a site serves without a trailing `/`.
fn names_a_file(path: &str) -> bool {
    path.rsplit('/')
        .next()
        .is_some_and(|last| last.contains('.'))
}

/// `https://host` and `/the/path` of an absolute address.
fn split_origin(url: &str) -> (&str, &str) {
    let after_scheme = url.find("://").map_or(0, |at| at + 3);
    match url[after_scheme..].find('/') {
        Some(at) => url.split_at(after_scheme + at),
        None => (url, "/"),
    }
}
