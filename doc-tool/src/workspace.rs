//! Which errors.toml a command reads, and how its path is shown.

use std::env;
use std::path::{Path, PathBuf};

use capmonster_errors_codegen::{Diagnostic, decode};

const CATALOG_FILE: &str = "errors.toml";

/// An errors.toml as read from disk.
pub struct CatalogFile {
    /// The path as the writer typed it or, when found, relative to the
    /// current folder where it can be: what every message starts with, and
    /// where the pages are written beside.
    pub shown: String,
    /// The text, decoded once for every use: checking it and showing it
    /// beside its problems; or why its bytes are no text.
    pub text: Result<String, Diagnostic>,
}

/// Reads `path`, or the errors.toml of the workspace the tool runs in,
/// or else `bundled`. `command` is the tool as typed, for the message that
/// says how to name a file.
pub fn read(
    path: Option<&Path>,
    bundled: Option<&Path>,
    command: &str,
) -> Result<CatalogFile, String> {
    let (path, shown) = match path {
        Some(path) => (path.to_path_buf(), path.display().to_string()),
        None => {
            let here = env::current_dir()
                .map_err(|error| format!("cannot tell the current folder: {error}"))?;
            let found = find_upwards(&here)
                .or_else(|| bundled.map(Path::to_path_buf))
                .ok_or_else(|| {
                    format!(
                        "no {CATALOG_FILE} in {} or any folder above it; run this in the \
                         repository, or name the file: {command} check PATH",
                        here.display()
                    )
                })?;
            let shown = found
                .strip_prefix(&here)
                .unwrap_or(&found)
                .display()
                .to_string();
            (found, shown)
        }
    };
    let bytes =
        std::fs::read(&path).map_err(|error| format!("{shown}: cannot read the file: {error}"))?;
    Ok(CatalogFile {
        shown,
        text: decode(&bytes),
    })
}

/// The errors.toml in `start` or the nearest folder above it.
fn find_upwards(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .map(|folder| folder.join(CATALOG_FILE))
        .find(|candidate| candidate.is_file())
}
