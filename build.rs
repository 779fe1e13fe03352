//! Generates the catalog's Rust code from errors.toml. All the work is in
//! `codegen/`; this file only does the I/O and reports to Cargo.

use std::path::{Path, PathBuf};
use std::{env, fs};

// The docs pages are rendered by the command-line tool and the tests, so
// the build leaves part of the generator unused.
#[allow(dead_code)]
#[path = "codegen/mod.rs"]
mod codegen;

/// Points the build at another catalog file, for benchmarks and tests.
const CATALOG_VARIABLE: &str = "CAPMONSTER_ERRORS_CATALOG";

fn main() {
    let manifest_dir = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("set by Cargo"));
    let out_dir = PathBuf::from(env::var_os("OUT_DIR").expect("set by Cargo"));
    println!("cargo::rerun-if-env-changed={CATALOG_VARIABLE}");
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=codegen");

    let catalog = env::var_os(CATALOG_VARIABLE)
        .map(PathBuf::from)
        .unwrap_or_else(|| manifest_dir.join("errors.toml"));
    println!("cargo::rerun-if-changed={}", catalog.display());
    let shown = shown_path(&catalog, &manifest_dir);

    let bytes = match fs::read(&catalog) {
        Ok(bytes) => bytes,
        Err(error) => {
            println!("cargo::error={shown}: cannot read the catalog: {error}");
            return;
        }
    };
    match codegen::generate(&bytes) {
        Ok(generated) => {
            write_if_changed(&out_dir.join("catalog.rs"), &generated.rust);
            write_if_changed(
                &out_dir.join("catalog_table.md"),
                &generated.crate_doc_table,
            );
            write_if_changed(&out_dir.join("bench_match.rs"), &generated.bench_match);
            // The command-line tool renders pages and exports from the very
            // bytes the library was built from.
            write_if_changed(&out_dir.join("errors.toml"), &bytes);
        }
        Err(diagnostics) => {
            for diagnostic in &diagnostics {
                println!("cargo::error={}", diagnostic.located(&shown));
            }
        }
    }
}

/// The catalog's path as the person who edits it knows it: relative to the
/// crate when it lies inside it.
fn shown_path(catalog: &Path, manifest_dir: &Path) -> String {
    catalog
        .strip_prefix(manifest_dir)
        .unwrap_or(catalog)
        .display()
        .to_string()
}

/// Leaves an unchanged file alone, so its timestamp does not make Cargo
/// rebuild what depends on it.
fn write_if_changed(path: &Path, contents: impl AsRef<[u8]>) {
    let contents = contents.as_ref();
    if fs::read(path).is_ok_and(|old| old == contents) {
        return;
    }
    if let Err(error) = fs::write(path, contents) {
        println!("cargo::error=cannot write {}: {error}", path.display());
    }
}
