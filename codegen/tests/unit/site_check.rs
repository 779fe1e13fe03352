//! errors.toml against a docs site checkout, here one made of strings:
//! page paths must lie in folders the site has, and links to files must
//! find their files the way Docusaurus finds them.

use std::collections::BTreeSet;

use crate::codegen::SiteTree;
use crate::codegen::internals::paths::{content_root, is_file_link, link_candidates};
use crate::codegen::{self, Diagnostic};

/// A site of the files named, and the folders they are in.
struct Files(BTreeSet<&'static str>);

impl SiteTree for Files {
    fn is_file(&self, path: &str) -> bool {
        self.0.contains(path)
    }

    fn is_folder(&self, path: &str) -> bool {
        self.0
            .iter()
            .any(|file| file.starts_with(&format!("{path}/")))
    }

    fn file_names(&self, folder: &str) -> Vec<String> {
        self.0
            .iter()
            .filter_map(|file| file.strip_prefix(&format!("{folder}/")))
            .filter(|name| !name.contains('/'))
            .map(str::to_string)
            .collect()
    }
}

const ZH: &str = "i18n/zh/docusaurus-plugin-content-docs/current";
const EN: &str = "i18n/en/docusaurus-plugin-content-docs/current";

fn site() -> Files {
    Files(BTreeSet::from([
        "docs/api/api-errors.mdx",
        "docs/api/methods/create-task.mdx",
        "i18n/zh/docusaurus-plugin-content-docs/current/api/api-errors.mdx",
        "i18n/zh/docusaurus-plugin-content-docs/current/api/methods/create-task.mdx",
        "i18n/zh/docusaurus-plugin-content-docs/current/api/methods/get-task-result.mdx",
        "i18n/en/docusaurus-plugin-content-docs/current/api/api-errors.mdx",
        "i18n/en/docusaurus-plugin-content-docs/current/api/methods/create-task.mdx",
        "i18n/en/docusaurus-plugin-content-docs/current/api/methods/get-task-result.mdx",
    ]))
}

/// A two-language catalog whose one entry's descriptions both link to
/// `link`, with the real site's page paths.
fn catalog(link: &str) -> String {
    format!(
        r#"[catalog]
languages = ["zh", "en"]

[[error]]
code = "ERROR_ZERO_BALANCE"
title = "NO FUNDS"
retry = "never"
[error.description]
zh = "见[文章]({link})。"
en = "See [the article]({link})."

[page.zh]
url = "https://docs.example.com/zh/docs/api/api-errors/"
site_url = "https://docs.example.com/zh"
path = "{ZH}/api/api-errors.mdx"
heading = "错误描述"
advice_title = "建议："
code_label = "API 错误代码："

[page.en]
url = "https://docs.example.com/docs/api/api-errors/"
site_url = "https://docs.example.com"
path = "{EN}/api/api-errors.mdx"
heading = "Errors"
advice_title = "Tips:"
advice = ["Read [the method](./methods/create-task.mdx) first."]
code_label = "API error code: "
"#
    )
}

fn check(toml: &str) -> Result<(), Vec<String>> {
    codegen::load_for_site(toml, &site(), "the site")
        .map(|_| ())
        .map_err(|diagnostics| {
            diagnostics
                .iter()
                .map(|diagnostic: &Diagnostic| diagnostic.located("errors.toml").to_string())
                .collect()
        })
}

#[test]
fn links_that_find_their_files_pass() {
    for link in [
        "./methods/create-task.mdx#x",
        "methods/create-task.mdx",
        "/api/methods/get-task-result.mdx",
        // Addresses the site serves, not files: its build checks those.
        "/docs/captchas",
        "https://example.com/a.md",
    ] {
        assert_eq!(check(&catalog(link)), Ok(()), "{link}");
    }
}

#[test]
fn a_link_with_the_other_ending_gets_the_one_that_exists() {
    let problems = check(&catalog("./methods/create-task.md#task")).unwrap_err();
    let expected = |at| {
        format!(
            "errors.toml:{at}: the link ./methods/create-task.md#task names a file the site does not have; the site has it with the other ending, so write (./methods/create-task.mdx#task)"
        )
    };
    // Each language's page, at the link in its own description.
    assert_eq!(problems, [expected("9:13"), expected("10:25")]);
}

#[test]
fn a_misspelled_file_gets_the_nearest_name_in_its_folder() {
    let problems = check(&catalog("./methods/get-task-resutl.mdx")).unwrap_err();
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert_eq!(
        problems[0],
        "errors.toml:9:13: the link ./methods/get-task-resutl.mdx names i18n/zh/docusaurus-plugin-content-docs/current/api/methods/get-task-resutl.mdx, which the site does not have; did you mean (./methods/get-task-result.mdx)?"
    );
    // The problem covers the address and nothing more.
    let link = "./methods/get-task-resutl.mdx";
    let diagnostics = codegen::load_for_site(&catalog(link), &site(), "the site").unwrap_err();
    let Diagnostic {
        line,
        column,
        end_line,
        end_column,
        ..
    } = diagnostics[0];
    assert_eq!(
        (line, column, end_line, end_column),
        (9, 13, 9, 13 + link.len())
    );
    // Nothing near: say where to look.
    let problems = check(&catalog("./methods/solve.mdx")).unwrap_err();
    assert!(
        problems[0].ends_with("which the site does not have; link to a page that exists in the site, or remove the link"),
        "{problems:?}"
    );
}

#[test]
fn page_paths_must_lie_in_folders_the_site_has() {
    let toml = catalog("./methods/create-task.mdx").replace(
        &format!("{EN}/api/api-errors.mdx"),
        &format!("{EN}/apis/api-errors.mdx"),
    );
    let problems = check(&toml).unwrap_err();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].contains("the site has no folder i18n/en/docusaurus-plugin-content-docs/current/apis/ for this page"),
        "{problems:?}"
    );
}

#[test]
fn a_page_without_a_path_cannot_be_placed() {
    let toml = catalog("./methods/create-task.mdx")
        .replace(&format!("path = \"{ZH}/api/api-errors.mdx\"\n"), "");
    let problems = check(&toml).unwrap_err();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].contains("has no `path`"), "{problems:?}");
}

#[test]
fn tips_are_checked_like_descriptions() {
    let toml = catalog("./methods/create-task.mdx").replace(
        "Read [the method](./methods/create-task.mdx) first.",
        "Read [the method](./methods/create-tasks.mdx) first.",
    );
    let problems = check(&toml).unwrap_err();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].contains("did you mean (./methods/create-task.mdx)?"),
        "{problems:?}"
    );
}

#[test]
fn links_are_found_as_docusaurus_finds_them() {
    let page = format!("{ZH}/api/api-errors.mdx");
    // ./ and ../: beside the page only.
    assert_eq!(
        link_candidates("./methods/x.mdx#a", &page),
        [format!("{ZH}/api/methods/x.mdx")]
    );
    assert_eq!(link_candidates("../x.mdx", &page), [format!("{ZH}/x.mdx")]);
    // /x: the language's tree, then the site's root.
    assert_eq!(
        link_candidates("/api/x.mdx", &page),
        [format!("{ZH}/api/x.mdx"), "api/x.mdx".to_string()]
    );
    // x: those, then beside the page.
    assert_eq!(
        link_candidates("methods/x.mdx", &page),
        [
            format!("{ZH}/methods/x.mdx"),
            "methods/x.mdx".to_string(),
            format!("{ZH}/api/methods/x.mdx")
        ]
    );
    // Above the site's root: nothing.
    assert!(link_candidates("../../../../../../x.mdx", &page).is_empty());
    assert_eq!(content_root("docs/api/a.mdx"), Some("docs"));
    assert_eq!(content_root(&page), Some(ZH));
    assert_eq!(content_root("i18n/zh/other/api/a.mdx"), None);
    for file_link in ["./a.md", "a.mdx#b", "/docs/a.mdx"] {
        assert!(is_file_link(file_link), "{file_link}");
    }
    for not_one in ["/docs/captchas", "https://x.example/a.md", "#a", "./a"] {
        assert!(!is_file_link(not_one), "{not_one}");
    }
}
