//! The CV an import builds, and the YAML file it becomes.
//!
//! [`Draft`] mirrors the data format of [`crate::data::model`] field for
//! field, in the order `cvpdf init`'s starter CV uses, with every empty field
//! left out. [`Draft::to_yaml`] writes it with comments (the schema line, the
//! photo to save, a guessed date) through a small block-style emitter: each
//! scalar is either plain, when a strict check finds nothing YAML 1.1 or 1.2
//! could read differently, or double-quoted with escapes. The text is then
//! parsed back and compared with the values, and loaded and validated like a
//! user's file, so an import never writes a file `cvpdf check` refuses.

use std::path::Path;

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};
use serde_yaml::Value;

use crate::Error;

/// A whole CV, as written by an import.
#[derive(Debug, Clone, Default, Serialize)]
pub(crate) struct Draft {
    pub lang: String,
    pub updated: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub photo: Option<String>,
    pub person: Person,
    pub headline: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub salary: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub specialisations: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub employment: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub about: Vec<Block>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub experience: Vec<Job>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub skills: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<Language>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub education: Vec<Education>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub courses: Vec<Course>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub publications: Option<Publications>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sections: Vec<Section>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub order: Vec<String>,
    /// Design options, by name.
    #[serde(skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub design: std::collections::BTreeMap<String, Value>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub(crate) struct Person {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub birth_date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gender: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub relocation: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remote: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub travel: Option<String>,
    #[serde(skip_serializing_if = "Contacts::is_empty")]
    pub contacts: Contacts,
}

#[derive(Debug, Clone, Default, Serialize)]
pub(crate) struct Contacts {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<Link>,
}

impl Contacts {
    fn is_empty(&self) -> bool {
        self.email.is_none() && self.phone.is_none() && self.links.is_empty()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct Link {
    pub label: String,
    pub url: String,
}

#[derive(Debug, Clone, Default, Serialize)]
pub(crate) struct Job {
    pub company: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub industry: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub position: Option<String>,
    pub start: String,
    pub end: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub description: Vec<Block>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<Item>,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct Language {
    pub name: String,
    pub level: String,
}

#[derive(Debug, Clone, Default, Serialize)]
pub(crate) struct Education {
    pub institution: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<u16>,
    pub end: u16,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub faculty: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub degree: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct Course {
    pub name: String,
    pub year: u16,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// The publications part, as an import writes it: entries in the data.
#[derive(Debug, Clone, Default, Serialize)]
pub(crate) struct Publications {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub me: Vec<String>,
    pub entries: Vec<Publication>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub(crate) struct Publication {
    pub title: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub authors: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub venue: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub year: Option<u16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub doi: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Draft {
    /// Adds a publication to the publications part.
    pub fn publication(&mut self, publication: Publication) {
        self.publications.get_or_insert_with(Publications::default).entries.push(publication);
    }

    /// Adds a spelling of the owner's name among the authors, once.
    pub fn me(&mut self, name: &str) {
        let me = &mut self.publications.get_or_insert_with(Publications::default).me;
        if !me.iter().any(|known| known == name) {
            me.push(name.to_owned());
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct Section {
    pub title: String,
    pub id: String,
    pub body: Vec<Block>,
}

/// A block of free text, written as the data format writes it: a paragraph
/// is a plain string, the others are one-key maps.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Block {
    Paragraph(String),
    List(Vec<Item>),
    Numbered(Vec<Item>),
    Heading(String),
}

/// A list item: a string, or `{text, items}` when it has nested items.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Item {
    pub text: String,
    pub items: Vec<Item>,
}

impl Item {
    pub fn new(text: impl Into<String>) -> Item {
        Item { text: text.into(), items: Vec::new() }
    }
}

impl Serialize for Block {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if let Block::Paragraph(text) = self {
            return serializer.serialize_str(text);
        }
        let mut map = serializer.serialize_map(Some(1))?;
        match self {
            Block::List(items) => map.serialize_entry("list", items)?,
            Block::Numbered(items) => map.serialize_entry("numbered", items)?,
            Block::Heading(text) | Block::Paragraph(text) => map.serialize_entry("heading", text)?,
        }
        map.end()
    }
}

impl Serialize for Item {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.items.is_empty() {
            return serializer.serialize_str(&self.text);
        }
        let mut map = serializer.serialize_map(Some(2))?;
        map.serialize_entry("text", &self.text)?;
        map.serialize_entry("items", &self.items)?;
        map.end()
    }
}

/// Comments written into the YAML: above a top-level key, or as the file's
/// header. Their text is made single-line before it is written.
#[derive(Debug, Clone, Default)]
pub(crate) struct Comments {
    pub header: Vec<String>,
    /// (top-level key, lines) pairs; the lines go above that key.
    pub above: Vec<(&'static str, Vec<String>)>,
    /// Lines after the last key: what the source holds that the CV has no
    /// field for, kept where no template prints it.
    pub footer: Vec<String>,
}

impl Comments {
    pub fn add(&mut self, key: &'static str, line: impl Into<String>) {
        match self.above.iter_mut().find(|(existing, _)| *existing == key) {
            Some((_, lines)) => lines.push(line.into()),
            None => self.above.push((key, vec![line.into()])),
        }
    }
}

/// Top-level keys that start a group, with a blank line before them.
const GROUPS: &[&str] =
    &["person", "headline", "about", "experience", "skills", "education", "sections", "order", "design"];

impl Draft {
    /// The CV as a YAML file, checked: it parses back to the same values and
    /// loads as CV data. `path` is where it will be written, for errors.
    #[cfg(test)]
    pub fn to_yaml(&self, comments: &Comments, path: &Path) -> Result<String, Error> {
        let (text, value) = self.emit(comments)?;
        check(&text, &value, path)?;
        Ok(text)
    }

    /// The YAML text, unchecked, and the values it should hold.
    pub fn emit(&self, comments: &Comments) -> Result<(String, Value), Error> {
        let value = serde_yaml::to_value(self)
            .map_err(|error| Error::other(format!("could not build the imported CV: {error}")))?;
        let Value::Mapping(root) = &value else {
            return Err(Error::other("could not build the imported CV: not a map"));
        };
        let mut out = crate::data::schema::modeline(crate::data::schema::FILE_NAME);
        for line in &comments.header {
            push_comment(&mut out, "", line);
        }
        for (index, (key, entry)) in root.iter().enumerate() {
            let key = key.as_str().unwrap_or_default();
            if index > 0 && GROUPS.contains(&key) {
                out.push('\n');
            }
            if let Some((_, lines)) = comments.above.iter().find(|(above, _)| *above == key) {
                for line in lines {
                    push_comment(&mut out, "", line);
                }
            }
            emit_entry(&mut out, 0, key, entry);
        }
        if !comments.footer.is_empty() {
            out.push('\n');
            for line in &comments.footer {
                push_comment(&mut out, "", line);
            }
        }
        Ok((out, value))
    }
}

/// Checks written YAML: it must read back as `value` (else the import has
/// a bug) and load as CV data (else the error of the check, about the YAML
/// that was not written).
pub(crate) fn check(out: &str, value: &Value, path: &Path) -> Result<(), Error> {
    {
        let reparsed: Value = serde_yaml::from_str(out)
            .map_err(|error| Error::other(format!("the imported CV is not valid YAML ({error}); this is a bug")))?;
        if reparsed != *value {
            return Err(Error::other("the imported CV does not read back as written; this is a bug"));
        }
        // A value of the source the data format refuses is the source's
        // problem, not the import's: the caller names it in the source.
        crate::data::load::load_str(path, out, None, None)?;
        Ok(())
    }
}

fn push_comment(out: &mut String, pad: &str, text: &str) {
    let line = single_line(text);
    if line.is_empty() {
        out.push_str(pad);
        out.push_str("#\n");
    } else {
        out.push_str(&format!("{pad}# {line}\n"));
    }
}

/// Text safe inside a comment: no character any YAML parser takes for a line
/// break, no control characters.
pub(crate) fn single_line(text: &str) -> String {
    text.chars()
        .map(|c| if breaks_line(c) || c.is_control() { ' ' } else { c })
        .collect::<String>()
        .trim_end()
        .to_owned()
}

/// Line breaks of YAML 1.1, which libyaml (under serde_yaml) follows.
fn breaks_line(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

fn emit_entry(out: &mut String, indent: usize, key: &str, value: &Value) {
    let pad = " ".repeat(indent);
    match value {
        Value::Mapping(map) if !map.is_empty() => {
            out.push_str(&format!("{pad}{key}:\n"));
            emit_map(out, indent + 2, map);
        }
        Value::Sequence(items) if !items.is_empty() => {
            out.push_str(&format!("{pad}{key}:\n"));
            emit_seq(out, indent + 2, items);
        }
        scalar => out.push_str(&format!("{pad}{key}: {}\n", scalar_text(scalar))),
    }
}

fn emit_map(out: &mut String, indent: usize, map: &serde_yaml::Mapping) {
    for (key, value) in map {
        emit_entry(out, indent, key.as_str().unwrap_or_default(), value);
    }
}

fn emit_seq(out: &mut String, indent: usize, items: &[Value]) {
    let pad = " ".repeat(indent);
    for item in items {
        match item {
            Value::Mapping(map) if !map.is_empty() => {
                // The first key goes on the dash's line: emit the map two
                // columns in, then put the dash into the first line's indent.
                let mut nested = String::new();
                emit_map(&mut nested, indent + 2, map);
                out.push_str(&pad);
                out.push_str("- ");
                out.push_str(&nested[indent + 2..]);
            }
            Value::Sequence(inner) if !inner.is_empty() => {
                let mut nested = String::new();
                emit_seq(&mut nested, indent + 2, inner);
                out.push_str(&pad);
                out.push_str("- ");
                out.push_str(&nested[indent + 2..]);
            }
            scalar => out.push_str(&format!("{pad}- {}\n", scalar_text(scalar))),
        }
    }
}

fn scalar_text(value: &Value) -> String {
    match value {
        Value::String(text) => quote(text),
        Value::Number(number) => number.to_string(),
        Value::Bool(flag) => flag.to_string(),
        Value::Mapping(_) => "{}".into(),
        Value::Sequence(_) => "[]".into(),
        _ => "null".into(),
    }
}

/// A string scalar: plain when nothing could read it as anything else,
/// double-quoted otherwise.
pub(crate) fn quote(text: &str) -> String {
    if is_plain_safe(text) {
        text.to_owned()
    } else if text.contains(['\\', '"']) && !text.chars().any(|c| c.is_control() || breaks_line(c) || is_special(c)) {
        // Single quotes keep backslashes as they are: `'\*not bold\*'`.
        format!("'{}'", text.replace('\'', "''"))
    } else {
        double_quoted(text)
    }
}

/// Characters that are printable but better written as escapes.
fn is_special(c: char) -> bool {
    matches!(c, '\u{feff}' | '\u{fffe}' | '\u{ffff}')
}

/// Words YAML 1.1 reads as booleans or null; editors still use YAML 1.1.
const RESERVED: &[&str] = &["y", "yes", "n", "no", "true", "false", "on", "off", "null", "~", "nan", "inf", "=", "<<"];

fn is_plain_safe(text: &str) -> bool {
    let Some(first) = text.chars().next() else { return false };
    let last = text.chars().next_back().unwrap_or(first);
    let awkward_start = "-?:,[]{}#&*!|>'\"%@`\\=~+.".contains(first) || first.is_ascii_digit();
    let awkward_char = |c: char| c.is_control() || breaks_line(c) || is_special(c);
    !(awkward_start
        || first.is_whitespace()
        || last.is_whitespace()
        || last == ':'
        || text.contains(": ")
        || text.contains(" #")
        || text.contains('\t')
        || text.chars().any(awkward_char)
        || RESERVED.contains(&text.to_ascii_lowercase().as_str()))
}

fn double_quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() || breaks_line(c) || is_special(c) => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reads_back(text: &str) {
        let yaml = format!("k: {}\n", quote(text));
        let value: Value = serde_yaml::from_str(&yaml).unwrap_or_else(|error| panic!("{text:?}: {error}\n{yaml}"));
        assert_eq!(value["k"].as_str(), Some(text), "{yaml}");
    }

    #[test]
    fn tricky_scalars_survive_and_ambiguous_ones_are_quoted() {
        for text in [
            "yes",
            "No",
            "on",
            "1.0",
            "- x",
            "#",
            "a: b",
            "a #b",
            "x:",
            "2021-03",
            "",
            "null",
            "~",
            "@x",
            "`c`",
            "*a",
            "&a",
            "!t",
            "%x",
            "{a}",
            "[a]",
            "'q'",
            "\"d\"",
            "0x1F",
            "1e3",
            ".inf",
            "+44 20",
            "12:30",
            "?",
            "|",
            ">",
            "line1\nline2",
            " lead",
            "trail ",
            "tab\there",
            "\u{feff}bom",
            "ls\u{2028}ps\u{2029}nel\u{85}",
            "a\\b",
            "über ₽ 500\u{202f}000",
            "---",
            "...",
            "=",
            "<<",
            "C#",
            "C++",
            "Сбер: банк",
        ] {
            reads_back(text);
        }
        for ambiguous in ["yes", "ON", "1.0", "2021-03", "- x", "#", "a: b", "null", "+44 20", "12:30", "~"] {
            assert!(quote(ambiguous).starts_with('"'), "{ambiguous} is not quoted");
        }
        assert_eq!(quote("\\*x\\*"), "'\\*x\\*'", "backslashes need no escaping in single quotes");
        assert!(quote("a\nb").starts_with('"'));
        for plain in ["Go", "PostgreSQL", "Москва", "C#", "Senior Developer, Backend", "Яндекс.Маркет"]
        {
            assert_eq!(quote(plain), plain);
        }
    }

    #[test]
    fn comments_cannot_break_out_of_their_line() {
        for hostile in ["a\nb: c", "a\rb", "a\u{2028}b", "a\u{85}b", "a\u{2029}b"] {
            let mut out = String::new();
            push_comment(&mut out, "", hostile);
            assert_eq!(out.lines().count(), 1, "{out:?}");
            let value: Value = serde_yaml::from_str(&format!("{out}k: v\n")).unwrap();
            assert_eq!(value.as_mapping().map(|map| map.len()), Some(1));
        }
    }

    #[test]
    fn nested_blocks_are_written_in_block_style() {
        let draft = Draft {
            lang: "en".into(),
            updated: "2026-01-15".into(),
            person: Person { name: "yes".into(), ..Person::default() },
            headline: "- x".into(),
            about: vec![
                Block::Paragraph("1.0".into()),
                Block::List(vec![Item { text: "a: b".into(), items: vec![Item::new("#")] }, Item::new("c")]),
                Block::Heading("H".into()),
            ],
            ..Draft::default()
        };
        let yaml = draft.to_yaml(&Comments::default(), Path::new("cv.yaml")).unwrap();
        assert!(
            yaml.starts_with("# yaml-language-server: $schema=cv.schema.json\nlang: en\nupdated: \"2026-01-15\"\n")
        );
        assert!(yaml.contains("about:\n  - \"1.0\"\n  - list:\n      - text: \"a: b\"\n        items:\n          - \"#\"\n      - c\n  - heading: H\n"), "{yaml}");
    }
}
