//! The lookup of a catalog larger than the direct table takes, so that
//! `from_code` uses its displaced shape and the buckets' tags, with codes
//! of every length the comparison of keys treats apart: built by Cargo as
//! a dependent's, and checked against `CODES` on every key and near miss.
//! One of its codes is retired, which the live catalog need not have.

mod support;

use capmonster_errors::Lang;
use support::{Dependent, descriptions};

/// Codes shorter than the lookup's compared word, one word long, and a
/// whole number of words long: each takes another way through the
/// comparison of a key with the code looked up.
const CODES_OF_EVERY_LENGTH: [&str; 4] = ["E1", "ERROR_A", "ERROR_AB", "ERROR_ABCDEFGHIJ"];

/// A synthetic code the catalog retires, and why.
const RETIRED: (&str, &str) = ("ERROR_SYNTHETIC_0007", "not sent since 2026-01");

/// The real catalog's pages with `count` synthetic entries and
/// [`CODES_OF_EVERY_LENGTH`]: more than the direct table takes, so the
/// lookup uses its displaced shape and tags.
fn large_catalog(count: usize) -> String {
    let real =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/errors.toml")).unwrap();
    let pages = &real[real.find("\n[page.").expect("errors.toml has pages")..];
    let pages = &pages[..pages.find("\n[[error]]").unwrap_or(pages.len())];
    let languages: Vec<String> = Lang::ALL.iter().map(|lang| format!("\"{lang}\"")).collect();
    let mut toml = format!("[catalog]\nlanguages = [{}]\n", languages.join(", "));
    let synthetic = (0..count).map(|index| format!("ERROR_SYNTHETIC_{index:04}"));
    let codes = synthetic.chain(CODES_OF_EVERY_LENGTH.map(String::from));
    for (index, code) in codes.enumerate() {
        let retired = if code == RETIRED.0 {
            format!("retired = \"{}\"\n", RETIRED.1)
        } else {
            String::new()
        };
        toml.push_str(&format!(
            "\n[[error]]\ncode = \"{code}\"\ntitle = \"T {index}\"\nretry = \"never\"\n{retired}[error.description]\n{}",
            descriptions("d")
        ));
    }
    toml.push_str(pages);
    toml
}

#[test]
fn a_large_catalog_is_looked_up_exactly() {
    let main = r#"
use capmonster_errors::{CODES, ErrorCode};

fn main() {
    let mut checked = 0;
    for (key, code) in CODES.entries() {
        assert_eq!(ErrorCode::from_code(key), Some(*code), "{key}");
        for at in 0..key.len() {
            for replacement in [b'A', b'Z', b'_', b'0', b'9', b'a'] {
                let mut bytes = key.as_bytes().to_vec();
                bytes[at] = replacement;
                let near = String::from_utf8(bytes).unwrap();
                assert_eq!(ErrorCode::from_code(&near), CODES.get(near.as_str()).copied(), "{near}");
                checked += 1;
            }
        }
    }
    println!("{} codes, {checked} near misses", CODES.len());
    for code in ErrorCode::ALL {
        if let Some(reason) = code.retired() {
            println!("retired {}: {reason}", code.code());
        }
    }
}
"#;
    let output = Dependent::binary("dependent-large-catalog", main)
        .catalog(&large_catalog(300))
        .run();
    let codes = 300 + CODES_OF_EVERY_LENGTH.len();
    assert!(output.starts_with(&format!("{codes} codes, ")), "{output}");
    let retired: Vec<&str> = output.lines().skip(1).collect();
    let (code, reason) = RETIRED;
    assert_eq!(retired, [format!("retired {code}: {reason}")]);
}
