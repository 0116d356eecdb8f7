//! Typst diagnostics printed the way the typst CLI prints them: severity and
//! message, `┌─ file:line:col`, the source lines with the span underlined,
//! the call trace, and hints. Built-in and custom templates alike.

use codespan_reporting::diagnostic::{Diagnostic, Label};
use codespan_reporting::files::{Error as FilesError, Files};
use codespan_reporting::term::{self, Config};
use typst::World;
use typst::WorldExt;
use typst::diag::{Severity, SourceDiagnostic};
use typst::syntax::{DiagSpan, FileId, Source};

/// The World's sources, named by the paths the user knows them by.
struct DiagFiles<'a> {
    world: &'a dyn World,
    display_path: &'a dyn Fn(&str) -> String,
}

impl<'a> Files<'a> for DiagFiles<'a> {
    type FileId = FileId;
    type Name = String;
    type Source = Source;

    fn name(&'a self, id: FileId) -> Result<String, FilesError> {
        Ok((self.display_path)(id.vpath().get_with_slash()))
    }

    fn source(&'a self, id: FileId) -> Result<Source, FilesError> {
        self.world.source(id).map_err(|_| FilesError::FileMissing)
    }

    fn line_index(&'a self, id: FileId, given: usize) -> Result<usize, FilesError> {
        let source = self.source(id)?;
        source
            .lines()
            .byte_to_line(given)
            .ok_or_else(|| FilesError::IndexTooLarge { given, max: source.lines().len_bytes() })
    }

    fn line_range(&'a self, id: FileId, given: usize) -> Result<std::ops::Range<usize>, FilesError> {
        let source = self.source(id)?;
        source
            .lines()
            .line_to_range(given)
            .ok_or_else(|| FilesError::LineTooLarge { given, max: source.lines().len_lines() })
    }

    fn column_number(&'a self, id: FileId, _: usize, given: usize) -> Result<usize, FilesError> {
        let source = self.source(id)?;
        source.lines().byte_to_column(given).map(|column| column + 1).ok_or_else(|| {
            let max = source.lines().len_bytes();
            if given <= max {
                FilesError::InvalidCharBoundary { given }
            } else {
                FilesError::IndexTooLarge { given, max }
            }
        })
    }
}

/// Renders diagnostics against the World they came from. `display_path`
/// turns a virtual path into the path the user knows the file by.
pub fn render(world: &dyn World, diagnostics: &[SourceDiagnostic], display_path: &dyn Fn(&str) -> String) -> String {
    let files = DiagFiles { world, display_path };
    let config = Config { tab_width: 2, ..Config::default() };
    let mut out = String::new();
    for diagnostic in diagnostics {
        let place = |span: DiagSpan| Some((span.id()?, world.range(span)?));
        let mut report = match diagnostic.severity {
            Severity::Error => Diagnostic::error(),
            Severity::Warning => Diagnostic::warning(),
        }
        .with_message(diagnostic.message.as_str())
        .with_labels(place(diagnostic.span).map(|(id, range)| Label::primary(id, range)).into_iter().collect())
        .with_notes(
            diagnostic
                .hints
                .iter()
                .filter(|hint| hint.span.is_detached())
                // cvpdf has no `--root`; Typst's advice to change it would mislead.
                .filter(|hint| !hint.v.contains("--root"))
                .map(|hint| format!("hint: {}", hint.v))
                .collect(),
        );
        for hint in diagnostic.hints.iter().filter(|hint| !hint.span.is_detached()) {
            if let Some((id, range)) = place(hint.span) {
                report.labels.push(Label::secondary(id, range).with_message(format!("hint: {}", hint.v)));
            }
        }
        rendered(&mut out, &config, &files, &report);
        for point in &diagnostic.trace {
            let note = Diagnostic::help().with_message(point.v.to_string()).with_labels(
                place(point.span.into()).map(|(id, range)| Label::primary(id, range)).into_iter().collect(),
            );
            rendered(&mut out, &config, &files, &note);
        }
    }
    out
}

fn rendered(out: &mut String, config: &Config, files: &DiagFiles, report: &Diagnostic<FileId>) {
    match term::emit_into_string(config, files, report) {
        Ok(text) => out.push_str(&text),
        // A file the World cannot give back: say at least what went wrong.
        Err(_) => {
            out.push_str(&report.message);
            out.push('\n');
        }
    }
}
