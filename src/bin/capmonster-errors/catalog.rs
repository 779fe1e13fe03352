//! The catalog this tool was built with, and the user's language.

use capmonster_errors::Lang;

use crate::codegen::{self, Catalog};

/// The bytes of the errors.toml the library was generated from.
const SOURCE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/errors.toml"));

/// Where the crate's own catalog and docs live, for the defaults of `check`
/// and `docs --write`.
pub const CATALOG_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/errors.toml");
pub const DOCS_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/docs");

/// The catalog, parsed with the generator, for what only the source holds:
/// the pages' text and the Markdown renderings.
pub fn load() -> Catalog {
    // The build already accepted these bytes, or this tool would not exist.
    codegen::load(SOURCE).expect("the catalog the crate was built from is valid")
}

/// `--lang` when given, else the locale of `LC_ALL`, `LC_MESSAGES` or
/// `LANG`, else English. `Err` names a `--lang` the catalog has no text in.
pub fn language(flag: Option<&str>) -> Result<Lang, String> {
    if let Some(tag) = flag {
        return Lang::from_tag(tag).ok_or_else(|| {
            let known: Vec<&str> = Lang::ALL.iter().map(|lang| lang.code()).collect();
            format!("unknown language {tag:?}; use one of: {}", known.join(", "))
        });
    }
    let from_locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.is_empty())
        .and_then(|tag| Lang::from_tag(&tag));
    Ok(from_locale.unwrap_or(Lang::En))
}
