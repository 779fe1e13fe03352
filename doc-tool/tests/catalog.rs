//! `cargo catalog`, run end to end in scratch folders, as a doc writer runs
//! it: on a valid file, on a broken one, found from a subfolder, and the
//! pages written beside it.

use std::path::{Path, PathBuf};

use capmonster_errors_codegen::load;

mod support;
use support::{VALID, broken, catalog, scratch, text};

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
        "errors.toml: {} problems found\n",
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
            std::fs::read_to_string(dir.join("docs").join(&language.tag).join("api-errors.mdx"))
                .unwrap();
        assert_eq!(page, capmonster_errors_codegen::page(&catalog_read, index));

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
    assert!(text(&output.stderr).contains("problems found"));
    assert!(!dir.join("docs").exists());
}

#[test]
fn docs_finds_a_stale_page_out_of_date_and_rewrites_it() {
    let dir = scratch("docs-stale", VALID);
    let written = catalog(&dir, &["docs", "--write"]);
    assert_eq!(written.status.code(), Some(0), "{}", text(&written.stderr));
    // A page that exists, but not as errors.toml makes it.
    let page = dir.join("docs/en/api-errors.mdx");
    let current = std::fs::read_to_string(&page).unwrap();
    std::fs::write(&page, current.replacen("Tips:", "Old tips:", 1)).unwrap();
    let stale = catalog(&dir, &["docs"]);
    assert_eq!(stale.status.code(), Some(1));
    let said = text(&stale.stdout);
    assert!(
        said.contains("docs/en/api-errors.mdx: out of date; run `cargo catalog docs --write`"),
        "{said}"
    );
    assert!(
        said.contains("docs/zh/api-errors.mdx: up to date"),
        "{said}"
    );
    assert_eq!(catalog(&dir, &["docs", "--write"]).status.code(), Some(0));
    assert_eq!(std::fs::read_to_string(&page).unwrap(), current);
}

/// The folders and files of a docs site checkout that the fixture catalog
/// needs, under `dir/site`.
fn site(dir: &Path, method_page: &str) -> PathBuf {
    let site = dir.join("site");
    for tree in [
        "i18n/zh/docusaurus-plugin-content-docs/current",
        "i18n/en/docusaurus-plugin-content-docs/current",
    ] {
        let methods = site.join(tree).join("api/methods");
        std::fs::create_dir_all(&methods).unwrap();
        std::fs::write(methods.join(method_page), "# getTaskResult\n").unwrap();
        std::fs::write(site.join(tree).join("api/api-errors.mdx"), "# Old\n").unwrap();
    }
    site
}

#[test]
fn docs_writes_every_page_into_a_site_at_its_path() {
    let dir = scratch("docs-site", VALID);
    let site = site(&dir, "get-task-result.mdx");
    let stale = catalog(&dir, &["docs", "--site", "site"]);
    assert_eq!(stale.status.code(), Some(1));
    assert!(
        text(&stale.stdout).contains("out of date; run `cargo catalog docs --write --site site`"),
        "{}",
        text(&stale.stdout)
    );
    let written = catalog(&dir, &["docs", "--write", "--site", "site"]);
    assert_eq!(written.status.code(), Some(0), "{}", text(&written.stderr));
    let catalog_read = load(VALID.as_bytes()).unwrap();
    for (index, page) in catalog_read.pages.iter().enumerate() {
        let path = page
            .path
            .as_deref()
            .expect("the fixture gives every page a path");
        let written = std::fs::read_to_string(site.join(path)).unwrap();
        assert_eq!(
            written,
            capmonster_errors_codegen::page(&catalog_read, index)
        );
    }
    // The copies this repository keeps are another matter.
    assert!(!dir.join("docs").exists());
    assert_eq!(
        catalog(&dir, &["docs", "--site", "site"]).status.code(),
        Some(0)
    );
}

#[test]
fn docs_writes_nothing_into_a_site_that_lacks_a_pages_folder() {
    let dir = scratch("docs-site-no-folder", VALID);
    let site = site(&dir, "get-task-result.mdx");
    std::fs::remove_dir_all(site.join("i18n/en")).unwrap();
    let output = catalog(&dir, &["docs", "--write", "--site", "site"]);
    assert_eq!(output.status.code(), Some(1));
    let said = text(&output.stderr);
    assert!(
        said.contains("error: site has no folder i18n/en/docusaurus-plugin-content-docs/current/api/ for this page"),
        "{said}"
    );
    let zh = site.join("i18n/zh/docusaurus-plugin-content-docs/current/api/api-errors.mdx");
    assert_eq!(std::fs::read_to_string(zh).unwrap(), "# Old\n");
}

#[test]
fn check_with_a_site_finds_each_link_to_a_file_or_says_which_file_exists() {
    let dir = scratch("check-site", VALID);
    site(&dir, "get-task-result.mdx");
    let output = catalog(&dir, &["check", "--site", "site"]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert!(text(&output.stdout).contains("every link to a file found in site"));

    // The site names its pages .mdx; a link that says .md finds nothing.
    let md = VALID.replace("get-task-result.mdx", "get-task-result.md");
    assert_ne!(md, VALID);
    std::fs::write(dir.join("errors.toml"), &md).unwrap();
    let output = catalog(&dir, &["check", "--site", "site"]);
    assert_eq!(output.status.code(), Some(1));
    let said = text(&output.stderr);
    assert!(
        said.contains("= help: the site has it with the other ending, so write (./methods/get-task-result.mdx)"),
        "{said}"
    );
    let diagnostics = capmonster_errors_codegen::load(md.as_bytes());
    assert!(
        diagnostics.is_ok(),
        "without the site, nothing is wrong: {diagnostics:?}"
    );
    // Nor does the page go into the site, where it would break the build.
    let output = catalog(&dir, &["docs", "--write", "--site", "site"]);
    assert_eq!(output.status.code(), Some(1));
    let zh = dir.join("site/i18n/zh/docusaurus-plugin-content-docs/current/api/api-errors.mdx");
    assert_eq!(std::fs::read_to_string(zh).unwrap(), "# Old\n");
}

#[test]
fn check_without_a_site_says_links_to_files_were_not_checked() {
    let dir = scratch("check-no-site", VALID);
    let output = catalog(&dir, &["check"]);
    assert_eq!(output.status.code(), Some(0));
    assert!(
        text(&output.stdout).contains("links to files were not checked; give --site DIR"),
        "{}",
        text(&output.stdout)
    );
}

#[test]
fn after_a_syntax_error_the_rest_is_checked_once_it_is_fixed() {
    // A misspelled key and a number with a separator: only the syntax
    // error can be seen until the file reads as TOML.
    let slips = VALID
        .replacen("title = \"WRONG KEY\"", "titel = \"WRONG KEY\"", 1)
        .replacen("retry_after_ms = 2000", "retry_after_ms = 2,000", 1);
    let dir = scratch("check-syntax-first", &slips);
    let output = catalog(&dir, &["check"]);
    assert_eq!(output.status.code(), Some(1));
    let said = text(&output.stderr);
    assert!(
        said.contains("= help: write it with digits only: retry_after_ms = 2000"),
        "{said}"
    );
    assert!(!said.contains("titel"), "{said}");
    assert!(
        said.ends_with(
            "errors.toml: 1 problem found; the rest of the file is checked once this is fixed\n"
        ),
        "{said}"
    );
    // Fixed, the other mistake shows.
    std::fs::write(dir.join("errors.toml"), slips.replace("2,000", "2000")).unwrap();
    let said = text(&catalog(&dir, &["check"]).stderr);
    assert!(said.contains("titel"), "{said}");
    assert!(said.ends_with("errors.toml: 1 problem found\n"), "{said}");
}

/// The quoted line holding `marker` and the underline beneath it, from a
/// report, with the display column where the underline starts and the
/// one where `marker` stands on the quoted line.
fn underline_under(report: &str, marker: char) -> (String, usize, usize) {
    use unicode_width::UnicodeWidthStr;
    let lines: Vec<&str> = report.lines().collect();
    let at = lines
        .iter()
        .position(|line| line.contains(marker))
        .unwrap_or_else(|| panic!("no line with {marker:?} in:\n{report}"));
    let (quoted, underline) = (lines[at], lines[at + 1]);
    let caret = underline.find('^').expect("an underline");
    let before_marker = &quoted[..quoted.find(marker).unwrap()];
    (
        quoted.to_string(),
        underline[..caret].width(),
        before_marker.width(),
    )
}

#[test]
fn a_wide_line_is_quoted_whole_and_underlined_where_its_text_stands() {
    // Chinese text is two columns a character on screen: the underline
    // must count so, and the whole line fits, so nothing is cut.
    let zh = "账户余额为零，请先充值，然后重新提交任务。如果问题仍然存在，请联系技术支持并附上任务编号和请求正文，我们会尽快处理您的问题";
    let wide = VALID.replacen("zh = \"令牌已过期。\"", &format!("zh = \"{zh}\u{7}。\""), 1);
    assert_ne!(wide, VALID);
    let dir = scratch("check-wide", &wide);
    let report = text(&catalog(&dir, &["check"]).stderr);
    // The renderer shows the bell as its control picture.
    let (quoted, underline, marker) = underline_under(&report, '␇');
    assert!(quoted.contains(zh) && !quoted.contains("..."), "{quoted}");
    assert_eq!(underline, marker, "{report}");
}

#[test]
fn a_fullwidth_character_is_underlined_where_it_stands() {
    let wide = VALID.replacen("retry_after_ms = 2000", "retry_after_ms = ２000", 1);
    assert_ne!(wide, VALID);
    let dir = scratch("check-fullwidth", &wide);
    let report = text(&catalog(&dir, &["check"]).stderr);
    assert!(report.contains("FULLWIDTH DIGIT TWO"), "{report}");
    let (_, underline, marker) = underline_under(&report, '２');
    assert_eq!(underline, marker, "{report}");
    // It takes two columns: the underline covers both.
    let caret_line = report.lines().find(|line| line.contains('^')).unwrap();
    assert!(caret_line.ends_with("^^"), "{report}");
}

#[test]
fn help_names_the_command_as_it_is_typed() {
    let output = catalog(Path::new(env!("CARGO_TARGET_TMPDIR")), &["--help"]);
    assert_eq!(output.status.code(), Some(0));
    let said = text(&output.stdout);
    assert!(said.contains("Usage: cargo catalog <COMMAND>"), "{said}");
}
