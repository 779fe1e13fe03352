//! The tool's two answers as JSON, from bytes in memory: what the npm
//! package's JavaScript API (`check`, `pages`) returns, through the
//! WebAssembly build. No file, folder or site is read.

use capmonster_errors_codegen::{decode, load, load_with_entry_lines, page, preview};
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
    problems::json_array(file, &load(bytes).err().unwrap_or_default())
}

/// Every language's page as a JSON array, or the problems that stop them
/// as [`check`] gives them.
pub fn pages(bytes: &[u8], file: &str) -> Result<String, String> {
    let catalog = load(bytes).map_err(|diagnostics| problems::json_array(file, &diagnostics))?;
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

/// What the catalog editor shows for the errors.toml in `bytes`, as one
/// JSON object: `problems` (as [`check`] gives them), and when there are
/// none, the catalog's `languages`, each entry's `code` and the `line` of
/// its `[[error]]` header, and the page in `lang` (else the first
/// language) as HTML, `html`.
pub fn view(bytes: &[u8], file: &str, lang: &str) -> String {
    #[derive(Serialize)]
    struct View<'a> {
        problems: Vec<problems::Problem<'a>>,
        languages: Vec<&'a str>,
        entries: Vec<EntryAt<'a>>,
        html: Option<String>,
    }
    #[derive(Serialize)]
    struct EntryAt<'a> {
        code: &'a str,
        line: usize,
    }
    let loaded = decode(bytes)
        .map_err(|diagnostic| vec![diagnostic])
        .and_then(|text| load_with_entry_lines(&text));
    let view = match &loaded {
        Err(diagnostics) => View {
            problems: problems::of(file, diagnostics),
            languages: Vec::new(),
            entries: Vec::new(),
            html: None,
        },
        Ok((catalog, lines)) => {
            let language = catalog
                .languages
                .iter()
                .position(|language| language.tag == lang)
                .unwrap_or(0);
            View {
                problems: Vec::new(),
                languages: catalog
                    .languages
                    .iter()
                    .map(|language| language.tag.as_str())
                    .collect(),
                entries: catalog
                    .entries
                    .iter()
                    .zip(lines)
                    .map(|(entry, &line)| EntryAt {
                        code: &entry.code,
                        line,
                    })
                    .collect(),
                html: Some(preview(catalog, language)),
            }
        }
    };
    serde_json::to_string(&view).expect("a view is plain data")
}
