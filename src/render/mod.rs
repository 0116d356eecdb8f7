//! The third stage: the contract's values compiled by Typst into pages.
//!
//! [`templates`] finds the template (built-in or the user's), [`layout`]
//! names the virtual files every template sees, [`fonts`] gathers the
//! bundled and `--font-path` fonts, [`files`] is what a template may read,
//! [`world`] is the Typst World over those files and fonts, [`compile`] runs
//! Typst on a thread of its own, with a deadline, and [`diagnostics`] prints
//! what it reports.

pub(crate) mod compile;
pub(crate) mod diagnostics;
pub(crate) mod files;
pub(crate) mod fonts;
pub(crate) mod layout;
pub(crate) mod templates;
pub(crate) mod world;
