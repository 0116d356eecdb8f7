//! `cvpdf ats`: renders the CV as `render` would (or reads the PDF given by
//! `--pdf`), reads the PDF back as a parser does and prints the report of
//! [`crate::ats`].

use std::path::{Path, PathBuf};

use super::args::{AtsArgs, InputArgs};
use crate::ats::expected::Expected;
use crate::lang::Lang;
use crate::{Error, RenderOptions};

/// The most a PDF given to `--pdf` may hold: a CV is well under a megabyte.
const PDF_LIMIT: u64 = 50 << 20;

pub(crate) fn ats(args: &AtsArgs) -> Result<(), Error> {
    let data = args.data.clone().or_else(|| args.data_option.clone());
    let (pdf, source_pdf, expected, lang) = match &args.pdf {
        Some(path) => {
            let bytes = crate::input::read(path, PDF_LIMIT).map_err(|error| error.at(path))?;
            let (expected, lang) = match &data {
                Some(data) => {
                    let (expected, lang) = expected_for(args, data)?;
                    (Some(expected), Some(lang))
                }
                None => (None, args.lang.as_deref().map(parse_lang).transpose()?),
            };
            (bytes, Some(path.clone()), expected, lang)
        }
        None => {
            let data = data.unwrap_or_else(|| PathBuf::from("data/cv.yaml"));
            let options = options(args, &data);
            let loaded = crate::load(&options)?;
            let compiled = crate::compile(&options)?;
            if !compiled.warnings.is_empty() {
                super::say(compiled.warnings.trim_end());
            }
            let fit = compiled.fit.as_ref().map(|fit| fit.pages as u32);
            let expected = Expected::new(&compiled.data, &loaded, options.variant.clone(), fit);
            (compiled.pdf()?, None, Some(expected), Some(loaded.cv.lang))
        }
    };
    if args.text {
        let shown = source_pdf.as_deref().unwrap_or(Path::new("the rendered PDF")).display().to_string();
        let text = crate::ats::text(&pdf)
            .map_err(|why| Error::Other(format!("{shown}: cannot be read as a PDF: {why}").into()))?;
        return super::print(&text);
    }
    let subject = crate::ats::Subject {
        pdf: source_pdf.clone(),
        data: expected.as_ref().map(|expected| expected.file.clone()),
        template: match (&args.pdf, &args.template) {
            (None, template) => Some(template.clone().unwrap_or_else(|| crate::render::templates::DEFAULT.to_owned())),
            (Some(_), _) => None,
        },
        lang,
    };
    let report = crate::ats::report(&pdf, subject, expected.as_ref()).map_err(|why| {
        let shown = source_pdf.as_deref().unwrap_or(Path::new("the rendered PDF")).display().to_string();
        Error::Other(format!("{shown}: cannot be read as a PDF: {why}").into())
    })?;
    super::print(&if args.json { report.json() } else { report.text() })?;
    if args.deny_warnings && report.has_warnings() {
        return Err(Error::Other("the report has warnings and --deny-warnings is given".into()));
    }
    Ok(())
}

fn parse_lang(code: &str) -> Result<Lang, Error> {
    Lang::parse(code).map_err(|why| Error::Usage(format!("--lang {code}: {why}").into()))
}

/// The render options the arguments ask for, as `render` would take them.
fn options(args: &AtsArgs, data: &Path) -> RenderOptions {
    let input = InputArgs {
        data: data.to_owned(),
        template: args.template.clone(),
        as_of: args.as_of,
        lang: args.lang.clone(),
        photo: None,
        no_photo: args.no_photo,
        overrides: args.overrides.clone(),
        source_date_epoch: None,
    };
    args.variant.apply(input.options(args.font_path.clone(), &[]))
}

/// What the data says the PDF holds, for `--pdf` with data: the values the
/// template receives (laid out, when the variant is fitted into pages, to
/// know what fits), and the data's language.
fn expected_for(args: &AtsArgs, data: &Path) -> Result<(Expected, Lang), Error> {
    let options = options(args, data);
    let prepared = crate::prepare(&options)?;
    let lang = prepared.loaded.cv.lang;
    if prepared.chosen.fit.is_some() {
        let loaded = crate::load(&options)?;
        let compiled = crate::compile(&options)?;
        let fit = compiled.fit.as_ref().map(|fit| fit.pages as u32);
        return Ok((Expected::new(&compiled.data, &loaded, options.variant.clone(), fit), lang));
    }
    let expected = Expected::new(&prepared.data, &prepared.loaded, options.variant.clone(), None);
    Ok((expected, lang))
}
