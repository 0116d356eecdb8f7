//! An hh.ru resume, as the site's public API returns it (`GET
//! /resumes/{id}`), made into a CV.
//!
//! The fields are those of the API's resume documentation. Its text is
//! plain: descriptions keep the applicant's line breaks and `-`/`•` lists,
//! which become paragraphs and items. Directory ids and API addresses are
//! not CV content and are skipped; so are the photo and portfolio images,
//! which are only addresses (cvpdf downloads nothing). Any other key the
//! documentation does not name is kept as text and reported.

use serde::Deserialize;
use serde_json::Value;

use super::draft::{Course, Education, Item, Job, Language, Link};
use super::source::{Source, Step, end_date, list};
use super::text::{self, Flavor};
use super::words::{self, Partial};
use super::{Builder, Imported, Options, Place, join};
use crate::Error;
use crate::data::model::{Date, Lang};

#[derive(Debug, Deserialize)]
struct Resume {
    last_name: Option<String>,
    first_name: Option<String>,
    middle_name: Option<String>,
    birth_date: Option<Partial>,
    gender: Option<Entry>,
    area: Option<Entry>,
    metro: Option<Entry>,
    relocation: Option<Relocation>,
    business_trip_readiness: Option<Entry>,
    #[serde(default, deserialize_with = "list")]
    contact: Vec<Contact>,
    photo: Option<Value>,
    #[serde(default, deserialize_with = "list")]
    portfolio: Vec<Portfolio>,
    #[serde(default, deserialize_with = "list")]
    site: Vec<Site>,
    title: Option<String>,
    #[serde(default, deserialize_with = "list")]
    specialization: Vec<Specialization>,
    #[serde(default, deserialize_with = "list")]
    professional_roles: Vec<Entry>,
    salary: Option<Salary>,
    #[serde(default, deserialize_with = "list")]
    employments: Vec<Entry>,
    #[serde(default, deserialize_with = "list")]
    schedules: Vec<Entry>,
    education: Option<EducationBlock>,
    #[serde(default, deserialize_with = "list")]
    language: Vec<LanguageEntry>,
    #[serde(default, deserialize_with = "list")]
    experience: Vec<Experience>,
    skills: Option<String>,
    #[serde(default, deserialize_with = "list")]
    skill_set: Vec<String>,
    #[serde(default, deserialize_with = "list")]
    citizenship: Vec<Entry>,
    #[serde(default, deserialize_with = "list")]
    work_ticket: Vec<Entry>,
    travel_time: Option<Entry>,
    #[serde(default, deserialize_with = "list")]
    recommendation: Vec<Recommendation>,
    resume_locale: Option<Entry>,
    #[serde(default, deserialize_with = "list")]
    certificate: Vec<Certificate>,
    created_at: Option<Partial>,
    updated_at: Option<Partial>,
    has_vehicle: Option<bool>,
    #[serde(default, deserialize_with = "list")]
    driver_license_types: Vec<Entry>,
}

/// A directory entry: `{id, name}` (and an API `url`, skipped).
#[derive(Debug, Default, Deserialize)]
struct Entry {
    #[serde(default, deserialize_with = "id")]
    id: Option<String>,
    name: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Relocation {
    #[serde(rename = "type")]
    kind: Option<Entry>,
    // The documentation's table says `areas`, its example `area`.
    #[serde(default, deserialize_with = "list", alias = "area")]
    areas: Vec<Entry>,
}

#[derive(Debug, Deserialize)]
struct Contact {
    #[serde(rename = "type")]
    kind: Option<Entry>,
    value: Option<Value>,
    #[serde(default)]
    preferred: bool,
    comment: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Site {
    #[serde(rename = "type")]
    kind: Option<Entry>,
    url: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Portfolio {
    description: Option<String>,
    small: Option<String>,
    medium: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Specialization {
    name: Option<String>,
    profarea_name: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Salary {
    amount: Option<f64>,
    currency: Option<String>,
}

#[derive(Debug, Deserialize)]
struct EducationBlock {
    level: Option<Entry>,
    #[serde(default, deserialize_with = "list")]
    primary: Vec<Study>,
    #[serde(default, deserialize_with = "list")]
    elementary: Vec<Study>,
    #[serde(default, deserialize_with = "list")]
    additional: Vec<Study>,
    #[serde(default, deserialize_with = "list")]
    attestation: Vec<Study>,
}

/// An entry of any of the four education lists.
#[derive(Debug, Deserialize)]
struct Study {
    name: Option<String>,
    organization: Option<String>,
    result: Option<String>,
    year: Option<i64>,
}

#[derive(Debug, Deserialize)]
struct LanguageEntry {
    name: Option<String>,
    level: Option<Entry>,
}

#[derive(Debug, Deserialize)]
struct Experience {
    company: Option<String>,
    company_url: Option<String>,
    area: Option<Entry>,
    #[serde(default, deserialize_with = "list")]
    industries: Vec<Entry>,
    position: Option<String>,
    start: Option<Partial>,
    #[serde(default, deserialize_with = "end_date")]
    end: Option<Partial>,
    description: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Recommendation {
    name: Option<String>,
    position: Option<String>,
    organization: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Certificate {
    title: Option<String>,
    achieved_at: Option<Partial>,
    owner: Option<String>,
    url: Option<String>,
}

/// An id written as a string or as a number.
fn id<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    Ok(match Option::<Value>::deserialize(deserializer)? {
        Some(Value::String(text)) => Some(text),
        Some(Value::Number(number)) => Some(number.to_string()),
        _ => None,
    })
}

/// Top-level keys of the API's resume that are not CV content: ids, API
/// addresses, counters, services, and values cvpdf derives itself.
const NOT_CONTENT: &[&str] = &[
    "id",
    "url",
    "alternate_url",
    "age",
    "total_experience",
    "download",
    "can_view_full_info",
    "owner",
    "negotiations_history",
    "paid_services",
    "access",
    "blocked",
    "finished",
    "total_views",
    "new_views",
    "views_url",
    "status",
    "similar_vacancies",
    "can_publish_or_update",
    "next_publish_at",
    "publish_url",
    "progress",
    "moderation_note",
    "hidden_fields",
    "actions",
    "tags",
    "favorited",
    "marked",
    "viewed",
    "platform",
];

/// Keys inside the API's objects that are directory ids, API addresses or
/// flags about the API's own records.
const NESTED_NOT_CONTENT: &[&str] = &[
    "id",
    "url",
    "name_id",
    "organization_id",
    "result_id",
    "company_id",
    "employer",
    "verified",
    "profarea_id",
    "laboring",
    "lat",
    "lng",
    "order",
    "type",
    "formatted_value",
];

/// Keys that only an hh.ru resume has; one of them must be there.
const OWN_KEYS: &[&str] = &[
    "first_name",
    "last_name",
    "middle_name",
    "title",
    "skill_set",
    "resume_locale",
    "alternate_url",
    "contact",
    "specialization",
    "professional_roles",
    "total_experience",
    "business_trip_readiness",
];

/// Refuses a document that is not an hh.ru resume, saying what it is.
fn check_kind(source: &Source) -> Result<(), Error> {
    let value = &source.value;
    let has = |key: &str| value.get(key).is_some();
    if ["basics", "work", "volunteer", "awards", "publications", "references"].iter().any(|key| has(key)) {
        return Err(source.error(
            "this is a JSON Resume document, not an hh.ru resume; import it with `cvpdf import jsonresume`".into(),
        ));
    }
    if !OWN_KEYS.iter().any(|key| has(key)) {
        if value.get("items").is_some_and(Value::is_array) {
            return Err(source.error(
                "this is a list of resumes (GET /resumes/mine); save one resume from GET /resumes/{id} and import that"
                    .into(),
            ));
        }
        return Err(source
            .error(format!("not an hh.ru resume: it has none of the resume's keys ({})", OWN_KEYS[..6].join(", "))));
    }
    Ok(())
}

pub(crate) fn import(source: &Source, options: &Options) -> Result<Imported, Error> {
    check_kind(source)?;
    let (resume, ignored): (Resume, _) = source.typed()?;
    let lang = options.lang.unwrap_or_else(|| language_of(&resume));
    let mut cv = Builder::new(&source.path, lang, Flavor::Plain);
    let words = cv.words;

    person(&mut cv, &resume);
    if let Some(photo) = &resume.photo {
        let image = ["medium", "500", "100", "small", "40"]
            .iter()
            .find_map(|size| photo.get(size).and_then(Value::as_str))
            .or_else(|| photo.as_str());
        match image {
            Some(image) => cv.photo("photo", image, options),
            None if !photo.is_null() => cv.report.note("photo: no image address found, so no photo comment"),
            None => {}
        }
    }
    contacts(&mut cv, &resume);

    cv.draft.headline = match cv.field(resume.title.as_deref()) {
        Some(title) => {
            cv.report.moved("title", "headline");
            title
        }
        None => {
            cv.report.note(format!(
                "the resume has no title (desired position); the headline is «{}»: replace it",
                words.headline_placeholder
            ));
            words.headline_placeholder.to_owned()
        }
    };
    if let Some(salary) = &resume.salary
        && let Some(amount) = salary.amount
    {
        let text = words::salary(lang, amount, salary.currency.as_deref().unwrap_or_default());
        cv.report.moved("salary", format!("salary «{text}»"));
        cv.draft.salary = Some(text);
    }
    let mut specialisations: Vec<String> = Vec::new();
    let names = resume
        .specialization
        .iter()
        .map(|s| s.name.as_deref())
        .chain(resume.professional_roles.iter().map(|r| r.name.as_deref()));
    for name in names {
        if let Some(name) = cv.field(name)
            && !specialisations.contains(&name)
        {
            specialisations.push(name);
        }
    }
    if !specialisations.is_empty() {
        let from = join(
            [
                (!resume.specialization.is_empty()).then(|| "specialization".to_owned()),
                (!resume.professional_roles.is_empty()).then(|| "professional_roles".to_owned()),
            ],
            ", ",
        );
        cv.report.moved(from.unwrap_or_default(), "specialisations");
        cv.draft.specialisations = specialisations;
    }
    let mut areas: Vec<String> = Vec::new();
    for area in resume.specialization.iter().filter_map(|s| cv.field(s.profarea_name.as_deref())) {
        if !areas.contains(&area) {
            areas.push(area);
        }
    }
    if !areas.is_empty() {
        let item = Item::new(format!("{}: {}", words.profession_area, areas.join(", ")));
        cv.section_item("additional", words.additional, Place::End, item);
    }
    cv.draft.employment = resume.employments.iter().filter_map(|entry| cv.field(entry.name.as_deref())).collect();
    if !cv.draft.employment.is_empty() {
        cv.report.moved("employments", "employment");
    }

    if let Some(skills) = &resume.skills {
        cv.draft.about = cv.blocks(Some(skills));
        if !cv.draft.about.is_empty() {
            cv.report.moved("skills", "about");
        }
    }
    cv.draft.skills = resume.skill_set.iter().filter_map(|skill| cv.field(Some(skill))).collect();
    if !cv.draft.skills.is_empty() {
        cv.report.moved("skill_set", "skills");
    }

    experience(&mut cv, source, &resume)?;
    education(&mut cv, source, &resume)?;

    for (index, entry) in resume.language.iter().enumerate() {
        let Some(name) = cv.field(entry.name.as_deref()) else { continue };
        let level = entry.level.as_ref().and_then(|level| cv.field(level.name.as_deref()));
        let level = level.unwrap_or_else(|| {
            cv.report.note(format!("language[{index}] has no level; it reads «{}»", words.level_not_given));
            words.level_not_given.to_owned()
        });
        cv.draft.languages.push(Language { name, level });
    }
    if !cv.draft.languages.is_empty() {
        cv.report.moved("language", "languages");
    }

    additional(&mut cv, &resume);

    for recommendation in &resume.recommendation {
        let name = cv.field(recommendation.name.as_deref());
        let role = join(
            [cv.field(recommendation.position.as_deref()), cv.field(recommendation.organization.as_deref())],
            ", ",
        );
        let Some(text) = join([name, role], " — ") else { continue };
        cv.section_item("recommendations", words.recommendations, Place::End, Item::new(text));
    }
    if !resume.recommendation.is_empty() {
        cv.report.moved("recommendation", format!("section «{}»", words.recommendations));
    }
    for (index, image) in resume.portfolio.iter().enumerate() {
        let text = cv.field(image.description.as_deref()).unwrap_or_else(|| format!("{} {}", words.image, index + 1));
        cv.section_item("portfolio", words.portfolio, Place::End, Item::new(text));
    }
    if !resume.portfolio.is_empty() {
        let addresses: Vec<&str> =
            resume.portfolio.iter().filter_map(|image| image.medium.as_deref().or(image.small.as_deref())).collect();
        if !addresses.is_empty() {
            cv.comments
                .add("sections", format!("The portfolio's images at hh.ru (not downloaded): {}", addresses.join(" ")));
        }
        let addresses = addresses.len();
        cv.report.moved(
            "portfolio",
            format!("section «{}»: the descriptions; the {addresses} images are not downloaded", words.portfolio),
        );
    }

    let (skipped, unknown): (Vec<_>, Vec<_>) = ignored.into_iter().partition(|path| not_content(path));
    let mut skipped_names: Vec<String> =
        skipped.iter().filter(|path| path.len() == 1).map(|path| super::source::show(path)).collect();
    skipped_names.dedup();
    if !skipped_names.is_empty() {
        cv.report.note(format!("not CV content, left out: {}", skipped_names.join(", ")));
    }
    if skipped.iter().any(|path| path.len() > 1) {
        cv.report.note("directory ids and API addresses inside the entries are left out");
    }
    cv.keep_unknown(&source.value, &unknown);

    if resume.updated_at.is_some() && resume.created_at.is_some() {
        cv.report.note("created_at: the resume's date of creation, not CV content: left out");
    }
    let stated = resume.updated_at.or(resume.created_at).map(|date| date.last_day());
    if resume.updated_at.is_some() {
        cv.report.moved("updated_at", "updated");
    }
    cv.finish(stated, options)
}

fn not_content(path: &[Step]) -> bool {
    match path {
        [Step::Key(key)] => NOT_CONTENT.contains(&key.as_str()),
        [.., Step::Key(key)] => NESTED_NOT_CONTENT.contains(&key.as_str()),
        _ => false,
    }
}

/// The resume's own language, or the one its text is in.
fn language_of(resume: &Resume) -> Lang {
    let named = resume.resume_locale.as_ref().and_then(|locale| locale.id.as_deref()).map(str::to_ascii_lowercase);
    // The resume's own language, when cvpdf has words for it.
    match named.and_then(|code| Lang::parse(&code).ok()).filter(|lang| crate::lang::locale::file(*lang).is_some()) {
        Some(lang) => lang,
        None => {
            let texts = [&resume.title, &resume.last_name, &resume.first_name, &resume.skills]
                .into_iter()
                .flatten()
                .map(String::as_str)
                .chain(resume.experience.iter().filter_map(|job| job.position.as_deref()))
                .chain(resume.experience.iter().filter_map(|job| job.description.as_deref()));
            words::guess_lang(texts)
        }
    }
}

fn person(cv: &mut Builder, resume: &Resume) {
    let words = cv.words;
    let parts = match cv.lang() {
        Lang::RU => [&resume.last_name, &resume.first_name, &resume.middle_name],
        _ => [&resume.first_name, &resume.middle_name, &resume.last_name],
    };
    let name = join(parts.iter().map(|part| cv.field(part.as_deref())), " ");
    cv.draft.person.name = match name {
        Some(name) => {
            cv.report.moved("last_name, first_name, middle_name", "person.name");
            name
        }
        None => {
            cv.report.note(format!("the resume has no name; person.name is «{}»: replace it", words.name_placeholder));
            words.name_placeholder.to_owned()
        }
    };
    if let Some(birth) = resume.birth_date {
        let date = birth.day.map(|day| Date { year: birth.year, month: birth.month.unwrap_or(1), day });
        match date {
            Some(date) => {
                cv.draft.person.birth_date = Some(date.to_string());
                cv.report.moved("birth_date", "person.birth_date");
            }
            None => {
                cv.keep("birth_date", &serde_json::Value::String(birth.words(cv.lang())));
                cv.report.note("birth_date is not a whole date; kept as a comment at the end of the YAML");
            }
        }
    }
    cv.draft.person.gender = match resume.gender.as_ref().and_then(|gender| gender.id.as_deref()) {
        Some("male") => Some("male"),
        Some("female") => Some("female"),
        _ => None,
    };
    if cv.draft.person.gender.is_some() {
        cv.report.moved("gender", "person.gender");
    }
    let area = resume.area.as_ref().and_then(|area| cv.field(area.name.as_deref()));
    let metro = resume.metro.as_ref().and_then(|metro| cv.field(metro.name.as_deref()));
    let metro = metro.map(|station| if cv.lang() == Lang::RU { format!("м. {station}") } else { station });
    cv.draft.person.location = join([area, metro], ", ");
    if cv.draft.person.location.is_some() {
        cv.report.moved(if resume.metro.is_some() { "area, metro" } else { "area" }, "person.location");
    }
    if let Some(relocation) = &resume.relocation {
        let kind = relocation.kind.as_ref().and_then(|kind| cv.field(kind.name.as_deref()));
        let areas = join(relocation.areas.iter().map(|area| cv.field(area.name.as_deref())), ", ");
        cv.draft.person.relocation = match (kind, areas) {
            (Some(kind), Some(areas)) => Some(format!("{kind}: {areas}")),
            (kind, areas) => kind.or(areas),
        };
        if cv.draft.person.relocation.is_some() {
            cv.report.moved("relocation", "person.relocation");
        }
    }
    cv.draft.person.travel = resume.business_trip_readiness.as_ref().and_then(|entry| cv.field(entry.name.as_deref()));
    if cv.draft.person.travel.is_some() {
        cv.report.moved("business_trip_readiness", "person.travel");
    }
}

/// The contact list: one e-mail and one phone for the header (the preferred
/// ones first), the rest and every comment as lines of additional information.
fn contacts(cv: &mut Builder, resume: &Resume) {
    let words = cv.words;
    struct Found {
        label: String,
        value: String,
        email: bool,
        preferred: bool,
        comment: Option<String>,
    }
    let mut found: Vec<Found> = Vec::new();
    for contact in &resume.contact {
        let kind = contact.kind.as_ref();
        let id = kind.and_then(|kind| kind.id.as_deref()).unwrap_or_default();
        let label = kind.and_then(|kind| cv.field(kind.name.as_deref())).unwrap_or_else(|| cv.line(id));
        let value = match &contact.value {
            Some(Value::String(text)) => Some(text.trim().to_owned()),
            Some(Value::Object(phone)) => {
                let part = |key: &str| phone.get(key).and_then(Value::as_str).map(str::trim).filter(|s| !s.is_empty());
                part("formatted").map(str::to_owned).or_else(|| {
                    join(
                        [
                            part("country").map(|c| format!("+{c}")),
                            part("city").map(|c| format!("({c})")),
                            part("number").map(str::to_owned),
                        ],
                        " ",
                    )
                })
            }
            _ => None,
        };
        let Some(value) = value.filter(|value| !value.is_empty()) else { continue };
        let email = id == "email" || (id.is_empty() && value.contains('@'));
        let comment = cv.field(contact.comment.as_deref());
        found.push(Found { label, value, email, preferred: contact.preferred, comment });
    }
    let pick = |email: bool, found: &[Found]| {
        let valid = |f: &&Found| {
            f.email == email && if email { text::email(&f.value).is_some() } else { text::phone(&f.value).is_some() }
        };
        found.iter().filter(valid).find(|f| f.preferred).or_else(|| found.iter().find(valid)).map(|f| f.value.clone())
    };
    let email = pick(true, &found);
    let phone = pick(false, &found);
    cv.draft.person.contacts.email = email.as_deref().and_then(text::email);
    cv.draft.person.contacts.phone = phone.as_deref().and_then(text::phone);
    let mut extra = 0;
    for f in &found {
        let in_header = Some(&f.value) == if f.email { email.as_ref() } else { phone.as_ref() };
        if in_header && f.comment.is_none() && !f.preferred {
            continue;
        }
        let mut line = format!("{}: {}", f.label, cv.line(&f.value));
        if let Some(comment) = &f.comment {
            line = format!("{line} — {comment}");
        }
        if f.preferred {
            line = format!("{line} ({})", words.preferred);
        }
        cv.section_item("additional", words.additional, Place::End, Item::new(line));
        extra += 1;
    }
    if !found.is_empty() {
        let rest = format!(" (comments, the preferred contact and further ones → section «{}»)", words.additional);
        cv.report.moved("contact", format!("person.contacts{}", if extra > 0 { rest.as_str() } else { "" }));
    }

    let mut links = 0;
    for site in &resume.site {
        let Some(url) = site.url.as_deref().map(str::trim).filter(|url| !url.is_empty()) else { continue };
        let label = site.kind.as_ref().and_then(|kind| cv.field(kind.name.as_deref()));
        // Messenger accounts are names, even when they contain a dot.
        let account =
            site.kind.as_ref().and_then(|kind| kind.id.as_deref()).is_some_and(|id| matches!(id, "skype" | "icq"));
        match text::web_address(url).filter(|_| !account) {
            Some(address) => {
                let label = cv.line(&crate::contract::url_text(&address).text);
                let link = Link { label, url: address };
                if !cv.draft.person.contacts.links.contains(&link) {
                    cv.draft.person.contacts.links.push(link);
                }
                links += 1;
            }
            None => {
                let text = join([label, Some(cv.line(url))], ": ").unwrap_or_default();
                cv.section_item("additional", words.additional, Place::End, Item::new(text));
            }
        }
    }
    if !resume.site.is_empty() {
        let rest = resume.site.len() - links;
        let target = match (links, rest) {
            (_, 0) => "person.contacts.links".to_owned(),
            (0, _) => format!("section «{}» (not web addresses)", words.additional),
            _ => format!("person.contacts.links; those that are not web addresses → section «{}»", words.additional),
        };
        cv.report.moved("site", target);
    }
}

fn experience(cv: &mut Builder, source: &Source, resume: &Resume) -> Result<(), Error> {
    let words = cv.words;
    for (index, entry) in resume.experience.iter().enumerate() {
        let path = |field: &str| format!("experience[{index}].{field}");
        let company = cv.field(entry.company.as_deref()).unwrap_or_else(|| {
            cv.report.note(format!("{} has no company; it reads «{}»", path("company"), words.company_placeholder));
            words.company_placeholder.to_owned()
        });
        let url = match entry.company_url.as_deref().map(str::trim).filter(|url| !url.is_empty()) {
            Some(url) => match text::web_address(url) {
                Some(address) => Some(address),
                None => {
                    cv.keep(&path("company_url"), &serde_json::Value::String(url.to_owned()));
                    cv.report.note(format!(
                        "{} is not a web address; kept as a comment at the end of the YAML",
                        path("company_url")
                    ));
                    None
                }
            },
            None => None,
        };
        let industries = join(entry.industries.iter().map(|industry| cv.field(industry.name.as_deref())), "; ");
        let Some(start) = entry.start else {
            // A job without a start cannot be a period: keep it as text.
            let mut item =
                Item::new(join([Some(company), cv.field(entry.position.as_deref())], " — ").unwrap_or_default());
            item.items = cv.blocks(entry.description.as_deref()).into_iter().flat_map(block_items).collect();
            cv.section_item("undated-work", words.undated_work, Place::AfterExperience, item);
            cv.report.note(format!(
                "{} has no start date; kept in the section «{}»",
                path("start"),
                words.undated_work
            ));
            continue;
        };
        if let Some(end) = entry.end
            && end.end_month() < start.start_month()
        {
            return Err(source.error_at(
                &path("end"),
                format!("the job ends ({}) before it starts ({})", end.words(Lang::EN), start.words(Lang::EN)),
            ));
        }
        cv.draft.experience.push(Job {
            company,
            url,
            city: entry.area.as_ref().and_then(|area| cv.field(area.name.as_deref())),
            industry: industries,
            position: cv.field(entry.position.as_deref()),
            start: start.start_month().to_string(),
            end: entry.end.map_or_else(|| "present".to_owned(), |end| end.end_month().to_string()),
            description: cv.blocks(entry.description.as_deref()),
            items: Vec::new(),
        });
    }
    if !resume.experience.is_empty() {
        cv.report.moved("experience", "experience (descriptions as paragraphs and lists)");
    }
    Ok(())
}

/// A block as list items, for text that must sit inside one item.
fn block_items(block: super::draft::Block) -> Vec<Item> {
    use super::draft::Block;
    match block {
        Block::Paragraph(text) | Block::Heading(text) => vec![Item::new(text)],
        Block::List(items) | Block::Numbered(items) => items,
    }
}

fn year(source: &Source, path: &str, year: i64) -> Result<u16, Error> {
    u16::try_from(year)
        .ok()
        .filter(|year| (1000..=9999).contains(year))
        .ok_or_else(|| source.error_at(path, format!("expected a year like 2012, found {year}")))
}

fn education(cv: &mut Builder, source: &Source, resume: &Resume) -> Result<(), Error> {
    let words = cv.words;
    let Some(block) = &resume.education else { return Ok(()) };
    let level = block.level.as_ref().and_then(|level| cv.field(level.name.as_deref()));
    for (list, entries) in [("primary", &block.primary), ("elementary", &block.elementary)] {
        // The level is the highest one; elementary schools only carry it
        // when there is nothing higher.
        let entry_level = if list == "primary" || block.primary.is_empty() { level.clone() } else { None };
        for (index, study) in entries.iter().enumerate() {
            let path = format!("education.{list}[{index}]");
            let institution = cv.field(study.name.as_deref());
            let faculty = cv.field(study.organization.as_deref());
            let degree = cv.field(study.result.as_deref());
            match (institution, study.year) {
                (Some(institution), Some(end)) => {
                    let end = year(source, &format!("{path}.year"), end)?;
                    cv.draft.education.push(Education {
                        institution,
                        level: entry_level.clone(),
                        start: None,
                        end,
                        city: None,
                        faculty,
                        degree,
                    });
                }
                (institution, _) => {
                    let text = join([institution, faculty, degree], ", ").unwrap_or_default();
                    if !text.is_empty() {
                        cv.section_item(
                            "undated-education",
                            words.undated_education,
                            Place::AfterEducation,
                            Item::new(text),
                        );
                        cv.report.note(format!(
                            "{path} has no year or no name; kept in the section «{}»",
                            words.undated_education
                        ));
                    }
                }
            }
        }
        if !entries.is_empty() {
            cv.report.moved(format!("education.{list}"), "education");
        }
    }
    if block.primary.is_empty()
        && block.elementary.is_empty()
        && let Some(level) = &level
    {
        let item = Item::new(format!("{}: {level}", words.education_level));
        cv.section_item("additional", words.additional, Place::End, item);
        cv.report.moved("education.level", format!("section «{}»", words.additional));
    }
    for (list, entries) in [("additional", &block.additional), ("attestation", &block.attestation)] {
        for (index, study) in entries.iter().enumerate() {
            let path = format!("education.{list}[{index}]");
            let name = join(
                [
                    cv.field(study.name.as_deref()),
                    cv.field(study.organization.as_deref()),
                    cv.field(study.result.as_deref()),
                ],
                ", ",
            );
            let Some(name) = name else { continue };
            match study.year {
                Some(value) => {
                    let year = year(source, &format!("{path}.year"), value)?;
                    cv.draft.courses.push(Course { name, year, url: None });
                }
                None => {
                    cv.section_item(
                        "undated-education",
                        words.undated_education,
                        Place::AfterEducation,
                        Item::new(name),
                    );
                }
            }
        }
        if !entries.is_empty() {
            cv.report.moved(format!("education.{list}"), "courses");
        }
    }
    for (index, certificate) in resume.certificate.iter().enumerate() {
        let title = cv.field(certificate.title.as_deref());
        let owner = cv.field(certificate.owner.as_deref()).map(|owner| format!("({owner})"));
        let Some(name) = join([title, owner], " ") else { continue };
        let url = certificate.url.as_deref().and_then(text::web_address);
        match certificate.achieved_at {
            Some(date) => {
                let year = year(source, &format!("certificate[{index}].achieved_at"), i64::from(date.year))?;
                cv.draft.courses.push(Course { name, year, url });
            }
            None => {
                let text = match &url {
                    Some(url) => text::link(&name, url),
                    None => name,
                };
                cv.section_item("certificates", words.certificates, Place::AfterEducation, Item::new(text));
            }
        }
    }
    if !resume.certificate.is_empty() {
        cv.report.moved("certificate", "courses");
    }
    Ok(())
}

/// Facts with no field of their own, as lines of one section.
fn additional(cv: &mut Builder, resume: &Resume) {
    let words = cv.words;
    let names =
        |entries: &[Entry], cv: &Builder| join(entries.iter().map(|entry| cv.field(entry.name.as_deref())), ", ");
    let mut lines: Vec<(&str, String)> = Vec::new();
    if let Some(schedules) = names(&resume.schedules, cv) {
        lines.push(("schedules", format!("{}: {schedules}", words.schedule)));
    }
    if let Some(time) = resume.travel_time.as_ref().and_then(|entry| cv.field(entry.name.as_deref())) {
        lines.push(("travel_time", format!("{}: {time}", words.travel_time)));
    }
    if let Some(countries) = names(&resume.citizenship, cv) {
        lines.push(("citizenship", format!("{}: {countries}", words.citizenship)));
    }
    if let Some(regions) = names(&resume.work_ticket, cv) {
        lines.push(("work_ticket", format!("{}: {regions}", words.work_permit)));
    }
    let categories =
        join(resume.driver_license_types.iter().map(|entry| entry.id.as_deref().map(|id| cv.line(id))), ", ");
    if let Some(categories) = categories {
        lines.push(("driver_license_types", format!("{}: {categories}", words.driving_licence)));
    }
    if let Some(vehicle) = resume.has_vehicle {
        lines.push(("has_vehicle", (if vehicle { words.vehicle_yes } else { words.vehicle_no }).to_owned()));
    }
    if lines.is_empty() {
        return;
    }
    let from: Vec<&str> = lines.iter().map(|(key, _)| *key).collect();
    cv.report.moved(from.join(", "), format!("section «{}»", words.additional));
    for (_, line) in lines {
        cv.section_item("additional", words.additional, Place::End, Item::new(line));
    }
}
