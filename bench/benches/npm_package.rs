//! The npm package (the doc tool compiled to WebAssembly, run by Node)
//! against the native tool, on the live errors.toml, in one run:
//!
//! - `check`: the check itself, in process: the generator's check and its
//!   JSON natively, and the package's `check()` in a Node process that
//!   times its own checks (`bench/node/check-loop.js`: the median of at
//!   least 200, after two seconds of warm-up), so that neither Node's
//!   start-up nor the module's compilation counts.
//! - `command`: `check errors.toml` as a writer runs it, a whole process
//!   each: the native binary (release, and the debug build `cargo catalog`
//!   runs), the package's command, and Node starting alone and starting to
//!   compile the module, to see where the package's time goes.
//!
//! Run by `scripts/bench-npm.sh`, which builds what it measures and names
//! it in `CATALOG_PACKAGE`, `CATALOG_NATIVE` and `CATALOG_NATIVE_DEBUG`.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use capmonster_errors_doc_tool::json;
use criterion::{Criterion, SamplingMode, criterion_group, criterion_main};

fn required(name: &str) -> PathBuf {
    std::env::var_os(name)
        .map(PathBuf::from)
        .unwrap_or_else(|| panic!("{name} is not set; run scripts/bench-npm.sh"))
}

fn repository() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("bench/ is in the repository")
}

/// Runs `program args` to its end; panics unless it succeeds.
fn run(program: &Path, args: &[&str]) {
    let output = Command::new(program)
        .args(args)
        .current_dir(repository())
        .output()
        .expect("the program starts");
    assert!(
        output.status.success(),
        "{} {args:?}: {}",
        program.display(),
        String::from_utf8_lossy(&output.stderr)
    );
}

fn node() -> PathBuf {
    PathBuf::from("node")
}

fn check_itself(c: &mut Criterion) {
    let package = required("CATALOG_PACKAGE");
    let catalog = repository().join("errors.toml");
    let bytes = std::fs::read(&catalog).expect("errors.toml reads");
    let mut group = c.benchmark_group("check");
    group.bench_function("native", |b| {
        b.iter(|| json::check(black_box(&bytes), "errors.toml"));
    });
    let script = repository().join("bench/node/check-loop.js");
    // A Node process a sample, which warms up for two seconds.
    group.sampling_mode(SamplingMode::Flat).sample_size(10);
    group.bench_function("wasm under node", |b| {
        b.iter_custom(|iterations| {
            let output = Command::new(node())
                .arg(&script)
                .arg(&package)
                .arg(&catalog)
                .arg(iterations.to_string())
                .output()
                .expect("node starts");
            assert!(
                output.status.success(),
                "{}",
                String::from_utf8_lossy(&output.stderr)
            );
            let nanos: u64 = String::from_utf8_lossy(&output.stdout)
                .trim()
                .parse()
                .expect("the script prints nanoseconds");
            Duration::from_nanos(nanos)
        });
    });
    group.finish();
}

fn command(c: &mut Criterion) {
    let package = required("CATALOG_PACKAGE");
    let native = required("CATALOG_NATIVE");
    let native_debug = required("CATALOG_NATIVE_DEBUG");
    let bin = package.join("bin/capmonster-errors-catalog.js");
    let bin = bin.to_str().expect("a UTF-8 path");
    let compile = format!(
        "new WebAssembly.Module(require('fs').readFileSync({:?}))",
        package.join("catalog.wasm")
    );
    let mut group = c.benchmark_group("command");
    group.sample_size(20);
    group.bench_function("native release", |b| {
        b.iter(|| run(&native, &["check", "errors.toml"]));
    });
    group.bench_function("native debug (cargo catalog)", |b| {
        b.iter(|| run(&native_debug, &["check", "errors.toml"]));
    });
    group.bench_function("npm package", |b| {
        b.iter(|| run(&node(), &[bin, "check", "errors.toml"]));
    });
    group.bench_function("node start-up alone", |b| {
        b.iter(|| run(&node(), &["-e", "0"]));
    });
    group.bench_function("node start-up and module compile", |b| {
        b.iter(|| run(&node(), &["-e", &compile]));
    });
    group.finish();
}

criterion_group!(benches, check_itself, command);
criterion_main!(benches);
