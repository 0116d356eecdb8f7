//! The web page: `--format md` (Markdown for a static site generator) and
//! `--format html` (one self-contained page), read back by a CommonMark
//! parser, an HTML5 parser and a real browser.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use markup5ever_rcdom::{Handle, NodeData, RcDom};
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use crate::common::*;

/// The anchors of the long fixture's parts and of its jobs with an id, in
/// the order the data asks for.
const LONG_CV_ANCHORS: &[&str] = &[
    "roles",
    "opensource",
    "preferred",
    "samples",
    "want",
    "except",
    "experience",
    "severnaya",
    "kassa",
    "education",
    "rest",
    "languages",
    "hobbies",
    "personal",
];

/// Renders `data` into a fresh folder with `args`; returns the folder and
/// the output.
fn render_in(data: &Path, out: &str, args: &[&str]) -> (tempfile::TempDir, Output) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join(out);
    let mut all = vec!["render", data.to_str().unwrap(), "-o", out.to_str().unwrap(), "-q"];
    all.extend_from_slice(args);
    let output = run_in(dir.path(), &all);
    (dir, output)
}

/// The page `data` renders to, as text.
fn page(data: &Path, out: &str, args: &[&str]) -> String {
    let (dir, output) = render_in(data, out, args);
    assert!(output.status.success(), "cvpdf failed: {}", String::from_utf8_lossy(&output.stderr));
    std::fs::read_to_string(dir.path().join(out)).unwrap()
}

/// A CV whose every text field tries to be markup: Markdown, HTML, script,
/// the template tags of Hugo, Jekyll and Zola.
fn hostile_cv(dir: &Path) -> PathBuf {
    let yaml = r##"
lang: en
updated: "2026-02-08"
url: https://example.org/cv/
person:
  name: "Eve </script><script>alert('name')</script> O'Hara & <b>Co</b>"
  location: "{{< shortcode >}} {% include secret %}"
  contacts:
    email: eve@example.org
    links:
      - label: "<img src=x onerror=alert(1)>"
        url: https://example.org/eve?a=1&b="2"
headline: "Hacker \\*not bold\\* <!-- comment --> {{ .Site.Title }}"
motto:
  text: "1986. Not a list"
  author: "- not a list either"
about:
  - "# Not a heading"
  - "> not a quote"
  - list:
      - "+ not nested"
      - "1) not numbered"
      - "a | b | c"
experience:
  - company: "ACME <i>"
    id: acme
    title: "Dev & Ops {#evil}"
    start: "2020-01"
    end: present
    items:
      - "`code {{ x }} {% y %}`"
      - "[click me](https://example.org/x?a=1&b=2#top)"
      - "&amp; &copy; &#35; ~~strike~~ $math$ ^sup^"
skills: ["C#", "F# #", "<b>", "a|b", "\\[x\\](y)"]
sections:
  - title: "<script>alert('title')</script>"
    id: hostile
    body:
      - "<script>alert(1)</script>"
      - "[not a link] [^1] {.class}"
      - "line _one_ and **two**"
"##;
    let path = dir.join("cv.yaml");
    std::fs::write(&path, yaml).unwrap();
    path
}

fn reader_options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_DEFINITION_LIST
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
}

/// What a Markdown reader gets: the text (breaks as newlines), the
/// headings with their level and id, and any raw HTML it found.
pub(crate) struct Read {
    pub(crate) text: String,
    headings: Vec<(HeadingLevel, Option<String>, String)>,
    html: Vec<String>,
    front_matter: Option<String>,
}

pub(crate) fn read_markdown(markdown: &str) -> Read {
    let mut read = Read { text: String::new(), headings: Vec::new(), html: Vec::new(), front_matter: None };
    let mut heading: Option<(HeadingLevel, Option<String>, String)> = None;
    let mut in_front_matter = false;
    for event in Parser::new_ext(markdown, reader_options()) {
        match event {
            Event::Start(Tag::MetadataBlock(_)) => in_front_matter = true,
            Event::End(TagEnd::MetadataBlock(_)) => in_front_matter = false,
            Event::Text(text) if in_front_matter => read.front_matter = Some(text.into_string()),
            Event::Start(Tag::Heading { level, id, .. }) => {
                heading = Some((level, id.map(|id| id.into_string()), String::new()))
            }
            Event::End(TagEnd::Heading(_)) => {
                read.headings.extend(heading.take());
                read.text.push('\n');
            }
            Event::Text(text) | Event::Code(text) => {
                if let Some((_, _, title)) = &mut heading {
                    title.push_str(&text);
                }
                read.text.push_str(&text);
            }
            Event::SoftBreak | Event::HardBreak => read.text.push('\n'),
            Event::End(TagEnd::Paragraph | TagEnd::Item) => read.text.push('\n'),
            Event::Html(html) | Event::InlineHtml(html) => read.html.push(html.into_string()),
            _ => {}
        }
    }
    read
}

/// The text a site shows for a Markdown page: its front matter's title and
/// description (the theme prints them), then its body.
fn site_text(read: &Read) -> String {
    let front: serde_yaml::Value =
        read.front_matter.as_deref().map(|yaml| serde_yaml::from_str(yaml).unwrap()).unwrap_or_default();
    let field = |key: &str| front[key].as_str().unwrap_or_default().to_owned();
    format!("{}\n{}\n{}", field("title"), field("description"), read.text)
}

fn missing_texts(texts: &[String], page_text: &str) -> Vec<String> {
    let page = squeeze(page_text);
    texts.iter().filter(|text| !page.contains(&squeeze(text))).cloned().collect()
}

#[test]
fn markdown_of_the_long_fixture_has_its_parts_and_anchors_in_order() {
    let markdown = page(&long_cv(), "cv.md", &[]);
    let read = read_markdown(&markdown);
    let ids: Vec<&str> = read.headings.iter().filter_map(|(_, id, _)| id.as_deref()).collect();
    let in_order: Vec<&str> = ids.iter().copied().filter(|id| LONG_CV_ANCHORS.contains(id)).collect();
    assert_eq!(in_order, LONG_CV_ANCHORS, "anchors in the Markdown: {ids:?}");
    // Parts are `##`, jobs `###`.
    let level_of = |wanted: &str| read.headings.iter().find(|(_, id, _)| id.as_deref() == Some(wanted)).unwrap().0;
    assert_eq!(level_of("roles"), HeadingLevel::H2);
    assert_eq!(level_of("experience"), HeadingLevel::H2);
    assert_eq!(level_of("severnaya"), HeadingLevel::H3);
    // A job's heading carries its period and duration.
    let first_job = &read.headings.iter().find(|(_, id, _)| id.as_deref() == Some("severnaya")).unwrap().2;
    assert_eq!(first_job, "Главный архитектор (март 2022 — по настоящее время, 4 года)");
    // The parts' headings, word for word (the built-in parts use cvpdf's labels).
    for title in ["Роли", "Открытый код", "Мой выбор", "Примеры проектов", "Что ищу", "Что не ищу", "Опыт работы"]
    {
        assert!(read.headings.iter().any(|(_, _, text)| text.starts_with(title)), "no heading {title:?}");
    }
    // Bold, links and lists come from the data's inline Markdown.
    assert!(markdown.contains("* **Po**stgreSQL - я писал под Oracle"), "bold inside a word is lost");
    assert!(markdown.contains("[свой сервер](https://git.example.org/isamoylov)"), "a link is lost");
    assert!(markdown.contains("готова использовать `Makefile`, `git submodule`, `plpgsql`"));
    assert!(
        markdown.ends_with("\n---\n\n[https://samoylov.example.org/cv/](https://samoylov.example.org/cv/)\n"),
        "no address at the end"
    );
}

#[test]
fn every_data_text_reads_back_from_the_markdown() {
    for data in [long_cv(), root().join("examples/en/cv.yaml"), root().join("examples/minimal/cv.yaml")] {
        let markdown = page(&data, "cv.md", &[]);
        let read = read_markdown(&markdown);
        let missing = missing_texts(&data_texts(&data), &site_text(&read));
        assert!(missing.is_empty(), "{}: missing from the Markdown: {missing:#?}", data.display());
        assert!(read.html.is_empty(), "{}: raw HTML in the Markdown: {:?}", data.display(), read.html);
    }
}

#[test]
fn markup_in_the_data_reads_back_as_the_same_text_from_the_markdown() {
    let dir = tempfile::tempdir().unwrap();
    let data = hostile_cv(dir.path());
    let markdown = page(&data, "cv.md", &["--no-photo"]);
    let read = read_markdown(&markdown);
    assert!(read.html.is_empty(), "data became HTML: {:?}\n{markdown}", read.html);
    let missing = missing_texts(&data_texts(&data), &site_text(&read));
    assert!(missing.is_empty(), "missing or changed: {missing:#?}\n{markdown}");
    // Each hostile line reads back as exactly its own line.
    let lines: Vec<&str> = read.text.lines().collect();
    for expected in [
        "# Not a heading",
        "> not a quote",
        "+ not nested",
        "1) not numbered",
        "a | b | c",
        "<script>alert(1)</script>",
        "[not a link] [^1] {.class}",
        "code {{ x }} {% y %}",
        "click me",
        "& © # ~~strike~~ $math$ ^sup^",
    ] {
        assert!(lines.contains(&expected), "no line {expected:?} in {lines:#?}");
    }
    // Only the real parts are headings; the data's `{#evil}` is text.
    let ids: Vec<_> = read.headings.iter().filter_map(|(_, id, _)| id.clone()).collect();
    // The introduction (motto and about, before any headed part) has no heading.
    assert_eq!(ids, ["experience", "acme", "skills", "hostile"]);
    for tag in ["{{", "{%"] {
        assert!(!markdown.contains(tag), "{tag} reached the Markdown:\n{markdown}");
    }
}

#[test]
fn markdown_front_matter_parses_for_hugo_jekyll_and_zola() {
    for generator in ["hugo", "jekyll", "zola"] {
        let markdown = page(&long_cv(), "cv.md", &["--front-matter", generator]);
        let front = read_markdown(&markdown).front_matter.unwrap_or_else(|| panic!("{generator}: no front matter"));
        let yaml: serde_yaml::Value = serde_yaml::from_str(&front).unwrap();
        assert_eq!(yaml["title"].as_str(), Some("Самойлов Игорь Валентинович"), "{generator}");
        assert_eq!(yaml["description"].as_str(), Some("Архитектор, Тимлид, Rust/Pg-разработчик"), "{generator}");
        assert_eq!(yaml["date"].as_str(), Some("2026-02-08"), "{generator}");
        let image = if generator == "zola" { &yaml["extra"]["image"] } else { &yaml["image"] };
        assert_eq!(image.as_str(), Some("cv.jpg"), "{generator}: {front}");
    }
    let bare = page(&long_cv(), "cv.md", &["--front-matter", "none"]);
    assert!(bare.starts_with("# Самойлов Игорь Валентинович\n"), "{}", &bare[..80]);
}

#[test]
fn markdown_anchors_can_be_switched_off() {
    let markdown = page(&long_cv(), "cv.md", &["--no-anchors"]);
    assert!(!markdown.contains("{#"), "an anchor is left");
    assert!(read_markdown(&markdown).headings.iter().all(|(_, id, _)| id.is_none()));
}

#[test]
fn markdown_writes_the_photo_beside_it_and_refers_to_it() {
    let (dir, output) = render_in(&long_cv(), "index.md", &[]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let photo = std::fs::read(dir.path().join("index.jpg")).expect("the photo is written beside the page");
    assert_eq!(&photo[..2], [0xff, 0xd8], "not a JPEG");
    let markdown = std::fs::read_to_string(dir.path().join("index.md")).unwrap();
    assert!(markdown.contains("\n![Самойлов Игорь Валентинович](index.jpg)\n"), "no image reference");

    let (dir, output) = render_in(&long_cv(), "cv.md", &["--no-photo"]);
    assert!(output.status.success());
    assert!(!dir.path().join("cv.jpg").exists());
    assert!(!std::fs::read_to_string(dir.path().join("cv.md")).unwrap().contains("!["));
}

#[test]
fn markdown_never_overwrites_the_photo_it_is_made_from() {
    let dir = tempfile::tempdir().unwrap();
    let yaml = std::fs::read_to_string(long_cv()).unwrap().replace("photo: photo.jpg", "photo: cv.jpg");
    std::fs::write(dir.path().join("cv.yaml"), yaml).unwrap();
    std::fs::copy(long_dir().join("photo.jpg"), dir.path().join("cv.jpg")).unwrap();
    let before = std::fs::read(dir.path().join("cv.jpg")).unwrap();
    let output = run_in(dir.path(), &["render", "cv.yaml", "-o", "cv.md"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("would overwrite the photo it is made from"), "{stderr}");
    assert_eq!(std::fs::read(dir.path().join("cv.jpg")).unwrap(), before);
    assert!(!dir.path().join("cv.md").exists());
}

#[test]
fn web_pages_are_the_same_bytes_for_the_same_inputs() {
    for (out, photo) in [("cv.md", Some("cv.jpg")), ("cv.html", None)] {
        let (first, _) = render_in(&long_cv(), out, &[]);
        let (second, _) = render_in(&long_cv(), out, &[]);
        let read = |dir: &tempfile::TempDir, name: &str| std::fs::read(dir.path().join(name)).unwrap();
        assert_eq!(read(&first, out), read(&second, out), "{out} differs between runs");
        if let Some(photo) = photo {
            assert_eq!(read(&first, photo), read(&second, photo));
        }
    }
}

#[test]
fn options_that_do_not_apply_to_a_web_format_are_errors() {
    for args in [
        &["-f", "md", "-t", "classic"][..],
        &["-f", "html", "--front-matter", "zola"],
        &["-f", "html", "--no-anchors"],
        &["-f", "html", "--pdf-standard", "ua-1"],
        &["-f", "html", "-t", "print"],
    ] {
        let (_, output) = render_in(&long_cv(), "out", args);
        let stderr = String::from_utf8_lossy(&output.stderr);
        // An option the format ignores is a usage error; a template of the
        // other kind is the template's.
        let (code, words) = if args.contains(&"print") { (1, "is a PDF template") } else { (2, "does not apply") };
        assert_eq!(output.status.code(), Some(code), "{args:?}: {stderr}");
        assert!(stderr.contains(words), "{args:?}: {stderr}");
    }
}

#[test]
fn an_id_that_cannot_be_an_anchor_is_an_error_at_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let yaml = std::fs::read_to_string(long_cv()).unwrap().replace("    id: severnaya\n", "    id: \"sever naya\"\n");
    let line = yaml.lines().position(|line| line.contains("sever naya")).unwrap() + 1;
    std::fs::write(dir.path().join("cv.yaml"), yaml).unwrap();
    std::fs::copy(long_dir().join("photo.jpg"), dir.path().join("photo.jpg")).unwrap();
    let output = run_in(dir.path(), &["render", "cv.yaml", "-o", "cv.html"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains(&format!("cv.yaml:{line}:")) && stderr.contains("experience[0].id"), "{stderr}");
}

// ---- HTML ----

pub(crate) fn parse_html(html: &str) -> (RcDom, Vec<String>) {
    use html5ever::tendril::TendrilSink;
    let dom = html5ever::parse_document(RcDom::default(), Default::default()).one(html);
    let errors = dom.errors.borrow().iter().map(|error| error.to_string()).collect();
    (dom, errors)
}

/// An element: its name, its attributes, and the node.
type Element = (String, Vec<(String, String)>, Handle);

/// Every element under `node`, depth first.
fn elements(node: &Handle, out: &mut Vec<Element>) {
    if let NodeData::Element { name, attrs, .. } = &node.data {
        let attrs = attrs.borrow().iter().map(|attr| (attr.name.local.to_string(), attr.value.to_string())).collect();
        out.push((name.local.to_string(), attrs, node.clone()));
    }
    for child in node.children.borrow().iter() {
        elements(child, out);
    }
}

pub(crate) fn text_of(node: &Handle, out: &mut String) {
    match &node.data {
        NodeData::Text { contents } => out.push_str(&contents.borrow()),
        NodeData::Element { name, .. } if &*name.local == "script" || &*name.local == "style" => {}
        _ => node.children.borrow().iter().for_each(|child| text_of(child, out)),
    }
}

fn attr<'a>(attrs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    attrs.iter().find(|(key, _)| key == name).map(|(_, value)| value.as_str())
}

/// Every link target the data holds, as the page may write it.
fn data_urls(data: &Path) -> Vec<String> {
    let json = cvpdf::prepare(&cvpdf::RenderOptions {
        photo: cvpdf::PhotoChoice::None,
        ..cvpdf::RenderOptions::new(data, "print")
    })
    .unwrap()
    .contract_json();
    let mut urls = Vec::new();
    fn walk(value: &serde_json::Value, urls: &mut Vec<String>) {
        match value {
            serde_json::Value::Object(map) => {
                for (key, value) in map {
                    match (key.as_str(), value) {
                        ("url" | "phone_url", serde_json::Value::String(url)) => urls.push(url.clone()),
                        ("email", serde_json::Value::String(email)) => urls.push(format!("mailto:{email}")),
                        _ => walk(value, urls),
                    }
                }
            }
            serde_json::Value::Array(items) => items.iter().for_each(|item| walk(item, urls)),
            _ => {}
        }
    }
    walk(&json, &mut urls);
    urls
}

#[test]
fn html_parses_without_errors() {
    let dir = tempfile::tempdir().unwrap();
    let hostile = hostile_cv(dir.path());
    for data in [long_cv(), root().join("examples/en/cv.yaml"), root().join("examples/minimal/cv.yaml"), hostile] {
        let html = page(&data, "cv.html", &[]);
        assert!(html.starts_with("<!DOCTYPE html>\n"), "{}", &html[..40]);
        let (_, errors) = parse_html(&html);
        assert!(errors.is_empty(), "{}: {errors:#?}", data.display());
    }
}

#[test]
fn html_is_semantic_and_carries_its_metadata() {
    let html = page(&long_cv(), "cv.html", &[]);
    let (dom, _) = parse_html(&html);
    let mut all = Vec::new();
    elements(&dom.document, &mut all);
    let named = |tag: &str| all.iter().filter(|(name, _, _)| name == tag).collect::<Vec<_>>();
    assert_eq!(attr(&named("html")[0].1, "lang"), Some("ru"));
    for tag in ["header", "main", "section", "article", "footer", "time", "ul", "ol", "figure", "blockquote"] {
        assert!(!named(tag).is_empty(), "no <{tag}>");
    }
    assert_eq!(named("h1").len(), 1);
    // Headings never skip a level.
    let levels: Vec<u8> = all.iter().filter_map(|(name, _, _)| name.strip_prefix('h')?.parse().ok()).collect();
    for pair in levels.windows(2) {
        assert!(pair[1] <= pair[0] + 1, "a heading skips from h{} to h{}", pair[0], pair[1]);
    }
    for (_, attrs, _) in named("time") {
        let datetime = attr(attrs, "datetime").expect("a time without datetime");
        let shape = datetime.len() == 7 || datetime.len() == 10;
        assert!(shape && datetime.chars().all(|c| c.is_ascii_digit() || c == '-'), "{datetime}");
    }
    let meta = |key: &str, value: &str| {
        named("meta")
            .iter()
            .find(|(_, attrs, _)| attr(attrs, key) == Some(value))
            .and_then(|(_, attrs, _)| attr(attrs, "content"))
    };
    assert_eq!(meta("name", "description"), Some("Архитектор, Тимлид, Rust/Pg-разработчик"));
    assert_eq!(meta("property", "og:title"), Some("Резюме — Самойлов Игорь Валентинович"));
    assert_eq!(meta("property", "og:url"), Some("https://samoylov.example.org/cv/"));
    let mut title = String::new();
    text_of(&named("title")[0].2, &mut title);
    assert_eq!(title, "Резюме — Самойлов Игорь Валентинович");
    // The parts and jobs of the data are there, by id, in order.
    let ids: Vec<&str> = all.iter().filter_map(|(_, attrs, _)| attr(attrs, "id")).collect();
    let in_order: Vec<&str> = ids.iter().copied().filter(|id| LONG_CV_ANCHORS.contains(id)).collect();
    assert_eq!(in_order, LONG_CV_ANCHORS);
    // Every text of the data is on the page.
    let mut text = String::new();
    text_of(&dom.document, &mut text);
    let missing = missing_texts(&data_texts(&long_cv()), &text);
    assert!(missing.is_empty(), "missing from the page: {missing:#?}");
    // The photo is inside the page.
    let photo = named("img");
    assert_eq!(photo.len(), 1);
    assert!(attr(&photo[0].1, "src").unwrap().starts_with("data:image/jpeg;base64,/9j/"));
}

#[test]
fn html_runs_no_script_and_names_no_address_but_the_datas() {
    let dir = tempfile::tempdir().unwrap();
    let hostile = hostile_cv(dir.path());
    for data in [long_cv(), root().join("examples/en/cv.yaml"), hostile] {
        let html = page(&data, "cv.html", &[]);
        let (dom, _) = parse_html(&html);
        let mut all = Vec::new();
        elements(&dom.document, &mut all);
        let allowed = data_urls(&data);
        for (name, attrs, node) in &all {
            assert!(
                !["iframe", "object", "embed", "link", "base", "form", "svg"].contains(&name.as_str()) || {
                    // The one link element is the canonical address, which no browser fetches.
                    name == "link" && attr(attrs, "rel") == Some("canonical")
                },
                "<{name}> in the page"
            );
            for (key, value) in attrs {
                assert!(!key.starts_with("on"), "an event handler {key}={value:?} on <{name}>");
                assert!(key != "style" && key != "srcset", "{key} on <{name}>");
                match key.as_str() {
                    "href" => assert!(
                        allowed.contains(value),
                        "{}: a link to {value:?} that is not in the data",
                        data.display()
                    ),
                    "src" => assert!(value.starts_with("data:image/jpeg;base64,"), "<{name} src={value:?}>"),
                    _ => {}
                }
            }
            if name == "script" {
                assert_eq!(attr(attrs, "type"), Some("application/ld+json"), "a script that is not data");
                let mut json = String::new();
                node.children.borrow().iter().for_each(|child| text_of(child, &mut json));
                let person: serde_json::Value = serde_json::from_str(&json).expect("JSON-LD parses");
                assert_eq!(person["@context"], "https://schema.org");
                assert_eq!(person["@type"], "Person");
                assert!(!json.contains('<'), "a `<` in the script element");
            }
            if name == "style" {
                let mut css = String::new();
                node.children.borrow().iter().for_each(|child| text_of_raw(child, &mut css));
                for request in ["url(", "@import", "@font-face"] {
                    assert!(!css.contains(request), "the style sheet has {request}");
                }
            }
        }
        assert_eq!(all.iter().filter(|(name, _, _)| name == "script").count(), 1);
    }
}

fn text_of_raw(node: &Handle, out: &mut String) {
    if let NodeData::Text { contents } = &node.data {
        out.push_str(&contents.borrow());
    }
}

#[test]
fn injection_strings_in_the_data_are_text_in_the_html() {
    let dir = tempfile::tempdir().unwrap();
    let data = hostile_cv(dir.path());
    let html = page(&data, "cv.html", &["--no-photo"]);
    let (dom, _) = parse_html(&html);
    let mut text = String::new();
    text_of(&dom.document, &mut text);
    let missing = missing_texts(&data_texts(&data), &text);
    assert!(missing.is_empty(), "missing or changed: {missing:#?}");
    for literal in [
        "<script>alert(1)</script>",
        "<script>alert('title')</script>",
        "<img src=x onerror=alert(1)>",
        "{{ .Site.Title }}",
    ] {
        assert!(text.contains(literal), "{literal} is not text on the page");
    }
    let mut all = Vec::new();
    elements(&dom.document, &mut all);
    let script = all.iter().find(|(name, _, _)| name == "script").unwrap();
    let mut json = String::new();
    script.2.children.borrow().iter().for_each(|child| text_of_raw(child, &mut json));
    let person: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(person["name"], "Eve </script><script>alert('name')</script> O'Hara & <b>Co</b>");
}

#[test]
fn a_users_html_template_gets_the_same_contract_and_its_own_files() {
    let dir = tempfile::tempdir().unwrap();
    let template = dir.path().join("site");
    std::fs::create_dir(&template).unwrap();
    std::fs::write(
        template.join("index.html"),
        "<!DOCTYPE html><html lang=\"{{ cv.lang }}\"><title>{{ cv.person.name_plain }}</title>\
         {% include \"part.html\" %}<p>{{ cv.experience.total }}</p></html>\n",
    )
    .unwrap();
    std::fs::write(template.join("part.html"), "<h1>{{ cv.person.name | rich }}</h1>{{ cv.about | blocks }}").unwrap();
    let html = page(&long_cv(), "cv.html", &["-t", template.to_str().unwrap()]);
    assert!(html.contains("<title>Самойлов Игорь Валентинович</title><h1>Самойлов Игорь Валентинович</h1>"), "{html}");
    assert!(html.contains("<p>30 лет 1 месяц</p>"), "{html}");
    assert!(
        html.contains(
            "<li>Если нужна база данных, то это PostgreSQL (с хранимыми функциями на plpgsql и расширениями на C).</li>"
        ),
        "{html}"
    );

    // Data in a user's template is escaped too.
    let hostile = hostile_cv(dir.path());
    let html = page(&hostile, "cv.html", &["-t", template.to_str().unwrap()]);
    assert!(html.contains("<title>Eve &lt;/script&gt;&lt;script&gt;alert(&#39;name&#39;)"), "{html}");
}

#[test]
fn a_users_html_template_cannot_read_outside_its_directory() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("secret.html"), "SECRET").unwrap();
    let template = dir.path().join("site");
    std::fs::create_dir(&template).unwrap();
    for include in ["../secret.html", "/etc/passwd", "link.html"] {
        std::fs::write(template.join("index.html"), format!("{{% include \"{include}\" %}}")).unwrap();
        let _ = std::fs::remove_file(template.join("link.html"));
        #[cfg(unix)]
        std::os::unix::fs::symlink(dir.path().join("secret.html"), template.join("link.html")).unwrap();
        let (out, output) = render_in(&long_cv(), "cv.html", &["-t", template.to_str().unwrap()]);
        assert_eq!(output.status.code(), Some(1), "{include} was read");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains("leads outside the template directory"), "{include}: {stderr}");
        assert!(stderr.contains("index.html"), "the error does not name the template: {stderr}");
        assert!(!out.path().join("cv.html").exists());
    }
}

#[test]
fn an_html_template_that_loops_for_ever_stops_with_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let template = dir.path().join("site");
    std::fs::create_dir(&template).unwrap();
    std::fs::write(
        template.join("index.html"),
        "{% for a in range(100000) %}{% for b in range(100000) %}{{ a }}{% endfor %}{% endfor %}",
    )
    .unwrap();
    let out = dir.path().join("cv.html");
    let child = cvpdf()
        .args(["render", long_cv().to_str().unwrap(), "-t", template.to_str().unwrap(), "-o", out.to_str().unwrap()])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let output = wait_at_most(child, Duration::from_secs(60), "cvpdf with an endless template");
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("runs too long"), "{stderr}");
}

#[test]
fn watch_writes_the_html_page_again_after_an_edit() {
    use std::io::{BufRead, BufReader};

    let dir = tempfile::tempdir().unwrap();
    let data = copy_default_data(dir.path());
    let seed = std::fs::read_to_string(&data).unwrap();
    let mut child = cvpdf()
        .current_dir(dir.path())
        .args(["watch", "cv.yaml", "-o", "cv.html"])
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
        match lines.recv_timeout(Duration::from_secs(120)) {
            Ok(line) if line.contains(wanted) => break,
            Ok(_) => {}
            Err(_) => panic!("cvpdf watch printed no line with {wanted:?}"),
        }
    };
    expect("watching");
    assert!(std::fs::read_to_string(dir.path().join("cv.html")).unwrap().contains("450 000"));
    let temp = dir.path().join("cv.yaml.swp");
    std::fs::write(&temp, seed.replacen("salary: 450 000", "salary: 612 345", 1)).unwrap();
    std::fs::rename(&temp, &data).unwrap();
    expect("cv.html:");
    let html = std::fs::read_to_string(dir.path().join("cv.html")).unwrap();
    let _ = child.kill();
    let _ = child.wait();
    assert!(html.contains("612 345"), "the edit did not reach the page");
}

// ---- In a browser ----

/// Waits for a child process, killing it after `limit`.
pub(crate) fn wait_at_most(mut child: std::process::Child, limit: Duration, what: &str) -> Output {
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

/// Debian's Chromium (`CVPDF_CHROMIUM` names another). Outside CI a machine
/// without it skips the browser test; in CI (`CI` set) it must be there.
pub(crate) fn chromium() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("CVPDF_CHROMIUM") {
        return Some(PathBuf::from(path));
    }
    let found = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"].iter().find_map(|name| {
        std::env::split_paths(&std::env::var_os("PATH")?).map(|dir| dir.join(name)).find(|path| path.is_file())
    });
    if found.is_none() {
        assert!(std::env::var_os("CI").is_none(), "CI must install Chromium (.ci/run does: apt-get install chromium)");
        eprintln!("skipped: no chromium on this machine (apt-get install chromium)");
    }
    found
}

/// The browser's own services, which it calls whatever page it shows; any
/// other request would come from the page.
pub(crate) const BROWSER_OWN_HOSTS: &[&str] = &["accounts.google.com", "clients2.google.com", "update.googleapis.com"];

/// Runs headless Chromium on `url` with `extra` flags, bounded in time; no
/// name resolves, so nothing leaves the machine (127.0.0.1 stays reachable,
/// for the live preview).
pub(crate) fn browser(chromium: &Path, work: &Path, url: &str, extra: &[String]) -> Output {
    let profile = tempfile::tempdir_in(work).unwrap();
    let mut command = Command::new(chromium);
    command
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(extra)
        .arg(url)
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    wait_at_most(command.spawn().expect("chromium starts"), Duration::from_secs(90), "chromium")
}

pub(crate) fn screenshot(
    chromium: &Path,
    work: &Path,
    url: &str,
    width: u32,
    path: &Path,
    extra: &[&str],
) -> image::RgbImage {
    let mut flags = vec![format!("--window-size={width},2400"), format!("--screenshot={}", path.display())];
    flags.extend(extra.iter().map(|flag| flag.to_string()));
    browser(chromium, work, url, &flags);
    image::open(path).unwrap_or_else(|error| panic!("no screenshot {}: {error}", path.display())).to_rgb8()
}

/// The share of pixels that differ from the top-left one (the background).
fn ink(image: &image::RgbImage) -> f64 {
    let background = *image.get_pixel(0, 0);
    image.pixels().filter(|pixel| **pixel != background).count() as f64 / f64::from(image.width() * image.height())
}

#[test]
fn in_a_browser_the_page_fits_phones_and_desktops_and_prints_on_a4() {
    let Some(chromium) = chromium() else { return };
    let artifacts = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("web");
    std::fs::create_dir_all(&artifacts).unwrap();
    let work = tempfile::tempdir().unwrap();
    let data = copy_default_data(work.path());
    let output = run_in(work.path(), &["render", data.to_str().unwrap(), "-o", "cv.html", "-q"]);
    assert!(output.status.success());
    std::fs::copy(work.path().join("cv.html"), artifacts.join("cv.html")).unwrap();
    let url = format!("file://{}", work.path().join("cv.html").display());

    // Desktop and phone: not blank, and nothing reaches the phone's right edge.
    let netlog = work.path().join("net.json");
    let desktop = screenshot(
        &chromium,
        work.path(),
        &url,
        1280,
        &artifacts.join("desktop-1280.png"),
        &[&format!("--log-net-log={}", netlog.display())],
    );
    assert!(ink(&desktop) > 0.02, "the desktop page is blank");
    let phone = screenshot(&chromium, work.path(), &url, 375, &artifacts.join("phone-375.png"), &[]);
    assert!(ink(&phone) > 0.02, "the phone page is blank");
    let background = *phone.get_pixel(0, 0);
    for x in phone.width() - 8..phone.width() {
        for y in 0..phone.height() {
            assert_eq!(*phone.get_pixel(x, y), background, "at 375 px something reaches the right edge ({x}, {y})");
        }
    }
    let dark = screenshot(&chromium, work.path(), &url, 1280, &artifacts.join("dark-1280.png"), &["--force-dark-mode"]);
    let corner = dark.get_pixel(0, 0);
    assert!(corner.0.iter().map(|&c| u32::from(c)).sum::<u32>() < 150, "no dark scheme: background {corner:?}");

    // No request but the browser's own.
    let log = std::fs::read_to_string(&netlog).unwrap();
    let requests: Vec<&str> = log
        .split("\"url\":\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .filter(|url| !BROWSER_OWN_HOSTS.iter().any(|host| url.contains(&format!("://{host}/"))))
        .filter(|url| !url.starts_with("file://") && !url.starts_with("data:"))
        .collect();
    assert!(requests.is_empty(), "the page made requests: {requests:#?}");

    // No horizontal scroll at 360 and 375 px: the page's own widths, measured
    // by a test page that frames it (the CV page itself runs no script).
    std::fs::write(
        work.path().join("frame.html"),
        "<!DOCTYPE html><html><head><script>function measure(frame){var d=frame.contentDocument.documentElement;\
         document.getElementById('w'+frame.width).textContent='scroll='+d.scrollWidth+' client='+d.clientWidth;}\
         </script></head><body><iframe width=360 height=600 src=cv.html onload=measure(this)></iframe>\
         <iframe width=375 height=600 src=cv.html onload=measure(this)></iframe><p id=w360>-</p><p id=w375>-</p></body></html>",
    )
    .unwrap();
    let frame = format!("file://{}", work.path().join("frame.html").display());
    let dom = browser(
        &chromium,
        work.path(),
        &frame,
        &["--dump-dom".into(), "--allow-file-access-from-files".into(), "--virtual-time-budget=10000".into()],
    );
    let dom = String::from_utf8_lossy(&dom.stdout);
    for width in [360, 375] {
        let shown = dom.split(&format!("id=\"w{width}\">")).nth(1).and_then(|rest| rest.split('<').next());
        let numbers: Vec<u32> =
            shown.unwrap_or_default().split([' ', '=']).filter_map(|word| word.parse().ok()).collect();
        let [scroll, client] = numbers[..] else { panic!("no measurement at {width} px: {shown:?}") };
        assert!(client + 20 >= width, "the frame of {width} px shows only {client} px");
        assert!(scroll <= client, "at {width} px the page is {scroll} px wide and scrolls sideways");
    }

    // Print: A4 pages, and nothing in the right margin, where a line too
    // wide for the page would be cut.
    let pdf_path = artifacts.join("print.pdf");
    browser(
        &chromium,
        work.path(),
        &url,
        &[format!("--print-to-pdf={}", pdf_path.display()), "--no-pdf-header-footer".into()],
    );
    let pdf = std::fs::read(&pdf_path).expect("chromium printed a PDF");
    let sizes = page_sizes(&pdf);
    assert!(sizes.len() > 2, "{} pages", sizes.len());
    for (width, height) in &sizes {
        assert!((width - 595.3).abs() < 2.0 && (height - 841.9).abs() < 2.0, "a page of {width} × {height} pt, not A4");
    }
    let text = squeeze(&pdf_text(&pdf));
    for phrase in ["СамойловИгорьВалентинович", "Опытработы", "Главныйархитектор", "Версиядляпечати"]
    {
        assert!(text.contains(phrase), "{phrase} is not in the printed PDF");
    }
    for entry in std::fs::read_dir(&artifacts).unwrap().map(Result::unwrap) {
        if entry.file_name().to_string_lossy().starts_with("print-") {
            std::fs::remove_file(entry.path()).unwrap();
        }
    }
    let pages = artifacts.join("print");
    let status = Command::new("pdftoppm").args(["-r", "50", "-png"]).arg(&pdf_path).arg(&pages).status();
    let Ok(status) = status else {
        assert!(std::env::var_os("CI").is_none(), "CI must install poppler-utils for pdftoppm");
        return;
    };
    assert!(status.success());
    let mut checked = 0;
    for entry in std::fs::read_dir(&artifacts).unwrap().map(Result::unwrap) {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !(name.starts_with("print-") && name.ends_with(".png")) {
            continue;
        }
        let page = image::open(entry.path()).unwrap().to_rgb8();
        assert!(ink(&page) > 0.005, "{name} is blank");
        // The right margin is 15 mm, about 30 px at 50 dpi; the outer 20 must be paper.
        for x in page.width() - 20..page.width() {
            for y in 0..page.height() {
                let pixel = page.get_pixel(x, y);
                assert!(pixel.0.iter().all(|&c| c > 240), "{name}: ink in the right margin at ({x}, {y})");
            }
        }
        checked += 1;
    }
    assert_eq!(checked, sizes.len());
    eprintln!("screenshots and the printed PDF are in {}", artifacts.display());
}

#[test]
fn a_script_link_in_the_data_is_refused_at_its_line_before_any_page_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let data = hostile_cv(dir.path());
    let yaml = std::fs::read_to_string(&data).unwrap();
    let line = yaml.lines().position(|line| line.contains("[click me]")).unwrap() + 1;
    std::fs::write(&data, yaml.replace("https://example.org/x?a=1&b=2#top", "javascript:alert(1)")).unwrap();
    for out in ["cv.html", "cv.md"] {
        let (out_dir, output) = render_in(&data, out, &["--no-photo"]);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{out}: {stderr}");
        assert!(stderr.contains(&format!("cv.yaml:{line}:")), "{out}: not at line {line}: {stderr}");
        assert!(stderr.contains("javascript:alert(1)"), "{out}: {stderr}");
        assert!(!out_dir.path().join(out).exists(), "{out} was written");
    }
}

#[test]
fn an_html_template_given_as_one_file_reads_no_file_beside_it() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("secret.txt"), "PRIVATE KEY").unwrap();
    std::fs::write(dir.path().join("page.html"), "<p>{{ cv.person.name }}</p>{% include \"secret.txt\" %}").unwrap();
    let template = dir.path().join("page.html");
    let (out_dir, output) = render_in(&long_cv(), "cv.html", &["--no-photo", "-t", template.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("secret.txt: a template given as a single file reads only itself"), "{stderr}");
    assert!(!stderr.contains("PRIVATE KEY"), "{stderr}");
    assert!(!out_dir.path().join("cv.html").exists());
    // The same template as a directory may read its own files.
    std::fs::rename(dir.path().join("page.html"), dir.path().join("index.html")).unwrap();
    let html = page(&long_cv(), "cv.html", &["--no-photo", "-t", dir.path().to_str().unwrap()]);
    assert!(html.contains("PRIVATE KEY"), "{html}");
}

#[test]
fn the_web_page_markdown_and_word_document_say_the_datas_warnings() {
    // An English CV of a Russian file with no English headline: every
    // output says so, at the headline's line, and `--deny-warnings` writes
    // nothing and leaves the file that was there.
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("cv.yaml");
    std::fs::write(
        &data,
        "langs: [ru, en]\nupdated: \"2026-02-08\"\nperson:\n  name: {ru: Пётр Петров, en: Petr Petrov}\n\
         headline: {ru: Инженер}\n",
    )
    .unwrap();
    for out in ["cv.html", "cv.md", "cv.docx"] {
        let path = dir.path().join(out);
        let output = run_in(dir.path(), &["render", "cv.yaml", "--lang", "en", "-o", out]);
        assert!(output.status.success(), "{out}: {}", String::from_utf8_lossy(&output.stderr));
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.contains("cv.yaml:5:1: headline: no `en` text; the `ru` text is used instead"),
            "{out}: {stderr}"
        );
        let before = std::fs::read(&path).unwrap();
        std::fs::write(&data, std::fs::read_to_string(&data).unwrap().replace("Petr Petrov", "Pyotr Petrov")).unwrap();
        let output = run_in(dir.path(), &["render", "cv.yaml", "--lang", "en", "-o", out, "--deny-warnings"]);
        assert_eq!(output.status.code(), Some(1), "{out}: {}", String::from_utf8_lossy(&output.stderr));
        assert!(String::from_utf8_lossy(&output.stderr).contains("nothing was written"));
        assert_eq!(std::fs::read(&path).unwrap(), before, "{out}: the previous output was replaced");
        std::fs::write(&data, std::fs::read_to_string(&data).unwrap().replace("Pyotr Petrov", "Petr Petrov")).unwrap();
    }
}
