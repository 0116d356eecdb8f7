//! The CV data format: the typed model that `data/cv.yaml` deserialises into.
//!
//! Every struct rejects unknown keys, so a typo in the YAML is an error instead
//! of a silently missing section. Text fields hold inline Markdown (bold,
//! italic, links, code); they stay plain strings here and are turned into
//! structured values by [`crate::contract::markup`] on the way to the template.
//!
//! A CV may hold several languages: every [`Text`] and every list
//! ([`Localized`]) may be written per language, and holds the chosen
//! language's value once loaded (see [`super::text`]).

use std::fmt;

use std::borrow::Cow;

use std::collections::BTreeMap;

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
    pub langs: Vec<Lang>,
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
    #[serde(default)]
    pub skills: Localized<Vec<Text>>,
    #[serde(default)]
    pub languages: Localized<Vec<Language>>,
    #[serde(default)]
    pub education: Localized<Vec<Education>>,
    /// Courses, tests and exams.
    #[serde(default)]
    pub courses: Localized<Vec<Course>>,
    /// Sections without a fixed slot («Роли», «Хобби», …), in order.
    #[serde(default)]
    pub sections: Localized<Vec<Section>>,
    /// The order of the parts in templates that follow it (`classic`, and
    /// the main column of `sidebar`): the names of [`BUILT_IN_PARTS`] and
    /// the `id`s of sections. Parts left out follow in their usual order.
    #[serde(default)]
    pub order: Vec<String>,
}

/// The parts of a CV other than free sections, in their usual order.
pub const BUILT_IN_PARTS: &[&str] = &["motto", "about", "experience", "education", "skills", "languages", "courses"];

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
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Project {
    pub title: Text,
    #[serde(default)]
    pub description: Localized<Vec<Block>>,
    #[serde(default)]
    pub items: Localized<Vec<Item>>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Language {
    pub name: Text,
    pub level: Text,
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
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Course {
    pub name: Text,
    pub year: u16,
    #[serde(default)]
    pub url: Option<Text>,
}

/// A titled section with free content.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub title: Text,
    /// A stable identifier templates may use to place the section.
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub body: Localized<Vec<Block>>,
}

/// A block of free text: a paragraph, a bulleted or numbered list, or a small
/// heading. In YAML a paragraph is a plain string and the others are one-key
/// maps (`list:`, `numbered:`, `heading:`), which keeps the common case short.
/// A block may also be a language map, `{ru: Абзац, en: A paragraph}`.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Paragraph(Text),
    List(Vec<Item>),
    Numbered(Vec<Item>),
    Heading(Text),
}

/// A list item: a line of text, optionally with nested items. An item may
/// also be a language map, `{ru: Пункт, en: An item}`.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub text: Text,
    pub items: Vec<Item>,
}

impl<'de> Deserialize<'de> for Block {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct BlockVisitor;

        impl<'de> Visitor<'de> for BlockVisitor {
            type Value = Block;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a paragraph (text) or one of `list:`, `numbered:`, `heading:`")
            }

            fn visit_str<E: de::Error>(self, text: &str) -> Result<Block, E> {
                Ok(Block::Paragraph(text.into()))
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Block, A::Error> {
                const KINDS: &[&str] = &["list", "numbered", "heading"];
                let own = |kind: String, mut map: A| {
                    // A list given per language: `list: {ru: [...], en: [...]}`.
                    let block = match kind.as_str() {
                        "list" => Block::List(map.next_value::<Localized<Vec<Item>>>()?.0),
                        "numbered" => Block::Numbered(map.next_value::<Localized<Vec<Item>>>()?.0),
                        "heading" => Block::Heading(map.next_value()?),
                        other => return Err(de::Error::unknown_field(other, KINDS)),
                    };
                    if let Some(extra) = map.next_key::<String>()? {
                        return Err(de::Error::custom(format!(
                            "a block has exactly one key, found `{kind}` and `{extra}`"
                        )));
                    }
                    Ok(block)
                };
                own_or_language_map(map, |key| KINDS.contains(&key), own)?
                    .ok_or_else(|| de::Error::invalid_length(0, &BlockVisitor))
            }
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
                Ok(Item { text: text.into(), items: Vec::new() })
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Item, A::Error> {
                const FIELDS: &[&str] = &["text", "items"];
                let own = |first: String, mut map: A| {
                    let mut text = None;
                    let mut items: Option<Localized<Vec<Item>>> = None;
                    let mut key = Some(first);
                    while let Some(name) = key {
                        match name.as_str() {
                            "text" if text.is_none() => text = Some(map.next_value()?),
                            "items" if items.is_none() => items = Some(map.next_value()?),
                            "text" | "items" => return Err(de::Error::custom(format!("duplicate key `{name}`"))),
                            other => return Err(de::Error::unknown_field(other, FIELDS)),
                        }
                        key = map.next_key::<String>()?;
                    }
                    let text = text.ok_or_else(|| de::Error::missing_field("text"))?;
                    Ok(Item { text, items: items.unwrap_or_default().0 })
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
    let properties: serde_json::Map<String, serde_json::Value> = crate::contract::locale::messages()
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

/// A one-key map `{key: value}`, the form of non-paragraph blocks.
fn single_key(key: &str, value: Schema, description: &str) -> Schema {
    json_schema!({
        "type": "object",
        "description": description,
        "properties": { key: value },
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
        let heading = generator.subschema_for::<Text>();
        let block = generator.subschema_for::<Block>();
        json_schema!({
            "description": "A paragraph (text with inline Markdown), or a one-key map: `list:`, `numbered:` or `heading:`; or a map from language to block.",
            "oneOf": [
                { "type": "string", "description": "A paragraph." },
                single_key("list", items.clone(), "A bulleted list."),
                single_key("numbered", items, "A numbered list."),
                single_key("heading", heading, "A small heading."),
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
            "description": "A list item: text, or `text:` with nested `items:`; or a map from language to item.",
            "oneOf": [
                { "type": "string" },
                {
                    "type": "object",
                    "properties": { "text": text, "items": nested },
                    "required": ["text"],
                    "additionalProperties": false,
                },
                language_map(item, "The item in each language: `{ru: …, en: …}`."),
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
