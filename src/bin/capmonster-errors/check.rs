//! `check [PATH]`: the doc writer's quick loop, the build's diagnostics
//! without the build.

use std::path::Path;
use std::process::ExitCode;

use crate::catalog::CATALOG_PATH;
use crate::codegen;

pub fn run(path: Option<&Path>) -> ExitCode {
    let (path, shown) = match path {
        Some(path) => (path, path.display().to_string()),
        None => (Path::new(CATALOG_PATH), "errors.toml".to_string()),
    };
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(error) => {
            eprintln!("{shown}: cannot read the catalog: {error}");
            return ExitCode::FAILURE;
        }
    };
    match codegen::load(&bytes) {
        Ok(catalog) => {
            let codes: usize = catalog
                .entries
                .iter()
                .map(|entry| 1 + entry.aliases.len())
                .sum();
            println!(
                "{shown}: no problems ({} entries, {codes} codes, {} languages)",
                catalog.entries.len(),
                catalog.languages.len()
            );
            ExitCode::SUCCESS
        }
        Err(diagnostics) => {
            for diagnostic in &diagnostics {
                eprintln!("{}", diagnostic.located(&shown));
            }
            eprintln!("{shown}: {} problem(s) found", diagnostics.len());
            ExitCode::FAILURE
        }
    }
}
