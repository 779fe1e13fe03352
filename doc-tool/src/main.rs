//! `cargo catalog`: the doc writers' tool. It reads errors.toml with the
//! generator alone, so it works on a file the library would not build from.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod check;
mod docs;
mod report;
mod site_tree;
mod workspace;

#[derive(Parser)]
#[command(
    name = "cargo catalog",
    bin_name = "cargo catalog",
    about = "Check errors.toml and regenerate the docs pages from it",
    after_help = "Without PATH, each command reads the errors.toml of the workspace it runs in: \
                  the nearest folder, from here upwards, that holds one.\n\n\
                  A doc writer's day:\n  \
                  cargo catalog check --site ../docs          check errors.toml, its links against the site\n  \
                  cargo catalog docs --write --site ../docs   write every language's page into the site\n  \
                  cargo catalog docs --write                  and the copies this repository keeps"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check errors.toml: every problem with its line and column; exit 1 on any.
    Check {
        /// A checkout of the docs site: then every page's folder must be
        /// there, and every link to a file must find its file.
        #[arg(long, value_name = "DIR")]
        site: Option<PathBuf>,
        /// The errors.toml to check.
        path: Option<PathBuf>,
    },
    /// Say whether the docs pages are up to date: the copies this
    /// repository keeps (docs/LANG/api-errors.mdx beside errors.toml), or
    /// with --site, the pages in a checkout of the docs site, at each
    /// language's `path`. With --write, rewrite them.
    Docs {
        /// Rewrite the pages that are out of date.
        #[arg(long, conflicts_with = "lang")]
        write: bool,
        /// A checkout of the docs site, whose pages to compare or write.
        #[arg(long, value_name = "DIR", conflicts_with = "lang")]
        site: Option<PathBuf>,
        /// Print the page in this language instead.
        #[arg(long)]
        lang: Option<String>,
        /// The errors.toml to render.
        path: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let (Command::Check { path, .. } | Command::Docs { path, .. }) = &cli.command;
    let file = match workspace::read(path.as_deref()) {
        Ok(file) => file,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::FAILURE;
        }
    };
    match cli.command {
        Command::Check { site, .. } => check::run(&file, site.as_deref()),
        Command::Docs {
            write, lang, site, ..
        } => docs::run(&file, write, lang.as_deref(), site.as_deref()),
    }
}
