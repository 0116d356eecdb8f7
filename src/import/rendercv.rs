//! A RenderCV YAML file made into a CV.
//!
//! RenderCV keeps a CV as `cv:` (the person and `sections:`, each a list of
//! one kind of entry), `design:` (a theme and its settings), `locale:` (the
//! language and its words) and `settings:`; older files say
//! `rendercv_settings:` and `locale_catalog:`. Each kind of entry has a
//! place: the first section of experience entries becomes `experience`, the
//! first of education entries `education`, and every other section a free
//! section under its own title, its entries as headings, lines, lists or
//! paragraphs. Dates are RenderCV's (`2021`, `2021-03`, `2021-03-15`,
//! `present`, or free text in `date:`). Text is Markdown, as in the data
//! format; raw Typst, which RenderCV allows since 2.2, is never evaluated:
//! it is taken out with a warning at its line. `locale.language` gives the
//! CV's language, `design.theme` the nearest built-in template (a note in
//! the report and the YAML) and `design:` settings that have an equivalent
//! become `design:` options. What has no place is kept as comments at the
//! end of the YAML and named in the report; every problem is reported at its
//! line, none stops the import.

use std::cell::RefCell;
use std::path::Path;

use serde_yaml::{Mapping, Value};

use super::draft::{Block, Education, Item, Job, Link, Publication};
use super::text::{self, Flavor};
use super::words::{self, Partial, Reading};
use super::{Builder, Imported, Options, Place, join};
use crate::Error;
use crate::data::model::Lang;
use crate::data::positions::Locations;

/// RenderCV's `locale.language` names and cvpdf's codes.
const LANGUAGES: &[(&str, &str)] = &[
    ("english", "en"),
    ("russian", "ru"),
    ("ukrainian", "uk"),
    ("belarusian", "be"),
    ("kazakh", "kk"),
    ("serbian", "sr"),
    ("polish", "pl"),
    ("german", "de"),
    ("french", "fr"),
    ("spanish", "es"),
];

/// RenderCV's networks and the addresses it builds from a username.
const NETWORKS: &[(&str, &str)] = &[
    ("linkedin", "https://linkedin.com/in/"),
    ("github", "https://github.com/"),
    ("gitlab", "https://gitlab.com/"),
    ("imdb", "https://imdb.com/name/"),
    ("instagram", "https://instagram.com/"),
    ("orcid", "https://orcid.org/"),
    ("stackoverflow", "https://stackoverflow.com/users/"),
    ("researchgate", "https://researchgate.net/profile/"),
    ("youtube", "https://youtube.com/@"),
    ("google scholar", "https://scholar.google.com/citations?user="),
    ("telegram", "https://t.me/"),
    ("whatsapp", "https://wa.me/"),
    ("leetcode", "https://leetcode.com/u/"),
    ("x", "https://x.com/"),
    ("twitter", "https://x.com/"),
    ("bluesky", "https://bsky.app/profile/"),
    ("reddit", "https://reddit.com/user/"),
];

/// RenderCV's themes and the built-in template nearest to each: the
/// one-column themes are `classic`'s kind; moderncv's dates in a left
/// column are the print version's.
const THEMES: &[(&str, &str)] = &[
    ("classic", "classic"),
    ("sb2nov", "classic"),
    ("engineeringresumes", "classic"),
    ("engineeringclassic", "classic"),
    ("harvard", "classic"),
    ("ink", "classic"),
    ("opal", "classic"),
    ("ember", "sidebar"),
    ("moderncv", "print"),
];

/// The bundled font families a RenderCV font may name.
const FONTS: &[&str] = &["Inter", "PT Sans", "PT Serif", "PT Mono", "DejaVu Sans", "DejaVu Serif", "DejaVu Sans Mono"];

struct Reader {
    file: String,
    locations: Locations,
    /// `(line, column, message)`.
    problems: RefCell<Vec<((usize, usize), String)>>,
}

impl Reader {
    fn problem(&self, path: &str, message: impl Into<String>) {
        let at = self.locations.find(path).unwrap_or((1, 1));
        self.problems.borrow_mut().push((at, format!("{}:{}:{}: {path}: {}", self.file, at.0, at.1, message.into())));
    }
}

fn key<'a>(map: &'a Mapping, name: &str) -> Option<&'a Value> {
    map.get(Value::String(name.to_owned()))
}

/// A scalar as text: strings, numbers and booleans.
fn scalar(value: &Value) -> Option<String> {
    match value {
        Value::String(text) => Some(text.clone()),
        Value::Number(number) => Some(number.to_string()),
        Value::Bool(flag) => Some(flag.to_string()),
        _ => None,
    }
    .filter(|text| !text.trim().is_empty())
}

/// A value as JSON, for the comments that keep it.
fn json(value: &Value) -> serde_json::Value {
    serde_json::to_value(value).unwrap_or(serde_json::Value::Null)
}

pub(crate) fn import(path: &Path, options: &Options) -> Result<Imported, Error> {
    let text = super::source::read_text(path)?;
    let root: Value = serde_yaml::from_str(&text).map_err(|error| {
        let at = error.location().map_or(super::json::Pos { line: 1, column: 1 }, |location| super::json::Pos {
            line: location.line(),
            column: location.column(),
        });
        let message = error.to_string();
        let message = message.split(" at line ").next().unwrap_or(&message).to_owned();
        super::source::located(path, &text, at, None, format!("not YAML: {message}"))
    })?;
    let reader = Reader {
        file: path.display().to_string(),
        locations: Locations::of(&text),
        problems: RefCell::new(Vec::new()),
    };
    let not_rendercv = |message: String| {
        let at = super::json::Pos { line: 1, column: 1 };
        super::source::located(path, &text, at, None, message)
    };
    let Value::Mapping(root) = &root else {
        return Err(not_rendercv("not a RenderCV file: it is not a map with a `cv:` key".into()));
    };
    let Some(cv_value) = key(root, "cv") else {
        let cvpdf = ["person", "headline", "experience"].iter().all(|name| key(root, name).is_some());
        let message = if cvpdf {
            "this is already a cvpdf CV, not a RenderCV file: render it with `cvpdf render`".to_owned()
        } else {
            let keys: Vec<String> = root.keys().filter_map(|key| key.as_str().map(str::to_owned)).collect();
            format!("not a RenderCV file: it has no `cv:` key (its top-level keys are {})", keys.join(", "))
        };
        return Err(not_rendercv(message));
    };
    let Value::Mapping(cv_map) = cv_value else {
        let at = reader.locations.find("cv").unwrap_or((1, 1));
        return Err(super::source::located(
            path,
            &text,
            super::json::Pos { line: at.0, column: at.1 },
            Some("cv".into()),
            "expected a map (name, sections, …), as RenderCV writes it".into(),
        ));
    };

    let (lang, how) = language(&reader, root, cv_map, options);
    let mut cv = Builder::new(path, lang, Flavor::Markdown);
    cv.report.note(format!("the CV is in {} ({how})", lang.code()));
    person(&mut cv, &reader, cv_map, options);
    if let Some(sections) = key(cv_map, "sections") {
        match sections {
            Value::Mapping(sections) => {
                let mut state = State::default();
                for (index, (title, entries)) in sections.iter().enumerate() {
                    let Some(title) = scalar(title) else { continue };
                    if index == 0 && introduction(&mut cv, &reader, &title, entries) {
                        continue;
                    }
                    section(&mut cv, &reader, &mut state, &title, entries);
                }
            }
            Value::Null => {}
            other => {
                reader.problem(
                    "cv.sections",
                    format!("expected a map of sections, found {}; kept as a comment", kind(other)),
                );
                cv.keep("cv.sections", &json(other));
            }
        }
    }
    for (name, value) in cv_map {
        let name = name.as_str().unwrap_or_default();
        let known = [
            "name",
            "headline",
            "label",
            "location",
            "email",
            "phone",
            "website",
            "photo",
            "social_networks",
            "custom_connections",
            "sections",
        ];
        if !known.contains(&name) {
            reader.problem(&format!("cv.{name}"), "not a key of RenderCV's `cv:`; kept as a comment");
            cv.keep(&format!("cv.{name}"), &json(value));
        }
    }
    design(&mut cv, &reader, root);
    for (name, value) in root {
        let name = name.as_str().unwrap_or_default();
        match name {
            "cv" | "design" => {}
            "locale" | "locale_catalog" | "settings" | "rendercv_settings" => {
                if matches!(name, "locale_catalog" | "rendercv_settings") {
                    reader.problem(name, format!("`{name}` is the name of RenderCV before 2.4; read all the same"));
                }
                cv.keep(name, &json(value));
                cv.report.note(format!(
                    "{name}: RenderCV's own words and settings; cvpdf takes its words from its language files (kept as comments)"
                ));
            }
            other => {
                reader.problem(other, "not a top-level key of RenderCV; kept as a comment");
                cv.keep(other, &json(value));
            }
        }
    }
    let mut problems = reader.problems.take();
    problems.sort_by_key(|(at, _)| *at);
    for (_, problem) in problems {
        cv.report.problem(problem);
    }
    let stated = key(root, "settings")
        .and_then(|settings| settings.as_mapping())
        .and_then(|settings| key(settings, "current_date"))
        .and_then(scalar)
        .and_then(|date| crate::data::model::Date::parse(date.trim()));
    if stated.is_some() {
        cv.report.moved("settings.current_date", "updated");
    }
    cv.finish(stated, options)
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "nothing",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Sequence(_) => "a list",
        Value::Mapping(_) => "a map",
        Value::Tagged(_) => "a tagged value",
    }
}

/// The CV's language: `--lang`, else `locale.language` (or the older
/// `locale_catalog`), else a guess from the text.
fn language(reader: &Reader, root: &Mapping, cv: &Mapping, options: &Options) -> (Lang, &'static str) {
    if let Some(lang) = options.lang {
        return (lang, "--lang");
    }
    for section in ["locale", "locale_catalog"] {
        let Some(name) = key(root, section).and_then(Value::as_mapping).and_then(|locale| key(locale, "language"))
        else {
            continue;
        };
        let Some(name) = scalar(name) else { continue };
        let lower = name.trim().to_lowercase();
        let code = LANGUAGES.iter().find(|(word, code)| *word == lower || *code == lower).map(|(_, code)| *code);
        match code.and_then(|code| Lang::parse(code).ok()) {
            Some(lang) => return (lang, "locale.language"),
            None => reader.problem(
                &format!("{section}.language"),
                format!("cvpdf has no words for {name:?}; the language is guessed from the text"),
            ),
        }
    }
    let mut texts = Vec::new();
    collect(&Value::Mapping(cv.clone()), &mut texts);
    (words::guess_lang(texts.iter().map(String::as_str)), "guessed from its text")
}

fn collect(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::String(text) if !text.contains("://") && !text.contains('@') => out.push(text.clone()),
        Value::Sequence(items) => items.iter().for_each(|item| collect(item, out)),
        Value::Mapping(map) => map.values().for_each(|item| collect(item, out)),
        _ => {}
    }
}

/// Text from RenderCV: raw Typst taken out (with a warning), Markdown kept.
fn clean(reader: &Reader, path: &str, text: &str) -> String {
    let (cleaned, found) = strip_typst(text);
    if found {
        reader.problem(path, "raw Typst is never run by cvpdf; taken out, its text kept");
    }
    cleaned
}

/// Removes Typst calls from text: `#name[content]` keeps its content,
/// `#name(…)` and `#name` go. A `#` not followed by a letter is text
/// (`C#`, `#1`).
fn strip_typst(text: &str) -> (String, bool) {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut found = false;
    let mut index = 0;
    while index < chars.len() {
        let c = chars[index];
        let starts_call = c == '#'
            && chars.get(index + 1).is_some_and(|next| next.is_ascii_alphabetic())
            && (index == 0 || chars[index - 1] != '\\');
        if !starts_call {
            out.push(c);
            index += 1;
            continue;
        }
        found = true;
        index += 1;
        while chars.get(index).is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')) {
            index += 1;
        }
        // Arguments in parentheses, dropped.
        if chars.get(index) == Some(&'(') {
            let mut depth = 0;
            while let Some(&c) = chars.get(index) {
                index += 1;
                match c {
                    '(' => depth += 1,
                    ')' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
            }
        }
        // Content in brackets, kept.
        if chars.get(index) == Some(&'[') {
            let mut depth = 0;
            let start = index + 1;
            while let Some(&c) = chars.get(index) {
                index += 1;
                match c {
                    '[' => depth += 1,
                    ']' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
            }
            let end = index.saturating_sub(1).max(start);
            let inner: String = chars[start..end.min(chars.len())].iter().collect();
            out.push_str(&strip_typst(&inner).0);
        }
    }
    (out, found)
}

/// One text field of an entry, cleaned; the path names it in problems.
fn field(reader: &Reader, map: &Mapping, name: &str, path: &str) -> Option<String> {
    let value = key(map, name)?;
    match scalar(value) {
        Some(text) => Some(clean(reader, &format!("{path}.{name}"), &text)).filter(|text| !text.trim().is_empty()),
        None if value.is_null() => None,
        None => {
            reader.problem(&format!("{path}.{name}"), format!("expected text, found {}", kind(value)));
            None
        }
    }
}

/// A list of texts (a single text is a list of one).
fn texts(reader: &Reader, map: &Mapping, name: &str, path: &str) -> Vec<String> {
    match key(map, name) {
        Some(Value::Sequence(items)) => items
            .iter()
            .enumerate()
            .filter_map(|(index, item)| {
                scalar(item).map(|text| clean(reader, &format!("{path}.{name}[{index}]"), &text))
            })
            .collect(),
        Some(value) => scalar(value).map(|text| clean(reader, &format!("{path}.{name}"), &text)).into_iter().collect(),
        None => Vec::new(),
    }
}

fn person(cv: &mut Builder, reader: &Reader, map: &Mapping, options: &Options) {
    let words = cv.words;
    let path = "cv";
    match field(reader, map, "name", path) {
        Some(name) => {
            cv.draft.person.name = cv.line(&name);
            cv.report.moved("cv.name", "person.name");
        }
        None => {
            cv.draft.person.name = words.name_placeholder.to_owned();
            cv.report.note(format!("cv.name is missing; person.name is «{}»: replace it", words.name_placeholder));
        }
    }
    match field(reader, map, "headline", path).or_else(|| field(reader, map, "label", path)) {
        Some(headline) => {
            cv.draft.headline = cv.line(&headline);
            cv.report.moved("cv.headline", "headline");
        }
        None => {
            cv.draft.headline = words.headline_placeholder.to_owned();
            cv.report
                .note(format!("cv.headline is missing; the headline is «{}»: replace it", words.headline_placeholder));
        }
    }
    if let Some(location) = field(reader, map, "location", path) {
        cv.draft.person.location = Some(cv.line(&location));
        cv.report.moved("cv.location", "person.location");
    }
    if let Some(photo) = field(reader, map, "photo", path) {
        cv.photo("cv.photo", &photo, options);
    }
    let emails = texts(reader, map, "email", path);
    for (index, email) in emails.iter().enumerate() {
        match text::email(email) {
            Some(email) if cv.draft.person.contacts.email.is_none() => {
                cv.draft.person.contacts.email = Some(email);
                cv.report.moved("cv.email", "person.contacts.email");
            }
            _ => {
                if index > 0 || text::email(email).is_none() {
                    reader
                        .problem("cv.email", format!("{email:?}: cvpdf prints one e-mail address; kept as a comment"));
                }
                cv.keep("cv.email", &serde_json::Value::String(email.clone()));
            }
        }
    }
    let phones = texts(reader, map, "phone", path);
    for phone in phones {
        let number = phone.trim().trim_start_matches("tel:").to_owned();
        match text::phone(&number) {
            Some(number) if cv.draft.person.contacts.phone.is_none() => {
                cv.draft.person.contacts.phone = Some(number);
                cv.report.moved("cv.phone", "person.contacts.phone");
            }
            _ => {
                reader.problem("cv.phone", format!("{phone:?}: cvpdf prints one phone number; kept as a comment"));
                cv.keep("cv.phone", &serde_json::Value::String(phone));
            }
        }
    }
    for website in texts(reader, map, "website", path) {
        match text::web_address(&website) {
            Some(url) => {
                let label = cv.line(&crate::contract::url_text(&url).text);
                cv.draft.person.contacts.links.push(Link { label, url });
                cv.report.moved("cv.website", "person.contacts.links");
            }
            None => {
                reader.problem("cv.website", format!("{website:?} is not a web address; kept as a comment"));
                cv.keep("cv.website", &serde_json::Value::String(website));
            }
        }
    }
    if let Some(Value::Sequence(networks)) = key(map, "social_networks") {
        for (index, network) in networks.iter().enumerate() {
            let inner = format!("cv.social_networks[{index}]");
            let Some(network_map) = network.as_mapping() else { continue };
            let name = field(reader, network_map, "network", &inner).unwrap_or_default();
            let username = field(reader, network_map, "username", &inner).unwrap_or_default();
            let prefix =
                NETWORKS.iter().find(|(known, _)| *known == name.trim().to_lowercase()).map(|(_, prefix)| *prefix);
            let url = match prefix {
                Some(prefix) => text::web_address(&format!("{prefix}{}", username.trim().trim_start_matches('@'))),
                None => text::web_address(&username),
            };
            match url {
                Some(url) => {
                    let label = cv.line(&format!("{name}: {username}"));
                    cv.draft.person.contacts.links.push(Link { label, url });
                }
                None => {
                    reader.problem(
                        &inner,
                        format!("{name} {username:?} gives no web address; kept in «{}»", cv.words.additional),
                    );
                    let item = Item::new(cv.line(&format!("{name}: {username}")));
                    cv.section_item("additional", cv.words.additional, Place::End, item);
                }
            }
        }
        cv.report.moved("cv.social_networks", "person.contacts.links (addresses as RenderCV builds them)");
    }
    if let Some(Value::Sequence(connections)) = key(map, "custom_connections") {
        for (index, connection) in connections.iter().enumerate() {
            let inner = format!("cv.custom_connections[{index}]");
            let Some(connection) = connection.as_mapping() else { continue };
            let label = field(reader, connection, "placeholder", &inner);
            let url = field(reader, connection, "url", &inner).and_then(|url| text::web_address(&url));
            match (label, url) {
                (Some(label), Some(url)) => cv.draft.person.contacts.links.push(Link { label: cv.line(&label), url }),
                (Some(label), None) => {
                    let item = Item::new(cv.line(&label));
                    cv.section_item("additional", cv.words.additional, Place::End, item);
                }
                (None, Some(url)) => {
                    let label = cv.line(&crate::contract::url_text(&url).text);
                    cv.draft.person.contacts.links.push(Link { label, url });
                }
                (None, None) => {}
            }
            if key(connection, "fontawesome_icon").is_some() {
                cv.keep(
                    &format!("{inner}.fontawesome_icon"),
                    &json(key(connection, "fontawesome_icon").unwrap_or(&Value::Null)),
                );
            }
        }
        cv.report
            .moved("cv.custom_connections", "person.contacts.links (without an address: «Additional information»)");
    }
}

/// RenderCV's title of a section key: as written when it has a space or a
/// capital, else `snake_case` in Title Case with small words kept lower.
pub(crate) fn title_of(key: &str) -> String {
    if key.contains(' ') || key.chars().any(char::is_uppercase) {
        return key.to_owned();
    }
    const SMALL: &[&str] =
        &["a", "an", "and", "as", "at", "but", "by", "for", "in", "of", "on", "or", "the", "to", "with"];
    key.split('_')
        .filter(|word| !word.is_empty())
        .enumerate()
        .map(|(index, word)| {
            if index > 0 && SMALL.contains(&word) {
                word.to_owned()
            } else {
                crate::contract::wording::capitalize(word)
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The kinds of RenderCV entries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Text,
    Bullet,
    Numbered,
    ReversedNumbered,
    OneLine,
    Experience,
    Education,
    Publication,
    Normal,
}

impl Kind {
    /// The kind of an entry by its characteristic field, as RenderCV infers it.
    fn of(entry: &Value) -> Option<Kind> {
        let map = match entry {
            Value::String(_) | Value::Number(_) => return Some(Kind::Text),
            Value::Mapping(map) => map,
            _ => return None,
        };
        let has = |name: &str| key(map, name).is_some();
        Some(if has("bullet") {
            Kind::Bullet
        } else if has("reversed_number") {
            Kind::ReversedNumbered
        } else if has("number") {
            Kind::Numbered
        } else if has("company") || has("position") {
            Kind::Experience
        } else if has("institution") || has("area") {
            Kind::Education
        } else if has("authors") || (has("title") && (has("doi") || has("journal"))) {
            Kind::Publication
        } else if has("label") && has("details") {
            Kind::OneLine
        } else if has("name") {
            Kind::Normal
        } else {
            return None;
        })
    }

    /// The keys each kind reads.
    fn keys(self) -> &'static [&'static str] {
        const DATED: &[&str] = &["date", "start_date", "end_date", "location", "summary", "highlights"];
        match self {
            Kind::Text => &[],
            Kind::Bullet => &["bullet"],
            Kind::Numbered => &["number"],
            Kind::ReversedNumbered => &["reversed_number"],
            Kind::OneLine => &["label", "details"],
            Kind::Experience => {
                &["company", "position", "date", "start_date", "end_date", "location", "summary", "highlights"]
            }
            Kind::Education => &[
                "institution",
                "area",
                "degree",
                "grade",
                "date",
                "start_date",
                "end_date",
                "location",
                "summary",
                "highlights",
            ],
            Kind::Publication => &["title", "authors", "summary", "doi", "url", "journal", "date"],
            Kind::Normal => {
                let _ = DATED;
                &["name", "date", "start_date", "end_date", "location", "summary", "highlights"]
            }
        }
    }
}

#[derive(Default)]
struct State {
    experience_taken: bool,
    education_taken: bool,
}

/// A RenderCV date: `YYYY`, `YYYY-MM`, `YYYY-MM-DD` (YAML may give a year
/// as a number), `present`.
#[derive(Debug, Clone)]
enum When {
    Missing,
    Date(Partial),
    Present,
    Text(String),
}

fn when(reader: &Reader, lang: Lang, map: &Mapping, name: &str, path: &str) -> When {
    let Some(value) = key(map, name) else { return When::Missing };
    let Some(text) = scalar(value) else { return When::Missing };
    match words::read_date(&text, lang) {
        // `date:` is free text in RenderCV: what is more than a date stays.
        Reading::Date(_, Some(_)) if name == "date" => When::Text(text),
        Reading::Date(date, note) => {
            if let Some(note) = note {
                reader.problem(&format!("{path}.{name}"), format!("{text:?}: {note}"));
            }
            When::Date(date)
        }
        Reading::Present => When::Present,
        // `date:` is free text in RenderCV ("Fall 2023"): printed as written.
        Reading::Unclear(why) => {
            if name != "date" {
                reader.problem(
                    &format!("{path}.{name}"),
                    format!("{text:?} is not a date cvpdf can read ({why}); printed as written"),
                );
            }
            When::Text(text)
        }
    }
}

/// The dates of an entry: its range, else its single `date`.
fn dates(reader: &Reader, lang: Lang, map: &Mapping, path: &str) -> (When, When) {
    let mut start = when(reader, lang, map, "start_date", path);
    let mut end = when(reader, lang, map, "end_date", path);
    if matches!(start, When::Missing) && matches!(end, When::Missing) {
        return (when(reader, lang, map, "date", path), When::Missing);
    }
    if let (When::Date(first), When::Date(last)) = (&start, &end)
        && last.end_month() < first.start_month()
    {
        reader.problem(
            &format!("{path}.end_date"),
            format!(
                "the period ends ({}) before it starts ({}); read with the two swapped",
                last.words(Lang::EN),
                first.words(Lang::EN)
            ),
        );
        std::mem::swap(&mut start, &mut end);
    }
    (start, end)
}

fn period_words(lang: Lang, start: &When, end: &When) -> Option<String> {
    let single = |when: &When| match when {
        When::Date(date) => Some(date.words(lang)),
        When::Text(text) => Some(text.clone()),
        _ => None,
    };
    match (start, end) {
        (When::Date(start), When::Date(end)) => words::period(lang, Some(*start), Some(*end)),
        (When::Date(start), When::Present) => words::period(lang, Some(*start), None),
        (start, When::Missing) => single(start),
        (start, When::Present) => join([single(start), Some(words::locale_message(lang, "present"))], " — "),
        (start, end) => join([single(start), single(end)], " — "),
    }
}

/// Highlights as items; RenderCV splits `A - B - C` into A with the
/// nested items B and C.
fn highlight_items(cv: &Builder, highlights: Vec<String>) -> Vec<Item> {
    highlights
        .into_iter()
        .filter_map(|highlight| {
            let mut parts = highlight.split(" - ").map(|part| cv.line(part)).filter(|part| !part.is_empty());
            let first = parts.next()?;
            Some(Item { text: first, items: parts.map(Item::new).collect() })
        })
        .collect()
}

fn keep_extras(cv: &mut Builder, reader: &Reader, kind: Kind, entry: &Value, path: &str) {
    let Some(map) = entry.as_mapping() else { return };
    for (name, value) in map {
        let name = name.as_str().unwrap_or_default();
        if !kind.keys().contains(&name) {
            reader.problem(
                &format!("{path}.{name}"),
                "a key cvpdf has no field for in this kind of entry; kept as a comment",
            );
            cv.keep(&format!("{path}.{name}"), &json(value));
        }
    }
}

fn section(cv: &mut Builder, reader: &Reader, state: &mut State, key_name: &str, entries: &Value) {
    let path = format!("cv.sections.{key_name}");
    let title = cv.line(&title_of(key_name));
    let entries: Vec<&Value> = match entries {
        Value::Sequence(entries) => entries.iter().collect(),
        Value::Null => return,
        other => vec![other],
    };
    let Some(kind) = entries.iter().find_map(|entry| Kind::of(entry)) else {
        reader.problem(&path, "no entry of a kind RenderCV has; kept as a comment");
        cv.keep(&path, &json(&Value::Sequence(entries.into_iter().cloned().collect())));
        return;
    };
    let lang = cv.lang();
    let id = format!("rcv-{}", slug(key_name));
    match kind {
        Kind::Experience if !state.experience_taken => {
            state.experience_taken = true;
            for (index, entry) in entries.iter().enumerate() {
                let inner = format!("{path}[{index}]");
                experience(cv, reader, entry, &inner, &title);
            }
            cv.report.moved(format!("cv.sections.{key_name}"), "experience");
            return;
        }
        Kind::Education if !state.education_taken => {
            state.education_taken = true;
            for (index, entry) in entries.iter().enumerate() {
                let inner = format!("{path}[{index}]");
                education(cv, reader, entry, &inner);
            }
            cv.report.moved(format!("cv.sections.{key_name}"), "education");
            return;
        }
        _ => {}
    }
    let mut blocks: Vec<Block> = Vec::new();
    let mut list: Vec<Item> = Vec::new();
    let mut numbered: Vec<Item> = Vec::new();
    let mut published = false;
    for (index, entry) in entries.iter().enumerate() {
        let inner = format!("{path}[{index}]");
        let entry_kind = Kind::of(entry);
        if entry_kind != Some(kind) && !(entry_kind == Some(Kind::Text) || kind == Kind::Normal) {
            reader.problem(&inner, "an entry of another kind than the section's first; read as its own kind");
        }
        let Some(entry_kind) = entry_kind else {
            reader.problem(&inner, "not an entry RenderCV knows; kept as a comment");
            cv.keep(&inner, &json(entry));
            continue;
        };
        keep_extras(cv, reader, entry_kind, entry, &inner);
        let map = entry.as_mapping().cloned().unwrap_or_default();
        let get = |name: &str| field(reader, &map, name, &inner).map(|text| cv.line(&text));
        if !matches!(entry_kind, Kind::Bullet | Kind::OneLine) && !list.is_empty() {
            blocks.push(Block::List(std::mem::take(&mut list)));
        }
        if !matches!(entry_kind, Kind::Numbered | Kind::ReversedNumbered) && !numbered.is_empty() {
            blocks.push(Block::Numbered(std::mem::take(&mut numbered)));
        }
        match entry_kind {
            Kind::Text => {
                let text = scalar(entry).map(|text| clean(reader, &inner, &text)).unwrap_or_default();
                blocks.extend(cv.blocks(Some(&text)));
            }
            Kind::Bullet => list.extend(get("bullet").map(Item::new)),
            Kind::Numbered => numbered.extend(get("number").map(Item::new)),
            Kind::ReversedNumbered => numbered.extend(get("reversed_number").map(Item::new)),
            Kind::OneLine => {
                let text = join([get("label").map(|label| format!("**{label}:**")), get("details")], " ");
                list.extend(text.map(Item::new));
            }
            Kind::Publication => {
                // Into the publications part, formatted there by a style;
                // an author RenderCV users set in bold is the CV's owner.
                let doi = field(reader, &map, "doi", &inner)
                    .map(|doi| doi.trim().trim_start_matches("https://doi.org/").to_owned())
                    .filter(|doi| doi.starts_with("10.") && doi.contains('/') && !doi.contains(char::is_whitespace));
                let url = field(reader, &map, "url", &inner).and_then(|url| text::web_address(&url));
                let written = texts(reader, &map, "authors", &inner);
                let authors: Vec<String> =
                    written.iter().map(|author| crate::markup::plain(author).trim().to_owned()).collect();
                let mine: Vec<String> = written
                    .iter()
                    .zip(&authors)
                    .filter(|(author, plain)| author.contains("**") && !plain.is_empty())
                    .map(|(_, plain)| plain.clone())
                    .collect();
                let (date, _) = dates(reader, lang, &map, &inner);
                let year = match date {
                    When::Date(date) => u16::try_from(date.year).ok(),
                    _ => None,
                };
                let title = get("title").or_else(|| url.clone());
                let venue = get("journal");
                let note = field(reader, &map, "summary", &inner).and_then(|text| cv.field(Some(&text)));
                if let Some(title) = title {
                    let authors = authors.into_iter().filter(|author| !author.is_empty()).collect();
                    cv.draft.publication(Publication { title, authors, venue, year, doi, url, note });
                    for name in &mine {
                        cv.draft.me(name);
                    }
                    published = true;
                }
            }
            Kind::Experience | Kind::Education | Kind::Normal => {
                let heading = match entry_kind {
                    Kind::Experience => join([get("position"), get("company")], ", "),
                    Kind::Education => {
                        let degree = join([get("degree"), get("area")], " ");
                        join([degree, get("institution")], ", ")
                    }
                    _ => get("name"),
                };
                let (start, end) = dates(reader, lang, &map, &inner);
                let grade = get("grade").map(|grade| format!("{} {grade}", cv.words.score));
                let line = join([period_words(lang, &start, &end), get("location"), grade], ", ");
                blocks.extend(heading.map(Block::Heading));
                blocks.extend(line.map(Block::Paragraph));
                blocks.extend(cv.blocks(field(reader, &map, "summary", &inner).as_deref()));
                let items = highlight_items(cv, texts(reader, &map, "highlights", &inner));
                if !items.is_empty() {
                    blocks.push(Block::List(items));
                }
            }
        }
    }
    if !list.is_empty() {
        blocks.push(Block::List(list));
    }
    if !numbered.is_empty() {
        blocks.push(Block::Numbered(numbered));
    }
    if kind == Kind::ReversedNumbered {
        cv.report.note(format!("cv.sections.{key_name}: reversed numbering is written as a numbered list counting up"));
    }
    let place = match kind {
        Kind::Experience | Kind::Normal => Place::AfterExperience,
        Kind::Education => Place::AfterEducation,
        _ => Place::End,
    };
    if published {
        cv.report.moved(format!("cv.sections.{key_name}"), "publications");
    }
    if !blocks.is_empty() {
        cv.section(&id, &title, place).extend(blocks);
        cv.report.moved(format!("cv.sections.{key_name}"), format!("section «{title}»"));
    }
}

/// The first section, when it is only text, is the CV's introduction.
fn introduction(cv: &mut Builder, reader: &Reader, key_name: &str, entries: &Value) -> bool {
    let texts: Vec<String> = match entries {
        Value::Sequence(entries)
            if !entries.is_empty() && entries.iter().all(|entry| matches!(entry, Value::String(_))) =>
        {
            entries.iter().filter_map(scalar).collect()
        }
        _ => return false,
    };
    let path = format!("cv.sections.{key_name}");
    for (index, text) in texts.iter().enumerate() {
        let text = clean(reader, &format!("{path}[{index}]"), text);
        let blocks = cv.blocks(Some(&text));
        cv.draft.about.extend(blocks);
    }
    cv.report.moved(path, "about (the first section, of text only)");
    true
}

fn experience(cv: &mut Builder, reader: &Reader, entry: &Value, path: &str, title: &str) {
    let Some(map) = entry.as_mapping() else {
        reader.problem(path, "expected an experience entry; kept as a comment");
        cv.keep(path, &json(entry));
        return;
    };
    keep_extras(cv, reader, Kind::Experience, entry, path);
    let lang = cv.lang();
    let get = |name: &str| field(reader, map, name, path).map(|text| cv.line(&text));
    let company = get("company");
    let position = get("position");
    let location = get("location");
    let description = cv.blocks(field(reader, map, "summary", path).as_deref());
    let items = highlight_items(cv, texts(reader, map, "highlights", path));
    let (start, end) = dates(reader, lang, map, path);
    let When::Date(start_date) = start else {
        let words = cv.words;
        let heading = join([position, company], ", ");
        let line = join([period_words(lang, &start, &end), location], ", ");
        let section = cv.section("undated-work", words.undated_work, Place::AfterExperience);
        section.extend(heading.map(Block::Heading));
        section.extend(line.map(Block::Paragraph));
        section.extend(description);
        if !items.is_empty() {
            section.push(Block::List(items));
        }
        cv.report
            .note(format!("{path} has no start date; kept in the section «{}» (from «{title}»)", words.undated_work));
        return;
    };
    let end = match end {
        When::Date(end) => end.end_month().to_string(),
        When::Present | When::Missing => "present".to_owned(),
        When::Text(text) => {
            cv.keep(&format!("{path}.end_date"), &serde_json::Value::String(text));
            "present".to_owned()
        }
    };
    let company = company.unwrap_or_else(|| cv.words.company_placeholder.to_owned());
    cv.draft.experience.push(Job {
        company,
        url: None,
        city: location,
        industry: None,
        position,
        start: start_date.start_month().to_string(),
        end,
        description,
        items,
    });
}

fn education(cv: &mut Builder, reader: &Reader, entry: &Value, path: &str) {
    let Some(map) = entry.as_mapping() else {
        reader.problem(path, "expected an education entry; kept as a comment");
        cv.keep(path, &json(entry));
        return;
    };
    keep_extras(cv, reader, Kind::Education, entry, path);
    let lang = cv.lang();
    let words = cv.words;
    let get = |name: &str| field(reader, map, name, path).map(|text| cv.line(&text));
    let institution = get("institution");
    let grade = get("grade").map(|grade| format!("{} {grade}", words.score));
    let degree = join([get("degree"), grade], ", ");
    let faculty = get("area");
    let city = get("location");
    let (start, end) = dates(reader, lang, map, path);
    let year = |when: &When| match when {
        When::Date(date) => u16::try_from(date.year).ok(),
        _ => None,
    };
    let text = cv.blocks(field(reader, map, "summary", path).as_deref());
    let items = highlight_items(cv, texts(reader, map, "highlights", path));
    let heading = institution.clone();
    match (institution, year(&end)) {
        (Some(institution), Some(end_year)) => {
            cv.draft.education.push(Education {
                institution,
                level: None,
                start: year(&start),
                end: end_year,
                city,
                faculty,
                degree,
            });
        }
        (institution, _) => {
            let text = join([institution, faculty, degree, period_words(lang, &start, &end), city], ", ");
            if let Some(text) = text {
                cv.section_item("undated-education", words.undated_education, Place::AfterEducation, Item::new(text));
                cv.report.note(format!("{path} has no end year; kept in the section «{}»", words.undated_education));
            }
        }
    }
    if !text.is_empty() || !items.is_empty() {
        let section = cv.section("coursework", words.coursework, Place::AfterEducation);
        section.extend(heading.map(Block::Heading));
        section.extend(text);
        if !items.is_empty() {
            section.push(Block::List(items));
        }
    }
}

/// `design:`: the theme as the nearest built-in template, and the settings
/// that have a design option (paper, colours, fonts, size, margin).
fn design(cv: &mut Builder, reader: &Reader, root: &Mapping) {
    let Some(design) = key(root, "design") else { return };
    let Some(design) = design.as_mapping() else {
        reader.problem("design", format!("expected a map, found {}; kept as a comment", kind(design)));
        cv.keep("design", &json(design));
        return;
    };
    let mut mapped = Vec::new();
    if let Some(theme) = key(design, "theme").and_then(scalar) {
        let template =
            THEMES.iter().find(|(name, _)| *name == theme.trim().to_lowercase()).map_or("classic", |(_, t)| *t);
        cv.comments.header.push(format!(
            "Imported from RenderCV's theme {theme}; the nearest built-in template: cvpdf render --template {template}"
        ));
        cv.report.moved(
            format!("design.theme ({theme})"),
            format!("the template {template}: render with --template {template}"),
        );
        mapped.push("theme");
    }
    let get = |path: &[&str]| -> Option<&Value> {
        let mut value = key(design, path[0])?;
        for part in &path[1..] {
            value = key(value.as_mapping()?, part)?;
        }
        Some(value)
    };
    let mut notes = Vec::new();
    let mut option = |name: &str, value: serde_yaml::Value, from: &str| {
        cv.draft.design.insert(name.to_owned(), value);
        cv.report.moved(format!("design.{from}"), format!("design.{name}"));
    };
    if let Some(size) = get(&["page", "size"]).and_then(scalar) {
        match size.trim() {
            "a4" => option("page", Value::String("a4".into()), "page.size"),
            "us-letter" | "letter" => option("page", Value::String("letter".into()), "page.size"),
            "a5" => option("page", Value::String("a5".into()), "page.size"),
            other => reader.problem("design.page.size", format!("{other:?} has no equivalent; the paper stays A4")),
        }
    }
    let margins: Vec<Option<f64>> = ["top_margin", "bottom_margin", "left_margin", "right_margin"]
        .iter()
        .map(|name| get(&["page", name]).and_then(scalar).and_then(|length| points(&length)))
        .collect();
    if let [Some(first), ..] = margins[..]
        && margins.iter().all(|margin| *margin == Some(first))
        && (18.0..=100.0).contains(&first)
    {
        option("margin", Value::String(format!("{}pt", round(first))), "page margins");
    }
    let colour = |path: &[&str]| -> Option<String> {
        let text = get(path).and_then(scalar)?;
        let rgb = rgb_of(&text)?;
        // Only a colour that reads on white and on the sidebar's tint.
        let readable = [[255u8, 255, 255], [0xe9, 0xf0, 0xf0]]
            .iter()
            .all(|background| crate::data::design::contrast(rgb, *background) >= 4.5);
        readable.then(|| format!("#{:02x}{:02x}{:02x}", rgb[0], rgb[1], rgb[2]))
    };
    if let Some(accent) = colour(&["colors", "name"]).or_else(|| colour(&["colors", "section_titles"])) {
        option("accent", Value::String(accent), "colors.name");
    }
    if let Some(links) = colour(&["colors", "links"]) {
        option("link_color", Value::String(links), "colors.links");
    }
    let font =
        get(&["typography", "font_family", "body"]).or_else(|| get(&["typography", "font_family"])).and_then(scalar);
    if let Some(font) = font {
        match FONTS.iter().find(|known| known.eq_ignore_ascii_case(font.trim())) {
            Some(known) => option("font", Value::String((*known).to_owned()), "typography.font_family"),
            None => notes.push(format!(
                "design.typography.font_family: {font} is not bundled with cvpdf; the template's font is used"
            )),
        }
    }
    let size = get(&["typography", "font_size", "body"]).or_else(|| get(&["typography", "font_size"])).and_then(scalar);
    if let Some(size) = size.and_then(|size| points(&size)).filter(|size| (7.0..=14.0).contains(size)) {
        option("size", Value::String(format!("{}pt", round(size))), "typography.font_size");
    }
    for note in notes {
        cv.report.note(note);
    }
    let rest: Vec<String> = design
        .keys()
        .filter_map(|name| name.as_str())
        .filter(|name| !mapped.contains(name))
        .map(str::to_owned)
        .collect();
    for name in &rest {
        if let Some(value) = key(design, name) {
            cv.keep(&format!("design.{name}"), &json(value));
        }
    }
    if !rest.is_empty() {
        cv.report.note(format!(
            "design: {} kept as comments; the settings with an equivalent became design options",
            rest.join(", ")
        ));
    }
}

fn round(points: f64) -> f64 {
    (points * 10.0).round() / 10.0
}

/// A length as RenderCV writes it (`0.7in`, `2cm`, `10pt`, `5mm`) in points.
fn points(text: &str) -> Option<f64> {
    let text = text.trim();
    let split = text.find(|c: char| c.is_ascii_alphabetic())?;
    let number: f64 = text[..split].trim().parse().ok()?;
    let factor = match &text[split..] {
        "pt" => 1.0,
        "in" => 72.0,
        "cm" => 72.0 / 2.54,
        "mm" => 72.0 / 25.4,
        _ => return None,
    };
    Some(number * factor)
}

/// `rgb(0, 79, 144)`, `#004f90` or a CSS name.
fn rgb_of(text: &str) -> Option<[u8; 3]> {
    let text = text.trim();
    if let Some(inner) = text.strip_prefix("rgb(").and_then(|rest| rest.strip_suffix(')')) {
        let parts: Vec<u8> = inner.split(',').filter_map(|part| part.trim().parse().ok()).collect();
        return match parts[..] {
            [r, g, b] => Some([r, g, b]),
            _ => None,
        };
    }
    crate::data::design::parse_colour(text)
}

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
    fn titles_lengths_colours_and_typst() {
        assert_eq!(title_of("education_and_training"), "Education and Training");
        assert_eq!(title_of("Мой опыт"), "Мой опыт");
        assert_eq!(points("0.5in"), Some(36.0));
        assert_eq!(rgb_of("rgb(0, 79, 144)"), Some([0, 79, 144]));
        assert_eq!(strip_typst("H#sub[2]O and #h(1cm)space"), ("H2O and space".to_owned(), true));
        assert_eq!(strip_typst("C# and #1 fan"), ("C# and #1 fan".to_owned(), false));
        assert_eq!(Kind::of(&serde_yaml::from_str("{company: A, position: B}").unwrap()), Some(Kind::Experience));
        assert_eq!(Kind::of(&serde_yaml::from_str("{label: A, details: B}").unwrap()), Some(Kind::OneLine));
    }
}
