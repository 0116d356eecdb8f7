//! `cvpdf check`: load and validate the data, the photo and the template
//! without rendering, with the same messages and exit codes as `render`,
//! and the same warnings about characters no font has. A CV in several
//! languages is checked in each of them (or only in the one `--lang` names).

use super::args::CheckArgs;
use crate::Error;

pub(crate) fn check(args: &CheckArgs) -> Result<(), Error> {
    if crate::data::letter::LetterFile::looks_like_letter(&args.input.data) {
        return check_letter(args);
    }
    let mut options = args.variant.apply(args.input.options(args.font_path.clone(), &[]));
    // An HTML template is checked as `render -f html` would use it: its
    // syntax, and the data prepared as the page gets it.
    let html = match args.input.template.as_deref() {
        Some(spec) if crate::output::html::Template::is_named_by(spec) => {
            if !args.font_path.is_empty() {
                return Err(Error::usage(
                    "--font-path does not apply to an HTML template (a web page uses the reader's fonts)",
                ));
            }
            let template = crate::output::html::Template::resolve(Some(spec))?;
            crate::output::html::check(&template)?;
            options.template = crate::render::templates::DEFAULT.to_owned();
            Some(spec.to_owned())
        }
        _ => None,
    };
    let prepared = crate::prepare(&options)?;
    let fonts = crate::render::fonts::Fonts::load(&args.font_path)?;
    prepared
        .design
        .check_fonts(&prepared.loaded, &crate::pipeline::font_families(&fonts))
        .map_err(|error| crate::pipeline::from_override(error, &options.overrides))?;
    let mut warnings = prepared.design.warnings.clone();
    warnings.extend(prepared.data_warnings());
    let languages = prepared.loaded().languages();
    if args.input.lang.is_none() {
        crate::load_other_languages(&options, prepared.loaded(), |_, other| {
            warnings.extend(other?.warnings().iter().cloned());
            Ok(())
        })?;
    }
    // The characters no font has, in every language's texts at once. A web
    // page is set in the reader's fonts: what cvpdf's lack is no concern
    // of it.
    if html.is_none() {
        warnings.extend(crate::render::fonts::missing_glyphs(&fonts, &prepared.loaded));
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
    let template = match &html {
        Some(spec) => format!("HTML template {spec}"),
        None => format!("template {}", options.template),
    };
    let checked = match &args.input.lang {
        Some(lang) => format!(", language {lang}"),
        None if languages.len() > 1 => format!(", languages {}", languages.join(", ")),
        None => String::new(),
    };
    super::print(&format!(
        "{}: ok ({} jobs, {} sections, {} variants, {template}{variant}{checked}{warned})\n",
        args.input.data.display(),
        cv.experience.len(),
        cv.sections.len(),
        cv.variants.len(),
    ))
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
