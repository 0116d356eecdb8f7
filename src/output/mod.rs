//! The last stage: compiled pages written out as PDF or PNG.
//!
//! [`pdf`] exports with pinned dates and identifiers, [`pack`] packs the
//! PDF's small objects into object streams, [`png`] rasterises pages, and
//! [`write`] puts the bytes on disk atomically.

pub(crate) mod names;
pub(crate) mod pack;
pub(crate) mod pdf;
pub(crate) mod png;
pub(crate) mod write;
