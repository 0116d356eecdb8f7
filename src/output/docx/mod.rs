//! The CV as a Word document (`.docx`), built from the contract: the same
//! words, periods, durations and labels as the PDF, never from its pages.
//!
//! It is a document to edit, not a copy of the PDF's look: one column of
//! paragraphs in Word's built-in styles (Title, Subtitle, Heading 1 for the
//! parts, Heading 2 for the jobs, List Bullet and List Number through the
//! numbering part, Hyperlink), real hyperlinks, and the photo inline. No
//! tables, text boxes, columns, headers or footers carry content, so a
//! recruiter can restyle it in two clicks and a résumé parser reads it in
//! order.
//!
//! [`writer`] turns rich text and blocks into paragraphs in these styles
//! (what a cover letter reuses), [`cv`] lays out the CV with it, and
//! [`package`] writes the parts and packs them into the ZIP file with fixed
//! timestamps and a fixed order, so the same inputs give the same bytes.
//! The element model is docx-rust's; every text goes into it as a value and
//! is escaped by its XML writer.

mod cv;
mod package;
pub(crate) mod writer;

use serde_json::Value as Json;

use crate::contract::TemplateData;
use crate::error::Error;

pub(crate) use writer::Writer;

/// The setup of a document that does not come from its text: the page, the
/// fonts, the sizes and colours, the language.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Setup {
    /// The page's width and height in points.
    pub page: (f64, f64),
    /// One margin for all sides, in points.
    pub margin: f64,
    /// The family of the text, and of the titles.
    pub font: String,
    pub heading_font: String,
    /// The family of Chinese, Japanese and Korean characters when the
    /// document has any, and the language they are marked with.
    pub east_asia_font: Option<String>,
    pub east_asia_lang: Option<String>,
    /// The size of the body text in points.
    pub size: f64,
    /// Line spacing as a multiple of the word processor's single spacing.
    pub line_spacing: f64,
    /// The colour of the title and the headings (`RRGGBB`), or none for the text's.
    pub accent: Option<String>,
    /// The colour of links (`RRGGBB`).
    pub link_color: String,
    /// The language tag the spelling checker goes by (`ru-RU`, `en-GB`).
    pub lang: String,
    /// Whether the language runs from right to left: every paragraph is
    /// then a right-to-left one (`w:bidi`), and the language is also the
    /// complex scripts' (`w:lang w:bidi`).
    pub rtl: bool,
}

/// The margin when the design leaves it to the template: 2 cm, the usual
/// margin of a word processor's A4 page.
const DEFAULT_MARGIN: f64 = 56.7;
/// The body size when the design has none: what word processors start with.
const DEFAULT_SIZE: f64 = 11.0;
const DEFAULT_LINK_COLOR: &str = "2B6CD0";

impl Setup {
    /// The setup for `cv`: its design options (`cv.design`) as far as a
    /// document takes them, and `lang`, the language's code as the data
    /// names it (`ru`, `en-GB`, `sr-Latn`). `named` lists the design options
    /// the data sets itself: a font the data names is used as named, while
    /// a template's default face (bundled with cvpdf, rarely installed)
    /// gives way to a family every word processor has.
    pub fn of(cv: &TemplateData, lang: &str, named: &[&str]) -> Setup {
        let design = &cv.design;
        let number = |name: &str| design.get(name).and_then(Json::as_f64);
        let colour = |name: &str| {
            design.get(name).and_then(Json::as_str).and_then(|hex| {
                let hex = hex.trim_start_matches('#');
                let full = match hex.len() {
                    3 => hex.chars().flat_map(|c| [c, c]).collect(),
                    6 => hex.to_owned(),
                    _ => return None,
                };
                full.chars().all(|c| c.is_ascii_hexdigit()).then(|| full.to_ascii_uppercase())
            })
        };
        let font_of = |name: &str| -> Option<(String, bool)> {
            let font = design.get(name)?.as_object()?;
            let family = font.get("family")?.as_str()?.to_owned();
            Some((family, font.get("serif").and_then(Json::as_bool).unwrap_or(false)))
        };
        let serif = font_of("font").is_some_and(|(_, serif)| serif);
        let common = if serif { "Times New Roman" } else { "Arial" };
        let chosen = |name: &str| font_of(name).filter(|_| named.contains(&name)).map(|(family, _)| family);
        let font = chosen("font").unwrap_or_else(|| common.to_owned());
        let heading_font = chosen("heading_font").unwrap_or_else(|| font.clone());
        let page = design
            .get("page")
            .and_then(|page| Some((page.get("width")?.as_f64()?, page.get("height")?.as_f64()?)))
            .unwrap_or((595.28, 841.89));
        let lang = word_language(lang);
        let east_asia = east_asia(cv, &lang);
        Setup {
            page,
            margin: number("margin").unwrap_or(DEFAULT_MARGIN),
            font,
            heading_font,
            east_asia_font: east_asia.map(|(font, _)| font.to_owned()),
            east_asia_lang: east_asia.map(|(_, script_lang)| {
                // A CV in Chinese, Japanese or Korean keeps its own tag.
                if ["zh", "ja", "ko"].iter().any(|code| lang.starts_with(code)) {
                    lang.clone()
                } else {
                    script_lang.to_owned()
                }
            }),
            size: number("size").unwrap_or(DEFAULT_SIZE),
            line_spacing: number("line_spacing").unwrap_or(1.0),
            accent: colour("accent"),
            link_color: colour("link_color").unwrap_or_else(|| DEFAULT_LINK_COLOR.to_owned()),
            lang,
            rtl: cv.dir == "rtl",
        }
    }
}

/// What the document says about itself (its core properties), as the PDF
/// does: the title, the author, the subject and the keywords.
#[derive(Debug, Clone, Default)]
pub(crate) struct Properties {
    pub title: String,
    pub author: String,
    pub subject: String,
    pub keywords: Vec<String>,
    /// The document's language tag, as in [`Setup::lang`].
    pub lang: String,
}

/// The photo: a JPEG and the size it is set at, in points.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Photo<'a> {
    pub jpeg: &'a [u8],
    pub width: f64,
    pub height: f64,
}

/// The CV as a Word document.
pub(crate) fn cv(data: &TemplateData, setup: &Setup, photo: Option<Photo>) -> Result<Vec<u8>, Error> {
    let mut writer = Writer::new(setup.clone());
    cv::write(&mut writer, data, photo);
    let properties = Properties {
        title: data.title.clone(),
        author: data.person.name_plain.clone(),
        subject: data.headline_plain.clone(),
        keywords: data.skills_plain.clone(),
        lang: setup.lang.clone(),
    };
    writer.finish(&properties)
}

/// The language tag a word processor's spelling checker goes by. A code
/// with a region (`en-GB`, `sr-Latn-RS`) is taken as it is; a language
/// alone gets the region where it is mostly written, since Word and
/// LibreOffice pick dictionaries by language and region.
pub(crate) fn word_language(code: &str) -> String {
    let has_region =
        code.split('-').skip(1).any(|part| part.len() == 2 && part.chars().all(|c| c.is_ascii_alphabetic()));
    if has_region {
        return code.to_owned();
    }
    let language = code.split('-').next().unwrap_or(code);
    let region = match language {
        "ru" => "RU",
        "en" => "US",
        "uk" => "UA",
        "be" => "BY",
        "kk" => "KZ",
        "sr" => "RS",
        "pl" => "PL",
        "de" => "DE",
        "fr" => "FR",
        "es" => "ES",
        "el" => "GR",
        "tr" => "TR",
        "vi" => "VN",
        "zh" => "CN",
        "ja" => "JP",
        "ko" => "KR",
        "it" => "IT",
        "pt" => "PT",
        "nl" => "NL",
        "cs" => "CZ",
        _ => return code.to_owned(),
    };
    format!("{code}-{region}")
}

/// The East Asian family for the CV's Chinese, Japanese or Korean
/// characters, if it has any, and their language: a face Windows and Office
/// for Mac both ship (sans, as Arial is). Word sets such characters in this
/// family, whatever the family of the text around them. Kana make the text
/// Japanese and Hangul Korean; Han characters alone, Chinese, unless the
/// CV's own language is Japanese.
fn east_asia(cv: &TemplateData, lang: &str) -> Option<(&'static str, &'static str)> {
    let json = cv.to_json();
    let mut found = (false, false, false);
    scan_scripts(&json, &mut found);
    match found {
        (_, _, true) => Some(("Malgun Gothic", "ko-KR")),
        (_, true, _) => Some(("Yu Gothic", "ja-JP")),
        (true, _, _) if lang.starts_with("ja") => Some(("Yu Gothic", "ja-JP")),
        (true, _, _) => Some(("Microsoft YaHei", "zh-CN")),
        _ => None,
    }
}

/// Marks whether the strings of `value` hold Han, kana or Hangul characters.
fn scan_scripts(value: &Json, found: &mut (bool, bool, bool)) {
    match value {
        Json::String(text) => {
            for c in text.chars() {
                match u32::from(c) {
                    0x3040..=0x30FF | 0x31F0..=0x31FF => found.1 = true,
                    0x1100..=0x11FF | 0x3130..=0x318F | 0xAC00..=0xD7AF => found.2 = true,
                    0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F => found.0 = true,
                    _ => {}
                }
            }
        }
        Json::Array(values) => values.iter().for_each(|value| scan_scripts(value, found)),
        Json::Object(map) => map.values().for_each(|value| scan_scripts(value, found)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_language_alone_gets_its_usual_region() {
        assert_eq!(word_language("ru"), "ru-RU");
        assert_eq!(word_language("en-GB"), "en-GB");
        assert_eq!(word_language("sr-Latn"), "sr-Latn-RS");
        assert_eq!(word_language("sr-Latn-ME"), "sr-Latn-ME");
        assert_eq!(word_language("gsw"), "gsw");
    }
}
