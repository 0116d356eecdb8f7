//! `cvpdf check`: load and validate the data, the photo and the template
//! without rendering, with the same messages and exit codes as `render`.

use super::args::CheckArgs;
use crate::Error;

pub(crate) fn check(args: &CheckArgs) -> Result<(), Error> {
    let options = args.input.options(Vec::new(), &[]);
    let prepared = crate::prepare(&options)?;
    let cv = &prepared.loaded.cv;
    println!(
        "{}: ok ({} jobs, {} sections, template {})",
        args.input.data.display(),
        cv.experience.len(),
        cv.sections.len(),
        options.template
    );
    Ok(())
}
