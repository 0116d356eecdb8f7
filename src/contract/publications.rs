//! The publications part of the contract: every entry formatted once by
//! its CSL style (hayagriva, the engine Typst itself uses) into rich text,
//! with the CV owner's name in bold among the authors and DOIs and
//! addresses as links. Every output prints these nodes as they are; none
//! formats a reference itself.
//!
//! The style's own markup (`ElemChild::Markup`, Typst code in hayagriva's
//! eyes) is taken as plain text: a bibliography is data, never code.

use std::sync::OnceLock;

use hayagriva::citationberg::{Locale as CslLocale, LocaleCode};
use hayagriva::types::{EntryType, Person};
use hayagriva::{
    BibliographyDriver, BibliographyRequest, CitationItem, CitationRequest, ElemChild, ElemChildren, ElemMeta,
};
use serde::Serialize;

use super::Rich;
use super::wording::Words;
use crate::data::model::Cv;
use crate::data::publications::{DoiForm, Numbering, Publication, PublicationKind, PublicationOrder};
use crate::markup::{self, Inline, Span};

/// The publications as a template receives them.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Publications {
    /// The name of the style that formatted them (`apa`, a `.csl` file's path).
    pub style: Option<String>,
    /// The entries in groups: one group without a title, or one per kind
    /// of publication when the data asks for groups.
    pub groups: Vec<Group>,
    /// How many entries there are in all.
    pub count: usize,
    /// The keys of the entries the style printed nothing for (their title
    /// stands in), for a warning; not part of what templates receive.
    #[serde(skip)]
    pub unformatted: Vec<String>,
}

/// Publications of one kind, or all of them.
#[derive(Debug, Clone, Serialize)]
pub struct Group {
    /// `article`, `conference`, `book`, `thesis`, `report`, `talk`,
    /// `preprint`, `other`; `all` when the entries are not grouped.
    pub kind: String,
    /// The group's title in the CV's language; none when not grouped.
    pub title: Option<String>,
    pub entries: Vec<Entry>,
}

/// One formatted publication.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    /// The key of its bibliography entry, or `entries[N]` for one written
    /// in the data.
    pub key: String,
    /// Its number as printed before it («[3]»), when the list is numbered
    /// or the style numbers its entries.
    pub label: Option<String>,
    /// The entry as the style formats it: the authors (the CV's owner in
    /// bold), the title, the venue, the year, DOI and address as links.
    pub body: Rich,
    /// The kind of publication, as in [`Group::kind`].
    pub kind: String,
    pub year: Option<i32>,
    /// The DOI (`10.1000/xyz`) and the web address, as the entry gives them.
    pub doi: Option<String>,
    pub url: Option<String>,
    /// The title without formatting, for metadata and exports.
    pub title: String,
    /// Where it appeared, without formatting: the journal, the conference,
    /// the publisher or the institution.
    pub venue: Option<String>,
    /// `new` or `keep`, as an entry written in the data asks; none for one
    /// from a bibliography file.
    pub page: Option<String>,
}

/// One entry on its way to the contract.
struct Source {
    key: String,
    entry: hayagriva::Entry,
    kind: PublicationKind,
    /// The data's note, which no style prints: it follows the reference.
    note: Option<Rich>,
    /// The page break the data asks for around an entry written in it.
    page: Option<crate::data::model::PageBreak>,
}

/// The CSL locales bundled with hayagriva, decoded once.
fn csl_locales() -> &'static [CslLocale] {
    static LOCALES: OnceLock<Vec<CslLocale>> = OnceLock::new();
    LOCALES.get_or_init(hayagriva::archive::locales)
}

/// How many formatted lists the memo keeps: the whole CV and its variants,
/// and the trials of fitting one into pages, in a language or two.
const MEMO_SIZE: usize = 8;

/// The publications of `cv` (as a variant shows them) formatted in its
/// language. A style formats a long list in a noticeable time (an
/// author-date style disambiguates among all entries), and fitting a CV
/// into pages builds its contract again and again with the same list: the
/// last lists formatted are kept, by a digest of everything they depend on.
pub(crate) fn build(cv: &Cv, words: &Words) -> Publications {
    use std::hash::{Hash, Hasher};
    static MEMO: std::sync::Mutex<Vec<(u64, Publications)>> = std::sync::Mutex::new(Vec::new());
    let Some(data) = &cv.publications else { return Publications::default() };
    let Some(library) = &data.library else { return Publications::default() };
    let mut digest = std::collections::hash_map::DefaultHasher::new();
    library.digest.hash(&mut digest);
    library.records.iter().for_each(|record| (record.entry.key(), &record.tags).hash(&mut digest));
    format!("{:?}", (&data.entries.0, &data.me, data.sort, data.group, data.numbering, data.doi)).hash(&mut digest);
    (cv.lang.code(), &*cv.person.name).hash(&mut digest);
    // The group titles, which the data's `labels:` may change.
    for kind in ["article", "conference", "book", "thesis", "report", "talk", "preprint", "other"] {
        words.publication_group(kind).hash(&mut digest);
    }
    let digest = digest.finish();
    let found = MEMO
        .lock()
        .ok()
        .and_then(|memo| memo.iter().find(|(key, _)| *key == digest).map(|(_, publications)| publications.clone()));
    if let Some(found) = found {
        return found;
    }
    let built = format(cv, data, library, words);
    if let Ok(mut memo) = MEMO.lock() {
        if memo.len() >= MEMO_SIZE {
            memo.remove(0);
        }
        memo.push((digest, built.clone()));
    }
    built
}

/// [`build`] without the memo.
fn format(
    cv: &Cv,
    data: &crate::data::publications::Publications,
    library: &crate::data::publications::Library,
    words: &Words,
) -> Publications {
    let mut sources: Vec<Source> = library
        .records
        .iter()
        .map(|record| Source {
            key: record.entry.key().to_owned(),
            kind: kind_of(&record.entry),
            entry: not_english(record.entry.clone()),
            note: None,
            page: None,
        })
        .collect();
    sources.extend(data.entries.iter().enumerate().map(|(index, publication)| {
        let key = format!("entries[{index}]");
        let note = publication.note.as_deref().map(markup::parse);
        let entry = not_english(entry_of(&key, publication));
        Source { entry, key, kind: publication.kind, note, page: publication.page }
    }));
    if data.sort == PublicationOrder::Newest {
        // Stable: entries of one date keep the order they are written in.
        // Grouped, the groups come first, so that a numeric style numbers
        // the entries in the order they are shown.
        sources.sort_by_key(|source| {
            let group = if data.group { Some(group_of(source.kind)) } else { None };
            (group, std::cmp::Reverse(date_key(&source.entry)))
        });
    }

    let style = &library.style;
    let locale = Some(LocaleCode(cv.lang.language().to_owned()));
    let mut driver: BibliographyDriver<hayagriva::Entry> = BibliographyDriver::new();
    for source in &sources {
        let item = CitationItem::new(&source.entry, None, None, true, None);
        driver.citation(CitationRequest::new(vec![item], style, locale.clone(), csl_locales(), None));
    }
    let rendered = driver.finish(BibliographyRequest::new(style, locale, csl_locales()));
    let items = rendered.bibliography.map(|bibliography| bibliography.items).unwrap_or_default();

    let mut me: Vec<Spelling> = data.me.iter().filter_map(|name| Spelling::parse(name)).collect();
    me.extend(Spelling::parse(&markup::plain(&cv.person.name)));

    // The entries in the order shown: the style's, or newest first.
    let mut ordered: Vec<(usize, Option<&hayagriva::BibliographyItem>)> = match data.sort {
        PublicationOrder::Style => items
            .iter()
            .filter_map(|item| sources.iter().position(|source| source.key == item.key).map(|at| (at, Some(item))))
            .collect(),
        PublicationOrder::Newest => {
            (0..sources.len()).map(|at| (at, items.iter().find(|item| item.key == sources[at].key))).collect()
        }
    };
    if data.group {
        ordered.sort_by_key(|(at, _)| group_of(sources[*at].kind));
    }
    let count = ordered.len();
    let mut groups: Vec<Group> = Vec::new();
    let mut unformatted = Vec::new();
    for (position, (at, item)) in ordered.into_iter().enumerate() {
        let source = &sources[at];
        let label = match data.numbering {
            Numbering::Ascending => Some(format!("[{}]", position + 1)),
            Numbering::Descending => Some(format!("[{}]", count - position)),
            Numbering::None => item.and_then(|item| item.first_field.as_ref()).map(|first| {
                let mut nodes = Vec::new();
                walk_child(first, &mut Walk { me: &[], names: None, out: &mut nodes });
                markup::plain_nodes(&nodes).trim().to_owned()
            }),
        };
        let mut body = Vec::new();
        if let Some(item) = item {
            walk(&item.content, &mut Walk { me: &me, names: None, out: &mut body });
        }
        let title = source.entry.title().map(|title| title.value.to_str().into_owned()).unwrap_or_default();
        if markup::plain_nodes(&body).trim().is_empty() {
            // A style that has nothing to say about an entry still lists it.
            body = vec![Inline::Text(title.clone())];
            unformatted.push(source.key.clone());
        }
        if let Some(note) = &source.note
            && !markup::plain_nodes(&body).contains(markup::plain_nodes(note).trim())
        {
            body.push(Inline::Text(" ".into()));
            body.extend(note.iter().cloned());
        }
        let doi = source.entry.doi().map(str::to_owned);
        let url = source.entry.url().map(|url| url.value.to_string());
        body = clean(tidy(body));
        body = link_plain(body, doi.as_deref().map(|doi| (doi, format!("https://doi.org/{doi}"))));
        if let Some(url) = &url {
            body = link_plain(body, Some((url.as_str(), url.clone())));
        }
        if data.doi == DoiForm::Doi {
            body = doi_form(body);
        }
        let kind = if data.group { group_name(source.kind) } else { "all" };
        if groups.last().is_none_or(|group| group.kind != kind) {
            let title = data.group.then(|| words.publication_group(kind));
            groups.push(Group { kind: kind.to_owned(), title, entries: Vec::new() });
        }
        let entry = Entry {
            key: source.key.clone(),
            label,
            body,
            kind: group_name(source.kind).to_owned(),
            year: source.entry.date_any().map(|date| date.year),
            doi,
            url,
            title,
            venue: venue_of(&source.entry),
            page: super::page_word(source.page),
        };
        if let Some(group) = groups.last_mut() {
            group.entries.push(entry);
        }
    }
    Publications { style: Some(library.style_name.clone()), groups, count, unformatted }
}

/// Where an entry appeared: its parent's title (the journal, the
/// proceedings, the book), else its publisher or organisation.
fn venue_of(entry: &hayagriva::Entry) -> Option<String> {
    let parent =
        entry.parents().first().and_then(|parent| parent.title()).map(|title| title.value.to_str().into_owned());
    parent
        .or_else(|| {
            entry.publisher().and_then(|publisher| publisher.name()).map(|name| name.value.to_str().into_owned())
        })
        .or_else(|| entry.organization().map(|organization| organization.value.to_str().into_owned()))
        .filter(|venue| !venue.trim().is_empty())
}

/// An entry whose title is written in a script other than Latin, with no
/// language of its own, marked as of an undetermined language: a style sets
/// only English titles in title case, and would otherwise take it for
/// English in an English CV («Оценка Задержек В Очередях»).
fn not_english(mut entry: hayagriva::Entry) -> hayagriva::Entry {
    let latin = |c: char| c < '\u{0250}' || ('\u{1E00}'..='\u{1EFF}').contains(&c);
    let foreign =
        entry.title().is_some_and(|title| title.value.to_str().chars().any(|c| c.is_alphabetic() && !latin(c)));
    if entry.language().is_none()
        && foreign
        && let Ok(undetermined) = "und".parse::<unic_langid::LanguageIdentifier>()
    {
        entry.set_language(undetermined);
    }
    entry
}

/// Newest first: year, month, day; an entry without a date sorts last.
fn date_key(entry: &hayagriva::Entry) -> (i32, u8, u8) {
    entry
        .date_any()
        .map_or((i32::MIN, 0, 0), |date| (date.year, date.month.map_or(0, |m| m + 1), date.day.map_or(0, |d| d + 1)))
}

/// The kind of a bibliography file's entry, from its type and its parent's.
fn kind_of(entry: &hayagriva::Entry) -> PublicationKind {
    let parent = entry.parents().first().map(|parent| *parent.entry_type());
    let genre = entry.genre().map(|genre| genre.value.to_str().to_lowercase()).unwrap_or_default();
    match entry.entry_type() {
        EntryType::Article => match parent {
            Some(EntryType::Proceedings | EntryType::Conference) => PublicationKind::Conference,
            _ => PublicationKind::Article,
        },
        EntryType::Proceedings | EntryType::Conference => PublicationKind::Conference,
        EntryType::Book | EntryType::Anthology => PublicationKind::Book,
        EntryType::Chapter | EntryType::Anthos => PublicationKind::Chapter,
        EntryType::Thesis => PublicationKind::Thesis,
        EntryType::Report => PublicationKind::Report,
        _ if ["talk", "presentation", "keynote", "доклад"].iter().any(|word| genre.contains(word)) => {
            PublicationKind::Talk
        }
        EntryType::Manuscript if genre.contains("preprint") => PublicationKind::Preprint,
        EntryType::Performance => PublicationKind::Talk,
        _ => PublicationKind::Other,
    }
}

/// The group a kind is listed in, by name; chapters go with books.
fn group_name(kind: PublicationKind) -> &'static str {
    match kind {
        PublicationKind::Article => "article",
        PublicationKind::Conference => "conference",
        PublicationKind::Book | PublicationKind::Chapter => "book",
        PublicationKind::Thesis => "thesis",
        PublicationKind::Report => "report",
        PublicationKind::Talk => "talk",
        PublicationKind::Preprint => "preprint",
        PublicationKind::Other => "other",
    }
}

/// The place of a kind's group in the list.
fn group_of(kind: PublicationKind) -> PublicationKind {
    match kind {
        PublicationKind::Chapter => PublicationKind::Book,
        other => other,
    }
}

/// A publication written in the data as a hayagriva entry, so that the
/// style formats it as it formats the file's.
fn entry_of(key: &str, publication: &Publication) -> hayagriva::Entry {
    use serde_json::{Value, json};
    let (kind, parent) = match publication.kind {
        PublicationKind::Article => ("article", Some("periodical")),
        PublicationKind::Conference => ("article", Some("proceedings")),
        PublicationKind::Book => ("book", None),
        PublicationKind::Chapter => ("chapter", Some("book")),
        PublicationKind::Thesis => ("thesis", None),
        PublicationKind::Report => ("report", None),
        PublicationKind::Talk => ("performance", Some("conference")),
        PublicationKind::Preprint => ("manuscript", None),
        PublicationKind::Other => ("misc", None),
    };
    let mut fields = serde_json::Map::new();
    fields.insert("type".into(), kind.into());
    // Braces keep a title's case as written: a style's sentence case
    // would lower proper names it cannot know.
    fields.insert("title".into(), json!({ "value": markup::plain(&publication.title), "verbatim": true }));
    if !publication.authors.is_empty() {
        let authors: Vec<String> = publication.authors.iter().map(|author| family_first(author)).collect();
        fields.insert("author".into(), Value::from(authors));
    }
    if let Some(year) = publication.year {
        fields.insert("date".into(), Value::from(i64::from(year)));
    }
    let mut serial = serde_json::Map::new();
    if let Some(doi) = &publication.doi {
        serial.insert("doi".into(), doi.as_str().into());
    }
    if !serial.is_empty() {
        fields.insert("serial-number".into(), serial.into());
    }
    if let Some(url) = &publication.url {
        fields.insert("url".into(), url.as_str().into());
    }
    if let Some(note) = &publication.note {
        fields.insert("note".into(), markup::plain(note).into());
    }
    if publication.kind == PublicationKind::Talk {
        fields.insert("genre".into(), "talk".into());
    }
    if let Some(venue) = &publication.venue {
        let venue = markup::plain(venue);
        match parent {
            Some(parent) => {
                fields.insert("parent".into(), json!({ "type": parent, "title": venue }));
            }
            None if matches!(publication.kind, PublicationKind::Thesis | PublicationKind::Report) => {
                fields.insert("organization".into(), venue.into());
            }
            None => {
                fields.insert("publisher".into(), venue.into());
            }
        }
    }
    let library = json!({ key: Value::Object(fields) });
    serde_json::from_value::<hayagriva::Library>(library)
        .ok()
        .and_then(|library| library.nth(0).cloned())
        .unwrap_or_else(|| hayagriva::Entry::new(key, EntryType::Misc))
}

/// An author as hayagriva reads one, `Family, Given`: «Ann Lee» is
/// `Lee, Ann`; a name with a comma, or of one word, stays as written.
fn family_first(author: &str) -> String {
    let author = author.trim();
    if author.contains(',') {
        return author.to_owned();
    }
    match author.rsplit_once(char::is_whitespace) {
        Some((given, family)) if !given.trim().is_empty() => format!("{family}, {}", given.trim()),
        _ => author.to_owned(),
    }
}

/// A spelling of the owner's name: the family name and the initials of the
/// given names, in either order.
#[derive(Debug, Clone, PartialEq)]
struct Spelling {
    /// (family, initials) readings: «Petrov, I.» has one, «Ivan Petrov»
    /// two (Western order and family first).
    readings: Vec<(String, Vec<char>)>,
    /// All letters of the name without spaces, lower case, for names
    /// written without spaces (Chinese, Japanese).
    joined: String,
}

/// Letters only, lower case: «Petrov» and «PETROV» read the same.
fn fold(text: &str) -> String {
    text.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect::<String>().replace('ё', "е")
}

/// The initials of given names: «Ivan Ivanovich», «I. I.», «I.I.», «Jean-Pierre».
fn initials(given: &str) -> Vec<char> {
    given
        .split(|c: char| c.is_whitespace() || c == '.' || c == '-')
        .filter_map(|part| part.chars().find(|c| c.is_alphabetic()))
        .flat_map(char::to_lowercase)
        .collect()
}

impl Spelling {
    fn parse(name: &str) -> Option<Spelling> {
        let name = name.trim();
        let joined = fold(name);
        if joined.is_empty() {
            return None;
        }
        let mut readings = Vec::new();
        if let Some((family, given)) = name.split_once(',') {
            readings.push((fold(family), initials(given)));
        } else {
            let words: Vec<&str> = name.split_whitespace().collect();
            if let [first, .., last] = words.as_slice() {
                let all_but = |skip_first: bool| {
                    let range = if skip_first { &words[1..] } else { &words[..words.len() - 1] };
                    range.join(" ")
                };
                // «Ivan Petrov», «I. I. Petrov»
                if !is_initials(last) {
                    readings.push((fold(last), initials(&all_but(false))));
                }
                // «Петров И. И.», «Petrov Ivan»
                if !is_initials(first) {
                    readings.push((fold(first), initials(&all_but(true))));
                }
            }
        }
        Some(Spelling { readings, joined })
    }

    /// Whether `person` is this name: the same family name and compatible
    /// initials (one list starts the other), or the same letters.
    fn matches(&self, person: &Person) -> bool {
        let family = fold(&match &person.prefix {
            Some(prefix) => format!("{prefix} {}", person.name),
            None => person.name.clone(),
        });
        let bare_family = fold(&person.name);
        let given = person.given_name.as_deref().map(initials).unwrap_or_default();
        let compatible =
            |mine: &[char]| mine.is_empty() || given.is_empty() || mine.starts_with(&given) || given.starts_with(mine);
        let by_reading = self.readings.iter().any(|(mine, mine_initials)| {
            (*mine == family || *mine == bare_family) && !mine.is_empty() && compatible(mine_initials)
        });
        let whole = fold(person.given_name.as_deref().unwrap_or_default());
        let joined = [format!("{bare_family}{whole}"), format!("{whole}{bare_family}")];
        by_reading || joined.contains(&self.joined)
    }
}

/// A word of a name that is only initials: «I.», «И.И.», «J.-P.».
fn is_initials(word: &str) -> bool {
    word.contains('.') && word.split(['.', '-']).all(|part| part.chars().filter(|c| c.is_alphabetic()).count() <= 1)
}

/// The state of a walk over a formatted entry.
struct Walk<'a, 'o> {
    me: &'a [Spelling],
    /// The names of the `cs:names` element the walk is in.
    names: Option<&'a [(Vec<Person>, hayagriva::citationberg::taxonomy::NameVariable)]>,
    out: &'o mut Rich,
}

fn walk<'a>(children: &'a ElemChildren, state: &mut Walk<'a, '_>) {
    for child in &children.0 {
        walk_child(child, state);
    }
}

fn walk_child<'a>(child: &'a ElemChild, state: &mut Walk<'a, '_>) {
    match child {
        ElemChild::Text(formatted) => push_formatted(state.out, &formatted.text, &formatted.formatting),
        // Typst code in hayagriva's eyes; data here, printed as it is.
        ElemChild::Markup(text) => state.out.push(Inline::Text(text.clone())),
        ElemChild::Link { text, url } => {
            let mut body = Vec::new();
            push_formatted(&mut body, &text.text, &text.formatting);
            if markup::check_url(url).is_ok() {
                state.out.push(Inline::Span(Span::Link { url: url.clone(), body }));
            } else {
                state.out.extend(body);
            }
        }
        ElemChild::Transparent { .. } => {}
        ElemChild::Elem(elem) => match &elem.meta {
            Some(ElemMeta::Names(names)) => {
                let outer = state.names.replace(names);
                walk(&elem.children, state);
                state.names = outer;
            }
            Some(ElemMeta::Name(variable, index)) => {
                let person = state
                    .names
                    .and_then(|names| names.iter().find(|(_, of)| of == variable))
                    .and_then(|(persons, _)| persons.get(*index));
                let mine = person.is_some_and(|person| state.me.iter().any(|spelling| spelling.matches(person)));
                if mine {
                    let mut body = Vec::new();
                    let mut inner = Walk { me: state.me, names: state.names, out: &mut body };
                    walk(&elem.children, &mut inner);
                    state.out.push(Inline::Span(Span::Strong { body: unbold(body) }));
                } else {
                    walk(&elem.children, state);
                }
            }
            _ => walk(&elem.children, state),
        },
    }
}

/// Text with the style's formatting: italic as emphasis, bold as strong.
fn push_formatted(out: &mut Rich, text: &str, formatting: &hayagriva::Formatting) {
    use hayagriva::citationberg::{FontStyle, FontWeight};
    if text.is_empty() {
        return;
    }
    let mut node = Inline::Text(text.to_owned());
    if formatting.font_style == FontStyle::Italic {
        node = Inline::Span(Span::Emph { body: vec![node] });
    }
    if formatting.font_weight == FontWeight::Bold {
        node = Inline::Span(Span::Strong { body: vec![node] });
    }
    out.push(node);
}

/// Bold inside bold is bold: the nodes without their own strong spans.
fn unbold(nodes: Rich) -> Rich {
    nodes
        .into_iter()
        .flat_map(|node| match node {
            Inline::Span(Span::Strong { body }) => unbold(body),
            other => vec![other],
        })
        .collect()
}

/// Adjacent text joined, and adjacent spans of one kind made one, so that
/// an italic title split into pieces is one emphasis.
fn tidy(nodes: Rich) -> Rich {
    let mut out: Rich = Vec::with_capacity(nodes.len());
    for node in nodes {
        let node = match node {
            Inline::Span(Span::Emph { body }) => Inline::Span(Span::Emph { body: tidy(body) }),
            Inline::Span(Span::Strong { body }) => Inline::Span(Span::Strong { body: tidy(body) }),
            other => other,
        };
        match (out.last_mut(), node) {
            (Some(Inline::Text(last)), Inline::Text(text)) => last.push_str(&text),
            (Some(Inline::Span(Span::Emph { body: last })), Inline::Span(Span::Emph { body })) => {
                last.extend(body);
                let joined = tidy(std::mem::take(last));
                *last = joined;
            }
            (Some(Inline::Span(Span::Strong { body: last })), Inline::Span(Span::Strong { body })) => {
                last.extend(body);
                let joined = tidy(std::mem::take(last));
                *last = joined;
            }
            (_, node) => out.push(node),
        }
    }
    out
}

/// What a style's empty field leaves behind, in every text node: two
/// spaces, or a comma before a full stop, where one mark was meant.
fn clean(nodes: Rich) -> Rich {
    nodes
        .into_iter()
        .map(|node| match node {
            Inline::Text(mut text) => {
                while text.contains("  ") {
                    text = text.replace("  ", " ");
                }
                Inline::Text(text.replace(",.", "."))
            }
            Inline::Span(Span::Emph { body }) => Inline::Span(Span::Emph { body: clean(body) }),
            Inline::Span(Span::Strong { body }) => Inline::Span(Span::Strong { body: clean(body) }),
            other => other,
        })
        .collect()
}

/// `text` made a link to `url` where a style printed it as plain text
/// (IEEE's «doi: 10.1000/x»), outside any link.
fn link_plain(nodes: Rich, target: Option<(&str, String)>) -> Rich {
    let Some((text, url)) = target else { return nodes };
    if text.is_empty() || markup::check_url(&url).is_err() {
        return nodes;
    }
    let mut out = Vec::with_capacity(nodes.len());
    for node in nodes {
        match node {
            Inline::Text(whole) if whole.contains(text) => {
                let mut rest = whole.as_str();
                while let Some(at) = rest.find(text) {
                    if at > 0 {
                        out.push(Inline::Text(rest[..at].to_owned()));
                    }
                    let body = vec![Inline::Text(text.to_owned())];
                    out.push(Inline::Span(Span::Link { url: url.clone(), body }));
                    rest = &rest[at + text.len()..];
                }
                if !rest.is_empty() {
                    out.push(Inline::Text(rest.to_owned()));
                }
            }
            Inline::Span(Span::Emph { body }) => {
                out.push(Inline::Span(Span::Emph { body: link_plain(body, Some((text, url.clone()))) }))
            }
            Inline::Span(Span::Strong { body }) => {
                out.push(Inline::Span(Span::Strong { body: link_plain(body, Some((text, url.clone()))) }))
            }
            other => out.push(other),
        }
    }
    out
}

/// A DOI printed as its address (`https://doi.org/10.1000/x`) reads
/// `doi:10.1000/x`, still linked.
fn doi_form(nodes: Rich) -> Rich {
    nodes
        .into_iter()
        .map(|node| match node {
            Inline::Span(Span::Link { url, body }) => {
                let doi = ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/"]
                    .iter()
                    .find_map(|prefix| url.strip_prefix(prefix));
                match doi {
                    Some(doi) if markup::plain_nodes(&body).trim() == url => {
                        let body = vec![Inline::Text(format!("doi:{doi}"))];
                        Inline::Span(Span::Link { url, body })
                    }
                    _ => Inline::Span(Span::Link { url, body }),
                }
            }
            Inline::Span(Span::Emph { body }) => Inline::Span(Span::Emph { body: doi_form(body) }),
            Inline::Span(Span::Strong { body }) => Inline::Span(Span::Strong { body: doi_form(body) }),
            other => other,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(family: &str, given: Option<&str>) -> Person {
        Person {
            name: family.into(),
            given_name: given.map(str::to_owned),
            prefix: None,
            suffix: None,
            alias: None,
            comma_suffix: false,
        }
    }

    #[test]
    fn a_name_matches_in_its_spellings() {
        let petrov = person("Petrov", Some("Ivan I."));
        for spelling in ["Petrov, I.", "I. Petrov", "Ivan Petrov", "Petrov I.", "I.I. Petrov", "PETROV, Ivan"] {
            assert!(Spelling::parse(spelling).unwrap().matches(&petrov), "{spelling}");
        }
        for spelling in ["Petrov, A.", "Ivanov, I.", "Petrova, I."] {
            assert!(!Spelling::parse(spelling).unwrap().matches(&petrov), "{spelling}");
        }
        let cyrillic = person("Петров", Some("Иван Иванович"));
        for spelling in ["Петров И. И.", "Петров, И.И.", "И. И. Петров", "Петров Иван"]
        {
            assert!(Spelling::parse(spelling).unwrap().matches(&cyrillic), "{spelling}");
        }
        assert!(!Spelling::parse("Петров А. И.").unwrap().matches(&cyrillic));
        assert!(Spelling::parse("Jonas Bergmüller").unwrap().matches(&person("Jonas Bergmüller", None)));
        assert_eq!(family_first("Ann Lee"), "Lee, Ann");
        assert_eq!(family_first("Lee, Ann"), "Lee, Ann");
        assert_eq!(family_first("王小明"), "王小明");
        let chinese = person("王", Some("小明"));
        assert!(Spelling::parse("王小明").unwrap().matches(&chinese));
        assert!(!Spelling::parse("王小红").unwrap().matches(&chinese));
    }

    #[test]
    fn a_plain_doi_becomes_a_link_and_may_read_doi() {
        let nodes = link_plain(
            vec![Inline::Text("A. B, doi: 10.1/x.".into())],
            Some(("10.1/x", "https://doi.org/10.1/x".into())),
        );
        assert_eq!(nodes.len(), 3, "{nodes:?}");
        let linked = vec![Inline::Span(Span::Link {
            url: "https://doi.org/10.1/x".into(),
            body: vec![Inline::Text("https://doi.org/10.1/x".into())],
        })];
        assert_eq!(markup::plain_nodes(&doi_form(linked)), "doi:10.1/x");
    }
}
