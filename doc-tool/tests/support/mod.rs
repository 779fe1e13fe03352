//! The doc tool's tests' scratch folders and the tool run in them.

#![allow(dead_code)] // Each test file uses its own share.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub const VALID: &str = include_str!("../../../codegen/tests/fixtures/catalog.toml");

/// A fresh folder holding `errors.toml` with `contents`.
pub fn scratch(name: &str, contents: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("sub/folder")).unwrap();
    std::fs::write(dir.join("errors.toml"), contents).unwrap();
    dir
}

pub fn catalog(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_catalog"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("the tool runs")
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

/// The fixture with two mistakes: a misspelled key and an unknown value.
pub fn broken() -> String {
    let broken = VALID
        .replacen("title = \"WRONG KEY\"", "titel = \"WRONG KEY\"", 1)
        .replacen("retry = \"new_task\"", "retry = \"new_tsk\"", 1);
    assert_ne!(broken, VALID);
    broken
}
