//! The one error type of the library, and how each kind is shown.
//!
//! Every error names what the user can fix: the data file with its line and
//! field, a file path, or the template diagnostics. `main.rs` maps them all to
//! exit code 1; usage errors (exit code 2) never get this far.

use std::fmt;
use std::path::{Path, PathBuf};

#[derive(Debug)]
pub enum Error {
    /// The data file is not valid YAML, does not fit the schema, or states
    /// something impossible.
    Data(Box<DataError>),
    /// A file could not be read or written.
    Io { path: PathBuf, source: std::io::Error },
    /// The template did not compile; the text is the rendered diagnostics.
    Template(String),
    /// The command line asks for something impossible (a `--set` that does
    /// not fit the data, say); exit code 2, like clap's own usage errors.
    Usage(Message),
    /// The template was still compiling when its deadline passed. Typst
    /// cannot be stopped: the compilation goes on in the background, and a
    /// program should exit.
    Timeout { template: String, seconds: u64 },
    /// Anything else the user must act on, already phrased for them.
    Other(Message),
}

/// What went wrong, and what may fix it: the hints travel as a list from
/// where they are made to where they are printed, each on its own
/// `= hint:` line.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Message {
    pub text: String,
    pub hints: Vec<String>,
}

impl Message {
    pub fn new(text: impl Into<String>) -> Message {
        Message { text: text.into(), hints: Vec::new() }
    }

    /// The message with one more hint.
    pub fn hint(mut self, hint: impl Into<String>) -> Message {
        self.hints.push(hint.into());
        self
    }

    /// The message with a hint when there is one.
    pub fn maybe_hint(self, hint: Option<String>) -> Message {
        match hint {
            Some(hint) => self.hint(hint),
            None => self,
        }
    }

    /// The text with `before` put in front: the place or option it is about.
    pub fn prefixed(mut self, before: &str) -> Message {
        self.text = format!("{before}{}", self.text);
        self
    }
}

impl From<String> for Message {
    fn from(text: String) -> Message {
        Message::new(text)
    }
}

impl From<&str> for Message {
    fn from(text: &str) -> Message {
        Message::new(text)
    }
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.text.trim_end())?;
        write_hints(f, &self.hints)
    }
}

fn write_hints(f: &mut fmt::Formatter, hints: &[String]) -> fmt::Result {
    for hint in hints {
        write!(f, "\n  = hint: {hint}")?;
    }
    Ok(())
}

/// Where in the data file something is wrong, and what.
#[derive(Debug)]
pub struct DataError {
    pub file: PathBuf,
    /// 1-based line and column, when known.
    pub location: Option<(usize, usize)>,
    /// The field path, e.g. `experience[2].start`, when known.
    pub field: Option<String>,
    pub message: String,
    /// The text of the line the location points into.
    pub line_text: Option<String>,
    /// What may fix it, each printed on its own `= hint:` line.
    pub hints: Vec<String>,
}

impl Error {
    /// The process's exit code for this error: 2 for a usage error, as
    /// clap's own, else 1.
    pub fn exit_code(&self) -> u8 {
        if matches!(self, Error::Usage(_)) { 2 } else { 1 }
    }

    pub fn io(path: &Path, source: std::io::Error) -> Error {
        Error::Io { path: path.to_owned(), source }
    }

    /// A usage error: exit code 2.
    pub fn usage(message: impl Into<Message>) -> Error {
        Error::Usage(message.into())
    }

    /// An error the user must act on that is not about one file's line.
    pub fn other(message: impl Into<Message>) -> Error {
        Error::Other(message.into())
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Error::Data(data) => {
                let DataError { file, location, field, message, line_text, hints } = &**data;
                write!(f, "{}", file.display())?;
                if let Some((line, column)) = location {
                    write!(f, ":{line}:{column}")?;
                }
                f.write_str(": ")?;
                if let Some(field) = field.as_deref().filter(|field| !field.is_empty()) {
                    write!(f, "{field}: ")?;
                }
                f.write_str(message)?;
                if let (Some((line, column)), Some(text)) = (location, line_text) {
                    // The line itself, with a caret under the column, as compilers show it.
                    let gutter = line.to_string().len();
                    let before: String = text.chars().take(column.saturating_sub(1)).collect();
                    let pad = before.chars().map(|c| if c == '\t' { '\t' } else { ' ' }).collect::<String>();
                    write!(f, "\n{:gutter$} |\n{line} | {text}\n{:gutter$} | {pad}^", "", "")?;
                }
                write_hints(f, hints)
            }
            Error::Io { path, source } if path == Path::new("-") => write!(f, "standard output: {source}"),
            Error::Io { path, source } => write!(f, "{}: {source}", path.display()),
            Error::Timeout { template, seconds } => write!(
                f,
                "template {template}: still compiling after {seconds} s, so stopped; a template that loops for ever \
                 never finishes (give a slow one more time with --timeout)"
            ),
            Error::Template(text) => f.write_str(text.trim_end()),
            Error::Usage(message) | Error::Other(message) => message.fmt(f),
        }
    }
}

impl Error {
    /// The error as the terminal shows it. Typst diagnostics carry their own
    /// `error:` prefixes; everything else gets one.
    pub fn report(&self) -> String {
        match self {
            Error::Template(_) => self.to_string(),
            other => format!("error: {other}"),
        }
    }
}

impl std::error::Error for Error {}
