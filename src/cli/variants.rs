//! `cvpdf variants`: the data's variants, each with the pages it gives.

use super::args::VariantsArgs;
use crate::Error;

/// Prints one line per variant (and first one for the whole CV): its name,
/// its pages with the template, its fit and its description. A variant that
/// fails prints its error in its place; the first error is returned after
/// the list, so the exit code tells.
pub(crate) fn list(args: &VariantsArgs) -> Result<(), Error> {
    let options = args.input.options(args.font_path.clone(), &[]);
    let loaded = crate::load(&options)?;
    let fonts = crate::Fonts::load(&options.font_paths)?;
    let mut session = crate::Session::new(fonts);
    let width = loaded.cv.variants.keys().map(|name| name.chars().count()).max().unwrap_or(0).max(WHOLE.len());
    let mut first_error = None;
    // The data is read once for all of them.
    crate::prepare_variants(&options, |name, prepared| {
        let shown = name.unwrap_or(WHOLE);
        let options = crate::RenderOptions { variant: name.map(str::to_owned), ..options.clone() };
        let compiled = prepared.and_then(|prepared| session.compile(prepared, &options));
        let compiled = match compiled {
            Ok(compiled) => compiled,
            Err(error) => {
                let report = error.report();
                super::print(&format!("{shown:width$}  {}\n", report.lines().next().unwrap_or_default()))?;
                first_error.get_or_insert(error);
                return Ok(());
            }
        };
        let fit = match &compiled.fit {
            Some(fit) if fit.left_out.is_empty() => format!("  (fit {}: whole)", fit.pages),
            Some(fit) => format!("  (fit {}: {} left out)", fit.pages, fit.left_out.len()),
            None => String::new(),
        };
        let description =
            name.and_then(|name| loaded.cv.variants.get(name)).and_then(|variant| variant.description.as_deref());
        let line = format!(
            "{shown:width$}  {:>9}{fit}  {}",
            crate::variants::pages(compiled.pages()),
            description.unwrap_or("")
        );
        super::print(&format!("{}\n", line.trim_end()))
    })?;
    first_error.map_or(Ok(()), Err)
}

/// How the list names the whole CV, which no variant is called.
const WHOLE: &str = "(whole)";
