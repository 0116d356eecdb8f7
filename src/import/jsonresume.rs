//! A JSON Resume document (schema 1.x) made into a CV.
//!
//! Every section of the schema has a place: `basics`, `work`, `education`,
//! `certificates`, `skills` and `languages` fill the data format's own
//! fields; `volunteer`, `awards`, `publications`, `interests`, `references`
//! and `projects` become free sections titled in the CV's language; `meta`
//! gives the address and the date of change. Text is read as Markdown, as
//! JSON Resume themes render it. Keys the schema does not define are kept as
//! text: a top-level one as a section of its own, a nested one as a line of
//! the "other" section.

use serde::Deserialize;
use serde_json::Value;

use super::draft::{Block, Course, Education, Item, Job, Language, Link};
use super::source::{self, Source, Step, date, end_date, list};
use super::text::{self, Flavor};
use super::words::{self, Partial};
use super::{Builder, Imported, Options, Place, generic_item, join};
use crate::Error;
use crate::data::model::Lang;

#[derive(Debug, Deserialize)]
struct Resume {
    #[serde(rename = "$schema")]
    schema: Option<String>,
    basics: Option<Basics>,
    #[serde(default, deserialize_with = "list")]
    work: Vec<Work>,
    #[serde(default, deserialize_with = "list")]
    volunteer: Vec<Volunteer>,
    #[serde(default, deserialize_with = "list")]
    education: Vec<Study>,
    #[serde(default, deserialize_with = "list")]
    awards: Vec<Award>,
    #[serde(default, deserialize_with = "list")]
    certificates: Vec<Certificate>,
    #[serde(default, deserialize_with = "list")]
    publications: Vec<Publication>,
    #[serde(default, deserialize_with = "list")]
    skills: Vec<Skill>,
    #[serde(default, deserialize_with = "list")]
    languages: Vec<Spoken>,
    #[serde(default, deserialize_with = "list")]
    interests: Vec<Interest>,
    #[serde(default, deserialize_with = "list")]
    references: Vec<Reference>,
    #[serde(default, deserialize_with = "list")]
    projects: Vec<Project>,
    meta: Option<Meta>,
}

/// The schema's top-level keys.
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

#[derive(Debug, Deserialize)]
struct Basics {
    name: Option<String>,
    label: Option<String>,
    image: Option<String>,
    email: Option<String>,
    phone: Option<String>,
    url: Option<String>,
    summary: Option<String>,
    location: Option<Location>,
    #[serde(default, deserialize_with = "list")]
    profiles: Vec<Profile>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Location {
    address: Option<String>,
    postal_code: Option<String>,
    city: Option<String>,
    country_code: Option<String>,
    region: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Profile {
    network: Option<String>,
    username: Option<String>,
    url: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Work {
    // Before 1.0 the schema said `company` and `website`.
    #[serde(alias = "company")]
    name: Option<String>,
    location: Option<String>,
    description: Option<String>,
    position: Option<String>,
    #[serde(alias = "website")]
    url: Option<String>,
    #[serde(default, deserialize_with = "date")]
    start_date: Option<Partial>,
    #[serde(default, deserialize_with = "end_date")]
    end_date: Option<Partial>,
    summary: Option<String>,
    #[serde(default, deserialize_with = "list")]
    highlights: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Volunteer {
    organization: Option<String>,
    position: Option<String>,
    #[serde(alias = "website")]
    url: Option<String>,
    #[serde(default, deserialize_with = "date")]
    start_date: Option<Partial>,
    #[serde(default, deserialize_with = "end_date")]
    end_date: Option<Partial>,
    summary: Option<String>,
    #[serde(default, deserialize_with = "list")]
    highlights: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Study {
    institution: Option<String>,
    url: Option<String>,
    area: Option<String>,
    study_type: Option<String>,
    #[serde(default, deserialize_with = "date")]
    start_date: Option<Partial>,
    #[serde(default, deserialize_with = "end_date")]
    end_date: Option<Partial>,
    score: Option<String>,
    // Before 1.0 the schema said `gpa`.
    #[serde(default, deserialize_with = "list")]
    courses: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct Award {
    title: Option<String>,
    #[serde(default, deserialize_with = "date")]
    date: Option<Partial>,
    awarder: Option<String>,
    summary: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Certificate {
    name: Option<String>,
    #[serde(default, deserialize_with = "date")]
    date: Option<Partial>,
    url: Option<String>,
    issuer: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Publication {
    name: Option<String>,
    publisher: Option<String>,
    #[serde(default, deserialize_with = "date")]
    release_date: Option<Partial>,
    #[serde(alias = "website")]
    url: Option<String>,
    summary: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Skill {
    name: Option<String>,
    level: Option<String>,
    #[serde(default, deserialize_with = "list")]
    keywords: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct Spoken {
    language: Option<String>,
    fluency: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Interest {
    name: Option<String>,
    #[serde(default, deserialize_with = "list")]
    keywords: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct Reference {
    name: Option<String>,
    reference: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Project {
    name: Option<String>,
    description: Option<String>,
    #[serde(default, deserialize_with = "list")]
    highlights: Vec<String>,
    #[serde(default, deserialize_with = "list")]
    keywords: Vec<String>,
    #[serde(default, deserialize_with = "date")]
    start_date: Option<Partial>,
    #[serde(default, deserialize_with = "end_date")]
    end_date: Option<Partial>,
    url: Option<String>,
    #[serde(default, deserialize_with = "list")]
    roles: Vec<String>,
    entity: Option<String>,
    #[serde(rename = "type")]
    kind: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Meta {
    canonical: Option<String>,
    version: Option<String>,
    #[serde(default, deserialize_with = "date")]
    last_modified: Option<Partial>,
}

/// Refuses a document that is not a JSON Resume, saying what it is.
fn check_kind(source: &Source) -> Result<(), Error> {
    let value = &source.value;
    let has = |key: &str| value.get(key).is_some();
    let hh = ["first_name", "last_name", "skill_set", "resume_locale", "alternate_url", "total_experience"];
    if hh.iter().any(|key| has(key)) {
        return Err(source
            .error("this is an hh.ru resume, not a JSON Resume document; import it with `cvpdf import hh`".into()));
    }
    if !SECTIONS.iter().any(|key| has(key)) {
        return Err(source.error(
            "not a JSON Resume document: it has none of the schema's sections (basics, work, education, skills, …)"
                .into(),
        ));
    }
    Ok(())
}

pub(crate) fn import(source: &Source, options: &Options) -> Result<Imported, Error> {
    check_kind(source)?;
    let (resume, ignored): (Resume, _) = source.typed()?;
    let lang = options.lang.unwrap_or_else(|| language_of(&resume));
    let mut cv = Builder::new(source, lang, Flavor::Markdown);

    basics(&mut cv, &resume, options);
    work(&mut cv, source, &resume)?;
    volunteer(&mut cv, source, &resume)?;
    education(&mut cv, source, &resume)?;
    certificates(&mut cv, &resume);
    skills_and_languages(&mut cv, &resume);
    free_sections(&mut cv, source, &resume)?;

    let mut stated = None;
    if let Some(meta) = &resume.meta {
        if let Some(canonical) = meta.canonical.as_deref().map(str::trim).filter(|url| !url.is_empty()) {
            match text::web_address(canonical) {
                Some(url) => {
                    cv.draft.url = Some(url);
                    cv.report.moved("meta.canonical", "url");
                }
                None => keep_as_text(&mut cv, "meta.canonical", canonical),
            }
        }
        if let Some(modified) = meta.last_modified {
            stated = Some(modified.last_day());
            cv.report.moved("meta.lastModified", "updated");
        }
        if meta.version.is_some() {
            cv.report.note("meta.version is the version of the JSON Resume document, not CV content: left out");
        }
    }
    if resume.schema.is_some() {
        cv.report.note("$schema names the JSON Resume schema, not CV content: left out");
    }

    let (top, nested): (Vec<Vec<Step>>, Vec<Vec<Step>>) = ignored.into_iter().partition(|path| path.len() == 1);
    for path in &top {
        let [Step::Key(key)] = path.as_slice() else { continue };
        let Some(value) = source::at(&source.value, path) else { continue };
        let id = format!("x-{}", slug(key));
        let title = crate::contract::wording::capitalize(&cv.line(key));
        let title = if title.trim().is_empty() { cv.words.other.to_owned() } else { title };
        let body = match value {
            Value::String(text) => cv.blocks(Some(text)),
            Value::Array(values) => vec![Block::List(
                values.iter().enumerate().map(|(index, value)| item_of(&format!("{}", index + 1), value)).collect(),
            )],
            Value::Object(map) => {
                vec![Block::List(map.iter().map(|(key, value)| generic_item(key, value, Flavor::Markdown)).collect())]
            }
            other => vec![Block::Paragraph(other.to_string())],
        };
        if !body.is_empty() {
            cv.section(&id, &title, Place::End).extend(body);
            cv.report.moved(key, format!("section «{title}» (not a JSON Resume section)"));
        }
    }
    cv.keep_unknown(&nested);
    cv.finish(stated, options)
}

/// A list item of a value in an array: a string as it is, anything else
/// spelled out.
fn item_of(name: &str, value: &Value) -> Item {
    match value {
        Value::String(text) => Item::new(text::line(text, Flavor::Markdown)),
        other => generic_item(name, other, Flavor::Markdown),
    }
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

fn language_of(resume: &Resume) -> Lang {
    let basics = resume.basics.as_ref();
    let texts = basics
        .into_iter()
        .flat_map(|b| [&b.name, &b.label, &b.summary])
        .flatten()
        .map(String::as_str)
        .chain(resume.work.iter().flat_map(|w| [&w.position, &w.summary]).flatten().map(String::as_str))
        .chain(resume.work.iter().flat_map(|w| w.highlights.iter().map(String::as_str)));
    words::guess_lang(texts)
}

/// A value that does not fit its field, kept as a line of the "other" section.
fn keep_as_text(cv: &mut Builder, path: &str, value: &str) {
    let words = cv.words;
    let item = Item::new(format!("{path}: {}", cv.line(value)));
    cv.section_item("other", words.other, Place::End, item);
    cv.report.note(format!(
        "{path} does not fit its field (not an address cvpdf accepts); kept as text in «{}»",
        words.other
    ));
}

fn basics(cv: &mut Builder, resume: &Resume, options: &Options) {
    let words = cv.words;
    let basics = resume.basics.as_ref();
    let get = |pick: fn(&Basics) -> &Option<String>| basics.and_then(|b| pick(b).as_deref());
    cv.draft.person.name = match cv.field(get(|b| &b.name)) {
        Some(name) => {
            cv.report.moved("basics.name", "person.name");
            name
        }
        None => {
            cv.report.note(format!("basics.name is missing; person.name is «{}»: replace it", words.name_placeholder));
            words.name_placeholder.to_owned()
        }
    };
    cv.draft.headline = match cv.field(get(|b| &b.label)) {
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
    if let Some(image) = get(|b| &b.image) {
        cv.photo("basics.image", image, options);
    }
    if let Some(email) = get(|b| &b.email).map(str::trim).filter(|email| !email.is_empty()) {
        match text::email(email) {
            Some(email) => {
                cv.draft.person.contacts.email = Some(email);
                cv.report.moved("basics.email", "person.contacts.email");
            }
            None => keep_as_text(cv, "basics.email", email),
        }
    }
    if let Some(phone) = get(|b| &b.phone).map(str::trim).filter(|phone| !phone.is_empty()) {
        match text::phone(phone) {
            Some(phone) => {
                cv.draft.person.contacts.phone = Some(phone);
                cv.report.moved("basics.phone", "person.contacts.phone");
            }
            None => keep_as_text(cv, "basics.phone", phone),
        }
    }
    if let Some(url) = get(|b| &b.url).map(str::trim).filter(|url| !url.is_empty()) {
        match text::web_address(url) {
            Some(url) => {
                let label = cv.line(&crate::contract::url_text(&url).text);
                cv.draft.person.contacts.links.push(Link { label, url });
                cv.report.moved("basics.url", "person.contacts.links");
            }
            None => keep_as_text(cv, "basics.url", url),
        }
    }
    cv.draft.about = cv.blocks(get(|b| &b.summary));
    if !cv.draft.about.is_empty() {
        cv.report.moved("basics.summary", "about");
    }
    if let Some(location) = basics.and_then(|b| b.location.as_ref()) {
        let address = location.address.as_deref().map(|address| address.replace('\n', ", "));
        cv.draft.person.location = join(
            [
                cv.field(address.as_deref()),
                cv.field(location.city.as_deref()),
                cv.field(location.region.as_deref()),
                cv.field(location.postal_code.as_deref()),
                cv.field(location.country_code.as_deref()),
            ],
            ", ",
        );
        if cv.draft.person.location.is_some() {
            cv.report.moved("basics.location", "person.location");
        }
    }
    let profiles = basics.map(|b| b.profiles.as_slice()).unwrap_or_default();
    let mut unlinked = 0;
    for profile in profiles {
        let network = cv.field(profile.network.as_deref());
        let username = cv.field(profile.username.as_deref());
        let url = profile.url.as_deref().and_then(text::web_address);
        match url {
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
                let raw_url = profile.url.as_deref().map(|url| cv.line(url));
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

/// Checks that a period does not end before it starts.
fn check_period(source: &Source, path: &str, start: Option<Partial>, end: Option<Partial>) -> Result<(), Error> {
    if let (Some(start), Some(end)) = (start, end)
        && end.end_month() < start.start_month()
    {
        return Err(source.error_at(
            &format!("{path}.endDate"),
            format!("the period ends ({}) before it starts ({})", end.words(Lang::EN), start.words(Lang::EN)),
        ));
    }
    Ok(())
}

fn highlights(cv: &Builder, highlights: &[String]) -> Vec<Item> {
    highlights.iter().filter_map(|highlight| cv.field(Some(highlight))).map(Item::new).collect()
}

fn work(cv: &mut Builder, source: &Source, resume: &Resume) -> Result<(), Error> {
    let words = cv.words;
    let mut year_only = false;
    for (index, entry) in resume.work.iter().enumerate() {
        let path = format!("work[{index}]");
        check_period(source, &path, entry.start_date, entry.end_date)?;
        let url = match entry.url.as_deref().map(str::trim).filter(|url| !url.is_empty()) {
            Some(url) => match text::web_address(url) {
                Some(url) => Some(url),
                None => {
                    keep_as_text(cv, &format!("{path}.url"), url);
                    None
                }
            },
            None => None,
        };
        let Some(start) = entry.start_date else {
            let title = join(
                [cv.field(entry.position.as_deref()), linked(cv, cv.field(entry.name.as_deref()), url.as_deref())],
                ", ",
            );
            let body = cv.blocks(entry.summary.as_deref());
            let items = highlights(cv, &entry.highlights);
            let section = cv.section("undated-work", words.undated_work, Place::AfterExperience);
            section.extend(title.map(Block::Heading));
            section.extend(body);
            if !items.is_empty() {
                section.push(Block::List(items));
            }
            cv.report.note(format!("{path} has no startDate; kept in the section «{}»", words.undated_work));
            continue;
        };
        year_only |= start.month.is_none() || entry.end_date.is_some_and(|end| end.month.is_none());
        cv.saw(start);
        if let Some(end) = entry.end_date {
            cv.saw(end);
        }
        let company = cv.field(entry.name.as_deref()).unwrap_or_else(|| {
            cv.report.note(format!("{path}.name is missing; the company reads «{}»", words.company_placeholder));
            words.company_placeholder.to_owned()
        });
        cv.draft.experience.push(Job {
            company,
            url,
            city: cv.field(entry.location.as_deref()),
            industry: cv.field(entry.description.as_deref()),
            position: cv.field(entry.position.as_deref()),
            start: start.start_month().to_string(),
            end: entry.end_date.map_or_else(|| "present".to_owned(), |end| end.end_month().to_string()),
            description: cv.blocks(entry.summary.as_deref()),
            items: highlights(cv, &entry.highlights),
        });
    }
    if !resume.work.is_empty() {
        cv.report.moved("work", "experience (description → industry, summary → description, highlights → items)");
    }
    if year_only {
        cv.report.note("work dates given as a year only start in January and end in December");
    }
    Ok(())
}

fn volunteer(cv: &mut Builder, source: &Source, resume: &Resume) -> Result<(), Error> {
    let words = cv.words;
    for (index, entry) in resume.volunteer.iter().enumerate() {
        check_period(source, &format!("volunteer[{index}]"), entry.start_date, entry.end_date)?;
        entry.start_date.into_iter().chain(entry.end_date).for_each(|date| cv.saw_any(date));
        let organization = linked(cv, cv.field(entry.organization.as_deref()), entry.url.as_deref());
        let heading = join([cv.field(entry.position.as_deref()), organization], ", ");
        let period = words::period(cv.lang(), entry.start_date, entry.end_date);
        let body = cv.blocks(entry.summary.as_deref());
        let items = highlights(cv, &entry.highlights);
        let section = cv.section("volunteer", words.volunteering, Place::AfterExperience);
        section.extend(heading.map(Block::Heading));
        section.extend(period.map(Block::Paragraph));
        section.extend(body);
        if !items.is_empty() {
            section.push(Block::List(items));
        }
    }
    if !resume.volunteer.is_empty() {
        cv.report.moved("volunteer", format!("section «{}»", words.volunteering));
    }
    Ok(())
}

fn year(source: &Source, path: &str, date: Partial) -> Result<u16, Error> {
    u16::try_from(date.year)
        .map_err(|_| source.error_at(path, format!("expected a year like 2012, found {}", date.year)))
}

fn education(cv: &mut Builder, source: &Source, resume: &Resume) -> Result<(), Error> {
    let words = cv.words;
    for (index, study) in resume.education.iter().enumerate() {
        let path = format!("education[{index}]");
        check_period(source, &path, study.start_date, study.end_date)?;
        study.start_date.into_iter().chain(study.end_date).for_each(|date| cv.saw_any(date));
        let institution = linked(cv, cv.field(study.institution.as_deref()), study.url.as_deref());
        let score = cv.field(study.score.as_deref()).map(|score| format!("{} {score}", words.score));
        let degree = join([cv.field(study.area.as_deref()), score], ", ");
        let level = cv.field(study.study_type.as_deref());
        match (institution.clone(), study.end_date) {
            (Some(institution), Some(end)) => {
                let start =
                    study.start_date.map(|start| year(source, &format!("{path}.startDate"), start)).transpose()?;
                let end = year(source, &format!("{path}.endDate"), end)?;
                cv.draft.education.push(Education { institution, level, start, end, faculty: None, degree });
            }
            (institution, _) => {
                let period = words::period(cv.lang(), study.start_date, study.end_date);
                let Some(text) = join([institution, level, degree, period], ", ") else { continue };
                cv.section_item("undated-education", words.undated_education, Place::AfterEducation, Item::new(text));
                cv.report.note(format!(
                    "{path} has no endDate or no institution; kept in the section «{}»",
                    words.undated_education
                ));
            }
        }
        let courses: Vec<Item> =
            study.courses.iter().filter_map(|course| cv.field(Some(course))).map(Item::new).collect();
        if !courses.is_empty() {
            let section = cv.section("coursework", words.coursework, Place::AfterEducation);
            section.extend(institution.map(Block::Heading));
            section.push(Block::List(courses));
        }
    }
    if !resume.education.is_empty() {
        let courses = resume.education.iter().any(|study| !study.courses.is_empty());
        let extra = if courses { format!("; courses → section «{}»", words.coursework) } else { String::new() };
        cv.report.moved("education", format!("education (studyType → level, area and score → degree){extra}"));
    }
    Ok(())
}

fn certificates(cv: &mut Builder, resume: &Resume) {
    let words = cv.words;
    let mut undated = 0;
    for certificate in &resume.certificates {
        certificate.date.into_iter().for_each(|date| cv.saw_any(date));
        let Some(name) = join([cv.field(certificate.name.as_deref()), cv.field(certificate.issuer.as_deref())], ", ")
        else {
            continue;
        };
        let url = certificate.url.as_deref().and_then(text::web_address);
        match certificate.date.and_then(|date| u16::try_from(date.year).ok()) {
            Some(year) => cv.draft.courses.push(Course { name, year, url }),
            None => {
                let text = match url {
                    Some(url) => text::link(&name, &url),
                    None => name,
                };
                cv.section_item("certificates", words.certificates, Place::AfterEducation, Item::new(text));
                undated += 1;
            }
        }
    }
    if !resume.certificates.is_empty() {
        let rest = format!(" (those without a date → section «{}»)", words.certificates);
        cv.report.moved("certificates", format!("courses{}", if undated > 0 { rest.as_str() } else { "" }));
    }
}

fn skills_and_languages(cv: &mut Builder, resume: &Resume) {
    let words = cv.words;
    for skill in &resume.skills {
        let keywords: Vec<String> = skill.keywords.iter().filter_map(|keyword| cv.field(Some(keyword))).collect();
        let level = cv.field(skill.level.as_deref());
        match cv.field(skill.name.as_deref()) {
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
    if !resume.skills.is_empty() {
        cv.report.moved("skills", "skills (name (level): keywords)");
    }
    for (index, spoken) in resume.languages.iter().enumerate() {
        let Some(name) = cv.field(spoken.language.as_deref()) else { continue };
        let level = cv.field(spoken.fluency.as_deref()).unwrap_or_else(|| {
            cv.report.note(format!("languages[{index}] has no fluency; it reads «{}»", words.level_not_given));
            words.level_not_given.to_owned()
        });
        cv.draft.languages.push(Language { name, level });
    }
    if !resume.languages.is_empty() {
        cv.report.moved("languages", "languages");
    }
}

fn free_sections(cv: &mut Builder, source: &Source, resume: &Resume) -> Result<(), Error> {
    let words = cv.words;
    let lang = cv.lang();
    for award in &resume.awards {
        award.date.into_iter().for_each(|date| cv.saw_any(date));
        let heading = cv.field(award.title.as_deref());
        let line = join([cv.field(award.awarder.as_deref()), award.date.map(|date| date.words(lang))], ", ");
        let body = cv.blocks(award.summary.as_deref());
        let section = cv.section("awards", words.awards, Place::End);
        section.extend(heading.map(Block::Heading));
        section.extend(line.map(Block::Paragraph));
        section.extend(body);
    }
    if !resume.awards.is_empty() {
        cv.report.moved("awards", format!("section «{}»", words.awards));
    }
    for publication in &resume.publications {
        publication.release_date.into_iter().for_each(|date| cv.saw_any(date));
        let heading = linked(cv, cv.field(publication.name.as_deref()), publication.url.as_deref());
        let line = join(
            [cv.field(publication.publisher.as_deref()), publication.release_date.map(|date| date.words(lang))],
            ", ",
        );
        let body = cv.blocks(publication.summary.as_deref());
        let section = cv.section("publications", words.publications, Place::End);
        section.extend(heading.map(Block::Heading));
        section.extend(line.map(Block::Paragraph));
        section.extend(body);
    }
    if !resume.publications.is_empty() {
        cv.report.moved("publications", format!("section «{}»", words.publications));
    }
    for (index, project) in resume.projects.iter().enumerate() {
        check_period(source, &format!("projects[{index}]"), project.start_date, project.end_date)?;
        project.start_date.into_iter().chain(project.end_date).for_each(|date| cv.saw_any(date));
        let heading = linked(cv, cv.field(project.name.as_deref()), project.url.as_deref());
        let line = join(
            [
                words::period(lang, project.start_date, project.end_date),
                cv.field(project.entity.as_deref()),
                cv.field(project.kind.as_deref()),
            ],
            ", ",
        );
        let roles = join(project.roles.iter().map(|role| cv.field(Some(role))), ", ");
        let roles = roles.map(|roles| format!("{}: {roles}", words.roles));
        let body = cv.blocks(project.description.as_deref());
        let items = highlights(cv, &project.highlights);
        let keywords = join(project.keywords.iter().map(|keyword| cv.field(Some(keyword))), ", ");
        let keywords = keywords.map(|keywords| format!("{}: {keywords}", words.keywords));
        let section = cv.section("projects", words.projects, Place::AfterExperience);
        section.extend(heading.map(Block::Heading));
        section.extend(line.map(Block::Paragraph));
        section.extend(roles.map(Block::Paragraph));
        section.extend(body);
        if !items.is_empty() {
            section.push(Block::List(items));
        }
        section.extend(keywords.map(Block::Paragraph));
    }
    if !resume.projects.is_empty() {
        cv.report.moved("projects", format!("section «{}»", words.projects));
    }
    for interest in &resume.interests {
        let keywords: Vec<Item> =
            interest.keywords.iter().filter_map(|keyword| cv.field(Some(keyword))).map(Item::new).collect();
        match cv.field(interest.name.as_deref()) {
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
    if !resume.interests.is_empty() {
        cv.report.moved("interests", format!("section «{}»", words.interests));
    }
    for reference in &resume.references {
        let heading = cv.field(reference.name.as_deref());
        let body = cv.blocks(reference.reference.as_deref());
        let section = cv.section("references", words.recommendations, Place::End);
        section.extend(heading.map(Block::Heading));
        section.extend(body);
    }
    if !resume.references.is_empty() {
        cv.report.moved("references", format!("section «{}»", words.recommendations));
    }
    Ok(())
}
