//! cvpdf turns a CV kept as YAML into a print-ready PDF, and into a web
//! page, Markdown, PNG pages and a Word document from the same data.
//!
//! This file is the library's front door: what it offers and nothing else.
//! Data flows one way, and each stage is a folder of `src/`:
//!
//! ```text
//! YAML -> data (model, load, validate) -> variants (what a variant shows)
//!      -> contract (final values and every word) -> render (World, templates,
//!      fonts) -> output (PDF, PNG, SVG, HTML, Markdown, DOCX)
//! ```
//!
//! The pipeline that drives one render through them is `pipeline.rs`;
//! `docs/architecture.md` maps every file.
//!
//! # Using the library
//!
//! - [`RenderOptions`] say what to render: the data (a file, or text in
//!   memory), the template, the variant, the language, the photo.
//! - [`load`] reads and checks the data; [`prepare`] also resolves the
//!   template, the design and the photo and builds the contract; a
//!   [`Prepared`] CV writes the web page, Markdown and the Word document.
//! - [`compile`] lays out the pages; [`Compiled`] writes them as PDF, PNG or
//!   SVG. [`render`] does all of it and returns the PDF.
//! - [`Session`] compiles again and again through one Typst World, with
//!   Typst's work carried over, as `cvpdf watch` and [`serve`] (the live
//!   preview in a browser) do.
//! - Every failure is an [`Error`]: an error in the data names the file,
//!   the line and the field; [`Error::exit_code`] is what the command line
//!   exits with.
//!
//! `cli` is the command line over this library; `main.rs` only calls it.

mod ats;
pub mod build;
pub mod cli;
mod contract;
mod data;
mod error;
mod import;
mod input;
mod lang;
mod markup;
pub mod memory;
mod output;
mod photo;
mod pipeline;
mod render;
pub mod serve;
mod suggest;
mod variants;

pub use data::load::Loaded;
pub use data::model::Date;
pub use data::overrides::Override;
pub use error::Error;
pub use output::pdf::Standard;
pub use pipeline::finish::{PulledBack, STRAY_LINES};
pub use pipeline::letter::{LetterOptions, PreparedLetter, compile_letter, prepare_letter};
pub use pipeline::{
    Compiled, DEFAULT_TIMEOUT, FitReport, PhotoChoice, Prepared, RenderOptions, Rendered, Session, compile, load,
    load_other_languages, pack_pdf, plain_text, prepare, prepare_variants, render,
};
pub use render::fonts::Fonts;
/// The names of the built-in Typst templates (`cvpdf templates`), the default first.
pub use render::templates::builtin_names as builtin_templates;
