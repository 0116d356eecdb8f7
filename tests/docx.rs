//! The Word document (`-f docx`): read back with readers that share
//! nothing with the writer (the ZIP file with `zip`'s reader, every part
//! with roxmltree), compared with the PDF's text layer as `pdftotext` reads
//! it, and converted by LibreOffice.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use crate::common::{cvpdf, root, run_in, running_lines};

/// A fixture: its name, its data file, and the arguments of its render.
struct Fixture {
    name: &'static str,
    data: &'static str,
    args: &'static [&'static str],
}

/// Russian (long), English (long), Chinese, Greek, and a variant that
/// reorders the parts.
const FIXTURES: &[Fixture] = &[
    Fixture { name: "russian", data: "tests/fixtures/senior/cv.yaml", args: &[] },
    Fixture { name: "english", data: "tests/fixtures/long-english/cv.yaml", args: &[] },
    Fixture { name: "chinese", data: "tests/fixtures/cjk/chinese/cv.yaml", args: &[] },
    Fixture { name: "greek", data: "tests/fixtures/greek-math/cv.yaml", args: &[] },
    Fixture { name: "variant", data: "tests/fixtures/variants/rules.yaml", args: &["--variant", "parts"] },
];

impl Fixture {
    fn data(&self) -> PathBuf {
        root().join(self.data)
    }

    /// The library's options for this fixture, as the command line sets them.
    fn options(&self) -> cvpdf::RenderOptions {
        let variant = self.args.iter().position(|arg| *arg == "--variant").map(|at| self.args[at + 1].to_owned());
        cvpdf::RenderOptions { variant, ..cvpdf::RenderOptions::new(self.data(), "print") }
    }

    /// What a template receives for this fixture.
    fn contract(&self) -> serde_json::Value {
        cvpdf::prepare(&self.options()).expect("the fixture prepares").contract_json()
    }
}

/// Renders `data` with `args` into `out` inside `dir`, asserting success.
fn render_to(dir: &Path, data: &Path, out: &str, args: &[&str]) -> Vec<u8> {
    let mut all = vec!["render", data.to_str().unwrap(), "-o", out, "-q"];
    all.extend_from_slice(args);
    let output = run_in(dir, &all);
    assert!(output.status.success(), "cvpdf {all:?} failed: {}", String::from_utf8_lossy(&output.stderr));
    std::fs::read(dir.join(out)).unwrap()
}

/// The fixture's Word document.
fn docx_of(fixture: &Fixture) -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    render_to(dir.path(), &fixture.data(), "cv.docx", fixture.args)
}

/// The fixture's PDF with `template`.
fn pdf_of(fixture: &Fixture, template: &str) -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    let mut args = fixture.args.to_vec();
    args.extend(["-t", template]);
    render_to(dir.path(), &fixture.data(), "cv.pdf", &args)
}

// ---- Reading a Word document ----

/// The parts of a ZIP package, by name, in the package's order.
fn parts(docx: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(docx)).expect("the document is a ZIP file");
    (0..archive.len())
        .map(|index| {
            let mut file = archive.by_index(index).unwrap();
            let mut bytes = Vec::new();
            std::io::Read::read_to_end(&mut file, &mut bytes).unwrap();
            (file.name().to_owned(), bytes)
        })
        .collect()
}

fn part(docx: &[u8], name: &str) -> String {
    let found = parts(docx).into_iter().find(|(part, _)| part == name);
    String::from_utf8(found.unwrap_or_else(|| panic!("no part {name}")).1).expect("a part is UTF-8")
}

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// A paragraph of the body as a reader sees it.
#[derive(Debug, Clone)]
struct Para {
    style: String,
    text: String,
    /// The relationship ids of its hyperlinks.
    links: Vec<String>,
    /// `(ilvl, numId)` of its list numbering, when it has any.
    numbering: Option<(u32, u32)>,
}

fn w_attr<'a>(node: roxmltree::Node<'a, '_>, name: &str) -> Option<&'a str> {
    node.attribute((W, name))
}

fn child<'a, 'i>(node: roxmltree::Node<'a, 'i>, name: &str) -> Option<roxmltree::Node<'a, 'i>> {
    node.children().find(|child| child.has_tag_name((W, name)))
}

/// The paragraphs of `word/document.xml`, in order.
fn paragraphs(docx: &[u8]) -> Vec<Para> {
    let xml = part(docx, "word/document.xml");
    let document = roxmltree::Document::parse(&xml).expect("document.xml is well-formed XML");
    let body = document.root_element().children().find(|node| node.has_tag_name((W, "body"))).expect("a body");
    body.children()
        .filter(|node| node.has_tag_name((W, "p")))
        .map(|paragraph| {
            let properties = child(paragraph, "pPr");
            let style = properties
                .and_then(|p| child(p, "pStyle"))
                .and_then(|s| w_attr(s, "val"))
                .unwrap_or("Normal")
                .to_owned();
            let numbering = properties.and_then(|p| child(p, "numPr")).map(|numbering| {
                let value = |name| {
                    child(numbering, name).and_then(|n| w_attr(n, "val")).and_then(|v| v.parse().ok()).unwrap_or(0)
                };
                (value("ilvl"), value("numId"))
            });
            let mut text = String::new();
            let mut links = Vec::new();
            for node in paragraph.descendants() {
                if node.has_tag_name((W, "t")) {
                    text.push_str(node.text().unwrap_or_default());
                } else if node.has_tag_name((W, "br")) || node.has_tag_name((W, "tab")) {
                    text.push(' ');
                } else if node.has_tag_name((W, "hyperlink")) {
                    links.extend(node.attribute((R, "id")).map(str::to_owned));
                }
            }
            Para { style, text, links, numbering }
        })
        .collect()
}

/// The relationships of a `.rels` part: id to (type, target, external).
fn relationships(xml: &str) -> BTreeMap<String, (String, String, bool)> {
    let document = roxmltree::Document::parse(xml).expect("a .rels part is well-formed XML");
    document
        .root_element()
        .children()
        .filter(|node| node.is_element())
        .map(|node| {
            let get = |name| node.attribute(name).unwrap_or_default().to_owned();
            (get("Id"), (get("Type"), get("Target"), node.attribute("TargetMode") == Some("External")))
        })
        .collect()
}

/// The letters and digits of `text`: what two renderings of the same words
/// share, whatever their punctuation, spacing and line breaks.
fn letters(text: &str) -> String {
    text.chars().filter(|c| c.is_alphanumeric()).collect()
}

/// The text layer of a PDF, as poppler's pdftotext reads it, one string per
/// line; none where poppler-utils is missing outside CI.
fn pdftotext(pdf: &[u8]) -> Option<Vec<String>> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cv.pdf");
    std::fs::write(&path, pdf).unwrap();
    let Ok(output) = Command::new("pdftotext").args(["-enc", "UTF-8"]).arg(&path).arg("-").output() else {
        assert!(std::env::var_os("CI").is_none(), "CI must install poppler-utils for pdftotext");
        eprintln!("skipped: no pdftotext on this machine (apt-get install poppler-utils)");
        return None;
    };
    assert!(output.status.success(), "pdftotext failed");
    Some(String::from_utf8(output.stdout).unwrap().lines().map(str::to_owned).collect())
}

/// The lines of a CV's PDF that are its content: without the running
/// header and footer, which a PDF repeats on every page and a Word
/// document, without headers and footers, leaves out.
fn content_lines(pdf: &[u8], data: &Path) -> Option<Vec<String>> {
    let running: Vec<String> = running_lines(data).iter().map(|line| letters(line)).collect();
    let counter = |line: &str| {
        let parts: Vec<&str> = line.split('/').map(str::trim).collect();
        parts.len() == 2 && parts.iter().all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_digit()))
    };
    Some(
        pdftotext(pdf)?
            .into_iter()
            .filter(|line| {
                let squeezed = letters(line);
                !squeezed.is_empty()
                    && !counter(line)
                    && !running.iter().any(|running| !running.is_empty() && running.contains(&squeezed))
            })
            .collect(),
    )
}

/// The body's text as one string of letters, and where each heading's
/// block starts in it: the title's, each part's and each job's.
struct Blocks {
    text: String,
    starts: Vec<usize>,
}

impl Blocks {
    fn of(paragraphs: &[Para]) -> Blocks {
        let mut text = String::new();
        let mut starts = vec![0];
        for paragraph in paragraphs {
            if matches!(paragraph.style.as_str(), "Title" | "Heading1" | "Heading2") && !text.is_empty() {
                starts.push(text.len());
            }
            text.push_str(&letters(&paragraph.text));
        }
        Blocks { text, starts }
    }

    fn block_at(&self, offset: usize) -> usize {
        self.starts.iter().rposition(|&start| start <= offset).unwrap_or(0)
    }

    fn end_of(&self, block: usize) -> usize {
        self.starts.get(block + 1).copied().unwrap_or(self.text.len())
    }

    /// Where `needle` is, looked for first inside block `block`, then after it.
    fn find(&self, needle: &str, block: usize) -> Option<usize> {
        let start = self.starts[block];
        let end = self.end_of(block);
        if let Some(at) = self.text[start..end].find(needle) {
            return Some(start + at);
        }
        self.text[end..].find(needle).map(|at| end + at)
    }
}

/// A line without the list marker a page sets before an item (`•`, `–`,
/// `1.`, `a.`, `iv.`), which a document's numbering part makes instead.
fn without_marker(line: &str) -> &str {
    let line = line.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{c}');
    for bullet in ["• ", "– ", "- "] {
        if let Some(rest) = line.strip_prefix(bullet) {
            return rest;
        }
    }
    if let Some((marker, rest)) = line.split_once(". ")
        && !marker.is_empty()
        && marker.len() <= 4
        && (marker.chars().all(|c| c.is_ascii_digit()) || marker.chars().all(|c| c.is_ascii_lowercase()))
    {
        return rest;
    }
    line
}

/// The lines of `lines` that are not in the document in their order: each
/// line, or else each of its words, must be found in the block of the last
/// one found or a later block. The order inside a block is free, since a
/// job's head is laid out differently on a page and in a document.
fn out_of_order(lines: &[String], blocks: &Blocks) -> Vec<String> {
    let mut block = 0;
    let mut missing = Vec::new();
    for line in lines {
        let line = without_marker(line);
        let whole = letters(line);
        if let Some(at) = blocks.find(&whole, block) {
            block = blocks.block_at(at);
            continue;
        }
        // Two columns of a page on one line of text: each word on its own.
        for word in line.split_whitespace().map(letters).filter(|word| !word.is_empty()) {
            match blocks.find(&word, block) {
                Some(at) => block = blocks.block_at(at),
                None => {
                    missing.push(format!("{line:?} (the word {word:?})"));
                    break;
                }
            }
        }
    }
    missing
}

/// The lines of `lines` whose letters are nowhere in `text`, neither whole
/// nor word by word.
fn not_contained(lines: &[String], text: &str) -> Vec<String> {
    lines
        .iter()
        .filter(|line| {
            let line = without_marker(line);
            !text.contains(&letters(line))
                && line.split_whitespace().map(letters).any(|word| !word.is_empty() && !text.contains(&word))
        })
        .cloned()
        .collect()
}

// ---- The text ----

#[test]
fn every_text_of_the_pdf_is_in_the_document_in_the_same_order() {
    for fixture in FIXTURES {
        let docx = docx_of(fixture);
        let blocks = Blocks::of(&paragraphs(&docx));
        // `classic` sets the parts in the data's order, as the document
        // does; `print` has a fixed order, so only its texts are compared.
        let Some(classic) = content_lines(&pdf_of(fixture, "classic"), &fixture.data()) else { return };
        assert!(classic.len() > 10, "{}: too little text in the PDF: {classic:?}", fixture.name);
        let missing = out_of_order(&classic, &blocks);
        assert!(
            missing.is_empty(),
            "{}: lines of the PDF missing or out of order in the document: {missing:#?}",
            fixture.name
        );
        let print = content_lines(&pdf_of(fixture, "print"), &fixture.data()).unwrap();
        let missing = not_contained(&print, &blocks.text);
        assert!(missing.is_empty(), "{}: lines of print's PDF missing from the document: {missing:#?}", fixture.name);
    }
}

#[test]
fn the_order_test_can_fail() {
    // The comparison itself: a document with two parts swapped, or a line
    // left out, is caught.
    let para =
        |style: &str, text: &str| Para { style: style.into(), text: text.into(), links: vec![], numbering: None };
    let document = [
        para("Title", "Ann Lee"),
        para("Heading1", "Experience"),
        para("Heading2", "Engineer — Acme"),
        para("Normal", "Built things"),
        para("Heading1", "Skills"),
        para("Normal", "Rust, Go"),
    ];
    let blocks = Blocks::of(&document);
    let lines = |lines: &[&str]| lines.iter().map(|line| line.to_string()).collect::<Vec<_>>();
    assert!(
        out_of_order(
            &lines(&["Ann Lee", "Experience", "Acme Engineer", "Built things", "Skills", "Rust, Go"]),
            &blocks
        )
        .is_empty()
    );
    assert!(!out_of_order(&lines(&["Ann Lee", "Skills", "Rust, Go", "Experience"]), &blocks).is_empty());
    assert!(!out_of_order(&lines(&["Ann Lee", "Hobbies"]), &blocks).is_empty());
}

// ---- Word's styles ----

/// The part titles the contract gives, in its order: what the document's
/// `Heading 1` paragraphs must say.
fn part_titles(cv: &serde_json::Value) -> Vec<String> {
    let text = |value: &serde_json::Value| value.as_str().unwrap_or_default().to_owned();
    let labels = &cv["labels"];
    let empty = |value: &serde_json::Value| value.as_array().is_none_or(Vec::is_empty);
    let mut titles = Vec::new();
    for key in cv["order"].as_array().unwrap() {
        let key = key.as_str().unwrap();
        match key {
            "motto" => {}
            "about" if !empty(&cv["about"]) => titles.push(text(&labels["about"])),
            "experience" if !empty(&cv["experience"]["jobs"]) => {
                titles.push(format!("{} · {}", text(&labels["experience"]), text(&cv["experience"]["total"])))
            }
            "education" if !empty(&cv["education"]["entries"]) => titles.push(text(&cv["education"]["title"])),
            "skills" | "languages" | "courses" if !empty(&cv[key]) => titles.push(text(&labels[key])),
            "about" | "experience" | "education" | "skills" | "languages" | "courses" => {}
            section => {
                for entry in cv["sections"].as_array().unwrap() {
                    if entry["key"] == section && !empty(&entry["body"]) {
                        titles.push(rich_text(&entry["title"]));
                    }
                }
            }
        }
    }
    titles
}

/// Rich text of the contract as plain text.
fn rich_text(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(text) => text.clone(),
        serde_json::Value::Array(nodes) => nodes.iter().map(rich_text).collect(),
        serde_json::Value::Object(node) => match node.get("kind").and_then(|kind| kind.as_str()) {
            Some("code") => rich_text(&node["text"]),
            Some("break") => " ".into(),
            _ => rich_text(&node["body"]),
        },
        _ => String::new(),
    }
}

/// How many list items (nested ones too) `value` holds, in blocks and in
/// the `items` of jobs, roles and projects.
fn list_items(value: &serde_json::Value) -> usize {
    fn items(list: &serde_json::Value) -> usize {
        list.as_array().map_or(0, |items| items.iter().map(|item| 1 + items_of(item)).sum())
    }
    fn items_of(item: &serde_json::Value) -> usize {
        items(&item["items"])
    }
    match value {
        serde_json::Value::Object(map) => {
            let kind = map.get("kind").and_then(|kind| kind.as_str());
            if matches!(kind, Some("list" | "numbered")) {
                return items(&map["items"]);
            }
            map.iter()
                .map(|(key, value)| if key == "items" && kind.is_none() { items(value) } else { list_items(value) })
                .sum()
        }
        serde_json::Value::Array(values) => values.iter().map(list_items).sum(),
        _ => 0,
    }
}

#[test]
fn parts_jobs_and_lists_carry_words_built_in_styles() {
    for fixture in FIXTURES {
        let docx = docx_of(fixture);
        let cv = fixture.contract();
        let paragraphs = paragraphs(&docx);
        let of_style =
            |style: &str| paragraphs.iter().filter(|p| p.style == style).map(|p| p.text.clone()).collect::<Vec<_>>();
        assert_eq!(
            of_style("Title"),
            vec![cv["person"]["name_plain"].as_str().unwrap().to_owned()],
            "{}",
            fixture.name
        );
        assert_eq!(of_style("Heading1"), part_titles(&cv), "{}: the parts' headings", fixture.name);
        let jobs = cv["experience"]["jobs"].as_array().unwrap();
        let job_headings: Vec<(usize, &Para)> =
            paragraphs.iter().enumerate().filter(|(_, p)| p.style == "Heading2").collect();
        let in_experience = job_headings
            .iter()
            .filter(|(_, p)| jobs.iter().any(|job| p.text.contains(&rich_text(&job["company"]))))
            .count();
        assert_eq!(in_experience, jobs.len(), "{}: a Heading 2 for every job", fixture.name);
        for (job, (index, heading)) in jobs.iter().zip(&job_headings) {
            assert!(heading.text.contains(&rich_text(&job["company"])), "{}: {heading:?}", fixture.name);
            let under = &paragraphs[index + 1];
            assert_eq!(under.style, "Date", "{}: the line under {heading:?}", fixture.name);
            assert!(under.text.contains(job["period"]["duration"].as_str().unwrap()), "{}: {under:?}", fixture.name);
        }
        let listed = paragraphs.iter().filter(|p| p.style == "ListBullet" || p.style == "ListNumber").count();
        assert_eq!(
            listed,
            list_items(&cv["about"]) + list_items(&cv["experience"]) + list_items(&cv["sections"]),
            "{}: list items",
            fixture.name
        );
        assert!(listed > 0 || fixture.name == "greek", "{}: the fixture has lists", fixture.name);
        check_styles_and_numbering(&docx, &paragraphs, fixture.name);
    }
}

/// The styles the body names are Word's built-in ones, by their names, and
/// every list paragraph is numbered through the numbering part: bullets
/// for `List Bullet`, numbers from 1 for `List Number`.
fn check_styles_and_numbering(docx: &[u8], paragraphs: &[Para], name: &str) {
    let xml = part(docx, "word/styles.xml");
    let styles = roxmltree::Document::parse(&xml).expect("styles.xml is well-formed XML");
    let names: BTreeMap<String, String> = styles
        .descendants()
        .filter(|node| node.has_tag_name((W, "style")))
        .filter_map(|style| {
            Some((w_attr(style, "styleId")?.to_owned(), w_attr(child(style, "name")?, "val")?.to_owned()))
        })
        .collect();
    for (id, builtin) in [
        ("Normal", "Normal"),
        ("Title", "Title"),
        ("Heading1", "heading 1"),
        ("Heading2", "heading 2"),
        ("ListBullet", "List Bullet"),
        ("ListNumber", "List Number"),
        ("Hyperlink", "Hyperlink"),
    ] {
        assert_eq!(names.get(id).map(String::as_str), Some(builtin), "{name}: the style {id}");
    }
    for paragraph in paragraphs {
        assert!(names.contains_key(&paragraph.style), "{name}: {paragraph:?} names a style styles.xml lacks");
    }

    let xml = part(docx, "word/numbering.xml");
    let numbering = roxmltree::Document::parse(&xml).expect("numbering.xml is well-formed XML");
    let formats: BTreeMap<String, String> = numbering
        .descendants()
        .filter(|node| node.has_tag_name((W, "abstractNum")))
        .filter_map(|definition| {
            let first = definition
                .children()
                .find(|level| level.has_tag_name((W, "lvl")) && w_attr(*level, "ilvl") == Some("0"))?;
            Some((w_attr(definition, "abstractNumId")?.to_owned(), w_attr(child(first, "numFmt")?, "val")?.to_owned()))
        })
        .collect();
    let instances: BTreeMap<u32, String> = numbering
        .descendants()
        .filter(|node| node.has_tag_name((W, "num")))
        .filter_map(|num| {
            Some((w_attr(num, "numId")?.parse().ok()?, w_attr(child(num, "abstractNumId")?, "val")?.to_owned()))
        })
        .collect();
    let mut numbered_lists = std::collections::BTreeSet::new();
    for paragraph in paragraphs.iter().filter(|p| p.style.starts_with("List")) {
        let (_, id) = paragraph.numbering.unwrap_or_else(|| panic!("{name}: {paragraph:?} has no numbering"));
        let format = instances.get(&id).and_then(|definition| formats.get(definition));
        let expected = if paragraph.style == "ListBullet" { "bullet" } else { "decimal" };
        assert_eq!(format.map(String::as_str), Some(expected), "{name}: {paragraph:?}");
        if paragraph.style == "ListNumber" {
            numbered_lists.insert(id);
        }
    }
    // Each numbered list has an instance of its own that starts at 1.
    for id in numbered_lists {
        let instance = numbering
            .descendants()
            .find(|node| node.has_tag_name((W, "num")) && w_attr(*node, "numId") == Some(&id.to_string()));
        let start = instance
            .and_then(|num| num.descendants().find(|node| node.has_tag_name((W, "startOverride"))))
            .and_then(|start| w_attr(start, "val"));
        assert_eq!(start, Some("1"), "{name}: the numbered list {id} restarts at 1");
    }
}

// ---- Links ----

/// Every link target of the contract: contacts, the CV's address, jobs'
/// and courses' sites, and links inside rich text.
fn link_targets(value: &serde_json::Value, key: Option<&str>, out: &mut Vec<String>) {
    match value {
        serde_json::Value::Object(map) => {
            if map.get("kind").and_then(|kind| kind.as_str()) == Some("link") {
                out.extend(map["url"].as_str().map(str::to_owned));
            }
            for (key, value) in map {
                link_targets(value, Some(key), out);
            }
        }
        serde_json::Value::Array(values) => values.iter().for_each(|value| link_targets(value, key, out)),
        serde_json::Value::String(text) => match key {
            Some("url" | "phone_url") => out.push(text.clone()),
            Some("email") => out.push(format!("mailto:{text}")),
            _ => {}
        },
        _ => {}
    }
}

#[test]
fn links_are_real_hyperlinks() {
    for fixture in FIXTURES {
        let docx = docx_of(fixture);
        let cv = fixture.contract();
        let relationships = relationships(&part(&docx, "word/_rels/document.xml.rels"));
        let paragraphs = paragraphs(&docx);
        let mut linked = Vec::new();
        for id in paragraphs.iter().flat_map(|p| &p.links) {
            let (kind, target, external) =
                relationships.get(id).unwrap_or_else(|| panic!("{}: no relationship {id}", fixture.name));
            assert!(kind.ends_with("/hyperlink") && *external, "{}: {id} is {kind}", fixture.name);
            linked.push(target.clone());
        }
        let mut expected = Vec::new();
        // The photo's path is no link.
        let mut contract = cv.clone();
        contract["photo"] = serde_json::Value::Null;
        contract["design"] = serde_json::Value::Null;
        link_targets(&contract, None, &mut expected);
        assert!(!expected.is_empty(), "{}: the fixture has links", fixture.name);
        let missing: Vec<&String> = expected.iter().filter(|url| !linked.contains(url)).collect();
        assert!(missing.is_empty(), "{}: not hyperlinks in the document: {missing:?}", fixture.name);
    }
}

// ---- LibreOffice ----

/// Waits for a child process, killing it after `limit`.
fn wait_at_most(mut child: std::process::Child, limit: Duration, what: &str) -> Output {
    let started = Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            return child.wait_with_output().unwrap();
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{what} did not finish within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// LibreOffice's `soffice`, or none outside CI on a machine without it.
fn soffice() -> Option<PathBuf> {
    let found = ["soffice", "libreoffice"].iter().find_map(|name| {
        let output = Command::new("sh").args(["-c", &format!("command -v {name}")]).output().ok()?;
        output.status.success().then(|| PathBuf::from(String::from_utf8_lossy(&output.stdout).trim()))
    });
    if found.is_none() {
        assert!(std::env::var_os("CI").is_none(), "CI must install LibreOffice (libreoffice-writer-nogui)");
        eprintln!("skipped: no LibreOffice on this machine (apt-get install libreoffice-writer-nogui)");
    }
    found
}

/// Converts `files` of `dir` to PDFs in `dir/out` with LibreOffice, in a
/// profile of its own so that no other LibreOffice shares it, within five
/// minutes.
fn convert_to_pdf(soffice: &Path, dir: &Path, files: &[String]) -> Output {
    let profile = format!("-env:UserInstallation=file://{}", dir.join("profile").display());
    let child = Command::new(soffice)
        .current_dir(dir)
        .args([profile.as_str(), "--headless", "--norestore", "--convert-to", "pdf", "--outdir", "out"])
        .args(files)
        .env("HOME", dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let output = wait_at_most(child, Duration::from_secs(300), "LibreOffice");
    assert!(output.status.success(), "LibreOffice failed: {}", String::from_utf8_lossy(&output.stderr));
    output
}

#[test]
fn libreoffice_converts_every_fixture_and_its_pdf_has_the_cv_text() {
    let Some(soffice) = soffice() else { return };
    let dir = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    for fixture in FIXTURES {
        let name = format!("{}.docx", fixture.name);
        let docx = docx_of(fixture);
        check_package(&docx, fixture.name);
        std::fs::write(dir.path().join(&name), docx).unwrap();
        files.push(name);
    }
    let output = convert_to_pdf(&soffice, dir.path(), &files);
    for fixture in FIXTURES {
        let converted =
            std::fs::read(dir.path().join("out").join(format!("{}.pdf", fixture.name))).unwrap_or_else(|_| {
                panic!("{}: LibreOffice wrote no PDF: {}", fixture.name, String::from_utf8_lossy(&output.stdout))
            });
        let Some(converted) = pdftotext(&converted) else { return };
        let converted = letters(&converted.join(" "));
        let printed = content_lines(&pdf_of(fixture, "classic"), &fixture.data()).unwrap();
        let missing = not_contained(&printed, &converted);
        assert!(missing.is_empty(), "{}: text of the CV missing from LibreOffice's PDF: {missing:#?}", fixture.name);
    }
}

/// What a word processor checks before it opens a file without a repair
/// prompt: every part is well-formed XML (or the photo), `[Content_Types].xml`
/// comes first and gives every part a type, and every internal
/// relationship points at a part that is there.
fn check_package(docx: &[u8], name: &str) {
    let parts = parts(docx);
    assert_eq!(parts[0].0, "[Content_Types].xml", "{name}: the content types come first");
    let types = roxmltree::Document::parse(std::str::from_utf8(&parts[0].1).unwrap()).unwrap();
    let defaults: Vec<String> = types
        .descendants()
        .filter(|n| n.tag_name().name() == "Default")
        .filter_map(|n| n.attribute("Extension"))
        .map(str::to_owned)
        .collect();
    let overrides: Vec<String> = types
        .descendants()
        .filter(|n| n.tag_name().name() == "Override")
        .filter_map(|n| n.attribute("PartName"))
        .map(str::to_owned)
        .collect();
    let names: Vec<&str> = parts.iter().map(|(part, _)| part.as_str()).collect();
    for (part, bytes) in &parts {
        if part.ends_with(".xml") || part.ends_with(".rels") {
            let text = std::str::from_utf8(bytes).unwrap_or_else(|_| panic!("{name}: {part} is not UTF-8"));
            roxmltree::Document::parse(text)
                .unwrap_or_else(|error| panic!("{name}: {part} is not well-formed: {error}"));
        }
        if part != "[Content_Types].xml" {
            let extension = part.rsplit('.').next().unwrap();
            assert!(
                overrides.contains(&format!("/{part}")) || defaults.iter().any(|d| d == extension),
                "{name}: {part} has no content type"
            );
        }
        if let Some(folder) = part.strip_suffix(".rels") {
            let base = folder.replace("_rels/", "");
            let base = Path::new(&base).parent().unwrap_or(Path::new("")).to_path_buf();
            for (id, (_, target, external)) in relationships(std::str::from_utf8(bytes).unwrap()) {
                if !external {
                    let resolved = base.join(&target).to_string_lossy().replace('\\', "/");
                    let resolved = resolved.trim_start_matches('/');
                    assert!(names.contains(&resolved), "{name}: {part} {id} points at {resolved}, which is missing");
                }
            }
        }
    }
    for overridden in &overrides {
        assert!(names.contains(&overridden.trim_start_matches('/')), "{name}: {overridden} has a type but is missing");
    }
}

// ---- Reproducible ----

#[test]
fn the_same_inputs_give_the_same_bytes_at_any_time_zone_and_locale() {
    let fixture = &FIXTURES[1];
    let dir = tempfile::tempdir().unwrap();
    let data = fixture.data();
    let mut outputs = Vec::new();
    for (tz, locale) in
        [("UTC", "C"), ("Pacific/Kiritimati", "ru_RU.UTF-8"), ("America/Los_Angeles", "de_DE.UTF-8"), ("UTC", "C")]
    {
        let output = cvpdf()
            .current_dir(dir.path())
            .args(["render", data.to_str().unwrap(), "-o", "cv.docx", "-q"])
            .env("TZ", tz)
            .env("LC_ALL", locale)
            .env("LANG", locale)
            .output()
            .unwrap();
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        outputs.push(std::fs::read(dir.path().join("cv.docx")).unwrap());
    }
    assert!(outputs.windows(2).all(|pair| pair[0] == pair[1]), "the document differs between runs");
    // Every entry carries the one fixed timestamp, not the time of the run.
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(&outputs[0])).unwrap();
    for index in 0..archive.len() {
        let file = archive.by_index(index).unwrap();
        let time = file.last_modified().expect("a timestamp");
        assert_eq!(
            (time.year(), time.month(), time.day(), time.hour(), time.minute()),
            (1980, 1, 1, 0, 0),
            "{}",
            file.name()
        );
    }
    // The library gives the same bytes again within one process, as `watch` does.
    let prepared = cvpdf::prepare(&fixture.options()).unwrap();
    assert_eq!(prepared.docx().unwrap(), prepared.docx().unwrap());
    assert_eq!(prepared.docx().unwrap(), outputs[0]);
}

// ---- Setup: page, language, fonts, properties, photo ----

/// The `w:` attributes of the first element called `name` in `xml`.
fn first<'a>(document: &'a roxmltree::Document, name: &str) -> roxmltree::Node<'a, 'a> {
    document.descendants().find(|node| node.has_tag_name((W, name))).unwrap_or_else(|| panic!("no w:{name}"))
}

#[test]
fn page_margins_language_and_fonts_come_from_the_design_and_the_data() {
    let dir = tempfile::tempdir().unwrap();
    let russian = root().join(FIXTURES[0].data);
    let docx = render_to(dir.path(), &russian, "a.docx", &[]);
    let document = part(&docx, "word/document.xml");
    let document = roxmltree::Document::parse(&document).unwrap();
    let size = first(&document, "pgSz");
    assert_eq!((w_attr(size, "w"), w_attr(size, "h")), (Some("11906"), Some("16838")), "A4 by default");
    let styles = part(&docx, "word/styles.xml");
    let styles = roxmltree::Document::parse(&styles).unwrap();
    assert_eq!(w_attr(first(&styles, "lang"), "val"), Some("ru-RU"));
    assert_eq!(w_attr(first(&styles, "rFonts"), "ascii"), Some("Arial"), "the template's Inter gives way to Arial");

    let docx = render_to(
        dir.path(),
        &russian,
        "b.docx",
        &["--set", "design.page=letter", "--set", "design.margin=20mm", "--set", "design.font=PT Serif"],
    );
    let document = part(&docx, "word/document.xml");
    let document = roxmltree::Document::parse(&document).unwrap();
    let size = first(&document, "pgSz");
    assert_eq!((w_attr(size, "w"), w_attr(size, "h")), (Some("12240"), Some("15840")), "US Letter");
    let margin = first(&document, "pgMar");
    for side in ["top", "right", "bottom", "left"] {
        assert_eq!(w_attr(margin, side), Some("1134"), "20 mm on the {side}");
    }
    let styles = part(&docx, "word/styles.xml");
    let styles = roxmltree::Document::parse(&styles).unwrap();
    assert_eq!(w_attr(first(&styles, "rFonts"), "ascii"), Some("PT Serif"), "the font the data names");

    // English as the data writes it, and Chinese characters in an East Asian family.
    let docx = docx_of(&FIXTURES[1]);
    let styles = part(&docx, "word/styles.xml");
    let styles = roxmltree::Document::parse(&styles).unwrap();
    assert_eq!(w_attr(first(&styles, "lang"), "val"), Some("en-GB"));
    assert_eq!(w_attr(first(&styles, "rFonts"), "eastAsia"), None);
    let docx = docx_of(&FIXTURES[2]);
    let styles = part(&docx, "word/styles.xml");
    let styles = roxmltree::Document::parse(&styles).unwrap();
    assert_eq!(w_attr(first(&styles, "lang"), "eastAsia"), Some("zh-CN"));
    assert_eq!(w_attr(first(&styles, "rFonts"), "eastAsia"), Some("Microsoft YaHei"));
    // No font is embedded.
    assert!(parts(&docx).iter().all(|(name, _)| !name.starts_with("word/fonts/") && !name.ends_with(".odttf")));
}

#[test]
fn core_properties_are_the_pdfs_title_author_subject_and_keywords() {
    let fixture = &FIXTURES[1];
    let docx = docx_of(fixture);
    let core = part(&docx, "docProps/core.xml");
    let core = roxmltree::Document::parse(&core).unwrap();
    let field = |name: &str| {
        core.root_element()
            .children()
            .find(|node| node.tag_name().name() == name)
            .and_then(|node| node.text())
            .map(str::to_owned)
    };
    let pdf = pdf_of(fixture, "print");
    let pdf = lopdf::Document::load_mem(&pdf).unwrap();
    let info = pdf.trailer.get(b"Info").and_then(|info| pdf.dereference(info)).unwrap().1.as_dict().unwrap().clone();
    let pdf_field = |name: &[u8]| {
        let object = info.get(name).ok()?;
        let bytes = object.as_str().ok()?;
        // PDF text strings are UTF-16 with a byte order mark, or PDFDocEncoding.
        Some(if bytes.starts_with(&[0xfe, 0xff]) {
            let units: Vec<u16> = bytes[2..].chunks(2).map(|pair| u16::from_be_bytes([pair[0], pair[1]])).collect();
            String::from_utf16(&units).unwrap()
        } else {
            String::from_utf8_lossy(bytes).into_owned()
        })
    };
    assert_eq!(field("title"), pdf_field(b"Title"));
    assert_eq!(field("creator"), pdf_field(b"Author"));
    assert_eq!(field("subject"), pdf_field(b"Subject"));
    assert_eq!(field("keywords"), pdf_field(b"Keywords"));
    assert_eq!(
        field("keywords").unwrap(),
        "Kubernetes, Terraform, Go, Java, C and C++, Python, PostgreSQL, Kafka, Prometheus, Incident management, Capacity planning, Hiring and mentoring"
    );
}

#[test]
fn the_photo_is_inline_and_left_out_when_asked() {
    let fixture = &FIXTURES[1];
    let dir = tempfile::tempdir().unwrap();
    let data = fixture.data();
    let with = render_to(dir.path(), &data, "with.docx", &[]);
    let document = part(&with, "word/document.xml");
    assert!(document.contains("<wp:inline"), "the photo is inline");
    assert!(!document.contains("<wp:anchor"), "nothing floats");
    let photo = parts(&with)
        .into_iter()
        .find(|(name, _)| name.starts_with("word/media/"))
        .expect("the photo is in the package");
    assert!(photo.1.starts_with(&[0xff, 0xd8]), "the photo is a JPEG");
    for args in [&["--no-photo"][..], &["--set", "design.hide=[photo]"]] {
        let without = render_to(dir.path(), &data, "without.docx", args);
        assert!(!part(&without, "word/document.xml").contains("<w:drawing"), "{args:?}");
        assert!(parts(&without).iter().all(|(name, _)| !name.starts_with("word/media/")), "{args:?}");
    }
}

#[test]
fn nothing_but_paragraphs_carries_content() {
    for fixture in FIXTURES {
        let docx = docx_of(fixture);
        let document = part(&docx, "word/document.xml");
        for element in [
            "<w:tbl",
            "<w:txbxContent",
            "<w:cols",
            "<w:headerReference",
            "<w:footerReference",
            "<wp:anchor",
            "<w:framePr",
        ] {
            assert!(!document.contains(element), "{}: the document has {element}", fixture.name);
        }
        assert!(
            parts(&docx).iter().all(|(name, _)| !name.contains("header") && !name.contains("footer")),
            "{}",
            fixture.name
        );
    }
}

// ---- Hostile data ----

#[test]
fn markup_and_xml_in_the_data_are_text_in_the_document() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("cv.yaml");
    std::fs::write(
        &data,
        "lang: en\nupdated: \"2026-01-01\"\nperson:\n  name: \"Ann <w:p/> & Lee\"\n  contacts:\n    links:\n      - label: \"]]> x\"\n        url: \"https://example.org/?a=1&b=<2>\"\n\
         headline: \"Dev \\\"quoted\\\" 'single' </w:t></w:r>\"\nabout:\n  - \"**bold** *italic* `<code>` [site](https://example.org/\\\"x) end\"\n",
    )
    .unwrap();
    let docx = render_to(dir.path(), &data, "cv.docx", &[]);
    let paragraphs = paragraphs(&docx);
    let texts: Vec<&str> = paragraphs.iter().map(|p| p.text.as_str()).collect();
    assert!(texts.contains(&"Ann <w:p/> & Lee"), "{texts:?}");
    assert!(texts.contains(&"Dev \"quoted\" 'single' </w:t></w:r>"), "{texts:?}");
    assert!(texts.contains(&"bold italic <code> site end"), "{texts:?}");
    let relationships = relationships(&part(&docx, "word/_rels/document.xml.rels"));
    let targets: Vec<&str> = relationships.values().map(|(_, target, _)| target.as_str()).collect();
    assert!(targets.contains(&"https://example.org/?a=1&b=<2>"), "{targets:?}");
}

// ---- Writing the file ----

#[test]
fn a_document_over_an_existing_file_is_replaced_whole_or_not_at_all() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("cv.yaml");
    std::fs::copy(root().join(FIXTURES[3].data), &data).unwrap();
    // The fixture names its photo relative to its own folder.
    let text = std::fs::read_to_string(&data).unwrap().replace("photo: ../long-russian/photo.jpg\n", "");
    std::fs::write(&data, &text).unwrap();
    let out = dir.path().join("cv.docx");
    std::fs::write(&out, b"the previous document").unwrap();
    // A second name for the old file: a write in place would change it too.
    std::fs::hard_link(&out, dir.path().join("previous.docx")).unwrap();
    let first = run_in(dir.path(), &["render", "cv.yaml", "-o", "cv.docx", "-q"]);
    assert!(first.status.success(), "{}", String::from_utf8_lossy(&first.stderr));
    assert!(std::fs::read(&out).unwrap().starts_with(b"PK\x03\x04"), "the document was written");
    assert_eq!(std::fs::read(dir.path().join("previous.docx")).unwrap(), b"the previous document", "written in place");

    let written = std::fs::read(&out).unwrap();
    std::fs::write(&data, text.replace("start: \"2015-01\"", "start: \"2015-13\"")).unwrap();
    let failed = run_in(dir.path(), &["render", "cv.yaml", "-o", "cv.docx"]);
    assert_eq!(failed.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&failed.stderr);
    assert!(stderr.contains("cv.yaml:") && stderr.contains("start"), "{stderr}");
    assert_eq!(std::fs::read(&out).unwrap(), written, "a failed render changed the document");
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["cv.docx", "cv.yaml", "previous.docx"], "a temporary file was left behind");

    // Its own data is never overwritten.
    std::fs::write(&data, &text).unwrap();
    let output = run_in(dir.path(), &["render", "cv.yaml", "-f", "docx", "-o", "cv.yaml"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("would overwrite"));
}

#[test]
fn options_for_pages_and_pdfs_are_refused_as_usage_errors() {
    let dir = tempfile::tempdir().unwrap();
    let data = root().join(FIXTURES[3].data);
    for args in [&["--fit", "1"][..], &["--pdf-standard", "a-2b"], &["--font-path", "."], &["--no-anchors"]] {
        let mut all = vec!["render", data.to_str().unwrap(), "-o", "cv.docx"];
        all.extend_from_slice(args);
        let output = run_in(dir.path(), &all);
        assert_eq!(output.status.code(), Some(2), "{args:?}: a usage error");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains("does not apply to Word output"), "{args:?}: {stderr}");
    }
    assert!(!dir.path().join("cv.docx").exists());
    // `-f docx` to standard output is the document's bytes.
    let output = run_in(dir.path(), &["render", data.to_str().unwrap(), "-f", "docx", "-o", "-", "-q"]);
    assert!(output.status.success());
    assert!(output.stdout.starts_with(b"PK\x03\x04"));
}

#[test]
fn watch_writes_the_document_again_after_an_edit() {
    use std::io::{BufRead, BufReader};

    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("cv.yaml");
    let seed = std::fs::read_to_string(root().join(FIXTURES[4].data)).unwrap();
    std::fs::write(&data, &seed).unwrap();
    let mut child = cvpdf()
        .current_dir(dir.path())
        .args(["watch", "cv.yaml", "-o", "cv.docx"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let (sender, lines) = std::sync::mpsc::channel();
    let stderr = child.stderr.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if sender.send(line).is_err() {
                break;
            }
        }
    });
    let expect = |wanted: &str| loop {
        match lines.recv_timeout(Duration::from_secs(60)) {
            Ok(line) if line.contains(wanted) => break,
            Ok(_) => {}
            Err(_) => panic!("cvpdf watch printed no line with {wanted:?}"),
        }
    };
    expect("watching");
    let first = std::fs::read(dir.path().join("cv.docx")).unwrap();
    assert!(paragraphs(&first).iter().any(|p| p.text == "Backend developer"));
    let temp = dir.path().join("cv.yaml.swp");
    std::fs::write(&temp, seed.replacen("headline: Backend developer", "headline: Platform developer", 1)).unwrap();
    std::fs::rename(&temp, &data).unwrap();
    expect("cv.docx:");
    let second = std::fs::read(dir.path().join("cv.docx")).unwrap();
    let _ = child.kill();
    let _ = child.wait();
    assert!(paragraphs(&second).iter().any(|p| p.text == "Platform developer"), "the edit did not reach the document");
}

#[test]
fn a_right_to_left_document_keeps_its_phone_as_written_and_its_bullets_at_the_start() {
    // A Hebrew CV with a phone number and a job's list, converted by
    // LibreOffice: the number reads «+972 50 123 4567», drawn with its plus
    // at the left; each bullet stands right of its item, where the line
    // starts.
    let Some(soffice) = soffice() else { return };
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(root().join("examples/i18n/he/cv.yaml")).unwrap();
    assert!(text.contains("    email: ") && text.contains("    items:"), "the Hebrew example changed its shape");
    let data = dir.path().join("cv.yaml");
    std::fs::write(&data, text.replacen("    email: ", "    phone: \"+972 50 123 4567\"\n    email: ", 1)).unwrap();
    std::fs::write(dir.path().join("he.docx"), render_to(dir.path(), &data, "x.docx", &[])).unwrap();
    convert_to_pdf(&soffice, dir.path(), &["he.docx".to_owned()]);
    let converted = std::fs::read(dir.path().join("out/he.pdf")).expect("LibreOffice wrote a PDF");
    let Some(lines) = pdftotext(&converted) else { return };
    assert!(lines.iter().any(|line| line.contains("+972 50 123 4567")), "{lines:#?}");
    let Some(words) = crate::common::words(&converted) else { return };
    let plus = words.iter().find(|word| word.text.contains("972")).unwrap();
    let last = words.iter().find(|word| word.text.contains("4567")).unwrap();
    assert!(plus.left < last.left, "the phone is drawn {} … {}", plus.text, last.text);
    let bullets: Vec<&crate::common::Word> = words.iter().filter(|word| word.text == "•").collect();
    assert!(!bullets.is_empty(), "no bullet in the document");
    for bullet in bullets {
        let item = words
            .iter()
            .filter(|word| word.page == bullet.page && (word.top - bullet.top).abs() < 4.0 && word.text != "•")
            .map(|word| word.right)
            .fold(0.0, f64::max);
        assert!(bullet.left > item, "a bullet at {} stands left of its item ending at {item}", bullet.left);
    }
}
