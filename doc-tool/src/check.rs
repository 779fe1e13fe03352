//! `check [--site DIR] [PATH]`: the build's diagnostics, without the build,
//! and with a docs site checkout, its links checked against the site.

use std::path::Path;
use std::process::ExitCode;

use capmonster_errors_codegen::REST_UNCHECKED;
use capmonster_errors_codegen::{Catalog, Diagnostic, load_for_site, load_text};

use crate::report;
use crate::site_tree::SiteFolder;
use crate::workspace::CatalogFile;

pub fn run(file: &CatalogFile, site: Option<&Path>) -> ExitCode {
    let Some(catalog) = load_checked_or_report(file, site) else {
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
    load_text(text_or_report(file)?)
        .map_err(|diagnostics| report(file, &diagnostics))
        .ok()
}

/// As [`load_or_report`]; given a docs site checkout, with the catalog's
/// pages and links checked against it too.
pub fn load_checked_or_report(file: &CatalogFile, site: Option<&Path>) -> Option<Catalog> {
    let Some(root) = site else {
        return load_or_report(file);
    };
    let site = SiteFolder::open(root)
        .map_err(|message| eprintln!("error: {message}"))
        .ok()?;
    load_for_site(text_or_report(file)?, &site, &site.shown())
        .map_err(|diagnostics| report(file, &diagnostics))
        .ok()
}

/// The file's text, or `None` once why its bytes are no text is on
/// standard error.
fn text_or_report(file: &CatalogFile) -> Option<&str> {
    match &file.text {
        Ok(text) => Some(text),
        Err(diagnostic) => {
            report(file, std::slice::from_ref(diagnostic));
            None
        }
    }
}

fn report(file: &CatalogFile, diagnostics: &[Diagnostic]) {
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
