//! The corpus of broken catalogs, in the manner of rustc's UI tests: each
//! `broken/NAME.toml` holds mistakes, and `broken/NAME.stderr` beside it
//! every diagnostic the generator gives for it, exactly as `cargo catalog
//! check` and the build print them.
//!
//! After a deliberate change to a message, bless the expected files and
//! review their diff like code:
//!
//! ```sh
//! SNAPSHOTS=overwrite cargo test -p capmonster-errors-codegen --test broken_catalogs
//! ```

use std::panic::catch_unwind;
use std::path::{Path, PathBuf};

use capmonster_errors_codegen::load;
use snapbox::Data;
use snapbox::assert::{Assert, DEFAULT_ACTION_ENV};

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/broken")
}

/// The corpus's files with `extension`, by name.
fn files(extension: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(corpus())
        .expect("the corpus folder exists")
        .map(|entry| entry.expect("the corpus folder reads").path())
        .filter(|path| path.extension().is_some_and(|found| found == extension))
        .collect();
    files.sort();
    files
}

/// What the generator says about the catalog at `path`, one line per
/// diagnostic, or why there is nothing to compare.
fn diagnose(path: &Path) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|error| error.to_string())?;
    match catch_unwind(|| load(&bytes)) {
        Err(_) => Err("the generator panicked".into()),
        Ok(Ok(_)) => Err("the catalog was accepted".into()),
        Ok(Err(diagnostics)) => Ok(diagnostics
            .iter()
            .map(|diagnostic| format!("{}\n", diagnostic.located("errors.toml")))
            .collect()),
    }
}

#[test]
fn every_broken_catalog_gets_exactly_its_expected_diagnostics() {
    // Messages hold backslashes that are no path separators: compare as is.
    let assert = Assert::new()
        .action_env(DEFAULT_ACTION_ENV)
        .normalize_paths(false);
    let catalogs = files("toml");
    assert!(
        !catalogs.is_empty(),
        "no catalogs in {}",
        corpus().display()
    );
    let mut failures = Vec::new();
    for catalog in &catalogs {
        let expected = catalog.with_extension("stderr");
        let outcome = diagnose(catalog).and_then(|actual| {
            assert
                .try_eq(
                    Some(&catalog.display()),
                    actual.into(),
                    Data::read_from(&expected, None),
                )
                .map_err(|error| error.to_string())
        });
        if let Err(error) = outcome {
            failures.push(format!("{}: {error}", catalog.display()));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} catalogs differ; if the change is deliberate, bless them with \
         SNAPSHOTS=overwrite:\n{}",
        failures.len(),
        catalogs.len(),
        failures.join("\n")
    );
}

#[test]
fn every_expected_output_has_its_catalog() {
    for expected in files("stderr") {
        assert!(
            expected.with_extension("toml").is_file(),
            "{} has no catalog beside it",
            expected.display()
        );
    }
}

#[test]
fn every_diagnostic_is_one_located_line() {
    for catalog in files("toml") {
        let Ok(output) = diagnose(&catalog) else {
            continue; // reported by the test above
        };
        for line in output.lines() {
            let place = line
                .strip_prefix("errors.toml:")
                .and_then(|rest| rest.split_once(": "))
                .map(|(place, _)| place);
            let located = place.is_some_and(|place| {
                place.split_once(':').is_some_and(|(line, column)| {
                    line.parse::<usize>().is_ok() && column.parse::<usize>().is_ok()
                })
            });
            assert!(
                located,
                "{}: {line:?} is not `errors.toml:LINE:COL: message`",
                catalog.display()
            );
        }
    }
}

#[test]
fn every_diagnostic_says_what_is_wrong_then_the_fix_and_points_into_the_text() {
    for catalog in files("toml") {
        let bytes = std::fs::read(&catalog).unwrap();
        let Err(diagnostics) = load(&bytes) else {
            continue; // reported by the first test
        };
        let text = capmonster_errors_codegen::decode(&bytes).ok();
        for diagnostic in &diagnostics {
            let (what, fix) = diagnostic.what_and_fix();
            let name = catalog.display();
            assert!(!what.is_empty(), "{name}: {}", diagnostic.message);
            assert!(
                fix.is_some_and(|fix| !fix.is_empty()),
                "{name}: no fix after `; ` in {:?}",
                diagnostic.message
            );
            if let Some(text) = &text {
                let lines = capmonster_errors_codegen::internals::source::LineIndex::new(text);
                assert!(diagnostic.span.end <= text.len(), "{name}: {diagnostic:?}");
                assert_eq!(
                    lines.position(diagnostic.span.start),
                    (diagnostic.line, diagnostic.column),
                    "{name}: {diagnostic:?}"
                );
            }
        }
    }
}
