//! What the parser should find: the values of the data as the template
//! received them (after variants and fitting), each with its field path and
//! line in the data file, and the facts the data rules look at.

use std::path::PathBuf;

use crate::contract::TemplateData;
use crate::data::load::Loaded;
use crate::data::model::End;
use crate::markup::plain_nodes;

/// One value of the data.
#[derive(Debug, Clone)]
pub(crate) struct Value {
    pub(crate) text: String,
    /// Its field path in the data, such as `experience[2].company`.
    pub(crate) field: String,
    /// Its line in the data file.
    pub(crate) line: Option<usize>,
}

/// A part of the CV the template titles.
#[derive(Debug, Clone)]
pub(crate) struct Heading {
    pub(crate) title: Value,
    /// The kinds of part (see [`super::words::PARTS`]) a parser should take
    /// it for; empty for a free section, which may be any.
    pub(crate) kinds: Vec<&'static str>,
}

/// A job as printed.
#[derive(Debug, Clone)]
pub(crate) struct Job {
    pub(crate) company: Value,
    /// The role the templates print: the title, else the position.
    pub(crate) position: Option<Value>,
    /// `YYYY-MM`
    pub(crate) start: String,
    /// `YYYY-MM`, or `None` for a job still held.
    pub(crate) end: Option<String>,
    /// A job a variant collapsed to one line, whose period shows years only.
    pub(crate) years_only: bool,
    /// The field path of the job (`experience[2]`).
    pub(crate) field: String,
    pub(crate) line: Option<usize>,
    /// Whether the job has any text beyond its heading.
    pub(crate) has_body: bool,
}

/// Everything the report compares the PDF with.
#[derive(Debug, Clone)]
pub(crate) struct Expected {
    /// The data file, as given.
    pub(crate) file: PathBuf,
    pub(crate) lang: String,
    pub(crate) name: Value,
    pub(crate) email: Option<Value>,
    pub(crate) phone: Option<Value>,
    /// Each link with its label and address.
    pub(crate) links: Vec<(Value, String)>,
    pub(crate) headings: Vec<Heading>,
    pub(crate) jobs: Vec<Job>,
    pub(crate) skills: Vec<Value>,
    pub(crate) photo: bool,
    /// Free sections without any text, which templates leave out.
    pub(crate) empty_sections: Vec<Value>,
    /// Education entries that end before they start.
    pub(crate) backwards: Vec<Value>,
    /// The variant rendered and the pages it should fit into.
    pub(crate) variant: Option<String>,
    pub(crate) fit: Option<u32>,
    /// Where the contacts are, for a rule about a missing one.
    pub(crate) contacts_line: Option<usize>,
}

impl Expected {
    /// The values of `data` (what the template received), located in the
    /// data file of `loaded`.
    pub(crate) fn new(data: &TemplateData, loaded: &Loaded, variant: Option<String>, fit: Option<u32>) -> Expected {
        // The data's text is read for positions once, not once per field.
        let locations = crate::data::positions::Locations::of(loaded.text());
        let line = |field: &str| locations.find(field).map(|(line, _)| line);
        let value = |text: String, field: String| Value { line: line(&field), text, field };
        let person = &data.person;
        let cv = &loaded.cv;
        let contacts = &person.contacts;
        let links = contacts
            .links
            .iter()
            .enumerate()
            .map(|(index, link)| {
                let data_index =
                    cv.person.contacts.links.iter().position(|known| &*known.url == link.url.as_str()).unwrap_or(index);
                (value(plain_nodes(&link.label), format!("person.contacts.links[{data_index}]")), link.url.clone())
            })
            .collect();
        let mut headings = Vec::new();
        let labels = &data.labels;
        let mut title = |text: &str, field: &str, kinds: Vec<&'static str>| {
            headings.push(Heading { title: value(text.to_owned(), field.to_owned()), kinds })
        };
        for part in &data.order {
            match part.as_str() {
                "experience" if !data.experience.jobs.is_empty() => {
                    title(&labels.experience, "experience", vec!["experience"])
                }
                "education" if !data.education.entries.is_empty() => {
                    title(&data.education.title, "education", vec!["education"])
                }
                "skills" if !data.skills.is_empty() => title(&labels.skills, "skills", vec!["skills"]),
                "languages" if !data.languages.is_empty() => title(&labels.languages, "languages", vec!["languages"]),
                "courses" if !data.courses.is_empty() => title(&labels.courses, "courses", vec!["courses"]),
                "about" if !data.about.is_empty() || data.motto.is_some() => {
                    title(&labels.about, "about", vec!["summary"])
                }
                key => {
                    let found = data.sections.iter().find(|section| section.key == key && !section.body.is_empty());
                    if let Some(section) = found {
                        let index =
                            cv.sections.iter().enumerate().position(|(index, known)| known.key(index) == section.key);
                        let field = format!("sections[{}].title", index.unwrap_or_default());
                        title(&plain_nodes(&section.title), &field, Vec::new());
                    }
                }
            }
        }
        let jobs = data
            .experience
            .jobs
            .iter()
            .enumerate()
            .map(|(index, job)| {
                let company = plain_nodes(&job.company);
                let index = cv
                    .experience
                    .iter()
                    .position(|known| {
                        crate::markup::plain(&known.company) == company
                            && known.start.to_string() == job.period.start_iso
                    })
                    .unwrap_or(index);
                let field = format!("experience[{index}]");
                // The templates head a job with its title (else its position),
                // and a collapsed job with its position (else its title).
                let (role, role_field) = match (job.collapsed, &job.title, &job.position) {
                    (true, _, Some(position)) | (false, None, Some(position)) => (Some(position), "position"),
                    (_, Some(title), _) => (Some(title), "title"),
                    _ => (None, "title"),
                };
                Job {
                    company: value(company, format!("{field}.company")),
                    position: role.map(|role| value(plain_nodes(role), format!("{field}.{role_field}"))),
                    start: job.period.start_iso.clone(),
                    end: job.period.end_iso.clone(),
                    years_only: job.collapsed,
                    line: line(&field),
                    has_body: job.collapsed
                        || !(job.description.is_empty()
                            && job.items.is_empty()
                            && job.achievements.is_empty()
                            && job.roles.is_empty()
                            && job.projects.is_empty()),
                    field,
                }
            })
            .collect();
        let skills = data
            .skills_plain
            .iter()
            .enumerate()
            .map(|(index, skill)| {
                let index = cv.skills.iter().position(|known| crate::markup::plain(known) == *skill).unwrap_or(index);
                value(skill.clone(), format!("skills[{index}]"))
            })
            .collect();
        let empty_sections = cv
            .sections
            .iter()
            .enumerate()
            .filter(|(_, section)| section.body.is_empty())
            .map(|(index, section)| value(crate::markup::plain(&section.title), format!("sections[{index}]")))
            .collect();
        let backwards = cv
            .education
            .iter()
            .enumerate()
            .filter(|(_, entry)| entry.start.is_some_and(|start| start > entry.end))
            .map(|(index, entry)| value(crate::markup::plain(&entry.institution), format!("education[{index}]")))
            .chain(cv.experience.iter().enumerate().filter_map(|(index, job)| match job.end {
                End::Month(end) if end < job.start => {
                    Some(value(crate::markup::plain(&job.company), format!("experience[{index}]")))
                }
                _ => None,
            }))
            .collect();
        Expected {
            file: loaded.path.clone(),
            lang: data.lang.clone(),
            name: value(person.name_plain.clone(), "person.name".into()),
            email: contacts.email.clone().map(|email| value(email, "person.contacts.email".into())),
            phone: contacts.phone.clone().map(|phone| value(phone, "person.contacts.phone".into())),
            links,
            headings,
            jobs,
            skills,
            photo: data.photo.is_some(),
            empty_sections,
            backwards,
            variant,
            fit,
            contacts_line: line("person.contacts").or_else(|| line("person")),
        }
    }
}
