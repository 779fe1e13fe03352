//! `check [PATH]`: the build's diagnostics, without the build.

use std::process::ExitCode;

use capmonster_errors_codegen::{Catalog, Diagnostic, load};

use crate::report;
use crate::workspace::CatalogFile;

pub fn run(file: &CatalogFile) -> ExitCode {
    let Some(catalog) = load_or_report(file) else {
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
    ExitCode::SUCCESS
}

/// The catalog, or `None` once every problem in it is on standard error.
pub fn load_or_report(file: &CatalogFile) -> Option<Catalog> {
    load(&file.bytes)
        .map_err(|diagnostics| report(file, &diagnostics))
        .ok()
}

fn report(file: &CatalogFile, diagnostics: &[Diagnostic]) {
    eprint!("{}", report::render(file, diagnostics));
    eprintln!("{}: {} problem(s) found", file.shown, diagnostics.len());
}
