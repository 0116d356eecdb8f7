//! CVs kept elsewhere, made into the data format, and the data format
//! written as a JSON Resume document.
//!
//! An import reads a JSON document ([`source`]), maps it onto a [`Draft`]
//! of the YAML ([`hh`] for an hh.ru resume, [`jsonresume`] for JSON Resume),
//! puts whatever has no field of its own into free sections titled in the
//! CV's language ([`words`]), turns multi-line text into paragraphs and
//! lists ([`text`]), and writes the YAML with comments ([`draft`]). Nothing
//! is dropped without a word: the [`Report`] says where each source section
//! went, and names what was skipped and why. [`export`] goes the other way.

pub(crate) mod draft;
pub(crate) mod export;
pub(crate) mod hh;
pub(crate) mod jsonresume;
pub(crate) mod source;
pub(crate) mod starter;
pub(crate) mod text;
pub(crate) mod words;

use std::path::Path;

use self::draft::{Block, Comments, Draft, Item, Section};
use self::source::{Source, Step};
use self::text::Flavor;
use self::words::{Partial, Words};
use crate::Error;
use crate::data::model::{Date, Lang};

/// The formats `cvpdf import` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    Hh,
    JsonResume,
}

impl Format {
    pub fn describe(self) -> &'static str {
        match self {
            Format::Hh => "an hh.ru resume",
            Format::JsonResume => "a JSON Resume document",
        }
    }
}

/// What an import asks for besides the source.
pub(crate) struct Options<'a> {
    /// The language of the CV, instead of the source's own or a guess.
    pub lang: Option<Lang>,
    /// Where the YAML will be written: photos are looked for beside it, and
    /// errors name it.
    pub output: &'a Path,
}

/// A finished import.
pub(crate) struct Imported {
    pub yaml: String,
    pub report: Report,
}

/// Where each part of the source went, and what was left out.
#[derive(Debug, Default)]
pub(crate) struct Report {
    /// `source → destination` lines, in the order of the source's format.
    pub moves: Vec<String>,
    /// Things the user should know: placeholders, guesses, skipped keys.
    pub notes: Vec<String>,
}

impl Report {
    pub fn moved(&mut self, from: impl AsRef<str>, to: impl AsRef<str>) {
        self.moves.push(format!("{} → {}", from.as_ref(), to.as_ref()));
    }

    pub fn note(&mut self, note: impl Into<String>) {
        self.notes.push(note.into());
    }
}

/// Reads `path` as `format` and builds the CV.
pub(crate) fn import(format: Format, path: &Path, options: &Options) -> Result<Imported, Error> {
    let source = Source::read(path)?;
    match format {
        Format::Hh => hh::import(&source, options),
        Format::JsonResume => jsonresume::import(&source, options),
    }
}

/// Where a free section goes among the built-in parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Place {
    AfterExperience,
    AfterEducation,
    End,
}

/// A CV being built, shared by the importers.
pub(crate) struct Builder<'a> {
    pub draft: Draft,
    pub comments: Comments,
    pub report: Report,
    pub words: &'static Words,
    pub flavor: Flavor,
    sections: Vec<(Section, Place)>,
    /// The latest date of a job or a birth, which `updated` may not precede.
    latest: Option<Date>,
    /// The latest date of anything, for guessing `updated` when the source
    /// does not say.
    latest_any: Option<Date>,
    source: &'a Source,
}

impl<'a> Builder<'a> {
    pub fn new(source: &'a Source, lang: Lang, flavor: Flavor) -> Builder<'a> {
        let draft = Draft { lang: lang.code().to_owned(), ..Draft::default() };
        Builder {
            draft,
            comments: Comments::default(),
            report: Report::default(),
            words: Words::of(lang),
            flavor,
            sections: Vec::new(),
            latest: None,
            latest_any: None,
            source,
        }
    }

    pub fn lang(&self) -> Lang {
        self.words.lang
    }

    /// One line of source text as data text.
    pub fn line(&self, text: &str) -> String {
        text::line(text, self.flavor)
    }

    /// A single-line value, or none when blank.
    pub fn field(&self, text: Option<&str>) -> Option<String> {
        text::field(text, self.flavor)
    }

    /// Multi-line source text as blocks.
    pub fn blocks(&self, text: Option<&str>) -> Vec<Block> {
        text.map(|text| text::blocks(text, self.flavor)).unwrap_or_default()
    }

    /// Remembers a date the checks hold against `updated` (a job's, a
    /// birth's), so that `updated` is not before it.
    pub fn saw(&mut self, date: Partial) {
        let last = date.last_day();
        if self.latest.is_none_or(|latest| last > latest) {
            self.latest = Some(last);
        }
        self.saw_any(date);
    }

    /// Remembers any other date, for a guess at `updated`.
    pub fn saw_any(&mut self, date: Partial) {
        let last = date.last_day();
        if self.latest_any.is_none_or(|latest| last > latest) {
            self.latest_any = Some(last);
        }
    }

    /// The blocks of the free section `id`, made with `title` when new.
    pub fn section(&mut self, id: &str, title: &str, place: Place) -> &mut Vec<Block> {
        let index = match self.sections.iter().position(|(section, _)| section.id == id) {
            Some(index) => index,
            None => {
                let section = Section { title: title.to_owned(), id: id.to_owned(), body: Vec::new() };
                self.sections.push((section, place));
                self.sections.len() - 1
            }
        };
        &mut self.sections[index].0.body
    }

    /// Adds an item to the list that ends section `id`, starting the list if
    /// the section does not end with one.
    pub fn section_item(&mut self, id: &str, title: &str, place: Place, item: Item) {
        let body = self.section(id, title, place);
        match body.last_mut() {
            Some(Block::List(items)) => items.push(item),
            _ => body.push(Block::List(vec![item])),
        }
    }

    /// Keeps keys the importer does not know, each as a line of the "other"
    /// section, and names them in the report.
    pub fn keep_unknown(&mut self, paths: &[Vec<Step>]) {
        if paths.is_empty() {
            return;
        }
        let words = self.words;
        let mut names = Vec::new();
        for path in paths {
            let name = source::show(path);
            let Some(value) = source::at(&self.source.value, path) else { continue };
            let item = generic_item(&name, value, self.flavor);
            self.section_item("other", words.other, Place::End, item);
            names.push(name);
        }
        if !names.is_empty() {
            self.report.note(format!(
                "keys cvpdf does not know, kept as text in the section «{}»: {}",
                words.other,
                names.join(", ")
            ));
        }
    }

    /// Ends the build: settles `updated`, places the free sections and
    /// writes the YAML. `stated` is the source's own date of change.
    pub fn finish(mut self, stated: Option<Date>, options: &Options) -> Result<Imported, Error> {
        let guess = self.latest.max(self.latest_any);
        let updated = match (stated, self.latest) {
            (Some(stated), Some(latest)) if latest > stated => {
                self.report.note(format!(
                    "the source says it was changed on {stated}, but holds a date as late as {latest}; `updated` is {latest}"
                ));
                latest
            }
            (Some(stated), _) => stated,
            (None, _) if let Some(latest) = guess => {
                self.comments.add(
                    "updated",
                    "Taken from the latest date in the source: set it to the date you last edit this CV.",
                );
                self.report.note(format!(
                    "the source has no date of change; `updated` is its latest date, {latest}: set it to today's date"
                ));
                latest
            }
            (None, _) => {
                let placeholder = Date { year: 2000, month: 1, day: 1 };
                self.comments
                    .add("updated", "The source has no dates at all: set this to the date you last edit this CV.");
                self.report.note("the source has no dates at all; `updated` is 2000-01-01: set it to today's date");
                placeholder
            }
        };
        self.draft.updated = updated.to_string();
        if !self.sections.is_empty() {
            let mut order: Vec<String> = Vec::new();
            let mut place = |part: &str| order.push(part.to_owned());
            if !self.draft.about.is_empty() {
                place("about");
            }
            place("experience");
            let ids = |wanted: Place| {
                self.sections.iter().filter(move |(_, at)| *at == wanted).map(|(section, _)| section.id.clone())
            };
            order.extend(ids(Place::AfterExperience));
            order.extend(["education".to_owned()]);
            order.extend(ids(Place::AfterEducation));
            order.extend(["courses", "skills", "languages"].map(str::to_owned));
            order.extend(ids(Place::End));
            self.draft.order = order;
            self.draft.sections = self.sections.into_iter().map(|(section, _)| section).collect();
        }
        let (yaml, value) = self.draft.emit(&self.comments)?;
        let limit = crate::input::DATA_LIMIT;
        if yaml.len() as u64 > limit {
            return Err(self.source.error(format!(
                "the CV made from it would be {} bytes, over the {limit} bytes (1 MiB) a CV data file may be",
                yaml.len()
            )));
        }
        draft::check(&yaml, &value, options.output)?;
        Ok(Imported { yaml, report: self.report })
    }

    /// The photo: never downloaded. A file beside the output is used as it
    /// is; anything else is left as a comment saying what to do.
    pub fn photo(&mut self, from: &str, image: &str, options: &Options) {
        let image = draft::single_line(image.trim());
        if image.is_empty() {
            return;
        }
        // An image inside the document is not worth a comment's line.
        let image = if image.starts_with("data:") {
            "an image inside the document (a data: address)".to_owned()
        } else if image.chars().count() > 300 {
            image.chars().take(300).collect::<String>() + "…"
        } else {
            image
        };
        let folder = options.output.parent().filter(|dir| !dir.as_os_str().is_empty()).unwrap_or(Path::new("."));
        let path = Path::new(&image);
        // Only a file in the output's folder or below it, named plainly.
        let is_local = !image.contains(':')
            && !image.starts_with("//")
            && path.components().all(|part| matches!(part, std::path::Component::Normal(_)));
        if is_local && folder.join(&image).is_file() {
            self.draft.photo = Some(image.clone());
            self.report.moved(from, "photo");
            return;
        }
        let file = if is_local {
            Path::new(&image).file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or("photo.jpg".into())
        } else {
            "photo.jpg".to_owned()
        };
        let yaml_name = options.output.file_name().map(|name| name.to_string_lossy().into_owned());
        let yaml_name = yaml_name.unwrap_or_else(|| "the CV".into());
        self.comments.add("person", format!("photo: {file}"));
        if is_local {
            self.comments
                .add("person", format!("  The source names the photo {image}, which is not beside this file."));
        } else {
            self.comments.add("person", format!("  The photo is at {image}"));
        }
        self.comments.add(
            "person",
            format!(
                "  cvpdf downloads nothing: save it as {file} beside {yaml_name}, then remove the \"# \" before photo:"
            ),
        );
        self.report
            .moved(from, format!("a comment in {yaml_name}: save the photo beside it as {file} (not downloaded)"));
    }
}

/// Any JSON value as a list item: `name: text`, with nested items for the
/// parts of arrays and objects.
pub(crate) fn generic_item(name: &str, value: &serde_json::Value, flavor: Flavor) -> Item {
    nested_item(name, value, flavor, 0)
}

/// Levels of nesting an unknown value is spelled out to; deeper parts are
/// written as compact JSON, so no document nests the YAML without bound.
const MAX_NESTING: usize = 6;

fn nested_item(name: &str, value: &serde_json::Value, flavor: Flavor, depth: usize) -> Item {
    use serde_json::Value;
    if depth >= MAX_NESTING && (value.is_array() || value.is_object()) {
        let label = text::line(name, Flavor::Plain);
        return Item::new(format!("{label}: {}", text::line(&value.to_string(), Flavor::Plain)));
    }
    let scalar = |value: &Value| match value {
        Value::String(text) => Some(text::line(text, flavor)),
        Value::Number(number) => Some(number.to_string()),
        Value::Bool(flag) => Some(flag.to_string()),
        Value::Null => Some("null".to_owned()),
        _ => None,
    };
    let label = text::line(name, Flavor::Plain);
    match value {
        Value::Array(values) => Item {
            text: format!("{label}:"),
            items: values
                .iter()
                .enumerate()
                .map(|(index, value)| match scalar(value) {
                    Some(text) => Item::new(text),
                    None => nested_item(&format!("{}", index + 1), value, flavor, depth + 1),
                })
                .collect(),
        },
        Value::Object(map) => Item {
            text: format!("{label}:"),
            items: map.iter().map(|(key, value)| nested_item(key, value, flavor, depth + 1)).collect(),
        },
        other => Item::new(format!("{label}: {}", scalar(other).unwrap_or_default())),
    }
}

/// `a, b, c` of the non-empty texts.
pub(crate) fn join<I: IntoIterator<Item = Option<String>>>(parts: I, separator: &str) -> Option<String> {
    let parts: Vec<String> = parts.into_iter().flatten().filter(|part| !part.is_empty()).collect();
    (!parts.is_empty()).then(|| parts.join(separator))
}
