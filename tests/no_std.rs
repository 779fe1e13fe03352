//! The library needs no `std`, with any set of features.
//!
//! No target without `std` is installed here (and none can be fetched), so
//! the proof is a `#![no_std]` library that defines its own panic handler:
//! if any crate in its dependency graph linked `std`, whose panic handler
//! would then clash with this one, the build fails with "duplicate lang
//! item `panic_impl`".

mod support;

use support::Dependent;

const LIB: &str = r#"#![no_std]

use capmonster_errors::{ErrorCode, Lang};

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    loop {}
}

pub fn zero_balance_text() -> &'static str {
    match ErrorCode::from_code("ERROR_ZERO_BALANCE") {
        Some(code) => code.description(Lang::En),
        None => "",
    }
}
"#;

const PANIC_ABORT: &str = "\n[profile.dev]\npanic = \"abort\"\n";

#[test]
fn the_library_builds_without_std() {
    Dependent::library("no-std-default", LIB)
        .dependency_options("default-features = false")
        .manifest_tail(PANIC_ABORT)
        .build();
}

#[test]
fn serde_and_alloc_build_without_std() {
    Dependent::library("no-std-serde-alloc", LIB)
        .dependency_options("default-features = false, features = [\"serde\", \"alloc\"]")
        .manifest_tail(PANIC_ABORT)
        .build();
}

#[test]
fn the_check_catches_a_dependency_on_std() {
    let with_std = format!("{LIB}\nextern crate strsim;\n");
    let result = std::panic::catch_unwind(|| {
        Dependent::library("no-std-negative-control", &with_std)
            .dependency_options("default-features = false")
            .manifest_tail(&format!("strsim = \"0.11\"\n{PANIC_ABORT}"))
            .build();
    });
    let message = result.expect_err("a crate graph with std must not build");
    let message = message
        .downcast_ref::<String>()
        .expect("the build's output");
    assert!(message.contains("duplicate lang item"), "{message}");
}
