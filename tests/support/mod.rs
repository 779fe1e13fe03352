//! A scratch crate that depends on this one by path, as an outside crate
//! would, built and run by Cargo in the test's temporary directory.

// Each test crate that includes this module uses only part of it.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::{env, fs};

pub struct Dependent {
    dir: PathBuf,
    catalog: Option<PathBuf>,
}

impl Dependent {
    /// A crate named `name` whose `main.rs` is `main_rs`. Each name has its
    /// own directory and target directory, so builds are reused across runs.
    pub fn new(name: &str, main_rs: &str) -> Self {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
        fs::create_dir_all(dir.join("src")).unwrap();
        let manifest = format!(
            "[package]\n\
             name = \"{name}\"\n\
             version = \"0.0.0\"\n\
             edition = \"2024\"\n\
             publish = false\n\
             \n\
             [dependencies]\n\
             capmonster-errors = {{ path = {:?} }}\n\
             \n\
             [workspace]\n",
            env!("CARGO_MANIFEST_DIR")
        );
        write_if_changed(&dir.join("Cargo.toml"), &manifest);
        write_if_changed(&dir.join("src/main.rs"), main_rs);
        Self { dir, catalog: None }
    }

    /// Builds the dependency from another errors.toml, through the variable
    /// build.rs reads for that.
    pub fn with_catalog(mut self, toml: &str) -> Self {
        let path = self.dir.join("errors.toml");
        write_if_changed(&path, toml);
        self.catalog = Some(path);
        self
    }

    /// `cargo run`, returning standard output; panics with Cargo's output
    /// when the build or the program fails.
    pub fn run(&self) -> String {
        self.cargo(&["run", "--quiet"], &[])
    }

    /// `cargo doc` of the dependency alone, with rustdoc's warnings as errors.
    pub fn document_dependency(&self) {
        self.cargo(
            &["doc", "--no-deps", "--package", "capmonster-errors"],
            &[("RUSTDOCFLAGS", "-D warnings")],
        );
    }

    fn cargo(&self, args: &[&str], vars: &[(&str, &str)]) -> String {
        let mut command = Command::new(env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
        command
            .args(args)
            .arg("--manifest-path")
            .arg(self.dir.join("Cargo.toml"))
            .env("CARGO_TARGET_DIR", self.dir.join("target"))
            .env_remove("RUSTDOCFLAGS");
        match &self.catalog {
            Some(path) => command.env("CAPMONSTER_ERRORS_CATALOG", path),
            None => command.env_remove("CAPMONSTER_ERRORS_CATALOG"),
        };
        command.envs(vars.iter().copied());
        let output = command.output().expect("cargo runs");
        assert!(
            output.status.success(),
            "cargo {} failed:\n{}",
            args.join(" "),
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).expect("UTF-8 output")
    }
}

/// Leaves an unchanged file alone, so Cargo does not rebuild for nothing.
fn write_if_changed(path: &Path, contents: &str) {
    if fs::read_to_string(path).is_ok_and(|old| old == contents) {
        return;
    }
    fs::write(path, contents).unwrap();
}
