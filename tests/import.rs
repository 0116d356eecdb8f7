//! `cvpdf import` and `cvpdf export`: CVs made from hh.ru resumes and JSON
//! Resume documents, and CVs written back as JSON Resume. The fixtures under
//! `tests/fixtures/import/` were written for these tests from the formats'
//! documented fields.

use std::path::{Path, PathBuf};
use std::process::Output;

use serde_json::Value;

use crate::common::*;

fn fixtures() -> PathBuf {
    root().join("tests/fixtures/import")
}

/// Every fixture, as (format, file).
const FIXTURES: &[(&str, &str)] = &[
    ("hh", "full.json"),
    ("hh", "every-field.json"),
    ("hh", "english.json"),
    ("hh", "minimal.json"),
    ("jsonresume", "full.json"),
    ("jsonresume", "every-field.json"),
    ("jsonresume", "russian.json"),
    ("jsonresume", "minimal.json"),
];

/// Runs `cvpdf import FORMAT SOURCE -o DIR/cv.yaml` in `dir`.
fn import(format: &str, source: &Path, dir: &Path, extra: &[&str]) -> Output {
    let mut args = vec!["import", format, source.to_str().unwrap(), "-o", "cv.yaml"];
    args.extend_from_slice(extra);
    run_in(dir, &args)
}

/// Imports a fixture into a fresh folder; returns the folder and the YAML.
fn imported(format: &str, file: &str) -> (tempfile::TempDir, String, String) {
    let dir = tempfile::tempdir().unwrap();
    let output = import(format, &fixtures().join(format).join(file), dir.path(), &[]);
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(output.status.success(), "{format}/{file}: {stderr}");
    let yaml = std::fs::read_to_string(dir.path().join("cv.yaml")).unwrap();
    (dir, yaml, stderr)
}

/// Where a string of a source document must show up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    /// In the YAML and the PDF.
    Both,
    /// In the YAML only: link targets and image addresses, which a PDF
    /// shows as links or not at all.
    Yaml,
    /// Neither: ids, API addresses, codes turned into words, and dates,
    /// which are printed in words (checked on their own below).
    Neither,
}

/// What a string at `path` (its keys, array indices left out) should be.
fn expect(format: &str, path: &[&str]) -> Expect {
    let key = path.last().copied().unwrap_or_default();
    let parent = path.iter().rev().nth(1).copied().unwrap_or_default();
    let dates = ["birth_date", "start", "end", "achieved_at", "created_at", "updated_at"];
    match format {
        "hh" => match key {
            // Keys cvpdf has no field for, and an address that is none: kept
            // as comments, never printed.
            _ if path.contains(&"hobby") || path.contains(&"favorites_note") => Expect::Yaml,
            "company_url" => Expect::Yaml,
            "id" if parent == "driver_license_types" => Expect::Both,
            _ if dates.contains(&key) => Expect::Neither,
            "id" | "url" if path.len() > 1 && !matches!(parent, "certificate" | "site") => Expect::Neither,
            "id" | "url" | "alternate_url" | "currency" | "name_id" | "organization_id" | "result_id" => {
                Expect::Neither
            }
            "small" => Expect::Neither,
            // A phone's parts: the header shows it as `formatted`.
            "country" | "city" | "number" if path[0] == "contact" => Expect::Neither,
            _ if path.contains(&"download") || path.contains(&"gender") || path.contains(&"resume_locale") => {
                Expect::Neither
            }
            // The kind of a contact or site is a label the header does not repeat.
            _ if path.contains(&"type") && matches!(path[0], "contact" | "site" | "certificate") => Expect::Neither,
            "medium" => Expect::Yaml,
            _ => Expect::Both,
        },
        _ => match key {
            "$schema" | "version" | "startDate" | "endDate" | "date" | "releaseDate" | "lastModified" => {
                Expect::Neither
            }
            "image" => Expect::Yaml,
            // Keys cvpdf has no field for: kept as comments, never printed.
            "nickname" | "team_size" => Expect::Yaml,
            "url" if !matches!(parent, "work" | "certificates" | "basics" | "meta") => Expect::Yaml,
            _ => Expect::Both,
        },
    }
}

/// Every string of a document with the keys above it, multi-line text split
/// into its lines without their list markers.
fn strings(value: &Value, path: &mut Vec<String>, out: &mut Vec<(Vec<String>, String)>) {
    match value {
        Value::String(text) => {
            for line in text.lines() {
                let line = line.trim().trim_start_matches(['-', '*', '•', '#']).trim();
                let line = line
                    .strip_prefix(|c: char| c.is_ascii_digit())
                    .map_or(line, |rest| rest.strip_prefix(['.', ')']).map_or(line, str::trim));
                if !line.is_empty() {
                    out.push((path.clone(), line.to_owned()));
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|item| strings(item, path, out)),
        Value::Object(map) => {
            for (key, value) in map {
                path.push(key.clone());
                strings(value, path, out);
                path.pop();
            }
        }
        _ => {}
    }
}

/// An address as the templates print it: no scheme, no trailing slash.
fn as_printed(text: &str) -> String {
    let bare = ["https://", "http://"].iter().find_map(|scheme| text.strip_prefix(scheme)).unwrap_or(text);
    bare.trim_end_matches('/').to_owned()
}

/// The strings of fixture `format/file` that the CV in `dir` lacks: in its
/// YAML, or in the PDF it renders to.
fn missing_strings(format: &str, file: &str, dir: &Path) -> Vec<String> {
    let source: Value =
        serde_json::from_str(&std::fs::read_to_string(fixtures().join(format).join(file)).unwrap()).unwrap();
    let mut found = Vec::new();
    strings(&source, &mut Vec::new(), &mut found);
    assert!(!found.is_empty(), "{format}/{file}: no strings found");

    let data = dir.join("cv.yaml");
    let yaml = std::fs::read_to_string(&data).unwrap();
    let yaml_text = squeeze(&format!("{yaml}\n{}", data_texts(&data).join("\n")));
    let pdf = render(&data, &["--no-photo"]);
    let body = body_text(&pdf, &running_lines(&data));
    let whole = squeeze(&pdf_text(&pdf));
    let mut missing = Vec::new();
    for (path, text) in &found {
        let keys: Vec<&str> = path.iter().map(String::as_str).collect();
        let expected = expect(format, &keys);
        if expected == Expect::Neither {
            continue;
        }
        if !yaml_text.contains(&squeeze(text)) {
            missing.push(format!("YAML lacks {}: {text:?}", path.join(".")));
        }
        // JSON Resume text is Markdown: the PDF shows it without the syntax.
        let shown = if format == "jsonresume" { cvpdf::plain_text(text) } else { text.clone() };
        let printed = squeeze(&as_printed(&shown));
        if expected == Expect::Both && !body.contains(&printed) && !whole.contains(&printed) {
            missing.push(format!("PDF lacks {}: {text:?}", path.join(".")));
        }
    }
    missing
}

#[test]
fn every_string_of_each_fixture_is_in_the_imported_yaml_and_the_pdf() {
    for (format, file) in FIXTURES {
        let (dir, yaml, _) = imported(format, file);
        let missing = missing_strings(format, file, dir.path());
        assert!(missing.is_empty(), "{format}/{file}:\n{}\n{yaml}", missing.join("\n"));
    }
}

#[test]
fn the_check_of_every_string_notices_a_dropped_one() {
    let (dir, yaml, _) = imported("hh", "minimal.json");
    std::fs::write(dir.path().join("cv.yaml"), yaml.replace("Бухгалтер", "Счетовод")).unwrap();
    let missing = missing_strings("hh", "minimal.json", dir.path());
    assert_eq!(missing, ["YAML lacks title: \"Бухгалтер\"", "PDF lacks title: \"Бухгалтер\""]);
}

#[test]
fn dates_and_the_salary_are_written_in_the_cvs_language() {
    let (dir, yaml, _) = imported("hh", "full.json");
    assert!(yaml.contains("updated: \"2025-11-20\"\n"), "{yaml}");
    assert!(yaml.contains("salary: \"320\u{202f}000\u{a0}₽\"\n"), "{yaml}");
    let text = squeeze(&pdf_text(&render(&dir.path().join("cv.yaml"), &[])));
    for printed in ["20.11.2025", "родилась 9 апреля 1987", "Июнь 2021", "Февраль 2016", "май 2021", "320000₽"]
    {
        assert!(text.contains(&squeeze(printed)), "the PDF lacks {printed:?}");
    }
    let (dir, yaml, _) = imported("hh", "english.json");
    assert!(yaml.contains("lang: en\n") && yaml.contains("salary: \"1\u{202f}500\u{202f}000\u{a0}₸\"\n"), "{yaml}");
    let text = squeeze(&pdf_text(&render(&dir.path().join("cv.yaml"), &[])));
    for printed in ["April 2019", "born 21 August 1991", "1500000₸"] {
        assert!(text.contains(&squeeze(printed)), "the PDF lacks {printed:?}");
    }
    let (dir, _, _) = imported("jsonresume", "every-field.json");
    let text = squeeze(&pdf_text(&render(&dir.path().join("cv.yaml"), &[])));
    // The publication's date is its year, as a citation style prints it.
    for printed in ["January 2019", "December 2023", "June 2018", "(2018)", "March 2020 — November 2022"] {
        assert!(text.contains(&squeeze(printed)), "the PDF lacks {printed:?}");
    }
}

#[test]
fn every_imported_cv_passes_check_and_renders_in_every_template() {
    for (format, file) in FIXTURES {
        let (dir, _, _) = imported(format, file);
        let check = run_in(dir.path(), &["check", "cv.yaml"]);
        assert!(check.status.success(), "{format}/{file}: {}", String::from_utf8_lossy(&check.stderr));
        for template in cvpdf::builtin_templates() {
            let pdf = render(&dir.path().join("cv.yaml"), &["--template", template]);
            assert!(!page_sizes(&pdf).is_empty(), "{format}/{file}/{template}: no pages");
        }
    }
}

/// The top-level keys of the data format, in the order of the model and of
/// `cvpdf init`'s starter.
const KEY_ORDER: &[&str] = &[
    "lang",
    "updated",
    "url",
    "photo",
    "photo_focus",
    "person",
    "headline",
    "salary",
    "specialisations",
    "employment",
    "motto",
    "about",
    "experience",
    "skills",
    "languages",
    "education",
    "courses",
    "publications",
    "sections",
    "order",
];

fn top_level_keys(yaml: &str) -> Vec<String> {
    let value: serde_yaml::Value = serde_yaml::from_str(yaml).unwrap();
    value.as_mapping().unwrap().keys().map(|key| key.as_str().unwrap().to_owned()).collect()
}

fn in_key_order(keys: &[String]) -> bool {
    let positions: Vec<usize> =
        keys.iter().map(|key| KEY_ORDER.iter().position(|known| known == key).unwrap_or(usize::MAX)).collect();
    positions.windows(2).all(|pair| pair[0] < pair[1]) && !positions.contains(&usize::MAX)
}

#[test]
fn the_yaml_starts_with_the_schema_line_and_keeps_the_starters_order() {
    for starter in ["examples/starter/cv.ru.yaml", "examples/starter/cv.en.yaml"] {
        let keys = top_level_keys(&std::fs::read_to_string(root().join(starter)).unwrap());
        assert!(in_key_order(&keys), "{starter} has another order: {keys:?}");
    }
    for (format, file) in FIXTURES {
        let (dir, yaml, _) = imported(format, file);
        assert!(yaml.starts_with("# yaml-language-server: $schema=cv.schema.json\n"), "{format}/{file}");
        let keys = top_level_keys(&yaml);
        assert!(in_key_order(&keys), "{format}/{file}: {keys:?}");
        // The schema the first line names is there, for editors.
        let schema = std::fs::read_to_string(dir.path().join("cv.schema.json")).unwrap();
        assert_eq!(schema, std::fs::read_to_string(root().join("data/cv.schema.json")).unwrap());
    }
}

#[test]
fn values_yaml_would_misread_survive_as_text() {
    let (dir, yaml, _) = imported("hh", "every-field.json");
    let value: serde_yaml::Value = serde_yaml::from_str(&yaml).unwrap();
    let skills: Vec<&str> = value["skills"].as_sequence().unwrap().iter().map(|s| s.as_str().unwrap()).collect();
    assert_eq!(skills, ["1С:Склад", "yes", "- x", "#", "a: b", "1.0"]);
    // Markdown and Typst syntax in hh.ru's plain text is printed as written.
    let text = squeeze(&pdf_text(&render(&dir.path().join("cv.yaml"), &[])));
    let literal = "**не жирный** #тег $x$ [ссылка](https://x.example) C++ & C# <b>тег</b> snake_case 100%";
    assert!(text.contains(&squeeze(literal)), "not printed literally: {literal}");
}

#[test]
fn plain_descriptions_become_paragraphs_and_lists() {
    let (_, yaml, _) = imported("hh", "full.json");
    let value: serde_yaml::Value = serde_yaml::from_str(&yaml).unwrap();
    let description = &value["experience"][0]["description"];
    assert_eq!(description[0].as_str(), Some("Отвечаю за аналитику розничного направления."));
    assert_eq!(description[1].as_str(), Some("Сделала:"));
    let items: Vec<&str> =
        description[2]["list"].as_sequence().unwrap().iter().map(|item| item.as_str().unwrap()).collect();
    assert_eq!(items, ["витрину продаж на ClickHouse", "систему A/B-тестов для 12 команд"]);
    assert_eq!(value["experience"][1]["description"][1]["numbered"][1].as_str(), Some("Обучение и проверка моделей"));
}

#[test]
fn the_report_says_where_each_section_went() {
    let (_, _, report) = imported("hh", "every-field.json");
    for line in [
        "imported from",
        "last_name, first_name, middle_name → person.name",
        "area, metro → person.location",
        "experience → experience",
        "education.elementary → education",
        "certificate → courses",
        "portfolio → section «Портфолио»",
        "schedules, travel_time, citizenship, driver_license_types, has_vehicle → section «Дополнительная информация»",
        "not CV content, left out: id",
        "fields cvpdf has no place for, kept as comments at the end of the YAML (never printed): hobby, favorites_note",
        "experience[1].company has no company",
        "render it with: cvpdf render cv.yaml",
    ] {
        assert!(report.contains(line), "the report lacks {line:?}:\n{report}");
    }
    let (_, _, report) = imported("jsonresume", "every-field.json");
    for line in [
        "volunteer → section «Volunteering»",
        "awards → section «Awards»",
        "publications → publications",
        "projects → section «Projects»",
        "references → section «Recommendations»",
        "interests → section «Interests»",
        "hobbies → section «Hobbies» (not a JSON Resume section)",
        "basics.nickname, work[0].team_size",
        "work[1] has no start date cvpdf can read",
    ] {
        assert!(report.contains(line), "the report lacks {line:?}:\n{report}");
    }
    let dir = tempfile::tempdir().unwrap();
    let quiet = import("hh", &fixtures().join("hh/minimal.json"), dir.path(), &["-q"]);
    assert!(quiet.status.success() && quiet.stderr.is_empty());
}

#[test]
fn the_photo_is_never_downloaded_but_a_comment_says_what_to_do() {
    let (dir, yaml, report) = imported("hh", "full.json");
    assert!(yaml.contains("# photo: photo.jpg\n"), "{yaml}");
    assert!(yaml.contains("https://img.hhcdn.example/photo/77001-medium.jpeg"), "{yaml}");
    assert!(!yaml.lines().any(|line| line.starts_with("photo:")), "{yaml}");
    assert!(report.contains("not downloaded"), "{report}");
    assert!(pdf_images(&render(&dir.path().join("cv.yaml"), &[])).is_empty());

    // A photo the document names and that lies beside the output is used.
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(root().join("examples/starter/photo.jpg"), dir.path().join("photo.jpg")).unwrap();
    let output = import("jsonresume", &fixtures().join("jsonresume/every-field.json"), dir.path(), &[]);
    assert!(output.status.success());
    let yaml = std::fs::read_to_string(dir.path().join("cv.yaml")).unwrap();
    assert!(yaml.contains("\nphoto: photo.jpg\n"), "{yaml}");
    assert_eq!(pdf_images(&render(&dir.path().join("cv.yaml"), &[])).len(), 1);
}

fn json_resume_validator() -> jsonschema::Validator {
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string(fixtures().join("jsonresume.schema.json")).unwrap()).unwrap();
    jsonschema::options().should_validate_formats(true).build(&schema).expect("a valid JSON Schema")
}

fn schema_errors(validator: &jsonschema::Validator, document: &Value) -> Vec<String> {
    validator.iter_errors(document).map(|error| format!("{error} at {}", error.instance_path())).collect()
}

#[test]
fn the_schema_check_refuses_what_json_resume_does_not_allow() {
    let validator = json_resume_validator();
    for bad in [
        r#"{"basics": {"name": 5}}"#,
        r#"{"work": [{"startDate": "March 2020"}]}"#,
        r#"{"basics": {"email": "not an address"}}"#,
        r#"{"meta": {"canonical": "no scheme"}}"#,
        r#"{"salary": "500"}"#,
        r#"{"skills": [{"keywords": "Go"}]}"#,
    ] {
        assert!(!schema_errors(&validator, &serde_json::from_str(bad).unwrap()).is_empty(), "accepted: {bad}");
    }
    for good in FIXTURES.iter().filter(|(format, _)| *format == "jsonresume").map(|(_, file)| file) {
        let document: Value =
            serde_json::from_str(&std::fs::read_to_string(fixtures().join("jsonresume").join(good)).unwrap()).unwrap();
        // The fixture with unknown top-level keys is a JSON Resume only once they are gone.
        let mut document = document;
        document.as_object_mut().unwrap().retain(|key, _| !matches!(key.as_str(), "hobbies" | "availability"));
        assert_eq!(schema_errors(&validator, &document), Vec::<String>::new(), "{good}");
    }
}

#[test]
fn the_export_is_a_valid_json_resume_document() {
    let validator = json_resume_validator();
    let dir = tempfile::tempdir().unwrap();
    let mut sources = vec![long_cv(), root().join("examples/en/cv.yaml"), root().join("examples/minimal/cv.yaml")];
    sources.extend(["en.yaml", "ru.yaml"].map(|file| fixtures().join("roundtrip").join(file)));
    for (format, file) in FIXTURES {
        let (imported_dir, _, _) = imported(format, file);
        let kept = dir.path().join(format!("{format}-{file}.yaml"));
        std::fs::copy(imported_dir.path().join("cv.yaml"), &kept).unwrap();
        sources.push(kept);
    }
    for source in &sources {
        let out = dir.path().join("out.json");
        let result = run_in(dir.path(), &["export", "jsonresume", source.to_str().unwrap(), "-o", "out.json"]);
        assert!(result.status.success(), "{}: {}", source.display(), String::from_utf8_lossy(&result.stderr));
        let document: Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
        assert_eq!(schema_errors(&validator, &document), Vec::<String>::new(), "{}", source.display());
    }
    // `render -f jsonresume` writes the same document.
    let via_render = run_in(dir.path(), &["render", long_cv().to_str().unwrap(), "-f", "jsonresume", "-o", "-"]);
    let via_export = run_in(dir.path(), &["export", "jsonresume", long_cv().to_str().unwrap(), "-o", "-", "-q"]);
    assert!(via_render.status.success() && via_export.status.success());
    assert!(via_export.stdout.starts_with(b"{\n  \"$schema\""));
    assert_eq!(via_render.stdout, via_export.stdout);
}

#[test]
fn the_export_names_what_json_resume_cannot_hold() {
    let dir = tempfile::tempdir().unwrap();
    let result = run_in(dir.path(), &["export", "jsonresume", long_cv().to_str().unwrap(), "-o", "cv.json"]);
    let report = String::from_utf8(result.stderr).unwrap();
    for field in ["salary", "motto", "sections", "person.birth_date", "experience[0].department"] {
        assert!(report.contains(field), "the report does not name {field}:\n{report}");
    }
    assert!(report.contains("→ work[2].summary, under headings"), "{report}");
}

#[test]
fn export_then_import_renders_the_same_pdf() {
    for file in ["en.yaml", "ru.yaml"] {
        let dir = tempfile::tempdir().unwrap();
        std::fs::copy(fixtures().join("roundtrip").join(file), dir.path().join("cv.yaml")).unwrap();
        std::fs::copy(root().join("examples/starter/photo.jpg"), dir.path().join("photo.jpg")).unwrap();
        let exported = run_in(dir.path(), &["export", "jsonresume", "cv.yaml", "-o", "cv.json", "-q"]);
        assert!(exported.status.success(), "{}", String::from_utf8_lossy(&exported.stderr));
        let back = run_in(dir.path(), &["import", "jsonresume", "cv.json", "-o", "back.yaml", "-q"]);
        assert!(back.status.success(), "{}", String::from_utf8_lossy(&back.stderr));
        let data = |yaml: &str| {
            let output = run_in(dir.path(), &["data", yaml]);
            assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
            String::from_utf8(output.stdout).unwrap()
        };
        let back_yaml = std::fs::read_to_string(dir.path().join("back.yaml")).unwrap();
        assert_eq!(data("cv.yaml"), data("back.yaml"), "{file}: the templates get other values from\n{back_yaml}");
        let original = render(&dir.path().join("cv.yaml"), &[]);
        let again = render(&dir.path().join("back.yaml"), &[]);
        assert!(original == again, "{file}: the PDFs differ");
        assert_eq!(pdf_images(&again).len(), 1, "{file}: the photo was lost");
    }
}

/// A bad input: the document's text, the format it is imported as, and
/// what the message must say besides the file's name.
struct Bad {
    name: &'static str,
    format: &'static str,
    text: &'static str,
    expect: &'static [&'static str],
}

const BAD: &[Bad] = &[
    Bad {
        name: "not JSON",
        format: "hh",
        text: "{\"title\": ",
        expect: &["bad.json:1:10: not JSON: EOF while parsing"],
    },
    Bad { name: "empty", format: "jsonresume", text: " \n", expect: &["bad.json: the file is empty, so not JSON"] },
    Bad {
        name: "YAML, not JSON",
        format: "jsonresume",
        text: "basics:\n  name: X\n",
        expect: &["bad.json:1:1: not JSON"],
    },
    Bad { name: "an array", format: "hh", text: "[1]", expect: &["expected a JSON object", "found an array"] },
    Bad {
        name: "JSON Resume as hh",
        format: "hh",
        text: r#"{"basics": {"name": "A"}, "work": []}"#,
        expect: &["JSON Resume document, not an hh.ru resume", "cvpdf import jsonresume"],
    },
    Bad {
        name: "hh as JSON Resume",
        format: "jsonresume",
        text: r#"{"first_name": "A", "title": "B"}"#,
        expect: &["hh.ru resume, not a JSON Resume document", "cvpdf import hh"],
    },
    Bad {
        name: "a list of hh resumes",
        format: "hh",
        text: r#"{"items": [{"id": "1"}], "found": 1}"#,
        expect: &["list of resumes"],
    },
    Bad {
        name: "something else",
        format: "jsonresume",
        text: r#"{"foo": 1}"#,
        expect: &["not a JSON Resume document"],
    },
    Bad {
        name: "an impossible day",
        format: "hh",
        text: r#"{"title": "X", "experience": [{"company": "A", "start": "2020-02-30"}]}"#,
        expect: &["experience[0].start: expected a date like", "\"2020-02-30\""],
    },
    Bad {
        name: "hh job that ends before it starts",
        format: "hh",
        text: r#"{"title": "X", "experience": [{"company": "A", "start": "2020-05-01", "end": "2020-04-01"}]}"#,
        expect: &["experience[0].end: the job ends"],
    },
    Bad {
        name: "an impossible year",
        format: "hh",
        text: r#"{"title": "X", "education": {"primary": [{"name": "U", "year": 20125}]}}"#,
        expect: &["education.primary[0].year: expected a year like 2012, found 20125"],
    },
    Bad {
        name: "a birth date that is not a date",
        format: "hh",
        text: r#"{"title": "X", "birth_date": "1980-02-31"}"#,
        expect: &["birth_date: expected a date like"],
    },
];

#[test]
fn bad_input_names_the_file_and_the_json_path_and_writes_nothing() {
    for case in BAD {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("bad.json"), case.text).unwrap();
        let output = run_in(dir.path(), &["import", case.format, "bad.json", "-o", "cv.yaml"]);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{}: {stderr}", case.name);
        assert!(stderr.starts_with("error: bad.json"), "{}: {stderr}", case.name);
        for part in case.expect {
            assert!(stderr.contains(part), "{}: no {part:?} in {stderr}", case.name);
        }
        assert!(!stderr.contains("panicked"), "{}: {stderr}", case.name);
        let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|entry| entry.unwrap().file_name()).collect();
        assert_eq!(left, ["bad.json"], "{}: files were written", case.name);
    }
}

#[test]
fn an_existing_file_is_replaced_only_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("cv.yaml"), "mine").unwrap();
    let source = fixtures().join("hh/minimal.json");
    let refused = import("hh", &source, dir.path(), &[]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("--force"));
    assert_eq!(std::fs::read_to_string(dir.path().join("cv.yaml")).unwrap(), "mine");
    let forced = import("hh", &source, dir.path(), &["--force"]);
    assert!(forced.status.success());
    assert!(std::fs::read_to_string(dir.path().join("cv.yaml")).unwrap().contains("Белова Анна"));

    // The document itself is never the output.
    std::fs::copy(&source, dir.path().join("resume.json")).unwrap();
    let same = run_in(dir.path(), &["import", "hh", "resume.json", "-o", "resume.json", "--force"]);
    assert_eq!(same.status.code(), Some(1));
    assert_eq!(std::fs::read(dir.path().join("resume.json")).unwrap(), std::fs::read(&source).unwrap());
    // Without -o, the YAML goes beside the document.
    let beside = run_in(dir.path(), &["import", "hh", "resume.json", "-q"]);
    assert!(beside.status.success());
    assert!(dir.path().join("resume.yaml").is_file());
    // `-o -` writes to standard output and nothing else.
    let stdout = run_in(dir.path(), &["import", "hh", "resume.json", "-o", "-", "-q"]);
    assert!(String::from_utf8(stdout.stdout).unwrap().starts_with("# yaml-language-server: $schema=cv.schema.json\n"));
}

#[test]
fn the_language_can_be_chosen() {
    let dir = tempfile::tempdir().unwrap();
    let output = import("jsonresume", &fixtures().join("jsonresume/every-field.json"), dir.path(), &["--lang", "ru"]);
    assert!(output.status.success());
    let yaml = std::fs::read_to_string(dir.path().join("cv.yaml")).unwrap();
    assert!(yaml.contains("lang: ru\n") && yaml.contains("title: Волонтёрство"), "{yaml}");
}

#[test]
fn hostile_documents_give_a_cv_or_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let run = |name: &str, text: &str| {
        std::fs::write(dir.path().join(name), text).unwrap();
        let output = run_in(dir.path(), &["import", "jsonresume", name, "-o", "-", "-q"]);
        (
            output.status.code(),
            String::from_utf8_lossy(&output.stdout).into_owned(),
            String::from_utf8_lossy(&output.stderr).into_owned(),
        )
    };
    // Deep nesting in an unknown key is kept as one line of JSON in a comment.
    let deep = format!("{{\"basics\": {{\"name\": \"A\", \"x\": {}1{}}}}}", "[".repeat(100), "]".repeat(100));
    let (code, yaml, stderr) = run("deep.json", &deep);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(yaml.contains(&format!("#   basics.x: {}1{}\n", "[".repeat(100), "]".repeat(100))), "{yaml}");
    // Nesting past the reader's limit is a clear error at its place.
    let deeper = format!("{{\"basics\": {{\"x\": {}1{}}}}}", "[".repeat(1000), "]".repeat(1000));
    let (code, _, stderr) = run("deeper.json", &deeper);
    assert_eq!(code, Some(1));
    assert!(stderr.contains("deeper.json:1:") && stderr.contains("nested deeper than 128 levels"), "{stderr}");
    // A key with no name becomes a section with a title all the same.
    let (code, yaml, stderr) = run("blank.json", r#"{"basics": {"name": "A"}, "": "text", " ": ["b"]}"#);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(yaml.contains("title: Other"), "{yaml}");
    // An image inside the document is not copied into a comment.
    let inline = format!(r#"{{"basics": {{"name": "A", "image": "data:image/png;base64,{}"}}}}"#, "A".repeat(100_000));
    let (code, yaml, _) = run("inline.json", &inline);
    assert_eq!(code, Some(0));
    assert!(yaml.len() < 2_000 && yaml.contains("data: address"), "{} bytes", yaml.len());
    // A document that would make a CV over the data file's limit is refused.
    let skills: Vec<String> = (0..50_000).map(|n| format!(r#"{{"name": "skill-{n:06}-abcdefgh"}}"#)).collect();
    let (code, _, stderr) = run("big.json", &format!(r#"{{"skills": [{}]}}"#, skills.join(",")));
    assert_eq!(code, Some(1));
    assert!(stderr.contains("big.json: the CV made from it would be") && stderr.contains("1 MiB"), "{stderr}");
    // A photo path that leads out of the output's folder is not used.
    let (code, yaml, _) = run("escape.json", r#"{"basics": {"name": "A", "image": "../../etc/hostname"}}"#);
    assert_eq!(code, Some(0));
    assert!(!yaml.lines().any(|line| line.starts_with("photo:")), "{yaml}");
}

/// Imports `source` (a file or folder) as `format` into a fresh folder with
/// a fixed day; returns the folder, the YAML and the report.
fn imported_from(format: &str, source: &Path, extra: &[&str]) -> (tempfile::TempDir, String, String) {
    let dir = tempfile::tempdir().unwrap();
    let mut args = vec!["--as-of", "2026-03-01"];
    args.extend_from_slice(extra);
    let output = import(format, source, dir.path(), &args);
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(output.status.success(), "{}: {stderr}", source.display());
    let yaml = std::fs::read_to_string(dir.path().join("cv.yaml")).unwrap();
    (dir, yaml, stderr)
}

/// What must never reach the page of an imported CV: JSON paths, HTML tags,
/// schema and registry addresses, kept comments.
fn assert_nothing_foreign_printed(text: &str, what: &str) {
    for foreign in
        ["work[", "basics.", "meta.", "<p>", "<strong>", "<li>", "&amp;", "schema", "jsonresume", "elegant", ".csv"]
    {
        assert!(!text.contains(foreign), "{what}: the PDF prints {foreign:?}:\n{text}");
    }
}

/// Every built-in renders the CV in `dir`, and `check` accepts it.
fn assert_checks_and_renders(dir: &Path, what: &str) {
    let check = run_in(dir, &["check", "cv.yaml"]);
    assert!(check.status.success(), "{what}: {}", String::from_utf8_lossy(&check.stderr));
    for template in cvpdf::builtin_templates() {
        let pdf = render(&dir.join("cv.yaml"), &["--template", template]);
        assert!(!page_sizes(&pdf).is_empty(), "{what}/{template}: no pages");
    }
}

fn jsonresume_fixture(file: &str) -> PathBuf {
    fixtures().join("jsonresume").join(file)
}

#[test]
fn json_resume_as_people_write_it_imports_with_every_problem_at_its_line() {
    let (dir, yaml, report) = imported_from("jsonresume", &jsonresume_fixture("french-lenient.json"), &[]);
    // Every problem of the file, in one run, each at its line and column.
    for problem in [
        "french-lenient.json:12:100: a comma after the last member, which JSON does not allow",
        "french-lenient.json:31:7: the key \"summary\" is written again (first at line 30); the last one is used",
        "french-lenient.json:36:20: work[2].startDate: \"été 2016\": «été» is not part of a date cvpdf knows; read as 2016",
        "french-lenient.json:37:18: work[2].endDate: \"2016-09-31\": there is no day 31 in that month; read as September 2016",
        "french-lenient.json:62:18: projects[0].endDate: the period ends (February 2020) before it starts (May 2021); read with the two swapped",
        "french-lenient.json:66:18: meta.canonical: the address of the JSON document or its schema, not the person's",
    ] {
        assert!(report.contains(problem), "the report lacks {problem:?}:\n{report}");
    }
    assert!(report.contains("the CV is in fr (guessed from its text)"), "{report}");
    // Dates in French, a month beside a year, `aujourd'hui`, `10/2019`.
    assert!(yaml.contains("lang: fr\nupdated: \"2026-01-20\"\n"), "the file's lastModified: {yaml}");
    for written in [
        "start: \"2019-11\"\n    end: present",
        "start: \"2017-03\"\n    end: \"2019-10\"",
        "start: \"2016-01\"\n    end: \"2016-09\"",
        "start: 2012\n    end: 2017",
    ] {
        assert!(yaml.contains(written), "{written:?} not in {yaml}");
    }
    // The language map gives French, the English is kept; `gpa` is the score;
    // HTML is Markdown; the last `summary` wins; nothing foreign is a field.
    assert!(
        yaml.contains("headline: Ingénieure logicielle\n") && yaml.contains("#   basics.label.en: Software engineer\n")
    );
    assert!(yaml.contains("degree: Informatique, note 16,2/20\n"), "{yaml}");
    assert!(yaml.contains("  - Je conçois des **systèmes de paiement** fiables & rapides.\n"), "{yaml}");
    assert!(yaml.contains("Applications web pour des musées et des théâtres."));
    assert!(!yaml.contains("\nurl:") && yaml.contains("#   theme: elegant\n"), "{yaml}");
    let pdf = render(&dir.path().join("cv.yaml"), &[]);
    let text = pdf_text(&pdf);
    assert_nothing_foreign_printed(&text, "french-lenient");
    let squeezed = squeeze(&text);
    for printed in [
        "Expérience professionnelle",
        "Novembre 2019 —",
        "aujourd",
        "Disponibilité de 99,99 %",
        "Bibliothèque de synchronisation d'horloges.",
        "février 2020 — mai 2021",
        "Compétences",
        "Formation",
    ] {
        assert!(squeezed.contains(&squeeze(printed)), "the PDF lacks {printed:?}:\n{text}");
    }
    assert_checks_and_renders(dir.path(), "french-lenient");
}

#[test]
fn json_resume_in_polish_reads_polish_months_and_says_what_is_unclear() {
    let (dir, yaml, report) = imported_from("jsonresume", &jsonresume_fixture("polish-dates.json"), &[]);
    assert!(
        yaml.contains("lang: pl\n") && yaml.contains("\nupdated: \"2026-03-01\"\n"),
        "the day of the import: {yaml}"
    );
    assert!(yaml.contains("# The date of the import: set it to the date you last edit this CV.\n"), "{yaml}");
    // `labelTranslations` beside `label` gives the CV's language.
    assert!(
        yaml.contains("headline: Starsza analityczka danych\n")
            && yaml.contains("#   basics.label: Analityczka danych\n")
    );
    for written in
        ["start: \"2020-03\"\n    end: present", "start: \"2017-01\"\n    end: \"2020-02\"", "start: \"2015-01\""]
    {
        assert!(yaml.contains(written), "{written:?} not in {yaml}");
    }
    assert!(
        report.contains("polish-dates.json:13:70: work[2].startDate: \"05/06/2015\": the month could be 5 or 6"),
        "{report}"
    );
    let text = squeeze(&pdf_text(&render(&dir.path().join("cv.yaml"), &["--template", "classic"])));
    for printed in
        ["Doświadczenie zawodowe", "Marzec 2020", "Zainteresowania", "Rower górski", "Szachy", "Kraków, Polska"]
    {
        assert!(text.contains(&squeeze(printed)), "the PDF lacks {printed:?}");
    }
    assert_checks_and_renders(dir.path(), "polish-dates");
}

#[test]
fn problems_are_warnings_and_the_cv_is_written_all_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let text = "{\n  \"basics\": {\"name\": 5, \"label\": {\"x\": 1}},\n  \"work\": [\n    {\"name\": \"A\", \"highlights\": \"one\", \"startDate\": \"2020-05\", \"endDate\": \"2019-01\"},\n    {\"name\": \"B\", \"startDate\": \"2020-13\"},\n    {\"name\": \"C\", \"startDate\": \"2029-01\"}\n  ],\n}";
    std::fs::write(dir.path().join("odd.json"), text).unwrap();
    let output = run_in(dir.path(), &["import", "jsonresume", "odd.json", "-o", "cv.yaml", "--as-of", "2026-03-01"]);
    let report = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{report}");
    for problem in [
        "odd.json:2:34: basics.label: expected text, found an object; kept as a comment",
        "odd.json:4:75: work[0].endDate: the period ends (January 2019) before it starts (May 2020); read with the two swapped",
        "odd.json:5:32: work[1].startDate: \"2020-13\" is not a date cvpdf can read",
        "odd.json:7:4: a comma after the last member",
        "the job at C is dated after the CV's date 2026-03-01",
    ] {
        assert!(report.contains(problem), "the report lacks {problem:?}:\n{report}");
    }
    let yaml = std::fs::read_to_string(dir.path().join("cv.yaml")).unwrap();
    assert!(yaml.contains("name: \"5\"") && yaml.contains("      - one\n"), "{yaml}");
    assert!(yaml.contains("start: \"2019-01\"\n    end: \"2020-05\""), "{yaml}");
    assert!(yaml.contains("#   basics.label: {\"x\":1}\n"), "{yaml}");
    assert_checks_and_renders(dir.path(), "odd");
}

/// The LinkedIn export in `tests/fixtures/import/linkedin/<era>`.
fn linkedin_fixture(era: &str) -> PathBuf {
    fixtures().join("linkedin").join(era)
}

/// The folder `dir` as a ZIP archive at `zip`, entries in sorted order.
fn zip_folder(dir: &Path, zip: &Path) {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_owned()];
    while let Some(folder) = pending.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() { pending.push(path) } else { files.push(path) }
        }
    }
    files.sort();
    let mut writer = zip::ZipWriter::new(std::fs::File::create(zip).unwrap());
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for file in files {
        let name = file.strip_prefix(dir).unwrap().to_str().unwrap().replace('\\', "/");
        writer.start_file(name, options).unwrap();
        std::io::Write::write_all(&mut writer, &std::fs::read(&file).unwrap()).unwrap();
    }
    writer.finish().unwrap();
}

/// The cells of the CSV files of an export that a CV prints: by file, the
/// columns whose values must reach the page.
const LINKEDIN_PRINTED: &[(&str, &[&str])] = &[
    ("Profile.csv", &["First Name", "Last Name", "Headline", "Summary", "Geo Location", "Industry"]),
    ("Positions.csv", &["Company Name", "Title", "Description", "Location"]),
    ("Education.csv", &["School Name", "Degree Name", "Notes", "Activities"]),
    ("Skills.csv", &["Name"]),
    ("Languages.csv", &["Name"]),
    ("Certifications.csv", &["Name", "Authority", "License Number"]),
    ("Courses.csv", &["Name", "Number"]),
    ("Projects.csv", &["Title", "Description"]),
    ("Publications.csv", &["Name", "Description", "Publisher"]),
    ("Honors.csv", &["Title", "Description"]),
    ("Volunteering.csv", &["Company Name", "Role", "Cause", "Description"]),
    ("Recommendations Received.csv", &["First Name", "Last Name", "Company", "Job Title", "Text"]),
    ("Recommendations_Received.csv", &["First Name", "Last Name", "Company", "Job Title", "Text"]),
];

/// The strings of the export in `folder` that its CV prints: every line of
/// every printed cell (list markers taken off), visible recommendations only.
fn linkedin_strings(folder: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut pending = vec![folder.to_owned()];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path);
                continue;
            }
            let name = path.file_name().unwrap().to_str().unwrap().to_owned();
            let Some((_, columns)) = LINKEDIN_PRINTED.iter().find(|(file, _)| *file == name) else { continue };
            let mut reader = csv::ReaderBuilder::new().flexible(true).from_path(&path).unwrap();
            let header = reader.headers().unwrap().clone();
            for record in reader.records() {
                let record = record.unwrap();
                let status = header.iter().position(|h| h == "Status").and_then(|i| record.get(i)).unwrap_or("");
                if !status.is_empty() && status != "VISIBLE" {
                    continue;
                }
                for column in *columns {
                    let Some(index) = header.iter().position(|h| h == *column) else { continue };
                    for line in record.get(index).unwrap_or("").lines() {
                        let line = line.trim().trim_start_matches(['-', '•', '*']).trim();
                        if !line.is_empty() {
                            out.push(line.to_owned());
                        }
                    }
                }
            }
        }
    }
    out.sort_by_key(|text| text.to_lowercase());
    out.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
    out
}

#[test]
fn linkedin_exports_of_both_eras_import_with_every_printed_cell_on_the_page() {
    for era in ["older", "newer"] {
        let folder = linkedin_fixture(era);
        let (dir, yaml, report) = imported_from("linkedin", &folder, &[]);
        let pdf = render(&dir.path().join("cv.yaml"), &[]);
        let text = pdf_text(&pdf);
        let body = body_text(&pdf, &running_lines(&dir.path().join("cv.yaml")));
        let strings = linkedin_strings(&folder);
        assert!(strings.len() > 25, "{era}: {strings:?}");
        let missing: Vec<&String> = strings.iter().filter(|s| !body.contains(&squeeze(s))).collect();
        assert!(missing.is_empty(), "{era}: not printed: {missing:?}\n{yaml}");
        // Never the network, messages, ads or hidden recommendations.
        for never in ["Lovelace", "secret", "Acme", "Do not print this", "hello", "OUTGOING"] {
            assert!(!text.contains(never) && !yaml.contains(never), "{era}: {never:?} was read");
        }
        assert_nothing_foreign_printed(&text, era);
        assert_checks_and_renders(dir.path(), era);
        assert!(report.contains("not CV content, never read:"), "{report}");
        if era == "older" {
            for line in [
                "Ad_Targeting.csv (1 row), Connections.csv (2 rows), messages.csv (1 row)",
                "Skills.csv (5 rows) → skills (1 written again in another case left out)",
                "Recommendations Received.csv (2 rows) → section «Recommendations» (visible ones); 1 not visible",
                "Certifications.csv:3: Url: \"not a url\" is not a web address; kept as a comment",
            ] {
                assert!(report.contains(line), "{era}: the report lacks {line:?}:\n{report}");
            }
            assert!(
                yaml.contains("email: marcus@oyelaran.example.dev\n") && yaml.contains("phone: \"+44 7700 900123\"\n")
            );
            assert!(yaml.contains("birth_date: \"1988-07-14\""), "{yaml}");
            assert!(
                yaml.contains("level: native or bilingual\n")
                    && yaml.contains("#   Profile.csv line 2, Zip Code: SW1A 1AA\n")
            );
            assert!(squeeze(&text).contains(&squeeze("March 2021 — present")), "{text}");
        } else {
            assert!(yaml.contains("lang: uk\nupdated: \"2026-02-10\"\n"), "the export's date: {yaml}");
            assert!(yaml.contains("level: рідна\n") && yaml.contains("level: робочий\n"), "{yaml}");
            assert!(yaml.contains("#   Profile.csv, Birth Date: Jun 3\n"), "no year, so not a birth date: {yaml}");
            assert!(yaml.contains("Employment Type: Full-time"), "a column cvpdf does not know is kept: {yaml}");
            for printed in ["Досвід роботи", "Вересень 2022 — дотепер", "@olena_dev", "blog.olena.example.ua/uk"]
            {
                assert!(squeeze(&text).contains(&squeeze(printed)), "the PDF lacks {printed:?}");
            }
            assert!(
                report.contains("Jobs/Job Applications.csv (1 row)")
                    && report.contains("Inferences_about_you.csv (2 rows)")
            );
        }
    }
}

#[test]
fn a_linkedin_archive_reads_as_its_folder_does() {
    for era in ["older", "newer"] {
        let scratch = tempfile::tempdir().unwrap();
        let zip = scratch.path().join("Basic_LinkedInDataExport_03-01-2026.zip");
        zip_folder(&linkedin_fixture(era), &zip);
        let (_, from_zip, report) = imported_from("linkedin", &zip, &[]);
        let (_, from_folder, _) = imported_from("linkedin", &linkedin_fixture(era), &[]);
        // The archive's name gives the date; all else is the same.
        let from_zip = from_zip.replace("updated: \"2026-03-01\"\n", "").replace("updated: \"2026-02-10\"\n", "");
        let from_folder = from_folder.replace("updated: \"2026-03-01\"\n", "").replace("updated: \"2026-02-10\"\n", "");
        let strip =
            |yaml: &str| yaml.lines().filter(|line| !line.starts_with("# The date")).collect::<Vec<_>>().join("\n");
        assert_eq!(strip(&from_zip), strip(&from_folder), "{era}");
        if era == "older" {
            assert!(report.contains("the export's date in its name"), "{report}");
        }
    }
}

#[test]
fn bad_linkedin_archives_are_clear_errors_and_write_nothing() {
    let scratch = tempfile::tempdir().unwrap();
    // A ZIP bomb: 80 MiB of zeros that deflate to some kilobytes.
    let bomb = scratch.path().join("bomb.zip");
    {
        let mut writer = zip::ZipWriter::new(std::fs::File::create(&bomb).unwrap());
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .large_file(true);
        writer.start_file("Profile.csv", options).unwrap();
        std::io::copy(&mut std::io::Read::take(std::io::repeat(b'0'), 80 << 20), &mut writer).unwrap();
        writer.finish().unwrap();
    }
    assert!(std::fs::metadata(&bomb).unwrap().len() < 1 << 20);
    // A CSV whose quote never closes.
    let broken = scratch.path().join("broken");
    std::fs::create_dir(&broken).unwrap();
    std::fs::write(broken.join("Profile.csv"), "First Name,Last Name,Headline\nAna,Lee,Dev\n").unwrap();
    std::fs::write(
        broken.join("Positions.csv"),
        "Company Name,Title,Description,Started On\nAcme,Dev,\"Fine, \"\"quoted\"\"\",2020\nBeta,Lead,\"Never closed\n,2021\n",
    )
    .unwrap();
    let not_zip = scratch.path().join("export.zip");
    std::fs::write(&not_zip, "First Name,Last Name\n").unwrap();
    let not_linkedin = scratch.path().join("other.zip");
    {
        let mut writer = zip::ZipWriter::new(std::fs::File::create(&not_linkedin).unwrap());
        writer.start_file("notes.txt", zip::write::SimpleFileOptions::default()).unwrap();
        std::io::Write::write_all(&mut writer, b"hello").unwrap();
        writer.finish().unwrap();
    }
    for (source, expected) in [
        (
            &bomb,
            "bomb.zip: Profile.csv expands to more than 64 MiB, more than any file of a LinkedIn export (a ZIP bomb?)",
        ),
        (&broken, "Positions.csv:3: a quoted field starts here and never closes (a broken quote)"),
        (&not_zip, "export.zip: not a ZIP archive; give LinkedIn's export as the .zip file it sends"),
        (&not_linkedin, "other.zip: not a LinkedIn data export: it has neither Profile.csv nor Positions.csv"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let output = import("linkedin", source, dir.path(), &[]);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{}: {stderr}", source.display());
        assert!(stderr.contains(expected), "{}: no {expected:?} in {stderr}", source.display());
        assert!(!stderr.contains("panicked"));
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0, "{}: files were written", source.display());
    }
}

fn rendercv_fixture() -> PathBuf {
    fixtures().join("rendercv/german.yaml")
}

/// Every text under `cv:` of a RenderCV file that its CV prints: dates,
/// icons and networks' user names are printed otherwise, a highlight with
/// ` - ` is split into its parts, Markdown is printed without its syntax,
/// an author is printed by the family name.
fn rendercv_strings(value: &serde_yaml::Value, key: &str, out: &mut Vec<String>) {
    match value {
        serde_yaml::Value::String(text) => {
            if matches!(key, "start_date" | "end_date" | "date" | "fontawesome_icon" | "doi" | "url" | "website") {
                return;
            }
            // A citation style prints an author's family name, and the
            // given names as it likes («Hofer, A.»).
            if key == "authors" {
                let name = cvpdf::plain_text(text);
                out.extend(name.split_whitespace().last().map(str::to_owned));
                return;
            }
            let text = text.trim_start_matches("tel:").replace("#sub[2]", "2");
            for part in text.split(" - ") {
                out.push(cvpdf::plain_text(part.trim()));
            }
        }
        serde_yaml::Value::Sequence(items) => items.iter().for_each(|item| rendercv_strings(item, key, out)),
        serde_yaml::Value::Mapping(map) => {
            for (name, item) in map {
                rendercv_strings(item, name.as_str().unwrap_or_default(), out);
            }
        }
        _ => {}
    }
}

#[test]
fn a_rendercv_file_imports_every_kind_of_entry_in_its_language() {
    let (dir, yaml, report) = imported_from("rendercv", &rendercv_fixture(), &[]);
    assert!(yaml.contains("lang: de\nupdated: \"2026-02-15\"\n"), "{yaml}");
    assert!(yaml.contains(
        "# Imported from RenderCV's theme sb2nov; the nearest built-in template: cvpdf render --template classic\n"
    ));
    for written in [
        "design:\n  accent: \"#004f90\"\n  link_color: \"#004f90\"\n  margin: \"50.4pt\"\n  page: letter\n  size: \"10pt\"\n",
        "      - text: Umstieg von C auf Rust\n        items:\n          - Schulung des Teams\n          - neue Testbank\n",
        "url: https://scholar.google.com/citations?user=AbC123xyz\n",
        "phone: \"+43-316-123456\"\n",
        "      - Herbst 2020\n",
    ] {
        assert!(yaml.contains(written), "{written:?} not in {yaml}");
    }
    for line in [
        "german.yaml:38:13: cv.sections.Berufserfahrung[1].highlights[0]: raw Typst is never run by cvpdf; taken out, its text kept",
        "cv.sections.zusammenfassung → about (the first section, of text only)",
        "cv.sections.Berufserfahrung → experience",
        "cv.sections.Ausbildung → education",
        "cv.sections.patente → section «Patente»",
        "design.theme (sb2nov) → the template classic",
        "Source Sans 3 is not bundled with cvpdf",
    ] {
        assert!(report.contains(line), "the report lacks {line:?}:\n{report}");
    }
    let root: serde_yaml::Value = serde_yaml::from_str(&std::fs::read_to_string(rendercv_fixture()).unwrap()).unwrap();
    let mut strings = Vec::new();
    rendercv_strings(&root["cv"], "cv", &mut strings);
    assert!(strings.len() > 40, "{strings:?}");
    for template in cvpdf::builtin_templates() {
        let pdf = render(&dir.path().join("cv.yaml"), &["--template", template]);
        let body = body_text(&pdf, &running_lines(&dir.path().join("cv.yaml")));
        let missing: Vec<&String> = strings.iter().filter(|s| !body.contains(&squeeze(s))).collect();
        assert!(missing.is_empty(), "{template}: not printed: {missing:?}");
        let text = pdf_text(&pdf);
        assert!(!text.contains("#sub") && !text.contains("#h("), "{template}: Typst printed");
        assert!(squeeze(&text).contains(&squeeze("April 2021 — heute")), "{template}: {text}");
    }
    assert_checks_and_renders(dir.path(), "rendercv");
}

#[test]
fn a_yaml_that_is_not_rendercv_is_a_clear_error() {
    for (text, expected) in [
        (
            "name: X\nsections: []\n",
            "bad.yaml:1:1: not a RenderCV file: it has no `cv:` key (its top-level keys are name, sections)",
        ),
        ("cv: [1, 2]\n", "bad.yaml:1:1: cv: expected a map (name, sections, …), as RenderCV writes it"),
        ("cv:\n  name: [unclosed\n", "bad.yaml:3:1: not YAML"),
        ("- a\n- b\n", "bad.yaml:1:1: not a RenderCV file: it is not a map with a `cv:` key"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("bad.yaml"), text).unwrap();
        let output = run_in(dir.path(), &["import", "rendercv", "bad.yaml", "-o", "cv.yaml"]);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{text}: {stderr}");
        assert!(stderr.contains(expected), "{text}: no {expected:?} in {stderr}");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "{text}: files were written");
    }
    // A cvpdf CV is named as one.
    let dir = tempfile::tempdir().unwrap();
    let output = run_in(
        dir.path(),
        &["import", "rendercv", root().join("examples/en/cv.yaml").to_str().unwrap(), "-o", "cv.yaml"],
    );
    assert!(String::from_utf8_lossy(&output.stderr).contains("this is already a cvpdf CV"));
}

#[test]
fn every_language_gets_its_own_words_and_a_language_without_them_is_refused() {
    let languages = ["ru", "uk", "be", "kk", "sr", "pl", "de", "fr", "es", "en"];
    for lang in languages {
        let (dir, yaml, _) = imported_from("jsonresume", &jsonresume_fixture("every-field.json"), &["--lang", lang]);
        assert!(yaml.contains(&format!("lang: {lang}\n")), "{lang}");
        let json = run_in(dir.path(), &["data", "cv.yaml"]);
        assert!(json.status.success());
        let titles: Vec<&str> = yaml.lines().filter_map(|line| line.trim().strip_prefix("- title: ")).collect();
        assert!(titles.len() >= 6, "{lang}: {titles:?}");
        if lang != "en" {
            assert!(
                !titles.contains(&"Volunteering") && !titles.contains(&"Awards"),
                "{lang}: English titles {titles:?}"
            );
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let output = import("jsonresume", &jsonresume_fixture("minimal.json"), dir.path(), &["--lang", "hu"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("--lang hu: an import writes one of the languages"));
}
