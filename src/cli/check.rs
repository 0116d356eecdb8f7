//! `cvpdf check`: load and validate the data, the photo and the template
//! without rendering, with the same messages and exit codes as `render`. A
//! CV in several languages is checked in each of them (or only in the one
//! `--lang` names).

use super::args::CheckArgs;
use crate::{Error, RenderOptions};

pub(crate) fn check(args: &CheckArgs) -> Result<(), Error> {
    let options = args.input.options(Vec::new(), &[]);
    let prepared = crate::prepare(&options)?;
    print_warnings(&prepared);
    let languages = prepared.loaded().languages();
    if args.input.lang.is_none() {
        for lang in languages.iter().skip(1) {
            let other = crate::prepare(&RenderOptions { lang: Some(lang.clone()), ..options.clone() })?;
            print_warnings(&other);
        }
    }
    let cv = &prepared.loaded.cv;
    let checked = match &args.input.lang {
        Some(lang) => format!(", language {lang}"),
        None if languages.len() > 1 => format!(", languages {}", languages.join(", ")),
        None => String::new(),
    };
    println!(
        "{}: ok ({} jobs, {} sections, template {}{checked})",
        args.input.data.display(),
        cv.experience.len(),
        cv.sections.len(),
        args.input.template
    );
    Ok(())
}

fn print_warnings(prepared: &crate::Prepared) {
    for warning in prepared.loaded().warnings() {
        eprintln!("{warning}");
    }
}
