//! A JSON Resume document made into a CV, as real files are written.
//!
//! The file is read leniently ([`super::json`]): a trailing comma, a key
//! written twice or a comment is a warning at its line. Every section of the
//! schema has a place: `basics`, `work`, `education`, `certificates`,
//! `skills` and `languages` fill the data format's own fields; `volunteer`,
//! `awards`, `publications`, `interests`, `references` and `projects` become
//! free sections titled in the CV's language; `meta.lastModified` gives the
//! date of change. Older names (`company`, `website`, `picture`, `gpa`, …)
//! are read as the fields they became. A value written per language
//! (`{"en": …, "fr": …}`, or `labelTranslations` beside `label`) gives the
//! CV's language and keeps the others as comments. Dates are read in the
//! forms people write ([`super::words::read_date`]); one that cannot be read
//! is a warning at its line, and its entry is kept with the text as written.
//! HTML in text becomes inline Markdown. Whatever has no field is kept as a
//! comment at the end of the YAML and listed in the report; nothing of it is
//! printed. Problems never stop the import: they are all reported at once,
//! each at its line and column.

use std::cell::RefCell;
use std::path::Path;

use super::draft::{Block, Course, Education, Item, Job, Language, Link, Publication};
use super::json::{self, Node, Pos, Value};
use super::text;
use super::words::{self, Partial, Reading};
use super::{Builder, Imported, Options, Place, join};
use crate::Error;
use crate::data::model::Lang;

/// The schema's top-level keys, and older or common other names for them.
const SECTIONS: &[&str] = &[
    "$schema",
    "basics",
    "work",
    "volunteer",
    "education",
    "awards",
    "certificates",
    "publications",
    "skills",
    "languages",
    "interests",
    "references",
    "projects",
    "meta",
];

/// Top-level keys that configure a tool or a theme: never content, so never
/// a section of their own, even when they hold text.
const SETTINGS: &[&str] = &[
    "theme",
    "id",
    "_id",
    "version",
    "language",
    "lang",
    "locale",
    "settings",
    "design",
    "style",
    "template",
    "config",
    "translations",
    "lastModified",
    "updated",
    "created",
    "jsonresume",
    "resumeId",
    "$id",
    "$ref",
    "variables",
];

pub(crate) fn import(path: &Path, options: &Options) -> Result<Imported, Error> {
    let text = super::source::read_json_text(path)?;
    let mut parsed = json::parse(&text)
        .map_err(|(at, message)| super::source::located(path, &text, at, None, format!("not JSON: {message}")))?;
    let root = &parsed.root;
    if !matches!(root.value, Value::Object(_)) {
        return Err(super::source::whole(
            path,
            format!("expected a JSON object (a CV document), found {}", root.kind()),
        ));
    }
    check_kind(path, root)?;
    let reader = Reader {
        lang: Lang::EN,
        problems: RefCell::new(Vec::new()),
        kept: RefCell::new(Vec::new()),
        html: std::cell::Cell::new(0),
    };
    let (lang, how) = match options.lang {
        Some(lang) => (lang, "--lang"),
        None => language_of(root),
    };
    let reader = Reader { lang, ..reader };
    clean_strings(&mut parsed.root, "", &reader);
    let root = &parsed.root;
    for (at, message) in &parsed.warnings {
        reader.problem(*at, "", message.clone());
    }
    let mut cv = Builder::new(path, lang, text::Flavor::Markdown);
    cv.report.note(format!("the CV is in {} ({how})", lang.code()));

    basics(&mut cv, &reader, root, options);
    work(&mut cv, &reader, root);
    volunteer(&mut cv, &reader, root);
    education(&mut cv, &reader, root);
    certificates(&mut cv, &reader, root);
    skills_and_languages(&mut cv, &reader, root);
    free_sections(&mut cv, &reader, root);

    let mut stated = None;
    if let Some(meta) = root.get("meta") {
        meta.mark();
        if let Some(node) = meta.get("lastModified") {
            match reader.date_of(node, "meta.lastModified") {
                When::Date(date, _) if date.day.is_some() || date.month.is_some() => {
                    node.mark();
                    stated = Some(date.last_day());
                    cv.report.moved("meta.lastModified", "updated");
                }
                _ => {}
            }
        }
        // `meta.canonical` is where the document is published: the CV's own
        // address, unless it is the schema's or a registry's (files copied
        // from the sample say so), which stays a comment like the rest.
        if let Some(node) = meta.get("canonical")
            && let Some(canonical) = node.as_str().map(str::trim).filter(|url| !url.is_empty())
        {
            let schema = root.get("$schema").and_then(Node::as_str).unwrap_or_default();
            let lower = canonical.to_lowercase();
            let foreign = lower.contains("jsonresume")
                || lower.contains("resume-schema")
                || lower.ends_with("schema.json")
                || canonical == schema.trim();
            match text::web_address(canonical) {
                Some(url) if !foreign => {
                    node.mark();
                    cv.draft.url = Some(url);
                    cv.report.moved("meta.canonical", "url");
                }
                _ => reader.problem(
                    node.at,
                    "meta.canonical",
                    "the address of the JSON document or its schema, not the person's; kept as a comment",
                ),
            }
        }
    }
    if let Some(schema) = root.get("$schema") {
        schema.mark();
        cv.report.note("$schema names the JSON Resume schema, not CV content: left out");
    }
    top_level_extras(&mut cv, &reader, root);

    let mut unknown = Vec::new();
    unread(root, String::new(), &mut unknown);
    let mut names = Vec::new();
    for (key, value) in reader.kept.take() {
        cv.keep(&key, &value);
    }
    for (path, node) in unknown {
        cv.keep(&path, &node.to_json());
        names.push(path);
    }
    if !names.is_empty() {
        cv.report.note(format!(
            "fields cvpdf has no place for, kept as comments at the end of the YAML (never printed): {}",
            names.join(", ")
        ));
    }
    if reader.html.get() > 0 {
        cv.report.note(format!("HTML in {} text field(s) made into Markdown", reader.html.get()));
    }
    let file = path.display().to_string();
    let mut problems = reader.problems.take();
    problems.sort_by_key(|(at, _, _)| *at);
    for (at, field, message) in problems {
        let field = if field.is_empty() { String::new() } else { format!("{field}: ") };
        cv.report.problem(format!("{file}:{at}: {field}{message}"));
    }
    cv.finish(stated, options)
}

/// Refuses a document that is not a JSON Resume, saying what it is.
fn check_kind(path: &Path, root: &Node) -> Result<(), Error> {
    let has = |key: &str| root.get(key).is_some();
    let hh = ["first_name", "last_name", "skill_set", "resume_locale", "alternate_url", "total_experience"];
    if hh.iter().any(|key| has(key)) {
        return Err(super::source::whole(
            path,
            "this is an hh.ru resume, not a JSON Resume document; import it with `cvpdf import hh`".into(),
        ));
    }
    if !SECTIONS.iter().any(|key| has(key)) {
        return Err(super::source::whole(
            path,
            "not a JSON Resume document: it has none of the schema's sections (basics, work, education, skills, …)"
                .into(),
        ));
    }
    Ok(())
}

/// Keys the importer never read, by path: a member whose value was not read
/// is named whole; a read one is looked into.
fn unread<'a>(node: &'a Node, path: String, out: &mut Vec<(String, &'a Node)>) {
    match &node.value {
        Value::Object(members) => {
            for (key, member) in members {
                let inner = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
                if member.is_read() {
                    unread(member, inner, out);
                } else {
                    out.push((inner, member));
                }
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                let inner = format!("{path}[{index}]");
                if item.is_read() {
                    unread(item, inner, out);
                } else {
                    out.push((inner, item));
                }
            }
        }
        _ => {}
    }
}

/// A date field as read.
#[derive(Debug, Clone, PartialEq)]
enum When {
    /// Not given (absent, null or empty).
    Missing,
    Date(Partial, Pos),
    Present,
    /// Not a date cvpdf can read: kept as the text written.
    Text(String),
}

impl When {
    fn date(&self) -> Option<Partial> {
        match self {
            When::Date(date, _) => Some(*date),
            _ => None,
        }
    }

    /// In words, as the text written when it is not a date.
    fn words(&self, lang: Lang) -> Option<String> {
        match self {
            When::Date(date, _) => Some(date.words(lang)),
            When::Text(text) => Some(text::line(text, text::Flavor::Plain)),
            When::Present | When::Missing => None,
        }
    }
}

/// A period in words, with dates that could not be read as written. An
/// entry with a start and no end is still going, as JSON Resume has it.
fn period_words(lang: Lang, start: &When, end: &When) -> Option<String> {
    match (start, end) {
        (When::Date(start, _), When::Date(end, _)) => words::period(lang, Some(*start), Some(*end)),
        (When::Date(start, _), When::Present | When::Missing) => words::period(lang, Some(*start), None),
        (When::Missing, When::Date(end, _)) => Some(end.words(lang)),
        (When::Missing, When::Present | When::Missing) => None,
        _ => {
            let present = || Some(words::locale_message(lang, "present"));
            let end = match end {
                When::Present | When::Missing => present(),
                other => other.words(lang),
            };
            join([start.words(lang), end], " — ")
        }
    }
}

/// Reads values off the document, marking what it reads and collecting
/// problems and what it keeps aside.
struct Reader {
    lang: Lang,
    /// `(where, field path, message)`.
    problems: RefCell<Vec<(Pos, String, String)>>,
    /// Values kept as comments: other languages of a text, mostly.
    kept: RefCell<Vec<(String, serde_json::Value)>>,
    /// How many fields held HTML.
    html: std::cell::Cell<usize>,
}

/// Whether a key looks like a language code: `en`, `fr`, `pt-BR`, `sr-Latn`.
fn is_language_key(key: &str) -> bool {
    let mut parts = key.split(['-', '_']);
    let first = parts.next().unwrap_or_default();
    (2..=3).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_lowercase())
        && parts.all(|part| (2..=4).contains(&part.len()) && part.chars().all(|c| c.is_ascii_alphanumeric()))
        && Lang::parse(key).is_ok()
}

/// Whether a value is written per language: an object whose keys are all
/// language codes and whose values are text.
fn language_map(node: &Node) -> Option<&[(String, Node)]> {
    let members = node.members();
    let text = |node: &Node| matches!(node.value, Value::String(_) | Value::Number(_) | Value::Array(_));
    (!members.is_empty() && members.iter().all(|(key, value)| is_language_key(key) && text(value))).then_some(members)
}

impl Reader {
    fn problem(&self, at: Pos, path: &str, message: impl Into<String>) {
        self.problems.borrow_mut().push((at, path.to_owned(), message.into()));
    }

    /// The value a language map gives for the CV's language (or its
    /// language alone, or the first); the others are kept.
    fn pick<'a>(&self, node: &'a Node, path: &str) -> &'a Node {
        let Some(members) = language_map(node) else { return node };
        node.mark();
        let code = self.lang.code();
        let chosen = members
            .iter()
            .position(|(key, _)| key == code)
            .or_else(|| members.iter().position(|(key, _)| key.split(['-', '_']).next() == Some(self.lang.language())))
            .unwrap_or(0);
        for (index, (key, value)) in members.iter().enumerate() {
            if index == chosen {
                continue;
            }
            value.mark();
            self.kept.borrow_mut().push((format!("{path}.{key}"), value.to_json()));
        }
        let (key, value) = &members[chosen];
        if key != code && key.split(['-', '_']).next() != Some(self.lang.language()) {
            self.problem(node.at, path, format!("no text in {code}; the text in {key} is used"));
        }
        value
    }

    /// A text value: a string (HTML made Markdown), or a number; none when
    /// blank. Anything else is a problem and stays unread, so it is kept.
    fn text_of(&self, node: &Node, path: &str) -> Option<String> {
        let node = self.pick(node, path);
        let text = match &node.value {
            Value::String(text) => text.clone(),
            Value::Number(number) => number.clone(),
            Value::Null => {
                node.mark();
                return None;
            }
            Value::Array(items) if items.iter().all(|item| matches!(item.value, Value::String(_))) => {
                // A paragraph per line, as some editors write long text.
                items.iter().filter_map(Node::as_str).collect::<Vec<_>>().join("\n")
            }
            _ => {
                self.problem(node.at, path, format!("expected text, found {}; kept as a comment", node.kind()));
                return None;
            }
        };
        node.mark();
        node.items().iter().for_each(Node::mark);
        let text = if super::html::is_html(&text) {
            self.html.set(self.html.get() + 1);
            super::html::to_markdown(&text)
        } else {
            text
        };
        (!text.trim().is_empty()).then_some(text)
    }

    /// The text of the first of `keys` that `object` has; `<key>Translations`
    /// beside it gives the CV's language when it has it.
    fn text(&self, object: &Node, keys: &[&str], path: &str) -> Option<String> {
        for key in keys {
            let Some(node) = object.get(key) else { continue };
            let inner = join_path(path, key);
            let translated = object.get(&format!("{key}Translations")).filter(|map| language_map(map).is_some());
            if let Some(map) = translated {
                let own = map.members().iter().find(|(code, _)| code == self.lang.code()).map(|(_, node)| node);
                if let Some(own) = own {
                    map.mark();
                    let base = self.text_of(node, &inner);
                    if let Some(base) = base {
                        self.kept.borrow_mut().push((inner.clone(), serde_json::Value::String(base)));
                    }
                    for (code, other) in map.members() {
                        if code != self.lang.code() {
                            other.mark();
                            self.kept.borrow_mut().push((format!("{inner}Translations.{code}"), other.to_json()));
                        }
                    }
                    return self.text_of(own, &format!("{inner}Translations.{}", self.lang.code()));
                }
            }
            return self.text_of(node, &inner);
        }
        None
    }

    /// A list of texts; a single text is taken as a list of one.
    fn texts(&self, object: &Node, key: &str, path: &str) -> Vec<String> {
        let Some(node) = object.get(key) else { return Vec::new() };
        let inner = join_path(path, key);
        let node = self.pick(node, &inner);
        match &node.value {
            Value::Array(items) => {
                node.mark();
                items
                    .iter()
                    .enumerate()
                    .filter_map(|(index, item)| self.text_of(item, &format!("{inner}[{index}]")))
                    .collect()
            }
            Value::Null => {
                node.mark();
                Vec::new()
            }
            _ => self.text_of(node, &inner).into_iter().collect(),
        }
    }

    /// The objects of the list `key`; other items are problems, kept.
    fn objects<'a>(&self, object: &'a Node, keys: &[&str], path: &str) -> Vec<(String, &'a Node)> {
        let Some((key, node)) = keys.iter().find_map(|key| object.get(key).map(|node| (*key, node))) else {
            return Vec::new();
        };
        let inner = join_path(path, key);
        match &node.value {
            Value::Array(items) => {
                node.mark();
                items
                    .iter()
                    .enumerate()
                    .filter_map(|(index, item)| {
                        let at = format!("{inner}[{index}]");
                        match &item.value {
                            Value::Object(_) => {
                                item.mark();
                                Some((at, item))
                            }
                            Value::Null => {
                                item.mark();
                                None
                            }
                            _ => {
                                self.problem(
                                    item.at,
                                    &at,
                                    format!("expected an object, found {}; kept as a comment", item.kind()),
                                );
                                None
                            }
                        }
                    })
                    .collect()
            }
            Value::Object(_) => {
                node.mark();
                vec![(inner, node)]
            }
            Value::Null => {
                node.mark();
                Vec::new()
            }
            _ => {
                self.problem(node.at, &inner, format!("expected a list, found {}; kept as a comment", node.kind()));
                Vec::new()
            }
        }
    }

    /// A date value.
    fn date_of(&self, node: &Node, path: &str) -> When {
        let node = self.pick(node, path);
        let text = match &node.value {
            Value::String(text) => text.clone(),
            Value::Number(number) => number.clone(),
            Value::Null => {
                node.mark();
                return When::Missing;
            }
            _ => {
                self.problem(node.at, path, format!("expected a date, found {}; kept as a comment", node.kind()));
                return When::Missing;
            }
        };
        node.mark();
        if text.trim().is_empty() {
            return When::Missing;
        }
        match words::read_date(&text, self.lang) {
            Reading::Date(date, note) => {
                if let Some(note) = note {
                    self.problem(node.at, path, format!("{text:?}: {note}"));
                }
                When::Date(date, node.at)
            }
            Reading::Present => When::Present,
            Reading::Unclear(why) => {
                self.problem(
                    node.at,
                    path,
                    format!("{text:?} is not a date cvpdf can read ({why}); printed as written"),
                );
                When::Text(text)
            }
        }
    }

    /// The date `key` of `object`, with a month or year some tools write
    /// beside it (`startDateMonth`, `startDateYear`).
    fn date(&self, object: &Node, keys: &[&str], path: &str) -> When {
        let Some((key, node)) = keys.iter().find_map(|key| object.get(key).map(|node| (*key, node))) else {
            return self.split_date(object, keys[0], path, When::Missing);
        };
        let when = self.date_of(node, &join_path(path, key));
        self.split_date(object, key, path, when)
    }

    fn split_date(&self, object: &Node, key: &str, path: &str, when: When) -> When {
        let month_node = object.get(&format!("{key}Month"));
        let year_node = object.get(&format!("{key}Year"));
        if month_node.is_none() && year_node.is_none() {
            return when;
        }
        let part = |node: Option<&Node>| {
            node.and_then(|node| match &node.value {
                Value::String(text) => Some(text.trim().to_owned()),
                Value::Number(number) => Some(number.clone()),
                _ => None,
            })
            .filter(|text| !text.is_empty())
        };
        let year = match &when {
            When::Date(date, _) => Some(date.year.to_string()),
            _ => part(year_node),
        };
        let Some(year) = year else { return when };
        let month = part(month_node);
        let written = join([month.clone(), Some(year)], " ").unwrap_or_default();
        let inner = join_path(path, &format!("{key}Month"));
        match words::read_date(&written, self.lang) {
            Reading::Date(date, None) if when.date().is_none_or(|known| known.month.is_none()) => {
                month_node.into_iter().chain(year_node).for_each(Node::mark);
                let at = month_node.or(year_node).map_or(Pos { line: 0, column: 0 }, |node| node.at);
                When::Date(date, at)
            }
            _ => {
                if let (Some(month), Some(node)) = (month, month_node) {
                    self.problem(
                        node.at,
                        &inner,
                        format!("{month:?} is not a month cvpdf can read; kept as a comment"),
                    );
                }
                when
            }
        }
    }

    /// The start and end of an entry; a period that runs backwards is read
    /// with its ends swapped, and said so.
    fn period(&self, object: &Node, path: &str, start: &[&str], end: &[&str]) -> (When, When) {
        let mut from = self.date(object, start, path);
        let mut to = self.date(object, end, path);
        if let (When::Date(first, _), When::Date(last, at)) = (&from, &to)
            && last.end_month() < first.start_month()
        {
            self.problem(
                *at,
                &join_path(path, end[0]),
                format!(
                    "the period ends ({}) before it starts ({}); read with the two swapped",
                    last.words(Lang::EN),
                    first.words(Lang::EN)
                ),
            );
            std::mem::swap(&mut from, &mut to);
        }
        (from, to)
    }
}

/// Takes the characters the data format refuses out of every string of the
/// document (see [`text::without_unprintable`]), each with a note at its
/// line and field, so that the CV made from it passes the checks.
fn clean_strings(node: &mut Node, path: &str, reader: &Reader) {
    match &mut node.value {
        Value::String(text) => {
            if let Some((cleaned, note)) = text::without_unprintable(text) {
                *text = cleaned;
                reader.problem(node.at, path, note);
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter_mut().enumerate() {
                clean_strings(item, &format!("{path}[{index}]"), reader);
            }
        }
        Value::Object(members) => {
            for (key, member) in members.iter_mut() {
                clean_strings(member, &join_path(path, key), reader);
            }
        }
        _ => {}
    }
}

fn join_path(path: &str, key: &str) -> String {
    if path.is_empty() { key.to_owned() } else { format!("{path}.{key}") }
}

/// The CV's language: the document's own (`meta.language`, `language`, …),
/// else the languages its maps are written in and the language of its text.
fn language_of(root: &Node) -> (Lang, &'static str) {
    let usable =
        |code: &str| Lang::parse(code.trim()).ok().and_then(|lang| crate::lang::locale::file(lang).map(|_| lang));
    let declared = [root.get("meta"), Some(root), root.get("basics")]
        .into_iter()
        .flatten()
        .flat_map(|node| ["language", "lang", "locale"].map(|key| node.get(key)))
        .flatten()
        .find_map(|node| node.as_str().and_then(usable));
    if let Some(lang) = declared {
        return (lang, "the document says so");
    }
    let mut texts = Vec::new();
    let mut map_codes = Vec::new();
    collect_texts(root, &mut texts, &mut map_codes);
    let guessed = words::guess_lang(texts.iter().map(String::as_str));
    if !map_codes.is_empty() && !map_codes.contains(&guessed) {
        return (map_codes[0], "the first language its texts are written in");
    }
    (guessed, "guessed from its text")
}

/// Every text of the document worth a guess at its language, and the
/// languages of its language maps that cvpdf has words for.
fn collect_texts(node: &Node, texts: &mut Vec<String>, map_codes: &mut Vec<Lang>) {
    if let Some(members) = language_map(node) {
        for (key, _) in members {
            if let Ok(lang) = Lang::parse(key)
                && crate::lang::locale::file(lang).is_some()
                && !map_codes.contains(&lang)
            {
                map_codes.push(lang);
            }
        }
        return;
    }
    match &node.value {
        Value::String(text) if !text.contains("://") && !text.contains('@') && !text.starts_with("data:") => {
            texts.push(text.clone());
        }
        Value::Array(items) => items.iter().for_each(|item| collect_texts(item, texts, map_codes)),
        Value::Object(members) => {
            for (key, value) in members {
                if !matches!(key.as_str(), "url" | "image" | "picture" | "email" | "phone" | "$schema" | "meta") {
                    collect_texts(value, texts, map_codes);
                }
            }
        }
        _ => {}
    }
}

/// A web address as `check` wants it, or a problem and none.
fn address(cv: &mut Builder, reader: &Reader, object: &Node, keys: &[&str], path: &str) -> Option<String> {
    let (key, node) = keys.iter().find_map(|key| object.get(key).map(|node| (*key, node)))?;
    let inner = join_path(path, key);
    let raw = reader.text_of(node, &inner)?;
    match text::web_address(raw.trim()) {
        Some(url) => Some(url),
        None => {
            reader.problem(node.at, &inner, format!("{raw:?} is not a web address cvpdf accepts; kept as a comment"));
            cv.keep(&inner, &serde_json::Value::String(raw));
            None
        }
    }
}

fn basics(cv: &mut Builder, reader: &Reader, root: &Node, options: &Options) {
    let words = cv.words;
    let Some(basics) = root.get("basics") else {
        cv.draft.person.name = words.name_placeholder.to_owned();
        cv.draft.headline = words.headline_placeholder.to_owned();
        cv.report.note(format!(
            "there is no basics section; person.name is «{}» and the headline «{}»: replace them",
            words.name_placeholder, words.headline_placeholder
        ));
        return;
    };
    basics.mark();
    let path = "basics";
    cv.draft.person.name = match cv.field(reader.text(basics, &["name"], path).as_deref()) {
        Some(name) => {
            cv.report.moved("basics.name", "person.name");
            name
        }
        None => {
            cv.report.note(format!("basics.name is missing; person.name is «{}»: replace it", words.name_placeholder));
            words.name_placeholder.to_owned()
        }
    };
    cv.draft.headline = match cv.field(reader.text(basics, &["label", "title", "headline"], path).as_deref()) {
        Some(label) => {
            cv.report.moved("basics.label", "headline");
            label
        }
        None => {
            cv.report
                .note(format!("basics.label is missing; the headline is «{}»: replace it", words.headline_placeholder));
            words.headline_placeholder.to_owned()
        }
    };
    for key in ["image", "picture", "photo"] {
        if let Some(node) = basics.get(key)
            && let Some(image) = node.as_str()
        {
            node.mark();
            cv.photo(&format!("basics.{key}"), image, options);
            break;
        }
    }
    if let Some(node) = basics.get("email")
        && let Some(email) = reader.text_of(node, "basics.email")
    {
        match text::email(&email) {
            Some(email) => {
                cv.draft.person.contacts.email = Some(email);
                cv.report.moved("basics.email", "person.contacts.email");
            }
            None => {
                reader.problem(
                    node.at,
                    "basics.email",
                    format!("{email:?} is not an e-mail address; kept as a comment"),
                );
                cv.keep("basics.email", &serde_json::Value::String(email));
            }
        }
    }
    if let Some(node) = basics.get("phone")
        && let Some(phone) = reader.text_of(node, "basics.phone")
    {
        match text::phone(&phone) {
            Some(phone) => {
                cv.draft.person.contacts.phone = Some(phone);
                cv.report.moved("basics.phone", "person.contacts.phone");
            }
            None => {
                reader.problem(node.at, "basics.phone", format!("{phone:?} is not a phone number; kept as a comment"));
                cv.keep("basics.phone", &serde_json::Value::String(phone));
            }
        }
    }
    if let Some(url) = address(cv, reader, basics, &["url", "website"], path) {
        let label = cv.line(&crate::contract::url_text(&url).text);
        cv.draft.person.contacts.links.push(Link { label, url });
        cv.report.moved("basics.url", "person.contacts.links");
    }
    let summary = reader.text(basics, &["summary", "about", "objective"], path);
    cv.draft.about = cv.blocks(summary.as_deref());
    if !cv.draft.about.is_empty() {
        cv.report.moved("basics.summary", "about");
    }
    if let Some(location) = basics.get("location") {
        let parts = match &location.value {
            Value::Object(_) => {
                location.mark();
                let part = |keys: &[&str]| reader.text(location, keys, "basics.location");
                let address = part(&["address"]).map(|address| address.replace('\n', ", "));
                vec![
                    address,
                    part(&["city"]),
                    part(&["region"]),
                    part(&["postalCode"]),
                    part(&["countryCode", "country"]),
                ]
            }
            _ => vec![reader.text_of(location, "basics.location")],
        };
        let parts: Vec<Option<String>> = parts.into_iter().map(|part| cv.field(part.as_deref())).collect();
        cv.draft.person.location = join(parts, ", ");
        if cv.draft.person.location.is_some() {
            cv.report.moved("basics.location", "person.location");
        }
    }
    let profiles = reader.objects(basics, &["profiles"], path);
    let mut unlinked = 0;
    for (inner, profile) in &profiles {
        let network = cv.field(reader.text(profile, &["network"], inner).as_deref());
        let username = cv.field(reader.text(profile, &["username"], inner).as_deref());
        let url = match profile.get("url") {
            Some(node) => reader.text_of(node, &join_path(inner, "url")),
            None => None,
        };
        match url.as_deref().and_then(text::web_address) {
            Some(url) => {
                let label = match (network, username) {
                    (Some(network), Some(username)) => format!("{network}: {username}"),
                    (network, username) => {
                        network.or(username).unwrap_or_else(|| cv.line(&crate::contract::url_text(&url).text))
                    }
                };
                cv.draft.person.contacts.links.push(Link { label, url });
            }
            None => {
                let raw_url = url.map(|url| cv.line(&url));
                let Some(text) = join([join([network, username], ": "), raw_url], " ") else { continue };
                cv.section_item("additional", words.additional, Place::End, Item::new(text));
                unlinked += 1;
            }
        }
    }
    if !profiles.is_empty() {
        let rest = format!(" (those without a web address → section «{}»)", words.additional);
        cv.report.moved(
            "basics.profiles",
            format!("person.contacts.links{}", if unlinked > 0 { rest.as_str() } else { "" }),
        );
    }
}

/// A name made a Markdown link when there is a web address for it.
fn linked(cv: &Builder, name: Option<String>, url: Option<&str>) -> Option<String> {
    let url = url.and_then(text::web_address);
    match (name, url) {
        (Some(name), Some(url)) => Some(text::link(&name, &url)),
        (None, Some(url)) => Some(cv.line(&url)),
        (name, None) => name,
    }
}

fn items(cv: &Builder, texts: Vec<String>) -> Vec<Item> {
    texts.iter().filter_map(|text| cv.field(Some(text))).map(Item::new).collect()
}

const START: &[&str] = &["startDate", "start", "from"];
const END: &[&str] = &["endDate", "end", "to"];

fn work(cv: &mut Builder, reader: &Reader, root: &Node) {
    let words = cv.words;
    let lang = cv.lang();
    let entries = reader.objects(root, &["work", "experience"], "");
    let mut year_only = false;
    for (path, entry) in &entries {
        let url = address(cv, reader, entry, &["url", "website"], path);
        let company = cv.field(reader.text(entry, &["name", "company", "organization"], path).as_deref());
        let position = cv.field(reader.text(entry, &["position", "title", "role"], path).as_deref());
        let location = cv.field(reader.text(entry, &["location"], path).as_deref());
        let description = cv.field(reader.text(entry, &["description"], path).as_deref());
        let summary = reader.text(entry, &["summary"], path);
        let highlights = items(cv, reader.texts(entry, "highlights", path));
        let (start, end) = reader.period(entry, path, START, END);
        let dated = matches!(start, When::Date(..)) && matches!(end, When::Date(..) | When::Present | When::Missing);
        if !dated {
            let title = join([position, linked(cv, company, url.as_deref())], ", ");
            let line = join([period_words(lang, &start, &end), location, description], ", ");
            let body = cv.blocks(summary.as_deref());
            let section = cv.section("undated-work", words.undated_work, Place::AfterExperience);
            section.extend(title.map(Block::Heading));
            section.extend(line.map(Block::Paragraph));
            section.extend(body);
            if !highlights.is_empty() {
                section.push(Block::List(highlights));
            }
            cv.report
                .note(format!("{path} has no start date cvpdf can read; kept in the section «{}»", words.undated_work));
            continue;
        }
        let start = start.date().unwrap_or(Partial { year: 1, month: None, day: None });
        let end = end.date();
        year_only |= start.month.is_none() || end.is_some_and(|end| end.month.is_none());
        let company = company.unwrap_or_else(|| {
            cv.report.note(format!("{path}.name is missing; the company reads «{}»", words.company_placeholder));
            words.company_placeholder.to_owned()
        });
        cv.draft.experience.push(Job {
            company,
            url,
            city: location,
            industry: description,
            position,
            start: start.start_month().to_string(),
            end: end.map_or_else(|| "present".to_owned(), |end| end.end_month().to_string()),
            description: cv.blocks(summary.as_deref()),
            items: highlights,
        });
    }
    if !entries.is_empty() {
        cv.report.moved("work", "experience (description → industry, summary → description, highlights → items)");
    }
    if year_only {
        cv.report.note("work dates given as a year only start in January and end in December");
    }
}

fn volunteer(cv: &mut Builder, reader: &Reader, root: &Node) {
    let words = cv.words;
    let lang = cv.lang();
    let entries = reader.objects(root, &["volunteer", "volunteering"], "");
    for (path, entry) in &entries {
        let url = address(cv, reader, entry, &["url", "website"], path);
        let organization = linked(
            cv,
            cv.field(reader.text(entry, &["organization", "company", "name"], path).as_deref()),
            url.as_deref(),
        );
        let heading = join([cv.field(reader.text(entry, &["position", "role"], path).as_deref()), organization], ", ");
        let (start, end) = reader.period(entry, path, START, END);
        let period = period_words(lang, &start, &end);
        let body = cv.blocks(reader.text(entry, &["summary", "description"], path).as_deref());
        let highlights = items(cv, reader.texts(entry, "highlights", path));
        let section = cv.section("volunteer", words.volunteering, Place::AfterExperience);
        section.extend(heading.map(Block::Heading));
        section.extend(period.map(Block::Paragraph));
        section.extend(body);
        if !highlights.is_empty() {
            section.push(Block::List(highlights));
        }
    }
    if !entries.is_empty() {
        cv.report.moved("volunteer", format!("section «{}»", words.volunteering));
    }
}

fn education(cv: &mut Builder, reader: &Reader, root: &Node) {
    let words = cv.words;
    let lang = cv.lang();
    let entries = reader.objects(root, &["education"], "");
    let mut any_courses = false;
    for (path, study) in &entries {
        let url = address(cv, reader, study, &["url", "website"], path);
        let institution = linked(
            cv,
            cv.field(reader.text(study, &["institution", "school", "name"], path).as_deref()),
            url.as_deref(),
        );
        let score = cv.field(reader.text(study, &["score", "gpa", "grade"], path).as_deref());
        let score = score.map(|score| format!("{} {score}", words.score));
        let degree = join([cv.field(reader.text(study, &["area", "field", "major"], path).as_deref()), score], ", ");
        let level = cv.field(reader.text(study, &["studyType", "degree"], path).as_deref());
        let (start, end) = reader.period(study, path, START, END);
        let year = |when: &When| when.date().and_then(|date| u16::try_from(date.year).ok());
        match (institution.clone(), year(&end)) {
            (Some(institution), Some(end_year)) => {
                let start = year(&start);
                cv.draft.education.push(Education {
                    institution,
                    level,
                    start,
                    end: end_year,
                    city: None,
                    faculty: None,
                    degree,
                });
            }
            (institution, _) => {
                let period = period_words(lang, &start, &end);
                let Some(text) = join([institution, level, degree, period], ", ") else { continue };
                cv.section_item("undated-education", words.undated_education, Place::AfterEducation, Item::new(text));
                cv.report.note(format!(
                    "{path} has no end year or no institution; kept in the section «{}»",
                    words.undated_education
                ));
            }
        }
        let courses = items(cv, reader.texts(study, "courses", path));
        if !courses.is_empty() {
            any_courses = true;
            let section = cv.section("coursework", words.coursework, Place::AfterEducation);
            section.extend(institution.map(Block::Heading));
            section.push(Block::List(courses));
        }
    }
    if !entries.is_empty() {
        let extra = if any_courses { format!("; courses → section «{}»", words.coursework) } else { String::new() };
        cv.report.moved("education", format!("education (studyType → level, area and score → degree){extra}"));
    }
}

fn certificates(cv: &mut Builder, reader: &Reader, root: &Node) {
    let words = cv.words;
    let entries = reader.objects(root, &["certificates", "certifications"], "");
    let mut undated = 0;
    for (path, certificate) in &entries {
        let name = join(
            [
                cv.field(reader.text(certificate, &["name", "title"], path).as_deref()),
                cv.field(reader.text(certificate, &["issuer", "authority"], path).as_deref()),
            ],
            ", ",
        );
        let url = address(cv, reader, certificate, &["url", "website"], path);
        let date = reader.date(certificate, &["date", "startDate"], path);
        let Some(name) = name else { continue };
        match date.date().and_then(|date| u16::try_from(date.year).ok()) {
            Some(year) => cv.draft.courses.push(Course { name, year, url }),
            None => {
                let text = match url {
                    Some(url) => text::link(&name, &url),
                    None => name,
                };
                let text = join([Some(text), date.words(cv.lang())], ", ").unwrap_or_default();
                cv.section_item("certificates", words.certificates, Place::AfterEducation, Item::new(text));
                undated += 1;
            }
        }
    }
    if !entries.is_empty() {
        let rest = format!(" (those without a date → section «{}»)", words.certificates);
        cv.report.moved("certificates", format!("courses{}", if undated > 0 { rest.as_str() } else { "" }));
    }
}

fn skills_and_languages(cv: &mut Builder, reader: &Reader, root: &Node) {
    let words = cv.words;
    let skills = reader.objects(root, &["skills"], "");
    for (path, skill) in &skills {
        let keywords: Vec<String> =
            reader.texts(skill, "keywords", path).iter().filter_map(|keyword| cv.field(Some(keyword))).collect();
        let level = cv.field(reader.text(skill, &["level"], path).as_deref());
        match cv.field(reader.text(skill, &["name"], path).as_deref()) {
            Some(name) => {
                let mut text = match level {
                    Some(level) => format!("{name} ({level})"),
                    None => name,
                };
                if !keywords.is_empty() {
                    text = format!("{text}: {}", keywords.join(", "));
                }
                cv.draft.skills.push(text);
            }
            None => cv.draft.skills.extend(keywords),
        }
    }
    // Skills written as plain strings.
    if let Some(list) = root.get("skills") {
        for (index, item) in list.items().iter().enumerate() {
            if matches!(item.value, Value::String(_)) {
                item.mark();
                if let Some(text) =
                    reader.text_of(item, &format!("skills[{index}]")).and_then(|text| cv.field(Some(&text)))
                {
                    cv.draft.skills.push(text);
                }
            }
        }
    }
    if root.get("skills").is_some_and(|list| !list.items().is_empty()) {
        cv.report.moved("skills", "skills (name (level): keywords)");
    }
    let languages = reader.objects(root, &["languages"], "");
    for (path, spoken) in &languages {
        let Some(name) = cv.field(reader.text(spoken, &["language", "name"], path).as_deref()) else { continue };
        let level =
            cv.field(reader.text(spoken, &["fluency", "level", "proficiency"], path).as_deref()).unwrap_or_else(|| {
                cv.report.note(format!("{path} has no fluency; it reads «{}»", words.level_not_given));
                words.level_not_given.to_owned()
            });
        cv.draft.languages.push(Language { name, level });
    }
    if !languages.is_empty() {
        cv.report.moved("languages", "languages");
    }
}

fn free_sections(cv: &mut Builder, reader: &Reader, root: &Node) {
    let words = cv.words;
    let lang = cv.lang();
    let awards = reader.objects(root, &["awards", "honors"], "");
    for (path, award) in &awards {
        let heading = cv.field(reader.text(award, &["title", "name"], path).as_deref());
        let date = reader.date(award, &["date"], path);
        let line = join([cv.field(reader.text(award, &["awarder"], path).as_deref()), date.words(lang)], ", ");
        let body = cv.blocks(reader.text(award, &["summary", "description"], path).as_deref());
        let section = cv.section("awards", words.awards, Place::End);
        section.extend(heading.map(Block::Heading));
        section.extend(line.map(Block::Paragraph));
        section.extend(body);
    }
    if !awards.is_empty() {
        cv.report.moved("awards", format!("section «{}»", words.awards));
    }
    let publications = reader.objects(root, &["publications"], "");
    for (path, publication) in &publications {
        let url = address(cv, reader, publication, &["url", "website"], path);
        let title = cv.field(reader.text(publication, &["name", "title"], path).as_deref());
        let date = reader.date(publication, &["releaseDate", "date"], path);
        let Some(title) = title.or_else(|| url.clone()) else { continue };
        cv.draft.publication(Publication {
            title,
            venue: cv.field(reader.text(publication, &["publisher"], path).as_deref()),
            year: date.date().and_then(|date| u16::try_from(date.year).ok()),
            url,
            note: cv.field(reader.text(publication, &["summary", "description"], path).as_deref()),
            ..Publication::default()
        });
    }
    if !publications.is_empty() {
        cv.report.moved("publications", "publications");
    }
    let projects = reader.objects(root, &["projects"], "");
    for (path, project) in &projects {
        let url = address(cv, reader, project, &["url", "website", "githubUrl"], path);
        let heading = linked(cv, cv.field(reader.text(project, &["name", "title"], path).as_deref()), url.as_deref());
        let (start, end) = reader.period(project, path, START, END);
        let line = join(
            [
                period_words(lang, &start, &end),
                cv.field(reader.text(project, &["entity"], path).as_deref()),
                cv.field(reader.text(project, &["type"], path).as_deref()),
            ],
            ", ",
        );
        let roles = join(reader.texts(project, "roles", path).iter().map(|role| cv.field(Some(role))), ", ");
        let roles = roles.map(|roles| format!("{}: {roles}", words.roles));
        let body = cv.blocks(reader.text(project, &["description", "summary"], path).as_deref());
        let highlights = items(cv, reader.texts(project, "highlights", path));
        let keywords =
            join(reader.texts(project, "keywords", path).iter().map(|keyword| cv.field(Some(keyword))), ", ");
        let keywords = keywords.map(|keywords| format!("{}: {keywords}", words.keywords));
        let section = cv.section("projects", words.projects, Place::AfterExperience);
        section.extend(heading.map(Block::Heading));
        section.extend(line.map(Block::Paragraph));
        section.extend(roles.map(Block::Paragraph));
        section.extend(body);
        if !highlights.is_empty() {
            section.push(Block::List(highlights));
        }
        section.extend(keywords.map(Block::Paragraph));
    }
    if !projects.is_empty() {
        cv.report.moved("projects", format!("section «{}»", words.projects));
    }
    let interests = reader.objects(root, &["interests"], "");
    for (path, interest) in &interests {
        let keywords = items(cv, reader.texts(interest, "keywords", path));
        match cv.field(reader.text(interest, &["name"], path).as_deref()) {
            Some(name) => {
                cv.section_item("interests", words.interests, Place::End, Item { text: name, items: keywords })
            }
            None => {
                for keyword in keywords {
                    cv.section_item("interests", words.interests, Place::End, keyword);
                }
            }
        }
    }
    if !interests.is_empty() {
        cv.report.moved("interests", format!("section «{}»", words.interests));
    }
    let references = reader.objects(root, &["references"], "");
    for (path, reference) in &references {
        let heading = cv.field(reader.text(reference, &["name"], path).as_deref());
        let body = cv.blocks(reader.text(reference, &["reference", "text"], path).as_deref());
        let section = cv.section("references", words.recommendations, Place::End);
        section.extend(heading.map(Block::Heading));
        section.extend(body);
    }
    if !references.is_empty() {
        cv.report.moved("references", format!("section «{}»", words.recommendations));
    }
}

/// Top-level keys the schema does not have: text or a list of texts is
/// content the author wanted on the CV, so it becomes a section named after
/// its key; settings and anything else stay unread, and so are kept.
fn top_level_extras(cv: &mut Builder, reader: &Reader, root: &Node) {
    for (key, node) in root.members() {
        if node.is_read() || SECTIONS.contains(&key.as_str()) || SETTINGS.contains(&key.as_str()) {
            continue;
        }
        if key.ends_with("Translations") || key.starts_with('_') || key.starts_with('$') {
            continue;
        }
        let texts_only = match &node.value {
            Value::String(_) => true,
            Value::Array(items) => !items.is_empty() && items.iter().all(|item| matches!(item.value, Value::String(_))),
            _ => language_map(node).is_some(),
        };
        if !texts_only {
            continue;
        }
        let title = crate::contract::wording::capitalize(&cv.line(&spaced(key)));
        let title = if title.trim().is_empty() { cv.words.other.to_owned() } else { title };
        let body = match &node.value {
            Value::Array(items) => {
                node.mark();
                let texts: Vec<String> = items
                    .iter()
                    .enumerate()
                    .filter_map(|(index, item)| reader.text_of(item, &format!("{key}[{index}]")))
                    .collect();
                vec![Block::List(self::items(cv, texts))]
            }
            _ => cv.blocks(reader.text_of(node, key).as_deref()),
        };
        let body: Vec<Block> =
            body.into_iter().filter(|block| !matches!(block, Block::List(items) if items.is_empty())).collect();
        if !body.is_empty() {
            cv.section(&format!("x-{}", slug(key)), &title, Place::End).extend(body);
            cv.report.moved(key, format!("section «{title}» (not a JSON Resume section)"));
        }
    }
}

/// `camelCase` and `snake_case` keys as words.
fn spaced(key: &str) -> String {
    let mut out = String::new();
    for (index, c) in key.chars().enumerate() {
        if c == '_' || c == '-' {
            out.push(' ');
        } else if c.is_uppercase() && index > 0 {
            out.push(' ');
            out.extend(c.to_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// An id for a section named after a key: lower-case letters, digits, `-`.
fn slug(key: &str) -> String {
    let slug: String = key
        .chars()
        .map(|c| if c.is_alphanumeric() { c.to_lowercase().next().unwrap_or(c) } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if slug.is_empty() { "section".to_owned() } else { slug }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_keys_are_told_from_other_keys() {
        for key in ["en", "fr", "pt-BR", "sr-Latn", "de"] {
            assert!(is_language_key(key), "{key}");
        }
        for key in ["name", "url", "EN", "english", "x"] {
            assert!(!is_language_key(key), "{key}");
        }
        assert_eq!(spaced("workPermit"), "work permit");
        assert_eq!(slug("Side projects!"), "side-projects");
    }
}
