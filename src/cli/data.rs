//! `cvpdf data`: what a template receives, as JSON.

use super::args::DataArgs;
use crate::Error;
use crate::output::write::Input;

pub(crate) fn data(args: &DataArgs) -> Result<(), Error> {
    let options = args.input.options(Vec::new(), &[]);
    let prepared = crate::prepare(&options)?;
    let mut json = serde_json::to_string_pretty(&prepared.data.to_json())
        .map_err(|error| Error::Other(format!("could not write JSON: {error}")))?;
    json.push('\n');
    let mut inputs = vec![Input::new(&options.data, "the data file")];
    inputs.extend(prepared.photo_path().map(|path| Input::new(path, "the photo")));
    super::print_or_write(args.output.as_deref(), &json, &inputs)
}
