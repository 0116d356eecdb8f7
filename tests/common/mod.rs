//! Helpers shared by the integration tests: running the real binary and
//! reading what a PDF reader would see.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The folder of the long Russian CV the tests use as their main fixture: a
/// fictional senior's CV of the shape of a real print CV (a photo, a motto,
/// eight long jobs, nine parts), so that no test depends on whatever CV the
/// user keeps in `data/`.
pub fn long_dir() -> PathBuf {
    root().join("tests/fixtures/long-russian")
}

/// The main fixture's data file.
pub fn long_cv() -> PathBuf {
    long_dir().join("cv.yaml")
}

/// The data file of the fixture `name` in `tests/fixtures/`.
pub fn fixture(name: &str) -> PathBuf {
    root().join("tests/fixtures").join(name).join("cv.yaml")
}

/// Every CV under `tests/fixtures/` (fictional people, in several languages
/// and scripts, short and long), in name order.
pub fn fixture_corpus() -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(root().join("tests/fixtures"))
        .unwrap()
        .map(|entry| entry.unwrap().path().join("cv.yaml"))
        .filter(|path| path.is_file())
        .collect();
    found.sort();
    assert!(found.len() >= 10, "the corpus has only {} CVs", found.len());
    found
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
    render(&long_cv(), &[])
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
        std::fs::copy(long_dir().join(file), dir.join(file)).unwrap();
    }
    dir.join("cv.yaml")
}

/// Keys whose values are not printed as written: machine values (dates,
/// paths, identifiers, link targets, the order of parts) that a template
/// turns into words or uses as link destinations, what only variants read
/// (tags, priorities, the variants themselves), what only `cvpdf build`
/// reads (`build:`), the languages, and the label overrides (printed only
/// where a template prints that label).
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
    "build",
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

/// Whether a text is written in a right-to-left script, whose PDF text only
/// a reader that reorders it reads in logical order.
pub fn is_right_to_left(text: &str) -> bool {
    text.chars().any(|c| matches!(c, '\u{590}'..='\u{8ff}' | '\u{fb1d}'..='\u{fdff}' | '\u{fe70}'..='\u{feff}'))
}

/// Asserts that each text appears in the PDF's text: as pdf-extract reads
/// it, or for a CV with right-to-left text as poppler reads it in logical
/// order, in [`reading_form`].
pub fn assert_all_printed(texts: &[String], pdf: &[u8], what: &str, running: &[String]) {
    let (pdf_text, form): (String, fn(&str) -> String) = if texts.iter().any(|text| is_right_to_left(text)) {
        let mut text = reading_text(pdf);
        let pages = page_sizes(pdf).len();
        for page in (1..=pages).rev() {
            text = text.replace(&format!("{page}/{pages}"), "");
        }
        let mut running: Vec<String> =
            running.iter().map(|line| reading_form(line)).filter(|l| !l.is_empty()).collect();
        running.sort_by_key(|line| std::cmp::Reverse(line.len()));
        for line in running {
            text = text.replace(&line, "");
        }
        (text, reading_form)
    } else {
        (body_text(pdf, running), squeeze)
    };
    let missing: Vec<_> = texts.iter().filter(|text| !pdf_text.contains(&form(text))).collect();
    assert!(
        missing.is_empty(),
        "{what}: {} of {} values missing from the PDF: {missing:#?}",
        missing.len(),
        texts.len()
    );
}

/// What a render in `lang` needs beyond the bundled fonts; see
/// [`script_fonts`].
pub fn font_args(lang: &str) -> Option<Vec<String>> {
    script_fonts(lang)
}

// ---- Reading a PDF as a reader of any script does ----

/// The arguments that give a render the fonts for `lang`'s script: none,
/// for every language, since the bundled fonts draw every script cvpdf
/// speaks, Chinese, Japanese and Korean included (one test of a font from
/// `--font-path` is in `tests/layout.rs`). An option, so that a test of a
/// language whose font a machine lacked could be skipped.
pub fn script_fonts(_lang: &str) -> Option<Vec<String>> {
    Some(Vec::new())
}

/// Runs poppler's `pdftotext` with `args` on the PDF; none when it is
/// missing outside CI.
pub fn poppler(pdf: &[u8], args: &[&str]) -> Option<String> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cv.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = dir.path().join("out.txt");
    let ran = std::process::Command::new("pdftotext").args(args).arg(&path).arg(&out).output();
    let Ok(output) = ran else {
        assert!(std::env::var_os("CI").is_none(), "CI must install poppler-utils for pdftotext");
        eprintln!("skipped: no pdftotext on this machine (apt-get install poppler-utils)");
        return None;
    };
    assert!(output.status.success(), "pdftotext failed: {output:?}");
    // A glyph mapped to no character (an icon) comes out as bytes that are
    // not UTF-8.
    Some(String::from_utf8_lossy(&std::fs::read(out).unwrap()).into_owned())
}

/// A text as the comparisons below see it: without the marks readers
/// handle each their own way. Bidirectional controls and joiners (poppler
/// adds the first around every run of another direction), combining marks
/// (readers of a right-to-left line repeat the letter that carries one),
/// punctuation (poppler puts a comma or full stop that stands between a
/// right-to-left word and a number or address on the other side of it),
/// white space; and the letters of a run of lams and alefs in one order,
/// since a lam-alef ligature is one glyph for two letters, whose text a
/// reader of a right-to-left line puts in the other order.
pub fn reading_form(text: &str) -> String {
    use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};
    let kept: String = text
        .chars()
        .filter(|c| *c != '\u{ad}')
        .filter(|c| !matches!(c, '\u{200c}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
        .filter(|c| c.general_category() != GeneralCategory::NonspacingMark)
        .filter(|c| c.general_category_group() != unicode_properties::GeneralCategoryGroup::Punctuation)
        .collect();
    // Within a run of lams and alefs, the letters in a fixed order; white
    // space ends a run, and is left out.
    let lam_or_alef = |c: char| matches!(c, 'ل' | 'ا' | 'أ' | 'إ' | 'آ' | 'ى');
    let mut folded = String::with_capacity(kept.len());
    let mut run: Vec<char> = Vec::new();
    for c in kept.chars().chain(['\n']) {
        if lam_or_alef(c) {
            run.push(c);
            continue;
        }
        run.sort_unstable();
        folded.extend(run.drain(..));
        if !c.is_whitespace() {
            folded.push(c);
        }
    }
    folded
}

/// Whether `phrase` is in `text` (both in [`reading_form`]). In a
/// right-to-left phrase, poppler joins two numbers with the neutral sign
/// between them («2022 · 6») into one left-to-right run and gives them in
/// the order they are drawn, which the page's bidirectional order reverses
/// («6 · 2022»): there the letters are compared without the digits, and
/// each number on its own.
pub fn reads(text: &str, phrase: &str) -> bool {
    let form = reading_form(phrase);
    if text.contains(&form) {
        return true;
    }
    if !is_right_to_left(phrase) {
        return false;
    }
    let without_digits = |text: &str| text.chars().filter(|c| !c.is_ascii_digit()).collect::<String>();
    let numbers = phrase.split(|c: char| !c.is_ascii_digit()).filter(|number| !number.is_empty());
    without_digits(text).contains(&without_digits(&form)) && numbers.into_iter().all(|number| text.contains(number))
}

/// The PDF's text as poppler reads it, in logical order, in
/// [`reading_form`]; the text of [`pdf_text`] where poppler is missing
/// outside CI.
pub fn reading_text(pdf: &[u8]) -> String {
    match poppler(pdf, &["-enc", "UTF-8"]) {
        Some(text) => reading_form(&text),
        None => reading_form(&pdf_text(pdf)),
    }
}

/// A word on a page as `pdftotext -bbox` reads it: its text (the letters of
/// a right-to-left word in the order they are drawn), its left and right
/// edges in points from the page's left edge, and its top.
#[derive(Debug, Clone)]
pub struct Word {
    pub page: usize,
    pub text: String,
    pub left: f64,
    pub right: f64,
    /// The top edge, from the page's top.
    pub top: f64,
    /// The bottom edge, from the page's top.
    pub bottom: f64,
}

/// Every word of the PDF with its page (from 1) and box; none where
/// poppler is missing outside CI.
pub fn words(pdf: &[u8]) -> Option<Vec<Word>> {
    let html = poppler(pdf, &["-bbox"])?;
    let mut words = Vec::new();
    for (index, page) in html.split("<page ").skip(1).enumerate() {
        for word in page.split("<word ").skip(1) {
            let number = |key: &str| -> f64 {
                let at = word.find(&format!("{key}=\"")).unwrap() + key.len() + 2;
                word[at..].split('"').next().unwrap().parse().unwrap()
            };
            let text = word.split_once('>').unwrap().1.split("</word>").next().unwrap();
            let text = text
                .replace("&amp;", "&")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'");
            words.push(Word {
                page: index + 1,
                text,
                left: number("xMin"),
                right: number("xMax"),
                top: number("yMin"),
                bottom: number("yMax"),
            });
        }
    }
    Some(words)
}

/// The glyphs shown with `.notdef`, glyph 0 of its font, which a viewer
/// draws as an empty box: one font resource name per such glyph, from the
/// content of every page and every form XObject. Typst writes text in
/// composite fonts whose two-byte codes are glyph ids, so each code of a
/// string a text operator shows in one is one glyph. (Simple fonts, Type 3
/// for colour glyphs, have no `.notdef` to show.)
pub fn notdef_glyphs(pdf: &[u8]) -> Vec<String> {
    let doc = lopdf::Document::load_mem(pdf).expect("PDF parses");
    let resolve = |object: &lopdf::Object| -> Option<lopdf::Dictionary> {
        match object {
            lopdf::Object::Reference(id) => doc.get_dictionary(*id).ok().cloned(),
            lopdf::Object::Dictionary(dict) => Some(dict.clone()),
            _ => None,
        }
    };
    // The composite fonts of a resource dictionary, by resource name.
    let composite_fonts = |resources: Option<lopdf::Dictionary>| -> Vec<Vec<u8>> {
        let Some(fonts) = resources.and_then(|resources| resources.get(b"Font").ok().and_then(resolve)) else {
            return Vec::new();
        };
        fonts
            .iter()
            .filter(|(_, font)| {
                resolve(font).is_some_and(|font| font.get(b"Subtype").and_then(|s| s.as_name()).ok() == Some(b"Type0"))
            })
            .map(|(name, _)| name.clone())
            .collect()
    };
    let mut streams: Vec<(Vec<u8>, Vec<Vec<u8>>)> = Vec::new();
    for (_, page) in doc.get_pages() {
        let content = doc.get_page_content(page).expect("page content reads");
        let resources = doc.get_dictionary(page).ok().and_then(|page| page.get(b"Resources").ok().and_then(resolve));
        streams.push((content, composite_fonts(resources)));
    }
    for object in doc.objects.values() {
        let lopdf::Object::Stream(stream) = object else { continue };
        if stream.dict.get(b"Subtype").and_then(|s| s.as_name()).ok() != Some(b"Form") {
            continue;
        }
        let content = stream.decompressed_content().unwrap_or_else(|_| stream.content.clone());
        streams.push((content, composite_fonts(stream.dict.get(b"Resources").ok().and_then(resolve))));
    }
    let mut found = Vec::new();
    for (content, composite) in streams {
        let operations = lopdf::content::Content::decode(&content).expect("content decodes").operations;
        let mut font: Vec<u8> = Vec::new();
        for operation in operations {
            match operation.operator.as_str() {
                "Tf" => {
                    font = operation.operands.first().and_then(|name| name.as_name().ok()).unwrap_or_default().to_vec()
                }
                "Tj" | "TJ" | "'" | "\"" if composite.contains(&font) => {
                    for operand in &operation.operands {
                        let strings: Vec<&Vec<u8>> = match operand {
                            lopdf::Object::String(bytes, _) => vec![bytes],
                            lopdf::Object::Array(items) => items
                                .iter()
                                .filter_map(|item| match item {
                                    lopdf::Object::String(bytes, _) => Some(bytes),
                                    _ => None,
                                })
                                .collect(),
                            _ => Vec::new(),
                        };
                        for bytes in strings {
                            let zeros = bytes.chunks(2).filter(|pair| pair.iter().all(|byte| *byte == 0)).count();
                            found.extend(std::iter::repeat_n(String::from_utf8_lossy(&font).into_owned(), zeros));
                        }
                    }
                }
                _ => {}
            }
        }
    }
    found
}
