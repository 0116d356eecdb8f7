//! The data contract: the CV a template receives through `load-cv`.
//!
//! The validated model is turned into this tree of plain values once, with
//! every derived fact (durations, ages, labels) filled in and every text field
//! parsed into rich text. The same tree is what `cvpdf data` prints as JSON,
//! and it reaches Typst as values, never as source. `typst/README.md`
//! documents it for template authors; keep the two in step.

use serde::Serialize;

pub(crate) mod locale;
pub(crate) mod markup;
pub(crate) mod wording;

use self::locale::Locale;
use self::markup::Inline;
use self::wording::Labels;
use crate::data::model::{self, Cv, Date, End, Lang, Text};

/// The root of what a template receives.
#[derive(Debug, Clone, Serialize)]
pub struct TemplateData {
    /// The language's ISO 639 code, for `set text(lang: ..)`.
    pub lang: String,
    pub labels: Labels,
    /// The date the CV was updated, which is also the as-of date of all
    /// derived ages and durations unless `--as-of` says otherwise.
    pub updated: DateText,
    pub as_of: DateText,
    pub url: Option<UrlText>,
    /// Virtual path of the photo, for `image(cv.photo)`, or none.
    pub photo: Option<String>,
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
    pub sections: Vec<Section>,
    /// Every part once, in the order the data asks for: the names `motto`,
    /// `about`, `experience`, `education`, `skills`, `languages`, `courses`,
    /// and each section's `key`.
    pub order: Vec<String>,
}

/// Rich text: a list of nodes, each a string or a formatted span.
pub type Rich = Vec<Inline>;

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
    pub label: Rich,
    pub url: String,
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
    pub company: Rich,
    pub url: Option<UrlText>,
    pub city: Option<Rich>,
    pub industry: Option<Rich>,
    pub industry_area: Option<Rich>,
    pub title: Option<Rich>,
    pub position: Option<Rich>,
    pub department: Option<Rich>,
    pub period: Period,
    pub description: Vec<Block>,
    pub items: Vec<Item>,
    pub achievements: Vec<Block>,
    pub roles: Vec<Role>,
    pub projects: Vec<Project>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Period {
    /// `2023-11`
    pub start_iso: String,
    /// `2024-05`, or none while the job is held.
    pub end_iso: Option<String>,
    /// «Ноябрь 2023 —»
    pub start: String,
    /// «по настоящее время» or «май 2024»
    pub end: String,
    /// «2 года 4 месяца»
    pub duration: String,
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
}

#[derive(Debug, Clone, Serialize)]
pub struct Education {
    /// «Высшее образование» when every entry has that level, else «Образование».
    pub title: String,
    pub entries: Vec<EducationEntry>,
}

#[derive(Debug, Clone, Serialize)]
pub struct EducationEntry {
    pub institution: Rich,
    pub level: Option<Rich>,
    pub start: Option<u16>,
    pub end: u16,
    pub city: Option<Rich>,
    pub faculty: Option<Rich>,
    pub degree: Option<Rich>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Course {
    pub name: Rich,
    pub year: u16,
    pub url: Option<UrlText>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Section {
    pub title: Rich,
    pub id: Option<String>,
    /// The section's name in `order`: its `id`, or `section-N` (from 1).
    pub key: String,
    pub body: Vec<Block>,
}

/// The name a section goes by in `order`.
pub fn section_key(index: usize, section: &model::Section) -> String {
    section.id.clone().unwrap_or_else(|| format!("section-{}", index + 1))
}

/// The complete order of parts: those the data names first, then the rest
/// in their usual place (sections after `about`).
pub fn part_order(cv: &Cv) -> Vec<String> {
    let mut usual: Vec<String> = vec!["motto".into(), "about".into()];
    usual.extend(cv.sections.iter().enumerate().map(|(index, section)| section_key(index, section)));
    usual.extend(model::BUILT_IN_PARTS[2..].iter().map(|part| part.to_string()));
    let mut order: Vec<String> = Vec::new();
    for part in cv.order.iter().chain(&usual) {
        if usual.contains(part) && !order.contains(part) {
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

fn date_text(locale: &Locale, date: Date) -> DateText {
    DateText { iso: date.to_string(), short: wording::date_short(locale, date), long: wording::date_long(locale, date) }
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
    blocks
        .iter()
        .map(|block| match block {
            model::Block::Paragraph(text) => Block::Paragraph { body: rich(text) },
            model::Block::List(list) => Block::List { items: items(list) },
            model::Block::Numbered(list) => Block::Numbered { items: items(list) },
            model::Block::Heading(text) => Block::Heading { body: rich(text) },
        })
        .collect()
}

fn items(items_in: &[model::Item]) -> Vec<Item> {
    items_in.iter().map(|item| Item { body: rich(&item.text), items: items(&item.items) }).collect()
}

fn phone_url(phone: &str) -> String {
    let digits: String = phone.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
    format!("tel:{digits}")
}

fn education_title(lang: Lang, labels: &Labels, entries: &[model::Education]) -> String {
    let generic = labels.education.clone();
    if lang.language() != "ru" {
        return generic;
    }
    let mut levels = entries.iter().map(|entry| entry.level.as_deref());
    match levels.next() {
        Some(Some(first)) if levels.all(|level| level == Some(first)) => {
            format!("{} образование", wording::capitalize(&first.to_lowercase()))
        }
        _ => generic,
    }
}

impl TemplateData {
    /// Builds the contract from a validated CV. `as_of` is the date all ages
    /// and open periods are counted to; `photo` says whether the World serves
    /// a photo at [`PHOTO_PATH`](crate::render::layout::PHOTO_PATH).
    pub fn new(cv: &Cv, as_of: Date, photo: bool) -> TemplateData {
        let lang = cv.lang;
        let locale = &Locale::new(lang, &cv.labels);
        let labels = Labels::of(locale);
        let person = &cv.person;
        let periods: Vec<_> = cv.experience.iter().map(|job| (job.start, wording::end_month(job.end, as_of))).collect();
        TemplateData {
            lang: lang.language().to_owned(),
            updated: date_text(locale, cv.updated),
            as_of: date_text(locale, as_of),
            url: cv.url.as_deref().map(url_text),
            photo: photo.then(|| crate::render::layout::PHOTO_PATH.to_owned()),
            person: Person {
                name: rich(&person.name),
                name_plain: markup::plain(&person.name),
                birth_date: person.birth_date.map(|date| date_text(locale, date)),
                age_line: person.birth_date.map(|birth| wording::age_line(locale, person.gender, birth, as_of)),
                location: rich_opt(&person.location),
                relocation: rich_opt(&person.relocation),
                remote: rich_opt(&person.remote),
                travel: rich_opt(&person.travel),
                status: rich_opt(&person.status),
                contacts: Contacts {
                    email: person.contacts.email.as_deref().map(str::to_owned),
                    phone: person.contacts.phone.as_deref().map(str::to_owned),
                    phone_url: person.contacts.phone.as_deref().map(phone_url),
                    links: person
                        .contacts
                        .links
                        .iter()
                        .map(|link| Link { label: rich(&link.label), url: link.url.to_string() })
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
                total: wording::span(locale, wording::union_months(&periods)),
                jobs: cv.experience.iter().map(|job| job_data(locale, job, as_of)).collect(),
            },
            skills: cv.skills.iter().map(|s| rich(s)).collect(),
            skills_plain: cv.skills.iter().map(|s| markup::plain(s)).collect(),
            languages: cv
                .languages
                .iter()
                .map(|language| Language { name: rich(&language.name), level: rich(&language.level) })
                .collect(),
            education: Education {
                title: education_title(lang, &labels, &cv.education),
                entries: cv
                    .education
                    .iter()
                    .map(|entry| EducationEntry {
                        institution: rich(&entry.institution),
                        level: rich_opt(&entry.level),
                        start: entry.start,
                        end: entry.end,
                        city: rich_opt(&entry.city),
                        faculty: rich_opt(&entry.faculty),
                        degree: rich_opt(&entry.degree),
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
                })
                .collect(),
            sections: cv
                .sections
                .iter()
                .enumerate()
                .map(|(index, section)| Section {
                    title: rich(&section.title),
                    id: section.id.clone(),
                    key: section_key(index, section),
                    body: blocks(&section.body),
                })
                .collect(),
            order: part_order(cv),
            labels,
        }
    }

    /// The contract as JSON, which is also what Typst receives.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or(serde_json::Value::Null)
    }
}

fn job_data(locale: &Locale, job: &model::Job, as_of: Date) -> Job {
    let period = wording::period(locale, job.start, job.end, as_of);
    Job {
        company: rich(&job.company),
        url: job.url.as_deref().map(url_text),
        city: rich_opt(&job.city),
        industry: rich_opt(&job.industry),
        industry_area: rich_opt(&job.industry_area),
        title: rich_opt(&job.title),
        position: rich_opt(&job.position),
        department: rich_opt(&job.department),
        period: Period {
            start_iso: job.start.to_string(),
            end_iso: match job.end {
                End::Month(ym) => Some(ym.to_string()),
                End::Present => None,
            },
            start: period.start,
            end: period.end,
            duration: period.duration,
        },
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
    }
}
