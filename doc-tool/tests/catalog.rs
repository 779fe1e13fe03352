//! `cargo catalog`, run end to end in scratch folders, as a doc writer runs
//! it: on a valid file, on a broken one, found from a subfolder, and the
//! pages written beside it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use capmonster_errors_codegen::load;

const VALID: &str = include_str!("../../codegen/tests/fixtures/catalog.toml");

/// A fresh folder holding `errors.toml` with `contents`.
fn scratch(name: &str, contents: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("sub/folder")).unwrap();
    std::fs::write(dir.join("errors.toml"), contents).unwrap();
    dir
}

fn catalog(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_catalog"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("the tool runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

/// The fixture with two mistakes: a misspelled key and an unknown value.
fn broken() -> String {
    let broken = VALID
        .replacen("title = \"WRONG KEY\"", "titel = \"WRONG KEY\"", 1)
        .replacen("retry = \"new_task\"", "retry = \"new_tsk\"", 1);
    assert_ne!(broken, VALID);
    broken
}

#[test]
fn check_a_valid_file_in_this_folder() {
    let dir = scratch("check-valid", VALID);
    let output = catalog(&dir, &["check"]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let entries = load(VALID.as_bytes()).unwrap().entries.len();
    let said = text(&output.stdout);
    assert!(said.starts_with("errors.toml: no problems ("), "{said}");
    assert!(said.contains(&format!("{entries} entries")), "{said}");
}

#[test]
fn check_a_broken_file_shows_every_problem_in_the_generators_words() {
    let dir = scratch("check-broken", &broken());
    let output = catalog(&dir, &["check"]);
    assert_eq!(output.status.code(), Some(1));
    let diagnostics = load(broken().as_bytes()).unwrap_err();
    assert!(diagnostics.len() >= 2, "{diagnostics:#?}");
    let reported = text(&output.stderr);
    for diagnostic in &diagnostics {
        let (what, fix) = diagnostic.what_and_fix();
        for expected in [
            format!("error: {what}\n"),
            format!(
                "--> errors.toml:{}:{}\n",
                diagnostic.line, diagnostic.column
            ),
            format!("= help: {}\n", fix.expect("every message has a fix")),
        ] {
            assert!(
                reported.contains(&expected),
                "no {expected:?} in:\n{reported}"
            );
        }
    }
    assert!(reported.ends_with(&format!(
        "errors.toml: {} problem(s) found\n",
        diagnostics.len()
    )));
}

#[test]
fn the_spot_is_underlined_under_its_line() {
    let dir = scratch("check-underline", &broken());
    let reported = text(&catalog(&dir, &["check"]).stderr);
    // `titel` is misspelled: its line, then a caret under each letter.
    let line = reported
        .lines()
        .position(|line| line.ends_with("| titel = \"WRONG KEY\""))
        .unwrap_or_else(|| panic!("no source line in:\n{reported}"));
    let underline = reported.lines().nth(line + 1).unwrap();
    assert!(underline.ends_with("| ^^^^^"), "{underline:?}");
}

#[test]
fn without_a_path_the_file_is_found_from_a_subfolder_and_named() {
    let dir = scratch("check-from-subfolder", &broken());
    let output = catalog(&dir.join("sub/folder"), &["check"]);
    assert_eq!(output.status.code(), Some(1));
    let shown = dir.join("errors.toml").display().to_string();
    let reported = text(&output.stderr);
    let places: Vec<&str> = reported
        .lines()
        .filter_map(|line| line.trim_start().strip_prefix("--> "))
        .collect();
    assert!(!places.is_empty(), "{reported}");
    for place in places {
        assert!(place.starts_with(&format!("{shown}:")), "{place}");
    }
}

#[test]
fn a_named_path_is_checked_instead() {
    let dir = scratch("check-named", &broken());
    std::fs::write(dir.join("other.toml"), VALID).unwrap();
    let output = catalog(&dir, &["check", "other.toml"]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert!(text(&output.stdout).starts_with("other.toml: no problems"));
}

#[test]
fn no_file_anywhere_is_a_clear_error() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("no-catalog");
    std::fs::create_dir_all(&dir).unwrap();
    let output = catalog(&dir, &["check", "missing.toml"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stderr).contains("missing.toml: cannot read the file"));
}

#[test]
fn docs_writes_the_pages_beside_the_file_then_finds_them_current() {
    let dir = scratch("docs-write", VALID);
    let stale = catalog(&dir, &["docs"]);
    assert_eq!(stale.status.code(), Some(1));
    assert!(text(&stale.stdout).contains("out of date; run `cargo catalog docs --write`"));

    let written = catalog(&dir.join("sub"), &["docs", "--write"]);
    assert_eq!(written.status.code(), Some(0), "{}", text(&written.stderr));
    let catalog_read = load(VALID.as_bytes()).unwrap();
    for (index, language) in catalog_read.languages.iter().enumerate() {
        let page =
            std::fs::read_to_string(dir.join("docs").join(&language.tag).join("api-errors.md"))
                .unwrap();
        assert_eq!(
            page,
            capmonster_errors_codegen::page::render(&catalog_read, index)
        );

        let printed = catalog(&dir, &["docs", "--lang", &language.tag]);
        assert_eq!(text(&printed.stdout), page);
    }
    let current = catalog(&dir, &["docs"]);
    assert_eq!(current.status.code(), Some(0));
    assert!(!text(&current.stdout).contains("out of date"));
}

#[test]
fn docs_of_a_broken_file_report_its_problems_and_write_nothing() {
    let dir = scratch("docs-broken", &broken());
    let output = catalog(&dir, &["docs", "--write"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stderr).contains("problem(s) found"));
    assert!(!dir.join("docs").exists());
}

#[test]
fn site_lays_out_the_pages_as_the_docs_site_serves_them() {
    let dir = scratch("site", VALID);
    let output = catalog(&dir, &["site", "--out", "out"]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let catalog_read = load(VALID.as_bytes()).unwrap();
    let out = dir.join("out");
    // The fixture's English page is at the site's root, the Chinese one
    // under /zh: Docusaurus's default locale and its i18n folder.
    let zh = out.join("i18n/zh/docusaurus-plugin-content-docs/current");
    for (index, folder) in [(0, zh.clone()), (1, out.join("docs"))] {
        let page = std::fs::read_to_string(folder.join("api/api-errors.md")).unwrap();
        assert_eq!(
            page,
            capmonster_errors_codegen::page::render(&catalog_read, index)
        );
        // A stub for each page the descriptions link to, so links are checked.
        assert!(folder.join("api/methods/get-task-result.md").is_file());
        let doc_urls = std::fs::read_to_string(folder.join("doc-urls.md")).unwrap();
        for entry in &catalog_read.entries {
            assert!(
                doc_urls.contains(&format!("#{})", entry.anchor)),
                "{doc_urls}"
            );
        }
    }
    let site = std::fs::read_to_string(out.join("site.json")).unwrap();
    assert!(site.contains("\"defaultLocale\": \"en\""), "{site}");
}

#[test]
fn site_refuses_a_language_the_site_cannot_serve() {
    let odd = VALID.replace(
        "site_url = \"https://docs.example.com/zh\"",
        "site_url = \"https://docs.example.com/chinese\"",
    );
    assert_ne!(odd, VALID);
    let dir = scratch("site-odd", &odd);
    let output = catalog(&dir, &["site", "--out", "out"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stderr).contains("as Docusaurus serves a language"));
}
