//! `docs`: the docs site's error page in each language.

use std::path::Path;
use std::process::ExitCode;

use crate::catalog;
use crate::codegen::page;

pub fn run(lang: Option<&str>, write_to: Option<&Path>) -> ExitCode {
    let catalog = catalog::load();
    if let Some(dir) = write_to {
        for (index, language) in catalog.languages.iter().enumerate() {
            let path = dir.join(&language.tag).join("api-errors.md");
            let written = std::fs::create_dir_all(dir.join(&language.tag))
                .and_then(|()| std::fs::write(&path, page::render(&catalog, index)));
            if let Err(error) = written {
                eprintln!("error: cannot write {}: {error}", path.display());
                return ExitCode::FAILURE;
            }
            println!("wrote {}", path.display());
        }
        return ExitCode::SUCCESS;
    }
    let lang = match catalog::language(lang) {
        Ok(lang) => lang,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::from(2);
        }
    };
    let index = catalog
        .languages
        .iter()
        .position(|language| language.tag == lang.code())
        .expect("the library's languages are the catalog's");
    print!("{}", page::render(&catalog, index));
    ExitCode::SUCCESS
}
