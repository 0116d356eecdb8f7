//! `cvpdf check`: load and validate the data, the photo and the template
//! without rendering, with the same messages and exit codes as `render`.

use super::args::CheckArgs;
use crate::Error;

pub(crate) fn check(args: &CheckArgs) -> Result<(), Error> {
    let prepared = crate::prepare(&args.input.options(Vec::new(), &[]))?;
    let cv = &prepared.loaded.cv;
    super::print(&format!(
        "{}: ok ({} jobs, {} sections, template {})\n",
        args.input.data.display(),
        cv.experience.len(),
        cv.sections.len(),
        args.input.template
    ))
}
