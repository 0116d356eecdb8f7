//! Compiling a World into pages, with Typst's diagnostics rendered for the
//! terminal.

use typst_layout::PagedDocument;

use super::world::CvWorld;
use crate::error::Error;

/// Compiles the template. Warnings are returned rendered, beside the pages.
pub fn compile(
    world: &CvWorld,
    display_path: &(dyn Fn(&str) -> String + Sync),
) -> Result<(PagedDocument, String), Error> {
    let warned = typst::compile::<PagedDocument>(world);
    let warnings = super::diagnostics::render(world, &warned.warnings, display_path);
    match warned.output {
        Ok(document) => Ok((document, warnings)),
        Err(errors) => {
            Err(Error::Template(format!("{warnings}{}", super::diagnostics::render(world, &errors, display_path))))
        }
    }
}

/// All the text of a document's pages, in the order of its frames, for tests
/// that look at a compilation without exporting it.
#[cfg(test)]
pub(crate) fn text_of(document: &PagedDocument) -> String {
    fn walk(frame: &typst::layout::Frame, out: &mut String) {
        for (_, item) in frame.items() {
            match item {
                typst::layout::FrameItem::Text(text) => out.push_str(&text.text),
                typst::layout::FrameItem::Group(group) => walk(&group.frame, out),
                _ => {}
            }
        }
    }
    let mut out = String::new();
    for page in document.pages() {
        walk(&page.frame, &mut out);
    }
    out
}
