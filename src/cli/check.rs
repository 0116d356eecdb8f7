//! `cvpdf check`: load and validate the data, the photo and the template
//! without rendering, with the same messages and exit codes as `render`,
//! and the same warnings about characters no font has.

use super::args::CheckArgs;
use crate::Error;

pub(crate) fn check(args: &CheckArgs) -> Result<(), Error> {
    let options = args.variant.apply(args.input.options(args.font_path.clone(), &[]));
    let prepared = crate::prepare(&options)?;
    let fonts = crate::render::fonts::Fonts::load(&args.font_path)?;
    prepared
        .chosen
        .design
        .check_fonts(&prepared.loaded, &crate::font_families(&fonts))
        .map_err(|error| crate::from_override(error, &options.overrides))?;
    let mut warnings = prepared.chosen.design.warnings.clone();
    warnings.extend(crate::render::fonts::missing_glyphs(&fonts, &prepared.loaded));
    for warning in &warnings {
        super::say(&warning.to_string());
    }
    if args.deny_warnings && !warnings.is_empty() {
        return Err(Error::Other("there were warnings and --deny-warnings is given".into()));
    }
    let cv = &prepared.loaded.cv;
    let warned = match warnings.len() {
        0 => String::new(),
        1 => ", 1 warning".to_owned(),
        count => format!(", {count} warnings"),
    };
    let variant = prepared.chosen.name.as_ref().map(|name| format!(", variant {name}")).unwrap_or_default();
    super::print(&format!(
        "{}: ok ({} jobs, {} sections, {} variants, template {}{variant}{warned})\n",
        args.input.data.display(),
        cv.experience.len(),
        cv.sections.len(),
        cv.variants.len(),
        options.template
    ))
}
