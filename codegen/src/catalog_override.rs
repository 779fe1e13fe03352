//! The one rule by which a build script reads another catalog than
//! errors.toml, shared by the library's and the benchmarks' build scripts
//! so that they always read the same file.
//!
//! It takes both a cfg, set on purpose in RUSTFLAGS
//! (`--cfg capmonster_errors_catalog_override`), and the variable naming the
//! file, so that a stray variable in a dependent's environment cannot
//! replace its dependency's enum. The only environment access of this crate.

use std::env;
use std::path::PathBuf;

/// The variable that names the other catalog.
pub const VARIABLE: &str = "CAPMONSTER_ERRORS_CATALOG";

/// How Cargo shows the cfg to a build script.
const CFG: &str = "CARGO_CFG_CAPMONSTER_ERRORS_CATALOG_OVERRIDE";

/// The other catalog, when both switches are set. Prints the
/// `cargo::rerun-if-env-changed` line a build script needs for it.
pub fn path() -> Option<PathBuf> {
    env::var_os(CFG)?;
    println!("cargo::rerun-if-env-changed={VARIABLE}");
    env::var_os(VARIABLE).map(PathBuf::from)
}
