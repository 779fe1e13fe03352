//! The repository's own errors.toml, by an invariant: its pages have the
//! shape every page must have (see `support/mdx_shape.rs`). Not packaged
//! with the crate, whose package holds no errors.toml.

#[path = "support/mdx_shape.rs"]
mod mdx_shape;

#[test]
fn the_live_catalogs_pages_have_the_shape() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../errors.toml");
    let bytes = std::fs::read(path).unwrap_or_else(|error| panic!("{path}: {error}"));
    let catalog = capmonster_errors_codegen::load(&bytes)
        .unwrap_or_else(|diagnostics| panic!("run `cargo catalog check`: {diagnostics:#?}"));
    mdx_shape::assert_pages(&catalog);
}
