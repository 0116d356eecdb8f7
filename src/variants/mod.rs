//! Variants: one master CV, many tailored ones.
//!
//! The data's `variants:` map names sets of rules: which tagged entries to
//! show, what to do with older jobs, how many items per job, which parts in
//! which order, another headline, salary or introduction, and a number of
//! pages to fit into. A render with `--variant NAME` (or `--fit N`) applies
//! them to the validated model before the contract is built, so templates
//! only ever receive what is shown; they compute nothing.
//!
//! [`check`] validates tags and variants when the data is loaded,
//! [`select`] applies a variant's rules and what `fit` left out, and [`fit`]
//! searches for what to leave out so that the CV fits its pages.

pub(crate) mod fit;
pub(crate) mod select;

use typst_layout::PagedDocument;

use self::select::Selection;
use crate::contract::TemplateData;
use crate::data::load::Loaded;
use crate::data::model::{Date, Variant};
use crate::data::positions::Locations;
use crate::error::Error;

/// The variant a render uses, and the pages it must fit into.
#[derive(Debug, Clone, Default)]
pub(crate) struct Chosen {
    /// The variant's name; none shows the whole CV.
    pub name: Option<String>,
    /// Its rules; the default rules show everything.
    pub variant: Variant,
    pub fit: Option<Fit>,
    /// The design options, resolved for the template.
    pub design: crate::contract::design::Resolved,
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

    /// The contract of the CV as this variant shows it with `selection` left out.
    pub fn contract(
        &self,
        loaded: &Loaded,
        selection: &Selection,
        as_of: Date,
        photo: Option<crate::photo::Frame>,
    ) -> TemplateData {
        let cv = self.design.hidden(&loaded.cv);
        let mut data = if self.name.is_none() && selection == &Selection::default() {
            TemplateData::new(&cv, as_of, photo)
        } else {
            let view = select::view(&cv, self.name.as_deref(), &self.variant, selection);
            select::contract(&cv, &view, as_of, photo)
        };
        self.design.apply(&mut data, &cv);
        data
    }
}

/// A CV fitted into its pages: the compiled pages, their contract, and
/// what was left out, one line each for the terminal.
pub(crate) struct Fitted {
    pub document: PagedDocument,
    pub warnings: String,
    pub data: TemplateData,
    pub left_out: Vec<String>,
    /// How many times the CV was compiled.
    pub trials: usize,
}

/// Fits the chosen variant into `fit.pages` pages. `compile` lays out one
/// contract and returns its pages and rendered warnings; it is called a
/// handful of times with the same World but for the CV, so Typst's cache
/// serves the unchanged parts.
pub(crate) fn fit(
    loaded: &Loaded,
    chosen: &Chosen,
    fit: &Fit,
    as_of: Date,
    photo: Option<crate::photo::Frame>,
    mut compile: impl FnMut(&TemplateData) -> Result<(PagedDocument, String), Error>,
) -> Result<Fitted, Error> {
    let cv = &loaded.cv;
    let name = chosen.name.as_deref();
    let units = select::view(cv, name, &chosen.variant, &Selection::default()).units;
    let locations = Locations::of(loaded.text());
    let line = |path: &str| locations.find(path).map(|(line, _)| line);
    let part_line = |part: &str| {
        let path = match (part, name) {
            ("about", Some(name)) if chosen.variant.about.is_some() => format!("variants.{name}.about"),
            _ => part.to_owned(),
        };
        line(&path).unwrap_or(0)
    };
    let order = fit::drop_order(&units, part_line);
    let outcome = fit::search(fit.pages, &units, &order, |selection| {
        let data = chosen.contract(loaded, selection, as_of, photo);
        let (document, warnings) = compile(&data)?;
        Ok((document.pages().len(), (document, warnings, data)))
    })?;
    match outcome {
        fit::Outcome::Fits { selection, best: (document, warnings, data), trials } => {
            let left_out = fit::report(&units, &selection)
                .into_iter()
                .map(|entry| {
                    let at = line(&entry.path).map(|line| format!(" (line {line})")).unwrap_or_default();
                    let how = if entry.collapsed { ": collapsed to one line" } else { "" };
                    format!("{}{at}{how}", entry.path)
                })
                .collect();
            Ok(Fitted { document, warnings, data, left_out, trials })
        }
        fit::Outcome::Unreachable { minimum } => {
            let message = format!(
                "cannot fit into {}: with everything optional left out, the CV still takes {minimum} pages",
                pages(fit.pages)
            );
            Err(match &fit.field {
                Some(field) => loaded.error_at(field, message),
                None => loaded.error_in_file(format!("--fit {}: {message}", fit.pages)),
            })
        }
    }
}

/// «1 page», «2 pages».
pub(crate) fn pages(count: usize) -> String {
    format!("{count} page{}", if count == 1 { "" } else { "s" })
}
