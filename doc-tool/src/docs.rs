//! `docs`: the docs site's pages, rendered from errors.toml and kept beside
//! it, in `docs/LANG/api-errors.md`.

use std::path::PathBuf;
use std::process::ExitCode;

use capmonster_errors_codegen::{Catalog, page};

use crate::check::load_or_report;
use crate::workspace::CatalogFile;

pub fn run(file: &CatalogFile, write: bool, lang: Option<&str>) -> ExitCode {
    let Some(catalog) = load_or_report(file) else {
        return ExitCode::FAILURE;
    };
    if let Some(tag) = lang {
        return print_page(&catalog, tag);
    }
    let mut stale = 0;
    for (index, language) in catalog.languages.iter().enumerate() {
        let path = page_path(file, &language.tag);
        let rendered = page::render(&catalog, index);
        let shown = path.display();
        if std::fs::read(&path).is_ok_and(|old| old == rendered.as_bytes()) {
            println!("{shown}: up to date");
            continue;
        }
        if !write {
            println!("{shown}: out of date; run `cargo catalog docs --write`");
            stale += 1;
            continue;
        }
        let written = std::fs::create_dir_all(path.parent().expect("a page has a folder"))
            .and_then(|()| std::fs::write(&path, &rendered));
        if let Err(error) = written {
            eprintln!("error: cannot write {shown}: {error}");
            return ExitCode::FAILURE;
        }
        println!("{shown}: written");
    }
    if stale == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Where the page in `tag` lives: `docs/TAG/api-errors.md` beside errors.toml.
fn page_path(file: &CatalogFile, tag: &str) -> PathBuf {
    let shown = std::path::Path::new(&file.shown);
    let folder = shown.parent().unwrap_or(shown);
    folder.join("docs").join(tag).join("api-errors.md")
}

fn print_page(catalog: &Catalog, tag: &str) -> ExitCode {
    match catalog
        .languages
        .iter()
        .position(|language| language.tag == tag)
    {
        Some(index) => {
            print!("{}", page::render(catalog, index));
            ExitCode::SUCCESS
        }
        None => {
            let known: Vec<&str> = catalog
                .languages
                .iter()
                .map(|language| language.tag.as_str())
                .collect();
            eprintln!(
                "error: no language {tag:?} in errors.toml; use one of: {}",
                known.join(", ")
            );
            ExitCode::from(2)
        }
    }
}
