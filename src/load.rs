//! Reading the data file: YAML text into the typed model, with errors that
//! point at the user's file, line, column and field.

use std::path::Path;

use crate::error::Error;
use crate::model::{Cv, End};

/// Reads and validates a CV data file.
pub fn load_file(path: &Path) -> Result<Cv, Error> {
    if path.is_dir() {
        return Err(data_error(path, None, None, "is a directory; give the path of a YAML data file".into()));
    }
    let bytes = std::fs::read(path).map_err(|source| Error::io(path, source))?;
    let text = match std::str::from_utf8(&bytes) {
        Ok(text) => text,
        Err(error) => {
            let valid = &bytes[..error.valid_up_to()];
            let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
            let column = valid.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
            return Err(data_error(path, Some((line, column)), None, "the file is not UTF-8 text".into()));
        }
    };
    load_str(path, text)
}

/// Parses CV data from text; `path` is only used in error messages.
pub fn load_str(path: &Path, text: &str) -> Result<Cv, Error> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(data_error(path, None, None, "the file is empty; `cvpdf init` writes a starter CV".into()));
    }
    let deserializer = serde_yaml::Deserializer::from_str(text);
    let cv: Cv = serde_path_to_error::deserialize(deserializer).map_err(|error| {
        let field = error.path().to_string();
        let inner = error.into_inner();
        let location = inner.location().map(|at| (at.line(), at.column()));
        let message = strip_location(&inner.to_string());
        data_error(path, location, (field != ".").then_some(field), message)
    })?;
    validate(path, &cv)?;
    Ok(cv)
}

/// serde_yaml appends " at line L column C" to its messages; the location is
/// shown in front instead, the way compilers do.
fn strip_location(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_owned(),
        None => message.to_owned(),
    }
}

fn data_error(path: &Path, location: Option<(usize, usize)>, field: Option<String>, message: String) -> Error {
    Error::Data { file: path.to_owned(), location, field, message }
}

/// Checks that types alone cannot express.
fn validate(path: &Path, cv: &Cv) -> Result<(), Error> {
    let error = |field: String, message: String| Err(data_error(path, None, Some(field), message));
    if cv.person.name.trim().is_empty() {
        return error("person.name".into(), "the name is empty".into());
    }
    for (index, job) in cv.experience.iter().enumerate() {
        if let End::Month(end) = job.end
            && end < job.start
        {
            return error(
                format!("experience[{index}].end"),
                format!("the job ends ({end}) before it starts ({})", job.start),
            );
        }
    }
    Ok(())
}
