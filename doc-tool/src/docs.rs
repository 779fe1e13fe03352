//! `docs`: the docs site's pages, rendered from errors.toml: the copies
//! this repository keeps beside it (`docs/LANG/api-errors.mdx`), or with
//! `--site DIR` the pages of a docs site checkout, at each language's
//! `path`, so that they replace the site's own file for file.

use std::path::{Path, PathBuf};

use capmonster_errors_codegen::{Catalog, page};

use crate::Format;
use crate::check::load_checked_or_report;
use crate::workspace::CatalogFile;

pub fn run(
    file: &CatalogFile,
    write: bool,
    lang: Option<&str>,
    site: Option<&Path>,
    command: &str,
) -> u8 {
    // Into a site, only pages whose links find their files there: a page
    // with a broken link would break the site's build.
    let Some(catalog) = load_checked_or_report(file, site, Format::Human) else {
        return 1;
    };
    if let Some(tag) = lang {
        return print_page(&catalog, tag);
    }
    let destinations = match site {
        None => repository_pages(file, &catalog),
        Some(root) => site_pages(&catalog, root),
    };
    let mut stale = 0;
    for (index, path) in destinations.iter().enumerate() {
        let rendered = page(&catalog, index);
        let shown = path.display();
        if std::fs::read(path).is_ok_and(|old| old == rendered.as_bytes()) {
            println!("{shown}: up to date");
            continue;
        }
        if !write {
            let again = match site {
                Some(root) => format!("{command} docs --write --site {}", root.display()),
                None => format!("{command} docs --write"),
            };
            println!("{shown}: out of date; run `{again}`");
            stale += 1;
            continue;
        }
        let written = std::fs::create_dir_all(path.parent().expect("a page has a folder"))
            .and_then(|()| std::fs::write(path, &rendered));
        if let Err(error) = written {
            eprintln!("error: cannot write {shown}: {error}");
            return 1;
        }
        println!("{shown}: written");
    }
    u8::from(stale > 0)
}

/// Where each language's copy lives in this repository:
/// `docs/TAG/api-errors.mdx` beside errors.toml.
fn repository_pages(file: &CatalogFile, catalog: &Catalog) -> Vec<PathBuf> {
    let shown = Path::new(&file.shown);
    let folder = shown.parent().unwrap_or(shown);
    catalog
        .languages
        .iter()
        .map(|language| {
            folder
                .join("docs")
                .join(&language.tag)
                .join("api-errors.mdx")
        })
        .collect()
}

/// Where each language's page lives in the site at `root`: its `path`.
/// The site check has made sure that every page has one, in a folder the
/// site has, so that no page is left behind or written astray.
fn site_pages(catalog: &Catalog, root: &Path) -> Vec<PathBuf> {
    catalog
        .pages
        .iter()
        .map(|page| {
            let path = page
                .path
                .as_deref()
                .expect("the site check requires a path");
            root.join(path)
        })
        .collect()
}

fn print_page(catalog: &Catalog, tag: &str) -> u8 {
    match catalog
        .languages
        .iter()
        .position(|language| language.tag == tag)
    {
        Some(index) => {
            print!("{}", page(catalog, index));
            0
        }
        None => {
            let known: Vec<&str> = catalog
                .languages
                .iter()
                .map(|language| language.tag.as_str())
                .collect();
            eprintln!(
                "error: no language {tag:?} in errors.toml; use one of: {}",
                known.join(", ")
            );
            2
        }
    }
}
