//! The generator's text-in entry point never panics, whatever the bytes.

#![no_main]

use capmonster_errors_codegen as codegen;

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    if let Ok(generated) = codegen::generate(bytes) {
        // A catalog that is accepted renders its pages too.
        let catalog = codegen::load(bytes).expect("accepted once, accepted again");
        for language in 0..catalog.languages.len() {
            codegen::page(&catalog, language);
        }
        assert!(generated.rust.starts_with("// @generated"));
    }
});
