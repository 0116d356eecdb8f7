//! Typst diagnostics as a person reads them: `file:line:col: error: message`,
//! the offending source line, and any hints.

use std::fmt::Write;

use typst::World;
use typst::WorldExt;
use typst::diag::{Severity, SourceDiagnostic};

/// Renders diagnostics against the World they came from. `display_path`
/// turns a virtual path into the path the user knows the file by.
pub fn render(world: &dyn World, diagnostics: &[SourceDiagnostic], display_path: &dyn Fn(&str) -> String) -> String {
    let mut out = String::new();
    for diagnostic in diagnostics {
        let severity = match diagnostic.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let mut snippet = None;
        if let Some(id) = diagnostic.span.id() {
            let path = display_path(id.vpath().get_with_slash());
            let located = world.source(id).ok().zip(world.range(diagnostic.span)).and_then(|(source, range)| {
                let (line, column) = source.lines().byte_to_line_column(range.start)?;
                let text = source.text().lines().nth(line).unwrap_or("").to_owned();
                Some((line + 1, column + 1, text))
            });
            match located {
                Some((line, column, text)) => {
                    let _ = write!(out, "{path}:{line}:{column}: ");
                    snippet = Some((line, column, text));
                }
                None => {
                    let _ = write!(out, "{path}: ");
                }
            }
        }
        let _ = writeln!(out, "{severity}: {}", diagnostic.message);
        if let Some((line, column, text)) = snippet {
            let gutter = line.to_string().len();
            let _ = writeln!(out, "{:gutter$} |", "");
            let _ = writeln!(out, "{line} | {text}");
            let _ = writeln!(out, "{:gutter$} | {:>column$}", "", "^");
        }
        for point in &diagnostic.trace {
            let _ = writeln!(out, "  = note: {}", point.v);
        }
        for hint in &diagnostic.hints {
            let _ = writeln!(out, "  = hint: {}", hint.v);
        }
    }
    out
}
