//! `cvpdf check`: load and validate the data, the photo and the template
//! without rendering, with the same messages and exit codes as `render`,
//! and the same warnings about characters no font has. A CV in several
//! languages is checked in each of them (or only in the one `--lang` names).

use super::args::CheckArgs;
use crate::{Error, RenderOptions};

pub(crate) fn check(args: &CheckArgs) -> Result<(), Error> {
    if crate::data::letter::LetterFile::looks_like_letter(&args.input.data) {
        return check_letter(args);
    }
    let options = args.variant.apply(args.input.options(args.font_path.clone(), &[]));
    let prepared = crate::prepare(&options)?;
    let fonts = crate::render::fonts::Fonts::load(&args.font_path)?;
    prepared
        .design
        .check_fonts(&prepared.loaded, &crate::pipeline::font_families(&fonts))
        .map_err(|error| crate::pipeline::from_override(error, &options.overrides))?;
    let mut warnings = prepared.design.warnings.clone();
    warnings.extend(warnings_of(&fonts, &prepared));
    let languages = prepared.loaded().languages();
    if args.input.lang.is_none() {
        for lang in languages.iter().skip(1) {
            let other = crate::prepare(&RenderOptions { lang: Some(lang.clone()), ..options.clone() })?;
            warnings.extend(warnings_of(&fonts, &other));
        }
    }
    for warning in &warnings {
        super::say(&warning.to_string());
    }
    if args.deny_warnings && !warnings.is_empty() {
        return Err(Error::other("there were warnings and --deny-warnings is given"));
    }
    let cv = &prepared.loaded.cv;
    let warned = match warnings.len() {
        0 => String::new(),
        1 => ", 1 warning".to_owned(),
        count => format!(", {count} warnings"),
    };
    let variant = prepared.chosen.name.as_ref().map(|name| format!(", variant {name}")).unwrap_or_default();
    let checked = match &args.input.lang {
        Some(lang) => format!(", language {lang}"),
        None if languages.len() > 1 => format!(", languages {}", languages.join(", ")),
        None => String::new(),
    };
    super::print(&format!(
        "{}: ok ({} jobs, {} sections, {} variants, template {}{variant}{checked}{warned})\n",
        args.input.data.display(),
        cv.experience.len(),
        cv.sections.len(),
        cv.variants.len(),
        options.template
    ))
}

/// The data's warnings (texts missing in the language) and the characters
/// no font has, for one language.
fn warnings_of(fonts: &crate::render::fonts::Fonts, prepared: &crate::Prepared) -> Vec<String> {
    let mut warnings = prepared.loaded().warnings().to_vec();
    warnings.extend(crate::render::fonts::missing_glyphs(fonts, &prepared.loaded));
    warnings
}

/// A letter is checked as `cvpdf letter` reads it: the letter, the CV it
/// names and the template's letter.typ, without laying it out.
fn check_letter(args: &CheckArgs) -> Result<(), Error> {
    let render = args.input.options(args.font_path.clone(), &[]);
    let options = crate::LetterOptions { letter: args.input.data.clone(), render, with_cv: false, fit: false };
    let prepared = crate::prepare_letter(&options)?;
    let warnings = prepared.warnings();
    for warning in &warnings {
        super::say(warning);
    }
    if args.deny_warnings && !warnings.is_empty() {
        return Err(Error::other("there were warnings and --deny-warnings is given"));
    }
    super::print(&format!(
        "{}: ok (a letter with the CV {}, template {})\n",
        args.input.data.display(),
        prepared.cv_path().display(),
        options.render.template
    ))
}
