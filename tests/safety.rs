//! Data is never Typst source. (That a template cannot read the disk is
//! tested beside the World, in `src/render/world.rs`.)

use crate::common::*;

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
    let mut yaml = std::fs::read_to_string(long_cv()).unwrap();
    let quoted: Vec<String> = HOSTILE.iter().map(|s| serde_json::to_string(s).unwrap()).collect();
    // The injection strings go into a name, a headline and a free section.
    yaml = yaml.replacen("name: Самойлов Игорь Валентинович", &format!("name: {}", quoted[0]), 1);
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
    std::fs::copy(long_dir().join("photo.jpg"), dir.path().join("photo.jpg")).unwrap();
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
