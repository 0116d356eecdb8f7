//! The CV's layout in the Word document: the head (photo, name, headline,
//! the facts about the person and the contacts), then the parts in the
//! data's `order`, each under a `Heading 1`. A job is a `Heading 2` (its
//! role and company) with its period and duration on the line under it,
//! then its place, industry and body.

use super::Photo;
use super::writer::{Style, Writer, plain};
use crate::contract::{Job, Rich, TemplateData};
use crate::markup::{Inline, Span};

pub(super) fn write(writer: &mut Writer, cv: &TemplateData, photo: Option<Photo>) {
    head(writer, cv, photo);
    for key in &cv.order {
        part(writer, cv, key);
    }
    // The footer note last, small, as at the foot of the printed pages.
    if let Some(note) = &cv.footer_note {
        writer.paragraph(Style::Details, note);
    }
}

/// Joins the values that are not empty with `separator`.
fn join(values: &[Rich], separator: &str) -> Rich {
    let mut joined = Vec::new();
    for value in values.iter().filter(|value| !value.is_empty()) {
        if !joined.is_empty() {
            joined.push(Inline::Text(separator.to_owned()));
        }
        joined.extend(value.iter().cloned());
    }
    joined
}

fn bold(text: &[Inline]) -> Inline {
    Inline::Span(Span::Strong { body: text.to_vec() })
}

fn head(writer: &mut Writer, cv: &TemplateData, photo: Option<Photo>) {
    let person = &cv.person;
    if let Some(photo) = photo {
        writer.photo(photo, &person.name_plain);
    }
    writer.paragraph(Style::Title, &person.name);
    writer.paragraph(Style::Subtitle, &cv.headline);
    if let Some(salary) = &cv.salary {
        writer.paragraph_with(Style::Normal, salary, true);
    }
    if let Some(age) = &person.age_line {
        writer.text(Style::Normal, age);
    }
    for line in [&person.status, &person.stance].into_iter().flatten() {
        writer.paragraph(Style::Normal, line);
    }

    let contacts = &person.contacts;
    // On a right-to-left page a phone number's groups, and the ends of an
    // address, would be reordered around the page's direction: they are
    // embedded left to right (U+202A … U+202C, which Word and LibreOffice
    // both honour).
    let as_written = |text: &str| match cv.dir.as_str() {
        "rtl" => format!("\u{202A}{text}\u{202C}"),
        _ => text.to_owned(),
    };
    let mut reach: Vec<Rich> = Vec::new();
    if let (Some(phone), Some(url)) = (&contacts.phone, &contacts.phone_url) {
        reach.push(Writer::link(url, &as_written(phone)));
    }
    if let Some(email) = &contacts.email {
        reach.push(Writer::link(&format!("mailto:{email}"), &as_written(email)));
    }
    reach.extend(
        contacts
            .links
            .iter()
            .map(|entry| vec![Inline::Span(Span::Link { url: entry.url.clone(), body: entry.label.clone() })]),
    );
    if let Some(url) = &cv.url {
        reach.push(Writer::link(&url.url, &as_written(&url.text)));
    }
    if !reach.is_empty() {
        writer.paragraph_with(Style::Normal, &plain(&cv.labels.contacts), true);
        for line in &reach {
            writer.paragraph(Style::Normal, line);
        }
    }

    for (label, values) in [(&cv.labels.specialisations, &cv.specialisations), (&cv.labels.employment, &cv.employment)]
    {
        if !values.is_empty() {
            let mut line = vec![bold(&plain(label)), Inline::Text(" ".into())];
            line.extend(join(values, ", "));
            writer.paragraph(Style::Normal, &line);
        }
    }
    writer.text(Style::Details, &format!("{} {}", cv.labels.updated, cv.updated.short));
}

/// A part with the page break the data asks for around it (`pages:`).
fn part(writer: &mut Writer, cv: &TemplateData, key: &str) {
    let start = writer.mark();
    part_body(writer, cv, key);
    writer.page_break(start, cv.pages.get(key).map(String::as_str));
}

fn part_body(writer: &mut Writer, cv: &TemplateData, key: &str) {
    let labels = &cv.labels;
    match key {
        "motto" => {
            if let Some(motto) = &cv.motto {
                writer.paragraph(Style::Quote, &motto.text);
                if let Some(author) = &motto.author {
                    let mut line = vec![Inline::Text("— ".into())];
                    line.extend(author.iter().cloned());
                    writer.paragraph(Style::Quote, &line);
                }
            }
        }
        "about" => {
            if !cv.about.is_empty() {
                writer.heading(1, &plain(&labels.about));
                writer.blocks(&cv.about, 2);
            }
        }
        "experience" => {
            if !cv.experience.jobs.is_empty() {
                writer.heading(1, &plain(&format!("{} · {}", labels.experience, cv.experience.total)));
                for job in &cv.experience.jobs {
                    let start = writer.mark();
                    self::job(writer, cv, job);
                    writer.page_break(start, job.page.as_deref());
                }
            }
        }
        "education" => {
            if !cv.education.entries.is_empty() {
                writer.heading(1, &plain(&cv.education.title));
                for entry in &cv.education.entries {
                    let start = writer.mark();
                    let mut place = vec![entry.institution.clone()];
                    place.extend(entry.city.clone());
                    writer.paragraph_with(Style::Normal, &join(&place, ", "), true);
                    let mut when = vec![plain(&entry.period)];
                    when.extend(entry.level.clone());
                    writer.paragraph(Style::Details, &join(&when, " · "));
                    let what: Vec<Rich> = [&entry.faculty, &entry.degree].into_iter().flatten().cloned().collect();
                    writer.paragraph(Style::Normal, &join(&what, ", "));
                    writer.page_break(start, entry.page.as_deref());
                }
            }
        }
        "skills" => {
            if !cv.skills.is_empty() {
                writer.heading(1, &plain(&labels.skills));
                writer.paragraph(Style::Normal, &join(&cv.skills, ", "));
            }
        }
        "languages" => {
            if !cv.languages.is_empty() {
                writer.heading(1, &plain(&labels.languages));
                for language in &cv.languages {
                    writer.paragraph(Style::Normal, &language.line);
                }
            }
        }
        "courses" => {
            if !cv.courses.is_empty() {
                writer.heading(1, &plain(&labels.courses));
                for course in &cv.courses {
                    let mut line = vec![Inline::Text(format!("{} · ", course.year)), bold(&course.name)];
                    if let Some(url) = &course.url {
                        line.push(Inline::Text(" · ".into()));
                        line.extend(Writer::link(&url.url, &url.url));
                    }
                    let start = writer.mark();
                    writer.paragraph(Style::Normal, &line);
                    writer.page_break(start, course.page.as_deref());
                }
            }
        }
        "publications" => {
            if cv.publications.count > 0 {
                writer.heading(1, &plain(&labels.publications));
                for group in &cv.publications.groups {
                    if let Some(title) = &group.title {
                        writer.heading(2, &plain(title));
                    }
                    for entry in &group.entries {
                        let mut line: Rich =
                            entry.label.iter().map(|label| Inline::Text(format!("{label} "))).collect();
                        line.extend(entry.body.iter().cloned());
                        let start = writer.mark();
                        writer.paragraph(Style::Normal, &line);
                        writer.page_break(start, entry.page.as_deref());
                    }
                }
            }
        }
        key => {
            for section in cv.sections.iter().filter(|section| section.key == key && !section.body.is_empty()) {
                let start = writer.mark();
                writer.heading(1, &section.title);
                writer.blocks(&section.body, 2);
                writer.page_break(start, section.page.as_deref());
            }
        }
    }
}

/// A job: the heading names the role and the company (a link to its site
/// when it has one), the line under it the period and the duration.
fn job(writer: &mut Writer, cv: &TemplateData, job: &Job) {
    let company = match &job.url {
        Some(url) => vec![Inline::Span(Span::Link { url: url.url.clone(), body: job.company.clone() })],
        None => job.company.clone(),
    };
    let heading = match &job.role {
        Some(role) => join(&[role.clone(), company], " — "),
        None => company,
    };
    writer.heading(2, &heading);
    let period = &job.period;
    let when = if job.collapsed {
        format!("{} · {}", period.years, period.duration)
    } else {
        format!("{} {} · {}", period.start, period.end, period.duration)
    };
    writer.text(Style::Date, &when);
    if job.collapsed {
        return;
    }
    let industry: Vec<Rich> = [&job.industry, &job.industry_area].into_iter().flatten().cloned().collect();
    for line in [job.detail.clone(), job.place.clone(), Some(join(&industry, " — "))].into_iter().flatten() {
        writer.paragraph(Style::Details, &line);
    }

    writer.blocks(&job.description, 3);
    writer.list(&job.items, false);
    if !job.achievements.is_empty() {
        writer.heading(3, &plain(&cv.labels.achievements));
        writer.blocks(&job.achievements, 4);
    }
    for role in &job.roles {
        writer.heading(3, &role.title);
        writer.blocks(&role.description, 4);
        writer.list(&role.items, false);
        if !role.achievements.is_empty() {
            writer.heading(4, &plain(&cv.labels.achievements));
            writer.blocks(&role.achievements, 4);
        }
    }
    for project in &job.projects {
        writer.heading(3, &project.title);
        writer.blocks(&project.description, 4);
        writer.list(&project.items, false);
    }
}
