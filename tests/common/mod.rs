//! Helpers shared by the integration tests: running the real binary and
//! reading what a PDF reader would see.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The folder of the long Russian CV the tests use as their main fixture
/// (a copy of the project's first user's CV with a placeholder photo), so
/// that no test depends on whatever CV the user keeps in `data/`.
pub fn owner_dir() -> PathBuf {
    root().join("tests/fixtures/owner")
}

/// The main fixture's data file.
pub fn owner_cv() -> PathBuf {
    owner_dir().join("cv.yaml")
}

pub fn cvpdf() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_cvpdf"));
    command.env_remove("SOURCE_DATE_EPOCH");
    command
}

/// Runs `cvpdf` with `args` in `dir` and returns its output.
pub fn run_in(dir: &Path, args: &[&str]) -> Output {
    cvpdf().current_dir(dir).args(args).output().expect("cvpdf runs")
}

/// Renders `data` to a PDF in a fresh temporary folder and returns its bytes.
pub fn render(data: &Path, extra: &[&str]) -> Vec<u8> {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("cv.pdf");
    let mut args = vec!["render", data.to_str().expect("utf-8 path"), "-o", out.to_str().expect("utf-8 path"), "-q"];
    args.extend_from_slice(extra);
    let output = run_in(dir.path(), &args);
    assert!(output.status.success(), "cvpdf failed: {}", String::from_utf8_lossy(&output.stderr));
    std::fs::read(&out).expect("output written")
}

/// The main fixture rendered with the default template.
pub fn render_default() -> Vec<u8> {
    render(&owner_cv(), &[])
}

/// The text of a PDF as an extractor sees it.
pub fn pdf_text(pdf: &[u8]) -> String {
    pdf_extract::extract_text_from_mem(pdf).expect("text extracts")
}

/// Text with all white space removed, so that a phrase matches however the
/// PDF happens to break its lines.
pub fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace() && *c != '\u{ad}').collect()
}

/// Base names of every font the PDF uses, with whether each is embedded.
pub fn pdf_fonts(pdf: &[u8]) -> Vec<(String, bool)> {
    let doc = lopdf::Document::load_mem(pdf).expect("PDF parses");
    let mut fonts = Vec::new();
    for object in doc.objects.values() {
        let Ok(dict) = object.as_dict() else { continue };
        let is_font = dict.get(b"Type").and_then(|t| t.as_name()).is_ok_and(|name| name == b"Font");
        let Ok(base) = dict.get(b"BaseFont").and_then(|b| b.as_name()) else { continue };
        if !is_font {
            continue;
        }
        let subtype = dict.get(b"Subtype").and_then(|s| s.as_name()).unwrap_or(b"");
        if subtype == b"Type0" {
            // The descendant CIDFont carries the descriptor and is listed itself.
            continue;
        }
        let embedded = dict
            .get(b"FontDescriptor")
            .and_then(|d| d.as_reference())
            .and_then(|id| doc.get_dictionary(id))
            .is_ok_and(|desc| [&b"FontFile"[..], b"FontFile2", b"FontFile3"].iter().any(|key| desc.has(key)));
        fonts.push((String::from_utf8_lossy(base).into_owned(), embedded));
    }
    fonts.sort();
    fonts
}

/// Page sizes in points.
pub fn page_sizes(pdf: &[u8]) -> Vec<(f32, f32)> {
    let doc = lopdf::Document::load_mem(pdf).expect("PDF parses");
    doc.get_pages()
        .values()
        .map(|&id| {
            let page = doc.get_dictionary(id).expect("page dict");
            let mediabox = page.get(b"MediaBox").and_then(|m| m.as_array()).expect("MediaBox");
            let number = |i: usize| mediabox[i].as_float().or_else(|_| mediabox[i].as_i64().map(|v| v as f32)).unwrap();
            (number(2) - number(0), number(3) - number(1))
        })
        .collect()
}

/// Pixel sizes of the images embedded in a PDF.
pub fn pdf_images(pdf: &[u8]) -> Vec<(i64, i64)> {
    let doc = lopdf::Document::load_mem(pdf).expect("PDF parses");
    let mut images = Vec::new();
    for object in doc.objects.values() {
        let Ok(stream) = object.as_stream() else { continue };
        let dict = &stream.dict;
        if dict.get(b"Subtype").and_then(|s| s.as_name()).is_ok_and(|name| name == b"Image") {
            let number = |key: &[u8]| dict.get(key).and_then(|v| v.as_i64()).unwrap_or(0);
            // Soft masks are images too, but no photo has one after flattening.
            images.push((number(b"Width"), number(b"Height")));
        }
    }
    images
}

/// Copies the main fixture and its photo into `dir` and returns the data path.
pub fn copy_default_data(dir: &Path) -> PathBuf {
    std::fs::create_dir_all(dir).unwrap();
    for file in ["cv.yaml", "photo.jpg"] {
        std::fs::copy(owner_dir().join(file), dir.join(file)).unwrap();
    }
    dir.join("cv.yaml")
}

/// Keys whose values are not printed as written: machine values (dates,
/// paths, identifiers, link targets, the order of parts) that a template
/// turns into words or uses as link destinations, what only variants read
/// (tags, priorities, the variants themselves), the languages, and the
/// label overrides (printed only where a template prints that label).
const NOT_PRINTED_VERBATIM: &[&str] = &[
    "lang",
    "langs",
    "labels",
    "updated",
    "photo",
    "gender",
    "start",
    "end",
    "id",
    "birth_date",
    "url",
    "order",
    "photo_focus",
    "tags",
    "priority",
    "variants",
];

/// The languages of a data file and the one to read: `langs:` (or `lang:`,
/// else Russian), and `chosen` or the first.
struct Languages {
    declared: Vec<String>,
    chosen: String,
}

impl Languages {
    fn of(value: &serde_yaml::Value, chosen: Option<&str>) -> Languages {
        let declared: Vec<String> = match (&value["langs"], &value["lang"]) {
            (serde_yaml::Value::Sequence(list), _) => {
                list.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect()
            }
            (_, serde_yaml::Value::String(lang)) => vec![lang.clone()],
            _ => vec!["ru".to_owned()],
        };
        let chosen = chosen.map_or_else(|| declared[0].clone(), str::to_owned);
        Languages { declared, chosen }
    }

    /// The value a language map gives the chosen language (or the default),
    /// or `None` when `map` is no language map.
    fn pick<'a>(&self, map: &'a serde_yaml::Mapping) -> Option<&'a serde_yaml::Value> {
        let all_languages = !map.is_empty()
            && map.keys().all(|key| key.as_str().is_some_and(|key| self.declared.iter().any(|l| l == key)));
        if !all_languages {
            return None;
        }
        map.get(self.chosen.as_str()).or_else(|| map.get(self.declared[0].as_str()))
    }
}

fn collect_text(value: &serde_yaml::Value, key: Option<&str>, langs: &Languages, out: &mut Vec<String>) {
    let printed = !key.is_some_and(|key| NOT_PRINTED_VERBATIM.contains(&key));
    match value {
        serde_yaml::Value::String(text) if printed => out.push(cvpdf::plain_text(text)),
        serde_yaml::Value::Number(number) if printed => out.push(number.to_string()),
        serde_yaml::Value::Sequence(items) if printed => {
            items.iter().for_each(|item| collect_text(item, key, langs, out))
        }
        serde_yaml::Value::Mapping(map) if printed => match langs.pick(map) {
            Some(picked) => collect_text(picked, key, langs, out),
            None => {
                for (k, v) in map {
                    collect_text(v, k.as_str(), langs, out);
                }
            }
        },
        _ => {}
    }
}

/// Every text value of a data file, without its Markdown, in its default
/// language.
pub fn data_texts(data: &Path) -> Vec<String> {
    data_texts_in(data, None)
}

/// Every text value of a data file in `lang` (the default when `None`),
/// with language maps read as cvpdf reads them.
pub fn data_texts_in(data: &Path, lang: Option<&str>) -> Vec<String> {
    let yaml = std::fs::read_to_string(data).unwrap();
    let value: serde_yaml::Value = serde_yaml::from_str(&yaml).unwrap();
    let langs = Languages::of(&value, lang);
    let mut texts = Vec::new();
    collect_text(&value, None, &langs, &mut texts);
    texts
}

/// The languages a data file is written in, as cvpdf reads them.
pub fn languages_of(data: &Path) -> Vec<String> {
    cvpdf::load(&cvpdf::RenderOptions::new(data.to_owned(), "print")).expect("the data loads").languages()
}

/// The PDF's text without the running header and footer, which an
/// extractor puts in the middle of a paragraph that crosses a page break:
/// page counters (`3/7`, `3 / 7`), and any of `running` (squeezed).
pub fn body_text(pdf: &[u8], running: &[String]) -> String {
    let pages = page_sizes(pdf).len();
    let mut text = squeeze(&pdf_text(pdf));
    for page in (1..=pages).rev() {
        text = text.replace(&format!("{page}/{pages}"), "");
    }
    let mut running: Vec<String> = running.iter().map(|line| squeeze(line)).filter(|line| !line.is_empty()).collect();
    running.sort_by_key(|line| std::cmp::Reverse(line.len()));
    for line in running {
        text = text.replace(&line, "");
    }
    text
}

/// What the built-ins print in running headers and footers for a data file.
pub fn running_lines(data: &Path) -> Vec<String> {
    running_lines_in(data, None)
}

/// The same in `lang` (the default when `None`).
pub fn running_lines_in(data: &Path, lang: Option<&str>) -> Vec<String> {
    let json = cvpdf::prepare(&cvpdf::RenderOptions {
        photo: cvpdf::PhotoChoice::None,
        lang: lang.map(str::to_owned),
        ..cvpdf::RenderOptions::new(data.to_owned(), "print")
    })
    .expect("the data loads")
    .contract_json();
    let text = |value: &serde_json::Value| value.as_str().unwrap_or_default().to_owned();
    let resume = text(&json["labels"]["resume"]);
    let name = text(&json["person"]["name_plain"]);
    let url = text(&json["url"]["url"]);
    let url_text = text(&json["url"]["text"]);
    vec![
        format!("{} {resume} {}", text(&json["updated"]["short"]), text(&json["headline_plain"])),
        format!("{name} — {resume} · {url_text}"),
        format!("{name} — {resume}"),
        url,
        url_text,
    ]
}

/// Asserts that each text appears in the PDF's text.
pub fn assert_all_printed(texts: &[String], pdf: &[u8], what: &str, running: &[String]) {
    let pdf_text = body_text(pdf, running);
    let missing: Vec<_> = texts.iter().filter(|text| !pdf_text.contains(&squeeze(text))).collect();
    assert!(
        missing.is_empty(),
        "{what}: {} of {} values missing from the PDF: {missing:#?}",
        missing.len(),
        texts.len()
    );
}

/// The built-in Typst templates, as `cvpdf templates` lists them (the
/// library's list): each with its folder under `typst/`. The web page, a
/// built-in HTML template, has none and is not laid out by Typst.
pub fn builtin_templates() -> Vec<String> {
    let output = run_in(&root(), &["templates"]);
    assert!(output.status.success(), "cvpdf templates: {}", String::from_utf8_lossy(&output.stderr));
    let names: Vec<String> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .filter_map(|line| line.split_whitespace().next())
        .filter(|name| root().join("typst").join(name).join("main.typ").is_file())
        .map(str::to_owned)
        .collect();
    assert!(names.len() >= 3, "cvpdf templates lists only {names:?}");
    names
}

/// The CJK font `.ci/run` installs (Debian's fonts-wqy-microhei).
pub const CJK_FONTS: &str = "/usr/share/fonts/truetype/wqy";

/// What a render in `lang` needs beyond the bundled fonts: Chinese has no
/// bundled font and is set in the CJK font `.ci/run` installs. `None` when
/// that font is missing (only outside CI): the caller skips the language.
pub fn font_args(lang: &str) -> Option<Vec<String>> {
    if lang != "zh" {
        return Some(Vec::new());
    }
    if !Path::new(CJK_FONTS).is_dir() {
        assert!(std::env::var_os("CI").is_none(), "CI must install fonts-wqy-microhei");
        eprintln!(
            "SKIPPED: {lang}: no CJK font in {CJK_FONTS}; `apt-get install fonts-wqy-microhei` (as .ci/run does)"
        );
        return None;
    }
    Some(vec!["--font-path".to_owned(), CJK_FONTS.to_owned()])
}
