//! Codes are a promise to dependents: every code and alias ever released
//! stays in errors.toml, with the same Rust name.

use capmonster_errors::ErrorCode;

const RELEASED: &str = include_str!("released-codes.txt");

/// `(code, variant)` for each line of released-codes.txt.
fn released() -> Vec<(&'static str, &'static str)> {
    RELEASED
        .lines()
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .map(|line| {
            let mut fields = line.split_whitespace();
            match (fields.next(), fields.next(), fields.next()) {
                (Some(code), Some(variant), None) => (code, variant),
                _ => panic!("released-codes.txt: {line:?} is not `CODE Variant`"),
            }
        })
        .collect()
}

#[test]
fn every_released_code_is_still_in_the_catalog() {
    let mut problems = Vec::new();
    for (code, variant) in released() {
        match ErrorCode::from_code(code) {
            None => problems.push(format!(
                "{code} was released, but errors.toml no longer has it. Codes are never deleted: \
                 put its entry (or alias) back, and if the API no longer sends it, add \
                 retired = \"why, and since when\" to the entry."
            )),
            Some(found) if format!("{found:?}") != variant => problems.push(format!(
                "{code} was released with the Rust name {variant}, but errors.toml now gives it \
                 {found:?}, which breaks programs that use it. Add variant = \"{variant}\" to its entry."
            )),
            Some(_) => {}
        }
    }
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}

#[test]
fn the_list_holds_each_code_once() {
    let mut codes: Vec<&str> = released().into_iter().map(|(code, _)| code).collect();
    let listed = codes.len();
    codes.sort_unstable();
    codes.dedup();
    assert_eq!(codes.len(), listed);
    assert!(listed >= 27);
}
