//! `cvpdf data`: what a template receives, as JSON.

use super::args::DataArgs;
use crate::Error;

pub(crate) fn data(args: &DataArgs) -> Result<(), Error> {
    let prepared = crate::prepare(&args.input.options(Vec::new(), &[]))?;
    for warning in prepared.loaded().warnings() {
        eprintln!("{warning}");
    }
    let mut json = serde_json::to_string_pretty(&prepared.data.to_json())
        .map_err(|error| Error::Other(format!("could not write JSON: {error}")))?;
    json.push('\n');
    super::print_or_write(args.output.as_deref(), &json)
}
