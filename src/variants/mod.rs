//! Variants: one master CV, many tailored ones.
//!
//! The data's `variants:` map names sets of rules: which tagged entries to
//! show, what to do with older jobs, how many items per job, which parts in
//! which order, another headline, salary or introduction, and a number of
//! pages to fit into. A render with `--variant NAME` (or `--fit N`) applies
//! them to the validated model before the contract is built, so templates
//! only ever receive what is shown; they compute nothing.
//!
//! Tags and variants are checked when the data is loaded (`data::tags`);
//! [`select`] applies a variant's rules and what `fit` left out, and [`fit`]
//! searches for what to leave out so that the CV fits its pages, given a
//! way to count the pages of a selection.

pub(crate) mod fit;
pub(crate) mod select;

use crate::data::load::Loaded;
use crate::data::model::Variant;
use crate::error::Error;

/// The variant a render uses, and the pages it must fit into.
#[derive(Debug, Clone, Default)]
pub(crate) struct Chosen {
    /// The variant's name; none shows the whole CV.
    pub name: Option<String>,
    /// Its rules; the default rules show everything.
    pub variant: Variant,
    pub fit: Option<Fit>,
}

/// A number of pages to fit into, and where it was asked for.
#[derive(Debug, Clone)]
pub(crate) struct Fit {
    pub pages: usize,
    /// The data's field (`variants.short.fit`); none for `--fit`.
    pub field: Option<String>,
}

impl Chosen {
    /// The variant called `name` in the loaded data (none for the whole CV),
    /// fitted into `fit` pages when given, else into the variant's `fit`.
    pub fn of(loaded: &Loaded, name: Option<&str>, fit: Option<u32>) -> Result<Chosen, Error> {
        let mut chosen = Chosen::default();
        if let Some(name) = name {
            let variants = &loaded.cv.variants;
            let Some(variant) = variants.get(name) else {
                let message = match variants.is_empty() {
                    true => format!("no variant is called `{name}`: the data has no `variants:`").into(),
                    false => crate::suggest::unknown("no variant is called", name, variants.keys().map(String::as_str)),
                };
                return Err(loaded.error_at("variants", message));
            };
            chosen.fit =
                variant.fit.map(|pages| Fit { pages: pages as usize, field: Some(format!("variants.{name}.fit")) });
            chosen.name = Some(name.to_owned());
            chosen.variant = variant.clone();
        }
        if let Some(pages) = fit {
            chosen.fit = Some(Fit { pages: pages as usize, field: None });
        }
        Ok(chosen)
    }
}

/// «1 page», «2 pages».
pub(crate) fn pages(count: usize) -> String {
    format!("{count} page{}", if count == 1 { "" } else { "s" })
}
