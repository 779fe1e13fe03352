//! `check [--site DIR] [PATH]`: the build's diagnostics, without the build,
//! and with a docs site checkout, its links checked against the site.

use std::path::Path;
use std::process::ExitCode;

use capmonster_errors_codegen::{Catalog, Diagnostic, load, load_for_site};

use crate::report;
use crate::site_tree::SiteFolder;
use crate::workspace::CatalogFile;

pub fn run(file: &CatalogFile, site: Option<&Path>) -> ExitCode {
    let loaded = match site {
        None => load_or_report(file),
        Some(root) => match SiteFolder::open(root) {
            Ok(site) => load_for_site_or_report(file, &site),
            Err(message) => {
                eprintln!("error: {message}");
                return ExitCode::FAILURE;
            }
        },
    };
    let Some(catalog) = loaded else {
        return ExitCode::FAILURE;
    };
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
    ExitCode::SUCCESS
}

/// The catalog, or `None` once every problem in it is on standard error.
pub fn load_or_report(file: &CatalogFile) -> Option<Catalog> {
    load(&file.bytes)
        .map_err(|diagnostics| report(file, &diagnostics))
        .ok()
}

/// As [`load_or_report`], with its pages and links checked against `site`.
pub fn load_for_site_or_report(file: &CatalogFile, site: &SiteFolder) -> Option<Catalog> {
    load_for_site(&file.bytes, site, &site.shown())
        .map_err(|diagnostics| report(file, &diagnostics))
        .ok()
}

fn report(file: &CatalogFile, diagnostics: &[Diagnostic]) {
    eprint!("{}", report::render(file, diagnostics));
    let count = diagnostics.len();
    let problems = if count == 1 { "problem" } else { "problems" };
    eprintln!("{}: {count} {problems} found", file.shown);
}
