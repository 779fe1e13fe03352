//! The generator's tree of tables held to the `toml` crate's: a text that
//! one accepts the other accepts, with the same keys, values and spans;
//! where `toml` refuses it for its grammar or a value, the generator gives
//! the same error in the same place.
//! Shared by the unit tests and the `toml_document` fuzz target.

use capmonster_errors_codegen::internals::document::{self, Node, Table, Value};
use toml::de::{DeTable, DeValue};

/// Panics, saying where, unless the generator reads `text` as `toml` does.
pub fn assert_reads_as_toml(text: &str) {
    let (ours, errors) = document::parse(text);
    match DeTable::parse(text) {
        Ok(theirs) => {
            assert!(
                errors.is_empty(),
                "{text:?}: toml accepts it, the generator refuses it: {errors:?}"
            );
            same_table(text, "the root", &ours, theirs.get_ref());
        }
        Err(error) => {
            assert!(
                !errors.is_empty(),
                "{text:?}: toml refuses it ({}), the generator accepts it",
                error.message()
            );
            // The table rules' errors are worded and placed by each reader
            // itself (the generator calls every one a duplicate key), and
            // may come before or after a string's: problems are shown in
            // the order of the file. The grammar's and the values' come
            // from the one parser and decoder.
            let table_rule = ["duplicate key", "cannot extend", "recursion limit"]
                .iter()
                .any(|rule| error.message().starts_with(rule));
            assert!(
                table_rule
                    || errors
                        .iter()
                        .any(|ours| ours.message == error.message() && ours.span == error.span()),
                "{text:?}: toml's first error, {:?} at {:?}, is not among the generator's: {errors:?}",
                error.message(),
                error.span()
            );
        }
    }
}

fn same_table(text: &str, at: &str, ours: &Table<'_>, theirs: &DeTable<'_>) {
    let mut our_names: Vec<&str> = ours.iter().map(|(key, _)| key.name.as_ref()).collect();
    let mut their_names: Vec<&str> = theirs.keys().map(|key| key.get_ref().as_ref()).collect();
    our_names.sort_unstable();
    their_names.sort_unstable();
    assert_eq!(our_names, their_names, "{text:?}: the keys of {at}");
    for (key, node) in ours.iter() {
        let (their_key, their_value) = theirs
            .get_key_value(key.name.as_ref())
            .expect("the same keys");
        let at = format!("{at}.{}", key.name);
        assert_eq!(key.span, their_key.span(), "{text:?}: the key {at}");
        same_value(text, &at, node, their_value);
    }
}

fn same_value(text: &str, at: &str, ours: &Node<'_>, theirs: &toml::Spanned<DeValue<'_>>) {
    assert_eq!(ours.span, theirs.span(), "{text:?}: where {at} stands");
    match (&ours.value, theirs.get_ref()) {
        (Value::Text(ours), DeValue::String(theirs)) => assert_eq!(ours, theirs, "{text:?}: {at}"),
        (Value::Integer { digits, radix }, DeValue::Integer(theirs)) => {
            assert_eq!(digits, theirs.as_str(), "{text:?}: {at}");
            assert_eq!(*radix, theirs.radix(), "{text:?}: {at}");
        }
        (Value::Float(ours), DeValue::Float(theirs)) => {
            assert_eq!(ours, theirs.as_str(), "{text:?}: {at}");
        }
        (Value::Boolean(ours), DeValue::Boolean(theirs)) => {
            assert_eq!(ours, theirs, "{text:?}: {at}");
        }
        (Value::Datetime(ours), DeValue::Datetime(theirs)) => {
            assert_eq!(
                ours.parse::<toml::value::Datetime>().ok().as_ref(),
                Some(theirs),
                "{text:?}: {at}"
            );
        }
        (Value::Array(ours), DeValue::Array(theirs)) => {
            assert_eq!(
                ours.items.len(),
                theirs.len(),
                "{text:?}: the items of {at}"
            );
            for (index, (ours, theirs)) in ours.items.iter().zip(theirs.iter()).enumerate() {
                same_value(text, &format!("{at}[{index}]"), ours, theirs);
            }
        }
        (Value::Table(ours), DeValue::Table(theirs)) => same_table(text, at, ours, theirs),
        (ours, theirs) => panic!(
            "{text:?}: {at} is {ours:?} here, a {} in toml",
            theirs.type_str()
        ),
    }
}
