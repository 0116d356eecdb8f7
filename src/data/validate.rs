//! Facts about the data that its types cannot rule out: required text that
//! is empty, a job that ends before it starts, a date after the as-of date,
//! a malformed address or e-mail, an `order` that names no part.
//!
//! Each problem names its field path; [`super::load`] turns that path into
//! the line and column of the user's file.

use super::model::{Cv, Date, End, YearMonth};
use crate::error::Message;
use crate::markup::{check_email, check_trailing_soft_hyphen, check_url, is_blank};

/// A fact about the data that its types could not rule out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub field: String,
    pub message: Message,
}

/// Checks what types alone cannot, in the order of the data.
pub fn check(cv: &Cv, as_of: Date) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut problem = |field: String, message: String| problems.push(Problem { field, message: message.into() });
    let mut required = |field: &str, value: &str, what: &str| {
        if is_blank(value) {
            problem(field.to_owned(), format!("{what} is empty"));
        }
    };
    required("person.name", &cv.person.name, "the name");
    required("headline", &cv.headline, "the headline");
    for (index, job) in cv.experience.iter().enumerate() {
        required(&format!("experience[{index}].company"), &job.company, "the company");
    }
    for (index, link) in cv.person.contacts.links.iter().enumerate() {
        required(&format!("person.contacts.links[{index}].label"), &link.label, "the link's text");
    }
    for (index, language) in cv.languages.iter().enumerate() {
        required(&format!("languages[{index}].name"), &language.name, "the language");
        required(&format!("languages[{index}].level"), &language.level, "the level");
    }
    for (index, entry) in cv.education.iter().enumerate() {
        required(&format!("education[{index}].institution"), &entry.institution, "the institution");
    }
    for (index, course) in cv.courses.iter().enumerate() {
        required(&format!("courses[{index}].name"), &course.name, "the course");
    }
    for (index, section) in cv.sections.iter().enumerate() {
        required(&format!("sections[{index}].title"), &section.title, "the title");
    }
    for (index, publication) in cv.publications.iter().flat_map(|p| p.entries.iter()).enumerate() {
        let path = format!("publications.entries[{index}]");
        required(&format!("{path}.title"), &publication.title, "the title");
        for (at, author) in publication.authors.iter().enumerate() {
            required(&format!("{path}.authors[{at}]"), author, "the author");
        }
    }
    if let Some(publications) = &cv.publications {
        for (index, name) in publications.me.iter().enumerate() {
            required(&format!("publications.me[{index}]"), name, "the name");
        }
    }
    for (index, publication) in cv.publications.iter().flat_map(|p| p.entries.iter()).enumerate() {
        if let Some(doi) = &publication.doi
            && !(doi.starts_with("10.") && doi.contains('/') && !doi.chars().any(char::is_whitespace))
        {
            problem(
                format!("publications.entries[{index}].doi"),
                format!("expected a DOI like 10.1000/xyz123, found {doi:?}"),
            );
        }
    }

    let month_after = |month: YearMonth| month > as_of.year_month();
    if let Some(birth) = cv.person.birth_date
        && birth > as_of
    {
        problem("person.birth_date".into(), format!("{birth} is after the as-of date {as_of}"));
    }
    for (index, job) in cv.experience.iter().enumerate() {
        if month_after(job.start) {
            problem(format!("experience[{index}].start"), format!("{} is after the as-of date {as_of}", job.start));
        }
        if let End::Month(end) = job.end {
            if end < job.start {
                problem(
                    format!("experience[{index}].end"),
                    format!("the job ends ({end}) before it starts ({})", job.start),
                );
            } else if month_after(end) {
                problem(
                    format!("experience[{index}].end"),
                    format!("{end} is after the as-of date {as_of}; write `present` for a job you still hold"),
                );
            }
        }
    }
    for (index, entry) in cv.education.iter().enumerate() {
        if let Some(start) = entry.start
            && start > entry.end
        {
            problem(format!("education[{index}].end"), format!("ends ({}) before it starts ({start})", entry.end));
        }
    }

    // Sets, not lists: a CV of thousands of parts is checked in linear time.
    let in_order: Vec<String> = crate::data::model::BUILT_IN_PARTS
        .iter()
        .map(|part| part.to_string())
        .chain(cv.sections.iter().enumerate().map(|(index, section)| section.key(index)))
        .collect();
    let known: std::collections::BTreeSet<&String> = in_order.iter().collect();
    let mut ordered = std::collections::BTreeSet::new();
    // Named once, however many entries of `order` are wrong; a long list
    // is cut.
    let names = std::cell::OnceCell::new();
    let names =
        || names.get_or_init(|| crate::suggest::quoted(&in_order.iter().map(String::as_str).collect::<Vec<_>>()));
    for (index, part) in cv.order.iter().enumerate() {
        if !known.contains(part) {
            problem(format!("order[{index}]"), format!("no part is called `{part}`; the parts are {}", names()));
        } else if !ordered.insert(part.as_str()) {
            problem(format!("order[{index}]"), format!("`{part}` is already in the order"));
        }
    }
    // `pages:` names parts as `order` does, in the CV and in each variant.
    let variant_pages = cv.variants.iter().map(|(name, variant)| (format!("variants.{name}.pages"), &variant.pages));
    for (base, pages) in std::iter::once(("pages".to_owned(), &cv.pages)).chain(variant_pages) {
        for part in pages.keys() {
            if !known.contains(part) {
                let message = format!("no part is called `{part}`; the parts are {}", names());
                problem(format!("{base}.{part}"), message);
            }
        }
    }
    // Ids become anchors of web pages (`#roles`, `{#roles}`), so they are
    // unique and made of characters every Markdown flavour and HTML accept.
    // A section without an id is called `section-N` (its place), so an id
    // may not take that name from it either.
    let generated: std::collections::BTreeMap<String, usize> = cv
        .sections
        .iter()
        .enumerate()
        .filter(|(_, section)| section.id.is_none())
        .map(|(index, section)| (section.key(index), index))
        .collect();
    let mut seen_ids = std::collections::BTreeSet::new();
    let section_ids =
        cv.sections.iter().enumerate().map(|(index, section)| (format!("sections[{index}].id"), &section.id));
    let job_ids = cv.experience.iter().enumerate().map(|(index, job)| (format!("experience[{index}].id"), &job.id));
    for (field, id) in section_ids.chain(job_ids) {
        let Some(id) = id.as_deref() else { continue };
        if !is_anchor(id) {
            problem(
                field,
                format!("expected an id of letters, digits, `-` and `_` that starts with a letter, found {id:?}"),
            );
        } else if !seen_ids.insert(id) || crate::data::model::BUILT_IN_PARTS.contains(&id) {
            problem(field, format!("the id `{id}` is taken; ids must be unique"));
        } else if let Some(&index) = generated.get(id) {
            problem(
                field,
                format!(
                    "the id `{id}` is the name of sections[{index}], which has no id of its own; choose another id, \
                     or give that section one"
                ),
            );
        }
    }

    let mut url = |field: String, value: &str| {
        if let Err(why) = check_url(value) {
            problem(field, why);
        }
    };
    if let Some(value) = &cv.url {
        url("url".into(), value);
    }
    for (index, link) in cv.person.contacts.links.iter().enumerate() {
        url(format!("person.contacts.links[{index}].url"), &link.url);
    }
    for (index, job) in cv.experience.iter().enumerate() {
        if let Some(value) = &job.url {
            url(format!("experience[{index}].url"), value);
        }
    }
    for (index, course) in cv.courses.iter().enumerate() {
        if let Some(value) = &course.url {
            url(format!("courses[{index}].url"), value);
        }
    }
    for (index, publication) in cv.publications.iter().flat_map(|p| p.entries.iter()).enumerate() {
        if let Some(value) = &publication.url {
            url(format!("publications.entries[{index}].url"), value);
        }
    }
    if let Some(email) = &cv.person.contacts.email
        && let Err(why) = check_email(email)
    {
        problems.push(Problem { field: "person.contacts.email".into(), message: why.into() });
    }
    if let Some(phone) = &cv.person.contacts.phone
        && (phone.chars().filter(char::is_ascii_digit).count() < 5 || phone.chars().count() > 40)
    {
        problems.push(Problem {
            field: "person.contacts.phone".into(),
            message: format!("expected a phone number like +7 900 000-00-00, found {phone:?}").into(),
        });
    }
    for (field, message) in crate::lang::locale::check_labels(cv.lang, &cv.labels) {
        problems.push(Problem { field, message });
    }
    if let Some(focus) = cv.photo_focus
        && !((0.0..=1.0).contains(&focus.x) && (0.0..=1.0).contains(&focus.y))
    {
        problems.push(Problem {
            field: "photo_focus".into(),
            message: format!(
                "x and y are fractions from 0 to 1 of the photo's width and height, found {} and {}",
                focus.x, focus.y
            )
            .into(),
        });
    }
    problems
}

/// Whether an id can be an anchor as it is: a letter, then letters, digits,
/// `-` and `_`.
pub fn is_anchor(id: &str) -> bool {
    id.chars().next().is_some_and(char::is_alphabetic)
        && id.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '_')
}

/// Keys whose values are never printed: machine values (dates, codes,
/// identifiers, link targets, the order of parts, design choices) and the
/// rules of variants. Their characters need no glyph and are no Markdown.
pub(crate) const NOT_PRINTED: &[&str] = &[
    "lang",
    "langs",
    "updated",
    "url",
    "photo",
    "photo_focus",
    "start",
    "end",
    "id",
    "birth_date",
    "gender",
    "order",
    "design",
    "build",
    "tags",
    "priority",
    "include",
    "exclude",
    "first",
    "parts",
    "since",
    "older",
    "max_items",
    "fit",
    "pages",
    "page",
];

/// Keys whose text is printed as written, not read as inline Markdown.
const LITERAL: &[&str] = &["email", "phone"];

/// Whether the text under `key` is inline Markdown.
fn is_markdown(key: Option<&str>) -> bool {
    key.is_none_or(|key| !NOT_PRINTED.contains(&key) && !LITERAL.contains(&key))
}

/// The printed texts of the data (a YAML tree), each with its field path
/// (`experience[2].items[0]`) and as a reader sees it (Markdown taken away),
/// in the order of the file.
pub(crate) fn printed_texts(document: &serde_yaml::Value) -> Vec<(String, String)> {
    fn walk(value: &serde_yaml::Value, path: &str, out: &mut Vec<(String, String)>) {
        match value {
            serde_yaml::Value::String(text) => out.push((path.to_owned(), crate::markup::plain(text))),
            serde_yaml::Value::Sequence(items) => {
                for (index, item) in items.iter().enumerate() {
                    walk(item, &format!("{path}[{index}]"), out);
                }
            }
            serde_yaml::Value::Mapping(map) => {
                for (key, value) in map {
                    let Some(key) = key.as_str().filter(|key| !NOT_PRINTED.contains(key)) else { continue };
                    let child = if path.is_empty() { key.to_owned() } else { format!("{path}.{key}") };
                    walk(value, &child, out);
                }
            }
            serde_yaml::Value::Tagged(tagged) => walk(&tagged.value, path, out),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(document, "", &mut out);
    out
}

/// Keys whose value is a list of list items, each a level deeper.
const ITEM_LISTS: &[&str] = &["items", "list", "numbered"];

/// Checks every text of the data, wherever it is: no control characters
/// (they print as nothing, or break the PDF's text), inline Markdown a
/// template can lay out (see [`crate::markup::check`]), and list
/// items nested at most [`crate::markup::MAX_NESTING`] deep.
/// `document` is the data as parsed YAML, for the paths of its values.
pub fn check_texts(document: &serde_yaml::Value) -> Vec<Problem> {
    let mut problems = Vec::new();
    walk(document, "", None, 0, &mut problems);
    problems
}

/// A text longer than its field may be (see [`super::limits::text_limit`]).
fn too_long(text: &str, key: Option<&str>, path: &str) -> Option<Problem> {
    let (limit, kind) = super::limits::text_limit(key.unwrap_or_default());
    let length = text.chars().count();
    if length <= limit {
        return None;
    }
    let how = if limit == super::limits::MAX_LINE {
        "shorten it (more can go in `about`)"
    } else {
        "split it into paragraphs or list items"
    };
    Some(Problem {
        field: path.to_owned(),
        message: crate::error::Message::new(format!(
            "the text has {length} characters, more than the {limit} of {kind} here"
        ))
        .hint(how),
    })
}

/// Whether a key looks like the code of a language map (`en`, `sr-Latn`)
/// rather than a field's name.
fn looks_like_language(key: &str) -> bool {
    let mut parts = key.split('-');
    let first = parts.next().unwrap_or_default();
    (2..=3).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_lowercase())
        && parts.all(|part| (2..=8).contains(&part.len()) && part.chars().all(|c| c.is_ascii_alphanumeric()))
}

fn walk(value: &serde_yaml::Value, path: &str, key: Option<&str>, depth: usize, problems: &mut Vec<Problem>) {
    use serde_yaml::Value;
    match value {
        Value::String(text) => {
            if let Some(c) = text.chars().find(|&c| c.is_control() && c != '\n' && c != '\t') {
                problems.push(Problem {
                    field: path.to_owned(),
                    message: format!(
                        "the text holds the control character U+{:04X}, which prints as nothing; remove it",
                        u32::from(c)
                    )
                    .into(),
                });
            } else if let Some(c) =
                text.chars().find(|c| matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
            {
                // Embeddings, overrides and isolates reorder text unseen
                // ("Trojan source"), and one made Typst's shaping panic.
                problems.push(Problem {
                    field: path.to_owned(),
                    message: format!(
                        "the text holds the bidirectional control character U+{:04X}, which reorders text unseen; \
                         remove it (right-to-left text needs none)",
                        u32::from(c)
                    )
                    .into(),
                });
            } else if let Err(why) = check_trailing_soft_hyphen(text) {
                problems.push(Problem { field: path.to_owned(), message: why.into() });
            } else if is_markdown(key)
                && let Err(why) = crate::markup::check(text)
            {
                problems.push(Problem { field: path.to_owned(), message: why.into() });
            } else if let Some(problem) = too_long(text, key, path) {
                // Last: a more particular problem of a long text (its
                // Markdown, a link in it) says more.
                problems.push(problem);
            }
        }
        Value::Sequence(values) => {
            let nested = key.is_some_and(|key| ITEM_LISTS.contains(&key));
            let depth = depth + usize::from(nested);
            if nested && depth > crate::markup::MAX_NESTING {
                problems.push(Problem {
                    field: path.to_owned(),
                    message: format!("list items are nested more than {} levels deep", crate::markup::MAX_NESTING)
                        .into(),
                });
                return;
            }
            for (index, value) in values.iter().enumerate() {
                walk(value, &format!("{path}[{index}]"), key, depth, problems);
            }
        }
        Value::Mapping(map) => {
            for (name, value) in map {
                let Some(name) = name.as_str() else { continue };
                let path = if path.is_empty() { name.to_owned() } else { format!("{path}.{name}") };
                // A language map's texts are of the field that holds it.
                let field = if looks_like_language(name) && key.is_some() { key } else { Some(name) };
                walk(value, &path, field, depth, problems);
            }
        }
        Value::Tagged(tagged) => walk(&tagged.value, path, key, depth, problems),
        Value::Null | Value::Bool(_) | Value::Number(_) => {}
    }
}
