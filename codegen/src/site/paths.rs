//! Where files live in a checkout of the docs site, a Docusaurus site laid
//! out as the official one: the source language's documents in `docs/`,
//! each other language's in `i18n/LANG/docusaurus-plugin-content-docs/current/`,
//! and how a link to a file in a page's Markdown finds that file.
//!
//! Paths here are relative to the site's root, with `/` between folders.

/// Where the documents of the source language live.
const SOURCE_DOCS: &str = "docs";

/// Between `i18n/LANG/` and a translated document's own path.
pub const TRANSLATED_DOCS: &str = "docusaurus-plugin-content-docs/current";

/// Whether `path` is folders and a name of ASCII letters, digits, `-`, `_`
/// and `.` joined by `/`, going nowhere up: a path that reads the same to
/// every tool, from a shell to an `import`.
pub fn is_plain_path(path: &str) -> bool {
    !path.is_empty()
        && path.split('/').all(|segment| {
            !segment.is_empty()
                && segment != "."
                && segment != ".."
                && segment
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
        })
}

/// The folder of the language tree a page at `path` belongs to: `docs`, or
/// `i18n/LANG/docusaurus-plugin-content-docs/current`.
pub fn content_root(path: &str) -> Option<&str> {
    if path.starts_with("docs/") {
        return Some(SOURCE_DOCS);
    }
    let rest = path.strip_prefix("i18n/")?;
    let language_end = rest.find('/')?;
    let after = rest[language_end + 1..].strip_prefix(TRANSLATED_DOCS)?;
    after
        .starts_with('/')
        .then(|| &path[..5 + language_end + 1 + TRANSLATED_DOCS.len()])
}

/// The folder `path` is in, or `""` at the root.
pub fn folder(path: &str) -> &str {
    path.rfind('/').map_or("", |at| &path[..at])
}

/// Whether a link's address names a document's file, which Docusaurus
/// finds among the site's files, rather than a web address it serves: a
/// relative address whose path ends in `.md` or `.mdx`.
pub fn is_file_link(url: &str) -> bool {
    if url.contains("://") || url.starts_with('#') || url.contains(':') {
        return false;
    }
    let path = without_fragment(url);
    path.ends_with(".md") || path.ends_with(".mdx")
}

/// The address without its `#anchor` or `?query`.
pub fn without_fragment(url: &str) -> &str {
    url.split(['#', '?']).next().unwrap_or(url)
}

/// The files a file link on the page at `page_path` may name, in the
/// order Docusaurus tries them: `./x.mdx` and `../x.mdx` beside the page
/// only; `/x.mdx` from the language tree's root, then the site's; `x.mdx`
/// from those, then beside the page. A link that climbs above the site's
/// root names nothing.
pub fn link_candidates(url: &str, page_path: &str) -> Vec<String> {
    let link = without_fragment(url);
    let mut starts: Vec<&str> = Vec::new();
    if !link.starts_with("./") && !link.starts_with("../") {
        starts.extend(content_root(page_path));
        starts.push("");
    }
    if !link.starts_with('/') {
        starts.push(folder(page_path));
    }
    starts
        .into_iter()
        .filter_map(|start| join(start, link.trim_start_matches('/')))
        .collect()
}

/// `relative` from the folder `start`, with `.` and `..` resolved.
fn join(start: &str, relative: &str) -> Option<String> {
    let mut segments: Vec<&str> = start.split('/').filter(|s| !s.is_empty()).collect();
    for segment in relative.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                segments.pop()?;
            }
            segment => segments.push(segment),
        }
    }
    Some(segments.join("/"))
}

/// The same file with the other of the two endings, `.md` for `.mdx` and
/// the other way round: the one slip a link to a page usually has.
pub fn other_ending(path: &str) -> Option<String> {
    if let Some(stem) = path.strip_suffix(".mdx") {
        Some(format!("{stem}.md"))
    } else {
        path.strip_suffix(".md").map(|stem| format!("{stem}.mdx"))
    }
}
