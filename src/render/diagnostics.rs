//! Typst diagnostics printed the way the typst CLI prints them, by
//! typst-kit's own emitter: severity and message, `┌─ file:line:col`, the
//! source lines with the span underlined, the call trace, and hints.
//!
//! The only thing cvpdf adds is the names: a file is shown by the path the
//! user knows it by (`typst/print/main.typ`, `my-template/main.typ`,
//! `<cvpdf>/cv.typ`), not by its virtual path.

use typst::diag::{FileResult, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, Source};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, World};
use typst_kit::diagnostics::termcolor::NoColor;
use typst_kit::diagnostics::{DiagnosticFormat, DiagnosticWorld, emit};

/// A World seen through the names its files are shown by.
struct Named<'a> {
    world: &'a dyn World,
    display_path: &'a (dyn Fn(&str) -> String + Sync),
}

impl DiagnosticWorld for Named<'_> {
    fn name(&self, id: FileId) -> String {
        (self.display_path)(id.vpath().get_with_slash())
    }
}

impl World for Named<'_> {
    fn library(&self) -> &LazyHash<Library> {
        self.world.library()
    }

    fn book(&self) -> &LazyHash<FontBook> {
        self.world.book()
    }

    fn main(&self) -> FileId {
        self.world.main()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        self.world.source(id)
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        self.world.file(id)
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.world.font(index)
    }

    fn today(&self, offset: Option<Duration>) -> Option<Datetime> {
        self.world.today(offset)
    }
}

/// Renders diagnostics against the World they came from. `display_path`
/// turns a virtual path into the path the user knows the file by.
pub fn render(
    world: &dyn World,
    diagnostics: &[SourceDiagnostic],
    display_path: &(dyn Fn(&str) -> String + Sync),
) -> String {
    // cvpdf has no `--root`; Typst's advice to change it would mislead.
    let diagnostics: Vec<SourceDiagnostic> = diagnostics
        .iter()
        .cloned()
        .map(|mut diagnostic| {
            diagnostic.hints.retain(|hint| !hint.v.contains("--root"));
            diagnostic
        })
        .collect();
    let mut out = NoColor::new(Vec::new());
    let named = Named { world, display_path };
    if emit(&mut out, &named, &diagnostics, DiagnosticFormat::Human).is_err() {
        // A file the World cannot give back: say at least what went wrong.
        let mut text = String::new();
        for diagnostic in &diagnostics {
            text.push_str(&format!("error: {}\n", diagnostic.message));
        }
        return text;
    }
    String::from_utf8_lossy(&out.into_inner()).into_owned()
}
