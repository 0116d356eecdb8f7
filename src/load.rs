//! Reading the data file: YAML text into the typed model, with errors that
//! point at the user's file, line, column and field.
//!
//! Three kinds of mistakes are caught here, all reported in one format,
//! `data/cv.yaml:12:5: experience[2].start: expected …, found …`:
//! YAML syntax (from serde_yaml), shapes and types (from the model's serde
//! derive, with the field path from serde_path_to_error and a suggestion for
//! a misspelt key), and facts types cannot express (checked on the model, and
//! located in the text by [`crate::locate`]).

use std::path::Path;

use crate::error::Error;
use crate::locate::Locations;
use crate::model::{Cv, Date, End, YearMonth};

/// A CV is a few dozen kilobytes; a file this large is a mistake, and
/// refusing it keeps parsing and layout time bounded.
pub const MAX_FILE_BYTES: u64 = 1 << 20;

/// A validated CV with the text it came from, so that later steps (the
/// photo, say) can point at the line of the field they had trouble with.
#[derive(Debug)]
pub struct Loaded {
    pub cv: Cv,
    pub path: std::path::PathBuf,
    text: String,
}

impl Loaded {
    /// An error about `field`, located in the data file.
    pub fn error_at(&self, field: &str, message: String) -> Error {
        let location = Locations::of(&self.text).find(field);
        data_error(&self.path, location, Some(field.to_owned()), message, line_text(&self.text, location))
    }
}

/// Reads and validates a CV data file. Dates in the data may not lie after
/// `as_of` (the CV's `updated` date when `None`).
pub fn load_file(path: &Path, as_of: Option<Date>) -> Result<Loaded, Error> {
    let whole = |message: String| data_error(path, None, None, message, None);
    if path.is_dir() {
        return Err(whole("is a directory; give the path of a YAML data file".into()));
    }
    let size = std::fs::metadata(path).map_err(|source| Error::io(path, source))?.len();
    if size > MAX_FILE_BYTES {
        return Err(whole(format!(
            "the file is {size} bytes; a CV data file may be at most {MAX_FILE_BYTES} bytes (1 MiB)"
        )));
    }
    let bytes = std::fs::read(path).map_err(|source| Error::io(path, source))?;
    let text = match std::str::from_utf8(&bytes) {
        Ok(text) => text,
        Err(error) => {
            let valid = &bytes[..error.valid_up_to()];
            let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
            let column =
                String::from_utf8_lossy(valid.rsplit(|&b| b == b'\n').next().unwrap_or_default()).chars().count() + 1;
            let message = "the file is not UTF-8 text; save it as UTF-8".to_owned();
            return Err(data_error(path, Some((line, column)), None, message, None));
        }
    };
    load_str(path, text, as_of)
}

/// Parses and validates CV data from text; `path` is only used in errors.
pub fn load_str(path: &Path, text: &str, as_of: Option<Date>) -> Result<Loaded, Error> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.lines().all(|line| line.trim().is_empty() || line.trim_start().starts_with('#')) {
        return Err(data_error(
            path,
            None,
            None,
            "the file is empty: it holds no data, only blanks or comments".into(),
            None,
        ));
    }
    if let Some((line, column)) = too_deep(text) {
        let message = format!("values are nested more than {MAX_FLOW_DEPTH} levels deep");
        return Err(data_error(path, Some((line, column)), None, message, line_text(text, Some((line, column)))));
    }
    let deserializer = serde_yaml::Deserializer::from_str(text);
    let cv: Cv = serde_path_to_error::deserialize(deserializer).map_err(|error| {
        let field = error.path().to_string();
        let inner = error.into_inner();
        let location = inner.location().map(|at| (at.line(), at.column()));
        // Where the parser lost track, serde_path_to_error writes `?`.
        let field = field.split(".?").next().unwrap_or_default().trim_end_matches('?').to_owned();
        let field = (!field.is_empty() && field != ".").then_some(field);
        let message = explain(&strip_path(&strip_location(&inner.to_string()), field.as_deref()));
        data_error(path, location, field, message, line_text(text, location))
    })?;
    let as_of = as_of.unwrap_or(cv.updated);
    if let Some(problem) = check(&cv, as_of).into_iter().next() {
        let location = Locations::of(text).find(&problem.field);
        return Err(data_error(path, location, Some(problem.field), problem.message, line_text(text, location)));
    }
    Ok(Loaded { cv, path: path.to_owned(), text: text.to_owned() })
}

/// Deeper flow nesting (`[[[…` or `{a: {b: …`) is refused before parsing:
/// the YAML parser would take seconds on thousands of levels before serde's
/// own recursion limit stops it. No CV nests anywhere near this deep.
const MAX_FLOW_DEPTH: usize = 64;

/// The position where flow brackets first nest deeper than [`MAX_FLOW_DEPTH`],
/// skipping quoted strings and comments.
fn too_deep(text: &str) -> Option<(usize, usize)> {
    let mut depth = 0usize;
    for (index, line) in text.lines().enumerate() {
        let mut quote = None;
        let mut escaped = false;
        for (column, c) in line.chars().enumerate() {
            if std::mem::take(&mut escaped) {
                continue;
            }
            match (quote, c) {
                (Some('"'), '\\') => escaped = true,
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, '"' | '\'') => quote = Some(c),
                (None, '#') => break,
                (None, '[' | '{') => {
                    depth += 1;
                    if depth > MAX_FLOW_DEPTH {
                        return Some((index + 1, column + 1));
                    }
                }
                (None, ']' | '}') => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
    }
    None
}

/// A field path as shown: very deep paths keep their start and end.
fn shorten(path: String) -> String {
    const KEEP: usize = 40;
    let chars: Vec<char> = path.chars().collect();
    if chars.len() <= 2 * KEEP + 1 {
        return path;
    }
    let head: String = chars[..KEEP].iter().collect();
    let tail: String = chars[chars.len() - KEEP..].iter().collect();
    format!("{head}…{tail}")
}

fn data_error(
    path: &Path,
    location: Option<(usize, usize)>,
    field: Option<String>,
    message: String,
    line_text: Option<String>,
) -> Error {
    Error::Data { file: path.to_owned(), location, field: field.map(shorten), message, line_text }
}

fn line_text(text: &str, location: Option<(usize, usize)>) -> Option<String> {
    let (line, _) = location?;
    let text = text.lines().nth(line.checked_sub(1)?)?;
    // A very long line (a pasted blob) is shown cut, not whole.
    Some(text.chars().take(200).collect())
}

/// serde_yaml appends " at line L column C" to its messages; the location is
/// shown in front instead, the way compilers do.
fn strip_location(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_owned(),
        None => message.to_owned(),
    }
}

/// serde_yaml puts the path of the failing value in front of its message;
/// the path is shown separately, so drop it. It may name the parent of the
/// path serde_path_to_error reports (for an unknown key, say).
fn strip_path(message: &str, field: Option<&str>) -> String {
    let mut candidate = field;
    while let Some(path) = candidate {
        if let Some(rest) = message.strip_prefix(path).and_then(|rest| rest.strip_prefix(": ")) {
            return rest.to_owned();
        }
        candidate = path.rfind(['.', '[']).map(|cut| &path[..cut]);
    }
    message.to_owned()
}

/// Rewrites serde's messages into plainer ones, with a suggestion for a
/// misspelt key: "unknown field `positon`, expected one of `company`, …"
/// becomes "unknown key `positon`; did you mean `position`?".
fn explain(message: &str) -> String {
    // The YAML parser's own words, with what usually causes them.
    const SYNTAX_HINTS: &[(&str, &str)] = &[
        (
            "mapping values are not allowed",
            "check this line's indentation against the line above, or quote a value that contains `: `",
        ),
        ("did not find expected key", "a line here is indented differently from the keys beside it"),
        ("found character that cannot start any token", "YAML indents with spaces only: replace tabs with spaces"),
        ("did not find expected '-' indicator", "list items here must all start with `- ` at the same indentation"),
        ("found a tab character", "YAML indents with spaces only: replace tabs with spaces"),
    ];
    if let Some((_, hint)) = SYNTAX_HINTS.iter().find(|(pattern, _)| message.contains(pattern)) {
        return format!("{message} ({hint})");
    }
    let Some(rest) = message.strip_prefix("unknown field `") else {
        return message.replace("invalid type: ", "wrong type: ");
    };
    let Some((unknown, expected)) = rest.split_once('`') else {
        return message.to_owned();
    };
    let candidates: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
    let nearest = candidates
        .iter()
        .map(|candidate| (strsim::damerau_levenshtein(unknown, candidate), *candidate))
        .min()
        .filter(|(distance, candidate)| *distance <= 2.max(candidate.len() / 3));
    match nearest {
        Some((_, candidate)) => format!("unknown key `{unknown}`; did you mean `{candidate}`?"),
        None if candidates.is_empty() => format!("unknown key `{unknown}`; this map takes no keys"),
        None => format!("unknown key `{unknown}`; the keys here are {}", quote_list(&candidates)),
    }
}

fn quote_list(names: &[&str]) -> String {
    names.iter().map(|name| format!("`{name}`")).collect::<Vec<_>>().join(", ")
}

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

    let mut known: Vec<String> = crate::model::BUILT_IN_PARTS.iter().map(|part| part.to_string()).collect();
    known.extend(cv.sections.iter().enumerate().map(|(index, section)| crate::contract::section_key(index, section)));
    for (index, part) in cv.order.iter().enumerate() {
        if !known.contains(part) {
            let names = known.iter().map(|name| format!("`{name}`")).collect::<Vec<_>>().join(", ");
            problem(format!("order[{index}]"), format!("no part is called `{part}`; the parts are {names}"));
        } else if cv.order[..index].contains(part) {
            problem(format!("order[{index}]"), format!("`{part}` is already in the order"));
        }
    }
    let mut seen_ids: Vec<&str> = Vec::new();
    for (index, section) in cv.sections.iter().enumerate() {
        if let Some(id) = section.id.as_deref() {
            if seen_ids.contains(&id) || crate::model::BUILT_IN_PARTS.contains(&id) {
                problem(format!("sections[{index}].id"), format!("the id `{id}` is taken; ids must be unique"));
            }
            seen_ids.push(id);
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
    problems
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

#[cfg(test)]
mod tests {
    use super::*;

    fn error(text: &str) -> String {
        load_str(Path::new("cv.yaml"), text, None).unwrap_err().to_string()
    }

    const MINIMAL: &str = "updated: \"2026-02-08\"\nperson:\n  name: Иван\nheadline: Разработчик\n";

    #[test]
    fn a_minimal_cv_loads() {
        let cv = load_str(Path::new("cv.yaml"), MINIMAL, None).unwrap().cv;
        assert_eq!(cv.person.name, "Иван");
    }

    #[test]
    fn a_misspelt_key_gets_a_suggestion() {
        let text =
            format!("{MINIMAL}experience:\n  - company: A\n    positon: B\n    start: \"2020-01\"\n    end: present\n");
        let message = error(&text);
        assert!(message.starts_with("cv.yaml:7:5: experience[0]"), "{message}");
        assert!(message.contains("did you mean `position`?"), "{message}");
    }

    #[test]
    fn a_wrong_date_names_field_line_and_expectation() {
        let text = format!("{MINIMAL}experience:\n  - company: A\n    start: ноябрь\n    end: present\n");
        let message = error(&text);
        assert!(
            message.starts_with("cv.yaml:7:12: experience[0].start: expected a month like 2023-11, found \"ноябрь\""),
            "{message}"
        );
    }

    #[test]
    fn an_end_before_its_start_points_at_the_end() {
        let text = format!("{MINIMAL}experience:\n  - company: A\n    start: \"2020-05\"\n    end: \"2020-01\"\n");
        let message = error(&text);
        assert!(
            message.starts_with("cv.yaml:8:5: experience[0].end: the job ends (2020-01) before it starts (2020-05)"),
            "{message}"
        );
        assert!(message.contains("8 |     end: \"2020-01\""), "no source line: {message}");
    }

    #[test]
    fn dates_after_the_as_of_date_are_refused() {
        let text = format!("{MINIMAL}experience:\n  - company: A\n    start: \"2027-01\"\n    end: present\n");
        assert!(error(&text).contains("experience[0].start: 2027-01 is after the as-of date 2026-02-08"));
    }

    #[test]
    fn urls_and_emails_are_checked() {
        let text = MINIMAL.replace("  name: Иван\n", "  name: Иван\n  contacts:\n    email: ivan.example.org\n");
        assert!(error(&text).starts_with("cv.yaml:5:5: person.contacts.email: expected an e-mail address"));
        let text = format!("{MINIMAL}url: www.example.org\n");
        assert!(error(&text).starts_with("cv.yaml:5:1: url: expected an address like https://example.org"));
        assert!(check_url("https://github.com/LeKovr").is_ok());
        assert!(check_url("mailto:ak+cv@elfire.ru").is_ok());
        assert!(check_url("//www.tender.pro").is_err());
        assert!(check_url("https://").is_err());
    }

    #[test]
    fn empty_required_text_is_refused() {
        let message = error(&MINIMAL.replace("name: Иван", "name: \"  \""));
        assert!(message.starts_with("cv.yaml:3:3: person.name: the name is empty"), "{message}");
    }

    #[test]
    fn deep_flow_nesting_is_refused_but_brackets_in_strings_are_not() {
        let deep = format!("{MINIMAL}skills: {}a{}\n", "[".repeat(100), "]".repeat(100));
        assert!(error(&deep).contains("nested more than 64 levels deep"));
        let quoted = format!("{MINIMAL}skills: [\"{}\", '{}', \"\\\"[[[\"]\n", "[".repeat(100), "{".repeat(100));
        assert!(load_str(Path::new("cv.yaml"), &quoted, None).is_ok());
    }

    #[test]
    fn a_list_where_text_belongs() {
        let message = error(&MINIMAL.replace("headline: Разработчик", "headline: [a, b]"));
        assert!(message.starts_with("cv.yaml:4:11: headline: wrong type: sequence, expected a string"), "{message}");
    }
}
