//! Every template renders every example with all of its data; custom
//! template directories work and stay in their sandbox.

use std::path::PathBuf;

use crate::common::*;

/// Every CV under `examples/` (found by walking it, so a new example cannot
/// be forgotten) and the main fixture.
fn examples() -> Vec<PathBuf> {
    fn walk(dir: &std::path::Path, found: &mut Vec<PathBuf>) {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(dir).unwrap().map(|entry| entry.unwrap().path()).collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                walk(&path, found);
            } else if path.extension().is_some_and(|ext| ext == "yaml")
                // Cover letters (`letter.yaml`, the starters' `letter.en.yaml`) are not CVs.
                && !path.file_name().is_some_and(|name| name.to_string_lossy().starts_with("letter"))
            {
                found.push(path);
            }
        }
    }
    let mut found = Vec::new();
    walk(&root().join("examples"), &mut found);
    for expected in [
        "examples/en/cv.yaml",
        "examples/minimal/cv.yaml",
        "examples/starter/cv.ru.yaml",
        "examples/bilingual/cv.yaml",
        "examples/i18n/kk/cv.yaml",
    ] {
        assert!(found.contains(&root().join(expected)), "the walk missed {expected}: {found:?}");
    }
    found.push(long_cv());
    found
}

/// Every example in every language it is written in.
#[test]
fn every_builtin_prints_every_value_of_every_example() {
    for template in cvpdf::builtin_templates() {
        for data in examples() {
            for lang in languages_of(&data) {
                let Some(fonts) = script_fonts(&lang) else { continue };
                let mut args = vec!["--template", template, "--lang", &lang];
                args.extend(fonts.iter().map(String::as_str));
                let pdf = render(&data, &args);
                assert!(!page_sizes(&pdf).is_empty());
                let what = format!("{template} × {} × {lang}", data.display());
                let texts = data_texts_in(&data, Some(&lang));
                assert_all_printed(&texts, &pdf, &what, &running_lines_in(&data, Some(&lang)));
            }
        }
    }
}

#[test]
fn the_english_example_speaks_english() {
    let data = root().join("examples/en/cv.yaml");
    for template in cvpdf::builtin_templates() {
        let text = squeeze(&pdf_text(&render(&data, &["--template", template])));
        for phrase in
            ["Female, 37 years old, born 2 June 1988", "Experience", "present", "4 years 7 months", "Achievements"]
        {
            assert!(text.contains(&squeeze(phrase)), "{template}: {phrase:?} missing");
        }
        // No Russian label may leak into an English CV.
        for russian in ["Опыт", "Достижения", "Навыки", "лет", "года", "по настоящее время", "Резюме"]
        {
            assert!(!text.contains(russian), "{template}: Russian {russian:?} in an English CV");
        }
    }
}

#[test]
fn the_custom_template_directory_renders_every_example() {
    let template = root().join("examples/template");
    for data in examples() {
        let lang = languages_of(&data).remove(0);
        let Some(fonts) = script_fonts(&lang) else { continue };
        let mut args = vec!["--template", template.to_str().unwrap()];
        args.extend(fonts.iter().map(String::as_str));
        let pdf = render(&data, &args);
        let text = reading_text(&pdf);
        let json = cvpdf::prepare(&cvpdf::RenderOptions {
            photo: cvpdf::PhotoChoice::None,
            ..cvpdf::RenderOptions::new(data.clone(), "print")
        })
        .unwrap()
        .contract_json();
        let name = json["person"]["name_plain"].as_str().unwrap();
        assert!(text.contains(&reading_form(name)), "{}: the name {name:?} is missing", data.display());
        let headline = json["headline_plain"].as_str().unwrap();
        assert!(text.contains(&reading_form(headline)), "{}: the headline {headline:?} is missing", data.display());
    }
}

#[test]
fn a_single_typ_file_works_as_a_template() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("one.typ");
    std::fs::write(
        &file,
        "#import \"/.cvpdf/cv.typ\": load-cv, rich\n#let cv = load-cv(() => none)\n#rich(cv.person.name)\n",
    )
    .unwrap();
    let pdf = render(&root().join("examples/en/cv.yaml"), &["--template", file.to_str().unwrap()]);
    assert!(squeeze(&pdf_text(&pdf)).contains("AlexMorgan"));
}

/// A template directory with one main.typ, rendered against the default CV.
fn custom_template_error(main: &str, setup: impl FnOnce(&std::path::Path)) -> String {
    let dir = tempfile::tempdir().unwrap();
    let template = dir.path().join("tpl");
    std::fs::create_dir(&template).unwrap();
    std::fs::write(template.join("main.typ"), main).unwrap();
    setup(dir.path());
    let out = dir.path().join("cv.pdf");
    let result =
        run_in(dir.path(), &["render", long_cv().to_str().unwrap(), "--template", "tpl", "-o", out.to_str().unwrap()]);
    assert_eq!(result.status.code(), Some(1), "{result:?}");
    assert!(!out.exists());
    let stderr = String::from_utf8(result.stderr).unwrap();
    assert!(stderr.contains("tpl/main.typ:1:"), "the error does not point at the template line: {stderr}");
    stderr
}

#[test]
fn a_template_directory_is_a_sandbox() {
    let up =
        custom_template_error(r#"#read("../secret.txt")"#, |dir| std::fs::write(dir.join("secret.txt"), "x").unwrap());
    assert!(up.contains("outside of the project sandbox"), "{up}");

    let absolute = custom_template_error(r#"#read("/etc/passwd")"#, |_| {});
    assert!(absolute.contains("/etc/passwd is not a file of the template directory"), "{absolute}");

    let link = custom_template_error(r#"#read("escape.txt")"#, |dir| {
        std::fs::write(dir.join("outside.txt"), "secret").unwrap();
        std::os::unix::fs::symlink(dir.join("outside.txt"), dir.join("tpl/escape.txt")).unwrap();
    });
    assert!(link.contains("leads outside the template directory"), "{link}");

    let package = custom_template_error(r#"#import "@preview/cetz:0.3.0": *"#, |_| {});
    assert!(package.contains("does not download packages") && package.contains("copy the package"), "{package}");
}

#[test]
fn a_broken_template_reports_its_own_file_and_line() {
    let stderr = custom_template_error("#let x = (\n", |_| {});
    assert!(stderr.contains("error:"), "{stderr}");
}

#[test]
fn templates_lists_the_builtins() {
    let result = run_in(&root(), &["templates"]);
    assert!(result.status.success());
    let stdout = String::from_utf8(result.stdout).unwrap();
    for template in cvpdf::builtin_templates() {
        assert!(stdout.lines().any(|line| line.starts_with(template) && line.len() > template.len() + 10), "{stdout}");
    }
}

#[test]
fn data_prints_what_the_template_receives() {
    let result = run_in(&root(), &["data", "examples/en/cv.yaml"]);
    assert!(result.status.success(), "{}", String::from_utf8_lossy(&result.stderr));
    let json: serde_json::Value = serde_json::from_slice(&result.stdout).unwrap();
    assert_eq!(json["person"]["name_plain"], "Alex Morgan");
    assert_eq!(json["experience"]["jobs"][0]["period"]["end"], "present");
    assert_eq!(json["labels"]["experience"], "Experience");
    assert_eq!(json["photo"]["path"], "/.cvpdf/photo");
    assert_eq!(json["photo"]["width"], 97.5);
    assert_eq!(json["order"][0], "motto");
}

#[test]
fn unknown_templates_suggest_the_nearest() {
    let result = run_in(&root(), &["render", "--template", "sidbar", "-o", "/nonexistent/x.pdf"]);
    assert_eq!(result.status.code(), Some(1));
    let stderr = String::from_utf8(result.stderr).unwrap();
    assert!(stderr.contains("did you mean `sidebar`?") && stderr.contains("print, classic, sidebar"), "{stderr}");
}
