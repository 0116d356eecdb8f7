//! Embeds every language file of `locales/` in the binary: it writes the
//! list of `locales/<code>.ftl` files, sorted by code, for
//! `src/contract/locale.rs` to include. A contributor adds a language by
//! adding its file; no Rust changes.

use std::path::Path;

fn main() {
    println!("cargo::rerun-if-changed=locales");
    let dir = Path::new(&std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR")).join("locales");
    let mut codes: Vec<String> = std::fs::read_dir(&dir)
        .expect("the locales/ folder exists")
        .map(|entry| entry.expect("locales/ is readable").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
        .map(|path| path.file_stem().and_then(|stem| stem.to_str()).expect("language file names are UTF-8").to_owned())
        .collect();
    for code in &codes {
        let valid = !code.is_empty() && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
        assert!(valid, "locales/{code}.ftl: a language file is named by its code, such as `de` or `sr-Latn`");
    }
    // Directory order differs between machines; the binary must not.
    codes.sort();
    let mut source = String::from(
        "/// Every language file, `(code, text)`, sorted by code.\npub(crate) const FILES: &[(&str, &str)] = &[\n",
    );
    for code in &codes {
        source.push_str(&format!(
            "    ({code:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/locales/{code}.ftl\"))),\n"
        ));
    }
    source.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("locales.rs");
    std::fs::write(out, source).expect("OUT_DIR is writable");
}
