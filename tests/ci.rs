//! CI and installs: PNG previews, the GitHub Action's script run as a CV
//! repository would run it, and what an installed binary offers (its
//! version, shell completions, the manual page).

use crate::common::*;

#[test]
fn png_output_writes_one_file_per_page_at_the_asked_resolution() {
    let dir = tempfile::tempdir().unwrap();
    let data = long_cv();
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

/// A command of the command line's tree, as clap declares it: the words
/// that lead to it, its visible subcommands and its visible long options.
struct Node {
    path: Vec<String>,
    subcommands: Vec<String>,
    long_options: Vec<String>,
}

fn command_tree() -> Vec<Node> {
    use clap::CommandFactory;
    fn walk(command: &clap::Command, path: Vec<String>, out: &mut Vec<Node>) {
        let visible: Vec<&clap::Command> = command.get_subcommands().filter(|sub| !sub.is_hide_set()).collect();
        out.push(Node {
            path: path.clone(),
            subcommands: visible.iter().map(|sub| sub.get_name().to_owned()).collect(),
            long_options: command
                .get_arguments()
                .filter(|arg| !arg.is_hide_set())
                .filter_map(|arg| arg.get_long().map(|long| format!("--{long}")))
                .collect(),
        });
        for sub in visible {
            walk(sub, [path.clone(), vec![sub.get_name().to_owned()]].concat(), out);
        }
    }
    let mut command = cvpdf::cli::args::Cli::command();
    command.build();
    let mut out = Vec::new();
    walk(&command, Vec::new(), &mut out);
    assert!(out.len() > 10 && out[0].subcommands.contains(&"render".to_owned()), "the tree is too small");
    out
}

fn completion_script(shell: &str) -> String {
    let result = run_in(&root(), &["completions", shell]);
    assert!(result.status.success(), "{shell}: {}", String::from_utf8_lossy(&result.stderr));
    String::from_utf8(result.stdout).unwrap()
}

/// What bash offers after `cvpdf WORDS… CURRENT<TAB>`, from the completion
/// function itself, sourced into a real bash.
fn bash_completes(script: &std::path::Path, words: &[String], current: &str) -> Vec<String> {
    let quoted = |word: &str| format!("'{}'", word.replace('\'', "'\\''"));
    let all: Vec<String> = std::iter::once("cvpdf".to_owned()).chain(words.iter().cloned()).collect();
    let previous = all.last().unwrap().clone();
    let line = format!(
        "source {}; COMP_WORDS=({} {}); COMP_CWORD={}; _cvpdf cvpdf {} {}; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        quoted(script.to_str().unwrap()),
        all.iter().map(|word| quoted(word)).collect::<Vec<_>>().join(" "),
        quoted(current),
        all.len(),
        quoted(current),
        quoted(&previous),
    );
    let output = std::process::Command::new("bash").args(["-c", &line]).output().expect("bash runs");
    assert!(output.status.success(), "bash: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).unwrap().lines().filter(|line| !line.is_empty()).map(str::to_owned).collect()
}

#[test]
fn bash_completes_every_subcommand_and_option_of_the_command_tree() {
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("cvpdf.bash");
    std::fs::write(&script, completion_script("bash")).unwrap();
    let mut missing = Vec::new();
    for node in command_tree() {
        let at = format!("cvpdf {}", node.path.join(" "));
        if !node.subcommands.is_empty() {
            let offered = bash_completes(&script, &node.path, "");
            missing
                .extend(node.subcommands.iter().filter(|sub| !offered.contains(sub)).map(|sub| format!("{at} {sub}")));
        }
        let offered = bash_completes(&script, &node.path, "--");
        assert!(offered.iter().all(|word| word.starts_with("--")), "{at} --: {offered:?}");
        missing
            .extend(node.long_options.iter().filter(|long| !offered.contains(long)).map(|long| format!("{at} {long}")));
    }
    assert!(missing.is_empty(), "bash does not complete: {missing:#?}");
    // Completion is by what was typed: `ren` gives `render` and nothing else.
    assert_eq!(bash_completes(&script, &[], "ren"), ["render"]);
}

#[test]
fn every_shell_completes_every_subcommand_and_option_of_the_command_tree() {
    let tree = command_tree();
    // How each shell's script names a subcommand and a long option.
    // (zsh writes an option as `--photo=[help]`, or `--no-anchors[help]`
    // for a flag, after the options it excludes.)
    type Forms = fn(&str) -> Vec<String>;
    let forms: [(&str, Forms, Forms); 4] = [
        ("fish", |sub| vec![format!("-a \"{sub}\"")], |long| vec![format!("-l {}", &long[2..])]),
        ("zsh", |sub| vec![format!("'{sub}:")], |long| vec![format!("{long}=["), format!("{long}[")]),
        (
            "powershell",
            |sub| vec![format!("[CompletionResult]::new('{sub}',")],
            |long| vec![format!("[CompletionResult]::new('{long}',")],
        ),
        ("elvish", |sub| vec![format!("cand {sub} ")], |long| vec![format!("cand {long} ")]),
    ];
    for (shell, subcommand, option) in forms {
        let script = completion_script(shell);
        let has = |forms: Vec<String>| forms.iter().any(|form| script.contains(form.as_str()));
        let mut missing = Vec::new();
        for node in &tree {
            missing.extend(node.subcommands.iter().filter(|sub| !has(subcommand(sub))).cloned());
            missing.extend(node.long_options.iter().filter(|long| !has(option(long))).cloned());
        }
        missing.dedup();
        assert!(missing.is_empty(), "{shell} does not complete: {missing:?}");
    }
    assert_eq!(run_in(&root(), &["completions", "tcsh"]).status.code(), Some(2));
}

#[test]
fn the_manual_page_describes_the_commands() {
    let result = run_in(&root(), &["man"]);
    assert!(result.status.success());
    let page = String::from_utf8(result.stdout).unwrap();
    assert!(page.starts_with(".ie \\n(.g .ds Aq"), "not roff: {}", &page[..page.len().min(80)]);
    assert!(page.contains(".TH cvpdf 1"), "no title header");
    assert!(page.contains(env!("CARGO_PKG_VERSION")));
    // Its SUBCOMMANDS section has an entry for each command of the tree's
    // top with the command's own description, and OPTIONS each option.
    let section = |name: &str| -> String {
        let start = page.find(&format!(".SH {name}\n")).unwrap_or_else(|| panic!("no {name} section"));
        let rest = &page[start + 4..];
        rest[..rest.find("\n.SH ").unwrap_or(rest.len())].to_owned()
    };
    let subcommands = section("SUBCOMMANDS");
    for sub in
        <cvpdf::cli::args::Cli as clap::CommandFactory>::command().get_subcommands().filter(|sub| !sub.is_hide_set())
    {
        let entry = format!("cvpdf\\-{}(1)\n", sub.get_name());
        let at = subcommands.find(&entry).unwrap_or_else(|| panic!("{} missing from the manual page", sub.get_name()));
        let about = sub.get_about().map(|about| about.to_string()).unwrap_or_default();
        let described = subcommands[at + entry.len()..]
            .lines()
            .next()
            .unwrap_or_default()
            .replace("\\-", "-")
            .replace("\\*(Aq", "'");
        assert!(
            about.is_empty() || described.starts_with(about.lines().next().unwrap().trim_end_matches('.')),
            "{}: the page says {described:?}, the command {about:?}",
            sub.get_name()
        );
    }
    let options = section("OPTIONS");
    for arg in
        <cvpdf::cli::args::Cli as clap::CommandFactory>::command().get_arguments().filter(|arg| !arg.is_hide_set())
    {
        if let Some(long) = arg.get_long() {
            assert!(
                options.contains(&format!("\\-\\-{}", long.replace('-', "\\-"))),
                "--{long} missing from the manual page"
            );
        }
    }
}
