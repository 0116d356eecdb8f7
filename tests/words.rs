//! One owner for every word: the contract (`cvpdf data`) makes every period,
//! heading and label, and every output prints them as it received them.
//!
//! - Every key of the contract, for a corpus of fictional CVs and each
//!   built-in template, is described in `typst/README.md`, the one
//!   description of what a template receives.
//! - The Markdown, the HTML page and the PDF of each built-in (read back by
//!   pdftotext, a reader independent of Typst) of every fixture agree word
//!   for word on every period, job heading and label: each is found in all
//!   of them as the contract words it, allowing only layout differences
//!   (line breaks, a hyphen at a line's end, the capital a line starts with).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::Value;

use crate::common::*;

/// The CVs the checks run over: every fixture of `tests/fixtures/` and every
/// example, in several languages and scripts, with and without photo.
fn corpus() -> Vec<PathBuf> {
    let mut found = fixture_corpus();
    for folder in ["tests/fixtures/ats", "examples", "examples/i18n"] {
        let mut examples: Vec<PathBuf> = std::fs::read_dir(root().join(folder))
            .unwrap()
            .map(|entry| entry.unwrap().path().join("cv.yaml"))
            .filter(|path| path.is_file())
            .collect();
        examples.sort();
        found.extend(examples);
    }
    found
}

fn contract(data: &Path, template: &str, lang: Option<&str>) -> Value {
    let options = cvpdf::RenderOptions { lang: lang.map(str::to_owned), ..cvpdf::RenderOptions::new(data, template) };
    cvpdf::prepare(&options).unwrap_or_else(|error| panic!("{}: {error}", data.display())).contract_json()
}

// ---- Every key is documented ----

/// The part of `typst/README.md` that describes the contract: from «What a
/// template receives» to the end of «Rich text».
fn contract_description() -> String {
    let readme = std::fs::read_to_string(root().join("typst/README.md")).unwrap();
    let start = readme.find("## What a template receives").expect("the README describes what a template receives");
    let end = readme[start..].find("## The photo").map_or(readme.len(), |at| start + at);
    readme[start..end].to_owned()
}

/// Every key path of a JSON value, array indices dropped: `experience.jobs.period.range`.
fn key_paths(value: &Value, path: &str, out: &mut BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                let child_path = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
                out.insert(child_path.clone());
                key_paths(child, &child_path, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|item| key_paths(item, path, out)),
        _ => {}
    }
}

/// Whether the description documents the key at `path`. A top-level key has
/// a row of the contract's table; a label is named in the `labels` row; an
/// option of `design` is declared in a built-in's manifest (the README says
/// `design` holds every option the manifest declares); a word of
/// `foreign_words`, a dictionary by the CV's words, is in its row; any other key is
/// named as a field: `` `name` ``, `` `parent.name` ``, `` `.name` `` or
/// `name:` inside a signature such as `(iso: str, …)`.
fn documented(description: &str, manifests: &str, path: &str) -> bool {
    let segments: Vec<&str> = path.split('.').collect();
    let name = *segments.last().unwrap();
    match segments.as_slice() {
        [top] => description.lines().any(|line| {
            let first_cell = line.strip_prefix("| ").and_then(|rest| rest.split(" |").next()).unwrap_or_default();
            first_cell.split(", ").any(|cell| cell == format!("`{top}`") || cell.starts_with(&format!("`{top}.")))
        }),
        ["labels", label] => description
            .lines()
            .find(|line| line.starts_with("| `labels` |"))
            .is_some_and(|row| row.contains(&format!("`{label}`"))),
        ["design", option] => {
            manifests.contains(&format!("[options.{option}]")) || manifests.contains(&format!("{option} ="))
        }
        // Its keys are the CV's own words, documented as a dictionary.
        ["foreign_words", _] => description.contains("| `foreign_words` | dictionary of str |"),
        [.., parent, _] => [
            format!("`{name}`"),
            format!("{parent}.{name}`"),
            format!("`.{name}`"),
            format!("({name}:"),
            format!(", {name}:"),
            format!("`{name}` ("),
        ]
        .iter()
        .any(|form| description.contains(form.as_str())),
        [] => true,
    }
}

fn manifests() -> String {
    cvpdf::builtin_templates()
        .iter()
        .map(|name| std::fs::read_to_string(root().join("typst").join(name).join("typst.toml")).unwrap())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn typst_readme_documents_every_key_of_the_contract() {
    let description = contract_description();
    let manifests = manifests();
    let mut undocumented: BTreeSet<String> = BTreeSet::new();
    let mut seen = BTreeSet::new();
    for data in corpus() {
        for template in cvpdf::builtin_templates() {
            let mut paths = BTreeSet::new();
            key_paths(&contract(&data, template, None), "", &mut paths);
            for path in paths {
                if !documented(&description, &manifests, &path) {
                    undocumented.insert(format!("{path} (first seen in {} with {template})", data.display()));
                }
                seen.insert(path);
            }
        }
    }
    // The corpus reaches the contract's deep corners, so that a key added
    // there is walked too.
    for deep in
        ["experience.jobs.roles.achievements", "experience.jobs.projects.items", "photo.path", "courses.url.text"]
    {
        assert!(seen.contains(deep), "no CV of the corpus has {deep}");
    }
    let undocumented: BTreeSet<String> = undocumented
        .into_iter()
        .filter({
            let mut reported = BTreeSet::new();
            move |line: &String| reported.insert(line.split(' ').next().unwrap().to_owned())
        })
        .collect();
    assert!(undocumented.is_empty(), "typst/README.md does not describe these keys of `cvpdf data`: {undocumented:#?}");
}

#[test]
fn the_documentation_check_notices_an_undocumented_key() {
    let description = contract_description();
    let manifests = manifests();
    assert!(documented(&description, &manifests, "person.name_plain"));
    assert!(documented(&description, &manifests, "experience.jobs.period.start_iso"));
    assert!(documented(&description, &manifests, "labels.present"));
    assert!(!documented(&description, &manifests, "person.shoe_size"));
    assert!(!documented(&description, &manifests, "shoe_size"));
    assert!(!documented(&description, &manifests, "labels.shoe_size"));
    assert!(!documented(&description, &manifests, "experience.jobs.period.fortnights"));
    assert!(!documented(&description, &manifests, "design.shoe_size"));
}

// ---- The outputs agree on every period, heading and label ----

/// The plain text of a rich value of the contract (a string, or an array of
/// strings and nodes).
fn plain(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        Value::Array(nodes) => nodes.iter().map(plain).collect(),
        Value::Object(node) => match node.get("kind").and_then(Value::as_str) {
            Some("code") => node["text"].as_str().unwrap_or_default().to_owned(),
            Some("break") => " ".to_owned(),
            _ => node.get("body").map(plain).unwrap_or_default(),
        },
        _ => String::new(),
    }
}

/// A phrase the outputs must all print: what it is, and the words, one of
/// which must be found (a period is printed as its range inside a line, or
/// as its start and its end where each has a line).
struct Phrase {
    what: String,
    any_of: Vec<Vec<String>>,
}

fn phrase(what: impl Into<String>, words: &str) -> Phrase {
    Phrase { what: what.into(), any_of: vec![vec![words.to_owned()]] }
}

/// Every period, job heading and label a reader of any output sees, as the
/// contract words it.
fn phrases(cv: &Value) -> Vec<Phrase> {
    let text = |value: &Value| plain(value);
    let labels = &cv["labels"];
    let mut out = Vec::new();
    let jobs = cv["experience"]["jobs"].as_array().cloned().unwrap_or_default();
    if !jobs.is_empty() {
        out.push(phrase("the experience part's title", &text(&labels["experience"])));
        out.push(phrase("the total experience", &text(&cv["experience"]["total"])));
    }
    for (index, job) in jobs.iter().enumerate() {
        let period = &job["period"];
        let at = |field: &str| format!("job {index}'s {field}");
        out.push(phrase(at("heading"), &text(&job["heading"])));
        if job["collapsed"].as_bool() == Some(true) {
            out.push(phrase(at("years"), &text(&period["years"])));
        } else {
            out.push(Phrase {
                what: at("period"),
                any_of: vec![vec![text(&period["range"])], vec![text(&period["start"]), text(&period["end"])]],
            });
        }
        out.push(phrase(at("duration"), &text(&period["duration"])));
        let has_achievements = job["achievements"].as_array().is_some_and(|list| !list.is_empty())
            || job["roles"]
                .as_array()
                .into_iter()
                .flatten()
                .any(|role| role["achievements"].as_array().is_some_and(|list| !list.is_empty()));
        if has_achievements {
            out.push(phrase(at("achievements label"), &text(&labels["achievements"])));
        }
    }
    let entries = cv["education"]["entries"].as_array().cloned().unwrap_or_default();
    if !entries.is_empty() {
        out.push(phrase("the education part's title", &text(&cv["education"]["title"])));
    }
    for (index, entry) in entries.iter().enumerate() {
        out.push(phrase(format!("education {index}'s period"), &text(&entry["period"])));
    }
    for (part, label) in [("skills", "skills"), ("languages", "languages"), ("courses", "courses")] {
        if cv[part].as_array().is_some_and(|list| !list.is_empty()) {
            out.push(phrase(format!("the {part} part's title"), &text(&labels[label])));
        }
    }
    for (part, label) in [("specialisations", "specialisations"), ("employment", "employment")] {
        if cv[part].as_array().is_some_and(|list| !list.is_empty()) {
            out.push(phrase(format!("the {part} label"), &text(&labels[label])));
        }
    }
    for (index, section) in cv["sections"].as_array().into_iter().flatten().enumerate() {
        // A part with nothing in it is printed by no output.
        if section["body"].as_array().is_some_and(|body| body.is_empty()) {
            continue;
        }
        out.push(phrase(format!("section {index}'s title"), &text(&section["title"])));
    }
    out.retain(|phrase| phrase.any_of.iter().all(|words| words.iter().all(|word| !word.trim().is_empty())));
    out
}

/// Text as compared: without white space and soft hyphens, so that a line
/// break anywhere does not count.
fn flat(text: &str) -> String {
    squeeze(text)
}

/// The forms of an output's text a phrase may be found in: as it is, and
/// with a hyphen at a line's end joined, as a reader reads a hyphenated word.
fn readings(text: &str) -> [String; 2] {
    [flat(text), flat(&text.replace("-\n", "").replace('\u{2010}', ""))]
}

/// Whether `words` reads in `text` (as [`readings`] gives it), allowing the
/// capital a line starts with («Март 2022 —» on its own line is the same
/// words as «март 2022 —» inside one) and a heading set in capitals.
fn reads(readings: &[String; 2], words: &str) -> bool {
    let words = flat(words);
    let mut chars = words.chars();
    let Some(first) = chars.next() else { return true };
    let rest: String = chars.collect();
    let forms: Vec<String> = first
        .to_lowercase()
        .chain(first.to_uppercase())
        .map(|c| format!("{c}{rest}"))
        .chain([words.clone(), words.to_uppercase()])
        .collect();
    readings.iter().any(|text| forms.iter().any(|form| text.contains(form.as_str())))
}

fn pdftotext(pdf: &[u8]) -> String {
    use std::io::Write;
    let mut child = Command::new("pdftotext")
        .args(["-enc", "UTF-8", "-", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("pdftotext runs (poppler-utils)");
    child.stdin.take().unwrap().write_all(pdf).unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "pdftotext failed");
    String::from_utf8(output.stdout).unwrap()
}

fn markdown_text(data: &Path) -> String {
    let dir = tempfile::tempdir().unwrap();
    let out = run_in(dir.path(), &["render", data.to_str().unwrap(), "-f", "md", "--no-photo", "-q", "-o", "-"]);
    assert!(out.status.success(), "{}: {}", data.display(), String::from_utf8_lossy(&out.stderr));
    crate::web::read_markdown(&String::from_utf8(out.stdout).unwrap()).text
}

fn html_text(data: &Path) -> String {
    let dir = tempfile::tempdir().unwrap();
    let out = run_in(dir.path(), &["render", data.to_str().unwrap(), "-f", "html", "--no-photo", "-q", "-o", "-"]);
    assert!(out.status.success(), "{}: {}", data.display(), String::from_utf8_lossy(&out.stderr));
    let html = String::from_utf8(out.stdout).unwrap();
    let (dom, _) = crate::web::parse_html(&html);
    let mut text = String::new();
    crate::web::text_of(&dom.document, &mut text);
    text
}

/// The outputs of a CV, each named and as a reader gets its text.
fn outputs(data: &Path, right_to_left: bool) -> Vec<(String, String)> {
    let mut outputs = vec![("Markdown".to_owned(), markdown_text(data)), ("HTML".to_owned(), html_text(data))];
    // pdftotext gives right-to-left lines in an order of its own, not the
    // reading order, so those PDFs are not compared word for word here
    // (tests/rtl.rs reads them).
    let templates = if right_to_left { Vec::new() } else { cvpdf::builtin_templates() };
    for template in templates {
        let rendered = cvpdf::render(&cvpdf::RenderOptions::new(data, template)).unwrap();
        // Letters no bundled font has (Chinese, Japanese, Korean without a
        // --font-path) are empty boxes a reader cannot read back: such a PDF
        // is the glyph checks' business, not this comparison's.
        if !rendered.warnings.contains("no bundled font") {
            outputs.push((format!("PDF ({template})"), pdftotext(&rendered.pdf)));
        }
    }
    outputs
}

/// What an output prints that is not in the contract's words: a missing
/// phrase, or a period of one year worded as a range («1994 — 1994»).
fn disagreements(phrases: &[Phrase], output: &str) -> Vec<String> {
    let readings = readings(output);
    let mut found = Vec::new();
    for phrase in phrases {
        if !phrase.any_of.iter().any(|words| words.iter().all(|word| reads(&readings, word))) {
            found.push(format!("{}: {:?}", phrase.what, phrase.any_of));
        }
    }
    let same_year = regex_free_same_year_ranges(output);
    found.extend(same_year.into_iter().map(|range| format!("a one-year period worded as a range: {range:?}")));
    found
}

/// Every «YYYY — YYYY» (any dash, any spaces) whose two years are equal.
fn regex_free_same_year_ranges(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let year_at = |at: usize| -> Option<&[char]> {
        let digits = chars.get(at..at + 4)?;
        let bounded = at == 0 || !chars[at - 1].is_ascii_digit();
        let ends = chars.get(at + 4).is_none_or(|c| !c.is_ascii_digit());
        (digits.iter().all(char::is_ascii_digit) && bounded && ends).then_some(digits)
    };
    let mut ranges = Vec::new();
    for at in 0..chars.len() {
        let Some(first) = year_at(at) else { continue };
        let mut next = at + 4;
        while chars.get(next).is_some_and(|c| c.is_whitespace()) {
            next += 1;
        }
        if !chars.get(next).is_some_and(|c| ['—', '–', '-'].contains(c)) {
            continue;
        }
        next += 1;
        while chars.get(next).is_some_and(|c| c.is_whitespace()) {
            next += 1;
        }
        if year_at(next) == Some(first) {
            ranges.push(chars[at..next + 4].iter().collect());
        }
    }
    ranges
}

#[test]
fn markdown_html_and_pdf_agree_on_every_period_heading_and_label() {
    let mut failures = Vec::new();
    let mut checked = 0;
    for data in corpus() {
        let cv = contract(&data, "print", None);
        let phrases = phrases(&cv);
        checked += phrases.len();
        for (name, text) in outputs(&data, cv["dir"] == "rtl") {
            let wrong = disagreements(&phrases, &text);
            if !wrong.is_empty() {
                failures.push(format!("{} in {name}:\n  {}", data.display(), wrong.join("\n  ")));
            }
        }
    }
    assert!(checked > 200, "only {checked} phrases checked");
    assert!(failures.is_empty(), "the outputs do not print the contract's words:\n{}", failures.join("\n"));
}

#[test]
fn the_agreement_check_notices_words_of_an_outputs_own() {
    let cv = contract(&fixture("long-russian"), "print", None);
    let phrases = phrases(&cv);
    let job = &cv["experience"]["jobs"][0];
    let (start, end, range) =
        (plain(&job["period"]["start"]), plain(&job["period"]["end"]), plain(&job["period"]["range"]));
    // An output that prints every phrase agrees, however it breaks its lines.
    let all: String = phrases.iter().map(|phrase| phrase.any_of[0].join("\n")).collect::<Vec<_>>().join("\n");
    assert_eq!(disagreements(&phrases, &all), Vec::<String>::new());
    let broken = all.replace(&range, &range.replace(' ', "\n"));
    assert_eq!(disagreements(&phrases, &broken), Vec::<String>::new());
    // One that words a period its own way, or drops a label, does not.
    let own_words = all.replace(&range, &range.replace(" — ", " - "));
    assert!(!disagreements(&phrases, &own_words).is_empty(), "{start} {end}");
    let without_label = all.replace(&plain(&cv["labels"]["experience"]), "");
    assert!(!disagreements(&phrases, &without_label).is_empty());
    assert!(!disagreements(&phrases, &format!("{all}\n1994 — 1994")).is_empty());
    assert!(disagreements(&phrases, &format!("{all}\n1994 — 1995")).is_empty());
}
