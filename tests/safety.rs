//! Data is never Typst source, and a template cannot read the disk.

mod common;

use common::*;
use cvpdf::fonts::Fonts;
use cvpdf::model::Date;
use cvpdf::world::{CvWorld, VirtualFiles, file_id};
use typst::foundations::Bytes;
use typst_layout::PagedDocument;

const HOSTILE: &[&str] = &[
    r#"#read("/etc/passwd")"#,
    "$x$",
    "<x>",
    "@ref",
    "a * b",
    "snake_case_name",
    "// not a comment",
    "= not a heading",
    r#"#eval("1 + 1")"#,
    "]) #panic(\"escaped\")",
];

#[test]
fn typst_syntax_in_data_is_printed_literally() {
    let mut yaml = std::fs::read_to_string(root().join("data/cv.yaml")).unwrap();
    let quoted: Vec<String> = HOSTILE.iter().map(|s| serde_json::to_string(s).unwrap()).collect();
    // The injection strings go into a name, a headline and a free section.
    yaml = yaml.replacen("name: Коврижкин Алексей Анатольевич", &format!("name: {}", quoted[0]), 1);
    yaml = yaml.replacen("headline: ", &format!("headline: {} ", quoted[1].trim_matches('"')), 1);
    yaml.push_str("\n  - title: \"Injection\"\n    body:\n");
    for q in &quoted {
        yaml.push_str(&format!("      - {q}\n"));
    }
    yaml.push_str("      - list:\n");
    for q in &quoted {
        yaml.push_str(&format!("          - {q}\n"));
    }
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(root().join("data/photo.jpg"), dir.path().join("photo.jpg")).unwrap();
    let data = dir.path().join("cv.yaml");
    std::fs::write(&data, yaml).unwrap();

    let text = squeeze(&pdf_text(&render(&data, &[])));
    for hostile in HOSTILE {
        let needle = squeeze(hostile);
        let count = text.matches(&needle).count();
        // Each string appears as a paragraph and as a list item at least.
        assert!(count >= 2, "{hostile:?} printed {count} times, not literally in both places");
    }
    assert!(!text.contains("root:x:0:0"), "a template read /etc/passwd");
}

/// Compiles a one-file template in the cvpdf World and returns the error text.
fn compile_error(source: &str) -> String {
    let mut files = VirtualFiles::default();
    files.insert("/evil/main.typ", Bytes::from_string(source.to_owned()));
    let world = CvWorld::new(Fonts::load(&[]).unwrap(), files, "/evil/main.typ", Date { year: 2026, month: 2, day: 8 });
    assert_eq!(typst::World::main(&world), file_id("/evil/main.typ"));
    match cvpdf::export::compile(&world, &|path| format!("template{path}")) {
        Ok(_) => panic!("the template compiled: {source}"),
        Err(error) => error.to_string(),
    }
}

#[test]
fn a_template_cannot_read_system_files() {
    let error = compile_error(r#"#read("/etc/passwd")"#);
    assert!(error.contains("/etc/passwd"), "{error}");
    assert!(error.contains("can read only its own files"), "{error}");
    assert!(error.contains("template/evil/main.typ:1:"), "the error does not point at the template: {error}");
}

#[test]
fn a_template_cannot_climb_out_of_its_root() {
    let error = compile_error(r#"#image("../../x.png")"#);
    assert!(error.starts_with("error: "), "{error}");
    assert!(error.contains("template/evil/main.typ:1:8"), "{error}");
    assert!(error.contains("outside of the project sandbox"), "{error}");
    assert!(!error.contains("--root"), "a hint about a flag cvpdf does not have: {error}");
}

#[test]
fn a_template_cannot_download_packages() {
    let error = compile_error(r#"#import "@preview/example:0.1.0": *"#);
    assert!(error.contains("does not download packages"), "{error}");
}

#[test]
fn the_world_compiles_a_harmless_template() {
    let mut files = VirtualFiles::default();
    files.insert("/ok/main.typ", Bytes::from_string("#set text(font: \"Inter\")\nHello".to_owned()));
    let world = CvWorld::new(Fonts::load(&[]).unwrap(), files, "/ok/main.typ", Date { year: 2026, month: 2, day: 8 });
    let warned = typst::compile::<PagedDocument>(&world);
    assert!(warned.output.is_ok());
}
