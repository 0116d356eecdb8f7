//! CVs kept elsewhere, made into the data format, and the data format
//! written as a JSON Resume document.
//!
//! An import reads its source ([`source`] for an hh.ru resume, [`json`] for
//! a JSON Resume document read leniently with every value's position,
//! [`linkedin`] for LinkedIn's data export, [`rendercv`] for a RenderCV
//! YAML), maps it onto a [`Draft`] of the YAML, puts whatever has no field of
//! its own into free sections titled in the CV's language ([`words`], from
//! the language files), turns multi-line text into paragraphs and lists
//! ([`text`]), and writes the YAML with comments ([`draft`]). Nothing is
//! dropped without a word: the [`Report`] says where each source field went,
//! names what was skipped and why, and lists every problem at its line;
//! what the CV has no field for is kept as comments at the end of the YAML,
//! where no template prints it. [`export`] goes the other way.

pub(crate) mod draft;
pub(crate) mod export;
pub(crate) mod hh;
pub(crate) mod html;
pub(crate) mod json;
pub(crate) mod jsonresume;
pub(crate) mod linkedin;
pub(crate) mod rendercv;
pub(crate) mod source;
pub(crate) mod starter;
pub(crate) mod text;
pub(crate) mod words;

use std::path::Path;

use self::draft::{Block, Comments, Draft, Item, Section};
use self::source::{Source, Step};
use self::text::Flavor;
use self::words::Words;
use crate::Error;
use crate::data::model::{Date, Lang};

/// The formats `cvpdf import` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    Hh,
    JsonResume,
    LinkedIn,
    RenderCv,
}

impl Format {
    pub fn describe(self) -> &'static str {
        match self {
            Format::Hh => "an hh.ru resume",
            Format::JsonResume => "a JSON Resume document",
            Format::LinkedIn => "a LinkedIn data export",
            Format::RenderCv => "a RenderCV file",
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
    /// The CV's `updated` when the source does not say when it was last
    /// changed: `--as-of`, or the day of the import.
    pub today: Date,
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
    /// Problems in the source, each at its place (`file:line:col: path:
    /// message`), in the order of the source.
    pub problems: Vec<String>,
}

impl Report {
    pub fn moved(&mut self, from: impl AsRef<str>, to: impl AsRef<str>) {
        self.moves.push(format!("{} → {}", from.as_ref(), to.as_ref()));
    }

    pub fn note(&mut self, note: impl Into<String>) {
        self.notes.push(note.into());
    }

    pub fn problem(&mut self, problem: impl Into<String>) {
        self.problems.push(problem.into());
    }
}

/// Reads `path` as `format` and builds the CV.
pub(crate) fn import(format: Format, path: &Path, options: &Options) -> Result<Imported, Error> {
    match format {
        Format::Hh => hh::import(&Source::read(path)?, options),
        Format::JsonResume => jsonresume::import(path, options),
        Format::LinkedIn => linkedin::import(path, options),
        Format::RenderCv => rendercv::import(path, options),
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
    /// What the CV has no field for, as `path: value` lines.
    kept: Vec<String>,
    /// The source, for errors about it as a whole.
    origin: &'a Path,
}

impl<'a> Builder<'a> {
    pub fn new(origin: &'a Path, lang: Lang, flavor: Flavor) -> Builder<'a> {
        let draft = Draft { lang: lang.code().to_owned(), ..Draft::default() };
        Builder {
            draft,
            comments: Comments::default(),
            report: Report::default(),
            words: Words::of(lang),
            flavor,
            sections: Vec::new(),
            kept: Vec::new(),
            origin,
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

    /// Keeps a value the CV has no field for as a comment at the end of the
    /// YAML, where no template prints it. `value` is shown as JSON when it
    /// is not a plain string; an image inside the document is only named.
    pub fn keep(&mut self, path: &str, value: &serde_json::Value) {
        let shown = match value {
            serde_json::Value::String(text) if text.trim_start().starts_with("data:") => {
                format!("(an image or file inside the document, {} bytes, left out)", text.len())
            }
            serde_json::Value::String(text) if !text.contains(['\n', '\r']) => text.clone(),
            other => other.to_string(),
        };
        self.kept.push(format!("{path}: {shown}"));
    }

    /// Keeps keys the importer does not know (see [`Builder::keep`]), and
    /// names them in the report.
    pub fn keep_unknown(&mut self, root: &serde_json::Value, paths: &[Vec<Step>]) {
        let mut names = Vec::new();
        for path in paths {
            let name = source::show(path);
            let Some(value) = source::at(root, path) else { continue };
            self.keep(&name, value);
            names.push(name);
        }
        if !names.is_empty() {
            self.report.note(format!(
                "fields cvpdf has no place for, kept as comments at the end of the YAML (never printed): {}",
                names.join(", ")
            ));
        }
    }

    /// An error about the source as a whole.
    pub fn error(&self, message: String) -> Error {
        Error::Data(Box::new(crate::error::DataError {
            file: self.origin.to_owned(),
            location: None,
            field: None,
            message,
            line_text: None,
            hints: Vec::new(),
        }))
    }

    /// Ends the build: settles `updated`, moves what is dated after it out
    /// of the dated parts, places the free sections and writes the YAML.
    /// `stated` is the source's own date of change; without it `updated` is
    /// `options.today`, never a date taken from the content.
    pub fn finish(mut self, stated: Option<Date>, options: &Options) -> Result<Imported, Error> {
        let updated = match stated {
            Some(stated) => stated,
            None => {
                self.comments.add("updated", "The date of the import: set it to the date you last edit this CV.");
                self.report.note(format!(
                    "the source does not say when it was last changed; `updated` is {}, the day of the import",
                    options.today
                ));
                options.today
            }
        };
        self.draft.updated = updated.to_string();
        self.settle_after(updated);
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
            self.draft.sections = std::mem::take(&mut self.sections).into_iter().map(|(section, _)| section).collect();
        }
        if !self.kept.is_empty() {
            let footer = &mut self.comments.footer;
            footer.push("Kept from the source, never printed: the CV has no field for these. Move what".into());
            footer.push("you want on the CV into a field or a section, then delete these lines.".into());
            footer.extend(self.kept.iter().map(|line| format!("  {line}")));
        }
        let (yaml, value) = self.draft.emit(&self.comments)?;
        let limit = crate::input::DATA_LIMIT;
        if yaml.len() as u64 > limit {
            return Err(self.error(format!(
                "the CV made from it would be {} bytes, over the {limit} bytes (1 MiB) a CV data file may be",
                yaml.len()
            )));
        }
        draft::check(&yaml, &value, options.output).map_err(|error| self.refused(error))?;
        Ok(Imported { yaml, report: self.report })
    }

    /// The error of a CV that the checks refuse, about the source: the
    /// field of the CV and the source's field it came from, since the YAML
    /// the error would point into is never written.
    fn refused(&self, error: Error) -> Error {
        let Error::Data(data) = error else { return error };
        let field = data.field.clone().unwrap_or_default();
        let shape = |path: &str| {
            path.split('[')
                .map(|part| part.split_once(']').map_or(part, |(_, rest)| rest))
                .collect::<Vec<_>>()
                .join("[]")
        };
        let source = self.report.moves.iter().find_map(|line| {
            let (from, to) = line.split_once(" → ")?;
            (to == field || shape(to) == shape(&field)).then_some(from)
        });
        let whose = match (source, field.is_empty()) {
            (_, true) => String::new(),
            (Some(from), false) => format!("{field} (from the source's {from}): "),
            (None, false) => format!("{field}: "),
        };
        let mut refused = self.error(format!(
            "the CV made from it does not pass the checks, so nothing was written: {whose}{}",
            data.message
        ));
        if let Error::Data(refused) = &mut refused {
            refused.hints.push("change the value in the source, then import again".into());
        }
        refused
    }

    /// Jobs and a birth date later than `updated`, which `cvpdf check`
    /// refuses: a job goes to the free part of undated experience with its
    /// period in words, a birth date into the kept comments; each is named in
    /// the report.
    fn settle_after(&mut self, updated: Date) {
        let as_of = updated.year_month();
        let month = |text: &str| crate::data::model::YearMonth::parse(text);
        if let Some(birth) = self.draft.person.birth_date.clone()
            && Date::parse(&birth).is_some_and(|birth| birth > updated)
        {
            self.draft.person.birth_date = None;
            self.keep("birth date", &serde_json::Value::String(birth.clone()));
            self.report.note(format!("the birth date {birth} is after the CV's date {updated}: kept as a comment"));
        }
        let words = self.words;
        let lang = self.lang();
        for job in std::mem::take(&mut self.draft.experience) {
            let start = month(&job.start);
            let end = month(&job.end);
            let late = start.is_some_and(|start| start > as_of) || end.is_some_and(|end| end > as_of);
            if !late {
                self.draft.experience.push(job);
                continue;
            }
            let partial = |month: Option<crate::data::model::YearMonth>| {
                month.map(|month| words::Partial { year: month.year, month: Some(month.month), day: None })
            };
            let period = words::period(lang, partial(start), partial(end));
            let company = match &job.url {
                Some(url) => text::link(&job.company, url),
                None => job.company.clone(),
            };
            let heading = join([job.position.clone(), Some(company)], ", ");
            self.report.note(format!(
                "the job at {} is dated after the CV's date {updated}; kept in the section «{}»",
                job.company, words.undated_work
            ));
            let details = join([period, job.city.clone(), job.industry.clone()], ", ");
            let section = self.section("undated-work", words.undated_work, Place::AfterExperience);
            section.extend(heading.map(Block::Heading));
            section.extend(details.map(Block::Paragraph));
            section.extend(job.description);
            if !job.items.is_empty() {
                section.push(Block::List(job.items));
            }
        }
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

/// `a, b, c` of the non-empty texts.
pub(crate) fn join<I: IntoIterator<Item = Option<String>>>(parts: I, separator: &str) -> Option<String> {
    let parts: Vec<String> = parts.into_iter().flatten().filter(|part| !part.is_empty()).collect();
    (!parts.is_empty()).then(|| parts.join(separator))
}
