//! A scratch crate that depends on this one by path, as an outside crate
//! would, built by Cargo in the test's temporary directory.

// Each test crate that includes this module uses only part of it.
#![allow(dead_code)]

pub mod counting;
pub mod locale_reference;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::{env, fs};

pub struct Dependent {
    dir: PathBuf,
    name: String,
    source: Source,
    dependency_options: String,
    manifest_tail: String,
    catalog: Option<String>,
    vars: Vec<(String, String)>,
}

enum Source {
    Binary(String),
    Library(String),
}

impl Dependent {
    /// A binary crate named `name` whose `main.rs` is `main_rs`. Each name
    /// has its own directory; they share target directories, so the
    /// dependencies are built once.
    pub fn binary(name: &str, main_rs: &str) -> Self {
        Self::new(name, Source::Binary(main_rs.into()))
    }

    /// A library crate named `name` whose `lib.rs` is `lib_rs`.
    pub fn library(name: &str, lib_rs: &str) -> Self {
        Self::new(name, Source::Library(lib_rs.into()))
    }

    fn new(name: &str, source: Source) -> Self {
        Self {
            dir: Path::new(env!("CARGO_TARGET_TMPDIR")).join(name),
            name: name.into(),
            source,
            dependency_options: String::new(),
            manifest_tail: String::new(),
            catalog: None,
            vars: Vec::new(),
        }
    }

    /// More keys for the dependency on this crate, like
    /// `default-features = false`.
    pub fn dependency_options(mut self, options: &str) -> Self {
        self.dependency_options = format!(", {options}");
        self
    }

    /// TOML appended to the scratch crate's manifest: more dependencies,
    /// profiles.
    pub fn manifest_tail(mut self, toml: &str) -> Self {
        self.manifest_tail = toml.into();
        self
    }

    /// Builds the dependency from another errors.toml, through the
    /// override build.rs offers for that (a cfg and a variable).
    pub fn catalog(mut self, toml: &str) -> Self {
        self.catalog = Some(toml.into());
        self
    }

    /// Sets a variable in Cargo's environment.
    pub fn env(mut self, name: &str, value: &str) -> Self {
        self.vars.push((name.into(), value.into()));
        self
    }

    /// `cargo run`, returning standard output; panics with Cargo's output
    /// when the build or the program fails.
    pub fn run(&self) -> String {
        self.cargo(&["run", "--quiet"], &[])
    }

    /// `cargo build`; panics with Cargo's output when it fails.
    pub fn build(&self) {
        self.cargo(&["build", "--quiet"], &[]);
    }

    /// `cargo build`, which must fail; returns Cargo's standard error.
    pub fn build_failure(&self) -> String {
        let output = self
            .command(&["build", "--quiet"])
            .output()
            .expect("cargo runs");
        assert!(!output.status.success(), "the build succeeded");
        String::from_utf8(output.stderr).expect("UTF-8 output")
    }

    /// `cargo doc` of the dependency alone, with rustdoc's warnings as errors.
    pub fn document_dependency(&self) {
        self.cargo(
            &["doc", "--no-deps", "--package", "capmonster-errors"],
            &[("RUSTDOCFLAGS", "-D warnings")],
        );
    }

    fn write_files(&self) -> Option<PathBuf> {
        fs::create_dir_all(self.dir.join("src")).unwrap();
        let manifest = format!(
            "[package]\n\
             name = \"{}\"\n\
             version = \"0.0.0\"\n\
             edition = \"2024\"\n\
             publish = false\n\
             \n\
             [dependencies]\n\
             capmonster-errors = {{ path = {:?}{} }}\n\
             {}\n\
             [workspace]\n",
            self.name,
            env!("CARGO_MANIFEST_DIR"),
            self.dependency_options,
            self.manifest_tail,
        );
        write_if_changed(&self.dir.join("Cargo.toml"), &manifest);
        match &self.source {
            Source::Binary(main_rs) => write_if_changed(&self.dir.join("src/main.rs"), main_rs),
            Source::Library(lib_rs) => write_if_changed(&self.dir.join("src/lib.rs"), lib_rs),
        }
        self.catalog.as_ref().map(|toml| {
            let path = self.dir.join("errors.toml");
            write_if_changed(&path, toml);
            path
        })
    }

    fn cargo(&self, args: &[&str], vars: &[(&str, &str)]) -> String {
        let output = self
            .command(args)
            .envs(vars.iter().copied())
            .output()
            .expect("cargo runs");
        assert!(
            output.status.success(),
            "cargo {} failed:\n{}",
            args.join(" "),
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).expect("UTF-8 output")
    }

    fn command(&self, args: &[&str]) -> Command {
        let catalog = self.write_files();
        // Builds with the override have other RUSTFLAGS, which would make
        // Cargo rebuild every dependency in a shared target directory.
        let target = if catalog.is_some() {
            "dependents-with-other-catalogs"
        } else {
            "dependents"
        };
        let mut command = Command::new(env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
        command
            .args(args)
            .arg("--manifest-path")
            .arg(self.dir.join("Cargo.toml"))
            .env(
                "CARGO_TARGET_DIR",
                Path::new(env!("CARGO_TARGET_TMPDIR")).join(target),
            )
            .env_remove("RUSTDOCFLAGS")
            .env_remove("RUSTFLAGS")
            .env_remove("CARGO_ENCODED_RUSTFLAGS")
            .env_remove("CAPMONSTER_ERRORS_CATALOG");
        if let Some(path) = catalog {
            command
                .env("CAPMONSTER_ERRORS_CATALOG", path)
                .env("RUSTFLAGS", "--cfg capmonster_errors_catalog_override");
        }
        command.envs(self.vars.iter().map(|(name, value)| (name, value)));
        command
    }
}

/// Leaves an unchanged file alone, so Cargo does not rebuild for nothing.
fn write_if_changed(path: &Path, contents: &str) {
    if fs::read_to_string(path).is_ok_and(|old| old == contents) {
        return;
    }
    fs::write(path, contents).unwrap();
}

/// An entry's `[error.description]` lines: `text` in every language of the
/// catalog this crate was built with.
pub fn descriptions(text: &str) -> String {
    capmonster_errors::Lang::ALL
        .iter()
        .map(|lang| format!("{lang} = \"{text}\"\n"))
        .collect()
}
