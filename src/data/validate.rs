//! Facts about the data that its types cannot rule out: required text that
//! is empty, a job that ends before it starts, a date after the as-of date,
//! a malformed address or e-mail, an `order` that names no part.
//!
//! Each problem names its field path; [`super::load`] turns that path into
//! the line and column of the user's file.

use super::model::{Cv, Date, End, YearMonth};

/// A fact about the data that its types could not rule out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub field: String,
    pub message: String,
}

/// Checks what types alone cannot, in the order of the data.
pub fn check(cv: &Cv, as_of: Date) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut problem = |field: String, message: String| problems.push(Problem { field, message });
    let mut required = |field: &str, value: &str, what: &str| {
        if value.trim().is_empty() {
            problem(field.to_owned(), format!("{what} is empty"));
        }
    };
    required("person.name", &cv.person.name, "the name");
    required("headline", &cv.headline, "the headline");
    for (index, job) in cv.experience.iter().enumerate() {
        required(&format!("experience[{index}].company"), &job.company, "the company");
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

    let mut known: Vec<String> = crate::data::model::BUILT_IN_PARTS.iter().map(|part| part.to_string()).collect();
    known.extend(cv.sections.iter().enumerate().map(|(index, section)| crate::contract::section_key(index, section)));
    for (index, part) in cv.order.iter().enumerate() {
        if !known.contains(part) {
            let names = known.iter().map(|name| format!("`{name}`")).collect::<Vec<_>>().join(", ");
            problem(format!("order[{index}]"), format!("no part is called `{part}`; the parts are {names}"));
        } else if cv.order[..index].contains(part) {
            problem(format!("order[{index}]"), format!("`{part}` is already in the order"));
        }
    }
    // Ids become anchors of web pages (`#roles`, `{#roles}`), so they are
    // unique and made of characters every Markdown flavour and HTML accept.
    let mut seen_ids: Vec<&str> = Vec::new();
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
        } else if seen_ids.contains(&id) || crate::data::model::BUILT_IN_PARTS.contains(&id) {
            problem(field, format!("the id `{id}` is taken; ids must be unique"));
        }
        seen_ids.push(id);
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
    if let Some(email) = &cv.person.contacts.email
        && let Err(why) = check_email(email)
    {
        problems.push(Problem { field: "person.contacts.email".into(), message: why });
    }
    if let Some(phone) = &cv.person.contacts.phone
        && phone.chars().filter(char::is_ascii_digit).count() < 5
    {
        problems.push(Problem {
            field: "person.contacts.phone".into(),
            message: format!("expected a phone number like +7 900 000-00-00, found {phone:?}"),
        });
    }
    for (field, message) in crate::contract::locale::check_labels(cv.lang, &cv.labels) {
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
            ),
        });
    }
    problems.extend(crate::variants::check::check(cv));
    problems
}

/// Whether an id can be an anchor as it is: a letter, then letters, digits,
/// `-` and `_`.
pub fn is_anchor(id: &str) -> bool {
    id.chars().next().is_some_and(char::is_alphabetic)
        && id.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '_')
}

/// An absolute web or mail address: `https://host/…`, `http://…` or `mailto:…`.
pub fn check_url(url: &str) -> Result<(), String> {
    let expected = || format!("expected an address like https://example.org, found {url:?}");
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(expected());
    }
    if let Some(mail) = url.strip_prefix("mailto:") {
        return check_email(mail);
    }
    let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://")).ok_or_else(expected)?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = host.rsplit('@').next().unwrap_or_default();
    let name = host.split(':').next().unwrap_or_default();
    if name.is_empty() || name.starts_with('.') || name.ends_with('.') {
        return Err(expected());
    }
    Ok(())
}

/// A plausible e-mail address: one `@`, a local part, and a domain with a dot.
pub fn check_email(email: &str) -> Result<(), String> {
    let expected = || format!("expected an e-mail address like name@example.org, found {email:?}");
    let (local, domain) = email.split_once('@').ok_or_else(expected)?;
    let plausible = !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !email.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | ',' | ';'));
    if plausible { Ok(()) } else { Err(expected()) }
}
