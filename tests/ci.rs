//! The CI artifact: PNG previews, and one `make ci` for local and hosted CI.

mod common;

use common::*;

#[test]
fn png_output_writes_one_file_per_page_at_the_asked_resolution() {
    let dir = tempfile::tempdir().unwrap();
    let data = root().join("data/cv.yaml");
    let pdf_pages = page_sizes(&render(&data, &[])).len();
    // The format comes from the extension; 72 ppi is one pixel per point.
    let out = dir.path().join("cv.png");
    let result = run_in(dir.path(), &["render", data.to_str().unwrap(), "-o", out.to_str().unwrap(), "--ppi", "72"]);
    assert!(result.status.success(), "{}", String::from_utf8_lossy(&result.stderr));
    let mut written: Vec<String> =
        std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    written.sort();
    let expected: Vec<String> = {
        let mut names: Vec<String> = (1..=pdf_pages).map(|page| format!("cv-{page}.png")).collect();
        names.sort();
        names
    };
    assert_eq!(written, expected);
    for name in &written {
        let image = image::open(dir.path().join(name)).unwrap();
        assert_eq!((image.width(), image.height()), (595, 842), "{name}");
    }

    // --format overrides the extension, and --ppi scales the pixels.
    let result =
        run_in(dir.path(), &["render", data.to_str().unwrap(), "-o", "page", "--format", "png", "--ppi", "36", "-q"]);
    assert!(result.status.success());
    let image = image::open(dir.path().join("page-1.png")).unwrap();
    assert_eq!((image.width(), image.height()), (298, 421));
}

fn workflow() -> String {
    std::fs::read_to_string(root().join(".github/workflows/cv.yml")).unwrap()
}

/// The shell commands of a workflow's `run:` steps.
fn run_steps(workflow: &str) -> Vec<String> {
    let value: serde_yaml::Value = serde_yaml::from_str(workflow).unwrap();
    let mut runs = Vec::new();
    for job in value["jobs"].as_mapping().unwrap().values() {
        for step in job["steps"].as_sequence().unwrap() {
            if let Some(run) = step["run"].as_str() {
                runs.push(run.trim().to_owned());
            }
        }
    }
    runs
}

#[test]
fn local_and_hosted_ci_run_the_same_make_target() {
    let workflow = workflow();
    let runs = run_steps(&workflow);
    assert!(runs.iter().any(|run| run == "make ci"), "the workflow does not run `make ci`: {runs:?}");
    // Apart from `make ci`, the workflow only publishes: no build or test of its own.
    for run in &runs {
        assert!(run == "make ci" || run.contains("gh release"), "the workflow runs its own step: {run}");
    }
    let ci_run = std::fs::read_to_string(root().join(".ci/run")).unwrap();
    assert!(ci_run.lines().any(|line| line.trim_start().starts_with("make ci")), ".ci/run does not run `make ci`");

    let makefile = std::fs::read_to_string(root().join("Makefile")).unwrap();
    let ci_line = makefile.lines().find(|line| line.starts_with("ci:")).expect("a ci target");
    for target in ["lint", "test", "lint-workflow", "cv"] {
        assert!(ci_line.split_whitespace().any(|word| word == target), "`make ci` skips {target}");
    }
    // README's test command is what `make test` runs.
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    assert!(readme.contains("cargo test "), "README's test command changed");
    assert!(makefile.contains("test:\n\t$(CARGO) test\n"), "`make test` is not README's `cargo test`");
}

#[test]
fn the_workflow_uploads_the_pdf_and_previews_and_releases_on_tags() {
    let workflow = workflow();
    let value: serde_yaml::Value = serde_yaml::from_str(&workflow).unwrap();
    let on = &value["on"];
    assert!(on.get("push").is_some() && on.get("pull_request").is_some());
    assert!(on["push"]["tags"].as_sequence().is_some_and(|tags| !tags.is_empty()));
    assert!(workflow.contains("actions/upload-artifact@"));
    assert!(workflow.contains("cv.pdf") && workflow.contains("previews/*.png"));
    let makefile = std::fs::read_to_string(root().join("Makefile")).unwrap();
    assert!(
        makefile.contains("-o cv.pdf") && makefile.contains("--format png") && makefile.contains("-o previews/cv.png")
    );
}
