//! `cvpdf check`: load and validate the data, the photo and the template
//! without rendering, with the same messages and exit codes as `render`.

use super::args::CheckArgs;
use crate::Error;

pub(crate) fn check(args: &CheckArgs) -> Result<(), Error> {
    let options = args.variant.apply(args.input.options(Vec::new(), &[]));
    let prepared = crate::prepare(&options)?;
    let cv = &prepared.loaded.cv;
    let variant = prepared.chosen.name.as_ref().map(|name| format!(", variant {name}")).unwrap_or_default();
    println!(
        "{}: ok ({} jobs, {} sections, {} variants, template {}{variant})",
        args.input.data.display(),
        cv.experience.len(),
        cv.sections.len(),
        cv.variants.len(),
        options.template
    );
    Ok(())
}
