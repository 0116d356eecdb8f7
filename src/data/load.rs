//! Reading the data file: YAML text into the typed model, with errors that
//! point at the user's file, line, column and field.
//!
//! Three kinds of mistakes are caught here, all reported in one format,
//! `data/cv.yaml:12:5: experience[2].start: expected …, found …`:
//! YAML syntax (from serde_yaml), shapes and types (from the model's serde
//! derive, with the field path from serde_path_to_error and a suggestion for
//! a misspelt key), and facts types cannot express (checked on the model, and
//! located in the text by [`super::positions`]); the facts themselves are
//! checked in [`super::validate`].
//!
//! A CV in several languages is read for one of them (`--lang`, else the
//! first): the declaration is read first ([`super::languages`]), and texts
//! that lack the language yield warnings, in the same format as errors.

use std::path::Path;
use std::sync::{Arc, OnceLock};

use super::languages::{self, Choice, Lang};
use super::model::{Cv, Date};
use super::overrides::{Override, apply};
use super::positions::Locations;
use super::text::with_choice;
use super::validate::{check, check_texts};
use crate::error::{DataError, Error, Message};
use crate::suggest;

/// A validated CV with the text it came from, so that later steps (the
/// photo, say) can point at the line of the field they had trouble with.
#[derive(Debug)]
pub struct Loaded {
    pub(crate) cv: Cv,
    pub(crate) path: std::path::PathBuf,
    text: Arc<str>,
    /// The text parsed as a YAML tree, every language included; shared by
    /// the languages of the file.
    document: Arc<serde_yaml::Value>,
    warnings: Vec<String>,
    /// What the languages of one file share, worked out once.
    shared: Arc<Shared>,
    /// [`Loaded::bare`], made once.
    bare: OnceLock<Cv>,
}

/// What every language of one loaded file shares: where its fields are,
/// and its tree without the declaration of languages, so that reading it in
/// another language ([`Loaded::in_language`]) costs what the CV holds, not
/// what its `langs:` list does.
#[derive(Debug, Default)]
struct Shared {
    locations: OnceLock<Locations>,
    /// The document without `lang` and `langs`; none when the model was
    /// read from another text (`--set`) or the text is no mapping.
    body: OnceLock<Option<serde_yaml::Value>>,
    /// Whether the model was read from this text as it is (no `--set`).
    as_written: bool,
    maps: OnceLock<languages::LanguageMaps>,
    /// Where each line of the text starts, so that a warning shows its
    /// line without scanning the text up to it.
    line_starts: OnceLock<Vec<usize>>,
}

impl Shared {
    /// The text of the line at `location`, as [`line_text`] gives it.
    fn line_text(&self, text: &str, location: Option<(usize, usize)>) -> Option<String> {
        let starts = self
            .line_starts
            .get_or_init(|| std::iter::once(0).chain(text.match_indices('\n').map(|(at, _)| at + 1)).collect());
        let (line, _) = location?;
        let start = *starts.get(line.checked_sub(1)?)?;
        line_text(&text[start..], Some((1, 0)))
    }

    fn new(as_written: bool) -> Arc<Shared> {
        Arc::new(Shared { as_written, ..Shared::default() })
    }

    fn locations(&self, text: &str) -> &Locations {
        self.locations.get_or_init(|| Locations::of(text))
    }
}

impl Loaded {
    /// The files the data names besides the photo: the bibliography and a
    /// citation style file.
    pub(crate) fn publication_files(&self) -> Vec<std::path::PathBuf> {
        self.cv.publications.iter().flat_map(|p| p.library.iter()).flat_map(|library| library.files.clone()).collect()
    }

    /// The text the data was read from.
    pub(crate) fn text(&self) -> &str {
        &self.text
    }

    /// The CV without its `variants:`, which nothing reads once a variant
    /// is chosen: copied for each variant shown, it costs what the CV
    /// holds, not what its variants do.
    pub(crate) fn bare(&self) -> &Cv {
        self.bare.get_or_init(|| Cv { variants: Default::default(), ..self.cv.clone() })
    }

    /// Where each field of the text is.
    pub(crate) fn locations(&self) -> &Locations {
        self.shared.locations(&self.text)
    }

    /// The data as a YAML tree, every language included.
    pub(crate) fn document(&self) -> &serde_yaml::Value {
        &self.document
    }

    /// The line and column of `field` (or of its nearest ancestor) in the
    /// data file.
    pub(crate) fn location(&self, field: &str) -> Option<(usize, usize)> {
        self.locations().find(field)
    }

    /// What the data's author should know but that does not stop a render
    /// (a text missing in the chosen language), each rendered for the
    /// terminal like an error, starting with `warning:`.
    pub fn warnings(&self) -> &[String] {
        &self.warnings
    }

    /// The codes of every language the CV is written in, the default first.
    pub fn languages(&self) -> Vec<String> {
        self.cv.langs.iter().map(|lang| lang.code().to_owned()).collect()
    }

    /// The code of the language it was loaded in.
    pub fn language(&self) -> String {
        self.cv.lang.code().to_owned()
    }

    /// The same data in another of its languages (a code `langs:` lists),
    /// dates checked against `as_of` as when it was loaded. Only what
    /// depends on the language is done again: the model is read from the
    /// tree already parsed, and checked; the text's own checks (control
    /// characters, Markdown, aliases) hold for every language alike. Data
    /// loaded with `--set` is loaded again whole.
    pub(crate) fn in_language(&self, chosen: Lang, as_of: Option<Date>) -> Result<Loaded, Error> {
        debug_assert!(self.shared.as_written, "data loaded with --set is loaded again whole");
        let whole = || load_str(&self.path, &self.text, as_of, Some(chosen.code()));
        if !self.cv.langs.declares(&chosen) {
            return whole();
        }
        let body = self.shared.body.get_or_init(|| {
            let mut document = (*self.document).clone();
            let map = document.as_mapping_mut()?;
            map.remove("lang");
            map.remove("langs");
            Some(document)
        });
        let (Some(body), true) = (body, self.shared.as_written) else { return whole() };
        let choice = Choice { chosen, declared: self.cv.langs.clone() };
        let read = with_choice(choice.clone(), || <Cv as serde::Deserialize>::deserialize(body));
        // A mistake only this language has: the whole load says where.
        let Ok(mut cv) = read else { return whole() };
        cv.lang = choice.chosen;
        cv.langs = choice.declared.clone();
        // The bibliography and the style are the same in every language.
        if let (Some(publications), Some(read)) = (&mut cv.publications, &self.cv.publications) {
            publications.library = read.library.clone();
        }
        let as_of = as_of.unwrap_or(cv.updated);
        if let Some(problem) = check(&cv, as_of).into_iter().chain(super::tags::check(&cv)).next() {
            let location = self.location(&problem.field);
            return Err(data_error(
                &self.path,
                location,
                Some(problem.field),
                problem.message,
                line_text(&self.text, location),
            ));
        }
        let warnings = warnings(&self.path, &self.text, &cv, &choice, &|_| false, &self.shared);
        let (path, text, document, shared) =
            (self.path.clone(), self.text.clone(), self.document.clone(), self.shared.clone());
        Ok(Loaded { cv, path, text, document, warnings, shared, bare: OnceLock::new() })
    }

    /// An error about `field`, located in the data file.
    pub fn error_at(&self, field: &str, message: impl Into<Message>) -> Error {
        let location = self.location(field);
        data_error(&self.path, location, Some(field.to_owned()), message, line_text(&self.text, location))
    }

    /// An error about the data file as a whole.
    pub fn error_in_file(&self, message: impl Into<Message>) -> Error {
        data_error(&self.path, None, None, message, None)
    }
}

/// Reads and validates a CV data file in the language `lang` (a code, the
/// CV's default when `None`), with `--set` overrides applied. Dates in the
/// data may not lie after `as_of` (the CV's `updated` date when `None`).
pub fn load_file(
    path: &Path,
    as_of: Option<Date>,
    overrides: &[Override],
    lang: Option<&str>,
) -> Result<Loaded, Error> {
    let text = read_text(path, "a CV data file")?;
    load_str_with(path, &text, as_of, overrides, lang)
}

/// Reads a data file (a CV or a letter, `what` in messages) as text, with
/// the safety rules of every data file: a regular file only, at most
/// [`crate::input::DATA_LIMIT`], UTF-8.
pub(crate) fn read_text(path: &Path, what: &str) -> Result<String, Error> {
    let whole = |message: String| data_error(path, None, None, message, None);
    let bytes = crate::input::read(path, crate::input::DATA_LIMIT).map_err(|error| match error {
        crate::input::ReadError::Io(source) => Error::io(path, source),
        crate::input::ReadError::TooLarge(limit) => {
            whole(format!("{what} may be at most {}; this one is larger", crate::input::size(limit)))
        }
        crate::input::ReadError::NotRegular(kind) => {
            whole(format!("is {kind}, not a regular file; give the path of a YAML data file"))
        }
    })?;
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(error) => {
            let bytes = error.as_bytes();
            let valid = &bytes[..error.utf8_error().valid_up_to()];
            let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
            let column =
                String::from_utf8_lossy(valid.rsplit(|&b| b == b'\n').next().unwrap_or_default()).chars().count() + 1;
            let message = "the file is not UTF-8 text; save it as UTF-8".to_owned();
            Err(data_error(path, Some((line, column)), None, message, None))
        }
    }
}

/// Parses and validates CV data from text with `--set` overrides applied, in
/// the language `lang`. An error in what an override set is a usage error
/// naming it; any other error is reported at its line of the file, as
/// without overrides.
pub fn load_str_with(
    path: &Path,
    text: &str,
    as_of: Option<Date>,
    overrides: &[Override],
    lang: Option<&str>,
) -> Result<Loaded, Error> {
    if overrides.is_empty() {
        return load_str(path, text, as_of, lang);
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // Before the overrides parse the text and write it back expanded.
    expansion(path, text)?;
    let Some(changed) = apply(text, overrides).map_err(Error::usage)? else {
        // Not YAML at all: the file's own error says where.
        return load_str(path, text, as_of, lang);
    };
    // A bibliography the command line names may lie outside the CV's folder.
    let trusted_bib = overrides.iter().any(|set| set.covers("publications.bib"));
    match load_str_trusting(path, &changed, as_of, lang, trusted_bib) {
        Ok(Loaded { cv, document, .. }) => {
            // Warnings point into the file as written, not into the changed
            // text, and leave out the texts an override gives.
            let choice = Choice { chosen: cv.lang, declared: cv.langs.clone() };
            let given =
                |field: &str| overrides.iter().any(|set| set.covers(field) || gives(&set.path, field, cv.lang.code()));
            let shared = Shared::new(false);
            let warnings = warnings(path, text, &cv, &choice, &given, &shared);
            Ok(Loaded {
                cv,
                path: path.to_owned(),
                text: text.into(),
                document,
                warnings,
                shared,
                bare: OnceLock::new(),
            })
        }
        Err(Error::Data(error)) => {
            let field = error.field.clone().unwrap_or_default();
            if let Some(set) = overrides.iter().find(|set| set.covers(&field)) {
                let shown = if field.is_empty() { String::new() } else { format!("{field}: ") };
                return Err(Error::usage(Message {
                    text: format!("--set {}: {shown}{}", set.written, error.message),
                    hints: error.hints.clone(),
                }));
            }
            // Not about an override: the file without them has the same
            // mistake, at its own line.
            load_str(path, text, as_of, lang)?;
            let sets: Vec<&str> = overrides.iter().map(|set| set.written.as_str()).collect();
            Err(Error::usage(format!("with --set {}: {}", sets.join(", --set "), Error::Data(error))))
        }
        Err(other) => Err(other),
    }
}

/// Parses and validates CV data from text; `path` is only used in errors.
pub fn load_str(path: &Path, text: &str, as_of: Option<Date>, lang: Option<&str>) -> Result<Loaded, Error> {
    load_str_trusting(path, text, as_of, lang, false)
}

/// [`load_str`], where `trusted_bib` says whether the command line named
/// the bibliography file, which may then lie outside the CV's folder.
fn load_str_trusting(
    path: &Path,
    text: &str,
    as_of: Option<Date>,
    lang: Option<&str>,
    trusted_bib: bool,
) -> Result<Loaded, Error> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let document = parse_tree::<Cv>(path, text)?;
    let choice_error = |problem: languages::ChoiceProblem| {
        let location = Locations::of(text).find(&problem.field);
        data_error(path, location, Some(problem.field), problem.message, line_text(text, location))
    };
    let choice = languages::choose(&document, lang).map_err(choice_error)?;
    let read = with_choice(choice.clone(), || serde_path_to_error::deserialize::<_, Cv>(&document));
    let mut cv = match read {
        Ok(cv) => cv,
        Err(error) => {
            return Err(match read_located::<Cv>(path, text, &choice) {
                Err(located) => located,
                // The stream took what the tree refused: report the tree's words.
                Ok(_) => data_error(path, None, Some(error.path().to_string()), error.inner().to_string(), None),
            });
        }
    };
    cv.lang = choice.chosen;
    cv.langs = choice.declared.clone();
    publications(&mut cv, path, text, trusted_bib)?;
    let as_of = as_of.unwrap_or(cv.updated);
    let problems = check(&cv, as_of).into_iter().chain(super::tags::check(&cv)).chain(check_texts(&document));
    if let Some(problem) = problems.into_iter().next() {
        let location = Locations::of(text).find(&problem.field);
        return Err(data_error(path, location, Some(problem.field), problem.message, line_text(text, location)));
    }
    let shared = Shared::new(true);
    let warnings = warnings(path, text, &cv, &choice, &|_| false, &shared);
    let document = Arc::new(document);
    Ok(Loaded { cv, path: path.to_owned(), text: text.into(), document, warnings, shared, bare: OnceLock::new() })
}

/// Reads the style and the bibliography file that `publications:` names
/// into the model; their errors point at the data's field or at the
/// bibliography's own line.
fn publications(cv: &mut Cv, path: &Path, text: &str, trusted_bib: bool) -> Result<(), Error> {
    let Some(publications) = &mut cv.publications else { return Ok(()) };
    let at = |field: &str, message: Message| {
        let location = Locations::of(text).find(field);
        data_error(path, location, Some(field.to_owned()), message, line_text(text, location))
    };
    let library = super::publications::load(publications, path, trusted_bib, &at)?;
    publications.library = Some(Arc::new(library));
    Ok(())
}

/// Refuses text whose YAML aliases expand far (see [`super::limits`]),
/// before any parser expands them.
fn expansion(path: &Path, text: &str) -> Result<(), Error> {
    super::limits::check_expansion(text)
        .map_err(|refused| data_error(path, Some(refused.at), None, refused.message, line_text(text, Some(refused.at))))
}

/// The checks every data file gets before it is parsed (not empty, no
/// control characters, not nested too deep), then the text parsed once into
/// a YAML tree. A file that does not parse is read again as a stream of the
/// model `T` only to find the line of the mistake.
pub(crate) fn parse_tree<T: serde::de::DeserializeOwned>(path: &Path, text: &str) -> Result<serde_yaml::Value, Error> {
    if text.lines().all(|line| line.trim().is_empty() || line.trim_start().starts_with('#')) {
        return Err(data_error(path, None, None, "the file is empty: it holds no data, only blanks or comments", None));
    }
    if let Some((line, column, c)) = control_character(text) {
        let message = format!(
            "the file holds the control character U+{:04X}, which YAML does not allow; remove it",
            u32::from(c)
        );
        return Err(data_error(path, Some((line, column)), None, message, line_text(text, Some((line, column)))));
    }
    if let Some((line, column)) = too_deep(text) {
        let message = format!("values are nested more than {MAX_FLOW_DEPTH} levels deep");
        return Err(data_error(path, Some((line, column)), None, message, line_text(text, Some((line, column)))));
    }
    expansion(path, text)?;
    serde_yaml::from_str::<serde_yaml::Value>(text).map_err(|_| {
        match read_located::<T>(path, text, &Choice::default()) {
            Err(error) => error,
            Ok(_) => data_error(path, None, None, "the file is not valid YAML", None),
        }
    })
}

/// Deserialises the model from the text as a stream, in the language
/// `choice` picks: slower than from the tree, but its errors know their line.
pub(crate) fn read_located<T: serde::de::DeserializeOwned>(
    path: &Path,
    text: &str,
    choice: &Choice,
) -> Result<T, Error> {
    let deserializer = serde_yaml::Deserializer::from_str(text);
    let read = with_choice(choice.clone(), || serde_path_to_error::deserialize::<_, T>(deserializer));
    read.map_err(|error| {
        let field = error.path().to_string();
        let inner = error.into_inner();
        let location = inner.location().map(|at| (at.line(), at.column()));
        // Where the parser lost track, serde_path_to_error writes `?`.
        let field = field.split(".?").next().unwrap_or_default().trim_end_matches('?').to_owned();
        let field = (!field.is_empty() && field != ".").then_some(field);
        let message = explain(&strip_path(&strip_location(&inner.to_string()), field.as_deref()));
        // serde names a key written twice only once the mapping is read,
        // where the parser stands at its start: point at the second one.
        if let Some(key) = message.text.strip_prefix("duplicate field `").and_then(|rest| rest.split('`').next()) {
            let child = field.as_ref().map_or_else(|| key.to_owned(), |field| format!("{field}.{key}"));
            if let Some(again) = Locations::of(text).again(&child) {
                let message = format!("duplicate key `{key}`: it is written twice; keep one");
                return data_error(path, Some(again), Some(child), message, line_text(text, Some(again)));
            }
        }
        data_error(path, location, field, message, line_text(text, location))
    })
}

/// Whether an override of `path` gives the language map at `field` its
/// text in `lang` (`--set headline.en=…` for the map `headline`).
fn gives(path: &str, field: &str, lang: &str) -> bool {
    path.strip_prefix(field).and_then(|rest| rest.strip_prefix('.')) == Some(lang)
}

/// A file half translated would print a warning per text; past this many,
/// the rest are counted in one line.
const MAX_FALLBACK_WARNINGS: usize = 10;

/// The warnings of a loaded CV: texts that fall back to the default
/// language, and words that come from English for a language without a file.
fn warnings(
    path: &Path,
    text: &str,
    cv: &Cv,
    choice: &Choice,
    given: &dyn Fn(&str) -> bool,
    shared: &Shared,
) -> Vec<String> {
    let warning = |field: String, at: Option<(usize, usize)>, message: Message| {
        format!("warning: {}", data_error(path, at, Some(field), message, shared.line_text(text, at)))
    };
    let mut found = Vec::new();
    let locations = || shared.locations(text);
    if choice.declared.len() > 1 {
        let locations = locations();
        let maps = shared.maps.get_or_init(|| languages::LanguageMaps::of(locations, &choice.declared));
        let mut fallbacks = languages::fallbacks(locations, choice, maps);
        fallbacks.retain(|fallback| !given(&fallback.field));
        let more = fallbacks.len().saturating_sub(MAX_FALLBACK_WARNINGS);
        for fallback in fallbacks.into_iter().take(MAX_FALLBACK_WARNINGS) {
            found.push(warning(fallback.field, fallback.at, fallback.message.into()));
        }
        if more > 0 {
            found.push(format!(
                "warning: {}: {more} more texts have no `{}` text and use the `{}` one",
                path.display(),
                choice.chosen,
                choice.default_lang()
            ));
        }
    }
    let english = crate::lang::locale::untranslated(cv.lang, &cv.labels);
    if !english.is_empty() {
        let field = if cv.langs.len() > 1 { "langs" } else { "lang" };
        let at = locations().find(field);
        let message = Message::new(format!(
            "cvpdf has no language file for `{}`, so these words are English: {}",
            cv.lang,
            english.join(", ")
        ))
        .hint(format!("give them in `{}` under `labels:`", cv.lang));
        found.push(warning(field.to_owned(), at, message));
    }
    found
}

/// The first character YAML does not allow in a file, with its line and
/// column: control characters other than tab, line feed, carriage return
/// and NEL. The YAML parser itself reports them at the start of the file.
fn control_character(text: &str) -> Option<(usize, usize, char)> {
    for (index, line) in text.split('\n').enumerate() {
        for (column, c) in line.chars().enumerate() {
            if c.is_control() && !matches!(c, '\t' | '\r' | '\u{85}') {
                return Some((index + 1, column + 1, c));
            }
        }
    }
    None
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

/// An error in the data file; its hints are printed after the source line,
/// as the typst CLI prints its own.
pub(crate) fn data_error(
    path: &Path,
    location: Option<(usize, usize)>,
    field: Option<String>,
    message: impl Into<Message>,
    line_text: Option<String>,
) -> Error {
    let Message { text, hints } = message.into();
    Error::Data(Box::new(DataError {
        file: path.to_owned(),
        location,
        field: field.map(shorten),
        message: text,
        line_text,
        hints,
    }))
}

pub(crate) fn line_text(text: &str, location: Option<(usize, usize)>) -> Option<String> {
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
/// becomes "unknown key `positon`" with the hint "did you mean `position`?".
fn explain(message: &str) -> Message {
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
        return Message::new(message).hint(*hint);
    }
    // serde calls a value of an enumeration a variant, a word the data
    // uses for something else.
    if let Some(rest) = message.strip_prefix("unknown variant `")
        && let Some((unknown, expected)) = rest.split_once('`')
    {
        let candidates: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
        return Message::new(format!("unknown value `{unknown}`{expected}"))
            .maybe_hint(suggest::did_you_mean(unknown, candidates));
    }
    let Some(rest) = message.strip_prefix("unknown field `") else {
        // A message of the model's own deserialisers may carry hints, one
        // per line: serde's errors are text, so that is their only way out.
        let mut lines = message.lines();
        let first = lines.next().unwrap_or_default().replace("invalid type: ", "wrong type: ");
        // serde names Rust's integer types; the data only knows numbers.
        let first = ["u8", "u16", "u32", "u64", "i32", "i64"]
            .iter()
            .fold(first, |message, name| message.replace(&format!("expected {name}"), "expected a whole number"));
        let hints = lines.filter_map(|line| line.strip_prefix("hint: ")).map(str::to_owned).collect();
        return Message { text: first, hints };
    };
    let Some((unknown, expected)) = rest.split_once('`') else {
        return Message::new(message);
    };
    let candidates: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
    if candidates.is_empty() {
        return Message::new(format!("unknown key `{unknown}`")).hint("this map takes no keys");
    }
    let message = Message::new(format!("unknown key `{unknown}`"));
    match suggest::did_you_mean(unknown, candidates.iter().copied()) {
        Some(hint) => message.hint(hint),
        None => message.hint(format!("the keys here are {}", suggest::quoted(&candidates))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(text: &str) -> String {
        load_str(Path::new("cv.yaml"), text, None, None).unwrap_err().to_string()
    }

    const MINIMAL: &str = "updated: \"2026-02-08\"\nperson:\n  name: Иван\nheadline: Разработчик\n";

    #[test]
    fn a_minimal_cv_loads() {
        let cv = load_str(Path::new("cv.yaml"), MINIMAL, None, None).unwrap().cv;
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
        assert!(crate::markup::check_url("https://github.com/LeKovr").is_ok());
        assert!(crate::markup::check_url("mailto:ak+cv@elfire.ru").is_ok());
        assert!(crate::markup::check_url("//www.tender.pro").is_err());
        assert!(crate::markup::check_url("https://").is_err());
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
        assert!(load_str(Path::new("cv.yaml"), &quoted, None, None).is_ok());
    }

    #[test]
    fn a_cv_in_several_languages_loads_in_each() {
        let text = "updated: \"2026-02-08\"\nperson:\n  name: {ru: Иван, en: Ivan}\nheadline: {ru: Разработчик}\nlangs: [ru, en]\n";
        let english = load_str(Path::new("cv.yaml"), text, None, Some("en")).unwrap();
        assert_eq!(english.cv.person.name, "Ivan");
        assert_eq!(english.languages(), ["ru", "en"]);
        assert_eq!(english.language(), "en");
        assert_eq!(english.warnings().len(), 1);
        assert!(
            english.warnings()[0].starts_with("warning: cv.yaml:4:1: headline: no `en` text"),
            "{:?}",
            english.warnings()
        );
        let russian = load_str(Path::new("cv.yaml"), text, None, None).unwrap();
        assert_eq!((russian.cv.person.name.as_ref(), russian.warnings().len()), ("Иван", 0));
        // A top level in flow style, the declaration last.
        let flow = "{updated: \"2026-02-08\", person: {name: {ru: Иван, en: Ivan}}, headline: x, langs: [ru, en]}";
        assert_eq!(load_str(Path::new("cv.yaml"), flow, None, Some("en")).unwrap().cv.person.name, "Ivan");
    }

    #[test]
    fn a_list_where_text_belongs() {
        let message = error(&MINIMAL.replace("headline: Разработчик", "headline: [a, b]"));
        assert!(message.starts_with("cv.yaml:4:11: headline: wrong type: sequence, expected a string"), "{message}");
    }
    #[test]
    fn a_control_character_is_reported_at_its_line_and_column() {
        let raw = MINIMAL.replace("Разработчик", "Разра\u{7}ботчик");
        let message = error(&raw);
        assert!(message.starts_with("cv.yaml:4:16: the file holds the control character U+0007"), "{message}");
        let escaped = MINIMAL.replace("Разработчик", "\"Разра\\aботчик\"");
        let message = error(&escaped);
        assert!(message.starts_with("cv.yaml:4:1: headline: the text holds the control character U+0007"), "{message}");
    }

    #[test]
    fn list_items_nest_up_to_the_limit_and_no_deeper() {
        let nested = |levels: usize| {
            let mut text = format!("{MINIMAL}about:\n  - list:\n");
            for level in 1..levels {
                let indent = "  ".repeat(2 * level + 1);
                text.push_str(&format!("{indent}- text: x\n{indent}  items:\n"));
            }
            text.push_str(&format!("{}- y\n", "  ".repeat(2 * levels + 1)));
            text
        };
        let limit = crate::markup::MAX_NESTING;
        assert!(load_str(Path::new("cv.yaml"), &nested(limit), None, None).is_ok());
        let message = error(&nested(limit + 1));
        assert!(message.contains("list items are nested more than 16 levels deep"), "{message}");
        assert!(message.starts_with(&format!("cv.yaml:{}:", 6 + 2 * limit)), "the `items:` key too deep: {message}");
    }

    #[test]
    fn markdown_in_a_text_is_checked_where_the_text_is() {
        let text = format!(
            "{MINIMAL}experience:\n  - company: A\n    start: \"2020-01\"\n    end: present\n    items:\n      - \"see [this](javascript:alert(1))\"\n"
        );
        let message = error(&text);
        assert!(
            message.starts_with("cv.yaml:10:9: experience[0].items[0]: a link in the text: expected an address"),
            "{message}"
        );
        // Machine values are not Markdown: an address with stars is no formatting.
        let url = format!("{MINIMAL}url: \"https://e.org/**a\"\n");
        assert!(load_str(Path::new("cv.yaml"), &url, None, None).is_ok());
    }

    #[test]
    fn a_key_written_twice_is_reported_where_it_is_written_again() {
        let message = error(&format!("{MINIMAL}headline: again\n"));
        assert!(
            message.starts_with("cv.yaml:5:1: headline: duplicate key `headline`: it is written twice; keep one"),
            "{message}"
        );
        let nested = MINIMAL.replace("  name: Иван\n", "  name: Иван\n  name: Пётр\n");
        let message = error(&nested);
        assert!(message.starts_with("cv.yaml:4:3: person.name: duplicate key `name`"), "{message}");
    }

    #[test]
    fn text_that_prints_as_nothing_counts_as_empty() {
        // A soft hyphen alone lays out as no text at all; as a link's text
        // it broke the tagged PDF.
        let text = format!(
            "{MINIMAL}experience:\n  - company: \"\\u00AD\"\n    url: https://e.org\n    start: \"2020-01\"\n    end: present\n"
        );
        assert!(
            error(&text).starts_with("cv.yaml:6:5: experience[0].company: the company is empty"),
            "{}",
            error(&text)
        );
        let label = MINIMAL.replace(
            "  name: Иван\n",
            "  name: Иван\n  contacts:\n    links:\n      - {label: \" \\u200B\", url: \"https://e.org\"}\n",
        );
        assert!(
            error(&label).contains("person.contacts.links[0].label: the link's text is empty"),
            "{}",
            error(&label)
        );
        let trailing = MINIMAL.replace("Разработчик", "\"Разработчик\\u00AD \"");
        assert!(
            error(&trailing).starts_with("cv.yaml:4:1: headline: the text ends with a soft hyphen"),
            "{}",
            error(&trailing)
        );
        let bidi = MINIMAL.replace("Разработчик", "\"abc\\u202Edef\"");
        assert!(
            error(&bidi)
                .starts_with("cv.yaml:4:1: headline: the text holds the bidirectional control character U+202E"),
            "{}",
            error(&bidi)
        );
        let email = MINIMAL.replace("  name: Иван\n", "  name: Иван\n  contacts: {email: \"a@b.cd\\u00AD\"}\n");
        assert!(error(&email).contains("expected an e-mail address"), "{}", error(&email));
    }
}
