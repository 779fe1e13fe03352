//! `capmonster-errors`: the catalog from the command line, for programmers
//! (explain, list) and other tools (export). Built on the library's public
//! API alone; the doc writers' tool is `cargo catalog` in the repository.

use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

mod explain;
mod export;
mod language;
mod list;
mod output;

#[derive(Parser)]
#[command(
    name = "capmonster-errors",
    version,
    about = "The error codes of the CapMonster Cloud API",
    after_help = "Environment: LC_ALL, LC_MESSAGES and LANG, in that order, choose the \
                  language of `explain` when --lang is not given; English otherwise.\n\n\
                  Exit status: 0 when the code or response is explained, or the response \
                  is a success (errorId 0); 2 when there is nothing to explain: a code this \
                  catalog does not know (then what to do is on standard error: give up, \
                  and keep the code and the server's description), a body that is no \
                  response of the API, empty input, or a mistake in the command itself."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// What a code means and what to do about it, with what the server said
    /// when given a whole response.
    Explain {
        /// The code, as the API sends it (an alias works too; another case
        /// or spaces around it are read as the code, with a note); or an
        /// error response body, like '{"errorId":1,"errorCode":"...",
        /// "errorDescription":"..."}'; or - to read a code or a body from
        /// standard input.
        code: String,
        /// The language, as a tag or a locale name, like en, pt-BR or
        /// ru_RU.UTF-8: the catalog's closest language (same region, else
        /// the language alone, else another region). Default: from LC_ALL,
        /// LC_MESSAGES or LANG, else en.
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
        /// The format of the document.
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
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
