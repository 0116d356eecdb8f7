//! `cvpdf check`: load and validate the data, the photo and the template
//! without rendering, with the same messages and exit codes as `render`.

use super::args::CheckArgs;
use crate::Error;

pub(crate) fn check(args: &CheckArgs) -> Result<(), Error> {
    let prepared = crate::prepare(&args.variant.apply(args.input.options(Vec::new(), &[])))?;
    let cv = &prepared.loaded.cv;
    let variant = prepared.chosen.name.as_ref().map(|name| format!(", variant {name}")).unwrap_or_default();
    println!(
        "{}: ok ({} jobs, {} sections, {} variants, template {}{variant})",
        args.input.data.display(),
        cv.experience.len(),
        cv.sections.len(),
        cv.variants.len(),
        args.input.template
    );
    Ok(())
}
