//! A corpus of broken catalogs, one mistake each (`tests/broken/*.toml`),
//! and where and what the generator reports for each: the exact
//! `errors.toml:LINE:COL` and the gist of the message, without a panic.

#[allow(dead_code)]
#[path = "../codegen/mod.rs"]
mod codegen;

use std::panic::catch_unwind;

type Expected = &'static [(&'static str, &'static str)];

/// Every diagnostic of the file, in order: its place and a part of its message.
const EXACTLY: &[(&str, Expected)] = &[
    (
        "alias-equals-own-code",
        &[(
            "24:12",
            "`ERROR_ZERO_BALANCE` is already used at line 23, column 8",
        )],
    ),
    (
        "code-leading-digit",
        &[(
            "23:8",
            "\"1_ERROR\" is not an API code: write capital letters A-Z, digits and",
        )],
    ),
    (
        "code-lowercase",
        &[(
            "23:8",
            "\"error_zero_balance\" is not an API code: write capital letters A-Z,",
        )],
    ),
    (
        "code-non-ascii",
        &[(
            "23:8",
            "\"ERROR_ÜBER\" is not an API code: write capital letters A-Z, digits",
        )],
    ),
    (
        "code-with-space",
        &[(
            "23:8",
            "\"ERROR ZERO\" is not an API code: write capital letters A-Z, digits",
        )],
    ),
    (
        "duplicate-alias-in-one-entry",
        &[("24:24", "`OLD_ZERO` is already used at line 24, column 12")],
    ),
    (
        "duplicate-alias-of-another-code",
        &[(
            "43:12",
            "`CAPTCHA_NOT_READY` is already used at line 31, column 8",
        )],
    ),
    (
        "duplicate-code",
        &[(
            "40:8",
            "`ERROR_ZERO_BALANCE` is already used at line 23, column 8",
        )],
    ),
    (
        "empty-file",
        &[
            ("1:1", "the file has no `[catalog]` table"),
            ("1:1", "the catalog has no entries"),
        ],
    ),
    (
        "encoding-bom-with-mistake",
        &[(
            "25:9",
            "unknown retry value \"nevr\" (did you mean `never`?)",
        )],
    ),
    (
        "encoding-crlf-with-mistake",
        &[(
            "25:9",
            "unknown retry value \"nevr\" (did you mean `never`?)",
        )],
    ),
    (
        "encoding-not-utf8",
        &[("28:22", "this byte is not UTF-8 text")],
    ),
    (
        "entry-key-before-header",
        &[(
            "1:1",
            "`code` belongs to an entry, but no `[[error]]` line comes before it",
        )],
    ),
    (
        "language-listed-twice",
        &[(
            "2:26",
            "language `zh` is listed twice (first at line 2, column 14)",
        )],
    ),
    (
        "language-not-declared",
        &[(
            "29:1",
            "language \"fr\" is not declared in `languages` under [catalog]",
        )],
    ),
    (
        "language-tag-uppercase",
        &[(
            "2:26",
            "language \"DE\" is not a two- or three-letter lowercase language code",
        )],
    ),
    (
        "language-without-english",
        &[(
            "2:13",
            "`languages` must include \"en\": the English text is what an error",
        )],
    ),
    (
        "may-differ-lists-no-difference",
        &[(
            "26:15",
            "`may_differ` lists \"./nothing.md\", but no link target or code span by",
        )],
    ),
    (
        "missing-catalog",
        &[("1:1", "the file has no `[catalog]` table")],
    ),
    ("missing-code", &[("22:1", "this [[error]] has no `code`")]),
    (
        "missing-description-table",
        &[("22:1", "this entry has no `[error.description]`")],
    ),
    (
        "missing-english-text",
        &[("26:1", "the `en` description is missing")],
    ),
    (
        "missing-languages",
        &[("1:1", "`[catalog]` has no `languages`")],
    ),
    (
        "missing-page",
        &[(
            "2:20",
            "there is no `[page.en]` table for the `en` docs page",
        )],
    ),
    (
        "missing-page-key",
        &[("13:1", "this [page.en] table has no `url`")],
    ),
    (
        "missing-retry",
        &[("22:1", "this [[error]] has no `retry`")],
    ),
    (
        "missing-title",
        &[("22:1", "this [[error]] has no `title`")],
    ),
    (
        "name-collision-after-case-conversion",
        &[(
            "48:8",
            "the Rust name `IpBanned`, made from the code \"IP_BANNED\" is already",
        )],
    ),
    (
        "name-empty",
        &[(
            "40:8",
            "the Rust name would be empty, made from the code \"ERROR_\"",
        )],
    ),
    (
        "name-keyword-self",
        &[(
            "40:8",
            "the Rust name `Self` is a Rust keyword, made from the code",
        )],
    ),
    (
        "name-leading-digit",
        &[(
            "40:8",
            "the Rust name `2faFailed` must start with a capital letter A-Z, made",
        )],
    ),
    (
        "only-comments",
        &[
            ("1:1", "the file has no `[catalog]` table"),
            ("1:1", "the catalog has no entries"),
        ],
    ),
    (
        "page-address-not-absolute",
        &[(
            "14:7",
            "\"docs.example.com/errors\" is not a full web address",
        )],
    ),
    (
        "page-front-matter-dashes",
        &[(
            "16:16",
            "`front_matter` must not contain a `---` line: the page's `---` lines",
        )],
    ),
    (
        "page-undeclared-language",
        &[(
            "22:7",
            "`[page.fr]` is for a language not declared in `languages` under",
        )],
    ),
    (
        "retry-after-beyond-64-bits",
        &[("34:18", "`retry_after_ms` is too large a number")],
    ),
    (
        "retry-after-huge",
        &[(
            "34:18",
            "`retry_after_ms` is 86400000, but must be between 1 and 3600000 (one",
        )],
    ),
    (
        "retry-after-negative",
        &[(
            "34:18",
            "`retry_after_ms` is -2000, but must be between 1 and 3600000 (one",
        )],
    ),
    (
        "retry-after-without-same-request",
        &[(
            "26:18",
            "`retry_after_ms` only goes with retry = \"same_request\"",
        )],
    ),
    (
        "retry-after-zero",
        &[(
            "34:18",
            "`retry_after_ms` is 0, but must be between 1 and 3600000 (one hour)",
        )],
    ),
    (
        "retry-unknown-value",
        &[("25:9", "unknown retry value \"sometimes\"")],
    ),
    (
        "several-mistakes",
        &[
            (
                "25:9",
                "unknown retry value \"nevr\" (did you mean `never`?)",
            ),
            ("26:1", "unknown key `colour` in the [[error]] entry"),
            (
                "32:8",
                "\"captcha_not_ready\" is not an API code: write capital letters A-Z,",
            ),
            ("38:6", "the `en` description is empty"),
        ],
    ),
    (
        "syntax-bad-header",
        &[
            (
                "30:9",
                "TOML syntax error: unclosed array table, expected `]`",
            ),
            ("35:8", "TOML syntax error: duplicate key"),
        ],
    ),
    (
        "syntax-duplicate-key",
        &[("25:1", "TOML syntax error: duplicate key")],
    ),
    (
        "syntax-duplicate-table",
        &[("13:7", "TOML syntax error: duplicate key")],
    ),
    (
        "syntax-unclosed-string",
        &[(
            "24:18",
            "TOML syntax error: invalid basic string, expected `\"`",
        )],
    ),
    (
        "syntax-unquoted-string",
        &[(
            "24:9",
            "TOML syntax error: string values must be quoted, expected literal",
        )],
    ),
    (
        "text-empty-description",
        &[("27:6", "the `zh` description is empty")],
    ),
    (
        "text-empty-retired-reason",
        &[("26:11", "the `retired` reason is empty")],
    ),
    ("text-empty-title", &[("24:9", "the title is empty")]),
    (
        "text-title-two-lines",
        &[("24:9", "the title must fit on one line")],
    ),
    (
        "text-whitespace-description",
        &[("28:6", "the `en` description is empty")],
    ),
    ("text-whitespace-title", &[("24:9", "the title is empty")]),
    (
        "translation-drops-link",
        &[(
            "28:6",
            "the `en` description lacks the link to `https://pay.example.com`,",
        )],
    ),
    (
        "type-alias-item-integer",
        &[(
            "24:24",
            "every item of `aliases` must be text in double quotes, not a whole",
        )],
    ),
    (
        "type-aliases-string",
        &[(
            "24:11",
            "`aliases` must be a list of texts in square brackets, like aliases =",
        )],
    ),
    (
        "type-catalog-array",
        &[(
            "1:11",
            "`catalog` must be a table: write it as a `[catalog]` header line",
        )],
    ),
    (
        "type-code-integer",
        &[(
            "23:8",
            "`code` must be text in double quotes, like code = \"...\", not a whole",
        )],
    ),
    (
        "type-description-string",
        &[(
            "26:15",
            "`description` must be a table: write an `[error.description]` line",
        )],
    ),
    (
        "type-description-text-array",
        &[(
            "28:6",
            "`en` must be text in double quotes, like en = \"...\", not a list",
        )],
    ),
    (
        "type-error-single-table",
        &[(
            "22:1",
            "`[error]` with single brackets holds only one entry: write",
        )],
    ),
    (
        "type-languages-string",
        &[(
            "2:13",
            "`languages` must be a list of texts in square brackets, like",
        )],
    ),
    (
        "type-page-text",
        &[(
            "1:8",
            "`page` must hold one table per language: write a `[page.en]` header",
        )],
    ),
    (
        "type-retry-after-float",
        &[(
            "34:18",
            "`retry_after_ms` must be a whole number without quotes, like",
        )],
    ),
    (
        "type-retry-after-string",
        &[(
            "34:18",
            "`retry_after_ms` must be a whole number without quotes, like",
        )],
    ),
    (
        "type-retry-boolean",
        &[(
            "25:9",
            "`retry` must be text in double quotes, like retry = \"...\", not true",
        )],
    ),
    (
        "unknown-catalog-key",
        &[(
            "3:1",
            "unknown key `language` in the [catalog] (did you mean `languages`?)",
        )],
    ),
    (
        "unknown-entry-key",
        &[(
            "25:1",
            "unknown key `retyr` in the [[error]] entry (did you mean `retry`?)",
        )],
    ),
    (
        "unknown-page-key",
        &[(
            "17:1",
            "unknown key `headline` in the [page] table (did you mean `heading`?)",
        )],
    ),
    (
        "unknown-top-level-key",
        &[("1:1", "unknown key `version` in the top level")],
    ),
    (
        "variant-lowercase-keyword",
        &[(
            "43:11",
            "the Rust name `type` must start with a capital letter A-Z",
        )],
    ),
    (
        "variant-with-underscore",
        &[(
            "43:11",
            "the Rust name `Not_Camel` may contain only letters A-Z, a-z and digits",
        )],
    ),
];

/// Files whose syntax error throws the parser off for the rest of the
/// file: the first diagnostics are asserted, not the parser's guesses after.
const STARTING_WITH: &[(&str, Expected)] = &[(
    "syntax-unclosed-array",
    &[(
        "4:1",
        "TOML syntax error: missing comma between array elements",
    )],
)];

fn diagnose(name: &str) -> Vec<String> {
    let path = format!("{}/tests/broken/{name}.toml", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).unwrap_or_else(|error| panic!("{path}: {error}"));
    let result = catch_unwind(|| codegen::load(&bytes));
    let diagnostics = result
        .unwrap_or_else(|_| panic!("the generator panicked on {name}.toml"))
        .expect_err("a broken catalog is rejected");
    diagnostics
        .iter()
        .map(|diagnostic| diagnostic.located("errors.toml").to_string())
        .collect()
}

#[track_caller]
fn assert_matches(name: &str, found: &[String], expected: Expected) {
    for (found, (place, gist)) in found.iter().zip(expected) {
        let prefix = format!("errors.toml:{place}: ");
        assert!(
            found.starts_with(&prefix),
            "{name}: expected {prefix}..., got {found}"
        );
        assert!(
            found.contains(gist),
            "{name}: {found:?} does not say {gist:?}"
        );
    }
}

#[test]
fn every_broken_catalog_is_diagnosed_exactly() {
    for (name, expected) in EXACTLY {
        let found = diagnose(name);
        assert_eq!(found.len(), expected.len(), "{name}: {found:#?}");
        assert_matches(name, &found, expected);
    }
}

#[test]
fn a_syntax_error_is_reported_where_it_starts() {
    for (name, expected) in STARTING_WITH {
        let found = diagnose(name);
        assert!(found.len() >= expected.len(), "{name}: {found:#?}");
        assert_matches(name, &found, expected);
    }
}

#[test]
fn every_file_of_the_corpus_is_checked() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/broken");
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .collect();
    files.sort();
    let mut listed: Vec<String> = EXACTLY
        .iter()
        .chain(STARTING_WITH)
        .map(|(name, _)| format!("{name}.toml"))
        .collect();
    listed.sort();
    assert_eq!(files, listed);
    assert!(files.len() >= 40, "the corpus has {} files", files.len());
}

#[test]
fn messages_are_one_line_and_say_how_to_fix() {
    for (name, _) in EXACTLY.iter().chain(STARTING_WITH) {
        for message in diagnose(name) {
            assert!(!message.contains('\n'), "{name}: {message:?}");
            assert!(
                message.contains("; ") || message.contains(": "),
                "{name}: {message}"
            );
        }
    }
}
