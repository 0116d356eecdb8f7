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

// Every value of the data that reaches a web page goes through a validator
// or an escaper made for its place: HTML text, a stylesheet, front matter.

/// A short CV in `dir` with `extra` appended; returns its path.
fn short_cv(dir: &std::path::Path, extra: &str) -> std::path::PathBuf {
    let path = dir.join("cv.yaml");
    std::fs::write(
        &path,
        format!("updated: \"2026-02-08\"\nlang: en\nperson:\n  name: Jane Doe\nheadline: Engineer\n{extra}"),
    )
    .unwrap();
    path
}

fn stderr(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// `cvpdf args…` in `dir` fails with exit code 1 and a message with every one of `expect`.
fn refused(dir: &std::path::Path, args: &[&str], expect: &[&str]) -> String {
    refused_with(1, dir, args, expect)
}

/// The same for a usage error of the command line: exit code 2.
fn misused(dir: &std::path::Path, args: &[&str], expect: &[&str]) -> String {
    refused_with(2, dir, args, expect)
}

fn refused_with(code: i32, dir: &std::path::Path, args: &[&str], expect: &[&str]) -> String {
    let output = run_in(dir, args);
    let message = stderr(&output);
    assert_eq!(output.status.code(), Some(code), "{args:?}: {message}");
    for part in expect {
        assert!(message.contains(part), "{args:?}: the message lacks {part:?}: {message}");
    }
    message
}

#[test]
fn an_html_template_escapes_data_whatever_its_file_is_called() {
    let dir = tempfile::tempdir().unwrap();
    short_cv(dir.path(), "skills: [Rust, \"<script>alert(1)</script>\"]\n");
    let template = dir.path().join("tpl");
    std::fs::create_dir(&template).unwrap();
    for name in ["cv.HTML", "cv.Htm", "page.jinja", "page.txt"] {
        std::fs::write(template.join(name), "<ul>{% for s in cv.skills %}<li>{{ s | plain }}</li>{% endfor %}</ul>\n")
            .unwrap();
        let spec = format!("tpl/{name}");
        let output = run_in(dir.path(), &["render", "cv.yaml", "-f", "html", "-t", &spec, "-o", "cv.html", "-q"]);
        assert!(output.status.success(), "{name}: {}", stderr(&output));
        let page = std::fs::read_to_string(dir.path().join("cv.html")).unwrap();
        assert!(!page.contains("<script>"), "{name} let a script through: {page}");
        assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "{name}: {page}");
    }
}

#[test]
fn an_html_filter_that_would_write_gigabytes_is_stopped_with_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let skills: Vec<String> = (0..200).map(|index| format!("skill{index}")).collect();
    short_cv(dir.path(), &format!("skills: [{}]\n", skills.join(", ")));
    let template = dir.path().join("tpl");
    std::fs::create_dir(&template).unwrap();
    // 200 skills joined by 20 MB: 4 GB.
    std::fs::write(template.join("index.html"), "{% set sep = \"x\" * 20000000 %}{{ cv.skills | join_rich(sep) }}\n")
        .unwrap();
    let started = std::time::Instant::now();
    refused(dir.path(), &["render", "cv.yaml", "-f", "html", "-t", "tpl", "-o", "cv.html"], &["larger than 16 MiB"]);
    assert!(started.elapsed() < std::time::Duration::from_secs(20), "{:?}", started.elapsed());
    assert!(!dir.path().join("cv.html").exists());
}

#[test]
fn a_font_name_that_is_no_family_is_refused_for_every_format_and_by_check() {
    let dir = tempfile::tempdir().unwrap();
    for font in ["x</style><script>alert(1)</script>", "Inter; } body { display: none"] {
        short_cv(dir.path(), &format!("design:\n  font: {}\n", serde_json::to_string(font).unwrap()));
        let mut messages = Vec::new();
        for args in [
            &["check", "cv.yaml"][..],
            &["check", "cv.yaml", "-t", "web"],
            &["render", "cv.yaml", "-o", "cv.pdf"],
            &["render", "cv.yaml", "-o", "cv.html"],
            &["render", "cv.yaml", "-o", "cv.md"],
        ] {
            messages.push(refused(dir.path(), args, &["cv.yaml:7:3: design.font: no font family is called"]));
        }
        assert!(messages.windows(2).all(|pair| pair[0] == pair[1]), "the formats disagree: {messages:#?}");
        assert!(!dir.path().join("cv.html").exists() && !dir.path().join("cv.md").exists());
    }
    // The heading font too.
    short_cv(dir.path(), "design:\n  heading_font: \"a{}\"\n");
    refused(dir.path(), &["render", "cv.yaml", "-o", "cv.html"], &["design.heading_font: no font family"]);
}

#[test]
fn check_knows_html_templates() {
    let dir = tempfile::tempdir().unwrap();
    short_cv(dir.path(), "");
    let ok = |args: &[&str], expect: &str| {
        let output = run_in(dir.path(), args);
        assert!(output.status.success(), "{args:?}: {}", stderr(&output));
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(stdout.contains(expect), "{args:?}: {stdout}");
    };
    ok(&["check", "cv.yaml", "-t", "web"], "HTML template web");
    let template = dir.path().join("site");
    std::fs::create_dir(&template).unwrap();
    std::fs::write(template.join("index.html"), "<h1>{{ cv.person.name | rich }}</h1>\n").unwrap();
    ok(&["check", "cv.yaml", "-t", "site"], "HTML template site");
    ok(&["check", "cv.yaml", "-t", "site/index.html"], "HTML template site/index.html");
    // Its syntax is checked, at its line.
    std::fs::write(template.join("index.html"), "<h1>\n{{ cv.person.name | rich }\n").unwrap();
    refused(dir.path(), &["check", "cv.yaml", "-t", "site"], &["site/index.html:2", "syntax error"]);
    // A PDF render of an HTML template says how to make the page.
    misused(dir.path(), &["render", "cv.yaml", "-t", "web", "-o", "cv.pdf"], &["HTML template", "-f html"]);
}

#[test]
fn line_breaks_of_yaml_in_a_name_are_escaped_in_front_matter() {
    let dir = tempfile::tempdir().unwrap();
    let data = short_cv(dir.path(), "");
    let name = "Jane\u{2028}Doe\u{2029}Smith";
    let text = std::fs::read_to_string(&data).unwrap().replace("Jane Doe", &format!("\"{name}\""));
    std::fs::write(&data, text).unwrap();
    for front_matter in ["jekyll", "hugo", "zola"] {
        let output = run_in(dir.path(), &["render", "cv.yaml", "-o", "cv.md", "--front-matter", front_matter, "-q"]);
        assert!(output.status.success(), "{}", stderr(&output));
        let page = std::fs::read_to_string(dir.path().join("cv.md")).unwrap();
        let header = page.split("---\n").nth(1).unwrap();
        assert!(!header.contains(['\u{2028}', '\u{2029}']), "{front_matter}: a raw line break: {header:?}");
        // libyaml, as Jekyll's reader, reads YAML 1.1's line breaks.
        let read: serde_yaml::Value = serde_yaml::from_str(header).unwrap();
        assert_eq!(read["title"].as_str(), Some(name), "{front_matter}: {header}");
    }
}

#[test]
fn an_id_that_takes_a_sections_generated_name_is_an_error_at_its_line() {
    let dir = tempfile::tempdir().unwrap();
    // The second section has no id, so it is `section-2`; a job and a
    // section may not take that name.
    let sections = "sections:\n  - {title: A, body: [a]}\n  - {title: B, body: [b]}\n";
    short_cv(
        dir.path(),
        &format!("experience:\n  - {{company: C, id: section-2, start: \"2020-01\", end: present}}\n{sections}"),
    );
    refused(
        dir.path(),
        &["render", "cv.yaml", "-o", "cv.html"],
        &["cv.yaml:7:18: experience[0].id: the id `section-2` is the name of sections[1]"],
    );
    short_cv(dir.path(), "sections:\n  - {title: A, id: section-2, body: [a]}\n  - {title: B, body: [b]}\n");
    refused(dir.path(), &["check", "cv.yaml"], &["sections[0].id: the id `section-2` is the name of sections[1]"]);
    // Ids are unique on the page that is written.
    short_cv(
        dir.path(),
        "experience:\n  - {company: C, id: section-9, start: \"2020-01\", end: present}\n  - {company: D, id: roles, start: \"2020-01\", end: present}\nsections:\n  - {title: A, body: [a]}\n  - {title: B, id: extra, body: [b]}\n",
    );
    let output = run_in(dir.path(), &["render", "cv.yaml", "-o", "cv.html", "-q"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let page = std::fs::read_to_string(dir.path().join("cv.html")).unwrap();
    let mut ids: Vec<&str> = page.split(" id=\"").skip(1).map(|rest| rest.split('"').next().unwrap()).collect();
    let count = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), count, "an id is written twice: {page}");
}

// The output's name and format agree, and every option given does something.

#[test]
fn an_extension_that_contradicts_the_format_is_an_error_with_the_fix() {
    let dir = tempfile::tempdir().unwrap();
    short_cv(dir.path(), "");
    misused(
        dir.path(),
        &["render", "cv.yaml", "-f", "png", "-o", "cv.pdf"],
        &["the extension says PDF but --format is png", "write -o cv.png"],
    );
    misused(dir.path(), &["render", "cv.yaml", "-f", "pdf", "-o", "cv.HTML"], &["write -o cv.pdf"]);
    assert!(!dir.path().join("cv-1.pdf").exists() && !dir.path().join("cv.pdf").exists());
    // An extension of no format is the user's choice.
    let output = run_in(dir.path(), &["render", "cv.yaml", "-f", "pdf", "-o", "cv.out", "-q"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(std::fs::read(dir.path().join("cv.out")).unwrap().starts_with(b"%PDF"));
}

#[test]
fn an_option_that_does_nothing_for_the_format_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    short_cv(dir.path(), "");
    for (args, expect) in [
        (&["-o", "cv.png", "--pdf-standard", "ua-1"][..], "--pdf-standard does not apply to PNG output"),
        (&["-o", "cv.pdf", "--ppi", "300"], "--ppi does not apply to PDF output"),
        (&["-o", "cv.pdf", "--front-matter", "hugo"], "--front-matter does not apply to PDF output"),
        (&["-o", "cv.png", "--no-anchors"], "--no-anchors does not apply to PNG output"),
        (&["-o", "cv.html", "--timeout", "5"], "--timeout does not apply to HTML output"),
        (&["-o", "cv.md", "--ppi", "300"], "--ppi does not apply to Markdown output"),
        (&["-f", "jsonresume", "-o", "cv.json", "--set", "headline=X"], "--set does not apply to JSON Resume"),
        (&["-f", "jsonresume", "-o", "cv.json", "-t", "classic"], "--template does not apply to JSON Resume"),
    ] {
        let mut all = vec!["render", "cv.yaml"];
        all.extend_from_slice(args);
        misused(dir.path(), &all, &[expect]);
    }
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into())
        .collect();
    assert_eq!(names, ["cv.yaml"], "something was written");
}

#[test]
fn an_output_folder_gets_an_index_page_or_the_datas_name() {
    let dir = tempfile::tempdir().unwrap();
    short_cv(dir.path(), "");
    std::fs::create_dir(dir.path().join("site")).unwrap();
    for (args, written) in [
        (&["-f", "html", "-o", "site/"][..], "site/index.html"),
        (&["-f", "md", "-o", "site"], "site/index.md"),
        (&["-o", "site/"], "site/cv.pdf"),
    ] {
        let mut all = vec!["render", "cv.yaml", "-q"];
        all.extend_from_slice(args);
        let output = run_in(dir.path(), &all);
        assert!(output.status.success(), "{args:?}: {}", stderr(&output));
        assert!(dir.path().join(written).is_file(), "{args:?} did not write {written}");
    }
    refused(dir.path(), &["render", "cv.yaml", "-f", "html", "-o", "missing/"], &["-o missing/: no such folder"]);
}

// Every script a CV is written in prints: Chinese, Japanese and Korean from
// the bundled CJK face, symbols from the fallback family or named in a warning.

#[test]
fn a_cjk_cv_prints_in_every_template_with_no_flag_and_no_warning() {
    let cases = [
        ("tests/fixtures/cjk/chinese/cv.yaml", ["林晓雯", "蓝海支付科技有限公司", "复旦大学"]),
        ("tests/fixtures/japanese/cv.yaml", ["佐藤美咲（さとうみさき）", "株式会社さくらペイメント", "京都大学"]),
        ("tests/fixtures/korean/cv.yaml", ["김민준(金敏俊)", "한빛페이주식회사", "서울대학교"]),
    ];
    for (data, phrases) in cases {
        let data = root().join(data);
        for template in ["print", "classic", "sidebar"] {
            let dir = tempfile::tempdir().unwrap();
            // A stray last page is warned about too (tests/finish.rs); this
            // test is about the letters, so that warning is switched off.
            let args = [
                "render",
                data.to_str().unwrap(),
                "-t",
                template,
                "-o",
                "cv.pdf",
                "--deny-warnings",
                "--set",
                "design.pull_back=false",
            ];
            let output = run_in(dir.path(), &args);
            assert!(output.status.success(), "{args:?}: {}", stderr(&output));
            let pdf = std::fs::read(dir.path().join("cv.pdf")).unwrap();
            let text = squeeze(&pdf_text(&pdf));
            for phrase in phrases {
                assert!(text.contains(phrase), "{template}: {phrase} missing from {text}");
            }
            let fonts = pdf_fonts(&pdf);
            assert!(fonts.iter().any(|(name, embedded)| name.contains("DroidSansFallback") && *embedded), "{fonts:?}");
        }
    }
}

#[test]
fn a_symbol_no_font_draws_is_named_with_or_without_its_variation_selector() {
    let dir = tempfile::tempdir().unwrap();
    short_cv(dir.path(), "about:\n  - \"Shipped ✅ and ✅\\uFE0F, tools ⚙ and ⚙\\uFE0F, ✓ ★ ☎\\uFE0F\"\n");
    let output = run_in(dir.path(), &["render", "cv.yaml", "-o", "cv.pdf"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let message = stderr(&output);
    assert!(message.contains("cv.yaml:7:") && message.contains("no bundled font has \"✅\" (U+2705);"), "{message}");
    assert!(!message.contains('⚙') && !message.contains('✓') && !message.contains('☎'), "{message}");
    let text = pdf_text(&std::fs::read(dir.path().join("cv.pdf")).unwrap());
    assert!(text.contains('⚙') && text.contains('★') && text.contains('☎'), "{text}");
}

// An imported file's bad characters are the source's, named in the source.

#[test]
fn an_imported_control_character_is_removed_with_a_note_at_its_source_field_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let json = "{\n  \"basics\": {\n    \"name\": \"Jane\\u0007 Doe\",\n    \"label\": \"Engineer\\tLead\"\n  },\n  \
                \"work\": [{\"name\": \"Acme\\u202e Inc\", \"position\": \"Dev\", \"startDate\": \"2020-01-01\"}]\n}\n";
    std::fs::write(dir.path().join("resume.json"), json).unwrap();
    let output = run_in(dir.path(), &["import", "jsonresume", "resume.json", "-o", "cv.yaml"]);
    let said = format!("{}{}", String::from_utf8_lossy(&output.stdout), stderr(&output));
    assert!(output.status.success(), "{said}");
    assert!(
        said.contains("resume.json:3:13: basics.name: removed the control character U+0007 (it prints as nothing)"),
        "{said}"
    );
    assert!(
        said.contains("resume.json:6:21: work[0].name: removed the bidirectional control character U+202E"),
        "{said}"
    );
    assert!(!said.contains("bug"), "{said}");
    let yaml = std::fs::read_to_string(dir.path().join("cv.yaml")).unwrap();
    assert!(yaml.contains("name: Jane Doe") && yaml.contains("headline: Engineer Lead"), "{yaml}");
    assert!(yaml.contains("company: Acme Inc"), "{yaml}");
    let check = run_in(dir.path(), &["check", "cv.yaml"]);
    assert!(check.status.success(), "{}", stderr(&check));
}

#[test]
fn an_imported_value_the_checks_refuse_names_the_source_field_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let json = format!("{{\"basics\": {{\"name\": \"Jane Doe\", \"label\": \"{}\"}}}}\n", "Engineer ".repeat(50));
    std::fs::write(dir.path().join("resume.json"), json).unwrap();
    let message = refused(
        dir.path(),
        &["import", "jsonresume", "resume.json", "-o", "cv.yaml"],
        &["resume.json: the CV made from it does not pass the checks", "headline (from the source's basics.label)"],
    );
    assert!(!message.contains("bug") && !message.contains("cv.yaml"), "{message}");
    assert!(!dir.path().join("cv.yaml").exists(), "a CV was written");
}
