//! Docs-site addresses: heading anchors and link resolution.

use crate::codegen::links::{heading_anchors, is_web_address, resolve};

const PAGE: &str = "https://docs.example.com/docs/api/api-errors";
const SITE: &str = "https://docs.example.com";

#[test]
fn anchors_follow_docusaurus() {
    assert_eq!(
        heading_anchors([
            "INVALID KEY",
            "ERROR_TASK_ABSENT",
            "What's new?",
            "INVALID KEY",
            "错误 描述"
        ]),
        [
            "invalid-key",
            "error_task_absent",
            "whats-new",
            "invalid-key-1",
            "错误-描述"
        ]
    );
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
