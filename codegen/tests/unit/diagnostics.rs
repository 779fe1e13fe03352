//! Every kind of mistake in errors.toml, with the place it is reported at.

use crate::codegen::{self, Diagnostic};
use crate::{PAGE_EN, PAGE_ZH, VALID, VALID_ENTRY, edit, with_entry};

/// The diagnostics for `toml` as `LINE:COL: message` lines.
fn diagnose(toml: &str) -> Vec<String> {
    diagnose_bytes(toml.as_bytes())
}

fn diagnose_bytes(bytes: &[u8]) -> Vec<String> {
    match codegen::load(bytes) {
        Ok(_) => Vec::new(),
        Err(diagnostics) => diagnostics
            .iter()
            .map(
                |Diagnostic {
                     line,
                     column,
                     message,
                 }| format!("{line}:{column}: {message}"),
            )
            .collect(),
    }
}

/// Asserts exactly one diagnostic, at `place` ("LINE:COL"), whose message
/// contains every one of `gist`.
#[track_caller]
fn assert_one(toml: &str, place: &str, gist: &[&str]) {
    let found = diagnose(toml);
    assert_eq!(found.len(), 1, "expected one diagnostic, got {found:#?}");
    assert_diagnostic(&found[0], place, gist);
}

#[track_caller]
fn assert_diagnostic(found: &str, place: &str, gist: &[&str]) {
    assert!(
        found.starts_with(&format!("{place}: ")),
        "expected a diagnostic at {place}, got {found}"
    );
    for part in gist {
        assert!(found.contains(part), "{found:?} does not say {part:?}");
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
        "errors.toml:7:9: unknown retry value \"nope\"; use \"never\", \"same_request\" or \"new_task\""
    );
}

#[test]
fn toml_syntax() {
    assert_one(
        &edit("title = \"NO FUNDS\"", "title = NO FUNDS"),
        "6:9",
        &["TOML syntax error", "double quotes"],
    );
}

#[test]
fn a_key_given_twice() {
    assert_one(
        &edit("title = \"NO FUNDS\"", "title = \"A\"\ntitle = \"B\""),
        "7:1",
        &["duplicate key", "delete or rename one"],
    );
}

#[test]
fn columns_count_characters_not_bytes() {
    assert_one(
        &edit("title = \"NO FUNDS\"", "title = \"标题\" x"),
        "6:14",
        &["TOML syntax error"],
    );
}

#[test]
fn an_unknown_key_suggests_the_nearest() {
    assert_one(
        &edit("retry = \"never\"", "retry = \"never\"\nretyr_after_ms = 5"),
        "8:1",
        &[
            "unknown key `retyr_after_ms`",
            "did you mean `retry_after_ms`?",
        ],
    );
}

#[test]
fn an_unknown_key_in_catalog_and_at_the_top() {
    let found = diagnose(&format!(
        "color = 1\n{}",
        edit("[catalog]", "[catalog]\nlanguage = [\"en\"]")
    ));
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_diagnostic(&found[0], "1:1", &["unknown key `color`", "top level"]);
    assert_diagnostic(
        &found[1],
        "3:1",
        &["unknown key `language`", "did you mean `languages`?"],
    );
}

#[test]
fn an_entry_key_before_any_entry_header() {
    let found = diagnose(&format!("code = \"X\"\n{VALID}"));
    assert_diagnostic(&found[0], "1:1", &["no `[[error]]` line comes before it"]);
}

#[test]
fn a_missing_key_points_at_the_entry() {
    assert_one(
        &edit("title = \"NO FUNDS\"\n", ""),
        "4:1",
        &["no `title`", "title = \"NO FUNDS\""],
    );
    assert_one(
        &edit("code = \"ERROR_ZERO_BALANCE\"\n", ""),
        "4:1",
        &["no `code`"],
    );
    assert_one(&edit("retry = \"never\"\n", ""), "4:1", &["no `retry`"]);
}

#[test]
fn a_missing_description_table() {
    let toml = VALID_ENTRY.split("[error.description]").next().unwrap();
    assert_one(
        &format!("{toml}{PAGE_ZH}{PAGE_EN}"),
        "4:1",
        &["no `[error.description]`"],
    );
}

#[test]
fn a_missing_language() {
    assert_one(
        &edit("en = \"The balance is zero.\"\n", ""),
        "8:1",
        &["the `en` description is missing", "en = \"...\""],
    );
}

#[test]
fn an_undeclared_language() {
    assert_one(
        &edit(
            "en = \"The balance is zero.\"",
            "en = \"The balance is zero.\"\nfr = \"Solde nul.\"",
        ),
        "11:1",
        &["language \"fr\" is not declared", "[catalog]"],
    );
}

#[test]
fn languages_must_include_english() {
    let zh_only = format!("{VALID_ENTRY}{PAGE_ZH}")
        .replace("languages = [\"zh\", \"en\"]", "languages = [\"zh\"]")
        .replace("en = \"The balance is zero.\"\n", "");
    assert_one(&zh_only, "2:13", &["must include \"en\""]);
}

#[test]
fn languages_must_be_short_lowercase_tags() {
    assert_one(
        &edit(
            "languages = [\"zh\", \"en\"]",
            "languages = [\"zh\", \"en\", \"pt-BR\"]",
        ),
        "2:26",
        &["\"pt-BR\" is not a two- or three-letter lowercase language code"],
    );
    assert_one(
        &edit(
            "languages = [\"zh\", \"en\"]",
            "languages = [\"zh\", \"en\", \"zh\"]",
        ),
        "2:26",
        &["`zh` is listed twice", "line 2, column 14"],
    );
    assert_one(
        &edit("languages = [\"zh\", \"en\"]", "languages = []"),
        "2:13",
        &["`languages` is empty"],
    );
}

#[test]
fn empty_text() {
    assert_one(
        &edit("zh = \"账户余额为零。\"", "zh = \"  \""),
        "9:6",
        &["the `zh` description is empty"],
    );
    assert_one(
        &edit("title = \"NO FUNDS\"", "title = \"\""),
        "6:9",
        &["the title is empty"],
    );
    assert_one(
        &edit("title = \"NO FUNDS\"", "title = \"NO\\nFUNDS\""),
        "6:9",
        &["one line"],
    );
}

#[test]
fn a_duplicate_code_names_both_places() {
    assert_one(
        &with_entry("ERROR_ZERO_BALANCE", ""),
        "13:8",
        &[
            "`ERROR_ZERO_BALANCE` is already used at line 5, column 8",
            "only once",
        ],
    );
}

#[test]
fn a_duplicate_alias_names_both_places() {
    assert_one(
        &with_entry("ERROR_OTHER", "aliases = [\"ERROR_ZERO_BALANCE\"]\n"),
        "16:12",
        &["`ERROR_ZERO_BALANCE` is already used at line 5, column 8"],
    );
    assert_one(
        &edit(
            "title = \"NO FUNDS\"",
            "aliases = [\"ERROR_ZERO_BALANCE\"]\ntitle = \"NO FUNDS\"",
        ),
        "6:12",
        &["already used at line 5, column 8"],
    );
}

#[test]
fn codes_must_be_capitals_digits_and_underscores() {
    for bad in [
        "ERROR_zero",
        "1ERROR",
        "_ERROR",
        "ÉRREUR",
        "ERROR-X",
        "ERROR X",
        "",
    ] {
        assert_one(
            &edit("\"ERROR_ZERO_BALANCE\"", &format!("{bad:?}")),
            "5:8",
            &["is not an API code", "capital letters A-Z"],
        );
    }
    assert_one(
        &edit(
            "title = \"NO FUNDS\"",
            "aliases = [\"wrong\"]\ntitle = \"NO FUNDS\"",
        ),
        "6:12",
        &["\"wrong\" is not an API code"],
    );
}

#[test]
fn two_codes_with_the_same_rust_name_name_both_places() {
    assert_one(
        &with_entry("ZERO_BALANCE", ""),
        "13:8",
        &[
            "the Rust name `ZeroBalance`, made from the code \"ZERO_BALANCE\"",
            "`ERROR_ZERO_BALANCE` at line 5, column 8",
            "set variant",
        ],
    );
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
fn rust_names_that_are_keywords_or_invalid() {
    assert_one(
        &with_entry("ERROR_SELF", ""),
        "13:8",
        &[
            "`Self` is a Rust keyword",
            "set variant = \"...\"",
            "`SelfCode`",
        ],
    );
    assert_one(
        &with_entry("ERROR_1ST", ""),
        "13:8",
        &[
            "must start with a capital letter",
            "made from the code \"ERROR_1ST\"",
        ],
    );
    assert_one(&with_entry("ERROR_", ""), "13:8", &["would be empty"]);
    for (variant, gist) in [
        ("type", "must start with a capital letter"),
        ("Not_Camel", "only letters A-Z, a-z and digits"),
        ("Ünicode", "must start with a capital letter"),
        ("HTTPError", "not UpperCamelCase (it would be `HttpError`)"),
    ] {
        assert_one(
            &with_entry("ERROR_OK", &format!("variant = {variant:?}\n")),
            "16:11",
            &[gist],
        );
    }
}

#[test]
fn an_unknown_retry_value_suggests_the_nearest() {
    assert_one(
        &edit("retry = \"never\"", "retry = \"same-request\""),
        "7:9",
        &[
            "unknown retry value \"same-request\"",
            "did you mean `same_request`?",
        ],
    );
}

#[test]
fn retry_after_only_with_same_request() {
    assert_one(
        &edit(
            "retry = \"never\"",
            "retry = \"never\"\nretry_after_ms = 2000",
        ),
        "8:18",
        &["only goes with retry = \"same_request\""],
    );
}

#[test]
fn retry_after_in_range() {
    for (value, ok) in [
        ("0", false),
        ("-5", false),
        ("3600001", false),
        ("1", true),
        ("3600000", true),
    ] {
        let toml = edit(
            "retry = \"never\"",
            &format!("retry = \"same_request\"\nretry_after_ms = {value}"),
        );
        if ok {
            assert_eq!(diagnose(&toml), Vec::<String>::new(), "{value}");
        } else {
            assert_one(&toml, "8:18", &["must be between 1 and 3600000"]);
        }
    }
    assert_one(
        &edit(
            "retry = \"never\"",
            "retry = \"same_request\"\nretry_after_ms = 99999999999999999999",
        ),
        "8:18",
        &["too large a number"],
    );
}

#[test]
fn values_of_the_wrong_type() {
    assert_one(
        &edit("\"ERROR_ZERO_BALANCE\"", "5"),
        "5:8",
        &["`code` must be text", "not a whole number"],
    );
    assert_one(
        &edit(
            "retry = \"never\"",
            "retry = \"same_request\"\nretry_after_ms = 2.5",
        ),
        "8:18",
        &["must be a whole number", "not a decimal number"],
    );
    assert_one(
        &edit(
            "title = \"NO FUNDS\"",
            "aliases = \"WRONG\"\ntitle = \"NO FUNDS\"",
        ),
        "6:11",
        &["`aliases` must be a list of texts"],
    );
    assert_one(
        &edit(
            "title = \"NO FUNDS\"",
            "aliases = [\"A\", 2]\ntitle = \"NO FUNDS\"",
        ),
        "6:17",
        &["every item of `aliases` must be text"],
    );
    assert_one(
        &edit("en = \"The balance is zero.\"", "en = true"),
        "10:6",
        &["`en` must be text", "not true or false"],
    );
    let not_a_table = format!(
        "{}description = 1\n{PAGE_ZH}{PAGE_EN}",
        VALID_ENTRY.split("[error.description]").next().unwrap()
    );
    assert_one(&not_a_table, "8:15", &["`description` must be a table"]);
    let found = diagnose(&edit("languages = [\"zh\", \"en\"]", "languages = \"zh\""));
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_diagnostic(&found[0], "2:13", &["`languages` must be a list of texts"]);
}

#[test]
fn entries_need_double_brackets() {
    let found = diagnose(&VALID.replace("[[error]]", "[error]"));
    assert_diagnostic(
        &found[0],
        "4:1",
        &["`[error]` with single brackets", "`[[error]]`"],
    );
}

#[test]
fn an_empty_catalog() {
    assert_one(
        &format!("[catalog]\nlanguages = [\"zh\", \"en\"]\n{PAGE_ZH}{PAGE_EN}"),
        "1:1",
        &["the catalog has no entries", "[[error]]"],
    );
}

#[test]
fn an_empty_list_of_entries() {
    assert_one(
        &format!("error = []\n[catalog]\nlanguages = [\"zh\", \"en\"]\n{PAGE_ZH}{PAGE_EN}"),
        "2:1",
        &["the catalog has no entries"],
    );
}

#[test]
fn an_empty_file() {
    let found = diagnose("");
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_diagnostic(&found[0], "1:1", &["no `[catalog]` table"]);
    assert_diagnostic(&found[1], "1:1", &["no entries"]);
}

#[test]
fn every_problem_is_reported_in_file_order() {
    let toml = edit("retry = \"never\"", "retry = \"nevr\"\ncolour = 1")
        .replace("\"ERROR_ZERO_BALANCE\"", "\"error\"")
        .replace("zh = \"账户余额为零。\"", "zh = \"\"");
    let found = diagnose(&toml);
    assert_eq!(found.len(), 4, "{found:#?}");
    assert_diagnostic(&found[0], "5:8", &["is not an API code"]);
    assert_diagnostic(&found[1], "7:9", &["unknown retry value"]);
    assert_diagnostic(&found[2], "8:1", &["unknown key `colour`"]);
    assert_diagnostic(&found[3], "10:6", &["`zh` description is empty"]);
}

#[test]
fn crlf_line_endings_and_a_byte_order_mark_are_accepted() {
    let windows = format!("\u{feff}{}", VALID.replace('\n', "\r\n"));
    let catalog = codegen::load(windows.as_bytes()).unwrap();
    let unix = codegen::load(VALID.as_bytes()).unwrap();
    assert_eq!(catalog, unix);
}

#[test]
fn crlf_and_a_byte_order_mark_keep_lines_and_columns() {
    let windows = format!(
        "\u{feff}{}",
        edit("retry = \"never\"", "retry = \"nope\"").replace('\n', "\r\n")
    );
    let found = diagnose(&windows);
    assert_diagnostic(&found[0], "7:9", &["unknown retry value \"nope\""]);
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
fn bytes_that_are_not_utf8() {
    let mut bytes = edit("The balance", "The b\u{e4}lance").into_bytes();
    let at = bytes.iter().position(|&byte| byte == 0xc3).unwrap();
    bytes[at] = 0xff;
    let found = diagnose_bytes(&bytes);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_diagnostic(
        &found[0],
        "10:12",
        &["not UTF-8", "save the file with UTF-8"],
    );
}

#[test]
fn messages_stay_on_one_line() {
    let found = diagnose(&edit("\"ERROR_ZERO_BALANCE\"", "\"BAD\\nCODE\""));
    assert_diagnostic(&found[0], "5:8", &["\"BAD\\nCODE\" is not an API code"]);
    assert!(found.iter().all(|line| !line.contains('\n')));
}

#[test]
fn a_missing_page_points_at_its_language() {
    assert_one(
        &format!("{VALID_ENTRY}{PAGE_ZH}"),
        "2:20",
        &["no `[page.en]` table", "url, site_url"],
    );
}

#[test]
fn a_page_for_an_undeclared_language() {
    assert_one(
        &format!("{VALID}\n[page.fr]\nurl = \"https://x.example/fr\"\n"),
        "30:7",
        &["`[page.fr]` is for a language not declared"],
    );
}

#[test]
fn a_page_missing_a_key() {
    assert_one(
        &VALID.replace("heading = \"Errors\"\n", ""),
        "21:1",
        &[
            "this [page.en] table has no `heading`",
            "heading = \"Errors\"",
        ],
    );
}

#[test]
fn an_unknown_page_key() {
    assert_one(
        &VALID.replace(
            "heading = \"Errors\"",
            "heading = \"Errors\"\nheadline = \"X\"",
        ),
        "26:1",
        &[
            "unknown key `headline` in the [page] table",
            "did you mean `heading`?",
        ],
    );
}

#[test]
fn page_addresses_must_be_web_addresses() {
    for bad in [
        "docs.example.com",
        "ftp://x.example",
        "https://",
        "https://x.example/a b",
    ] {
        assert_one(
            &VALID.replace(
                "\"https://docs.example.com/docs/api/errors\"",
                &format!("{bad:?}"),
            ),
            "22:7",
            &["is not a full web address", "https://"],
        );
    }
}

#[test]
fn page_text_rules() {
    assert_one(
        &VALID.replace(
            "front_matter = \"sidebar_position: 4\"\nheading = \"Errors\"",
            "front_matter = \"a: 1\\n---\\nb: 2\"\nheading = \"Errors\"",
        ),
        "24:16",
        &["must not contain a `---` line"],
    );
    assert_one(
        &VALID.replace("advice = [\"Use good proxies.\"]", "advice = []"),
        "27:10",
        &["`advice` is empty"],
    );
    assert_one(
        &VALID.replace(
            "advice = [\"Use good proxies.\"]",
            "advice = [\"one\", \" \"]",
        ),
        "27:18",
        &["the advice item is empty"],
    );
    assert_one(
        &VALID.replace("heading = \"Errors\"", "heading = \"Two\\nlines\""),
        "25:11",
        &["the heading must fit on one line"],
    );
}

#[test]
fn a_translation_that_drops_a_link() {
    let toml = VALID
        .replace(
            "zh = \"账户余额为零。\"",
            "zh = \"[充值](https://pay.example)余额为零。\"",
        )
        .replace(
            "en = \"The balance is zero.\"",
            "en = \"The balance is zero. Top up.\"",
        );
    assert_one(
        &toml,
        "10:6",
        &[
            "the `en` description lacks the link to `https://pay.example`, which the `zh` description has",
            "may_differ",
        ],
    );
}

#[test]
fn a_translation_that_drops_a_code_span() {
    let toml = VALID.replace(
        "en = \"The balance is zero.\"",
        "en = \"The `balance` is zero.\"",
    );
    assert_one(
        &toml,
        "9:6",
        &["the `zh` description lacks the code span `balance`, which the `en` description has"],
    );
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
fn a_listed_difference_that_is_not_one() {
    let toml = VALID.replace(
        "retry = \"never\"",
        "retry = \"never\"\nmay_differ = [\"./gone.md\"]",
    );
    assert_one(
        &toml,
        "8:15",
        &[
            "`may_differ` lists \"./gone.md\"",
            "remove it from the list",
        ],
    );
}
