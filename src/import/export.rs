//! The CV as a JSON Resume document (schema 1.x), for the themes and tools
//! of that format.
//!
//! Each value goes to the field the import reads it back from, so a CV
//! exported and imported again renders the same for every field JSON Resume
//! can hold. Text stays inline Markdown (JSON Resume themes render
//! Markdown); blocks become Markdown paragraphs, lists and headings. What
//! JSON Resume has no field for is named in the report, not written
//! somewhere it does not belong.

use serde::Serialize;

use crate::data::model::{Block, Cv, End, Item};

/// The schema the document declares itself valid against.
pub(crate) const SCHEMA_URL: &str = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json";

#[derive(Debug, Serialize)]
struct Resume {
    #[serde(rename = "$schema")]
    schema: &'static str,
    basics: Basics,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    work: Vec<Work>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    education: Vec<Study>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    certificates: Vec<Certificate>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    skills: Vec<Skill>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    languages: Vec<Spoken>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    publications: Vec<Published>,
    meta: Meta,
}

/// A publication as JSON Resume holds it: the title, where and when it
/// appeared, its address (the DOI's when it has one).
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Published {
    name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    publisher: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    release_date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<String>,
}

#[derive(Debug, Serialize)]
struct Basics {
    name: String,
    label: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    image: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    phone: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    summary: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    location: Option<Location>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    profiles: Vec<Profile>,
}

#[derive(Debug, Serialize)]
struct Location {
    city: String,
}

#[derive(Debug, Serialize)]
struct Profile {
    network: String,
    url: String,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Work {
    name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    location: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    position: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<String>,
    start_date: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    summary: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    highlights: Vec<String>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Study {
    institution: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    area: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    study_type: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    start_date: Option<String>,
    end_date: String,
}

#[derive(Debug, Serialize)]
struct Certificate {
    name: String,
    date: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<String>,
}

#[derive(Debug, Serialize)]
struct Skill {
    name: String,
}

#[derive(Debug, Serialize)]
struct Spoken {
    language: String,
    fluency: String,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Meta {
    #[serde(skip_serializing_if = "Option::is_none")]
    canonical: Option<String>,
    version: &'static str,
    last_modified: String,
}

/// The document, pretty-printed with a final newline.
pub(crate) struct Exported {
    pub json: String,
    /// Fields of the CV that JSON Resume has no place for.
    pub left_out: Vec<String>,
    /// Fields written into another field's text: `from → to` lines.
    pub moved: Vec<String>,
}

/// The CV as a JSON Resume document.
pub(crate) fn json_resume(cv: &Cv) -> Exported {
    let labels = crate::lang::Labels::of(&crate::lang::locale::Locale::new(cv.lang, &cv.labels));
    let mut left_out = Vec::new();
    let mut moved = Vec::new();
    let mut leave = |field: String| left_out.push(field);
    let person = &cv.person;
    let optional = [
        ("photo_focus", cv.photo_focus.is_some()),
        ("person.birth_date", person.birth_date.is_some()),
        ("person.gender", person.gender.is_some()),
        ("person.relocation", person.relocation.is_some()),
        ("person.remote", person.remote.is_some()),
        ("person.travel", person.travel.is_some()),
        ("person.status", person.status.is_some()),
        ("salary", cv.salary.is_some()),
        ("specialisations", !cv.specialisations.is_empty()),
        ("employment", !cv.employment.is_empty()),
        ("motto", cv.motto.is_some()),
        ("sections", !cv.sections.is_empty()),
        ("order", !cv.order.is_empty()),
    ];
    for (field, present) in optional {
        if present {
            leave(field.to_owned());
        }
    }
    let work = cv
        .experience
        .iter()
        .enumerate()
        .map(|(index, job)| {
            let at = |field: &str| format!("experience[{index}].{field}");
            if job.title.is_some() && job.position.is_some() {
                leave(at("title"));
            }
            for (field, present) in
                [("department", job.department.is_some()), ("industry_area", job.industry_area.is_some())]
            {
                if present {
                    leave(at(field));
                }
            }
            // Achievements, earlier roles and projects are text about the
            // job: they follow its description under headings.
            let mut summary: Vec<String> = markdown(&job.description).into_iter().collect();
            if !job.achievements.is_empty() {
                summary.push(format!("### {}", labels.achievements));
                summary.extend(markdown(&job.achievements));
            }
            for role in &job.roles {
                summary.push(format!("### {}", role.title));
                summary.extend(markdown(&role.description));
                if !role.items.is_empty() {
                    summary.push(list(&role.items, false, 0));
                }
                summary.extend(markdown(&role.achievements));
            }
            for project in &job.projects {
                summary.push(format!("### {}", project.title));
                summary.extend(markdown(&project.description));
                if !project.items.is_empty() {
                    summary.push(list(&project.items, false, 0));
                }
            }
            let folded: Vec<&str> = [
                (!job.achievements.is_empty()).then_some("achievements"),
                (!job.roles.is_empty()).then_some("roles"),
                (!job.projects.is_empty()).then_some("projects"),
            ]
            .into_iter()
            .flatten()
            .collect();
            if !folded.is_empty() {
                moved
                    .push(format!("experience[{index}].{} → work[{index}].summary, under headings", folded.join(", ")));
            }
            if job.items.iter().any(|item| !item.items.is_empty()) {
                leave(at("items (nested items are joined into their item)"));
            }
            Work {
                name: job.company.to_string(),
                location: job.city.as_deref().map(str::to_owned),
                description: job.industry.as_deref().map(str::to_owned),
                position: job.position.as_ref().or(job.title.as_ref()).map(ToString::to_string),
                url: job.url.as_deref().map(str::to_owned),
                start_date: job.start.to_string(),
                end_date: match job.end {
                    End::Month(month) => Some(month.to_string()),
                    End::Present => None,
                },
                summary: (!summary.is_empty()).then(|| summary.join("\n\n")),
                highlights: job.items.iter().map(flat_item).collect(),
            }
        })
        .collect();
    let education = cv
        .education
        .iter()
        .enumerate()
        .map(|(index, entry)| {
            if entry.city.is_some() {
                leave(format!("education[{index}].city"));
            }
            if entry.faculty.is_some() {
                leave(format!("education[{index}].faculty"));
            }
            let (institution, url) = split_link(&entry.institution);
            Study {
                institution,
                url,
                area: entry.degree.as_deref().map(str::to_owned),
                study_type: entry.level.as_deref().map(str::to_owned),
                start_date: entry.start.map(|year| year.to_string()),
                end_date: entry.end.to_string(),
            }
        })
        .collect();
    let resume = Resume {
        schema: SCHEMA_URL,
        basics: Basics {
            name: person.name.to_string(),
            label: cv.headline.to_string(),
            image: cv.photo.clone(),
            email: person.contacts.email.as_deref().map(str::to_owned),
            phone: person.contacts.phone.as_deref().map(str::to_owned),
            summary: markdown(&cv.about),
            location: person.location.as_ref().map(|city| Location { city: city.to_string() }),
            profiles: person
                .contacts
                .links
                .iter()
                .map(|link| Profile { network: link.label.to_string(), url: link.url.to_string() })
                .collect(),
        },
        work,
        education,
        certificates: cv
            .courses
            .iter()
            .map(|course| Certificate {
                name: course.name.to_string(),
                date: course.year.to_string(),
                url: course.url.as_deref().map(str::to_owned),
            })
            .collect(),
        skills: cv.skills.iter().map(|skill| Skill { name: skill.to_string() }).collect(),
        languages: cv
            .languages
            .iter()
            .map(|language| Spoken { language: language.name.to_string(), fluency: language.level.to_string() })
            .collect(),
        publications: published(cv),
        meta: Meta {
            canonical: cv.url.as_deref().map(str::to_owned),
            version: "v1.0.0",
            last_modified: format!("{}T00:00:00", cv.updated),
        },
    };
    let mut json = serde_json::to_string_pretty(&resume).unwrap_or_default();
    json.push('\n');
    Exported { json, left_out, moved }
}

/// The publications, the file's and the data's, as the contract lists
/// them (newest first, unless the style sorts): the same titles, venues
/// and years every other output prints.
fn published(cv: &Cv) -> Vec<Published> {
    let locale = crate::lang::locale::Locale::new(cv.lang, &cv.labels);
    let words = crate::contract::wording::Words::new(locale, crate::contract::wording::DateStyle::Words);
    let publications = crate::contract::publications::build(cv, &words);
    publications
        .groups
        .iter()
        .flat_map(|group| &group.entries)
        .map(|entry| Published {
            name: entry.title.clone(),
            publisher: entry.venue.clone(),
            release_date: entry.year.map(|year| format!("{year:04}")),
            url: entry.doi.as_ref().map(|doi| format!("https://doi.org/{doi}")).or_else(|| entry.url.clone()),
        })
        .collect()
}

/// Blocks as Markdown: paragraphs apart by a blank line, lists with `-` or
/// `1.`, nested items indented, headings with `###`.
fn markdown(blocks: &[Block]) -> Option<String> {
    let parts: Vec<String> = blocks
        .iter()
        .map(|block| match block.plain() {
            Block::Paragraph(text) => text.split('\n').map(escape_marker).collect::<Vec<_>>().join("\n"),
            Block::Heading(text) => format!("### {text}"),
            Block::List(items) => list(items, false, 0),
            Block::Numbered(items) => list(items, true, 0),
            // `plain` never returns a marked block; its marks (tags and
            // priority) have no place in JSON Resume.
            Block::Marked(inner, _) => markdown(std::slice::from_ref(inner.as_ref())).unwrap_or_default(),
        })
        .collect();
    (!parts.is_empty()).then(|| parts.join("\n\n"))
}

fn list(items: &[Item], numbered: bool, depth: usize) -> String {
    let pad = "  ".repeat(depth);
    let mut lines = Vec::new();
    for (index, item) in items.iter().enumerate() {
        let marker = if numbered { format!("{}.", index + 1) } else { "-".to_owned() };
        lines.push(format!("{pad}{marker} {}", item.text.replace('\n', " ")));
        if !item.items.is_empty() {
            lines.push(list(&item.items, false, depth + 1 + usize::from(numbered)));
        }
    }
    lines.join("\n")
}

/// A paragraph line that Markdown would read as a list or heading gets a
/// backslash, which the data format reads the same way.
fn escape_marker(line: &str) -> String {
    let trimmed = line.trim_start();
    let spaced = |rest: &str| rest.starts_with(char::is_whitespace);
    let digits = trimmed.bytes().take_while(u8::is_ascii_digit).count();
    let numbered =
        (1..=2).contains(&digits) && trimmed[digits..].starts_with(['.', ')']) && spaced(&trimmed[digits + 1..]);
    let hashes = trimmed.bytes().take_while(|&b| b == b'#').count();
    let bullet =
        (trimmed.starts_with(['-', '*', '+']) && spaced(&trimmed[1..])) || (hashes > 0 && spaced(&trimmed[hashes..]));
    if numbered {
        format!("{}\\{}", &trimmed[..digits], &trimmed[digits..])
    } else if bullet {
        format!("\\{trimmed}")
    } else {
        trimmed.to_owned()
    }
}

/// An item with nested items as one line: `text: a; b`.
fn flat_item(item: &Item) -> String {
    if item.items.is_empty() {
        return item.text.to_string();
    }
    let nested: Vec<String> = item.items.iter().map(flat_item).collect();
    format!("{}: {}", item.text.trim_end_matches(':'), nested.join("; "))
}

/// `[text](url)` as its text and address; anything else as it is.
fn split_link(text: &str) -> (String, Option<String>) {
    let parsed = (|| {
        let rest = text.strip_prefix('[')?;
        let (label, rest) = rest.split_once("](")?;
        let url = rest.strip_suffix(')')?;
        let url = url.strip_prefix('<').and_then(|url| url.strip_suffix('>')).unwrap_or(url);
        let wrapped = rest.strip_suffix(')')?.starts_with('<');
        let plain = !label.replace("\\[", "").replace("\\]", "").contains(['[', ']']);
        let clean = wrapped || !url.contains(['(', ')', '[', ']', '<', '>']);
        (plain && clean && crate::markup::check_url(url).is_ok())
            .then(|| (label.replace("\\[", "[").replace("\\]", "]"), url.to_owned()))
    })();
    match parsed {
        Some((label, url)) => (label, Some(url)),
        None => (text.to_owned(), None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_become_markdown_the_import_reads_back() {
        use crate::import::draft;
        use crate::import::text::{Flavor, blocks};
        let model = vec![
            Block::Paragraph("First **bold**".into()),
            Block::Paragraph("- not a list\n2. not numbered".into()),
            Block::List(vec![
                Item {
                    tags: Vec::new(),
                    priority: None,
                    text: "a".into(),
                    items: vec![Item { tags: Vec::new(), priority: None, text: "a1".into(), items: vec![] }],
                },
                Item { tags: Vec::new(), priority: None, text: "b".into(), items: vec![] },
            ]),
            Block::Heading("How".into()),
            Block::Numbered(vec![Item { tags: Vec::new(), priority: None, text: "one".into(), items: vec![] }]),
        ];
        let text = markdown(&model).unwrap();
        let back = blocks(&text, Flavor::Markdown);
        assert_eq!(
            back,
            vec![
                draft::Block::Paragraph("First **bold**".into()),
                draft::Block::Paragraph("\\- not a list\n2\\. not numbered".into()),
                draft::Block::List(vec![
                    draft::Item { text: "a".into(), items: vec![draft::Item::new("a1")] },
                    draft::Item::new("b")
                ]),
                draft::Block::Heading("How".into()),
                draft::Block::Numbered(vec![draft::Item::new("one")]),
            ]
        );
        let plain = crate::markup::plain;
        assert_eq!(plain("\\- not a list\n2\\. not numbered"), plain("- not a list\n2. not numbered"));
    }

    #[test]
    fn a_linked_institution_splits_into_name_and_address() {
        assert_eq!(split_link("[MIT](https://mit.edu)"), ("MIT".into(), Some("https://mit.edu".into())));
        assert_eq!(split_link("MIT"), ("MIT".into(), None));
        assert_eq!(split_link("[a](b) and [c](d)"), ("[a](b) and [c](d)".into(), None));
    }
}
