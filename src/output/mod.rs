//! The last stage: compiled pages written out as PDF or PNG, and the web
//! page built from the contract as Markdown or HTML.
//!
//! [`pdf`] exports with pinned dates and identifiers, [`pack`] packs the
//! PDF's small objects into object streams, [`png`] rasterises pages,
//! [`markdown`] and [`html`] (with what they share in [`web`]) write the web
//! page, [`docx`] writes the Word document from the same contract, and
//! [`write`] puts the bytes on disk atomically.

pub(crate) mod docx;
pub(crate) mod html;
pub(crate) mod markdown;
pub(crate) mod names;
pub(crate) mod pack;
pub(crate) mod pdf;
pub(crate) mod png;
pub(crate) mod web;
pub(crate) mod write;
