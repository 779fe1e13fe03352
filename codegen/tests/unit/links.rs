//! Docs-site addresses: heading ids, which links are allowed, and link
//! resolution.

use crate::codegen::internals::addresses::{anchor_for_code, is_anchor, resolve};
use crate::codegen::internals::links::{is_web_address, link_problem};

const PAGE: &str = "https://docs.example.com/docs/api/api-errors";
const SITE: &str = "https://docs.example.com";

#[test]
fn ids_made_from_codes_are_what_the_site_makes_of_the_code() {
    assert_eq!(anchor_for_code("ERROR_TASK_ABSENT"), "error_task_absent");
    assert_eq!(anchor_for_code("CAPTCHA_NOT_READY"), "captcha_not_ready");
    for good in ["no-funds", "error_task_absent", "4xx"] {
        assert!(is_anchor(good), "{good}");
    }
    for bad in ["", "No-Funds", "-x", "a b", "a#b", "错误"] {
        assert!(!is_anchor(bad), "{bad}");
    }
}

#[test]
fn links_go_to_the_web_or_the_docs_site() {
    for good in [
        "https://capmonster.cloud/SelectPaymentType",
        "http://example.com/a?b=c#d",
        "./methods/create-task.md",
        "../api/x.md#y",
        "/docs/api",
        "methods/get-task-result.md",
        "#retrying-requests",
    ] {
        assert_eq!(link_problem(good), None, "{good}");
    }
    for (bad, gist) in [
        ("javascript:alert%281%29", "not to `javascript:`"),
        ("JAVASCRIPT:x", "not to `JAVASCRIPT:`"),
        ("data:text/html,x", "not to `data:`"),
        ("mailto:a@b.c", "not to `mailto:`"),
        ("https://", "not a full web address"),
        ("//evil.example", "goes to another site"),
        ("./x.md\\", "REVERSE SOLIDUS"),
        ("./x{y}.md", "LEFT CURLY BRACKET"),
        ("./x .md", "SPACE"),
    ] {
        let problem = link_problem(bad).unwrap_or_else(|| panic!("{bad} was allowed"));
        assert!(problem.contains(gist), "{bad}: {problem}");
    }
}

#[test]
fn links_resolve_as_the_site_publishes_them() {
    for (link, expected) in [
        (
            "https://capmonster.cloud/SelectPaymentType",
            "https://capmonster.cloud/SelectPaymentType",
        ),
        (
            "./methods/get-task-result.md",
            "https://docs.example.com/docs/api/methods/get-task-result",
        ),
        (
            "methods/create-task.md#request",
            "https://docs.example.com/docs/api/methods/create-task#request",
        ),
        (
            "../captchas/recaptcha.mdx",
            "https://docs.example.com/docs/captchas/recaptcha",
        ),
        ("../../../../too-far.md", "https://docs.example.com/too-far"),
        ("/docs/captchas", "https://docs.example.com/docs/captchas"),
        (
            "#no-funds",
            "https://docs.example.com/docs/api/api-errors#no-funds",
        ),
        ("mailto:help@example.com", "mailto:help@example.com"),
    ] {
        assert_eq!(resolve(link, PAGE, SITE), expected, "{link}");
    }
    assert_eq!(
        resolve(
            "/docs/captchas",
            "https://docs.example.com/zh/docs/api/api-errors",
            "https://docs.example.com/zh/"
        ),
        "https://docs.example.com/zh/docs/captchas"
    );
}

#[test]
fn web_addresses() {
    assert!(is_web_address("https://docs.example.com/a"));
    assert!(is_web_address("http://localhost:3000"));
    for bad in [
        "docs.example.com",
        "https://",
        "https:///x",
        "https://a b",
        "https://a\"b",
        "ftp://x",
    ] {
        assert!(!is_web_address(bad), "{bad}");
    }
}

#[test]
fn a_page_address_that_ends_in_a_slash_makes_every_site_address_end_so() {
    // `trailingSlash: true`: the site serves `/docs/x/`, and `/docs/x`
    // only through a redirect.
    let page = "https://docs.example.com/zh/docs/api/api-errors/";
    let site = "https://docs.example.com/zh";
    for (link, expected) in [
        (
            "./methods/create-task.mdx",
            "https://docs.example.com/zh/docs/api/methods/create-task/",
        ),
        (
            "./methods/create-task.md#task",
            "https://docs.example.com/zh/docs/api/methods/create-task/#task",
        ),
        (
            "../captchas.mdx",
            "https://docs.example.com/zh/docs/captchas/",
        ),
        (
            "/docs/captchas",
            "https://docs.example.com/zh/docs/captchas/",
        ),
        (
            "/docs/captchas/",
            "https://docs.example.com/zh/docs/captchas/",
        ),
        // A static file keeps its name as it is.
        ("/img/logo.png", "https://docs.example.com/zh/img/logo.png"),
        (
            "#retrying-requests",
            "https://docs.example.com/zh/docs/api/api-errors/#retrying-requests",
        ),
        ("https://example.com/a", "https://example.com/a"),
    ] {
        assert_eq!(resolve(link, page, site), expected, "{link}");
    }
    // Without the slash, addresses stay as they were.
    assert_eq!(
        resolve("./methods/create-task.mdx", PAGE, SITE),
        "https://docs.example.com/docs/api/methods/create-task"
    );
}
