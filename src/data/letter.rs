//! A cover letter: the file that holds only what is the letter's own (the
//! recipient, the place and date, the subject, the body, the closing, the
//! enclosures) and names the CV it goes with, whose person, contacts,
//! photo, design and language it takes.
//!
//! It is read with the safety rules of the CV ([`super::load`]): a regular
//! file of at most 1 MiB, UTF-8, parsed once into a tree, unknown keys
//! refused with a suggestion, every error at its line. Its texts may be
//! language maps, checked against the languages of its CV.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::languages::{Choice, Lang};
use super::load::{data_error, line_text, parse_tree, read_located, read_text};
use super::model::{Block, Date, Gender, Item, Localized, Text};
use super::positions::Locations;
use super::text::with_choice;
use crate::error::{Error, Message};

/// The longest body a letter may have, in characters: about four pages,
/// far more than a letter of one page holds, and little enough that a
/// pasted file is refused before it is laid out.
pub const MAX_BODY_CHARS: usize = 12_000;

/// A cover letter. `cv`, `lang` and `variant` are read from the tree
/// before the model (the CV must be read first), and declared here so that
/// the model accepts them and checks their types.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub struct Letter {
    /// The CV the letter goes with, relative to the letter; `cv.yaml`
    /// beside the letter when not given.
    #[serde(default)]
    pub cv: Option<String>,
    /// The letter's language, one the CV is written in or any other; the
    /// CV's (first) language when not given.
    #[serde(default)]
    pub lang: Option<Lang>,
    /// The variant of the CV that `--with-cv` appends.
    #[serde(default)]
    pub variant: Option<String>,
    #[serde(default)]
    pub recipient: Option<Recipient>,
    /// Where the letter is written: the first word of the date line.
    #[serde(default)]
    pub place: Option<Text>,
    /// The letter's date; the CV's `updated` date (or `--as-of`) when not given.
    #[serde(default)]
    pub date: Option<Date>,
    #[serde(default)]
    pub subject: Option<Text>,
    /// «Dear Ms Smith,»; by the language (and the recipient's gender) when not given.
    #[serde(default)]
    pub salutation: Option<Text>,
    /// Paragraphs separated by blank lines; lines starting with `- ` make a
    /// list, `1. ` a numbered one. Inline Markdown as in the CV.
    pub body: Text,
    /// «Sincerely,»; by the language when not given.
    #[serde(default)]
    pub closing: Option<Text>,
    /// An image of the signature (PNG or JPEG), relative to the letter.
    #[serde(default)]
    pub signature: Option<String>,
    /// What is sent with the letter, listed under the language's word for it.
    #[serde(default)]
    pub enclosures: Localized<Vec<Text>>,
}

/// Who the letter is addressed to; every part is optional.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Recipient {
    #[serde(default)]
    pub name: Option<Text>,
    /// The recipient's position: «Head of Engineering».
    #[serde(default)]
    pub title: Option<Text>,
    #[serde(default)]
    pub company: Option<Text>,
    /// The address, one line each.
    #[serde(default)]
    pub address: Localized<Vec<Text>>,
    /// Picks the default salutation where the language's depends on it.
    #[serde(default)]
    pub gender: Option<Gender>,
}

/// A letter file read and parsed, before its language is known: the CV it
/// names must be read first, for the languages its maps may use.
pub struct LetterFile {
    pub path: PathBuf,
    text: String,
    document: serde_yaml::Value,
}

/// A letter read in one language.
pub struct LoadedLetter {
    pub letter: Letter,
    /// The language the letter is written in.
    pub lang: Lang,
    /// The body in blocks, as a CV's `about:` would be.
    pub body: Vec<Block>,
    pub path: PathBuf,
    text: String,
    warnings: Vec<String>,
}

impl LetterFile {
    /// Reads and parses the letter at `path`.
    pub fn read(path: &Path) -> Result<LetterFile, Error> {
        let text = read_text(path, "a letter")?;
        let text = text.strip_prefix('\u{feff}').map(str::to_owned).unwrap_or(text);
        let document = parse_tree::<Letter>(path, &text)?;
        if !document.is_mapping() {
            let message = "a letter is a map of keys such as `subject:` and `body:`";
            return Err(data_error(path, Some((1, 1)), None, message, line_text(&text, Some((1, 1)))));
        }
        Ok(LetterFile { path: path.to_owned(), text, document })
    }

    /// Whether a parsed YAML tree looks like a letter rather than a CV: it
    /// has a `body:` and none of a CV's required keys.
    pub fn looks_like_letter(path: &Path) -> bool {
        let Ok(text) = read_text(path, "a data file") else { return false };
        let Ok(document) = serde_yaml::from_str::<serde_yaml::Value>(&text) else { return false };
        document.get("body").is_some() && document.get("person").is_none() && document.get("headline").is_none()
    }

    /// An error about `field`, at its line of the letter.
    pub fn error_at(&self, field: &str, message: impl Into<Message>) -> Error {
        error_at(&self.path, &self.text, field, message)
    }

    /// Whether the letter gives the top-level key `key`.
    pub fn has(&self, key: &str) -> bool {
        self.document.get(key).is_some()
    }

    /// The CV the letter names, relative to the letter's folder; the
    /// `cv.yaml` beside it when it names none.
    pub fn cv_path(&self) -> Result<PathBuf, Error> {
        let folder = self.path.parent().filter(|dir| !dir.as_os_str().is_empty()).unwrap_or(Path::new("."));
        match self.document.get("cv") {
            None | Some(serde_yaml::Value::Null) => Ok(folder.join("cv.yaml")),
            Some(serde_yaml::Value::String(written)) if !written.trim().is_empty() => Ok(folder.join(written.trim())),
            Some(_) => Err(self.error_at("cv", "expected the path of the CV's YAML file, such as `../cv.yaml`")),
        }
    }

    /// The language the letter asks for, if it names one.
    pub fn lang(&self) -> Result<Option<Lang>, Error> {
        match self.document.get("lang") {
            None | Some(serde_yaml::Value::Null) => Ok(None),
            Some(serde_yaml::Value::String(code)) => {
                Lang::parse(code).map(Some).map_err(|why| self.error_at("lang", why))
            }
            Some(_) => Err(self.error_at("lang", "expected a language code such as `de`")),
        }
    }

    /// The variant of the CV the letter names, if any.
    pub fn variant(&self) -> Option<String> {
        self.document.get("variant").and_then(serde_yaml::Value::as_str).map(str::to_owned)
    }

    /// Reads the letter in `lang`; its language maps may use the CV's
    /// languages `declared` (the CV's default first) and `lang`.
    pub fn load(self, lang: Lang, declared: &[Lang]) -> Result<LoadedLetter, Error> {
        let LetterFile { path, text, document } = self;
        let mut languages = declared.to_vec();
        if !languages.contains(&lang) {
            languages.push(lang);
        }
        let choice = Choice { chosen: lang, declared: languages.into() };
        let read = with_choice(choice.clone(), || serde_path_to_error::deserialize::<_, Letter>(&document));
        let letter = match read {
            Ok(letter) => letter,
            Err(error) => {
                return Err(match read_located::<Letter>(&path, &text, &choice) {
                    Err(located) => located,
                    Ok(_) => data_error(&path, None, Some(error.path().to_string()), error.inner().to_string(), None),
                });
            }
        };
        if let Some(problem) = super::validate::check_texts(&document).into_iter().next() {
            return Err(error_at(&path, &text, &problem.field, problem.message));
        }
        let characters = letter.body.chars().count();
        if characters > MAX_BODY_CHARS {
            let message = Message::new(format!(
                "the body has {characters} characters; a letter's may have at most {MAX_BODY_CHARS}"
            ))
            .hint("a cover letter fits one page: about 2,500 characters");
            return Err(error_at(&path, &text, "body", message));
        }
        if let Some(signature) = &letter.signature
            && signature.trim().is_empty()
        {
            return Err(error_at(&path, &text, "signature", "expected the path of an image (PNG or JPEG)"));
        }
        let body = body_blocks(&letter.body);
        let mut warnings = Vec::new();
        if choice.declared.len() > 1 {
            let locations = Locations::of(&text);
            let maps = super::languages::LanguageMaps::of(&locations, &choice.declared);
            for fallback in super::languages::fallbacks(&locations, &choice, &maps) {
                let error = data_error(
                    &path,
                    fallback.at,
                    Some(fallback.field),
                    fallback.message,
                    line_text(&text, fallback.at),
                );
                warnings.push(format!("warning: {error}"));
            }
        }
        if crate::lang::locale::file(lang).is_none() {
            let at = Locations::of(&text).find("lang");
            let message = Message::new(format!(
                "cvpdf has no language file for `{lang}`, so the letter's own words (the date line, the default \
                 salutation and closing) are English"
            ))
            .hint("give `salutation:` and `closing:` in the letter");
            warnings.push(format!(
                "warning: {}",
                data_error(&path, at, Some("lang".into()), message, line_text(&text, at))
            ));
        }
        Ok(LoadedLetter { letter, lang, body, path, text, warnings })
    }
}

impl LoadedLetter {
    /// An error about `field`, at its line of the letter.
    pub fn error_at(&self, field: &str, message: impl Into<Message>) -> Error {
        error_at(&self.path, &self.text, field, message)
    }

    /// What the letter's author should know but that does not stop a render.
    pub fn warnings(&self) -> &[String] {
        &self.warnings
    }
}

fn error_at(path: &Path, text: &str, field: &str, message: impl Into<Message>) -> Error {
    let location = Locations::of(text).find(field);
    data_error(path, location, Some(field.to_owned()), message, line_text(text, location))
}

/// The body's text in blocks: paragraphs are separated by blank lines, and
/// the lines of a paragraph are joined with spaces; a paragraph whose lines
/// start with `- ` (or `* `) is a list, with `1. ` a numbered list. A line
/// of a list indented deeper than its item's marker is an item inside it.
pub fn body_blocks(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut paragraph: Vec<&str> = Vec::new();
    let flush = |paragraph: &mut Vec<&str>, blocks: &mut Vec<Block>| {
        if !paragraph.is_empty() {
            blocks.push(block_of(paragraph));
            paragraph.clear();
        }
    };
    for line in text.lines() {
        if line.trim().is_empty() {
            flush(&mut paragraph, &mut blocks);
        } else {
            paragraph.push(line);
        }
    }
    flush(&mut paragraph, &mut blocks);
    blocks
}

/// A list marker at the start of a trimmed line, and whether it numbers.
fn marker(line: &str) -> Option<(usize, bool)> {
    if line.starts_with("- ") || line.starts_with("* ") {
        return Some((2, false));
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    (digits > 0 && digits < 4 && line[digits..].starts_with(". ")).then_some((digits + 2, true))
}

fn block_of(lines: &[&str]) -> Block {
    let Some((_, numbered)) = marker(lines[0].trim_start()) else {
        let joined: Vec<&str> = lines.iter().map(|line| line.trim()).collect();
        return Block::Paragraph(Text::from(joined.join(" ").as_str()));
    };
    // Items at the first line's indentation; deeper marked lines are items
    // of the item above; other lines continue the item above.
    let base = indent(lines[0]);
    let mut items: Vec<Item> = Vec::new();
    for line in lines {
        let trimmed = line.trim_start();
        let deeper = indent(line) > base;
        match (marker(trimmed), items.last_mut()) {
            (Some((skip, _)), Some(parent)) if deeper => {
                parent.items.push(item(&trimmed[skip..]));
            }
            (Some((skip, _)), _) => items.push(item(&trimmed[skip..])),
            (None, Some(last)) => {
                let target = if deeper && !last.items.is_empty() {
                    let inner = last.items.len() - 1;
                    &mut last.items[inner]
                } else {
                    last
                };
                let joined = format!("{} {}", &*target.text, trimmed.trim());
                target.text = Text::from(joined.as_str());
            }
            (None, None) => items.push(item(trimmed)),
        }
    }
    if numbered { Block::Numbered(items) } else { Block::List(items) }
}

fn item(text: &str) -> Item {
    Item { text: Text::from(text.trim()), items: Vec::new(), tags: Vec::new(), priority: None }
}

fn indent(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(block: &Block) -> String {
        match block {
            Block::Paragraph(text) => format!("P:{}", &**text),
            Block::List(items) | Block::Numbered(items) => items
                .iter()
                .map(|item| {
                    let inner: Vec<String> = item.items.iter().map(|inner| format!("[{}]", &*inner.text)).collect();
                    format!("{}{}", &*item.text, inner.join(""))
                })
                .collect::<Vec<_>>()
                .join("|"),
            _ => String::new(),
        }
    }

    #[test]
    fn the_body_splits_into_paragraphs_and_lists() {
        let blocks =
            body_blocks("First line\nsame paragraph.\n\n- one\n  still one\n- two\n  - inner\n\n1. first\n2. second\n");
        let shown: Vec<String> = blocks.iter().map(text).collect();
        assert_eq!(shown, ["P:First line same paragraph.", "one still one|two[inner]", "first|second"]);
        assert!(matches!(blocks[2], Block::Numbered(_)));
        assert!(matches!(blocks[1], Block::List(_)));
    }
}
