//! LinkedIn's data export ("Get a copy of your data") made into a CV.
//!
//! The export is a ZIP archive of CSV files (Basic or Complete), at its root
//! or under one folder when it was zipped again; it may also be given
//! unpacked, as a folder. The archive is read in memory, never unpacked to
//! disk: at most [`MAX_ARCHIVE`] bytes, [`MAX_ENTRIES`] entries, and each
//! entry read through a cap, so that an entry which expands far beyond what
//! it claims or what a CSV of a profile can be (a ZIP bomb) is an error, not
//! a full disk or memory.
//!
//! Every CSV is read with the `csv` crate by its header's names, never by
//! column position: LinkedIn adds and reorders columns between exports, and
//! both eras of names (`Start Date`/`Started On`) are accepted. A file may
//! start with a `Notes:` preamble before its header; a quoted field may hold
//! commas and line breaks; a quote that never closes is an error at its
//! line. Files of the network, messages, ads and LinkedIn's inferences are
//! never read for content: the report lists them as skipped, with their
//! numbers of rows. A column the CV has no field for is kept as a comment
//! at the end of the YAML and named in the report, row by row.

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::io::Read;
use std::path::Path;

use super::draft::{Block, Course, Education, Item, Job, Language, Link, Publication};
use super::text::{self, Flavor};
use super::words::{self, Partial, Reading};
use super::{Builder, Imported, Options, Place, join};
use crate::Error;
use crate::data::model::{Date, Lang};

/// The most an archive may hold: a Complete export with years of messages
/// is some megabytes; this leaves room and still fits in memory.
const MAX_ARCHIVE: u64 = 256 << 20;
/// The most one CSV may expand to.
const MAX_FILE: u64 = 64 << 20;
/// The most all entries together may expand to.
const MAX_TOTAL: u64 = 512 << 20;
/// The most entries an archive or folder may have.
const MAX_ENTRIES: usize = 10_000;

/// The files a CV is made of, by their names in lower case (LinkedIn has
/// written some of them with spaces, some with underscores).
const READ: &[&str] = &[
    "profile.csv",
    "email addresses.csv",
    "phonenumbers.csv",
    "phone numbers.csv",
    "positions.csv",
    "education.csv",
    "skills.csv",
    "languages.csv",
    "certifications.csv",
    "courses.csv",
    "projects.csv",
    "publications.csv",
    "honors.csv",
    "volunteering.csv",
    "volunteer experiences.csv",
    "recommendations_received.csv",
    "recommendations received.csv",
];

/// One CSV file of the export, as bytes.
struct File {
    /// The name shown in messages: the path inside the archive or folder.
    shown: String,
    bytes: Vec<u8>,
}

pub(crate) fn import(path: &Path, options: &Options) -> Result<Imported, Error> {
    let files = if path.is_dir() { read_folder(path)? } else { read_zip(path)? };
    let origin_name = path.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
    let mut tables = Vec::new();
    let mut skipped = Vec::new();
    for file in &files {
        let name = file_name(&file.shown).to_lowercase();
        if !name.ends_with(".csv") {
            skipped.push(format!("{} (not a CSV file)", file.shown));
            continue;
        }
        let table = Table::parse(path, file)?;
        if READ.contains(&name.as_str()) {
            tables.push((name, table));
        } else {
            skipped.push(format!("{} ({})", file.shown, rows(table.rows.len())));
        }
    }
    let table = |names: &[&str]| tables.iter().find(|(name, _)| names.contains(&name.as_str())).map(|(_, table)| table);
    if table(&["profile.csv"]).is_none() && table(&["positions.csv"]).is_none() {
        return Err(super::source::whole(
            path,
            "not a LinkedIn data export: it has neither Profile.csv nor Positions.csv; give the archive LinkedIn \
             sends (Basic_LinkedInDataExport_….zip) or the folder it unpacks to"
                .into(),
        ));
    }

    let lang = match options.lang {
        Some(lang) => lang,
        None => guess(&tables),
    };
    let mut cv = Builder::new(path, lang, Flavor::Plain);
    cv.report.note(format!(
        "the CV is in {} ({})",
        lang.code(),
        if options.lang.is_some() { "--lang" } else { "guessed from its text" }
    ));
    let context = Context { lang };

    profile(&mut cv, table(&["profile.csv"]));
    contacts(&mut cv, table(&["email addresses.csv"]), table(&["phonenumbers.csv", "phone numbers.csv"]));
    positions(&mut cv, &context, table(&["positions.csv"]));
    education(&mut cv, &context, table(&["education.csv"]));
    skills(&mut cv, table(&["skills.csv"]));
    languages(&mut cv, table(&["languages.csv"]));
    certifications(&mut cv, &context, table(&["certifications.csv"]), table(&["courses.csv"]));
    free_parts(&mut cv, &context, &tables);

    // What no field took: every other column, row by row.
    for (_, table) in &tables {
        table.keep_unused(&mut cv);
    }
    for (_, table) in &tables {
        for problem in table.problems.borrow().iter() {
            cv.report.problem(problem.clone());
        }
    }
    if !skipped.is_empty() {
        cv.report.note(format!("not CV content, never read: {}", skipped.join(", ")));
    }
    // The archive's name, or the folder LinkedIn's archive unpacks to.
    let stated = export_date(&origin_name)
        .or_else(|| files.iter().find_map(|file| file.shown.split('/').next().and_then(export_date)));
    if stated.is_some() {
        cv.report.moved(format!("the export's date in its name, {origin_name}"), "updated");
    }
    cv.finish(stated, options)
}

/// The day of the export from the archive's name:
/// `Basic_LinkedInDataExport_MM-DD-YYYY.zip`.
fn export_date(name: &str) -> Option<Date> {
    let at = name.find("LinkedInDataExport_")? + "LinkedInDataExport_".len();
    let date = name.get(at..at + 10)?;
    let parts: Vec<&str> = date.split('-').collect();
    let [month, day, year] = parts[..] else { return None };
    Date::parse(&format!("{year}-{month}-{day}"))
}

/// `1 row`, `3 rows`.
fn rows(count: usize) -> String {
    if count == 1 { "1 row".to_owned() } else { format!("{count} rows") }
}

/// The last part of a path inside an archive.
fn file_name(shown: &str) -> &str {
    shown.rsplit(['/', '\\']).next().unwrap_or(shown)
}

fn read_folder(dir: &Path) -> Result<Vec<File>, Error> {
    let paths = crate::input::walk(dir, &|_| true).map_err(|error| match error {
        crate::input::WalkError::TooMany(_) => super::source::whole(
            dir,
            format!("more than {} files and folders below it: not a LinkedIn data export", crate::input::WALK_ENTRIES),
        ),
        crate::input::WalkError::Io(path, source) => Error::io(&path, source),
    })?;
    let mut files = Vec::new();
    let mut total = 0;
    for path in paths.into_iter().take(MAX_ENTRIES) {
        let shown = path.strip_prefix(dir).unwrap_or(&path).to_string_lossy().replace('\\', "/");
        if !shown.to_lowercase().ends_with(".csv") {
            files.push(File { shown, bytes: Vec::new() });
            continue;
        }
        let bytes = crate::input::read(&path, MAX_FILE).map_err(|error| match error {
            crate::input::ReadError::TooLarge(_) => super::source::whole(
                &path,
                format!("larger than {}, more than any file of a LinkedIn export", crate::input::size(MAX_FILE)),
            ),
            other => other.at(&path),
        })?;
        total += bytes.len() as u64;
        if total > MAX_TOTAL {
            return Err(super::source::whole(
                dir,
                format!("its CSV files hold more than {}", crate::input::size(MAX_TOTAL)),
            ));
        }
        files.push(File { shown, bytes });
    }
    Ok(files)
}

fn read_zip(path: &Path) -> Result<Vec<File>, Error> {
    let whole = |message: String| super::source::whole(path, message);
    let bytes = crate::input::read(path, MAX_ARCHIVE).map_err(|error| match error {
        crate::input::ReadError::TooLarge(_) => whole(format!(
            "larger than {}, far more than LinkedIn's export of a profile",
            crate::input::size(MAX_ARCHIVE)
        )),
        other => other.at(path),
    })?;
    if !bytes.starts_with(b"PK\x03\x04") && !bytes.starts_with(b"PK\x05\x06") {
        return Err(whole(
            "not a ZIP archive; give LinkedIn's export as the .zip file it sends, or the folder it unpacks to".into(),
        ));
    }
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|error| whole(format!("not a ZIP archive that can be read: {error}")))?;
    if archive.len() > MAX_ENTRIES {
        return Err(whole(format!("more than {MAX_ENTRIES} entries: not a LinkedIn data export")));
    }
    let mut files = Vec::new();
    let mut total = 0u64;
    for index in 0..archive.len() {
        let mut entry =
            archive.by_index(index).map_err(|error| whole(format!("entry {} cannot be read: {error}", index + 1)))?;
        if entry.is_dir() {
            continue;
        }
        let shown = String::from_utf8_lossy(entry.name_raw()).replace('\\', "/");
        if !shown.to_lowercase().ends_with(".csv") {
            files.push(File { shown, bytes: Vec::new() });
            continue;
        }
        let bomb = |shown: &str| {
            whole(format!(
                "{shown} expands to more than {}, more than any file of a LinkedIn export (a ZIP bomb?); nothing was imported",
                crate::input::size(MAX_FILE)
            ))
        };
        if entry.size() > MAX_FILE {
            return Err(bomb(&shown));
        }
        // The sizes in the archive may lie: the cap holds whatever they say.
        let mut content = Vec::new();
        (&mut entry)
            .take(MAX_FILE + 1)
            .read_to_end(&mut content)
            .map_err(|error| whole(format!("{shown} cannot be unpacked: {error}")))?;
        if content.len() as u64 > MAX_FILE {
            return Err(bomb(&shown));
        }
        total += content.len() as u64;
        if total > MAX_TOTAL {
            return Err(whole(format!(
                "its files expand to more than {} together (a ZIP bomb?); nothing was imported",
                crate::input::size(MAX_TOTAL)
            )));
        }
        files.push(File { shown, bytes: content });
    }
    files.sort_by(|a, b| a.shown.cmp(&b.shown));
    Ok(files)
}

/// A CSV file read by its header.
struct Table {
    shown: String,
    header: Vec<String>,
    rows: Vec<Row>,
    /// Columns some field read.
    used: RefCell<BTreeSet<usize>>,
    /// Problems at rows, as `file: line N: message`.
    problems: RefCell<Vec<String>>,
}

struct Row {
    line: u64,
    fields: Vec<String>,
}

impl Table {
    fn parse(origin: &Path, file: &File) -> Result<Table, Error> {
        let place = format!("{}: {}", origin.display(), file.shown);
        let bytes = file.bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&file.bytes);
        if let Some(line) = unclosed_quote(bytes) {
            return Err(Error::Other(
                format!(
                    "{place}:{line}: a quoted field starts here and never closes (a broken quote); nothing was imported"
                )
                .into(),
            ));
        }
        let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(bytes);
        let mut records = Vec::new();
        for record in reader.records() {
            let record = record.map_err(|error| {
                let line = error.position().map_or(0, |position| position.line());
                let why = match error.kind() {
                    csv::ErrorKind::Utf8 { .. } => "not UTF-8 text".to_owned(),
                    _ => error.to_string(),
                };
                Error::Other(format!("{place}:{line}: {why}").into())
            })?;
            let line = record.position().map_or(0, |position| position.line());
            records.push(Row { line, fields: record.iter().map(str::to_owned).collect() });
        }
        // A preamble (`Notes:` and a quoted note) stands before the header:
        // the header is the first row with a column LinkedIn's files have,
        // or else the first with more than one column.
        let known = |row: &Row| row.fields.iter().any(|field| KNOWN_COLUMNS.contains(&field.trim()));
        let header_at = records
            .iter()
            .position(known)
            .or_else(|| records.iter().position(|row| row.fields.iter().filter(|f| !f.trim().is_empty()).count() > 1))
            .unwrap_or(0);
        let mut rows = records.split_off(header_at.min(records.len()));
        let header = if rows.is_empty() {
            Vec::new()
        } else {
            rows.remove(0).fields.iter().map(|name| name.trim().to_owned()).collect()
        };
        rows.retain(|row| row.fields.iter().any(|field| !field.trim().is_empty()));
        Ok(Table {
            shown: file.shown.clone(),
            header,
            rows,
            used: RefCell::new(BTreeSet::new()),
            problems: RefCell::new(Vec::new()),
        })
    }

    /// The value of the first of `columns` this file has, trimmed; none when
    /// blank.
    fn get(&self, row: &Row, columns: &[&str]) -> Option<String> {
        for column in columns {
            let Some(index) = self.header.iter().position(|name| name.eq_ignore_ascii_case(column)) else { continue };
            self.used.borrow_mut().insert(index);
            let value = row.fields.get(index).map(|value| value.trim()).unwrap_or_default();
            return (!value.is_empty()).then(|| value.replace("\r\n", "\n"));
        }
        None
    }

    /// Marks columns as accounted for without taking their values.
    fn skip(&self, columns: &[&str]) {
        for column in columns {
            if let Some(index) = self.header.iter().position(|name| name.eq_ignore_ascii_case(column)) {
                self.used.borrow_mut().insert(index);
            }
        }
    }

    /// A web address of the row; one that is not an address is a problem,
    /// kept as a comment.
    fn url(&self, cv: &mut Builder, row: &Row, columns: &[&str]) -> Option<String> {
        let raw = self.get(row, columns)?;
        let url = text::web_address(&raw);
        if url.is_none() {
            self.problem(row, format!("{}: {raw:?} is not a web address; kept as a comment", columns[0]));
            cv.keep(&format!("{} line {}, {}", self.shown, row.line, columns[0]), &serde_json::Value::String(raw));
        }
        url
    }

    fn problem(&self, row: &Row, message: String) {
        self.problems.borrow_mut().push(format!("{}:{}: {message}", self.shown, row.line));
    }

    /// Keeps the values of columns no field read, and names the columns.
    fn keep_unused(&self, cv: &mut Builder) {
        let used = self.used.borrow();
        let mut named = Vec::new();
        for (index, column) in self.header.iter().enumerate() {
            if used.contains(&index) {
                continue;
            }
            let mut any = false;
            for row in &self.rows {
                let Some(value) = row.fields.get(index).map(|value| value.trim()).filter(|value| !value.is_empty())
                else {
                    continue;
                };
                any = true;
                cv.keep(
                    &format!("{} line {}, {column}", self.shown, row.line),
                    &serde_json::Value::String(value.to_owned()),
                );
            }
            if any {
                named.push(column.as_str());
            }
        }
        if !named.is_empty() {
            cv.report.note(format!(
                "{}: {} kept as comments at the end of the YAML (the CV has no field for them)",
                self.shown,
                named.join(", ")
            ));
        }
    }
}

/// Every column name of the files the import reads, in both eras.
const KNOWN_COLUMNS: &[&str] = &[
    "First Name",
    "Last Name",
    "Headline",
    "Email Address",
    "Number",
    "Company Name",
    "Title",
    "School Name",
    "Name",
    "Proficiency",
    "Started On",
    "Start Date",
    "Role",
    "Text",
    "URL",
    "Url",
    "Connected On",
    "From",
    "To",
    "Date",
];

/// The line where a quoted field opens and never closes, if one does.
fn unclosed_quote(bytes: &[u8]) -> Option<u64> {
    let (mut line, mut opened_at) = (1u64, 0u64);
    let mut quoted = false;
    let mut field_start = true;
    let mut index = 0;
    while index < bytes.len() {
        let byte = bytes[index];
        if quoted {
            if byte == b'"' {
                if bytes.get(index + 1) == Some(&b'"') {
                    index += 1;
                } else {
                    quoted = false;
                }
            } else if byte == b'\n' {
                line += 1;
            }
        } else {
            match byte {
                b'"' if field_start => {
                    quoted = true;
                    opened_at = line;
                }
                b'\n' => {
                    line += 1;
                    field_start = true;
                    index += 1;
                    continue;
                }
                b',' => {
                    field_start = true;
                    index += 1;
                    continue;
                }
                _ => {}
            }
        }
        field_start = false;
        index += 1;
    }
    quoted.then_some(opened_at)
}

/// The language of the profile's own text.
fn guess(tables: &[(String, Table)]) -> Lang {
    let mut texts = Vec::new();
    for (name, table) in tables {
        let columns: &[&str] = match name.as_str() {
            "profile.csv" => &["Headline", "Summary"],
            "positions.csv" => &["Title", "Description"],
            "education.csv" => &["Degree Name", "Notes"],
            _ => continue,
        };
        for row in &table.rows {
            for column in columns {
                if let Some(index) = table.header.iter().position(|name| name == column)
                    && let Some(value) = row.fields.get(index)
                {
                    texts.push(value.clone());
                }
            }
        }
    }
    words::guess_lang(texts.iter().map(String::as_str))
}

struct Context {
    lang: Lang,
}

impl Context {
    /// A date of a row: `Mon YYYY`, `YYYY` and the other forms people write;
    /// a problem at the row when it cannot be read.
    fn date(&self, table: &Table, row: &Row, columns: &[&str]) -> When {
        let Some(text) = table.get(row, columns) else { return When::Missing };
        match words::read_date(&text, Lang::EN) {
            Reading::Date(date, note) => {
                if let Some(note) = note {
                    table.problem(row, format!("{}: {text:?}: {note}", columns[0]));
                }
                When::Date(date)
            }
            Reading::Present => When::Present,
            Reading::Unclear(why) => {
                table.problem(
                    row,
                    format!("{}: {text:?} is not a date cvpdf can read ({why}); printed as written", columns[0]),
                );
                When::Text(text)
            }
        }
    }

    fn period(&self, table: &Table, row: &Row, start: &[&str], end: &[&str]) -> (When, When) {
        let mut from = self.date(table, row, start);
        let mut to = self.date(table, row, end);
        if let (When::Date(first), When::Date(last)) = (&from, &to)
            && last.end_month() < first.start_month()
        {
            table.problem(
                row,
                format!(
                    "{}: the period ends ({}) before it starts ({}); read with the two swapped",
                    end[0],
                    last.words(Lang::EN),
                    first.words(Lang::EN)
                ),
            );
            std::mem::swap(&mut from, &mut to);
        }
        (from, to)
    }

    /// A single date in words, or as written when it cannot be read.
    fn words(&self, when: &When) -> Option<String> {
        match when {
            When::Date(date) => Some(date.words(self.lang)),
            When::Text(text) => Some(text::escape(text)),
            _ => None,
        }
    }

    /// A period in words; an empty end means the entry is still going.
    fn period_words(&self, start: &When, end: &When) -> Option<String> {
        let lang = self.lang;
        match (start, end) {
            (When::Date(start), When::Date(end)) => words::period(lang, Some(*start), Some(*end)),
            (When::Date(start), When::Present | When::Missing) => words::period(lang, Some(*start), None),
            (When::Missing, When::Date(end)) => Some(end.words(lang)),
            (When::Missing, _) => None,
            _ => {
                let end = self.words(end).or_else(|| Some(words::locale_message(lang, "present")));
                join([self.words(start), end], " — ")
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
enum When {
    Missing,
    Date(Partial),
    Present,
    Text(String),
}

fn profile(cv: &mut Builder, table: Option<&Table>) {
    let words = cv.words;
    let row = table.and_then(|table| table.rows.first().map(|row| (table, row)));
    let Some((table, row)) = row else {
        cv.draft.person.name = words.name_placeholder.to_owned();
        cv.draft.headline = words.headline_placeholder.to_owned();
        cv.report.note(format!(
            "there is no Profile.csv; person.name is «{}» and the headline «{}»: replace them",
            words.name_placeholder, words.headline_placeholder
        ));
        return;
    };
    let get = |columns: &[&str]| table.get(row, columns);
    match join([get(&["First Name"]), get(&["Last Name"])], " ") {
        Some(name) => {
            cv.draft.person.name = cv.line(&name);
            cv.report.moved("Profile.csv: First Name, Last Name", "person.name");
        }
        None => {
            cv.draft.person.name = words.name_placeholder.to_owned();
            cv.report.note(format!("Profile.csv has no name; person.name is «{}»: replace it", words.name_placeholder));
        }
    }
    match get(&["Headline"]) {
        Some(headline) => {
            cv.draft.headline = cv.line(&headline);
            cv.report.moved("Profile.csv: Headline", "headline");
        }
        None => {
            cv.draft.headline = words.headline_placeholder.to_owned();
            cv.report.note(format!("Profile.csv has no headline; it is «{}»: replace it", words.headline_placeholder));
        }
    }
    let summary = get(&["Summary"]);
    cv.draft.about = cv.blocks(summary.as_deref());
    if !cv.draft.about.is_empty() {
        cv.report.moved("Profile.csv: Summary", "about");
    }
    let location = get(&["Geo Location"]).or_else(|| get(&["Address"]));
    if let Some(location) = location {
        cv.draft.person.location = Some(cv.line(&location.replace('\n', ", ")));
        cv.report.moved("Profile.csv: Geo Location (else Address)", "person.location");
    }
    if let Some(industry) = get(&["Industry"]) {
        cv.draft.specialisations.push(cv.line(&industry));
        cv.report.moved("Profile.csv: Industry", "specialisations");
    }
    if let Some(birth) = get(&["Birth Date"]) {
        match words::read_date(&birth, Lang::EN) {
            Reading::Date(date, None) if date.day.is_some() => {
                cv.draft.person.birth_date = Some(date.last_day().to_string());
                cv.report.moved("Profile.csv: Birth Date", "person.birth_date");
            }
            _ => {
                cv.keep("Profile.csv, Birth Date", &serde_json::Value::String(birth));
                cv.report.note("Profile.csv: the birth date is not a whole date with a year; kept as a comment");
            }
        }
    }
    let mut links = 0;
    if let Some(websites) = get(&["Websites"]) {
        for (kind, url) in websites_of(&websites) {
            match text::web_address(&url) {
                Some(url) => {
                    let label = cv.line(&crate::contract::url_text(&url).text);
                    cv.draft.person.contacts.links.push(Link { label, url });
                    links += 1;
                }
                None => {
                    table.problem(row, format!("Websites: {url:?} ({kind}) is not a web address; kept as a comment"));
                    cv.keep("Profile.csv, Websites", &serde_json::Value::String(url));
                }
            }
        }
    }
    if let Some(handles) = get(&["Twitter Handles"]) {
        for handle in handles.split([',', '[', ']', ' ']).map(|handle| handle.trim().trim_start_matches('@')) {
            if handle.is_empty() {
                continue;
            }
            if handle.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                let url = format!("https://x.com/{handle}");
                cv.draft.person.contacts.links.push(Link { label: text::escape(&format!("@{handle}")), url });
                links += 1;
            } else {
                cv.keep("Profile.csv, Twitter Handles", &serde_json::Value::String(handle.to_owned()));
            }
        }
    }
    if links > 0 {
        cv.report.moved("Profile.csv: Websites, Twitter Handles", "person.contacts.links");
    }
}

/// LinkedIn's `Websites`: `[TYPE:URL]`, `[TYPE:OTHER:URL]`, several joined
/// by commas, or a bare address; `(type, address)` pairs.
fn websites_of(text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let parts: Vec<&str> = if text.contains('[') {
        text.split('[').map(|part| part.trim().trim_end_matches(',').trim().trim_end_matches(']')).collect()
    } else {
        text.split([',', ' ', '\n']).collect()
    };
    for part in parts.into_iter().map(str::trim).filter(|part| !part.is_empty()) {
        let lower = part.to_ascii_lowercase();
        let start = ["https://", "http://", "www."].iter().filter_map(|scheme| lower.find(scheme)).min();
        match start {
            Some(start) => {
                let kind = part[..start].trim_end_matches(':').replace(':', " ").to_lowercase();
                out.push((kind, part[start..].to_owned()));
            }
            None => {
                let (kind, rest) = part.split_once(':').unwrap_or(("", part));
                out.push((kind.to_lowercase(), rest.to_owned()));
            }
        }
    }
    out
}

fn contacts(cv: &mut Builder, emails: Option<&Table>, phones: Option<&Table>) {
    if let Some(table) = emails {
        let mut chosen = None;
        for row in &table.rows {
            let Some(address) = table.get(row, &["Email Address"]) else { continue };
            let primary = table.get(row, &["Primary"]).is_some_and(|flag| flag.eq_ignore_ascii_case("yes"));
            table.skip(&["Confirmed", "Updated On"]);
            match (primary || chosen.is_none(), text::email(&address)) {
                (true, Some(email)) if chosen.is_none() || primary => {
                    if let Some(previous) = chosen.replace(email) {
                        cv.keep("Email Addresses.csv, Email Address", &serde_json::Value::String(previous));
                    }
                }
                _ => cv.keep(&format!("Email Addresses.csv line {}", row.line), &serde_json::Value::String(address)),
            }
        }
        if let Some(email) = chosen {
            cv.draft.person.contacts.email = Some(email);
            cv.report.moved(
                "Email Addresses.csv: the primary address",
                "person.contacts.email (the others kept as comments)",
            );
        }
    }
    if let Some(table) = phones {
        let mut numbers: Vec<(bool, String, &Row)> = Vec::new();
        for row in &table.rows {
            let Some(number) = table.get(row, &["Number"]) else { continue };
            let extension = table.get(row, &["Extension"]);
            let mobile = table.get(row, &["Type"]).is_some_and(|kind| kind.eq_ignore_ascii_case("mobile"));
            let number = join([Some(number), extension.map(|ext| format!("ext. {ext}"))], " ").unwrap_or_default();
            numbers.push((mobile, number, row));
        }
        // A mobile number first, else the first.
        numbers.sort_by_key(|(mobile, _, _)| !*mobile);
        let mut numbers = numbers.into_iter();
        if let Some((_, number, row)) = numbers.next() {
            match text::phone(&number) {
                Some(phone) => {
                    cv.draft.person.contacts.phone = Some(phone);
                    cv.report.moved("PhoneNumbers.csv: a mobile number, else the first", "person.contacts.phone");
                }
                None => {
                    table.problem(row, format!("Number: {number:?} is not a phone number; kept as a comment"));
                    cv.keep("PhoneNumbers.csv, Number", &serde_json::Value::String(number));
                }
            }
        }
        for (_, number, row) in numbers {
            cv.keep(&format!("PhoneNumbers.csv line {}", row.line), &serde_json::Value::String(number));
        }
    }
}

fn positions(cv: &mut Builder, context: &Context, table: Option<&Table>) {
    let Some(table) = table else { return };
    let words = cv.words;
    for row in &table.rows {
        let company = table.get(row, &["Company Name"]).map(|company| cv.line(&company));
        let title = table.get(row, &["Title"]).map(|title| cv.line(&title));
        let location = table.get(row, &["Location"]).map(|location| cv.line(&location));
        let description = cv.blocks(table.get(row, &["Description"]).as_deref());
        let (start, end) = context.period(table, row, &["Started On", "Start Date"], &["Finished On", "End Date"]);
        let When::Date(start_date) = start else {
            let heading = join([title, company], ", ");
            let line = join([context.period_words(&start, &end), location], ", ");
            let section = cv.section("undated-work", words.undated_work, Place::AfterExperience);
            section.extend(heading.map(Block::Heading));
            section.extend(line.map(Block::Paragraph));
            section.extend(description);
            table.problem(row, format!("no start date cvpdf can read; kept in the section «{}»", words.undated_work));
            continue;
        };
        let end = match end {
            When::Date(end) => end.end_month().to_string(),
            When::Present | When::Missing => "present".to_owned(),
            When::Text(text) => {
                table.problem(row, format!("Finished On: {text:?} cannot be read; the job is written as still going"));
                cv.keep(&format!("{} line {}, Finished On", table.shown, row.line), &serde_json::Value::String(text));
                "present".to_owned()
            }
        };
        let company = company.unwrap_or_else(|| {
            table.problem(row, format!("no company; it reads «{}»", words.company_placeholder));
            words.company_placeholder.to_owned()
        });
        cv.draft.experience.push(Job {
            company,
            url: None,
            city: location,
            industry: None,
            position: title,
            start: start_date.start_month().to_string(),
            end,
            description,
            items: Vec::new(),
        });
    }
    cv.report.moved(
        format!("Positions.csv ({})", rows(table.rows.len())),
        "experience (an empty Finished On: still going; lines starting with -, •, * → items)",
    );
}

fn education(cv: &mut Builder, context: &Context, table: Option<&Table>) {
    let Some(table) = table else { return };
    let words = cv.words;
    for row in &table.rows {
        let school = table.get(row, &["School Name"]).map(|school| cv.line(&school));
        let degree = table.get(row, &["Degree Name"]).map(|degree| cv.line(&degree));
        let notes = table.get(row, &["Notes"]);
        let activities = table.get(row, &["Activities"]);
        let (start, end) = context.period(table, row, &["Start Date", "Started On"], &["End Date", "Finished On"]);
        let year = |when: &When| match when {
            When::Date(date) => u16::try_from(date.year).ok(),
            _ => None,
        };
        match (school.clone(), year(&end)) {
            (Some(institution), Some(end_year)) => cv.draft.education.push(Education {
                institution,
                level: None,
                start: year(&start),
                end: end_year,
                city: None,
                faculty: None,
                degree,
            }),
            (school, _) => {
                let text = join([school, degree, context.period_words(&start, &end)], ", ");
                let Some(text) = text else { continue };
                cv.section_item("undated-education", words.undated_education, Place::AfterEducation, Item::new(text));
                table.problem(
                    row,
                    format!("no end year or no school; kept in the section «{}»", words.undated_education),
                );
            }
        }
        if notes.is_some() || activities.is_some() {
            let blocks: Vec<Block> = [notes, activities].iter().flat_map(|text| cv.blocks(text.as_deref())).collect();
            let section = cv.section("education-notes", words.coursework, Place::AfterEducation);
            section.extend(school.map(Block::Heading));
            section.extend(blocks);
        }
    }
    cv.report.moved(
        format!("Education.csv ({})", rows(table.rows.len())),
        format!("education (Degree Name → degree); Notes and Activities → section «{}»", words.coursework),
    );
}

fn skills(cv: &mut Builder, table: Option<&Table>) {
    let Some(table) = table else { return };
    let mut seen: BTreeSet<String> = BTreeSet::new();
    let mut duplicates = 0;
    for row in &table.rows {
        let Some(name) = table.get(row, &["Name"]) else { continue };
        if seen.insert(name.to_lowercase()) {
            cv.draft.skills.push(cv.line(&name));
        } else {
            duplicates += 1;
        }
    }
    let note =
        if duplicates > 0 { format!(" ({duplicates} written again in another case left out)") } else { String::new() };
    cv.report.moved(format!("Skills.csv ({})", rows(table.rows.len())), format!("skills{note}"));
}

fn languages(cv: &mut Builder, table: Option<&Table>) {
    let Some(table) = table else { return };
    let words = cv.words;
    for row in &table.rows {
        let Some(name) = table.get(row, &["Name"]) else { continue };
        let level = match table.get(row, &["Proficiency"]) {
            Some(level) => match words.proficiency(&level) {
                Some(level) => level.to_owned(),
                None => cv.line(&level.to_lowercase().replace('_', " ")),
            },
            None => words.level_not_given.to_owned(),
        };
        cv.draft.languages.push(Language { name: cv.line(&name), level });
    }
    cv.report.moved(
        format!("Languages.csv ({})", rows(table.rows.len())),
        format!("languages (proficiency in {})", cv.lang().code()),
    );
}

fn certifications(cv: &mut Builder, context: &Context, certifications: Option<&Table>, courses: Option<&Table>) {
    let words = cv.words;
    if let Some(table) = certifications {
        for row in &table.rows {
            let name = join(
                [
                    table.get(row, &["Name"]).map(|name| cv.line(&name)),
                    table.get(row, &["Authority"]).map(|authority| cv.line(&authority)),
                    table.get(row, &["License Number"]).map(|number| cv.line(&number)),
                ],
                ", ",
            );
            let Some(name) = name else { continue };
            let url = table.url(cv, row, &["Url", "URL"]);
            let start = context.date(table, row, &["Started On", "Start Date"]);
            table.skip(&["Finished On", "End Date"]);
            if let Some(expiry) = table.get(row, &["Finished On", "End Date"]) {
                cv.keep(
                    &format!("{} line {}, Finished On (expiry)", table.shown, row.line),
                    &serde_json::Value::String(expiry),
                );
            }
            match start {
                When::Date(date) if u16::try_from(date.year).is_ok() => {
                    cv.draft.courses.push(Course { name, year: date.year as u16, url });
                }
                _ => {
                    let text = match url {
                        Some(url) => text::link(&name, &url),
                        None => name,
                    };
                    cv.section_item("certificates", words.certificates, Place::AfterEducation, Item::new(text));
                }
            }
        }
        cv.report.moved(
            format!("Certifications.csv ({})", rows(table.rows.len())),
            format!("courses (without a date → section «{}»)", words.certificates),
        );
    }
    if let Some(table) = courses {
        for row in &table.rows {
            let name = table.get(row, &["Name"]).map(|name| cv.line(&name));
            let number = table.get(row, &["Number"]).map(|number| cv.line(&number));
            let Some(text) = join([name, number], ", ") else { continue };
            cv.section_item("coursework", words.coursework, Place::AfterEducation, Item::new(text));
        }
        cv.report.moved(format!("Courses.csv ({})", rows(table.rows.len())), format!("section «{}»", words.coursework));
    }
}

/// Projects, publications, honors, volunteering and visible recommendations:
/// titled free parts.
fn free_parts(cv: &mut Builder, context: &Context, tables: &[(String, Table)]) {
    let words = cv.words;
    let table = |names: &[&str]| tables.iter().find(|(name, _)| names.contains(&name.as_str())).map(|(_, table)| table);
    if let Some(table) = table(&["projects.csv"]) {
        for row in &table.rows {
            let url = table.url(cv, row, &["Url", "URL"]);
            let title = table.get(row, &["Title"]).map(|title| cv.line(&title));
            let heading = match (title, url) {
                (Some(title), Some(url)) => Some(text::link(&title, &url)),
                (title, url) => title.or(url.map(|url| cv.line(&url))),
            };
            let (start, end) = context.period(table, row, &["Started On", "Start Date"], &["Finished On", "End Date"]);
            let period = context.period_words(&start, &end);
            let body = cv.blocks(table.get(row, &["Description"]).as_deref());
            let section = cv.section("projects", words.projects, Place::AfterExperience);
            section.extend(heading.map(Block::Heading));
            section.extend(period.map(Block::Paragraph));
            section.extend(body);
        }
        cv.report.moved(format!("Projects.csv ({})", rows(table.rows.len())), format!("section «{}»", words.projects));
    }
    if let Some(table) = table(&["publications.csv"]) {
        for row in &table.rows {
            let url = table.url(cv, row, &["Url", "URL"]);
            let name = table.get(row, &["Name", "Title"]).map(|name| cv.line(&name));
            let Some(title) = name.or_else(|| url.clone()) else { continue };
            let year = match context.date(table, row, &["Published On", "Date"]) {
                When::Date(date) => u16::try_from(date.year).ok(),
                _ => None,
            };
            cv.draft.publication(Publication {
                title,
                venue: table.get(row, &["Publisher"]).map(|publisher| cv.line(&publisher)),
                year,
                url,
                note: cv.field(table.get(row, &["Description"]).as_deref()),
                ..Publication::default()
            });
        }
        cv.report.moved(format!("Publications.csv ({})", rows(table.rows.len())), "publications");
    }
    if let Some(table) = table(&["honors.csv"]) {
        for row in &table.rows {
            let heading = table.get(row, &["Title"]).map(|title| cv.line(&title));
            let date = context.words(&context.date(table, row, &["Issued On", "Date"]));
            let body = cv.blocks(table.get(row, &["Description"]).as_deref());
            let section = cv.section("honors", words.honors, Place::End);
            section.extend(heading.map(Block::Heading));
            section.extend(date.map(Block::Paragraph));
            section.extend(body);
        }
        cv.report.moved(format!("Honors.csv ({})", rows(table.rows.len())), format!("section «{}»", words.honors));
    }
    if let Some(table) = table(&["volunteering.csv", "volunteer experiences.csv"]) {
        for row in &table.rows {
            let heading = join(
                [
                    table.get(row, &["Role"]).map(|role| cv.line(&role)),
                    table.get(row, &["Company Name", "Organization"]).map(|company| cv.line(&company)),
                ],
                ", ",
            );
            let (start, end) = context.period(table, row, &["Started On", "Start Date"], &["Finished On", "End Date"]);
            let line = join(
                [context.period_words(&start, &end), table.get(row, &["Cause"]).map(|cause| cv.line(&cause))],
                ", ",
            );
            let body = cv.blocks(table.get(row, &["Description"]).as_deref());
            let section = cv.section("volunteer", words.volunteering, Place::AfterExperience);
            section.extend(heading.map(Block::Heading));
            section.extend(line.map(Block::Paragraph));
            section.extend(body);
        }
        cv.report.moved(
            format!("{} ({})", table.shown, rows(table.rows.len())),
            format!("section «{}»", words.volunteering),
        );
    }
    if let Some(table) = table(&["recommendations_received.csv", "recommendations received.csv"]) {
        let mut hidden = 0;
        for row in &table.rows {
            let status = table.get(row, &["Status"]).unwrap_or_default();
            if !status.is_empty() && !status.eq_ignore_ascii_case("visible") {
                hidden += 1;
                continue;
            }
            let name = join([table.get(row, &["First Name"]), table.get(row, &["Last Name"])], " ");
            let heading = join(
                [
                    name.map(|name| cv.line(&name)),
                    table.get(row, &["Job Title"]).map(|title| cv.line(&title)),
                    table.get(row, &["Company"]).map(|company| cv.line(&company)),
                ],
                ", ",
            );
            let body = cv.blocks(table.get(row, &["Text"]).as_deref());
            table.skip(&["Creation Date"]);
            let section = cv.section("recommendations", words.recommendations, Place::End);
            section.extend(heading.map(Block::Heading));
            section.extend(body);
        }
        let rest = if hidden > 0 { format!("; {hidden} not visible on the profile left out") } else { String::new() };
        cv.report.moved(
            format!("{} ({})", table.shown, rows(table.rows.len())),
            format!("section «{}» (visible ones){rest}", words.recommendations),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(text: &str) -> Table {
        Table::parse(Path::new("x.zip"), &File { shown: "T.csv".into(), bytes: text.as_bytes().to_vec() }).unwrap()
    }

    #[test]
    fn header_after_a_preamble_and_quoted_newlines() {
        let t = table(
            "Notes:\n\"When exporting, some, data may be missing.\"\n\nFirst Name,Last Name,Company\nAna,\"Lee\",\"Acme, Inc.\nLabs\"\nBo,Ng,X\n",
        );
        assert_eq!(t.header, ["First Name", "Last Name", "Company"]);
        assert_eq!(t.rows.len(), 2);
        assert_eq!(t.get(&t.rows[0], &["Company"]).as_deref(), Some("Acme, Inc.\nLabs"));
        assert_eq!(t.rows[1].line, 7);
    }

    #[test]
    fn a_broken_quote_is_found_at_its_line() {
        assert_eq!(unclosed_quote(b"a,b\n\"x\",\"y\"\"z\"\n1,\"open\n2,3\n"), Some(3));
        assert_eq!(unclosed_quote(b"a,b\n\"x, \"\"q\"\"\",2\n"), None);
        assert_eq!(unclosed_quote(b"a,b\nsay \"hi\",2\n"), None);
    }

    #[test]
    fn websites_in_linkedins_forms() {
        assert_eq!(
            websites_of("[PERSONAL:https://a.dev],[OTHER:Blog:https://b.org/x]"),
            [
                ("personal".to_owned(), "https://a.dev".to_owned()),
                ("other blog".to_owned(), "https://b.org/x".to_owned())
            ]
        );
        assert_eq!(websites_of("https://c.io"), [(String::new(), "https://c.io".to_owned())]);
        assert_eq!(export_date("Basic_LinkedInDataExport_03-14-2026.zip"), Date::parse("2026-03-14"));
    }
}
