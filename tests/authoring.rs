//! `cvpdf check` and `cvpdf init`: the start of a new user's loop.

mod common;

use common::*;

#[test]
fn check_accepts_good_data_and_reports_bad_data_like_render() {
    let ok = run_in(&root(), &["check"]);
    assert!(ok.status.success(), "{}", String::from_utf8_lossy(&ok.stderr));
    assert!(String::from_utf8(ok.stdout).unwrap().contains("data/cv.yaml: ok (7 jobs"));

    let dir = tempfile::tempdir().unwrap();
    let data = copy_default_data(dir.path());
    let yaml = std::fs::read_to_string(&data).unwrap().replacen("start: \"2023-11\"", "start: ноябрь", 1);
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
        for template in ["print", "classic", "sidebar"] {
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
    }
}
