//! The generator's tree of tables against the `toml` crate's, on any text:
//! what one accepts the other accepts, with the same keys, values and
//! spans.

#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../codegen/tests/support/toml_agreement.rs"]
mod toml_agreement;

fuzz_target!(|text: &str| {
    toml_agreement::assert_reads_as_toml(text);
});
