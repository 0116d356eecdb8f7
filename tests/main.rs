//! The integration tests: one test binary, so the library and Typst are
//! linked once, not once per file. Each module tests one area through the
//! real `cvpdf` binary or the library's public API; none of them reads
//! the user's own CV in `data/` beyond checking that it validates and renders.

mod ats;
mod authoring;
mod build;
mod ci;
mod common;
mod completeness;
mod design;
mod docx;
mod errors;
mod finish;
#[cfg(unix)]
mod hostile;
mod house;
mod import;
mod languages;
mod layout;
mod letter;
mod pdf;
mod photo;
mod publications;
mod render;
mod rtl;
mod safety;
#[cfg(unix)]
mod serve;
mod snapshots;
mod templates;
mod variants;
mod watch;
mod web;
mod words;
