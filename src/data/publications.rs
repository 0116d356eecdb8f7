//! Publications: entries written in the data, a bibliography file
//! (BibTeX/BibLaTeX or hayagriva YAML), or both, and the CSL style that
//! formats them.
//!
//! This module reads and checks; the contract formats
//! (the contract's publications module). The bibliography file is read with the
//! rules of every input ([`crate::input::read`]: a regular file, opened
//! without blocking, at most [`BIB_LIMIT`]), must lie inside the CV's folder
//! unless the command line names it (`--set publications.bib=…`), and a
//! syntax error in it is reported at its own line and column. A style is a
//! name from hayagriva's bundled archive (with a few short names: `apa`,
//! `ieee`, `chicago`, `gost`) or a `.csl` file read with the same rules.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use hayagriva::archive::ArchivedStyle;
use hayagriva::citationberg::{IndependentStyle, Style};
use schemars::JsonSchema;
use serde::Deserialize;

use super::load::{data_error, line_text};
use super::model::{Localized, Text};
use crate::error::{Error, Message};

/// The most a bibliography or a style file may hold: a lifetime's
/// publications in BibTeX are a few hundred kilobytes.
pub const BIB_LIMIT: u64 = 8 << 20;

/// The style used when the data names none.
pub const DEFAULT_STYLE: &str = "apa";

/// Short names for the styles CVs use most, beside the archive's own names.
pub const STYLE_ALIASES: &[(&str, &str)] = &[
    ("gost", "gost-r-705-2008-numeric"),
    ("chicago", "chicago-author-date"),
    ("mla", "modern-language-association"),
    ("harvard", "harvard-cite-them-right"),
    ("vancouver", "elsevier-vancouver"),
];

/// The publications part: entries written here, a bibliography file, or both.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Publications {
    /// A bibliography file: BibTeX/BibLaTeX (`.bib`) or hayagriva YAML
    /// (`.yaml`, `.yml`), relative to the data file and inside its folder.
    /// A BibTeX entry's `keywords` are its tags.
    #[serde(default)]
    pub bib: Option<String>,
    /// The citation style: `apa` (the default), `ieee`,
    /// `chicago-author-date` (`chicago`), `gost-r-705-2008-numeric`
    /// (`gost`), any other name of hayagriva's bundled styles, or the path
    /// of a `.csl` file relative to the data file.
    #[serde(default)]
    pub style: Option<String>,
    /// Other spellings of your name among the authors, printed in bold
    /// (the CV's own name always is): `["Petrov, I.", "Петров И. И."]`.
    #[serde(default)]
    pub me: Vec<String>,
    /// `newest` (the default): newest first; `style`: as the style sorts.
    #[serde(default)]
    pub sort: PublicationOrder,
    /// Group the entries by type (journal articles, conference papers,
    /// books, …), each group under its title.
    #[serde(default)]
    pub group: bool,
    /// Number the entries: `none` (the default: the style's own numbers,
    /// if it has any), `ascending` or `descending` (the first entry gets
    /// the highest number, as academic CVs count).
    #[serde(default)]
    pub numbering: Numbering,
    /// How a DOI the style prints as an address reads: `link` (the
    /// default, as the style writes it) or `doi` (`doi:10.…`, linked).
    #[serde(default)]
    pub doi: DoiForm,
    /// Tags of the bibliography file's entries by key, beside their
    /// `keywords`: `{petrov2021: [selected]}`.
    #[serde(default)]
    pub tags: BTreeMap<String, Vec<String>>,
    /// Publications written in the data.
    #[serde(default)]
    pub entries: Localized<Vec<Publication>>,
    /// The bibliography file and the style as read, once loaded.
    #[serde(skip)]
    #[schemars(skip)]
    pub library: Option<Arc<Library>>,
}

/// The order of the publications.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum PublicationOrder {
    /// Newest first, by date; entries without one last.
    #[default]
    Newest,
    /// As the style sorts its bibliography.
    Style,
}

/// How the publications are numbered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Numbering {
    /// No numbers of cvpdf's own; a numeric style keeps its own.
    #[default]
    None,
    Ascending,
    Descending,
}

/// How a DOI reads.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum DoiForm {
    /// As the style prints it, as a link.
    #[default]
    Link,
    /// `doi:10.…`, linked to its address.
    Doi,
}

/// One publication written in the data.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Publication {
    pub title: Text,
    /// The authors in order, each as `Family, Given` or `Given Family`.
    #[serde(default)]
    pub authors: Vec<String>,
    /// Where it appeared: the journal, the conference, the publisher.
    #[serde(default)]
    pub venue: Option<Text>,
    #[serde(default)]
    pub year: Option<u16>,
    /// The DOI without its address: `10.1000/xyz123`.
    #[serde(default)]
    pub doi: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    /// `article` (the default), `conference`, `book`, `chapter`, `thesis`,
    /// `report`, `talk`, `preprint` or `other`.
    #[serde(default, rename = "type")]
    pub kind: PublicationKind,
    /// A note printed after the entry.
    #[serde(default)]
    pub note: Option<Text>,
    /// Free words that variants select by (`include`, `exclude`, `first`).
    #[serde(default)]
    pub tags: Vec<String>,
    /// How long `fit` keeps this when it must shorten the CV: higher numbers
    /// stay longer; the default is 0.
    #[serde(default)]
    pub priority: Option<i64>,
    /// `new` starts it on a new page; `keep` never splits it across two.
    #[serde(default)]
    pub page: Option<crate::data::model::PageBreak>,
}

/// What kind of publication an entry is, for its form and its group.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum PublicationKind {
    #[default]
    Article,
    Conference,
    Book,
    Chapter,
    Thesis,
    Report,
    Talk,
    Preprint,
    Other,
}

/// A bibliography file and a style, as read.
#[derive(Debug, Clone)]
pub struct Library {
    /// The entries of the bibliography file, in its order.
    pub records: Vec<Record>,
    pub style: IndependentStyle,
    /// The style's name as the data gives it (or the file's path).
    pub style_name: String,
    /// The files read: the bibliography and a style file, which no output
    /// may replace and `watch` follows.
    pub files: Vec<PathBuf>,
    /// A digest of what was read (the files' texts and the style's name),
    /// which names this library's formatted entries in the contract's memo.
    pub digest: u64,
}

/// One entry of the bibliography file.
#[derive(Debug, Clone)]
pub struct Record {
    pub entry: hayagriva::Entry,
    /// Its `keywords` and the tags `publications.tags` gives it.
    pub tags: Vec<String>,
}

/// The names of the bundled styles, and the short names.
pub fn style_names() -> Vec<&'static str> {
    let mut names: Vec<&str> = ArchivedStyle::all().iter().flat_map(|style| style.names().iter().copied()).collect();
    names.extend(STYLE_ALIASES.iter().map(|(alias, _)| *alias));
    names.sort_unstable();
    names.dedup();
    names
}

/// Reads what `publications:` names: the style and the bibliography file,
/// against the folder of `data_file`. `trusted_bib` is true when the
/// command line gave the file (`--set`), which may then lie outside that
/// folder. `at` makes an error located at a field of the data.
pub(crate) fn load(
    publications: &Publications,
    data_file: &Path,
    trusted_bib: bool,
    at: &dyn Fn(&str, Message) -> Error,
) -> Result<Library, Error> {
    let folder = data_file.parent().unwrap_or(Path::new(""));
    let written = publications.style.as_deref().unwrap_or(DEFAULT_STYLE);
    use std::hash::{Hash, Hasher};
    let mut digest = std::collections::hash_map::DefaultHasher::new();
    written.hash(&mut digest);
    let mut files = Vec::new();
    let style = load_style(written, folder, at, &mut files, &mut digest)?;
    let mut records = Vec::new();
    if let Some(bib) = &publications.bib {
        let path = inside(folder, bib, trusted_bib).map_err(|why| at("publications.bib", why.into()))?;
        let text = read(&path, bib).map_err(|why| at("publications.bib", why.into()))?;
        text.hash(&mut digest);
        records = parse(&path, &text)?;
        files.push(path);
        for record in &mut records {
            if let Some(tags) = publications.tags.get(record.entry.key()) {
                record.tags.extend(tags.iter().cloned());
            }
        }
        if let Some(key) = publications.tags.keys().find(|key| !records.iter().any(|r| r.entry.key() == key.as_str())) {
            let keys = records.iter().map(|record| record.entry.key());
            return Err(at(
                &format!("publications.tags.{key}"),
                crate::suggest::unknown("no entry has the key", key, keys),
            ));
        }
    } else if let Some(key) = publications.tags.keys().next() {
        return Err(at(
            &format!("publications.tags.{key}"),
            "`tags` names entries of a `bib` file, and there is none".into(),
        ));
    }
    Ok(Library { records, style, style_name: written.to_owned(), files, digest: digest.finish() })
}

/// The style named `written`: a `.csl` file, a short name, or a name of
/// the archive; an unknown name is an error naming the nearest.
fn load_style(
    written: &str,
    folder: &Path,
    at: &dyn Fn(&str, Message) -> Error,
    files: &mut Vec<PathBuf>,
    digest: &mut std::collections::hash_map::DefaultHasher,
) -> Result<IndependentStyle, Error> {
    if written.ends_with(".csl") {
        let path = inside(folder, written, false).map_err(|why| at("publications.style", why.into()))?;
        let text = read(&path, written).map_err(|why| at("publications.style", why.into()))?;
        std::hash::Hash::hash(&text, digest);
        files.push(path);
        return match IndependentStyle::from_xml(&text) {
            Ok(style) => Ok(style),
            Err(error) => {
                Err(at("publications.style", format!("`{written}` is not a CSL style cvpdf can use: {error}").into()))
            }
        };
    }
    let name = STYLE_ALIASES.iter().find(|(alias, _)| *alias == written).map_or(written, |(_, name)| *name);
    let Some(archived) = ArchivedStyle::by_name(name) else {
        let names = style_names();
        return Err(at("publications.style", crate::suggest::unknown("unknown citation style", written, names)));
    };
    match archived.get() {
        Style::Independent(style) => Ok(style),
        // The archive holds independent styles only; a dependent one would
        // need its parent, which it does not bundle.
        Style::Dependent(_) => {
            Err(at("publications.style", format!("the style `{written}` depends on another; name that one").into()))
        }
    }
}

/// The path `written` (relative to the data's folder) names, which must
/// stay inside that folder unless `trusted`.
fn inside(folder: &Path, written: &str, trusted: bool) -> Result<PathBuf, String> {
    let path = folder.join(written);
    if trusted {
        return Ok(path);
    }
    let base = std::fs::canonicalize(if folder.as_os_str().is_empty() { Path::new(".") } else { folder })
        .map_err(|error| format!("the CV's folder {}: {error}", folder.display()))?;
    let real = std::fs::canonicalize(&path).map_err(|error| format!("`{written}`: {error}"))?;
    if real.starts_with(&base) {
        Ok(path)
    } else {
        Err(format!(
            "`{written}` lies outside the CV's folder; move it there, or name it on the command line with --set \
             publications.bib=PATH"
        ))
    }
}

/// The file's text, read with the input rules and the cap.
fn read(path: &Path, written: &str) -> Result<String, String> {
    let bytes = crate::input::read(path, BIB_LIMIT).map_err(|error| format!("`{written}`: {error}"))?;
    String::from_utf8(bytes).map_err(|_| format!("`{written}` is not UTF-8 text; save it as UTF-8"))
}

/// The entries of a bibliography file: hayagriva YAML by its extension,
/// else BibTeX/BibLaTeX. Errors name the file's line and column.
fn parse(path: &Path, text: &str) -> Result<Vec<Record>, Error> {
    let located = |offset: usize, message: String| {
        let location = location(text, offset);
        data_error(path, Some(location), None, message, line_text(text, Some(location)))
    };
    let yaml = path.extension().and_then(|ext| ext.to_str()).is_some_and(|ext| matches!(ext, "yaml" | "yml"));
    if yaml {
        crate::data::limits::check_expansion(text).map_err(|refused| {
            data_error(path, Some(refused.at), None, refused.message, line_text(text, Some(refused.at)))
        })?;
        let library = hayagriva::io::from_yaml_str(text).map_err(|error| {
            let location = error.location().map(|at| (at.line(), at.column()));
            let message = error.to_string();
            let message = message.split(" at line ").next().unwrap_or_default().to_owned();
            data_error(path, location, None, message, line_text(text, location))
        })?;
        return Ok(library.iter().map(|entry| Record { entry: entry.clone(), tags: Vec::new() }).collect());
    }
    let (braced, inserted) = brace_dotless(text);
    // An offset in the braced text, as an offset in the file.
    let original = |offset: usize| offset - 2 * inserted.iter().filter(|&&at| at < offset).count();
    let located = |offset: usize, message: String| located(original(offset), message);
    let bibliography = biblatex::Bibliography::parse(&braced).map_err(|error| {
        if error.span.start >= braced.trim_end().len() {
            // The parser stops at the end of the file; the mistake is where
            // the entry it was still reading begins.
            let start = braced.match_indices("\n@").last().map_or(0, |(at, _)| at + 1);
            return located(start, "BibTeX syntax: this entry is not closed: the file ends inside it".into());
        }
        located(error.span.start, format!("BibTeX syntax: {}", error.kind))
    })?;
    let mut records = Vec::new();
    for raw in bibliography.iter() {
        let entry: hayagriva::Entry = raw.try_into().map_err(|error: biblatex::TypeError| {
            located(error.span.start, format!("entry `{}`: {}", raw.key, error.kind))
        })?;
        let tags = raw
            .fields
            .get("keywords")
            .map(|chunks| {
                use biblatex::ChunksExt;
                chunks
                    .format_verbatim()
                    .split([',', ';'])
                    .map(str::trim)
                    .filter(|tag| !tag.is_empty())
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default();
        records.push(Record { entry, tags });
    }
    Ok(records)
}

/// `{\'\i}`, the accented dotless i of most exported bibliographies, as
/// `{\'{\i}}`, the form the BibTeX parser turns into «í». Returns the text
/// and the offsets (in the new text) where two braces were added.
fn brace_dotless(text: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(text.len());
    let mut inserted = Vec::new();
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let accent = bytes[at] == b'\\'
            && matches!(bytes.get(at + 1), Some(b'\'' | b'`' | b'^' | b'"' | b'~' | b'=' | b'.' | b'u' | b'v' | b'H'))
            && bytes.get(at + 2) == Some(&b'\\')
            && matches!(bytes.get(at + 3), Some(b'i' | b'j'))
            && !bytes.get(at + 4).is_some_and(u8::is_ascii_alphabetic);
        if accent {
            out.push_str(&text[at..at + 2]);
            inserted.push(out.len());
            out.push('{');
            out.push_str(&text[at + 2..at + 4]);
            out.push('}');
            at += 4;
        } else {
            let next = text[at..].chars().next().map_or(1, char::len_utf8);
            out.push_str(&text[at..at + next]);
            at += next;
        }
    }
    (out, inserted)
}

/// The line and column (both from 1, the column in characters) of a byte
/// offset.
fn location(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..text.floor_char_boundary(offset)];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or_default().chars().count() + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_byte_offset_is_a_line_and_a_column_in_characters() {
        assert_eq!(location("ab\nцд e", 8), (2, 4));
        assert_eq!(location("abc", 0), (1, 1));
    }

    #[test]
    fn latex_commands_become_characters() {
        let records = parse(
            Path::new("x.bib"),
            "@article{k, author = {M{\\\"u}ller, J{\\'e}r{\\^o}me}, title = {Fish \\& {C}hips}, pages = {1--5}, \
             year = {2020}, keywords = {selected, ml}}",
        )
        .unwrap();
        let entry = &records[0].entry;
        assert_eq!(entry.authors().unwrap()[0].name, "Müller");
        assert_eq!(entry.title().unwrap().value.to_str(), "Fish & Chips");
        assert_eq!(records[0].tags, ["selected", "ml"]);
        let records =
            parse(Path::new("x.bib"), "@article{k, author = {Garc{\\'\\i}a, Ana}, title = {T}, year = 2020}").unwrap();
        assert_eq!(records[0].entry.authors().unwrap()[0].name, "García");
    }

    #[test]
    fn a_syntax_error_is_at_its_line() {
        let text = "@article{a, title = {A}, year = 2020}\n\n@article{b,\n  title = {B\n";
        let Err(Error::Data(error)) = parse(Path::new("x.bib"), text) else { panic!("no error") };
        assert_eq!(error.location.map(|(line, _)| line), Some(3), "{error:?}");
        let text = "@article{a, title = {A}, year = 2020}\n@article{b,\n  title = {B}\n  year = 2020}\n";
        let Err(Error::Data(error)) = parse(Path::new("x.bib"), text) else { panic!("no error") };
        assert_eq!(error.location, Some((4, 3)), "{error:?}");
    }
}
