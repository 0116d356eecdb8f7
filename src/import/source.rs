//! Reading a JSON document to import: the file, its syntax, the types of its
//! fields and the keys no field reads, with every error naming the file, the
//! line and column, and the JSON path of the value (`experience[2].start`).

use std::path::{Path, PathBuf};

use serde::de::{self, DeserializeOwned, Deserializer, Visitor};
use serde_json::Value;

use super::words::Partial;
use crate::Error;

/// An exported CV is some tens of kilobytes; far larger is not a CV.
const MAX_FILE_BYTES: u64 = 4 << 20;

/// A document read and parsed, not yet typed.
pub(crate) struct Source {
    pub path: PathBuf,
    pub text: String,
    pub value: Value,
}

pub(crate) use crate::data::overrides::Step;

/// A JSON path, shown as `experience[2].start`.
pub(crate) fn show(path: &[Step]) -> String {
    crate::data::overrides::show_path(path)
}

/// The value at a path, if there is one.
pub(crate) fn at<'a>(value: &'a Value, path: &[Step]) -> Option<&'a Value> {
    path.iter().try_fold(value, |value, step| match step {
        Step::Key(key) => value.get(key),
        Step::Index(index) => value.get(index),
    })
}

/// An error about a source file as a whole.
pub(crate) fn whole(path: &Path, message: String) -> Error {
    error(path, None, None, message, None)
}

/// An error at a line and column of a source file's text.
pub(crate) fn located(path: &Path, text: &str, at: super::json::Pos, field: Option<String>, message: String) -> Error {
    let location = Some((at.line, at.column));
    error(path, location, field, message, line_text(text, location))
}

/// A source file's text: a regular file of at most 4 MiB, UTF-8 (a byte
/// order mark dropped), not blank.
pub(crate) fn read_text(path: &Path) -> Result<String, Error> {
    let whole = |message: String| whole(path, message);
    if path.is_dir() {
        return Err(whole("is a directory; give the path of a file".into()));
    }
    let bytes = crate::input::read(path, MAX_FILE_BYTES).map_err(|error| match error {
        crate::input::ReadError::Io(source) => Error::io(path, source),
        crate::input::ReadError::TooLarge(_) => {
            whole("the file is larger than 4 MiB, the most an imported CV may be".into())
        }
        other => whole(other.to_string()),
    })?;
    let text = String::from_utf8(bytes).map_err(|_| whole("the file is not UTF-8 text".into()))?;
    let text = text.strip_prefix('\u{feff}').map(str::to_owned).unwrap_or(text);
    if text.trim().is_empty() {
        return Err(whole("the file is empty".into()));
    }
    Ok(text)
}

/// A JSON source file's text, as [`read_text`] reads it.
pub(crate) fn read_json_text(path: &Path) -> Result<String, Error> {
    let whole = |message: String| error(path, None, None, message, None);
    read_text(path).map_err(|error| match error {
        Error::Data(data) if data.message == "the file is empty" => whole("the file is empty, so not JSON".into()),
        Error::Data(data) if data.message == "the file is not UTF-8 text" => {
            whole("the file is not UTF-8 text, so not JSON".into())
        }
        other => other,
    })
}

impl Source {
    /// Reads and parses `path`; the document must be a JSON object.
    pub fn read(path: &Path) -> Result<Source, Error> {
        let whole = |message: String| error(path, None, None, message, None);
        let text = read_json_text(path)?;
        let value: Value = serde_json::from_str(&text).map_err(|cause| {
            let location = (cause.line() > 0).then(|| (cause.line(), cause.column()));
            let message = format!("not JSON: {}", strip_location(&cause.to_string()));
            error(path, location, None, message, line_text(&text, location))
        })?;
        if !value.is_object() {
            return Err(whole(format!("expected a JSON object (a CV document), found {}", kind(&value))));
        }
        Ok(Source { path: path.to_owned(), text, value })
    }

    /// The document as `T`, with the paths of the keys `T` does not read.
    pub fn typed<T: DeserializeOwned>(&self) -> Result<(T, Vec<Vec<Step>>), Error> {
        let mut ignored = Vec::new();
        let mut json = serde_json::Deserializer::from_str(&self.text);
        let result = {
            let mut record = |path: serde_ignored::Path| ignored.push(steps(&path));
            let tracked = serde_ignored::Deserializer::new(&mut json, &mut record);
            serde_path_to_error::deserialize::<_, T>(tracked)
        };
        let typed = result.map_err(|cause| {
            let field = cause.path().to_string();
            let inner = cause.into_inner();
            let location = (inner.line() > 0).then(|| (inner.line(), inner.column()));
            let field = (!field.is_empty() && field != ".").then_some(field);
            let message = strip_location(&inner.to_string()).replace("invalid type: ", "wrong type: ");
            error(&self.path, location, field, message, line_text(&self.text, location))
        })?;
        Ok((typed, ignored))
    }

    /// An error about the value at `path`, without a line (the document is
    /// parsed, so positions are gone; the path finds the value).
    pub fn error_at(&self, path: &str, message: String) -> Error {
        error(&self.path, None, Some(path.to_owned()), message, None)
    }

    /// An error about the document as a whole.
    pub fn error(&self, message: String) -> Error {
        error(&self.path, None, None, message, None)
    }
}

/// What a JSON value is, for messages.
pub(crate) fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn steps(path: &serde_ignored::Path) -> Vec<Step> {
    use serde_ignored::Path as P;
    match path {
        P::Root => Vec::new(),
        P::Seq { parent, index } => {
            let mut out = steps(parent);
            out.push(Step::Index(*index));
            out
        }
        P::Map { parent, key } => {
            let mut out = steps(parent);
            out.push(Step::Key(key.clone()));
            out
        }
        P::Some { parent } | P::NewtypeStruct { parent } | P::NewtypeVariant { parent } => steps(parent),
    }
}

fn error(
    path: &Path,
    location: Option<(usize, usize)>,
    field: Option<String>,
    message: String,
    line: Option<String>,
) -> Error {
    Error::Data(Box::new(crate::error::DataError {
        file: path.to_owned(),
        location,
        field,
        message,
        line_text: line,
        hints: Vec::new(),
    }))
}

/// serde_json ends its messages with " at line L column C"; the location is
/// shown in front instead.
fn strip_location(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_owned(),
        None => message.to_owned(),
    }
}

/// The line an error points into, when it is short enough to show with a
/// caret; a minified document is one long line, and showing it helps no one.
fn line_text(text: &str, location: Option<(usize, usize)>) -> Option<String> {
    let (line, _) = location?;
    let text = text.lines().nth(line.checked_sub(1)?)?;
    (text.chars().count() <= 160).then(|| text.to_owned())
}

/// A date of `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a time after it ignored),
/// refused when it cannot be a date.
impl<'de> de::Deserialize<'de> for Partial {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct PartialVisitor;
        impl Visitor<'_> for PartialVisitor {
            type Value = Partial;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a date like 2021, 2021-03 or 2021-03-15")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Partial, E> {
                Partial::parse(text).ok_or_else(|| {
                    E::custom(format!("expected a date like 2021, 2021-03 or 2021-03-15, found {text:?}"))
                })
            }
        }
        deserializer.deserialize_str(PartialVisitor)
    }
}

/// The end of a period: a date, or none for "still going" (left out, null,
/// empty, or a word such as `present` that some tools write).
pub(crate) fn end_date<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Partial>, D::Error> {
    struct EndVisitor;
    impl<'de> Visitor<'de> for EndVisitor {
        type Value = Option<Partial>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a date like 2021, 2021-03 or 2021-03-15")
        }
        fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
            deserializer.deserialize_str(self)
        }
        fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
            let word = text.trim().to_lowercase();
            if matches!(word.as_str(), "" | "present" | "current" | "now" | "по настоящее время" | "н.в.")
            {
                return Ok(None);
            }
            Partial::parse(text)
                .map(Some)
                .ok_or_else(|| E::custom(format!("expected a date like 2021, 2021-03 or 2021-03-15, found {text:?}")))
        }
    }
    deserializer.deserialize_option(EndVisitor)
}

/// A list that may also be written as null.
pub(crate) fn list<'de, D: Deserializer<'de>, T: de::Deserialize<'de>>(deserializer: D) -> Result<Vec<T>, D::Error> {
    Ok(Option::<Vec<T>>::deserialize(deserializer)?.unwrap_or_default())
}

use serde::Deserialize as _;

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    struct Doc {
        #[serde(default, deserialize_with = "list")]
        jobs: Vec<Job>,
    }

    #[derive(Debug, serde::Deserialize)]
    struct Job {
        start: Option<Partial>,
    }

    fn source(text: &str) -> Result<Source, Error> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("in.json");
        std::fs::write(&path, text).unwrap();
        Source::read(&path).map(|source| Source { path: "in.json".into(), ..source })
    }

    #[test]
    fn type_and_date_errors_name_line_column_and_path() {
        let doc =
            source("{\n  \"jobs\": [\n    {\"start\": \"2020-01\"},\n    {\"start\": \"2020-02-30\"}\n  ]\n}").unwrap();
        let message = doc.typed::<Doc>().unwrap_err().to_string();
        assert!(message.starts_with("in.json:4:26: jobs[1].start: expected a date like"), "{message}");
        let doc = source("{\"jobs\": [{\"start\": 5}]}").unwrap();
        let message = doc.typed::<Doc>().unwrap_err().to_string();
        assert!(message.contains("jobs[0].start: wrong type: integer `5`"), "{message}");
    }

    #[test]
    fn unread_keys_are_named_by_path() {
        let doc = source("{\"jobs\": [{\"start\": null, \"boss\": {\"name\": \"x\"}}], \"hobby\": 1}").unwrap();
        let (typed, ignored) = doc.typed::<Doc>().unwrap();
        assert_eq!(typed.jobs.len(), 1);
        assert_eq!(typed.jobs[0].start, None);
        let shown: Vec<String> = ignored.iter().map(|path| show(path)).collect();
        assert_eq!(shown, ["jobs[0].boss", "hobby"]);
        assert_eq!(at(&doc.value, &ignored[0]).and_then(|v| v["name"].as_str()), Some("x"));
    }

    #[test]
    fn not_json_and_not_an_object_are_refused() {
        let message = source("{\"a\": }").err().unwrap().to_string();
        assert!(message.contains("in.json:1:7: not JSON: expected value"), "{message}");
        let message = source("[1, 2]").err().unwrap().to_string();
        assert!(message.contains("expected a JSON object (a CV document), found an array"), "{message}");
    }
}
