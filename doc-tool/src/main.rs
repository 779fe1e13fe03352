//! `cargo catalog`: the doc writers' tool. It reads errors.toml with the
//! generator alone, so it works on a file the library would not build from.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod check;
mod docs;
mod report;
mod site;
mod workspace;

#[derive(Parser)]
#[command(
    name = "cargo catalog",
    about = "Check errors.toml and regenerate the docs pages from it",
    after_help = "Without PATH, each command reads the errors.toml of the workspace it runs in: \
                  the nearest folder, from here upwards, that holds one."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check errors.toml: every problem with its line and column; exit 1 on any.
    Check {
        /// The errors.toml to check.
        path: Option<PathBuf>,
    },
    /// Say whether the docs pages beside errors.toml are up to date; with
    /// --write, rewrite them.
    Docs {
        /// Rewrite docs/LANG/api-errors.md beside errors.toml.
        #[arg(long, conflicts_with = "lang")]
        write: bool,
        /// Print the page in this language instead.
        #[arg(long)]
        lang: Option<String>,
        /// The errors.toml to render.
        path: Option<PathBuf>,
    },
    /// Lay out a Docusaurus site's documents from errors.toml, as the
    /// official site has them, for scripts/check-docs-site.sh to build.
    Site {
        /// The site's folder: docs/, i18n/ and site.json are written there.
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// The errors.toml to lay out.
        path: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let (Command::Check { path } | Command::Docs { path, .. } | Command::Site { path, .. }) =
        &cli.command;
    let file = match workspace::read(path.as_deref()) {
        Ok(file) => file,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::FAILURE;
        }
    };
    match cli.command {
        Command::Check { .. } => check::run(&file),
        Command::Docs { write, lang, .. } => docs::run(&file, write, lang.as_deref()),
        Command::Site { out, .. } => site::run(&file, &out),
    }
}
