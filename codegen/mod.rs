//! The generator behind `build.rs`: the bytes of errors.toml in, Rust source
//! or a list of diagnostics out. No file or environment access happens here,
//! so tests call it directly with strings.
//!
//! The pipeline: [`source::decode`] the bytes, [`parse::parse`] the TOML into
//! a raw catalog, [`validate::validate`] it into a [`Catalog`], and
//! [`render::render`] that as Rust.

pub mod catalog;
pub mod diagnostic;
pub mod links;
pub mod markdown;
pub mod naming;
pub mod page;
pub mod parse;
pub mod perfect_hash;
pub mod raw;
pub mod render;
pub mod source;
pub mod suggest;
pub mod validate;

pub use catalog::Catalog;
pub use diagnostic::Diagnostic;

use diagnostic::Problem;
use parse::Parsed;
use source::LineIndex;

/// Reads and checks errors.toml. On failure, every problem found, in the
/// order they stand in the file.
pub fn load(bytes: &[u8]) -> Result<Catalog, Vec<Diagnostic>> {
    let text = source::decode(bytes).map_err(|diagnostic| vec![diagnostic])?;
    let lines = LineIndex::new(&text);
    let problems = match parse::parse(&text) {
        Parsed::Syntax(problems) => {
            // One slip in TOML syntax confuses the parser about much of what
            // follows (an unclosed list swallows the rest of the file), so
            // each kind of syntax error is reported once, where it first
            // occurs: fixing that one often fixes the rest.
            let mut seen = std::collections::HashSet::new();
            let firsts = problems
                .into_iter()
                .filter(|problem| seen.insert(problem.message.clone()))
                .collect();
            return Err(locate(&lines, firsts));
        }
        Parsed::Read(raw, mut problems) => match validate::validate(&raw, &lines) {
            Ok(catalog) if problems.is_empty() => return Ok(catalog),
            Ok(_) => problems,
            Err(more) => {
                problems.extend(more);
                problems
            }
        },
    };
    Err(locate(&lines, problems))
}

/// What the build makes of errors.toml.
pub struct Generated {
    /// The Rust source of the catalog.
    pub rust: String,
    /// The Markdown table of every code for the crate's front page.
    pub crate_doc_table: String,
    /// A `match` on the code string, for the benchmarks to compare with.
    pub bench_match: String,
}

/// The generated files for errors.toml, or every problem found in it.
pub fn generate(bytes: &[u8]) -> Result<Generated, Vec<Diagnostic>> {
    load(bytes).map(|catalog| Generated {
        rust: render::render(&catalog),
        crate_doc_table: render::crate_doc_table(&catalog),
        bench_match: render::bench_match(&catalog),
    })
}

fn locate(lines: &LineIndex<'_>, problems: Vec<Problem>) -> Vec<Diagnostic> {
    let mut diagnostics: Vec<Diagnostic> = problems
        .into_iter()
        .map(|problem| {
            let (line, column) = lines.position(problem.at);
            Diagnostic {
                line,
                column,
                message: problem.message,
            }
        })
        .collect();
    // Stable: problems at one place keep the order they were found in.
    diagnostics.sort_by_key(|diagnostic| (diagnostic.line, diagnostic.column));
    diagnostics
}
