//! The generator of `capmonster-errors`: the bytes of errors.toml in, Rust
//! source, docs pages or a list of diagnostics out.
//!
//! The library's build script, the doc writers' `cargo catalog` tool and
//! the benchmarks call these functions; none of them does any file or
//! environment access (but [`catalog_override::path`], for build scripts),
//! so tests call them directly with strings.
//!
//! The pipeline, a folder a stage: `read/` decodes the bytes and reads the
//! TOML into a raw catalog, each value with where it stands; `check/` holds
//! every rule and turns the raw catalog into a [`Catalog`] (`model/`) or a
//! list of [`Diagnostic`]s; `render/` writes the library's Rust source and,
//! with the `pages` feature, each language's docs page. `markdown/` reads
//! the descriptions' Markdown for the check and the renderers, and `site/`
//! knows where files and addresses live on the docs site.
//!
//! The crate's surface is the functions and types at this root, [`model`]
//! and [`catalog_override`]; the stages are private.

pub mod catalog_override;
mod characters;
mod check;
mod diagnostic;
mod markdown;
pub mod model;
mod read;
mod render;
mod site;
mod suggest;

pub use diagnostic::{Diagnostic, REST_UNCHECKED};
pub use model::catalog::Catalog;
pub use read::source::decode;
pub use render::lookup::bench_match;
#[cfg(feature = "pages")]
pub use site::tree::SiteTree;

use diagnostic::Problem;
use read::parse::{self, Parsed};
use read::raw::RawCatalog;
use read::source::LineIndex;

/// Reads and checks errors.toml. On failure, every problem found, in the
/// order they stand in the file.
pub fn load(bytes: &[u8]) -> Result<Catalog, Vec<Diagnostic>> {
    let text = decode(bytes).map_err(|diagnostic| vec![diagnostic])?;
    load_text(&text)
}

/// As [`load`], for the text of errors.toml, already [`decode`]d: for a
/// caller that shows the text beside the problems, so that it is decoded
/// once.
pub fn load_text(text: &str) -> Result<Catalog, Vec<Diagnostic>> {
    read_and_check(text).map(|(_, catalog)| catalog)
}

/// The raw catalog and the checked one, each read once, or every problem.
fn read_and_check(text: &str) -> Result<(Box<RawCatalog>, Catalog), Vec<Diagnostic>> {
    let lines = LineIndex::new(text);
    let problems = match parse::parse(text) {
        Parsed::Syntax(problems) => {
            // One slip in TOML syntax confuses the parser about much of what
            // follows (an unclosed list swallows the rest of the file), and
            // what it says after the first is its guess: only the first is
            // reported, and the rest of the file is checked once it is fixed.
            let first = problems.into_iter().take(1).collect();
            let mut diagnostics = locate(&lines, first);
            for diagnostic in &mut diagnostics {
                diagnostic.stops_the_check = true;
            }
            return Err(diagnostics);
        }
        Parsed::Read(raw, mut problems) => match check::validate(&raw, &lines) {
            Ok(catalog) if problems.is_empty() => return Ok((raw, catalog)),
            Ok(_) => problems,
            Err(more) => {
                problems.extend(more);
                problems
            }
        },
    };
    Err(locate(&lines, problems))
}

#[cfg(feature = "pages")]
/// As [`load_text`], and then errors.toml against a checkout of the docs
/// site: each page's folder is there, and each link to a file finds its
/// file. `site_name` is how messages name the site.
pub fn load_for_site(
    text: &str,
    site: &dyn SiteTree,
    site_name: &str,
) -> Result<Catalog, Vec<Diagnostic>> {
    let (raw, catalog) = read_and_check(text)?;
    let problems = check::site::check(&raw, text, site, site_name);
    if problems.is_empty() {
        Ok(catalog)
    } else {
        Err(locate(&LineIndex::new(text), problems))
    }
}

#[cfg(feature = "pages")]
/// The docs page of the language at `language` in [`Catalog::languages`],
/// as Docusaurus MDX: what `cargo catalog docs` writes.
pub fn page(catalog: &Catalog, language: usize) -> String {
    render::page::render(catalog, language)
}

/// What the library's build makes of errors.toml: the files it writes into
/// `OUT_DIR`, by name.
pub struct Generated {
    /// `catalog.rs`: the Rust source of the catalog.
    pub rust: String,
    /// `catalog_table.md`: the table of every code for the crate's front page.
    pub crate_doc_table: String,
    /// `fast_hash.rs`: the hash `from_code` looks codes up with, the very
    /// code the generator placed the keys with.
    pub fast_hash: &'static str,
}

/// The generated files for errors.toml, or every problem found in it.
pub fn generate(bytes: &[u8]) -> Result<Generated, Vec<Diagnostic>> {
    load(bytes).map(|catalog| Generated {
        rust: render::rust::render(&catalog),
        crate_doc_table: render::crate_doc::crate_doc_table(&catalog),
        fast_hash: FAST_HASH_SOURCE,
    })
}

/// The source of `render::fast_hash`, marked as generated where it is emitted.
const FAST_HASH_SOURCE: &str = concat!(
    "// @generated by capmonster-errors-codegen: a copy of its src/render/fast_hash.rs.\n\n",
    include_str!("render/fast_hash.rs")
);

/// `span` within the text, and at least one character long where the text
/// has one there, so that a renderer has something to underline.
fn visible_span(text: &str, span: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let start = span.start.min(text.len());
    let end = span.end.clamp(start, text.len());
    if end > start {
        return start..end;
    }
    let next = text[start..].chars().next().map_or(0, char::len_utf8);
    start..start + next
}

fn locate(lines: &LineIndex<'_>, problems: Vec<Problem>) -> Vec<Diagnostic> {
    let mut diagnostics: Vec<Diagnostic> = problems
        .into_iter()
        .map(|problem| {
            let (line, column) = lines.position(problem.span.start);
            Diagnostic {
                line,
                column,
                message: problem.message,
                span: visible_span(lines.text(), problem.span),
                stops_the_check: false,
            }
        })
        .collect();
    // Stable: problems at one place keep the order they were found in.
    diagnostics.sort_by_key(|diagnostic| (diagnostic.line, diagnostic.column));
    diagnostics
}

/// The stages' insides that this workspace's tests, benchmarks and fuzz
/// targets reach beyond the surface above: not part of the crate's API,
/// with no promise of stability.
#[doc(hidden)]
pub mod internals {
    pub use crate::check::{cross_language, links, naming};
    pub use crate::read::{keys, source};
    #[cfg(feature = "pages")]
    pub use crate::render::mdx;
    pub use crate::render::{code_span, crate_doc, literal, perfect_hash, rust, rustdoc};
    pub use crate::site::{addresses, paths};

    pub mod characters {
        pub use crate::characters::*;
    }

    pub mod markdown {
        pub use crate::markdown::*;
    }
}
