//! Publications: a fictional researcher's BibTeX file (LaTeX escapes,
//! Cyrillic, a Chinese co-author) and entries written in the data, through
//! each bundled style, with the owner's name in bold in its spellings, a
//! variant by tag, the same strings in the PDF, the web page and Markdown,
//! and errors at the .bib file's line and for an unknown style.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::common::*;

fn data() -> PathBuf {
    fixture("publications")
}

/// The contract of `data` as `cvpdf data` prints it, with `args`.
fn contract(data: &Path, args: &[&str]) -> Value {
    let dir = tempfile::tempdir().unwrap();
    let mut all = vec!["data", data.to_str().unwrap()];
    all.extend_from_slice(args);
    let output = run_in(dir.path(), &all);
    assert!(output.status.success(), "cvpdf data failed: {}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).unwrap()
}

/// A rich text's characters, without its formatting.
fn plain(nodes: &Value) -> String {
    nodes
        .as_array()
        .unwrap()
        .iter()
        .map(|node| match node {
            Value::String(text) => text.clone(),
            span => {
                span.get("body").map(plain).or_else(|| span["text"].as_str().map(str::to_owned)).unwrap_or_default()
            }
        })
        .collect()
}

/// The texts of a rich text's bold spans.
fn bold(nodes: &Value) -> Vec<String> {
    let mut found = Vec::new();
    for node in nodes.as_array().unwrap() {
        match node["kind"].as_str() {
            Some("strong") => found.push(plain(&node["body"])),
            Some(_) => found.extend(node.get("body").map(bold).unwrap_or_default()),
            None => {}
        }
    }
    found
}

/// The links of a rich text: (address, text).
fn links(nodes: &Value) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for node in nodes.as_array().unwrap() {
        match node["kind"].as_str() {
            Some("link") => found.push((node["url"].as_str().unwrap().to_owned(), plain(&node["body"]))),
            Some(_) => found.extend(node.get("body").map(links).unwrap_or_default()),
            None => {}
        }
    }
    found
}

/// Every entry of the contract's publications, in the order shown.
fn entries(contract: &Value) -> Vec<Value> {
    contract["publications"]["groups"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|group| group["entries"].as_array().unwrap().clone())
        .collect()
}

fn by_key<'a>(entries: &'a [Value], key: &str) -> &'a Value {
    entries.iter().find(|entry| entry["key"] == key).unwrap_or_else(|| panic!("no entry {key}: {entries:?}"))
}

#[test]
fn each_bundled_style_formats_every_entry_newest_first_with_latex_turned_into_letters() {
    for (style, sample) in [
        ("apa", "(2023). Sparse Graph Sketches"),
        ("ieee", "“Sparse Graph Sketches for Near-Real-Time Routing,”"),
        ("chicago-author-date", "2023. “Sparse Graph Sketches"),
        ("gost", "Sparse Graph Sketches for Near-Real-Time Routing // Journal of Imaginary Networks"),
    ] {
        let contract = contract(&data(), &["--set", &format!("publications.style={style}")]);
        let entries = entries(&contract);
        assert_eq!(entries.len(), 6, "{style}: {entries:?}");
        let years: Vec<i64> = entries.iter().map(|entry| entry["year"].as_i64().unwrap()).collect();
        assert_eq!(years, [2024, 2023, 2021, 2019, 2017, 2015], "{style}: newest first");
        let texts: Vec<String> = entries.iter().map(|entry| plain(&entry["body"])).collect();
        let all = texts.join("\n");
        assert!(all.contains(sample), "{style}: {all}");
        for letters in ["Müller", "García", "Cache-Aware Joins & Their Discontents", "101–", "王小明"] {
            assert!(all.contains(letters), "{style} lacks {letters:?}: {all}");
        }
        assert!(all.contains("Оценка задержек в распределённых очередях"), "{style}: {all}");
        for code in ['\\', '{', '}', '$', '#'] {
            assert!(!all.contains(code), "{style}: LaTeX or Typst code {code:?} left in: {all}");
        }
    }
    let ieee = entries(&contract(&data(), &["--set", "publications.style=ieee"]));
    let labels: Vec<&str> = ieee.iter().map(|entry| entry["label"].as_str().unwrap()).collect();
    assert_eq!(labels, ["[1]", "[2]", "[3]", "[4]", "[5]", "[6]"]);
    let apa = entries(&contract(&data(), &[]));
    assert!(apa.iter().all(|entry| entry["label"].is_null()), "APA numbers nothing");
}

#[test]
fn the_owner_is_bold_in_each_spelling_and_nobody_else_is() {
    let entries = entries(&contract(&data(), &[]));
    // `Petrov, Ivan I.`, `Petrov, I.`, `Petrov, Ivan` in the file, all of
    // them the CV's «Ivan Petrov»; «Петров, Иван Иванович» through `me`.
    assert_eq!(bold(&by_key(&entries, "petrov2023graphs")["body"]), ["Petrov, I. I."]);
    assert_eq!(bold(&by_key(&entries, "petrov2021cache")["body"]), ["Petrov, I."]);
    assert_eq!(bold(&by_key(&entries, "petrov2019ru")["body"]), ["Петров, И. И."]);
    assert_eq!(bold(&by_key(&entries, "wang2017")["body"]), ["Petrov, I"]);
    assert_eq!(bold(&by_key(&entries, "entries[0]")["body"]), ["Petrov, I."]);
    // Without the Cyrillic spelling, the Cyrillic entry has no bold name.
    let without = entries_with(&["--set", "publications.me=[]"]);
    assert!(bold(&by_key(&without, "petrov2019ru")["body"]).is_empty());
    // IEEE puts the initials first: the same person is found.
    let ieee = entries_with(&["--set", "publications.style=ieee"]);
    assert_eq!(bold(&by_key(&ieee, "petrov2021cache")["body"]), ["I. Petrov"]);
    // A Chinese name written without a space is the owner's.
    let chinese = entries_with(&["--set", "person.name=王小明"]);
    assert_eq!(bold(&by_key(&chinese, "wang2017")["body"]), ["王小明"]);
    assert!(bold(&by_key(&chinese, "petrov2015thesis")["body"]).is_empty());
}

fn entries_with(args: &[&str]) -> Vec<Value> {
    entries(&contract(&data(), args))
}

#[test]
fn dois_and_addresses_are_links() {
    let apa = entries_with(&[]);
    let graphs = links(&by_key(&apa, "petrov2023graphs")["body"]);
    assert_eq!(
        graphs,
        [("https://doi.org/10.5555/jin.2023.0042".into(), "https://doi.org/10.5555/jin.2023.0042".into())]
    );
    // IEEE prints the DOI as text: it is linked all the same.
    let ieee = entries_with(&["--set", "publications.style=ieee"]);
    let graphs = links(&by_key(&ieee, "petrov2023graphs")["body"]);
    assert_eq!(graphs, [("https://doi.org/10.5555/jin.2023.0042".into(), "10.5555/jin.2023.0042".into())]);
    let cache = links(&by_key(&ieee, "petrov2021cache")["body"]);
    assert_eq!(cache[0].0, "https://example.org/fcds2021/cache.pdf");
    // `doi: doi` writes the address as doi:…
    let short = entries_with(&["--set", "publications.doi=doi"]);
    assert_eq!(links(&by_key(&short, "petrov2023graphs")["body"])[0].1, "doi:10.5555/jin.2023.0042");
}

#[test]
fn groups_numbering_and_the_styles_order() {
    let grouped =
        contract(&data(), &["--set", "publications.group=true", "--set", "publications.numbering=descending"]);
    let groups = grouped["publications"]["groups"].as_array().unwrap();
    let kinds: Vec<&str> = groups.iter().map(|group| group["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["article", "conference", "book", "thesis", "talk"]);
    let titles: Vec<&str> = groups.iter().map(|group| group["title"].as_str().unwrap()).collect();
    assert_eq!(titles, ["Journal articles", "Conference papers", "Books and chapters", "Theses", "Talks"]);
    let labels: Vec<String> =
        entries(&grouped).iter().map(|entry| entry["label"].as_str().unwrap().to_owned()).collect();
    assert_eq!(labels, ["[6]", "[5]", "[4]", "[3]", "[2]", "[1]"]);
    // A numeric style numbers the groups' entries in the order shown.
    let gost = contract(&data(), &["--set", "publications.group=true", "--set", "publications.style=gost"]);
    let labels: Vec<String> = entries(&gost).iter().map(|entry| entry["label"].as_str().unwrap().to_owned()).collect();
    assert_eq!(labels, ["1.", "2.", "3.", "4.", "5.", "6."]);
    // Russian words for the groups, from the language file.
    let russian = contract(&data(), &["--set", "publications.group=true", "--set", "lang=ru"]);
    assert_eq!(russian["publications"]["groups"][0]["title"], "Статьи в журналах");
    assert_eq!(russian["labels"]["publications"], "Публикации");
    // APA sorts by author when the style decides.
    let styled = entries_with(&["--set", "publications.sort=style"]);
    let first: Vec<String> = styled.iter().map(|entry| plain(&entry["body"]).chars().take(6).collect()).collect();
    assert_eq!(first, ["Petrov", "Petrov", "Petrov", "Smith,", "Петров", "王小明, &"], "{first:?}");
}

#[test]
fn a_variant_by_tag_keeps_the_selected_and_the_untagged() {
    let short = contract(&data(), &["--variant", "short"]);
    let keys: Vec<String> = entries(&short).iter().map(|entry| entry["key"].as_str().unwrap().to_owned()).collect();
    assert_eq!(keys, ["entries[0]", "petrov2023graphs", "petrov2019ru", "petrov2015thesis"]);
    // A tag given in the data to an entry of the file counts too.
    let tagged = contract(&data(), &["--variant", "short", "--set", "publications.tags.wang2017=[selected]"]);
    assert!(entries(&tagged).iter().any(|entry| entry["key"] == "wang2017"));
    let dropped = contract(
        &data(),
        &["--set", "variants.short.include=[]", "--set", "variants.short.exclude=[selected]", "--variant", "short"],
    );
    assert!(entries(&dropped).iter().all(|entry| entry["key"] != "petrov2023graphs"));
}

/// The text of an HTML page as a reader sees it, roughly: tags dropped,
/// the entities cvpdf writes unescaped.
fn html_text(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
}

/// The text of Markdown as a renderer shows it.
fn markdown_text(markdown: &str) -> String {
    use pulldown_cmark::{Event, Parser};
    Parser::new(markdown)
        .filter_map(|event| match event {
            Event::Text(text) | Event::Code(text) => Some(text.into_string()),
            Event::SoftBreak | Event::HardBreak => Some(" ".into()),
            _ => None,
        })
        .collect()
}

#[test]
fn the_pdf_the_web_page_and_markdown_print_the_same_strings() {
    let contract = contract(&data(), &[]);
    let texts: Vec<String> = entries(&contract).iter().map(|entry| plain(&entry["body"])).collect();
    let dir = tempfile::tempdir().unwrap();
    for (out, what) in [("cv.html", "html"), ("cv.md", "md")] {
        let path = dir.path().join(out);
        let output = run_in(dir.path(), &["render", data().to_str().unwrap(), "-o", path.to_str().unwrap(), "-q"]);
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        let written = std::fs::read_to_string(&path).unwrap();
        let shown = squeeze(&if what == "html" { html_text(&written) } else { markdown_text(&written) });
        for text in &texts {
            assert!(shown.contains(&squeeze(text)), "{what} lacks {text:?}");
        }
        assert!(shown.contains("Publications"), "{what}: no heading");
    }
    for template in cvpdf::builtin_templates() {
        let pdf = render(&data(), &["--template", template]);
        assert_all_printed(&texts, &pdf, &format!("publications × {template}"), &running_lines(&data()));
        let Some(text) = poppler(&pdf, &[]) else { continue };
        assert!(text.contains("Publications"), "{template}: no heading");
    }
}

/// A folder with the fixture's CV and `bib` as its refs.bib.
fn with_bib(bib: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(data(), dir.path().join("cv.yaml")).unwrap();
    std::fs::write(dir.path().join("refs.bib"), bib).unwrap();
    dir
}

#[test]
fn a_bib_syntax_error_names_the_files_line_and_column_and_nothing_is_written() {
    let dir = with_bib("@article{a,\n  title = {A},\n  year = 2020}\n\n@article{b,\n  title = {B}\n  year = 2021}\n");
    std::fs::write(dir.path().join("cv.pdf"), b"the previous PDF").unwrap();
    let output = run_in(dir.path(), &["render", "cv.yaml", "-o", "cv.pdf"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("refs.bib:7:3:"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(std::fs::read(dir.path().join("cv.pdf")).unwrap(), b"the previous PDF");
    // An entry left open is reported where it begins.
    let dir = with_bib("@article{a, title = {A}, year = 2020}\n@article{b,\n  title = {B\n");
    let stderr = String::from_utf8_lossy(&run_in(dir.path(), &["check", "cv.yaml"]).stderr).into_owned();
    assert!(stderr.contains("refs.bib:2:1:") && stderr.contains("not closed"), "{stderr}");
}

#[test]
fn an_unknown_style_names_the_nearest_one() {
    let dir = with_bib(&std::fs::read_to_string(data().with_file_name("refs.bib")).unwrap());
    let yaml =
        std::fs::read_to_string(dir.path().join("cv.yaml")).unwrap().replace("style: apa", "style: chicgo-author-date");
    std::fs::write(dir.path().join("cv.yaml"), &yaml).unwrap();
    let output = run_in(dir.path(), &["check", "cv.yaml"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    let line = yaml.lines().position(|line| line.contains("chicgo")).unwrap() + 1;
    assert!(stderr.contains(&format!("cv.yaml:{line}:")), "{stderr}");
    assert!(stderr.contains("did you mean `chicago-author-date`?"), "{stderr}");
    let output = run_in(dir.path(), &["check", "cv.yaml", "--set", "publications.style=iee"]);
    assert!(String::from_utf8_lossy(&output.stderr).contains("did you mean `ieee`?"));
}

#[test]
fn a_csl_file_of_the_cvs_folder_is_a_style_and_one_outside_it_is_refused() {
    let dir = with_bib(&std::fs::read_to_string(data().with_file_name("refs.bib")).unwrap());
    let yaml = std::fs::read_to_string(dir.path().join("cv.yaml")).unwrap();
    // A minimal style of its own: the title, then the year.
    let csl = r#"<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>Title and year</title><id>title-year</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography><layout><text variable="title" font-style="italic"/><text prefix=" — " variable="issued" form="short"/><date variable="issued" prefix=" — "><date-part name="year"/></date></layout></bibliography>
</style>"#;
    std::fs::write(dir.path().join("mine.csl"), csl).unwrap();
    std::fs::write(dir.path().join("cv.yaml"), yaml.replace("style: apa", "style: mine.csl")).unwrap();
    let own = entries(&contract(&dir.path().join("cv.yaml"), &[]));
    assert_eq!(plain(&by_key(&own, "petrov2015thesis")["body"]), "On the Latency of Message Brokers — 2015");

    // A style that prints nothing for an entry: its title stands in, and
    // the render says so, naming the entry.
    let container = csl.replace(
        r#"<text variable="title" font-style="italic"/><text prefix=" — " variable="issued" form="short"/><date variable="issued" prefix=" — "><date-part name="year"/></date>"#,
        r#"<text variable="container-title"/>"#,
    );
    std::fs::write(dir.path().join("container.csl"), container).unwrap();
    std::fs::write(dir.path().join("cv.yaml"), yaml.replace("style: apa", "style: container.csl")).unwrap();
    let output = run_in(dir.path(), &["render", "cv.yaml", "-o", "cv.pdf"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("prints nothing for the entry `petrov2015thesis`"), "{stderr}");
    // Every other output of the same list says it too.
    for out in [&["-o", "cv.html"][..], &["-o", "cv.md"], &["-o", "cv.docx"]] {
        let output = run_in(dir.path(), &[&["render", "cv.yaml"][..], out].concat());
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains("prints nothing for the entry `petrov2015thesis`"), "{out:?}: {stderr}");
    }
    let output = run_in(dir.path(), &["data", "cv.yaml", "-o", "cv.json"]);
    assert!(String::from_utf8_lossy(&output.stderr).contains("prints nothing for the entry `petrov2015thesis`"));
    let container = entries(&contract(&dir.path().join("cv.yaml"), &[]));
    assert_eq!(plain(&by_key(&container, "petrov2015thesis")["body"]), "On the Latency of Message Brokers");
    // The files a render reads are never its output.
    let output = run_in(dir.path(), &["render", "cv.yaml", "-o", "refs.bib", "-f", "md"]);
    assert_eq!(output.status.code(), Some(1), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(String::from_utf8_lossy(&output.stderr).contains("would overwrite a publications file"));
    assert!(std::fs::read_to_string(dir.path().join("refs.bib")).unwrap().contains("@article"));

    let outside = tempfile::tempdir().unwrap();
    std::fs::copy(data().with_file_name("refs.bib"), outside.path().join("theirs.bib")).unwrap();
    let theirs = outside.path().join("theirs.bib");
    let relative = format!("../{}/theirs.bib", outside.path().file_name().unwrap().to_str().unwrap());
    std::fs::write(dir.path().join("cv.yaml"), yaml.replace("bib: refs.bib", &format!("bib: {relative}"))).unwrap();
    let output = run_in(dir.path(), &["check", "cv.yaml"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("outside the CV's folder"));
    // Named on the command line, it is read.
    let set = format!("publications.bib={}", theirs.display());
    let output = run_in(dir.path(), &["check", "cv.yaml", "--set", &set]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
}

#[cfg(unix)]
#[test]
fn a_fifo_or_a_folder_as_the_bib_is_refused_at_once() {
    let dir = with_bib("");
    std::fs::remove_file(dir.path().join("refs.bib")).unwrap();
    let made = std::process::Command::new("mkfifo").arg(dir.path().join("refs.bib")).status().unwrap();
    assert!(made.success());
    let started = std::time::Instant::now();
    let output = run_in(dir.path(), &["check", "cv.yaml"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("not a regular file"), "{output:?}");
    assert!(started.elapsed() < std::time::Duration::from_secs(20));
}

#[test]
fn json_resume_and_linkedin_publications_land_in_the_part() {
    let dir = tempfile::tempdir().unwrap();
    let resume = dir.path().join("resume.json");
    std::fs::write(
        &resume,
        r#"{"basics": {"name": "Ada Quill", "label": "Researcher"},
            "publications": [{"name": "On Imaginary Queues", "publisher": "Journal of Tools", "releaseDate": "2019-05-14",
                              "url": "https://example.org/queues", "summary": "A study of waiting."}]}"#,
    )
    .unwrap();
    let output = run_in(dir.path(), &["import", "jsonresume", resume.to_str().unwrap(), "-o", "cv.yaml", "-q"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let imported = contract(&dir.path().join("cv.yaml"), &[]);
    let entries = entries(&imported);
    assert_eq!(entries.len(), 1);
    let text = plain(&entries[0]["body"]);
    for part in ["On Imaginary Queues", "Journal of Tools", "2019", "A study of waiting."] {
        assert!(text.contains(part), "{text}");
    }
    // Exported again, the publication is JSON Resume's once more.
    let out = dir.path().join("again.json");
    let output = run_in(dir.path(), &["export", "jsonresume", "cv.yaml", "-o", out.to_str().unwrap(), "-q"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let again: Value = serde_json::from_str(&std::fs::read_to_string(out).unwrap()).unwrap();
    assert_eq!(again["publications"][0]["name"], "On Imaginary Queues");
    assert_eq!(again["publications"][0]["publisher"], "Journal of Tools");
    assert_eq!(again["publications"][0]["releaseDate"], "2019");
}

/// A cover letter over a CV with publications, written as PDF, never
/// replaces the CV's bibliography either.
#[test]
fn a_letter_over_the_cv_never_overwrites_its_bib() {
    let dir = with_bib(&std::fs::read_to_string(data().with_file_name("refs.bib")).unwrap());
    std::fs::write(dir.path().join("letter.yaml"), "body: Text.\n").unwrap();
    let output = run_in(dir.path(), &["letter", "letter.yaml", "--with-cv", "-o", "refs.bib", "-f", "pdf"]);
    assert_eq!(output.status.code(), Some(1), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(String::from_utf8_lossy(&output.stderr).contains("would overwrite a publications file"));
    assert!(std::fs::read_to_string(dir.path().join("refs.bib")).unwrap().contains("@article"));
}
