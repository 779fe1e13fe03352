//! Generates the benchmarks' rival, a `match` on every code string, from the
//! catalog the library is built from: errors.toml, or the synthetic one that
//! `scripts/bench-lookup.sh` points the library's override at.

use std::path::PathBuf;
use std::{env, fs};

fn main() {
    let manifest_dir = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("set by Cargo"));
    let out_dir = PathBuf::from(env::var_os("OUT_DIR").expect("set by Cargo"));
    let catalog = capmonster_errors_codegen::catalog_override::path()
        .unwrap_or_else(|| manifest_dir.join("../errors.toml"));
    println!("cargo::rerun-if-changed={}", catalog.display());
    let bytes = fs::read(&catalog).expect("the catalog is readable");
    // The library's own build reports any problem; here it is enough to stop.
    let catalog = capmonster_errors_codegen::load(&bytes).expect("the catalog is valid");
    let source = capmonster_errors_codegen::bench_match(&catalog);
    fs::write(out_dir.join("match_lookup.rs"), source).expect("OUT_DIR is writable");
}
