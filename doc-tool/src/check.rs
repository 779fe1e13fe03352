//! `check [--site DIR] [PATH]`: the build's diagnostics, without the build,
//! and with a docs site checkout, its links checked against the site.

use std::path::Path;

use capmonster_errors_codegen::REST_UNCHECKED;
use capmonster_errors_codegen::{Catalog, Diagnostic, load_for_site, load_text};

use crate::site_tree::SiteFolder;
use crate::workspace::CatalogFile;
use crate::{Format, problems, report};

pub fn run(file: &CatalogFile, site: Option<&Path>, format: Format) -> u8 {
    let Some(catalog) = load_checked_or_report(file, site, format) else {
        return 1;
    };
    // Standard output holds the problems and nothing else: none, here.
    if format == Format::Json {
        return 0;
    }
    let codes: usize = catalog
        .entries
        .iter()
        .map(|entry| 1 + entry.aliases.len())
        .sum();
    println!(
        "{}: no problems ({} entries, {codes} codes, {} languages)",
        file.shown,
        catalog.entries.len(),
        catalog.languages.len()
    );
    match site {
        Some(root) => println!(
            "{}: every page's folder and every link to a file found in {}",
            file.shown,
            root.display()
        ),
        None => println!(
            "{}: links to files were not checked; give --site DIR, a checkout of the docs site, to check them",
            file.shown
        ),
    }
    0
}

/// The catalog, or `None` once every problem in it is reported in
/// `format`; given a docs site checkout, with the catalog's pages and links
/// checked against it too.
pub fn load_checked_or_report(
    file: &CatalogFile,
    site: Option<&Path>,
    format: Format,
) -> Option<Catalog> {
    let site = match site {
        None => None,
        Some(root) => Some(
            SiteFolder::open(root)
                .map_err(|message| eprintln!("error: {message}"))
                .ok()?,
        ),
    };
    let text = match &file.text {
        Ok(text) => text,
        Err(diagnostic) => {
            report(file, std::slice::from_ref(diagnostic), format);
            return None;
        }
    };
    let loaded = match &site {
        None => load_text(text),
        Some(site) => load_for_site(text, site, &site.shown()),
    };
    loaded
        .map_err(|diagnostics| report(file, &diagnostics, format))
        .ok()
}

fn report(file: &CatalogFile, diagnostics: &[Diagnostic], format: Format) {
    if format == Format::Json {
        print!("{}", problems::json_lines(&file.shown, diagnostics));
        return;
    }
    eprint!("{}", report::render(file, diagnostics));
    let count = diagnostics.len();
    let problems = if count == 1 { "problem" } else { "problems" };
    let rest = if diagnostics
        .iter()
        .any(|diagnostic| diagnostic.stops_the_check)
    {
        format!("; {REST_UNCHECKED}")
    } else {
        String::new()
    };
    eprintln!("{}: {count} {problems} found{rest}", file.shown);
}
