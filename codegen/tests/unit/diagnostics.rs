//! What the corpus of broken catalogs (`tests/broken/`) cannot show: the
//! files that must be accepted, and the form of a located message. Every
//! rejected file, with its exact diagnostics, lives in that corpus.

use crate::codegen::{self, Diagnostic};
use crate::{VALID, edit, with_entry};

/// The diagnostics for `toml` as `LINE:COL: message` lines.
fn diagnose(toml: &str) -> Vec<String> {
    match codegen::load(toml.as_bytes()) {
        Ok(_) => Vec::new(),
        Err(diagnostics) => diagnostics
            .iter()
            .map(
                |Diagnostic {
                     line,
                     column,
                     message,
                     ..
                 }| format!("{line}:{column}: {message}"),
            )
            .collect(),
    }
}

#[test]
fn the_valid_catalog_has_no_diagnostics() {
    assert_eq!(diagnose(VALID), Vec::<String>::new());
}

#[test]
fn the_path_leads_the_message() {
    let diagnostics =
        codegen::load(edit("retry = \"never\"", "retry = \"nope\"").as_bytes()).unwrap_err();
    assert_eq!(
        diagnostics[0].located("errors.toml").to_string(),
        "errors.toml:7:9: unknown retry value \"nope\"; use \"never\", \"same_request\", \"new_task\" or \"new_task_fresh_data\""
    );
}

#[test]
fn a_region_of_three_digits_is_a_language_tag() {
    // Latin American Spanish as Docusaurus names it. Refused tags, such as a
    // region of two digits or three letters, are in the corpus.
    let spanish = VALID
        .replacen("[\"zh\", \"en\"]", "[\"es-419\", \"en\"]", 1)
        .replacen("zh = ", "es-419 = ", 1)
        .replacen("[page.zh]", "[page.es-419]", 1);
    assert_eq!(diagnose(&spanish), Vec::<String>::new());
}

#[test]
fn a_variant_override_resolves_a_collision() {
    assert_eq!(
        diagnose(&with_entry(
            "ZERO_BALANCE",
            "variant = \"LegacyZeroBalance\"\n"
        )),
        Vec::<String>::new()
    );
}

#[test]
fn crlf_line_endings_and_a_byte_order_mark_are_accepted() {
    let windows = format!("\u{feff}{}", VALID.replace('\n', "\r\n"));
    let catalog = codegen::load(windows.as_bytes()).unwrap();
    let unix = codegen::load(VALID.as_bytes()).unwrap();
    assert_eq!(catalog, unix);
}

#[test]
fn multi_line_text_saved_with_crlf_reads_as_lf() {
    let toml = edit(
        "en = \"The balance is zero.\"",
        "en = \"\"\"\nThe balance\nis zero.\"\"\"",
    )
    .replace('\n', "\r\n");
    let catalog = codegen::load(toml.as_bytes()).unwrap();
    assert_eq!(catalog.entries[0].descriptions[1], "The balance\nis zero.");
}

#[test]
fn an_intended_difference_is_listed() {
    let toml = VALID
        .replace(
            "en = \"The balance is zero.\"",
            "en = \"The `balance` is zero.\"",
        )
        .replace(
            "retry = \"never\"",
            "retry = \"never\"\nmay_differ = [\"balance\"]",
        );
    assert_eq!(diagnose(&toml), Vec::<String>::new());
}

#[test]
fn a_problem_ends_just_after_its_last_character_counted_in_characters() {
    // `"né"` is four characters from column 9, five bytes: the end is the
    // column after the closing quote.
    let diagnostics =
        codegen::load(edit("retry = \"never\"", "retry = \"né\"").as_bytes()).unwrap_err();
    let diagnostic = &diagnostics[0];
    assert_eq!(
        (diagnostic.line, diagnostic.column),
        (diagnostic.end_line, 9)
    );
    assert_eq!(diagnostic.end_column, 13, "{diagnostic:?}");
}

#[test]
fn a_refusal_ends_after_its_last_character_and_the_next_starts_after_it() {
    let diagnostics = codegen::load(
        edit(
            "en = \"The balance is zero.\"",
            "en = \"The <b>balance</b> is zero.\"",
        )
        .as_bytes(),
    )
    .unwrap_err();
    let places: Vec<(usize, usize, usize)> = diagnostics
        .iter()
        .map(|diagnostic| (diagnostic.line, diagnostic.column, diagnostic.end_column))
        .collect();
    // `en = "The ` is ten characters: `<b>` from column 11, `</b>` from 21.
    assert_eq!(places, [(10, 11, 14), (10, 21, 25)]);
}
