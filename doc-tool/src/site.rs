//! `site --out DIR`: the content of a Docusaurus site laid out as the
//! official docs site lays it out, for `scripts/check-docs-site.sh` to
//! build with broken links and anchors fatal: each language's page where
//! its address says, a stub for every page its relative links reach, and a
//! page that links every entry's docs address.

use std::collections::BTreeSet;
use std::fmt::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use capmonster_errors_codegen::markdown::{self, Reference};
use capmonster_errors_codegen::{Catalog, links, page};

use crate::check::load_or_report;
use crate::workspace::CatalogFile;

/// Where the docs plugin serves documents from.
const DOCS_ROUTE: &str = "/docs/";

pub fn run(file: &CatalogFile, out: &Path) -> ExitCode {
    let Some(catalog) = load_or_report(file) else {
        return ExitCode::FAILURE;
    };
    let files = match site_files(&catalog) {
        Ok(files) => files,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::FAILURE;
        }
    };
    for (path, contents) in &files {
        let path = out.join(path);
        let written = std::fs::create_dir_all(path.parent().expect("a file has a folder"))
            .and_then(|()| std::fs::write(&path, contents));
        if let Err(error) = written {
            eprintln!("error: cannot write {}: {error}", path.display());
            return ExitCode::FAILURE;
        }
    }
    println!("{}: wrote {} files", out.display(), files.len());
    ExitCode::SUCCESS
}

/// One language's part of the site.
struct Locale<'a> {
    tag: &'a str,
    /// The folder its documents go in.
    content: PathBuf,
    /// Where its addresses start: the site's root, or the root and the tag.
    site_url: &'a str,
}

/// Every file of the site, by path within it.
pub fn site_files(catalog: &Catalog) -> Result<Vec<(PathBuf, String)>, String> {
    let locales = locales(catalog)?;
    let mut files: Vec<(PathBuf, String)> = Vec::new();
    for (index, locale) in locales.iter().enumerate() {
        let page = &catalog.pages[index];
        files.push((
            locale.content.join(document_path(locale, &page.url)?),
            page::render(catalog, index),
        ));
        for target in relative_links(catalog, index) {
            let address = links::resolve(&target, &page.url, &page.site_url);
            let without_anchor = address.split(['#', '?']).next().unwrap_or(&address);
            let path = locale.content.join(document_path(locale, without_anchor)?);
            if !files.iter().any(|(written, _)| *written == path) {
                let stub = "# A page the error descriptions link to\n".to_string();
                files.push((path, stub));
            }
        }
        files.push((
            locale.content.join("doc-urls.md"),
            doc_urls_page(catalog, index, locale),
        ));
    }
    let default = locales
        .iter()
        .find(|locale| locale.is_default())
        .ok_or("one language's site_url must be the site's root")?;
    let tags: Vec<String> = locales
        .iter()
        .map(|locale| format!("{:?}", locale.tag))
        .collect();
    let site = format!(
        "{{\n  \"url\": {:?},\n  \"defaultLocale\": {:?},\n  \"locales\": [{}]\n}}\n",
        default.site_url,
        default.tag,
        tags.join(", ")
    );
    files.push((PathBuf::from("site.json"), site));
    Ok(files)
}

impl Locale<'_> {
    fn is_default(&self) -> bool {
        self.content == Path::new("docs")
    }
}

/// The languages in the catalog's order. The one whose site_url is the
/// shortest is at the site's root; the others' must be the root and their
/// tag, as Docusaurus serves a language.
fn locales(catalog: &Catalog) -> Result<Vec<Locale<'_>>, String> {
    let root = catalog
        .pages
        .iter()
        .map(|page| page.site_url.trim_end_matches('/'))
        .min_by_key(|url| url.len())
        .ok_or("the catalog has no pages")?;
    catalog
        .languages
        .iter()
        .zip(&catalog.pages)
        .map(|(language, page)| {
            let site_url = page.site_url.trim_end_matches('/');
            let content = if site_url == root {
                PathBuf::from("docs")
            } else if site_url == format!("{root}/{}", language.tag) {
                Path::new("i18n")
                    .join(&language.tag)
                    .join("docusaurus-plugin-content-docs/current")
            } else {
                return Err(format!(
                    "the `{0}` page's site_url {site_url} is neither the site's root {root} nor {root}/{0}, as Docusaurus serves a language",
                    language.tag
                ));
            };
            Ok(Locale {
                tag: &language.tag,
                content,
                site_url,
            })
        })
        .collect()
}

/// The document for an address of the locale: `/docs/api/x` is
/// `api/x.md` in its content folder.
fn document_path(locale: &Locale<'_>, address: &str) -> Result<PathBuf, String> {
    let path = address
        .strip_prefix(locale.site_url)
        .and_then(|path| path.strip_prefix(DOCS_ROUTE))
        .filter(|path| !path.is_empty())
        .ok_or_else(|| {
            format!(
                "{address} is not a page under {}{DOCS_ROUTE}, where the docs site serves documents",
                locale.site_url
            )
        })?;
    Ok(PathBuf::from(format!("{path}.md")))
}

/// The relative link targets of the page in the language at `index`.
fn relative_links(catalog: &Catalog, index: usize) -> BTreeSet<String> {
    let page = &catalog.pages[index];
    let texts = catalog
        .entries
        .iter()
        .map(|entry| entry.descriptions[index].as_str())
        .chain(page.advice.iter().map(String::as_str));
    texts
        .flat_map(|text| markdown::references(&markdown::parse(text)))
        .filter_map(|reference| match reference {
            Reference::Link(url) if !links::is_web_address(&url) && !url.starts_with('#') => {
                Some(url)
            }
            _ => None,
        })
        .collect()
}

/// A page that links every entry's docs address, and the section on
/// retrying, as paths within the locale, so that the build checks them.
fn doc_urls_page(catalog: &Catalog, index: usize, locale: &Locale<'_>) -> String {
    let mut out = String::from("# Every docs address of the catalog\n\n");
    for entry in &catalog.entries {
        let url = catalog.doc_url(entry, index);
        let path = url.strip_prefix(locale.site_url).unwrap_or(&url);
        let _ = writeln!(out, "- [{}]({path})", entry.code);
    }
    let page = &catalog.pages[index].url;
    let path = page.strip_prefix(locale.site_url).unwrap_or(page);
    let _ = writeln!(out, "- [retrying]({path}#{})", links::RETRY_SECTION_ANCHOR);
    out
}
