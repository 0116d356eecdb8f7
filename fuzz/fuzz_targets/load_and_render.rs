//! Arbitrary bytes as a CV data file: loading and validating must return a
//! result, never panic or hang, and a CV that validates must render with the
//! default template.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(dir) = tempfile::tempdir() else { return };
    let data = dir.path().join("cv.yaml");
    if std::fs::write(&data, bytes).is_err() {
        return;
    }
    let options = cvpdf::RenderOptions { photo: cvpdf::PhotoChoice::None, ..cvpdf::RenderOptions::new(data, "print") };
    // Errors are fine; panics and hangs are what the fuzzer looks for.
    if let Ok(compiled) = cvpdf::compile(&options) {
        let _ = compiled.pdf();
    }
    // Typst memoises across compilations; a long fuzzing run would otherwise
    // grow until libFuzzer's memory limit reports it as a leak.
    comemo::evict(0);
});
