//! `capmonster-errors`: the catalog from the command line, for programmers
//! (explain, list), doc writers (check, docs) and other tools (export).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

// The tool validates and renders catalogs exactly as the build does.
#[allow(dead_code)]
#[path = "../../../codegen/mod.rs"]
mod codegen;

mod catalog;
mod check;
mod docs;
mod explain;
mod export;
mod list;

#[derive(Parser)]
#[command(version, about = "The error codes of the CapMonster Cloud API")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// What a code means and what to do about it.
    Explain {
        /// The code, as the API sends it (an alias works too).
        code: String,
        /// The language: zh or en. Default: from LC_ALL or LANG, else en.
        #[arg(long)]
        lang: Option<String>,
    },
    /// Every code, one line each.
    List {
        /// Print JSON instead.
        #[arg(long)]
        json: bool,
    },
    /// The docs site's error page, generated from the catalog.
    Docs {
        /// Print the page in this language.
        #[arg(long, required_unless_present = "write")]
        lang: Option<String>,
        /// Write every language's page to DIR/LANG/api-errors.md instead.
        #[arg(long, value_name = "DIR", num_args = 0..=1, default_missing_value = catalog::DOCS_DIR)]
        write: Option<PathBuf>,
    },
    /// Check an errors.toml, with the same messages as the build, without building.
    Check {
        /// The file to check. Default: the crate's errors.toml.
        path: Option<PathBuf>,
    },
    /// The whole catalog for other tools.
    Export {
        #[arg(long, value_enum)]
        format: Format,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Json,
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Explain { code, lang } => explain::run(&code, lang.as_deref()),
        Command::List { json } => list::run(json),
        Command::Docs { lang, write } => docs::run(lang.as_deref(), write.as_deref()),
        Command::Check { path } => check::run(path.as_deref()),
        Command::Export {
            format: Format::Json,
        } => export::run(),
    }
}
