//! `cvpdf data`: what a template receives, as JSON.

use super::args::DataArgs;
use crate::Error;
use crate::output::write::Input;

pub(crate) fn data(args: &DataArgs) -> Result<(), Error> {
    let options = args.variant.apply(args.input.options(args.font_path.clone(), &[]));
    let prepared = crate::prepare(&options)?;
    let mut inputs = vec![Input::new(&options.data, "the data file")];
    inputs.extend(prepared.photo_path().map(|path| Input::new(path, "the photo")));
    inputs.extend(prepared.publication_files().iter().map(|path| Input::new(path, "a publications file")));
    for warning in prepared.data_warnings() {
        super::say(&warning);
    }
    // Only a CV fitted into pages needs laying out to know what it holds.
    let contract = match prepared.chosen.fit {
        None => prepared.data.to_json(),
        Some(_) => {
            let fonts = crate::Fonts::load(&options.font_paths)?;
            let compiled = crate::Session::new(fonts).compile(prepared, &options)?;
            for line in super::output::fit_lines(&compiled, true) {
                super::say(&line);
            }
            compiled.contract_json()
        }
    };
    let mut json = serde_json::to_string_pretty(&contract)
        .map_err(|error| Error::other(format!("could not write JSON: {error}")))?;
    json.push('\n');
    super::print_or_write(args.output.as_deref(), &json, &inputs)
}
