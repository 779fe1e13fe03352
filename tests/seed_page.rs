//! The catalog started from CapMonster Cloud's zh "error descriptions" page
//! of mid-2025 (kept as a fixture, `tests/fixtures/api-errors.zh.md`), and
//! codes are never deleted: every code that page lists still resolves. The
//! text and advice follow the API as documented today, so they are not
//! compared.

use capmonster_errors::ErrorCode;

const SEED: &str = include_str!("fixtures/api-errors.zh.md");

/// The codes of each entry's code line: the `code` spans of the line under
/// each `###` heading.
fn seed_codes() -> Vec<&'static str> {
    let mut lines = SEED.lines();
    let mut codes = Vec::new();
    while let Some(line) = lines.next() {
        if line.starts_with("### ") {
            let code_line = lines.next().expect("a code line under every heading");
            codes.extend(code_line.split('`').skip(1).step_by(2));
        }
    }
    codes
}

#[test]
fn the_fixture_yields_codes_with_their_aliases() {
    let codes = seed_codes();
    // A reader that missed the code lines, or split them wrongly, would
    // find nothing or something that is not a code.
    assert!(codes.len() > 1, "{codes:?}");
    for code in &codes {
        assert!(
            code.bytes()
                .all(|byte| byte.is_ascii_uppercase() || byte == b'_'),
            "{code:?} is not an API code"
        );
    }
    assert!(codes.contains(&"WRONG_CAPTCHA_ID"), "aliases are read too");
}

#[test]
fn every_code_of_the_seed_page_still_resolves() {
    let missing: Vec<&str> = seed_codes()
        .into_iter()
        .filter(|code| ErrorCode::from_code(code).is_none())
        .collect();
    assert!(
        missing.is_empty(),
        "errors.toml lost codes of the page it started from: {missing:?}. Codes are never \
         deleted; put their entries back, with retired = \"...\" if the API stopped sending them"
    );
}
