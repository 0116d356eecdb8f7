//! `cvpdf build`: every variant, language and format a CV declares, in
//! one command, with stable names and a manifest; shards that add up to the
//! whole; a folder of CVs in which one broken file stops nothing else.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Output;

use sha2::{Digest, Sha256};

use crate::common::{pdf_text, root, run_in, squeeze};

fn fixtures() -> PathBuf {
    root().join("tests/fixtures/build")
}

/// A scratch folder holding a copy of the bilingual CV and its photo, so
/// that the manifest names them by relative paths.
fn bilingual_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for file in ["bilingual.yaml", "photo.jpg"] {
        std::fs::copy(fixtures().join(file), dir.path().join(file)).unwrap();
    }
    dir
}

fn build(dir: &Path, args: &[&str]) -> Output {
    let mut all = vec!["build"];
    all.extend_from_slice(args);
    run_in(dir, &all)
}

fn succeeded(output: &Output) {
    assert!(
        output.status.success(),
        "cvpdf build failed: {}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

fn manifest(path: &Path) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
}

fn outputs(manifest: &serde_json::Value) -> Vec<serde_json::Value> {
    manifest["outputs"].as_array().unwrap().clone()
}

fn sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|byte| format!("{byte:02x}")).collect()
}

/// Every file of the folder below `dir`, by relative path.
fn files_below(dir: &Path) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut pending = vec![dir.to_owned()];
    while let Some(folder) = pending.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path);
            } else {
                found.insert(path.strip_prefix(dir).unwrap().to_string_lossy().into_owned());
            }
        }
    }
    found
}

#[test]
fn a_bilingual_cv_with_two_variants_builds_every_declared_file_with_its_name_and_hash() {
    let dir = bilingual_copy();
    succeeded(&build(dir.path(), &["bilingual.yaml", "-o", "out", "-q"]));
    let out = dir.path().join("out");
    // Two languages × three formats × the whole CV and two variants.
    let mut expected = BTreeSet::new();
    for variant in ["full", "short", "lead"] {
        for lang in ["en", "de"] {
            for ext in ["pdf", "docx", "html"] {
                expected.insert(format!("bilingual-{variant}-{lang}.{ext}"));
            }
        }
    }
    assert_eq!(expected.len(), 2 * 3 * 3);
    let mut on_disk = files_below(&out);
    assert!(on_disk.remove("manifest.json") && on_disk.remove("index.html"), "{on_disk:?}");
    assert_eq!(on_disk, expected);

    let manifest = manifest(&out.join("manifest.json"));
    let listed = outputs(&manifest);
    assert_eq!(listed.len(), expected.len());
    let index = std::fs::read_to_string(out.join("index.html")).unwrap();
    for output in &listed {
        let path = output["path"].as_str().unwrap();
        let bytes = std::fs::read(out.join(path)).unwrap();
        assert_eq!(output["sha256"], sha256(&bytes), "{path}");
        assert_eq!(output["bytes"], bytes.len(), "{path}");
        let variant = output["variant"].as_str().unwrap_or("full");
        let lang = output["lang"].as_str().unwrap();
        let format = output["format"].as_str().unwrap();
        assert_eq!(path, format!("bilingual-{variant}-{lang}.{format}"));
        assert_eq!(output["inputs"], serde_json::json!(["bilingual.yaml", "photo.jpg"]), "{path}");
        if format == "pdf" {
            assert!(output["pages"].as_u64().unwrap() >= 1, "{path}");
            let text = squeeze(&pdf_text(&bytes));
            let headline = if lang == "de" { "Plattform-Ingenieurin" } else { "Platformengineer" };
            assert!(text.contains(headline), "{path}: {text}");
        }
        assert!(index.contains(&format!("href=\"{path}\"")), "index.html links {path}");
    }
    // The short variant leaves out what is tagged `lead`; the lead variant keeps it.
    let short = pdf_text(&std::fs::read(out.join("bilingual-short-en.pdf")).unwrap());
    let lead = pdf_text(&std::fs::read(out.join("bilingual-lead-en.pdf")).unwrap());
    assert!(!short.contains("Hired and coached") && lead.contains("Hired and coached"));

    // The same build again writes the same manifest, byte for byte.
    let first = std::fs::read(out.join("manifest.json")).unwrap();
    succeeded(&build(dir.path(), &["bilingual.yaml", "-o", "out", "-q", "-j", "1"]));
    assert_eq!(std::fs::read(out.join("manifest.json")).unwrap(), first, "manifest.json is deterministic");
}

#[test]
fn each_file_is_what_render_writes_byte_for_byte() {
    let dir = bilingual_copy();
    succeeded(&build(dir.path(), &["bilingual.yaml", "-o", "out", "-q", "-f", "pdf,docx,html,png,jsonresume"]));
    let out = dir.path().join("out");
    let listed = outputs(&manifest(&out.join("manifest.json")));
    let mut compared = 0;
    for output in &listed {
        let path = output["path"].as_str().unwrap();
        let format = output["format"].as_str().unwrap();
        let lang = output["lang"].as_str().unwrap();
        let mut args = vec!["render", "bilingual.yaml", "--lang", lang, "-q"];
        if let Some(variant) = output["variant"].as_str() {
            args.extend(["--variant", variant]);
        }
        let (target, page) = match format {
            "png" => (format!("single-{lang}.png"), output["page"].as_u64()),
            "jsonresume" => (format!("single-{lang}.json"), None),
            other => (format!("single-{lang}.{other}"), None),
        };
        args.extend(["-o", &target]);
        let rendered = run_in(dir.path(), &args);
        assert!(rendered.status.success(), "{}", String::from_utf8_lossy(&rendered.stderr));
        let single = match page {
            Some(page) => dir.path().join(format!("single-{lang}-{page}.png")),
            None => dir.path().join(&target),
        };
        let built = std::fs::read(out.join(path)).unwrap();
        assert!(built == std::fs::read(&single).unwrap(), "{path} differs from `cvpdf {}`", args.join(" "));
        compared += 1;
    }
    assert!(compared >= 2 * 3 * 4 + 2, "compared {compared} files");
}

#[test]
fn shards_together_are_the_whole_with_nothing_twice() {
    let dir = bilingual_copy();
    std::fs::create_dir(dir.path().join("team")).unwrap();
    for file in ["ada.yaml", "boris.yaml"] {
        std::fs::copy(fixtures().join("team").join(file), dir.path().join("team").join(file)).unwrap();
    }
    let inputs = ["bilingual.yaml", "team", "-f", "pdf,html"];
    let mut whole_args = inputs.to_vec();
    whole_args.extend(["-o", "whole", "-q"]);
    succeeded(&build(dir.path(), &whole_args));
    let whole = outputs(&manifest(&dir.path().join("whole/manifest.json")));

    let mut seen = BTreeSet::new();
    let mut sizes = Vec::new();
    for shard in ["1/3", "2/3", "3/3"] {
        let mut args = inputs.to_vec();
        args.extend(["-o", "shards", "-q", "--shard", shard]);
        succeeded(&build(dir.path(), &args));
        let name = format!("manifest-{}-of-3.json", &shard[..1]);
        let part = manifest(&dir.path().join("shards").join(name));
        assert_eq!(part["shard"], shard);
        let listed = outputs(&part);
        sizes.push(listed.len());
        for output in listed {
            let path = output["path"].as_str().unwrap().to_owned();
            assert!(seen.insert(path.clone()), "{path} was built by two shards");
        }
    }
    let whole_paths: BTreeSet<String> = whole.iter().map(|o| o["path"].as_str().unwrap().to_owned()).collect();
    assert_eq!(seen, whole_paths, "the shards together build the whole");
    assert!(sizes.iter().max().unwrap() - sizes.iter().min().unwrap() <= 2, "balanced: {sizes:?}");
    assert!(!dir.path().join("shards/index.html").exists(), "a shard writes no index of its own");

    let merged = run_in(
        dir.path(),
        &[
            "build",
            "--merge-manifests",
            "shards/manifest-3-of-3.json",
            "shards/manifest-1-of-3.json",
            "shards/manifest-2-of-3.json",
            "-o",
            "shards",
            "-q",
        ],
    );
    succeeded(&merged);
    assert_eq!(
        std::fs::read_to_string(dir.path().join("shards/manifest.json")).unwrap(),
        std::fs::read_to_string(dir.path().join("whole/manifest.json")).unwrap(),
        "the merged manifest is the whole build's"
    );
    for path in &whole_paths {
        assert!(
            std::fs::read(dir.path().join("shards").join(path)).unwrap()
                == std::fs::read(dir.path().join("whole").join(path)).unwrap(),
            "{path}"
        );
    }
    assert!(dir.path().join("shards/index.html").is_file());

    // A missing shard, or one manifest given twice, is refused.
    let missing = run_in(
        dir.path(),
        &["build", "--merge-manifests", "shards/manifest-1-of-3.json", "shards/manifest-2-of-3.json", "-o", "shards"],
    );
    assert_eq!(missing.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&missing.stderr).contains("shard 3/3 is missing"),
        "{}",
        String::from_utf8_lossy(&missing.stderr)
    );
    let twice = run_in(
        dir.path(),
        &["build", "--merge-manifests", "whole/manifest.json", "whole/manifest.json", "-o", "whole"],
    );
    assert_eq!(twice.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&twice.stderr).contains("is listed by"),
        "{}",
        String::from_utf8_lossy(&twice.stderr)
    );
}

#[test]
fn a_folder_with_one_broken_cv_builds_all_the_others_and_fails_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let team = dir.path().join("team");
    std::fs::create_dir(&team).unwrap();
    for file in ["ada.yaml", "boris.yaml", "zoe.yaml"] {
        std::fs::copy(fixtures().join("team").join(file), team.join(file)).unwrap();
    }
    let output = build(dir.path(), &["team", "-o", "out", "--json"]);
    assert_eq!(output.status.code(), Some(1), "{}", String::from_utf8_lossy(&output.stderr));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("1 build failed") && stderr.contains("team/zoe.yaml:11:12"), "{stderr}");
    assert!(!stderr.contains("ada.yaml:") && !stderr.contains("boris.yaml:"), "{stderr}");
    for built in ["out/ada-full-en.pdf", "out/boris-full-ru.pdf"] {
        assert!(pdf_text(&std::fs::read(dir.path().join(built)).unwrap()).len() > 10, "{built}");
    }
    let manifest = manifest(&dir.path().join("out/manifest.json"));
    assert_eq!(outputs(&manifest).len(), 2);
    assert_eq!(manifest["failed"][0]["input"], "team/zoe.yaml");
    assert!(manifest["failed"][0]["error"].as_str().unwrap().contains("spring 2020"));
    // One JSON line per file written and one per failure, for tools.
    let lines: Vec<serde_json::Value> =
        String::from_utf8_lossy(&output.stdout).lines().map(|line| serde_json::from_str(line).unwrap()).collect();
    assert_eq!(lines.iter().filter(|line| line.get("output").is_some()).count(), 2);
    assert_eq!(lines.iter().filter(|line| line.get("failed").is_some()).count(), 1);
}

#[test]
fn a_name_collision_is_refused_before_anything_is_written() {
    let dir = bilingual_copy();
    std::fs::copy(fixtures().join("collide.yaml"), dir.path().join("collide.yaml")).unwrap();
    // The data's own pattern gives the whole CV and its variant one name.
    let output = build(dir.path(), &["bilingual.yaml", "collide.yaml", "-o", "out"]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("two outputs would be named `collide-en.pdf`"), "{stderr}");
    assert!(!dir.path().join("out").exists(), "nothing was written");
    // A pattern from the flags that leaves out the language.
    let output = build(dir.path(), &["bilingual.yaml", "-o", "out", "--name", "{name}-{variant}.{ext}"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("two outputs would be named"));
    assert!(!dir.path().join("out").exists(), "nothing was written");
    // A pattern that leads out of the output folder.
    let output = build(dir.path(), &["bilingual.yaml", "-o", "out", "--name", "../{name}-{variant}-{lang}.{ext}"]);
    assert_ne!(output.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&output.stderr).contains("below the output folder"));
    assert!(!dir.path().join("out").exists() && !dir.path().join("bilingual-full-en.pdf").exists());
}

#[test]
fn flags_narrow_what_the_data_declares() {
    let dir = bilingual_copy();
    let output = build(
        dir.path(),
        &[
            "bilingual.yaml",
            "-o",
            "out",
            "-q",
            "-f",
            "pdf",
            "--variant",
            "short",
            "--lang",
            "de",
            "--name",
            "{lang}/{variant}.{ext}",
        ],
    );
    succeeded(&output);
    let mut on_disk = files_below(&dir.path().join("out"));
    assert!(on_disk.remove("manifest.json") && on_disk.remove("index.html"));
    assert_eq!(on_disk, BTreeSet::from(["de/short.pdf".to_owned()]));
    // A variant the CV does not have is its error, with a suggestion.
    let output = build(dir.path(), &["bilingual.yaml", "-o", "out2", "--variant", "shrt"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("did you mean `short`"));
}
