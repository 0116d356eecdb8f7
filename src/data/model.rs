//! The CV data format: the typed model that `data/cv.yaml` deserialises into.
//!
//! Every struct rejects unknown keys, so a typo in the YAML is an error instead
//! of a silently missing section. Text fields hold inline Markdown (bold,
//! italic, links, code); they stay plain strings here and are turned into
//! structured values by [`crate::markup`] on the way to the template.
//!
//! A CV may hold several languages: every [`Text`] and every list
//! ([`Localized`]) may be written per language, and holds the chosen
//! language's value once loaded (see [`super::text`]).

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;
use std::ops::Deref;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};

pub use super::languages::Lang;
pub use super::text::{Localized, Text};
use super::text::{language_map, own_or_language_map};

/// A whole CV.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Cv {
    /// The language of a CV in one language, for its labels and grammar:
    /// `ru` (the default), `en`, `uk`, `be`, `kk`, `sr`, `pl`, `de`, `fr`,
    /// `es`, or another language whose words `labels:` gives.
    // Once loaded: the language being rendered.
    #[serde(default)]
    pub lang: Lang,
    /// The languages of a CV that holds several, the default first: any
    /// text or list may then be a map from language to value, such as
    /// `{ru: Архитектор, en: Architect}`, and `--lang` picks one.
    // Once loaded: every language of the CV, also for a CV in one.
    #[serde(default)]
    pub langs: super::languages::Langs,
    /// Words that replace the language's own: any label (`experience:
    /// Career`) or grammar message (`present`, `years`, `month`, …) by the
    /// name it has in the language files, as plain text or Fluent syntax.
    #[serde(default)]
    #[schemars(schema_with = "labels_schema")]
    pub labels: BTreeMap<String, Text>,
    /// The date the CV was last edited. It is the "today" of every derived
    /// age and duration, so the PDF does not depend on the wall clock.
    pub updated: Date,
    /// The CV's public address, printed in the running footer.
    #[serde(default)]
    pub url: Option<Text>,
    /// Path of the photo, relative to the data file.
    #[serde(default)]
    pub photo: Option<String>,
    /// The point of the photo to keep in view when it is cropped to a
    /// template's frame; the centre when not given.
    #[serde(default)]
    pub photo_focus: Option<PhotoFocus>,
    pub person: Person,
    /// The position sought, e.g. «Архитектор, Тимлид, Go/Pg-разработчик».
    pub headline: Text,
    /// Desired salary as free text, e.g. «500 000 ₽ на руки».
    #[serde(default)]
    pub salary: Option<Text>,
    #[serde(default)]
    pub specialisations: Localized<Vec<Text>>,
    /// Kinds of employment sought: full-time, part-time, project work…
    #[serde(default)]
    pub employment: Localized<Vec<Text>>,
    #[serde(default)]
    pub motto: Option<Motto>,
    /// The introduction: paragraphs and lists.
    #[serde(default)]
    pub about: Localized<Vec<Block>>,
    #[serde(default)]
    pub experience: Localized<Vec<Job>>,
    /// Skills: a name, or `{name: …, tags: […], priority: N}`.
    #[serde(default)]
    pub skills: Localized<Vec<Skill>>,
    #[serde(default)]
    pub languages: Localized<Vec<Language>>,
    #[serde(default)]
    pub education: Localized<Vec<Education>>,
    /// Courses, tests and exams.
    #[serde(default)]
    pub courses: Localized<Vec<Course>>,
    /// Publications: entries written here, a BibTeX/BibLaTeX or hayagriva
    /// YAML file (`bib:`), or both, formatted by a CSL style with your name
    /// in bold: `publications: {bib: refs.bib, style: apa}`.
    #[serde(default)]
    pub publications: Option<super::publications::Publications>,
    /// Sections without a fixed slot («Роли», «Хобби», …), in order.
    #[serde(default)]
    pub sections: Localized<Vec<Section>>,
    /// The order of the parts in templates that follow it (`classic`, and
    /// the main column of `sidebar`): the names of [`BUILT_IN_PARTS`] and
    /// the `id`s of sections. Parts left out follow in their usual order.
    #[serde(default)]
    pub order: Vec<String>,
    /// Where pages break around whole parts, by the part's name as in
    /// `order`: `new` starts the part on a new page, `keep` never splits it
    /// across two (`pages: {education: new, skills: keep}`).
    #[serde(default)]
    pub pages: BTreeMap<String, PageBreak>,
    /// A line printed small at the foot of every page and of the web page:
    /// a consent to the processing of personal data, «references on request».
    #[serde(default)]
    pub footer_note: Option<Text>,
    /// Tailored versions of this CV, by name, chosen with `--variant NAME`:
    /// which tagged entries to show, older jobs collapsed or dropped, other
    /// parts or wording, and the number of pages to fit into.
    #[serde(default)]
    pub variants: BTreeMap<String, Variant>,
    /// How the CV looks: page size, fonts, colours, spacing, and personal
    /// details to hide. Checked against the chosen template's options.
    #[serde(default)]
    pub design: super::design::Design,
    /// What `cvpdf build` makes of this CV: which formats, variants,
    /// languages and templates, and the name of each file.
    #[serde(default)]
    pub build: Option<Build>,
}

/// What `cvpdf build` makes of a CV: every variant named here × every
/// language × every template × every format, each file named by `name`.
/// The command's flags narrow it.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Build {
    /// The formats to write; `pdf` when not given.
    #[serde(default)]
    pub formats: Vec<BuildFormat>,
    /// The variants, by name, and `full` for the whole CV; the whole CV and
    /// every variant when not given.
    #[serde(default)]
    pub variants: Vec<String>,
    /// The languages, of those the CV is written in; all of them when not
    /// given.
    #[serde(default)]
    pub langs: Vec<String>,
    /// The templates of the PDF, PNG and Word outputs (built-in names or
    /// folders relative to the data file); `print` when not given.
    #[serde(default)]
    pub templates: Vec<String>,
    /// The name of each file below the output folder, from the
    /// placeholders `{name}` (the data file's name without extension),
    /// `{variant}` (`full` for the whole CV), `{lang}`, `{template}`,
    /// `{format}` and `{ext}`; `/` makes folders. Default:
    /// `{name}-{variant}-{lang}.{ext}`.
    #[serde(default)]
    pub name: Option<String>,
}

/// A format `cvpdf build` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum BuildFormat {
    /// The print-ready PDF.
    Pdf,
    /// One PNG image per page (`NAME-1.png`, `NAME-2.png`, …).
    Png,
    /// One self-contained HTML page.
    Html,
    /// Markdown for a static site, with the photo beside it.
    Md,
    /// An editable Word document.
    Docx,
    /// The data as a JSON Resume document (the whole CV, per language).
    Jsonresume,
}

impl BuildFormat {
    /// Every format, in the order outputs are listed.
    pub const ALL: [BuildFormat; 6] = [
        BuildFormat::Pdf,
        BuildFormat::Png,
        BuildFormat::Html,
        BuildFormat::Md,
        BuildFormat::Docx,
        BuildFormat::Jsonresume,
    ];

    /// The format's name, as the data and `--format` write it.
    pub fn name(self) -> &'static str {
        match self {
            BuildFormat::Pdf => "pdf",
            BuildFormat::Png => "png",
            BuildFormat::Html => "html",
            BuildFormat::Md => "md",
            BuildFormat::Docx => "docx",
            BuildFormat::Jsonresume => "jsonresume",
        }
    }

    /// The extension of its files.
    pub fn extension(self) -> &'static str {
        match self {
            BuildFormat::Jsonresume => "json",
            other => other.name(),
        }
    }
}

/// The parts of a CV other than free sections, in their usual order.
pub const BUILT_IN_PARTS: &[&str] =
    &["motto", "about", "experience", "education", "skills", "languages", "courses", "publications"];

/// A point of the photo as fractions of its width and height, from the
/// top-left corner: `{x: 0.5, y: 0.3}` keeps the upper middle in view.
#[derive(Debug, Clone, Copy, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PhotoFocus {
    #[schemars(range(min = 0.0, max = 1.0))]
    pub x: f64,
    #[schemars(range(min = 0.0, max = 1.0))]
    pub y: f64,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub name: Text,
    #[serde(default)]
    pub birth_date: Option<Date>,
    /// Only used for grammatical agreement («родился» / «родилась»).
    #[serde(default)]
    pub gender: Option<Gender>,
    #[serde(default)]
    pub location: Option<Text>,
    /// Stance on relocation, e.g. «готов к переезду».
    #[serde(default)]
    pub relocation: Option<Text>,
    /// Stance on remote work.
    #[serde(default)]
    pub remote: Option<Text>,
    /// Stance on business trips, e.g. «готов к редким командировкам».
    #[serde(default)]
    pub travel: Option<Text>,
    /// Job-search status, e.g. «Рассматриваю предложения».
    #[serde(default)]
    pub status: Option<Text>,
    #[serde(default)]
    pub contacts: Contacts,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    Male,
    Female,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Contacts {
    #[serde(default)]
    pub email: Option<Text>,
    #[serde(default)]
    pub phone: Option<Text>,
    #[serde(default)]
    pub links: Localized<Vec<Link>>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Link {
    pub label: Text,
    pub url: Text,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Motto {
    pub text: Text,
    #[serde(default)]
    pub author: Option<Text>,
}

/// One employer, or one stretch of self-employment.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Job {
    /// A stable identifier: the job's anchor on a web page (`#vinteo`).
    #[serde(default)]
    pub id: Option<String>,
    pub company: Text,
    #[serde(default)]
    pub url: Option<Text>,
    #[serde(default)]
    pub city: Option<Text>,
    #[serde(default)]
    pub industry: Option<Text>,
    /// The narrower field within the industry, printed as «— …».
    #[serde(default)]
    pub industry_area: Option<Text>,
    /// A short heading for the role, e.g. «Системный архитектор».
    #[serde(default)]
    pub title: Option<Text>,
    /// The official position.
    #[serde(default)]
    pub position: Option<Text>,
    #[serde(default)]
    pub department: Option<Text>,
    pub start: YearMonth,
    pub end: End,
    #[serde(default)]
    pub description: Localized<Vec<Block>>,
    #[serde(default)]
    pub items: Localized<Vec<Item>>,
    #[serde(default)]
    pub achievements: Localized<Vec<Block>>,
    /// Earlier positions at the same employer.
    #[serde(default)]
    pub roles: Localized<Vec<Role>>,
    #[serde(default)]
    pub projects: Localized<Vec<Project>>,
    /// `new` starts it on a new page; `keep` never splits it across two.
    #[serde(default)]
    pub page: Option<PageBreak>,
    /// Free words that variants select by (`include`, `exclude`, `first`).
    #[serde(default)]
    pub tags: Vec<String>,
    /// How long `fit` keeps this when it must shorten the CV: higher numbers
    /// stay longer; the default is 0, or the priority of what contains it.
    #[serde(default)]
    pub priority: Option<i64>,
}

/// An earlier position inside one job, e.g. «До октября 2021 — Старший разработчик».
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Role {
    pub title: Text,
    #[serde(default)]
    pub description: Localized<Vec<Block>>,
    #[serde(default)]
    pub items: Localized<Vec<Item>>,
    #[serde(default)]
    pub achievements: Localized<Vec<Block>>,
    /// Free words that variants select by (`include`, `exclude`, `first`).
    #[serde(default)]
    pub tags: Vec<String>,
    /// How long `fit` keeps this when it must shorten the CV: higher numbers
    /// stay longer; the default is 0, or the priority of what contains it.
    #[serde(default)]
    pub priority: Option<i64>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Project {
    pub title: Text,
    #[serde(default)]
    pub description: Localized<Vec<Block>>,
    #[serde(default)]
    pub items: Localized<Vec<Item>>,
    /// Free words that variants select by (`include`, `exclude`, `first`).
    #[serde(default)]
    pub tags: Vec<String>,
    /// How long `fit` keeps this when it must shorten the CV: higher numbers
    /// stay longer; the default is 0, or the priority of what contains it.
    #[serde(default)]
    pub priority: Option<i64>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Language {
    pub name: Text,
    pub level: Text,
    /// Free words that variants select by (`include`, `exclude`, `first`).
    #[serde(default)]
    pub tags: Vec<String>,
    /// How long `fit` keeps this when it must shorten the CV: higher numbers
    /// stay longer; the default is 0, or the priority of what contains it.
    #[serde(default)]
    pub priority: Option<i64>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Education {
    pub institution: Text,
    /// e.g. «Высшее».
    #[serde(default)]
    pub level: Option<Text>,
    #[serde(default)]
    pub start: Option<u16>,
    /// The year of graduation.
    pub end: u16,
    #[serde(default)]
    pub city: Option<Text>,
    #[serde(default)]
    pub faculty: Option<Text>,
    #[serde(default)]
    pub degree: Option<Text>,
    /// `new` starts it on a new page; `keep` never splits it across two.
    #[serde(default)]
    pub page: Option<PageBreak>,
    /// Free words that variants select by (`include`, `exclude`, `first`).
    #[serde(default)]
    pub tags: Vec<String>,
    /// How long `fit` keeps this when it must shorten the CV: higher numbers
    /// stay longer; the default is 0, or the priority of what contains it.
    #[serde(default)]
    pub priority: Option<i64>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Course {
    pub name: Text,
    pub year: u16,
    #[serde(default)]
    pub url: Option<Text>,
    /// `new` starts it on a new page; `keep` never splits it across two.
    #[serde(default)]
    pub page: Option<PageBreak>,
    /// Free words that variants select by (`include`, `exclude`, `first`).
    #[serde(default)]
    pub tags: Vec<String>,
    /// How long `fit` keeps this when it must shorten the CV: higher numbers
    /// stay longer; the default is 0, or the priority of what contains it.
    #[serde(default)]
    pub priority: Option<i64>,
}

/// A titled section with free content.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub title: Text,
    /// A stable identifier templates may use to place the section; also its
    /// anchor on a web page.
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub body: Localized<Vec<Block>>,
    /// `new` starts it on a new page; `keep` never splits it across two.
    #[serde(default)]
    pub page: Option<PageBreak>,
    /// Free words that variants select by (`include`, `exclude`, `first`).
    #[serde(default)]
    pub tags: Vec<String>,
    /// How long `fit` keeps this when it must shorten the CV: higher numbers
    /// stay longer; the default is 0, or the priority of what contains it.
    #[serde(default)]
    pub priority: Option<i64>,
}

impl Section {
    /// The name the section goes by in `order` and `parts`: its `id`, or
    /// `section-N` counted from 1 by its `index` among the sections.
    pub fn key(&self, index: usize) -> String {
        self.id.clone().unwrap_or_else(|| format!("section-{}", index + 1))
    }
}

/// A tailored version of the CV, chosen with `--variant NAME`. Its rules
/// apply in this order: tags (`exclude`, then `include`), `since`,
/// `max_items`, `parts`, the overrides, `first`, and last `fit`.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Variant {
    /// What the variant is for; `cvpdf variants` shows it.
    #[serde(default)]
    pub description: Option<Text>,
    /// Keep only the tagged entries that carry at least one of these tags.
    /// Entries without tags are kept.
    #[serde(default)]
    pub include: Vec<String>,
    /// Leave out every entry that carries any of these tags, even one that
    /// `include` names.
    #[serde(default)]
    pub exclude: Vec<String>,
    /// Move the entries that carry any of these tags to the front of their
    /// list: about and other blocks, items, skills and languages. Jobs,
    /// roles, projects, education, courses and sections keep their order.
    #[serde(default)]
    pub first: Vec<String>,
    /// Jobs that ended before this month are collapsed into one line
    /// (company, position, period) or dropped, as `older` says.
    #[serde(default)]
    pub since: Option<YearMonth>,
    /// What happens to the jobs that ended before `since`: `collapse`
    /// (the default) or `drop`.
    #[serde(default)]
    pub older: Option<Older>,
    /// At most this many items in each list of a job (its own items, and
    /// those of each role and project), keeping the first.
    #[serde(default)]
    pub max_items: Option<u32>,
    /// The parts to show, in this order: `motto`, `about`, `experience`,
    /// `education`, `skills`, `languages`, `courses` and the `id`s of
    /// sections. Parts not named are left out. (`print` keeps its own order.)
    #[serde(default)]
    pub parts: Option<Vec<String>>,
    /// The headline of this variant instead of the CV's.
    #[serde(default)]
    pub headline: Option<Text>,
    /// The salary of this variant instead of the CV's; `null` shows none.
    #[serde(default, deserialize_with = "some_value")]
    #[schemars(with = "Option<Text>")]
    pub salary: Option<Option<Text>>,
    /// The introduction of this variant instead of the CV's `about`.
    #[serde(default)]
    pub about: Option<Localized<Vec<Block>>>,
    /// Fit the CV into this many pages: the lowest-priority content is left
    /// out until it fits, then whatever still fits is put back.
    #[serde(default)]
    #[schemars(range(min = 1))]
    pub fit: Option<u32>,
    /// Page breaks for this variant, by part, over the CV's own `pages:`.
    #[serde(default)]
    pub pages: BTreeMap<String, PageBreak>,
}

/// Where a page may break around a part or an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum PageBreak {
    /// It starts on a new page.
    New,
    /// It is never split across two pages.
    Keep,
}

impl PageBreak {
    /// The word the data and the contract use.
    pub fn word(self) -> &'static str {
        match self {
            PageBreak::New => "new",
            PageBreak::Keep => "keep",
        }
    }
}

/// What `since` does with the jobs that ended before it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Older {
    /// One line each: company, position and period.
    #[default]
    Collapse,
    /// Left out.
    Drop,
}

/// A value that may be `null`: absent is `None`, `null` is `Some(None)`.
fn some_value<'de, D: Deserializer<'de>, T: Deserialize<'de>>(deserializer: D) -> Result<Option<Option<T>>, D::Error> {
    Option::<T>::deserialize(deserializer).map(Some)
}

/// A block of free text: a paragraph, a bulleted or numbered list, or a small
/// heading. In YAML a paragraph is a plain string and the others are one-key
/// maps (`list:`, `numbered:`, `heading:`), which keeps the common case short.
/// A block with tags or a priority is a map with one of those keys (or
/// `paragraph:`) beside `tags:` and `priority:`. A block may also be a
/// language map, `{ru: Абзац, en: A paragraph}`.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Paragraph(Text),
    List(Vec<Item>),
    Numbered(Vec<Item>),
    Heading(Text),
    /// A block with tags or a priority; the inner block is never `Marked`.
    Marked(Box<Block>, Marks),
}

impl Block {
    /// The block without its marks.
    pub fn plain(&self) -> &Block {
        match self {
            Block::Marked(inner, _) => inner,
            other => other,
        }
    }

    /// The block's tags and priority; none for an unmarked block.
    pub fn marks(&self) -> Option<&Marks> {
        match self {
            Block::Marked(_, marks) => Some(marks),
            _ => None,
        }
    }
}

/// Tags and a priority, on a block or wherever a map form holds them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Marks {
    pub tags: Vec<String>,
    pub priority: Option<i64>,
}

/// A list item: a line of text, optionally with nested items. An item may
/// also be a language map, `{ru: Пункт, en: An item}`.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub text: Text,
    pub items: Vec<Item>,
    pub tags: Vec<String>,
    pub priority: Option<i64>,
}

/// A skill: its name, with tags and a priority when the data gives them.
/// It reads as its name wherever a `&str` is expected.
#[derive(Debug, Clone, PartialEq)]
pub struct Skill {
    pub name: Text,
    pub tags: Vec<String>,
    pub priority: Option<i64>,
}

impl Deref for Skill {
    type Target = str;

    fn deref(&self) -> &str {
        &self.name
    }
}

/// Reads the next value of `map` into `slot`, refusing a key given twice.
fn next_once<'de, A: MapAccess<'de>, T: Deserialize<'de>>(
    map: &mut A,
    key: &str,
    slot: &mut Option<T>,
) -> Result<(), A::Error> {
    if slot.is_some() {
        return Err(de::Error::custom(format!("duplicate key `{key}`")));
    }
    *slot = Some(map.next_value()?);
    Ok(())
}

impl<'de> Deserialize<'de> for Block {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct BlockVisitor;

        impl<'de> Visitor<'de> for BlockVisitor {
            type Value = Block;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a paragraph (text) or one of `list:`, `numbered:`, `heading:`, `paragraph:`")
            }

            fn visit_str<E: de::Error>(self, text: &str) -> Result<Block, E> {
                Ok(Block::Paragraph(text.into()))
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Block, A::Error> {
                const KEYS: &[&str] = &["list", "numbered", "heading", "paragraph", "tags", "priority"];
                own_or_language_map(map, |key| KEYS.contains(&key), own_block)?.ok_or_else(|| {
                    de::Error::custom(
                        "a block needs one of `list:`, `numbered:`, `heading:` or `paragraph:` with its text",
                    )
                })
            }
        }

        /// Reads a block's own map, whose first key is read already.
        fn own_block<'de, A: MapAccess<'de>>(first: String, mut map: A) -> Result<Block, A::Error> {
            const KEYS: &[&str] = &["list", "numbered", "heading", "paragraph", "tags", "priority"];
            let mut block: Option<(String, Block)> = None;
            let (mut tags, mut priority) = (None, None);
            let mut next = Some(first);
            while let Some(key) = next {
                match key.as_str() {
                    "tags" => next_once(&mut map, &key, &mut tags)?,
                    "priority" => next_once(&mut map, &key, &mut priority)?,
                    "list" | "numbered" | "heading" | "paragraph" => {
                        if let Some((first, _)) = &block {
                            return Err(de::Error::custom(format!(
                                "a block has exactly one key of `list`, `numbered`, `heading`, `paragraph`, found \
                                 `{first}` and `{key}`"
                            )));
                        }
                        // A list may be given per language: `list: {ru: [...], en: [...]}`.
                        let value = match key.as_str() {
                            "list" => Block::List(map.next_value::<Localized<Vec<Item>>>()?.0),
                            "numbered" => Block::Numbered(map.next_value::<Localized<Vec<Item>>>()?.0),
                            "heading" => Block::Heading(map.next_value()?),
                            _ => Block::Paragraph(map.next_value()?),
                        };
                        block = Some((key, value));
                    }
                    other => return Err(de::Error::unknown_field(other, KEYS)),
                }
                next = map.next_key::<String>()?;
            }
            let Some((_, block)) = block else {
                return Err(de::Error::custom(
                    "a block needs one of `list:`, `numbered:`, `heading:` or `paragraph:` with its text",
                ));
            };
            let marks = Marks { tags: tags.unwrap_or_default(), priority };
            Ok(if marks == Marks::default() { block } else { Block::Marked(Box::new(block), marks) })
        }

        deserializer.deserialize_any(BlockVisitor)
    }
}

impl<'de> Deserialize<'de> for Item {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ItemVisitor;

        impl<'de> Visitor<'de> for ItemVisitor {
            type Value = Item;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a list item: text, or `text:` with nested `items:`")
            }

            fn visit_str<E: de::Error>(self, text: &str) -> Result<Item, E> {
                Ok(Item { text: text.into(), items: Vec::new(), tags: Vec::new(), priority: None })
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Item, A::Error> {
                const FIELDS: &[&str] = &["text", "items", "tags", "priority"];
                let own = |first: String, mut map: A| {
                    let (mut text, mut items, mut tags, mut priority) = (None, None, None, None);
                    let mut next = Some(first);
                    while let Some(key) = next {
                        match key.as_str() {
                            "text" => next_once(&mut map, &key, &mut text)?,
                            // Nested items may be given per language too.
                            "items" => next_once::<_, Localized<Vec<Item>>>(&mut map, &key, &mut items)?,
                            "tags" => next_once(&mut map, &key, &mut tags)?,
                            "priority" => next_once(&mut map, &key, &mut priority)?,
                            other => return Err(de::Error::unknown_field(other, FIELDS)),
                        }
                        next = map.next_key::<String>()?;
                    }
                    let text = text.ok_or_else(|| de::Error::missing_field("text"))?;
                    let items = items.unwrap_or_default().0;
                    Ok(Item { text, items, tags: tags.unwrap_or_default(), priority })
                };
                own_or_language_map(map, |key| FIELDS.contains(&key), own)?
                    .ok_or_else(|| de::Error::missing_field("text"))
            }

            fn visit_seq<A: SeqAccess<'de>>(self, _seq: A) -> Result<Item, A::Error> {
                Err(de::Error::invalid_type(de::Unexpected::Seq, &self))
            }
        }

        deserializer.deserialize_any(ItemVisitor)
    }
}

impl<'de> Deserialize<'de> for Skill {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct SkillVisitor;

        impl<'de> Visitor<'de> for SkillVisitor {
            type Value = Skill;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a skill: its name, or `name:` with `tags:` and `priority:`")
            }

            fn visit_str<E: de::Error>(self, name: &str) -> Result<Skill, E> {
                Ok(Skill { name: name.into(), tags: Vec::new(), priority: None })
            }

            // Numbers and booleans are names too, as for any text.
            fn visit_i64<E: de::Error>(self, value: i64) -> Result<Skill, E> {
                self.visit_str(&value.to_string())
            }

            fn visit_u64<E: de::Error>(self, value: u64) -> Result<Skill, E> {
                self.visit_str(&value.to_string())
            }

            fn visit_f64<E: de::Error>(self, value: f64) -> Result<Skill, E> {
                self.visit_str(&value.to_string())
            }

            fn visit_bool<E: de::Error>(self, value: bool) -> Result<Skill, E> {
                self.visit_str(&value.to_string())
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Skill, A::Error> {
                const FIELDS: &[&str] = &["name", "tags", "priority"];
                let own = |first: String, mut map: A| {
                    let (mut name, mut tags, mut priority) = (None, None, None);
                    let mut next = Some(first);
                    while let Some(key) = next {
                        match key.as_str() {
                            "name" => next_once(&mut map, &key, &mut name)?,
                            "tags" => next_once(&mut map, &key, &mut tags)?,
                            "priority" => next_once(&mut map, &key, &mut priority)?,
                            other => return Err(de::Error::unknown_field(other, FIELDS)),
                        }
                        next = map.next_key::<String>()?;
                    }
                    let name = name.ok_or_else(|| de::Error::missing_field("name"))?;
                    Ok(Skill { name, tags: tags.unwrap_or_default(), priority })
                };
                own_or_language_map(map, |key| FIELDS.contains(&key), own)?
                    .ok_or_else(|| de::Error::missing_field("name"))
            }

            fn visit_seq<A: SeqAccess<'de>>(self, _seq: A) -> Result<Skill, A::Error> {
                Err(de::Error::invalid_type(de::Unexpected::Seq, &self))
            }
        }

        deserializer.deserialize_any(SkillVisitor)
    }
}

/// A calendar month, written `YYYY-MM` in the data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    pub year: i32,
    /// 1–12.
    pub month: u32,
}

impl YearMonth {
    /// Months since year 0, for arithmetic over periods.
    pub fn index(self) -> i64 {
        i64::from(self.year) * 12 + i64::from(self.month) - 1
    }

    pub fn from_index(index: i64) -> Self {
        YearMonth { year: index.div_euclid(12) as i32, month: index.rem_euclid(12) as u32 + 1 }
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// A calendar date, written `YYYY-MM-DD` in the data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    pub fn year_month(self) -> YearMonth {
        YearMonth { year: self.year, month: self.month }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// The end of a period: a month, or `present` for a job still held.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    Month(YearMonth),
    Present,
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn parse_number(text: &str, digits: usize) -> Option<u32> {
    (text.len() == digits && text.bytes().all(|b| b.is_ascii_digit())).then(|| text.parse().ok())?
}

impl YearMonth {
    pub fn parse(text: &str) -> Option<Self> {
        let (year, month) = text.split_once('-')?;
        let year = parse_number(year, 4)? as i32;
        let month = parse_number(month, 2)?;
        (1..=12).contains(&month).then_some(YearMonth { year, month })
    }
}

impl Date {
    pub fn parse(text: &str) -> Option<Self> {
        let mut parts = text.splitn(3, '-');
        let year = parse_number(parts.next()?, 4)? as i32;
        let month = parse_number(parts.next()?, 2)?;
        let day = parse_number(parts.next()?, 2)?;
        let valid = (1..=12).contains(&month) && (1..=days_in_month(year, month)).contains(&day);
        valid.then_some(Date { year, month, day })
    }
}

/// Deserialises a value written as text (or as a bare YAML number, which a
/// user may type for a year-month like `2023-11` only by accident) through a
/// parser, with an error that shows the expected form and what was found.
fn from_text<'de, D, T>(deserializer: D, expected: &'static str, parse: fn(&str) -> Option<T>) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
{
    struct TextVisitor<T> {
        expected: &'static str,
        parse: fn(&str) -> Option<T>,
    }

    impl<'de, T> Visitor<'de> for TextVisitor<T> {
        type Value = T;

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str(self.expected)
        }

        fn visit_str<E: de::Error>(self, text: &str) -> Result<T, E> {
            (self.parse)(text.trim()).ok_or_else(|| E::custom(format!("expected {}, found {text:?}", self.expected)))
        }

        fn visit_i64<E: de::Error>(self, number: i64) -> Result<T, E> {
            Err(E::custom(format!("expected {}, found {number}", self.expected)))
        }

        fn visit_u64<E: de::Error>(self, number: u64) -> Result<T, E> {
            Err(E::custom(format!("expected {}, found {number}", self.expected)))
        }
    }

    deserializer.deserialize_any(TextVisitor { expected, parse })
}

impl<'de> Deserialize<'de> for YearMonth {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        from_text(deserializer, "a month like 2023-11", YearMonth::parse)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        from_text(deserializer, "a date like 2026-02-08", Date::parse)
    }
}

impl<'de> Deserialize<'de> for End {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        from_text(deserializer, "a month like 2023-11, or `present`", |text| match text {
            "present" => Some(End::Present),
            other => YearMonth::parse(other).map(End::Month),
        })
    }
}

// JSON Schema of the hand-written deserialisers above, so editors offer the
// same forms the loader accepts.

/// The schema of `labels:`: every message of the language files by name.
fn labels_schema(generator: &mut SchemaGenerator) -> Schema {
    let text = generator.subschema_for::<Text>();
    let properties: serde_json::Map<String, serde_json::Value> = crate::lang::locale::cv_messages()
        .map(|(name, description)| {
            let mut schema = text.clone();
            schema.insert("description".into(), description.into());
            (name.to_owned(), schema.into())
        })
        .collect();
    json_schema!({
        "type": "object",
        "description": "Words that replace the language's own, by message name.",
        "properties": properties,
        "additionalProperties": false,
    })
}

/// The `tags:` and `priority:` keys of the map forms, as schema properties.
fn marks_properties() -> [(&'static str, Schema); 2] {
    [
        (
            "tags",
            json_schema!({
                "type": "array",
                "items": { "type": "string" },
                "description": "Free words that variants select by (`include`, `exclude`, `first`).",
            }),
        ),
        (
            "priority",
            json_schema!({
                "type": "integer",
                "description": "How long `fit` keeps this: higher numbers stay longer; default 0, or the priority of what contains it.",
            }),
        ),
    ]
}

/// A map with the required `key` (the text) and optional tags and priority.
fn marked_map(key: &str, value: Schema, extra: &[(&str, Schema)], description: &str) -> Schema {
    let mut properties = serde_json::Map::new();
    properties.insert(key.to_owned(), value.into());
    for (name, schema) in extra.iter().cloned().chain(marks_properties()) {
        properties.insert(name.to_owned(), schema.into());
    }
    json_schema!({
        "type": "object",
        "description": description,
        "properties": properties,
        "required": [key],
        "additionalProperties": false,
    })
}

impl JsonSchema for Block {
    fn schema_name() -> Cow<'static, str> {
        "Block".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let items = generator.subschema_for::<Localized<Vec<Item>>>();
        let text = generator.subschema_for::<Text>();
        let block = generator.subschema_for::<Block>();
        json_schema!({
            "description": "A paragraph (text with inline Markdown), or a map with one of `list:`, `numbered:`, `heading:` or `paragraph:`, and optionally `tags:` and `priority:`; or a map from language to block.",
            "oneOf": [
                { "type": "string", "description": "A paragraph." },
                marked_map("list", items.clone(), &[], "A bulleted list."),
                marked_map("numbered", items, &[], "A numbered list."),
                marked_map("heading", text.clone(), &[], "A small heading."),
                marked_map("paragraph", text, &[], "A paragraph with tags or a priority."),
                language_map(block, "The block in each language: `{ru: …, en: …}`."),
            ],
        })
    }
}

impl JsonSchema for Item {
    fn schema_name() -> Cow<'static, str> {
        "Item".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let nested = generator.subschema_for::<Localized<Vec<Item>>>();
        let text = generator.subschema_for::<Text>();
        let item = generator.subschema_for::<Item>();
        json_schema!({
            "description": "A list item: text, or `text:` with nested `items:`, `tags:` and `priority:`; or a map from language to item.",
            "oneOf": [
                { "type": "string" },
                marked_map("text", text, &[("items", nested)], "An item with nested items, tags or a priority."),
                language_map(item, "The item in each language: `{ru: …, en: …}`."),
            ],
        })
    }
}

impl JsonSchema for Skill {
    fn schema_name() -> Cow<'static, str> {
        "Skill".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let text = generator.subschema_for::<Text>();
        let skill = generator.subschema_for::<Skill>();
        json_schema!({
            "description": "A skill: its name, or `name:` with `tags:` and `priority:`; or a map from language to skill.",
            "oneOf": [
                { "type": "string" },
                marked_map("name", text, &[], "A skill with tags or a priority."),
                language_map(skill, "The skill in each language: `{ru: …, en: …}`."),
            ],
        })
    }
}

impl JsonSchema for YearMonth {
    fn schema_name() -> Cow<'static, str> {
        "YearMonth".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "description": "A month, YYYY-MM.",
            "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])$",
            "examples": ["2023-11"],
        })
    }
}

impl JsonSchema for Date {
    fn schema_name() -> Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "description": "A date, YYYY-MM-DD.",
            "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$",
            "examples": ["2026-02-08"],
        })
    }
}

impl JsonSchema for End {
    fn schema_name() -> Cow<'static, str> {
        "End".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let month = generator.subschema_for::<YearMonth>();
        json_schema!({
            "description": "The last month of a period, YYYY-MM, or `present` for a job still held.",
            "oneOf": [month, { "const": "present" }],
        })
    }
}
