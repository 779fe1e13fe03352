//! The generator's tree of tables against the `toml` crate's, on TOML's
//! table rules: what one accepts the other accepts, with the same keys,
//! values and spans.

use proptest::prelude::*;

use crate::toml_agreement::assert_reads_as_toml;

#[test]
fn the_table_rules_read_as_toml_reads_them() {
    let documents = [
        // Accepted.
        "a = 1\nb.c = 'x'\nb.d = true\n[e]\nf = 1.5\n[[g]]\nh = 0x1F\n[[g]]\nh = -0o17\n",
        "[a.b]\nc = 1\n[a]\nd = 2\n",
        "[fruit]\napple.color = 'red'\napple.taste.sweet = true\n[fruit.apple.texture]\nsmooth = true\n",
        "[[a]]\n[a.b]\nc = 1\n[[a]]\n[a.b]\nc = 2\n",
        "[[a]]\nb.c = 1\n[[a.d]]\ne = 1\n",
        "[a.b.c]\n[a]\nb.d = 1\n",
        "[x]\n[[x.arr]]\n[x.arr.sub]\n",
        "a = { b.c = 1, b.d = [1, { e = 2 }] }\n",
        "'quoted key' = \"\"\"\nline\\\n  folded\"\"\"\n\"a.b\" = 1\n",
        "d = 1979-05-27T07:32:00Z\nt = 07:32:00\nl = 1979-05-27\n",
        "a = [\n  1,\n  # comment\n  2,\n]\n",
        "empty = {}\nnone = []\n",
        "[ a . b ]\n[[ c . d ]]\n",
        // Refused by the table rules.
        "a = 1\na = 2\n",
        "[a]\n[a]\n",
        "[a]\nb = 1\n[a.b]\n",
        "a.b = 1\n[a]\n",
        "[a]\nb.c = 1\n[a.b]\n",
        "[a.b]\n[a]\n[a]\n",
        "[a.b]\n[a]\nb.c = 1\n",
        "a = {}\n[a]\n",
        "a = {}\na.b = 1\n",
        "a = { b.c = 1 }\n[a.b]\n",
        "a = { b = {}, b.c = 1 }\n",
        "a = { b.c = 1, b = 2 }\n",
        "a = []\n[[a]]\n",
        "[[a]]\n[a]\n",
        "[a]\n[[a]]\n",
        "a = [1]\na.b = 1\n",
        "a = 1\n[a.b]\n",
        "[[a]]\n[x]\n[a.b]\nc = 1\n[a.b]\n",
        "[x]\n[[x.arr]]\n[x]\n",
        // Refused by the grammar or the values, with the parser's words.
        "a = 1979-13-45\n",
        "a == 1\n",
        "a = +-1\n",
        "a = 1 b\n",
        "a = 'x' # c\u{7}\n",
        "= 1\n",
        "a = [1 2]\n",
        "[a]]\n",
        "[[a]\n",
        // A table rule broken before a string's error, which toml finds
        // in the other order.
        "[a.b]\n[[a]]\nc = \"x\n",
        "a = \"\\q\"\na = 1\n",
        "a = \n",
        "[a\nb = 1\n",
        "a = [1, 2\n",
        "a = { b = 1\n",
    ];
    for document in documents {
        assert_reads_as_toml(document);
    }
}

#[test]
fn nesting_past_the_limit_is_refused_as_toml_refuses_it() {
    for depth in [79, 80, 81, 200] {
        let document = format!("a = {}{}\n", "[".repeat(depth), "]".repeat(depth));
        assert_reads_as_toml(&document);
    }
}

#[test]
fn dotted_keys_past_the_limit_are_refused_as_toml_refuses_them() {
    for keys in [80, 81, 82, 200] {
        let path = vec!["a"; keys].join(".");
        assert_reads_as_toml(&format!("{path} = 1\n"));
        assert_reads_as_toml(&format!("[{path}]\n"));
        assert_reads_as_toml(&format!("x = {{ {path} = 1 }}\n"));
    }
}

#[test]
fn nesting_far_past_the_limit_ends_in_an_error_not_a_crash() {
    let document = format!("a = {}\n", "[".repeat(100_000));
    assert_reads_as_toml(&document);
}

#[test]
fn every_broken_catalog_of_the_corpus_is_refused_as_toml_refuses_it() {
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/broken");
    let mut read = 0;
    for file in std::fs::read_dir(&corpus).expect("the corpus") {
        let path = file.expect("a corpus file").path();
        if path
            .extension()
            .is_some_and(|extension| extension == "toml")
        {
            let bytes = std::fs::read(&path).expect("a corpus file");
            assert_reads_as_toml(&String::from_utf8_lossy(&bytes));
            read += 1;
        }
    }
    assert!(read > 20, "only {read} catalogs in {}", corpus.display());
}

/// A line of a document over a few names, so that lines meet: headers,
/// dotted keys, inline tables and arrays that define the same tables.
fn line() -> impl Strategy<Value = String> {
    let name = prop::sample::select(vec!["a", "b", "c", "\"a\"", "'b'"]);
    let path = prop::collection::vec(name, 1..4).prop_map(|names| names.join("."));
    let value = prop::sample::select(vec![
        "1",
        "'x'",
        "[]",
        "[1, 2]",
        "[{ a = 1 }]",
        "{}",
        "{ a = 1 }",
        "{ a.b = 1, a.c = 2 }",
        "{ a = 1, a = 2 }",
        "1979-05-27",
    ]);
    prop_oneof![
        path.clone().prop_map(|path| format!("[{path}]")),
        path.clone().prop_map(|path| format!("[[{path}]]")),
        (path, value).prop_map(|(path, value)| format!("{path} = {value}")),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4096))]

    #[test]
    fn documents_of_meeting_tables_read_as_toml_reads_them(
        lines in prop::collection::vec(line(), 1..8)
    ) {
        assert_reads_as_toml(&lines.join("\n"));
    }
}
