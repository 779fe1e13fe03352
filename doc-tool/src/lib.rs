//! The doc writers' tool: `cargo catalog` in the workspace, and the same
//! code compiled to WebAssembly for the npm package. It reads errors.toml
//! with the generator alone, so it works on a file the library would not
//! build from.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

mod check;
mod docs;
pub mod json;
mod problems;
mod report;
mod site_tree;
mod workspace;

/// How the tool was started: the name the writer types, which every
/// message that suggests a command uses, and the catalog to fall back on.
pub struct Invocation<'a> {
    /// The command as typed, before its subcommand.
    pub name: &'a str,
    /// The errors.toml read when no PATH is given and no folder from here
    /// upwards holds one, for a command given `--site`: the catalog the npm
    /// package was built from, which a docs site checkout renders.
    pub bundled: Option<&'a Path>,
}

impl Invocation<'static> {
    /// `cargo catalog`, run in the workspace: no catalog but the workspace's.
    pub const CARGO: Self = Invocation {
        name: "cargo catalog",
        bundled: None,
    };
}

#[derive(Parser)]
#[command(
    name = "cargo catalog",
    about = "Check errors.toml and regenerate the docs pages from it"
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
        /// How problems are printed: for a person, or one JSON object a
        /// line on standard output, for editors and CI annotations.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
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

/// Runs the command line `args` (the program's name first) and returns
/// the exit status: 0 done, 1 problems found or pages out of date, 2 a
/// command line or language the tool does not know.
pub fn run(args: impl IntoIterator<Item = OsString>, invocation: &Invocation) -> u8 {
    let command = Cli::command()
        .bin_name(invocation.name)
        .after_help(after_help(invocation.name));
    let parsed = command
        .try_get_matches_from(args)
        .and_then(|matches| Cli::from_arg_matches(&matches));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(error) => {
            // Help and version go to standard output with status 0, as clap
            // would exit with; the tool returns instead, so that a
            // WebAssembly host gets the status back.
            let _ = error.print();
            return u8::try_from(error.exit_code()).unwrap_or(2);
        }
    };
    let (Command::Check { path, site, .. } | Command::Docs { path, site, .. }) = &cli.command;
    let bundled = invocation.bundled.filter(|_| site.is_some());
    let file = match workspace::read(path.as_deref(), bundled, invocation.name) {
        Ok(file) => file,
        Err(message) => {
            eprintln!("error: {message}");
            return 1;
        }
    };
    match cli.command {
        Command::Check { site, format, .. } => check::run(&file, site.as_deref(), format),
        Command::Docs {
            write, lang, site, ..
        } => docs::run(
            &file,
            write,
            lang.as_deref(),
            site.as_deref(),
            invocation.name,
        ),
    }
}

/// How `check` prints the problems it finds.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Each problem under its line of the file, as rustc shows one.
    Human,
    /// Each problem as a JSON object on a line of its own.
    Json,
}

fn after_help(name: &str) -> String {
    format!(
        "Without PATH, each command reads the errors.toml of the workspace it runs in: \
         the nearest folder, from here upwards, that holds one.\n\n\
         A doc writer's day:\n  \
         {name} check --site ../docs          check errors.toml, its links against the site\n  \
         {name} docs --write --site ../docs   write every language's page into the site\n  \
         {name} docs --write                  and the copies this repository keeps"
    )
}
