//! cvpdf turns a CV kept as YAML into a print-ready PDF.
//!
//! The data flows one way, and each stage is a folder:
//!
//! ```text
//! YAML -> data (model, load, validate) -> contract (final values, wording, markup)
//!      -> render (World, templates, fonts) -> output (PDF, PNG)
//! ```
//!
//! [`photo`] prepares the portrait for the template's frame, [`Error`] is the
//! one error type, `import` brings CVs in from other formats (and exports to
//! JSON Resume), and `cli` is the command line over this library.
//!
//! The public surface is small: [`RenderOptions`] say what to render,
//! [`prepare`] loads and validates, [`compile`] lays out the pages, and
//! [`Compiled`] writes them as PDF or PNG; [`render`] does all of it.
//! [`Session`] compiles again and again with Typst's work carried over, as
//! `cvpdf watch` does.

pub mod cli;
mod contract;
mod data;
mod error;
mod import;
mod input;
mod lang;
mod markup;
mod output;
mod photo;
mod pipeline;
mod render;
mod suggest;
mod variants;

pub use data::load::Loaded;
pub use data::model::Date;
pub use data::overrides::Override;
pub use error::Error;
pub use output::pdf::Standard;
pub use pipeline::{
    Compiled, DEFAULT_TIMEOUT, FitReport, PhotoChoice, Prepared, RenderOptions, Rendered, Session, compile, load,
    pack_pdf, plain_text, prepare, render,
};
pub use render::fonts::Fonts;
