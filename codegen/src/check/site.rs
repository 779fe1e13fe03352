//! errors.toml against a checkout of the docs site: every language's page
//! `path` lies in a folder the site has, and every link to a file in a
//! description or the tips box names a file that exists in that language's
//! tree, found the way Docusaurus finds it.
//!
//! The site is seen through [`SiteTree`], so that tests give one made of
//! strings; `cargo catalog check --site DIR` gives the real folder.

use crate::diagnostic::Problem;
use crate::markdown;
use crate::read::raw::{At, RawCatalog, RawPage};
use crate::site::paths::{self as site_paths, is_file_link, link_candidates, other_ending};
use crate::site::tree::SiteTree;
use crate::suggest::closest;

/// Every problem of a valid catalog's pages and links in `site`, which is
/// shown in messages as `site_name`; `source` is the text `raw` was read
/// from.
pub fn check(raw: &RawCatalog, source: &str, site: &dyn SiteTree, site_name: &str) -> Vec<Problem> {
    let mut problems = Vec::new();
    for page in &raw.pages {
        let Some(path) = &page.path else {
            problems.push(Problem::at(
                &page.span,
                format!(
                    "this [page.{0}] table has no `path`, so its page cannot be placed in the docs site; add where it lives there, like path = \"i18n/{0}/docusaurus-plugin-content-docs/current/api/api-errors.mdx\"",
                    page.language.value
                ),
            ));
            continue;
        };
        let folder = site_paths::folder(&path.value);
        if !site.is_folder(folder) {
            problems.push(Problem::at(
                &path.span,
                format!(
                    "{site_name} has no folder {folder}/ for this page; check the `path` against the site's own errors page (its file name and folders), or create the folder there"
                ),
            ));
            // Its links start from that folder: each would say the same.
            continue;
        }
        for text in texts_of(raw, page) {
            for url in file_links(&text.value) {
                if let Some(problem) = missing_target(&url, &path.value, site, site_name) {
                    problems.push(Problem::at(&link_span(source, text, &url), problem));
                }
            }
        }
    }
    problems
}

/// Every text on the page of `page`'s language that may hold links.
fn texts_of<'r>(raw: &'r RawCatalog, page: &'r RawPage) -> impl Iterator<Item = &'r At<String>> {
    let language = &page.language.value;
    let descriptions = raw.entries.iter().flat_map(move |entry| {
        entry
            .descriptions
            .iter()
            .filter(move |(tag, _)| tag.value == *language)
            .filter_map(|(_, text)| text.as_ref())
    });
    let lists = [&page.advice, &page.advice_note_items]
        .into_iter()
        .flatten()
        .flat_map(|list| &list.value);
    descriptions.chain(lists).chain(&page.advice_note)
}

fn file_links(text: &str) -> Vec<String> {
    let mut links = markdown::link_targets(&markdown::parse(text));
    links.retain(|url| is_file_link(url));
    links
}

/// Why the file link `url` on the page at `page_path` finds no file, with
/// the fix; `None` when it finds one.
fn missing_target(
    url: &str,
    page_path: &str,
    site: &dyn SiteTree,
    site_name: &str,
) -> Option<String> {
    let candidates = link_candidates(url, page_path);
    if candidates.iter().any(|path| site.is_file(path)) {
        return None;
    }
    let link = site_paths::without_fragment(url);
    let rest = &url[link.len()..];
    let wanted = candidates.last().map_or(link.to_string(), Clone::clone);
    if let Some(other) = other_ending(link) {
        let found = link_candidates(&other, page_path)
            .into_iter()
            .any(|path| site.is_file(&path));
        if found {
            return Some(format!(
                "the link {url} names a file {site_name} does not have; the site has it with the other ending, so write ({other}{rest})"
            ));
        }
    }
    let folder = site_paths::folder(&wanted);
    let name = &wanted[folder.len()..].trim_start_matches('/');
    let names = site.file_names(folder);
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let suggestion = closest(name, &names)
        .map(|meant| {
            let link_folder = site_paths::folder(link);
            let meant_link = if link_folder.is_empty() {
                meant.to_string()
            } else {
                format!("{link_folder}/{meant}")
            };
            format!("did you mean ({meant_link}{rest})?")
        })
        .unwrap_or_else(|| {
            format!("link to a page that exists in {site_name}, or remove the link")
        });
    Some(format!(
        "the link {url} names {wanted}, which {site_name} does not have; {suggestion}"
    ))
}

/// Where `url` stands in the text's source, if it is written there as it
/// reads (no escapes in between); else the whole text.
fn link_span(source: &str, text: &At<String>, url: &str) -> std::ops::Range<usize> {
    let written = source.get(text.span.clone()).unwrap_or("");
    match written.find(&format!("]({url}")) {
        Some(at) => {
            let start = text.span.start + at + 2;
            start..start + url.len()
        }
        None => text.span.clone(),
    }
}
