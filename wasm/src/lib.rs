//! The doc writers' tool as one WebAssembly module, for the npm package
//! `capmonster-errors-catalog` (`npm/`): the same code as `cargo catalog`,
//! compiled for `wasm32-wasip1` and run by Node's `node:wasi`.
//!
//! The module is a library, not a program: the host instantiates it once
//! and calls its exports, so that a command's exit status comes back as a
//! value and the JavaScript API can call the generator on text in memory.
//!
//! - [`catalog_run`] runs a command line, with the arguments, environment
//!   and folders the host gave WASI.
//! - [`catalog_check`], [`catalog_pages`] and [`catalog_view`] (the
//!   catalog editor's problems and preview) take errors.toml's bytes,
//!   which the host writes into memory from [`catalog_alloc`], and leave
//!   their JSON answer for [`catalog_output`] and [`catalog_output_len`].

use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;
use std::sync::Mutex;

use capmonster_errors_doc_tool::{Invocation, json, run};

/// The command as a doc writer types it, in every message that suggests one.
const COMMAND: &str = "npx capmonster-errors-catalog";

/// The folder the host's process runs in: WASI has no working folder of its
/// own, so the host names it, and relative paths then resolve as in a shell.
const WORKING_FOLDER: &str = "CAPMONSTER_ERRORS_CATALOG_CWD";

/// The errors.toml the package carries, which a command given `--site`
/// reads when no folder from here upwards holds one.
const BUNDLED: &str = "CAPMONSTER_ERRORS_CATALOG_BUNDLED";

/// The last answer of [`catalog_check`] or [`catalog_pages`].
static OUTPUT: Mutex<Vec<u8>> = Mutex::new(Vec::new());

/// Runs the command line WASI was given (the program's name first) and
/// returns its exit status.
#[unsafe(no_mangle)]
pub extern "C" fn catalog_run() -> i32 {
    if let Some(folder) = std::env::var_os(WORKING_FOLDER)
        && let Err(error) = std::env::set_current_dir(&folder)
    {
        eprintln!(
            "error: cannot enter the current folder {}: {error}",
            PathBuf::from(folder).display()
        );
        return 1;
    }
    let bundled = std::env::var_os(BUNDLED).map(PathBuf::from);
    let invocation = Invocation {
        name: COMMAND,
        bundled: bundled.as_deref(),
    };
    let args: Vec<OsString> = std::env::args_os().collect();
    let status = run(args, &invocation);
    // Nothing exits the process that would flush these: the host goes on.
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().flush();
    i32::from(status)
}

/// `len` bytes of memory for the host to write errors.toml into.
#[unsafe(no_mangle)]
pub extern "C" fn catalog_alloc(len: usize) -> *mut u8 {
    let mut bytes = std::mem::ManuallyDrop::new(Vec::<u8>::with_capacity(len));
    bytes.as_mut_ptr()
}

/// Gives back memory from [`catalog_alloc`].
///
/// # Safety
///
/// `ptr` and `len` must be a pair [`catalog_alloc`] returned and was given,
/// not freed before.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn catalog_free(ptr: *mut u8, len: usize) {
    // SAFETY: the caller gives back what `catalog_alloc` made: a vector's
    // buffer of capacity `len`, now holding nothing that needs dropping.
    drop(unsafe { Vec::from_raw_parts(ptr, 0, len) });
}

/// Checks the errors.toml at `ptr..ptr + len`; the answer is a JSON array
/// of problems, empty when there is none. Returns how many bytes it holds.
///
/// # Safety
///
/// `ptr` must point at `len` initialized bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn catalog_check(ptr: *const u8, len: usize) -> usize {
    // SAFETY: the caller's promise above.
    let bytes = unsafe { std::slice::from_raw_parts(ptr, len) };
    keep(json::check(bytes, "errors.toml"))
}

/// Renders every language's page of the errors.toml at `ptr..ptr + len`:
/// returns 0 and leaves the pages as a JSON array, or returns 1 and leaves
/// the problems that stop them, as [`catalog_check`] does.
///
/// # Safety
///
/// `ptr` must point at `len` initialized bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn catalog_pages(ptr: *const u8, len: usize) -> i32 {
    // SAFETY: the caller's promise above.
    let bytes = unsafe { std::slice::from_raw_parts(ptr, len) };
    match json::pages(bytes, "errors.toml") {
        Ok(pages) => {
            keep(pages);
            0
        }
        Err(problems) => {
            keep(problems);
            1
        }
    }
}

/// What the catalog editor shows for the errors.toml at `ptr..ptr + len`,
/// its page in the language tagged by the `lang_len` bytes at `lang`: the
/// answer is [`json::view`]'s object. Returns how many bytes it holds.
///
/// # Safety
///
/// `ptr` must point at `len` initialized bytes, and `lang` at `lang_len`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn catalog_view(
    ptr: *const u8,
    len: usize,
    lang: *const u8,
    lang_len: usize,
) -> usize {
    // SAFETY: the caller's promise above.
    let (bytes, lang) = unsafe {
        (
            std::slice::from_raw_parts(ptr, len),
            std::slice::from_raw_parts(lang, lang_len),
        )
    };
    let lang = std::str::from_utf8(lang).unwrap_or_default();
    keep(json::view(bytes, "errors.toml", lang))
}

/// Where the last answer starts.
#[unsafe(no_mangle)]
pub extern "C" fn catalog_output() -> *const u8 {
    output().as_ptr()
}

/// How many bytes the last answer holds.
#[unsafe(no_mangle)]
pub extern "C" fn catalog_output_len() -> usize {
    output().len()
}

fn output() -> std::sync::MutexGuard<'static, Vec<u8>> {
    OUTPUT
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

fn keep(answer: String) -> usize {
    let mut output = output();
    *output = answer.into_bytes();
    output.len()
}
