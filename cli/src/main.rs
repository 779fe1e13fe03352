//! `capmonster-errors`: the catalog from the command line, for programmers
//! (explain, list) and other tools (export). Built on the library's public
//! API alone; the doc writers' tool is `cargo catalog` in the repository.

use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

mod explain;
mod export;
mod language;
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
        Command::Export {
            format: Format::Json,
        } => export::run(),
    }
}
