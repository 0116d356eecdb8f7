//! CI and installs: PNG previews, the GitHub Action's script run as a CV
//! repository would run it, and what an installed binary offers (its
//! version, shell completions, the manual page).

use crate::common::*;

#[test]
fn png_output_writes_one_file_per_page_at_the_asked_resolution() {
    let dir = tempfile::tempdir().unwrap();
    let data = owner_cv();
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

/// A scratch CV repository: a CV and its photo, as a user keeps them.
fn cv_repository() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for file in ["cv.yaml", "photo.jpg"] {
        std::fs::copy(root().join("examples/cv-repo").join(file), dir.path().join(file)).unwrap();
    }
    dir
}

/// Runs the action's render script in `dir` with the built cvpdf.
fn run_action(dir: &std::path::Path, env: &[(&str, &str)]) -> std::process::Output {
    let mut command = std::process::Command::new("bash");
    command
        .arg(root().join(".github/action/render.sh"))
        .current_dir(dir)
        .env("CVPDF", env!("CARGO_BIN_EXE_cvpdf"))
        .env_remove("GITHUB_OUTPUT")
        .env_remove("SOURCE_DATE_EPOCH");
    for (key, value) in env {
        command.env(key, value);
    }
    command.output().unwrap()
}

#[test]
fn the_action_builds_what_a_cv_repository_declares() {
    let repo = cv_repository();
    let outputs = repo.path().join("github-output");
    let result = run_action(repo.path(), &[("GITHUB_OUTPUT", outputs.to_str().unwrap())]);
    assert!(result.status.success(), "{}", String::from_utf8_lossy(&result.stderr));
    let out = repo.path().join("cv-out");
    // The example declares `build: {formats: [pdf, png]}`.
    let pdf = std::fs::read(out.join("cv-full-en.pdf")).expect("the PDF is written");
    let pages = page_sizes(&pdf).len();
    assert!(pages >= 1);
    for page in 1..=pages {
        let preview = image::open(out.join(format!("cv-full-en-{page}.png"))).expect("a preview of each page");
        // 80 ppi, the action's default: A4 is 661 × 935 pixels.
        assert_eq!((preview.width(), preview.height()), (661, 935));
    }
    assert!(!out.join(format!("cv-full-en-{}.png", pages + 1)).exists());
    assert!(out.join("manifest.json").is_file() && out.join("index.html").is_file());
    assert_eq!(std::fs::read_to_string(outputs).unwrap(), "pdf=cv-out/cv-full-en.pdf\nmanifest=cv-out/manifest.json\n");

    // The inputs reach cvpdf: another template, a PDF only, another
    // folder and name, more options.
    let result = run_action(
        repo.path(),
        &[
            ("CVPDF_TEMPLATE", "sidebar"),
            ("CVPDF_FORMATS", "pdf docx"),
            ("CVPDF_OUTPUT_DIR", "out"),
            ("CVPDF_NAME", "{name}.{ext}"),
            ("CVPDF_ARGS", "--no-photo"),
        ],
    );
    assert!(result.status.success(), "{}", String::from_utf8_lossy(&result.stderr));
    let sidebar = std::fs::read(repo.path().join("out/cv.pdf")).unwrap();
    assert_ne!(sidebar, pdf);
    assert!(pdf_images(&sidebar).is_empty(), "--no-photo did not reach cvpdf");
    assert!(repo.path().join("out/cv.docx").is_file());
    assert!(!repo.path().join("out/cv-1.png").exists());
}

#[test]
fn the_action_fails_with_the_line_of_bad_data_and_writes_nothing() {
    let repo = cv_repository();
    let data = repo.path().join("cv.yaml");
    let yaml = std::fs::read_to_string(&data).unwrap();
    let broken = yaml.replacen("updated: \"", "updated: \"20x", 1);
    assert_ne!(broken, yaml);
    std::fs::write(&data, broken).unwrap();
    let result = run_action(repo.path(), &[]);
    assert_eq!(result.status.code(), Some(1));
    let stderr = String::from_utf8(result.stderr).unwrap();
    assert!(stderr.contains("cv.yaml:") && stderr.contains("updated"), "{stderr}");
    assert!(stderr.contains("::error::cv.yaml did not render"), "no annotation for GitHub: {stderr}");
    assert!(!repo.path().join("cv-out/cv-full-en.pdf").exists());

    let missing = run_action(repo.path(), &[("CVPDF_DATA", "resume.yaml")]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8(missing.stderr).unwrap().contains("the data file resume.yaml does not exist"));

    let fresh = cv_repository();
    let variant = run_action(fresh.path(), &[("CVPDF_VARIANT", "short")]);
    assert_eq!(variant.status.code(), Some(1));
    let stderr = String::from_utf8(variant.stderr).unwrap();
    assert!(stderr.contains("no variant `short`"), "the variant did not reach cvpdf: {stderr}");

    let format = run_action(repo.path(), &[("CVPDF_FORMATS", "pdf pptx")]);
    assert_eq!(format.status.code(), Some(1));
    assert!(String::from_utf8(format.stderr).unwrap().contains("unknown format 'pptx'"));
}

#[test]
fn version_names_cvpdf_and_the_typst_it_embeds() {
    let result = run_in(&root(), &["--version"]);
    assert!(result.status.success());
    let stdout = String::from_utf8(result.stdout).unwrap();
    let lock = std::fs::read_to_string(root().join("Cargo.lock")).unwrap();
    let typst = lock.split("[[package]]\nname = \"typst\"\nversion = \"").nth(1).unwrap().split('"').next().unwrap();
    assert_eq!(stdout.trim(), format!("cvpdf {} (typst {typst})", env!("CARGO_PKG_VERSION")));
}

#[test]
fn completions_cover_every_command_in_every_shell() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let result = run_in(&root(), &["completions", shell]);
        assert!(result.status.success(), "{shell}: {}", String::from_utf8_lossy(&result.stderr));
        let script = String::from_utf8(result.stdout).unwrap();
        for command in ["render", "watch", "check", "init", "schema", "templates", "data", "completions", "man"] {
            assert!(script.contains(command), "{shell}: {command} is not completed");
        }
        assert!(script.contains("template"), "{shell}: options are not completed");
    }
    let bash = run_in(&root(), &["completions", "bash"]);
    let check = std::process::Command::new("bash")
        .args(["-n", "/dev/stdin"])
        .stdin(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            child.stdin.take().unwrap().write_all(&bash.stdout)?;
            child.wait()
        })
        .unwrap();
    assert!(check.success(), "the bash completion script does not parse");
    assert_eq!(run_in(&root(), &["completions", "tcsh"]).status.code(), Some(2));
}

#[test]
fn the_manual_page_describes_the_commands() {
    let result = run_in(&root(), &["man"]);
    assert!(result.status.success());
    let page = String::from_utf8(result.stdout).unwrap();
    assert!(page.starts_with(".ie \\n(.g .ds Aq"), "not roff: {}", &page[..page.len().min(80)]);
    assert!(page.contains(".TH cvpdf 1"), "no title header");
    for command in ["render", "watch", "check", "init", "schema", "templates", "data"] {
        assert!(page.contains(command), "{command} missing from the manual page");
    }
    assert!(page.contains(env!("CARGO_PKG_VERSION")));
}
