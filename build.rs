//! Generates the catalog's Rust code from errors.toml with
//! `capmonster-errors-codegen`; this file only does the I/O and reports to
//! Cargo.

use std::path::{Path, PathBuf};
use std::{env, fs};

use capmonster_errors_codegen::REST_UNCHECKED;
use capmonster_errors_codegen::{catalog_override, generate};

fn main() {
    let manifest_dir = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("set by Cargo"));
    let out_dir = PathBuf::from(env::var_os("OUT_DIR").expect("set by Cargo"));
    println!("cargo::rerun-if-changed=build.rs");

    // For this repository's benchmarks and scratch-crate tests.
    let catalog = catalog_override::path().unwrap_or_else(|| manifest_dir.join("errors.toml"));
    println!("cargo::rerun-if-changed={}", catalog.display());
    // Shown as the person who edits it knows it: relative to the crate.
    let shown = catalog.strip_prefix(&manifest_dir).unwrap_or(&catalog);
    let shown = shown.display().to_string();

    let bytes = match fs::read(&catalog) {
        Ok(bytes) => bytes,
        Err(error) => {
            println!("cargo::error={shown}: cannot read the catalog: {error}");
            return;
        }
    };
    match generate(&bytes) {
        Ok(generated) => {
            write_if_changed(&out_dir.join("catalog.rs"), &generated.rust);
            write_if_changed(
                &out_dir.join("catalog_table.md"),
                &generated.crate_doc_table,
            );
            write_if_changed(&out_dir.join("fast_hash.rs"), generated.fast_hash);
        }
        Err(diagnostics) => {
            for diagnostic in &diagnostics {
                println!("cargo::error={}", diagnostic.located(&shown));
            }
            if diagnostics
                .iter()
                .any(|diagnostic| diagnostic.stops_the_check)
            {
                println!("cargo::warning={shown}: {REST_UNCHECKED}");
            }
        }
    }
}

/// Leaves an unchanged file alone, so its timestamp does not make Cargo
/// rebuild what depends on it.
fn write_if_changed(path: &Path, contents: &str) {
    if fs::read(path).is_ok_and(|old| old == contents.as_bytes()) {
        return;
    }
    if let Err(error) = fs::write(path, contents) {
        println!("cargo::error=cannot write {}: {error}", path.display());
    }
}
