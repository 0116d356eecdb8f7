//! Arbitrary bytes as a CV data file: loading and validating must return a
//! result, never panic or hang, and a CV that validates must render, with
//! the built-in template the first byte picks. A validated CV that a
//! template fails on is a crash: validation, not Typst, must find what is
//! wrong with data.
#![no_main]

use libfuzzer_sys::fuzz_target;

const TEMPLATES: &[&str] = &["print", "classic", "sidebar"];

fuzz_target!(|bytes: &[u8]| {
    let template = TEMPLATES[usize::from(bytes.first().copied().unwrap_or(0)) % TEMPLATES.len()];
    let Ok(dir) = tempfile::tempdir() else { return };
    let data = dir.path().join("cv.yaml");
    if std::fs::write(&data, bytes).is_err() {
        return;
    }
    let options = cvpdf::RenderOptions { photo: cvpdf::PhotoChoice::None, ..cvpdf::RenderOptions::new(data, template) };
    // Errors are fine; panics, hangs and validated data that does not
    // render are what the fuzzer looks for.
    if cvpdf::prepare(&options).is_ok() {
        match cvpdf::compile(&options) {
            Ok(compiled) => {
                if let Err(error) = compiled.pdf() {
                    panic!("validated data failed in the PDF export of {template}:\n{error}");
                }
            }
            Err(error) => panic!("validated data failed in {template}:\n{error}"),
        }
    }
    // Typst memoises across compilations; a long fuzzing run would otherwise
    // grow until libFuzzer's memory limit reports it as a leak.
    comemo::evict(0);
});
