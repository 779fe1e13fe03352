//! The tool's two answers as JSON, from bytes in memory: what the npm
//! package's JavaScript API (`check`, `pages`) returns, through the
//! WebAssembly build. No file, folder or site is read.

use capmonster_errors_codegen::{decode, load_text, load_with_entry_lines, page, preview};
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

/// What the catalog editor shows for the errors.toml in `bytes`, as one
/// JSON object: `problems` (as [`check`] gives them), and when there are
/// none, the catalog's `languages`, each entry's `code` and the `line` of
/// its `[[error]]` header, and the page in `lang` (else the first
/// language) as HTML, `html`.
pub fn view(bytes: &[u8], file: &str, lang: &str) -> String {
    #[derive(Serialize)]
    struct View {
        problems: serde_json::Value,
        languages: Vec<String>,
        entries: Vec<EntryAt>,
        html: Option<String>,
    }
    #[derive(Serialize)]
    struct EntryAt {
        code: String,
        line: usize,
    }
    let problems_of = |json: String| serde_json::from_str(&json).expect("problems are JSON");
    let text = match decode(bytes) {
        Ok(text) => text,
        Err(diagnostic) => {
            let view = View {
                problems: problems_of(problems::json_array(file, &[diagnostic])),
                languages: Vec::new(),
                entries: Vec::new(),
                html: None,
            };
            return serde_json::to_string(&view).expect("a view is plain data");
        }
    };
    let view = match load_with_entry_lines(&text) {
        Err(diagnostics) => View {
            problems: problems_of(problems::json_array(file, &diagnostics)),
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
                problems: serde_json::Value::Array(Vec::new()),
                languages: catalog
                    .languages
                    .iter()
                    .map(|language| language.tag.clone())
                    .collect(),
                entries: catalog
                    .entries
                    .iter()
                    .zip(lines)
                    .map(|(entry, line)| EntryAt {
                        code: entry.code.clone(),
                        line,
                    })
                    .collect(),
                html: Some(preview(&catalog, language)),
            }
        }
    };
    serde_json::to_string(&view).expect("a view is plain data")
}
