//! `cvpdf check`, `init`, `schema` and `watch`: a new user's loop of
//! typing, looking and fixing.

use crate::common::*;

/// The only test that reads the user's own `data/cv.yaml`: whatever CV it
/// holds, it validates and renders with the default template.
#[test]
fn the_users_own_cv_validates_and_renders() {
    let check = run_in(&root(), &["check"]);
    assert!(check.status.success(), "data/cv.yaml: {}", String::from_utf8_lossy(&check.stderr));
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("cv.pdf");
    let render = run_in(&root(), &["render", "-q", "-o", out.to_str().unwrap()]);
    assert!(render.status.success(), "data/cv.yaml: {}", String::from_utf8_lossy(&render.stderr));
    assert!(!page_sizes(&std::fs::read(out).unwrap()).is_empty());
}

#[test]
fn check_accepts_good_data_and_reports_bad_data_like_render() {
    let dir = tempfile::tempdir().unwrap();
    let data = copy_default_data(dir.path());
    let ok = run_in(dir.path(), &["check", "cv.yaml"]);
    assert!(ok.status.success(), "{}", String::from_utf8_lossy(&ok.stderr));
    assert!(String::from_utf8(ok.stdout).unwrap().contains("cv.yaml: ok (8 jobs"));

    let yaml = std::fs::read_to_string(&data).unwrap().replacen("start: \"2022-03\"", "start: ноябрь", 1);
    std::fs::write(&data, yaml).unwrap();
    let check = run_in(dir.path(), &["check", "cv.yaml"]);
    let render = run_in(dir.path(), &["render", "cv.yaml", "-o", "cv.pdf"]);
    assert_eq!(check.status.code(), Some(1));
    assert_eq!(render.status.code(), Some(1));
    assert_eq!(check.stderr, render.stderr, "check and render disagree");
    assert!(String::from_utf8(check.stderr).unwrap().contains("cv.yaml:"));
    assert!(!dir.path().join("cv.pdf").exists());

    let usage = run_in(dir.path(), &["check", "--as-of", "soon"]);
    assert_eq!(usage.status.code(), Some(2));
}

#[test]
fn init_writes_a_cv_that_renders_at_once_and_never_overwrites() {
    for lang in ["ru", "en"] {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("my-cv");
        let result = run_in(dir.path(), &["init", "my-cv", "--lang", lang]);
        assert!(result.status.success(), "{}", String::from_utf8_lossy(&result.stderr));
        for template in cvpdf::builtin_templates() {
            let pdf = render(&target.join("cv.yaml"), &["--template", template]);
            assert_eq!(pdf_images(&pdf).len(), 1, "{lang}/{template}: the placeholder photo is missing");
        }
        let yaml_before = std::fs::read(target.join("cv.yaml")).unwrap();
        std::fs::write(target.join("cv.yaml"), b"mine").unwrap();
        let again = run_in(dir.path(), &["init", "my-cv"]);
        assert_eq!(again.status.code(), Some(1));
        assert!(String::from_utf8(again.stderr).unwrap().contains("never overwrites"));
        assert_eq!(std::fs::read(target.join("cv.yaml")).unwrap(), b"mine", "init overwrote cv.yaml");
        assert!(yaml_before.len() > 100);
        // Editors find the schema through the first line, and it is beside the file.
        assert!(yaml_before.starts_with(b"# yaml-language-server: $schema=cv.schema.json\n"));
        let schema = std::fs::read_to_string(target.join("cv.schema.json")).unwrap();
        assert_eq!(schema, committed_schema(), "init wrote a schema other than data/cv.schema.json");
    }
}

/// `init --lang CODE` writes its starter in any language cvpdf has words
/// for: the starter's own words (from the language's file) and cvpdf's
/// labels in that language on the page. The starters in `examples/starter/`
/// are what `init` writes.
#[test]
fn init_writes_its_starter_in_any_language() {
    for lang in ["ru", "en"] {
        let dir = tempfile::tempdir().unwrap();
        assert!(run_in(dir.path(), &["init", "cv", "--lang", lang]).status.success());
        let written = std::fs::read_to_string(dir.path().join("cv/cv.yaml")).unwrap();
        let example = std::fs::read_to_string(root().join(format!("examples/starter/cv.{lang}.yaml"))).unwrap();
        assert_eq!(
            written.split_once('\n').unwrap().1,
            example,
            "examples/starter/cv.{lang}.yaml is stale: write it with `cvpdf init DIR --lang {lang}`"
        );
    }
    // (language, a word of the starter, a label cvpdf adds, a font-path for its script)
    let cases = [
        ("pt", "Desenvolvedor back-end", "Experiência profissional"),
        ("cs", "Backendový vývojář", "Pracovní zkušenosti"),
        ("el", "Προγραμματιστής backend", "Επαγγελματική εμπειρία"),
        ("tr", "Backend Geliştirici", "İş deneyimi"),
        ("ar", "مطور خلفيات", "الخبرة العملية"),
        ("he", "מפתח Backend", "ניסיון תעסוקתי"),
        ("ja", "バックエンドエンジニア", "職務経歴"),
    ];
    for (lang, headline, label) in cases {
        let dir = tempfile::tempdir().unwrap();
        let result = run_in(dir.path(), &["init", "cv", "--lang", lang]);
        assert!(result.status.success(), "{lang}: {}", String::from_utf8_lossy(&result.stderr));
        let yaml = std::fs::read_to_string(dir.path().join("cv/cv.yaml")).unwrap();
        assert!(yaml.contains(&format!("\nlang: {lang}\n")), "{lang}");
        let Some(fonts) = script_fonts(lang) else { continue };
        let mut check_args = vec!["check", "cv/cv.yaml", "--deny-warnings"];
        check_args.extend(fonts.iter().map(String::as_str));
        let check = run_in(dir.path(), &check_args);
        assert!(check.status.success(), "{lang}: {}", String::from_utf8_lossy(&check.stderr));
        let fonts: Vec<&str> = fonts.iter().map(String::as_str).collect();
        let text = reading_text(&render(&dir.path().join("cv/cv.yaml"), &fonts));
        for phrase in [headline, label] {
            assert!(text.contains(&reading_form(phrase)), "{lang}: {phrase:?} missing from {text}");
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let unknown = run_in(dir.path(), &["init", "cv", "--lang", "ro"]);
    assert_eq!(unknown.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("no language file for `ro`"), "{unknown:?}");
    assert!(!dir.path().join("cv").exists(), "nothing is written for a language without words");
}

fn committed_schema() -> String {
    std::fs::read_to_string(root().join("data/cv.schema.json")).expect("data/cv.schema.json is committed")
}

fn validator() -> jsonschema::Validator {
    let schema: serde_json::Value = serde_json::from_str(&committed_schema()).unwrap();
    jsonschema::validator_for(&schema).expect("the schema is a valid JSON Schema")
}

/// A YAML file as the JSON value an editor's language server checks.
fn yaml_as_json(path: &std::path::Path) -> serde_json::Value {
    let text = std::fs::read_to_string(path).unwrap();
    serde_yaml::from_str(&text).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

#[test]
fn the_committed_schema_is_what_the_code_prints() {
    let printed = run_in(&root(), &["schema"]);
    assert!(printed.status.success());
    assert_eq!(
        String::from_utf8(printed.stdout).unwrap(),
        committed_schema(),
        "data/cv.schema.json is stale: run `cargo run -- schema -o data/cv.schema.json`"
    );
}

#[test]
fn every_shipped_cv_validates_against_the_schema_and_points_at_it() {
    let validator = validator();
    for (data, schema_path) in [
        ("tests/fixtures/long-russian/cv.yaml", "../../../data/cv.schema.json"),
        ("examples/en/cv.yaml", "../../data/cv.schema.json"),
        ("examples/minimal/cv.yaml", "../../data/cv.schema.json"),
        ("examples/bilingual/cv.yaml", "../../data/cv.schema.json"),
        ("examples/i18n/kk/cv.yaml", "../../../data/cv.schema.json"),
        ("examples/i18n/fr/cv.yaml", "../../../data/cv.schema.json"),
    ] {
        let path = root().join(data);
        let text = std::fs::read_to_string(&path).unwrap();
        let modeline = format!("# yaml-language-server: $schema={schema_path}\n");
        assert!(text.starts_with(&modeline), "{data} does not start with {modeline:?}");
        let errors: Vec<String> =
            validator.iter_errors(&yaml_as_json(&path)).map(|e| format!("{e} at {}", e.instance_path())).collect();
        assert!(errors.is_empty(), "{data}: {errors:#?}");
    }
    for starter in ["examples/starter/cv.ru.yaml", "examples/starter/cv.en.yaml"] {
        let errors: Vec<String> =
            validator.iter_errors(&yaml_as_json(&root().join(starter))).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{starter}: {errors:#?}");
    }
}

/// The schema must reject what the loader rejects, or editors would pass
/// files that `cvpdf render` then refuses.
#[test]
fn the_schema_rejects_what_the_loader_rejects() {
    let validator = validator();
    let seed = std::fs::read_to_string(long_cv()).unwrap();
    for (from, to) in [
        ("  location: Екатеринбург", "  locaton: Екатеринбург"),
        ("updated: \"2026-02-08\"", "updated: \"08.02.2026\""),
        ("    start: \"2022-03\"", "    start: \"2022-13\""),
        ("  gender: male", "  gender: mail"),
        ("    end: present", "    end: now"),
    ] {
        assert!(seed.contains(from), "the seed no longer has {from:?}");
        let broken: serde_json::Value = serde_yaml::from_str(&seed.replacen(from, to, 1)).unwrap();
        assert!(!validator.is_valid(&broken), "the schema accepts {to:?}");
        let dir = tempfile::tempdir().unwrap();
        let data = copy_default_data(dir.path());
        std::fs::write(&data, seed.replacen(from, to, 1)).unwrap();
        assert_eq!(run_in(dir.path(), &["check", "cv.yaml"]).status.code(), Some(1), "the loader accepts {to:?}");
    }
    let block: serde_json::Value = serde_json::json!({
        "updated": "2026-01-01", "person": {"name": "A"}, "headline": "B",
        "about": [{"list": ["x"], "heading": "two keys"}]
    });
    assert!(!validator.is_valid(&block), "a block with two keys passes the schema");
    // Language maps: text or lists per language, but not lists where text belongs.
    let base =
        serde_json::json!({"langs": ["ru", "en"], "updated": "2026-01-01", "person": {"name": {"ru": "И", "en": "I"}}});
    let with = |key: &str, value: serde_json::Value| {
        let mut data = base.clone();
        data[key] = value;
        data
    };
    assert!(validator.is_valid(&with("headline", serde_json::json!({"ru": "Архитектор", "en": "Architect"}))));
    assert!(validator.is_valid(&with("headline", serde_json::json!("x"))));
    let lists = with("headline", serde_json::json!("x"));
    let mut lists = lists.clone();
    lists["about"] =
        serde_json::json!({"ru": ["Абзац", {"list": [{"ru": "пункт", "en": "item"}]}], "en": ["A paragraph"]});
    assert!(
        validator.is_valid(&lists),
        "{:?}",
        validator.iter_errors(&lists).map(|e| e.to_string()).collect::<Vec<_>>()
    );
    assert!(
        !validator.is_valid(&with("headline", serde_json::json!({"ru": ["a"]}))),
        "a list where text belongs passes"
    );
    assert!(
        !validator.is_valid(&with("headline", serde_json::json!({"Russian": "a"}))),
        "a key that is no language passes"
    );
    let mut labels = with("headline", serde_json::json!("x"));
    labels["labels"] = serde_json::json!({"experince": "Career"});
    assert!(!validator.is_valid(&labels), "a misspelt label passes");
}

#[test]
fn set_changes_a_field_for_one_run_and_is_validated_like_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let data = copy_default_data(dir.path());
    let original = std::fs::read(&data).unwrap();
    let text = |extra: &[&str]| squeeze(&pdf_text(&render(&data, extra)));

    let changed =
        text(&["--set", "headline=Chief Yak Shaver", "--set", "experience[1].company=Blue Moon Ltd", "--no-photo"]);
    assert!(changed.contains("ChiefYakShaver") && changed.contains("BlueMoonLtd"), "{changed}");
    assert!(!text(&["--no-photo"]).contains("BlueMoonLtd"));
    assert_eq!(std::fs::read(&data).unwrap(), original, "--set changed the file");

    let usage = |args: &[&str]| {
        let mut all = vec!["check", "cv.yaml"];
        all.extend_from_slice(args);
        let result = run_in(dir.path(), &all);
        assert_eq!(result.status.code(), Some(2), "{args:?}: {result:?}");
        String::from_utf8(result.stderr).unwrap()
    };
    assert!(usage(&["--set", "headline"]).contains("expected PATH=VALUE"));
    assert!(usage(&["--set", "experience[99].company=X"]).contains("experience[99] does not exist"));
    let wrong = usage(&["--set", "experience[0].start=soon"]);
    assert!(wrong.contains("--set experience[0].start=soon") && wrong.contains("expected a month"), "{wrong}");
    let unknown = usage(&["--set", "person.nmae=X"]);
    assert!(unknown.contains("unknown key `nmae`"), "{unknown}");

    // A mistake in the file itself is still reported at its line.
    let yaml = String::from_utf8(original).unwrap().replacen("start: \"2022-03\"", "start: ноябрь", 1);
    std::fs::write(&data, &yaml).unwrap();
    let result = run_in(dir.path(), &["check", "cv.yaml", "--set", "headline=X"]);
    assert_eq!(result.status.code(), Some(1));
    let line = yaml.lines().position(|line| line.contains("start: ноябрь")).unwrap() + 1;
    let stderr = String::from_utf8(result.stderr).unwrap();
    assert!(stderr.contains(&format!("cv.yaml:{line}:")), "{stderr}");
}
