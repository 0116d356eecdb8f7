//! The data contract: the CV a template receives through `load-cv`.
//!
//! The validated model is turned into this tree of plain values once, with
//! every derived fact (durations, ages, labels) filled in and every text field
//! parsed into rich text. The same tree is what `cvpdf data` prints as JSON,
//! and it reaches Typst as values, never as source. `typst/README.md`
//! documents it for template authors; keep the two in step.

use std::collections::BTreeMap;

use serde::Serialize;

pub(crate) mod design;
pub(crate) mod finish;
pub(crate) mod hyphenation;
pub(crate) mod letter;
pub(crate) mod publications;
pub(crate) mod wording;

use self::design::Resolved;
use self::wording::{Shown, Words};
use crate::data::model::{self, Cv, Date, Text};
use crate::lang::{Labels, Locale};
use crate::markup::{self, Inline};

/// The root of what a template receives.
#[derive(Debug, Clone, Serialize)]
pub struct TemplateData {
    /// The language's ISO 639 code, for `set text(lang: ..)`.
    pub lang: String,
    /// The direction the language's script runs: `ltr` or `rtl`. Typst
    /// takes it from `lang`; a page's `dir` and anything a template places
    /// at a side read it.
    pub dir: String,
    /// The ISO 15924 code of the language's script (`Latn`, `Cyrl`,
    /// `Arab`, `Hebr`, `Hans`, `Jpan`, `Kore`, …): a long word in this
    /// script is hyphenated in the CV's language, one in another script in
    /// a language of its own script.
    pub script: String,
    /// The language whose hyphenation patterns break a long word of the
    /// CV's script at a line's end: the CV's own (`de`), a close one where
    /// Typst has no patterns for it (`ru` for Kazakh), or none where the
    /// script is not hyphenated (Arabic, Hebrew, Chinese, Japanese, Korean).
    pub hyphenation: Option<String>,
    /// What separates the parts of a line that lists several, in the
    /// language: «, », «، » in Arabic, «，» in Chinese, «、» in Japanese.
    pub separator: String,
    /// The Open Graph locale of a web page in the language (`ru_RU`), from
    /// its language file; none for a language without a file.
    pub og_locale: Option<String>,
    /// The title of the PDF and of the web page: «Резюме — Иван Петров».
    pub title: String,
    pub labels: Labels,
    /// The date the CV was updated, which is also the as-of date of all
    /// derived ages and durations unless `--as-of` says otherwise.
    pub updated: DateText,
    pub as_of: DateText,
    pub url: Option<UrlText>,
    /// The prepared photo and the frame it was cropped to, or none.
    pub photo: Option<Photo>,
    pub person: Person,
    pub headline: Rich,
    /// The headline without formatting, for running heads and metadata.
    pub headline_plain: String,
    pub salary: Option<Rich>,
    pub specialisations: Vec<Rich>,
    pub employment: Vec<Rich>,
    pub motto: Option<Motto>,
    pub about: Vec<Block>,
    pub experience: Experience,
    pub skills: Vec<Rich>,
    /// The skills without formatting, for the PDF's keywords.
    pub skills_plain: Vec<String>,
    pub languages: Vec<Language>,
    pub education: Education,
    pub courses: Vec<Course>,
    /// The publications, each formatted once by the CV's citation style.
    pub publications: publications::Publications,
    pub sections: Vec<Section>,
    /// Every part once, in the order the data asks for: the names `motto`,
    /// `about`, `experience`, `education`, `skills`, `languages`, `courses`,
    /// `publications`, and each section's `key`.
    pub order: Vec<String>,
    /// Page breaks the data asks for around whole parts, by the part's name
    /// as in `order`: `new` (the part starts a page) or `keep` (the part is
    /// never split); a part not named breaks where it falls.
    pub pages: std::collections::BTreeMap<String, String>,
    /// A line for the foot of every page: a consent clause, «references on
    /// request»; none when the data gives none.
    pub footer_note: Option<Rich>,
    /// The QR code of `url`, when the design asks for one (`qr: true`) and
    /// the CV has an address.
    pub qr: Option<finish::Qr>,
    /// The template's design options, resolved to final values: the data's
    /// `design:` choices and the template's defaults.
    pub design: serde_json::Map<String, serde_json::Value>,
    /// The long words (18 letters or more) the CV's language cannot spell,
    /// each with the language whose patterns hyphenate it: see
    /// `hyphenation.rs`.
    pub foreign_words: BTreeMap<String, String>,
}

/// Rich text: a list of nodes, each a string or a formatted span.
pub type Rich = Vec<Inline>;

/// The photo as a template draws it: cvpdf has cropped it to the frame the
/// template declares (in its `typst.toml`) and scaled it for print, so the
/// template sets it at exactly this size.
#[derive(Debug, Clone, Serialize)]
pub struct Photo {
    /// A virtual path for `image(..)`.
    pub path: String,
    /// The frame's width and height in points.
    pub width: f64,
    pub height: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct DateText {
    /// `2026-02-08`
    pub iso: String,
    /// «08.02.2026»
    pub short: String,
    /// «8 февраля 2026»
    pub long: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct UrlText {
    pub url: String,
    /// The address as a person reads it: no scheme, no trailing slash.
    pub text: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Person {
    pub name: Rich,
    pub name_plain: String,
    pub birth_date: Option<DateText>,
    /// «Мужчина, 53 года, родился 23 октября 1972», or none without a birth date.
    pub age_line: Option<String>,
    pub location: Option<Rich>,
    pub relocation: Option<Rich>,
    pub remote: Option<Rich>,
    pub travel: Option<Rich>,
    /// Location, relocation, remote work and travel in one line, joined by
    /// commas: «Краснодар, готов к переезду, готов к редким командировкам».
    pub stance: Option<Rich>,
    pub status: Option<Rich>,
    pub contacts: Contacts,
}

#[derive(Debug, Clone, Serialize)]
pub struct Contacts {
    pub email: Option<String>,
    pub phone: Option<String>,
    /// `tel:` address of the phone, digits and a leading plus only.
    pub phone_url: Option<String>,
    pub links: Vec<Link>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Link {
    /// What is printed, as the design's `link_text` says: the data's label
    /// («GitHub»), the short address (`github.com/ann`), or both
    /// («GitHub (github.com/ann)»).
    pub label: Rich,
    /// The data's label as written, whatever `link_text` says: the icon's
    /// text alternative.
    pub name: String,
    pub url: String,
    /// The address without scheme, `www.` and trailing slash.
    pub address: String,
    /// The icon of the site it leads to: `github`, `gitlab`, `linkedin`,
    /// `telegram`, `twitter`, `stackoverflow`, or `link` for any other.
    pub icon: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Motto {
    pub text: Rich,
    pub author: Option<Rich>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Block {
    Paragraph { body: Rich },
    List { items: Vec<Item> },
    Numbered { items: Vec<Item> },
    Heading { body: Rich },
}

#[derive(Debug, Clone, Serialize)]
pub struct Item {
    pub body: Rich,
    pub items: Vec<Item>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Experience {
    /// Union of employed months over all jobs: «31 год 7 месяцев».
    pub total: String,
    pub jobs: Vec<Job>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Job {
    /// The data's `id`: the job's anchor on a web page.
    pub id: Option<String>,
    pub company: Rich,
    pub url: Option<UrlText>,
    pub city: Option<Rich>,
    pub industry: Option<Rich>,
    pub industry_area: Option<Rich>,
    pub title: Option<Rich>,
    pub position: Option<Rich>,
    pub department: Option<Rich>,
    /// The role's heading: the `title`, else the `position`.
    pub role: Option<Rich>,
    /// The job's heading where a heading must name it: the `role`, else the
    /// company.
    pub heading: Rich,
    /// Whether a line with the company would only repeat the heading: the
    /// heading is the company's name and there is no site or city to add.
    pub company_in_heading: bool,
    /// What the heading leaves out: the `position` (when a `title` is the
    /// heading) and the `department`, joined by commas.
    pub detail: Option<Rich>,
    /// The city and the site's readable address, joined by commas.
    pub place: Option<Rich>,
    pub period: Period,
    pub description: Vec<Block>,
    pub items: Vec<Item>,
    pub achievements: Vec<Block>,
    pub roles: Vec<Role>,
    pub projects: Vec<Project>,
    /// `new` (it starts a page) or `keep` (it is never split), as the data
    /// asks; none breaks where it falls.
    pub page: Option<String>,
    /// A job a variant shortened to one line: only `company`, `url`,
    /// `title`, `position` and `period` are filled, everything else is empty.
    pub collapsed: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Period {
    /// `2023-11`
    pub start_iso: String,
    /// `2024-05`, or none while the job is held.
    pub end_iso: Option<String>,
    /// The start on a line of its own, with its end on the next line:
    /// «Ноябрь 2023 —», with a no-break space before the dash.
    pub start: String,
    /// «по настоящее время» or «май 2024»
    pub end: String,
    /// The whole period inside a line: «ноябрь 2023 — по настоящее время».
    pub range: String,
    /// «2 года 4 месяца»
    pub duration: String,
    /// The years alone, for a line of its own: «1994 — 1999», «2005», or
    /// «2023 — по настоящее время».
    pub years: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Role {
    pub title: Rich,
    pub description: Vec<Block>,
    pub items: Vec<Item>,
    pub achievements: Vec<Block>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Project {
    pub title: Rich,
    pub description: Vec<Block>,
    pub items: Vec<Item>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Language {
    pub name: Rich,
    pub level: Rich,
    /// The language and its level on one line: «Английский — B2».
    pub line: Rich,
}

#[derive(Debug, Clone, Serialize)]
pub struct Education {
    /// The part's title, a label in the CV's language: «Высшее образование»
    /// when every entry's level is «Высшее» («Higher»), else «Образование».
    pub title: String,
    pub entries: Vec<EducationEntry>,
}

#[derive(Debug, Clone, Serialize)]
pub struct EducationEntry {
    pub institution: Rich,
    pub level: Option<Rich>,
    pub start: Option<u16>,
    pub end: u16,
    /// «1989 — 1994», or «1994» without a start.
    pub period: String,
    pub city: Option<Rich>,
    pub faculty: Option<Rich>,
    pub degree: Option<Rich>,
    /// `new` (it starts a page) or `keep` (it is never split), as the data
    /// asks; none breaks where it falls.
    pub page: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Course {
    pub name: Rich,
    pub year: u16,
    pub url: Option<UrlText>,
    /// `new` (it starts a page) or `keep` (it is never split), as the data
    /// asks; none breaks where it falls.
    pub page: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Section {
    pub title: Rich,
    pub id: Option<String>,
    /// The section's name in `order`: its `id`, or `section-N` (from 1).
    pub key: String,
    pub body: Vec<Block>,
    /// `new` (it starts a page) or `keep` (it is never split), as the data
    /// asks; none breaks where it falls.
    pub page: Option<String>,
}

/// The complete order of parts: those the data names first, then the rest
/// in the usual order of a CV: the built-in parts (experience right after
/// the introduction), then the free sections.
pub fn part_order(cv: &Cv) -> Vec<String> {
    let mut usual: Vec<String> = model::BUILT_IN_PARTS.iter().map(|part| part.to_string()).collect();
    usual.extend(cv.sections.iter().enumerate().map(|(index, section)| section.key(index)));
    // Sets, so that thousands of parts take linear time.
    let known: std::collections::BTreeSet<&str> = usual.iter().map(String::as_str).collect();
    let mut placed = std::collections::BTreeSet::new();
    let mut order: Vec<String> = Vec::new();
    for part in cv.order.iter().chain(&usual) {
        if known.contains(part.as_str()) && placed.insert(part.as_str()) {
            order.push(part.clone());
        }
    }
    order
}

fn rich(text: &str) -> Rich {
    markup::parse(text)
}

fn rich_opt(text: &Option<Text>) -> Option<Rich> {
    text.as_deref().map(rich)
}

/// Joins the values that are there with `sep`, or none when none is.
fn join(values: impl IntoIterator<Item = Option<Rich>>, sep: &str) -> Option<Rich> {
    let mut joined: Option<Rich> = None;
    for value in values.into_iter().flatten().filter(|value| !value.is_empty()) {
        match &mut joined {
            None => joined = Some(value),
            Some(nodes) => {
                nodes.push(Inline::Text(sep.to_owned()));
                nodes.extend(value);
            }
        }
    }
    joined
}

/// The readable form of a URL: `https://www.tender.pro/` reads `www.tender.pro`.
pub fn url_text(url: &str) -> UrlText {
    let text = ["https://", "http://", "mailto:", "//"]
        .iter()
        .find_map(|scheme| url.strip_prefix(scheme))
        .unwrap_or(url)
        .trim_end_matches('/');
    UrlText { url: url.to_owned(), text: text.to_owned() }
}

fn blocks(blocks: &[model::Block]) -> Vec<Block> {
    blocks.iter().map(block).collect()
}

fn block(block_in: &model::Block) -> Block {
    match block_in {
        model::Block::Paragraph(text) => Block::Paragraph { body: rich(text) },
        model::Block::List(list) => Block::List { items: items(list) },
        model::Block::Numbered(list) => Block::Numbered { items: items(list) },
        model::Block::Heading(text) => Block::Heading { body: rich(text) },
        // Tags and priorities are for variants; templates get the block.
        model::Block::Marked(inner, _) => block(inner),
    }
}

fn items(items_in: &[model::Item]) -> Vec<Item> {
    items_in.iter().map(|item| Item { body: rich(&item.text), items: items(&item.items) }).collect()
}

/// The `tel:` URI of a phone number as people write it (RFC 3966): only
/// the digits and a leading `+` of a global number are kept, a national
/// trunk prefix written in parentheses after the country code is dropped
/// (`+49 (0) 89 1234567` dials `+49891234567`), and an extension written
/// as `ext.`, `x` or `доб.` becomes `;ext=`.
pub(crate) fn phone_url(phone: &str) -> String {
    let lower = phone.to_lowercase();
    let (number, extension) = ["доб", "ext", "x"]
        .iter()
        .filter_map(|marker| lower.find(marker).map(|at| (at, marker.len())))
        .min()
        .map_or((lower.as_str(), ""), |(at, len)| (&lower[..at], &lower[at + len..]));
    let global = number.trim_start().starts_with('+');
    let mut digits = String::new();
    let mut rest = number;
    while let Some(c) = rest.chars().next() {
        if c == '(' && global && !digits.is_empty() {
            // `(0)` after the country code is the trunk prefix a caller
            // inside the country dials; from abroad it is left out.
            if let Some(close) = rest.find(')') {
                let inside = &rest[1..close];
                if inside.trim().chars().all(|c| c == '0') && !inside.trim().is_empty() {
                    rest = &rest[close + 1..];
                    continue;
                }
            }
        }
        if c.is_ascii_digit() {
            digits.push(c);
        }
        rest = &rest[c.len_utf8()..];
    }
    let extension: String = extension.chars().filter(char::is_ascii_digit).collect();
    let plus = if global { "+" } else { "" };
    if extension.is_empty() { format!("tel:{plus}{digits}") } else { format!("tel:{plus}{digits};ext={extension}") }
}

/// The title of the education part: a label of the CV's language, never
/// built from the data. «Высшее образование» («Higher education») when every
/// entry's level is «Высшее» («Higher»), else «Образование» («Education»).
pub(crate) fn education_title(labels: &Labels, entries: &[model::Education]) -> String {
    let higher = |level: &str| markup::plain(level).trim().to_lowercase() == labels.higher_level.to_lowercase();
    if !entries.is_empty() && entries.iter().all(|entry| entry.level.as_deref().is_some_and(higher)) {
        labels.higher_education.clone()
    } else {
        labels.education.clone()
    }
}

/// What the contract is built from, with every choice already made: the CV
/// as a variant shows it, the design, the photo, the as-of date.
pub struct Source<'a> {
    /// The CV as it is shown: a variant's view, hidden details left out.
    pub cv: &'a Cv,
    /// The whole CV (hidden details left out too), whose jobs the total
    /// experience counts whatever a variant shows.
    pub whole: &'a Cv,
    /// Whether each job of `cv.experience` is collapsed to one line; none
    /// is when the list is shorter.
    pub collapsed: &'a [bool],
    pub as_of: Date,
    /// The photo as the World serves it, when there is one to show.
    pub photo: Option<Photo>,
    pub design: &'a Resolved,
}

impl TemplateData {
    /// Builds the contract once, final: every phrase worded, every hidden
    /// detail left out, the design's values resolved. Nothing patches it
    /// afterwards.
    pub fn new(source: &Source) -> TemplateData {
        let Source { cv, whole, collapsed, as_of, design, .. } = *source;
        let lang = cv.lang;
        let words = &Words::new(Locale::new(lang, &cv.labels), design.date_style);
        let locale = &words.locale;
        let labels = Labels::of(locale);
        let facts = crate::lang::locale::facts(lang);
        let separator = &words.separator();
        let person = &cv.person;
        let shown = Shown { age: !design.hides("age"), birth_date: !design.hides("birth_date") };
        let totals: Vec<_> = whole.experience.iter().map(|job| (job.start, job.end)).collect();
        let link_text = finish::LinkText::of(design.values.get("link_text").and_then(serde_json::Value::as_str));
        let wants_qr = design.values.get("qr").and_then(serde_json::Value::as_bool).unwrap_or(false);
        let mut data = TemplateData {
            lang: lang.language().to_owned(),
            dir: facts.dir().to_owned(),
            script: facts.script.clone(),
            hyphenation: facts.hyphenation.clone(),
            separator: separator.clone(),
            og_locale: crate::lang::locale::file(lang).map(|_| locale.message("og_locale")),
            title: words.document_title(&markup::plain(&person.name)),
            updated: words.date(cv.updated),
            as_of: words.date(as_of),
            url: cv.url.as_deref().map(url_text),
            photo: if design.hides("photo") { None } else { source.photo.clone() },
            person: Person {
                name: rich(&person.name),
                name_plain: markup::plain(&person.name),
                birth_date: person.birth_date.filter(|_| shown.birth_date).map(|date| words.date(date)),
                age_line: person.birth_date.and_then(|birth| words.person_line(person.gender, birth, as_of, shown)),
                location: rich_opt(&person.location),
                relocation: rich_opt(&person.relocation),
                remote: rich_opt(&person.remote),
                travel: rich_opt(&person.travel),
                stance: join(
                    [&person.location, &person.relocation, &person.remote, &person.travel].map(rich_opt),
                    separator,
                ),
                status: rich_opt(&person.status),
                contacts: Contacts {
                    email: person.contacts.email.as_deref().map(str::to_owned),
                    phone: person.contacts.phone.as_deref().map(str::to_owned),
                    phone_url: person.contacts.phone.as_deref().map(phone_url),
                    links: person
                        .contacts
                        .links
                        .iter()
                        .map(|link| Link {
                            label: link_text.text(rich(&link.label), &link.url),
                            name: markup::plain(&link.label),
                            url: link.url.to_string(),
                            address: finish::short_address(&link.url),
                            icon: finish::icon_of(&link.url).to_owned(),
                        })
                        .collect(),
                },
            },
            headline: rich(&cv.headline),
            headline_plain: markup::plain(&cv.headline),
            salary: rich_opt(&cv.salary),
            specialisations: cv.specialisations.iter().map(|s| rich(s)).collect(),
            employment: cv.employment.iter().map(|s| rich(s)).collect(),
            motto: cv.motto.as_ref().map(|motto| Motto { text: rich(&motto.text), author: rich_opt(&motto.author) }),
            about: blocks(&cv.about),
            experience: Experience {
                total: words.total(&totals, as_of),
                jobs: cv
                    .experience
                    .iter()
                    .enumerate()
                    .map(|(index, job)| job_data(words, job, as_of, collapsed.get(index).copied().unwrap_or(false)))
                    .collect(),
            },
            skills: cv.skills.iter().map(|s| rich(s)).collect(),
            skills_plain: cv.skills.iter().map(|s| markup::plain(s)).collect(),
            languages: cv
                .languages
                .iter()
                .map(|language| {
                    let (name, level) = (rich(&language.name), rich(&language.level));
                    let line = phrase(locale, "language_level", &[("language", &name), ("level", &level)]);
                    Language { name, level, line }
                })
                .collect(),
            education: Education {
                title: education_title(&labels, &cv.education),
                entries: cv
                    .education
                    .iter()
                    .map(|entry| EducationEntry {
                        institution: rich(&entry.institution),
                        level: rich_opt(&entry.level),
                        start: entry.start,
                        end: entry.end,
                        period: words.years(entry.start.map(i32::from), i32::from(entry.end)),
                        city: rich_opt(&entry.city),
                        faculty: rich_opt(&entry.faculty),
                        degree: rich_opt(&entry.degree),
                        page: page_word(entry.page),
                    })
                    .collect(),
            },
            courses: cv
                .courses
                .iter()
                .map(|course| Course {
                    name: rich(&course.name),
                    year: course.year,
                    url: course.url.as_deref().map(url_text),
                    page: page_word(course.page),
                })
                .collect(),
            publications: publications::build(cv, words),
            sections: cv
                .sections
                .iter()
                .enumerate()
                .map(|(index, section)| Section {
                    title: rich(&section.title),
                    id: section.id.clone(),
                    key: section.key(index),
                    body: blocks(&section.body),
                    page: page_word(section.page),
                })
                .collect(),
            order: part_order(cv),
            pages: cv.pages.iter().map(|(part, page)| (part.clone(), page.word().to_owned())).collect(),
            footer_note: rich_opt(&cv.footer_note),
            qr: if wants_qr { cv.url.as_deref().and_then(finish::qr) } else { None },
            design: design.values.clone(),
            labels,
            foreign_words: BTreeMap::new(),
        };
        data.take_first_entries_breaks();
        // Drawn from every string the contract holds, so the words are
        // looked for once the texts are made (the last step of building).
        data.foreign_words = hyphenation::foreign_words(&data.to_json(), lang);
        data
    }

    /// A part whose first entry asks for a new page starts on the new page
    /// itself, title and all: the break moves from the entry to the part
    /// (unless the part's own `pages:` says otherwise), so no output leaves
    /// the part's title alone at the foot of the page before.
    fn take_first_entries_breaks(&mut self) {
        let firsts: [(&str, Option<&mut Option<String>>); 4] = [
            ("experience", self.experience.jobs.first_mut().map(|job| &mut job.page)),
            ("education", self.education.entries.first_mut().map(|entry| &mut entry.page)),
            ("courses", self.courses.first_mut().map(|course| &mut course.page)),
            (
                "publications",
                self.publications
                    .groups
                    .first_mut()
                    .and_then(|group| group.entries.first_mut())
                    .map(|entry| &mut entry.page),
            ),
        ];
        for (part, first) in firsts {
            let Some(page) = first else { continue };
            if page.as_deref() == Some("new") && !self.pages.contains_key(part) {
                *page = None;
                self.pages.insert(part.to_owned(), "new".to_owned());
            }
        }
    }

    /// The contract as JSON, which is also what Typst receives.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or(serde_json::Value::Null)
    }

    /// The facts about the language that the helpers read from a file of
    /// their own (see `render::layout::LANGUAGE_PATH`), as JSON.
    pub fn language_json(&self) -> Vec<u8> {
        let facts = serde_json::json!({
            "lang": self.lang,
            "dir": self.dir,
            "script": self.script,
            "hyphenation": self.hyphenation,
            "separator": self.separator,
            "foreign_words": self.foreign_words,
        });
        facts.to_string().into_bytes()
    }
}

/// A message whose arguments are rich text: the message is formatted with
/// a marker for each argument, and the marks are replaced by the nodes, so
/// bold or a link inside an argument stays what it is.
fn phrase(locale: &Locale, id: &str, arguments: &[(&str, &Rich)]) -> Rich {
    phrase_with(locale, id, arguments, &[])
}

/// [`phrase`] with plain arguments too, which a message may select on
/// (`$gender`).
fn phrase_with(locale: &Locale, id: &str, arguments: &[(&str, &Rich)], plain: &[(&str, &str)]) -> Rich {
    let mut args = fluent_bundle::FluentArgs::new();
    for (index, (name, _)) in arguments.iter().enumerate() {
        args.set(*name, marker(index));
    }
    for (name, value) in plain {
        args.set(*name, (*value).to_owned());
    }
    let text = locale.format(id, &args);
    let mut nodes: Rich = Vec::new();
    let mut rest = text.as_str();
    while let Some(at) = rest.find(MARK) {
        if at > 0 {
            nodes.push(Inline::Text(rest[..at].to_owned()));
        }
        let after = &rest[at + MARK.len_utf8()..];
        let digits = after.chars().take_while(char::is_ascii_digit).count();
        if let Some((_, value)) = after[..digits].parse::<usize>().ok().and_then(|index| arguments.get(index)) {
            nodes.extend(value.iter().cloned());
        }
        rest = &after[digits..];
    }
    if !rest.is_empty() {
        nodes.push(Inline::Text(rest.to_owned()));
    }
    merge_text(nodes)
}

/// A character no data holds (the data may not hold private-use characters
/// between the phrase's words, and a marker is always followed by its
/// number), marking where a rich argument goes.
const MARK: char = '\u{F8FF}';

fn marker(index: usize) -> String {
    format!("{MARK}{index}")
}

/// Adjacent text nodes joined, as the parser gives them.
fn merge_text(nodes: Rich) -> Rich {
    let mut merged: Rich = Vec::with_capacity(nodes.len());
    for node in nodes {
        match (merged.last_mut(), node) {
            (Some(Inline::Text(last)), Inline::Text(text)) => last.push_str(&text),
            (_, node) => merged.push(node),
        }
    }
    merged
}

fn job_data(words: &Words, job: &model::Job, as_of: Date, collapsed: bool) -> Job {
    let separator = &words.separator();
    let role = rich_opt(if job.title.is_some() { &job.title } else { &job.position });
    let company = rich(&job.company);
    let heading = role.clone().unwrap_or_else(|| company.clone());
    let company_in_heading =
        markup::plain_nodes(&heading) == markup::plain_nodes(&company) && job.url.is_none() && job.city.is_none();
    Job {
        id: job.id.clone(),
        url: job.url.as_deref().map(url_text),
        city: rich_opt(&job.city),
        industry: rich_opt(&job.industry),
        industry_area: rich_opt(&job.industry_area),
        title: rich_opt(&job.title),
        position: rich_opt(&job.position),
        department: rich_opt(&job.department),
        heading,
        company_in_heading,
        role,
        company,
        detail: join(
            [if job.title.is_some() { rich_opt(&job.position) } else { None }, rich_opt(&job.department)],
            separator,
        ),
        place: join(
            [rich_opt(&job.city), job.url.as_deref().map(|url| vec![Inline::Text(url_text(url).text)])],
            separator,
        ),
        period: words.period(job.start, job.end, as_of),
        description: blocks(&job.description),
        items: items(&job.items),
        achievements: blocks(&job.achievements),
        roles: job
            .roles
            .iter()
            .map(|role| Role {
                title: rich(&role.title),
                description: blocks(&role.description),
                items: items(&role.items),
                achievements: blocks(&role.achievements),
            })
            .collect(),
        projects: job
            .projects
            .iter()
            .map(|project| Project {
                title: rich(&project.title),
                description: blocks(&project.description),
                items: items(&project.items),
            })
            .collect(),
        page: page_word(job.page),
        collapsed,
    }
}

fn page_word(page: Option<model::PageBreak>) -> Option<String> {
    page.map(|page| page.word().to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The contract of `cv` as a whole, in the default design, without a photo.
    fn plain_contract(cv: &Cv) -> TemplateData {
        let design = Resolved::default();
        TemplateData::new(&Source { cv, whole: cv, collapsed: &[], as_of: cv.updated, photo: None, design: &design })
    }

    #[test]
    fn a_trunk_prefix_after_the_country_code_is_not_dialled() {
        assert_eq!(phone_url("+49 (0) 89 1234567"), "tel:+49891234567");
        assert_eq!(phone_url("+44 (0)20 7946 0958"), "tel:+442079460958");
        assert_eq!(phone_url("+7 (900) 000-00-00"), "tel:+79000000000");
        assert_eq!(phone_url("+7 900 000-00-00"), "tel:+79000000000");
        assert_eq!(phone_url("8 (861) 123-45-67"), "tel:88611234567");
        assert_eq!(phone_url("+1 555 010 9999 ext. 12"), "tel:+15550109999;ext=12");
        assert_eq!(phone_url("+7 495 123-45-67 доб. 305"), "tel:+74951234567;ext=305");
    }

    fn education(levels: &[Option<&str>]) -> Vec<model::Education> {
        levels
            .iter()
            .map(|level| model::Education {
                institution: "X".into(),
                level: level.map(Text::from),
                start: None,
                end: 2000,
                city: None,
                faculty: None,
                degree: None,
                page: None,
                tags: Vec::new(),
                priority: None,
            })
            .collect()
    }

    #[test]
    fn the_education_title_is_a_label_never_glued_from_the_levels() {
        let labels = |code: &str| {
            let lang = model::Lang::parse(code).unwrap();
            Labels::of(&Locale::of(lang))
        };
        let title = |levels: &[Option<&str>]| education_title(&labels("ru"), &education(levels));
        assert_eq!(title(&[Some("Высшее"), Some("высшее")]), "Высшее образование");
        assert_eq!(title(&[Some("Бакалавр")]), "Образование");
        assert_eq!(title(&[Some("Высшее (MBA, МГУ)")]), "Образование");
        assert_eq!(title(&[Some("Вища")]), "Образование");
        assert_eq!(title(&[Some("Высшее"), None]), "Образование");
        assert_eq!(title(&[]), "Образование");
        assert_eq!(education_title(&labels("en"), &education(&[Some("Higher")])), "Higher education");
        assert_eq!(education_title(&labels("en"), &education(&[Some("Bachelor")])), "Education");
        assert_eq!(education_title(&labels("uk"), &education(&[Some("Вища")])), "Вища освіта");
    }

    #[test]
    fn the_level_is_printed_as_written() {
        let cv: Cv = serde_yaml::from_str(
            "updated: 2026-02-08\nperson: {name: X}\nheadline: Y\neducation: [{institution: МГУ, level: 'Высшее (MBA, МГУ)', end: 2020, start: 2018}]",
        )
        .unwrap();
        let data = plain_contract(&cv);
        let entry = &data.education.entries[0];
        assert_eq!(entry.level, Some(vec![Inline::Text("Высшее (MBA, МГУ)".into())]));
        assert_eq!(entry.period, "2018 — 2020");
        assert_eq!(data.education.title, "Образование");
    }

    #[test]
    fn joined_lines_leave_out_missing_values() {
        let cv: Cv = serde_yaml::from_str(
            "updated: 2026-02-08\nperson: {name: X, location: Berlin, travel: no trips}\nheadline: Y\n\
             experience: [{company: C, title: Lead, department: R&D, url: 'https://c.example/', start: 2020-01, end: present}]",
        )
        .unwrap();
        let data = plain_contract(&cv);
        let text = |rich: &Option<Rich>| {
            rich.as_ref().map(|nodes| {
                nodes
                    .iter()
                    .map(|node| match node {
                        Inline::Text(text) => text.as_str(),
                        _ => "?",
                    })
                    .collect::<String>()
            })
        };
        assert_eq!(text(&data.person.stance).as_deref(), Some("Berlin, no trips"));
        let job = &data.experience.jobs[0];
        assert_eq!(text(&job.role).as_deref(), Some("Lead"));
        assert_eq!(text(&job.detail).as_deref(), Some("R&D"));
        assert_eq!(text(&job.place).as_deref(), Some("c.example"));
    }

    #[test]
    fn experience_comes_before_the_free_sections_unless_ordered() {
        let cv: Cv = serde_yaml::from_str(
            "updated: 2026-02-08\nperson: {name: X}\nheadline: Y\nsections: [{title: Hobbies, body: []}]",
        )
        .unwrap();
        let order = part_order(&cv);
        let at = |part: &str| order.iter().position(|p| p == part).unwrap();
        assert!(at("experience") < at("section-1"), "{order:?}");
        assert!(at("about") < at("experience"), "{order:?}");
    }
}
