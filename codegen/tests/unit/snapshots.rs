//! Every output of the generator for one small catalog that uses every
//! feature of errors.toml (`tests/fixtures/catalog.toml`), compared with the
//! checked-in snapshots in `tests/unit/snapshots/`. After a deliberate
//! change, review and accept the new output with `cargo insta review`, or
//! `INSTA_UPDATE=always cargo test -p capmonster-errors-codegen`.

use crate::codegen::internals::crate_doc;
use crate::codegen::internals::rust as render;
use crate::codegen::{self, Catalog, page};

const FIXTURE: &str = include_str!("../fixtures/catalog.toml");

fn catalog() -> Catalog {
    codegen::load(FIXTURE.as_bytes()).expect("the fixture is valid")
}

#[test]
fn rust_source() {
    insta::assert_snapshot!(render::render(&catalog()));
}

#[test]
fn crate_doc_table() {
    insta::assert_snapshot!(crate_doc::crate_doc_table(&catalog()));
}

#[test]
fn pages() {
    let catalog = catalog();
    for (index, language) in catalog.languages.iter().enumerate() {
        insta::assert_snapshot!(format!("page_{}", language.tag), page(&catalog, index));
    }
}

#[test]
fn benchmark_match() {
    insta::assert_snapshot!(codegen::bench_match(&catalog()));
}
