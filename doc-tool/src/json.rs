//! The tool's two answers as JSON, from bytes in memory: what the npm
//! package's JavaScript API (`check`, `pages`) returns, through the
//! WebAssembly build. No file, folder or site is read.

use capmonster_errors_codegen::{decode, load_text, page};
use serde::Serialize;

use crate::problems;

/// A docs page of the catalog, as `pages` returns it.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Page<'a> {
    /// The language's tag, as errors.toml names it (`en`, `zh`).
    lang: &'a str,
    /// Where the page goes in a checkout of the docs site (`[page.LANG]`'s
    /// `path`), if errors.toml says.
    site_path: Option<&'a str>,
    /// The page's MDX, byte for byte what `docs --write` writes.
    text: String,
}

/// Every problem of the errors.toml in `bytes` as a JSON array: empty when
/// there is none. `file` is the name each problem carries.
pub fn check(bytes: &[u8], file: &str) -> String {
    let diagnostics = match decode(bytes) {
        Ok(text) => load_text(&text).err().unwrap_or_default(),
        Err(diagnostic) => vec![diagnostic],
    };
    problems::json_array(file, &diagnostics)
}

/// Every language's page as a JSON array, or the problems that stop them
/// as [`check`] gives them.
pub fn pages(bytes: &[u8], file: &str) -> Result<String, String> {
    let text = decode(bytes).map_err(|diagnostic| problems::json_array(file, &[diagnostic]))?;
    let catalog =
        load_text(&text).map_err(|diagnostics| problems::json_array(file, &diagnostics))?;
    let pages: Vec<Page> = catalog
        .languages
        .iter()
        .enumerate()
        .map(|(index, language)| Page {
            lang: &language.tag,
            site_path: catalog.pages[index].path.as_deref(),
            text: page(&catalog, index),
        })
        .collect();
    Ok(serde_json::to_string(&pages).expect("a page is plain data"))
}
