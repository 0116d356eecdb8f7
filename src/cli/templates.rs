//! `cvpdf templates`: the built-in templates, one line each.

use crate::Error;
use crate::render::templates::BUILTINS;

pub(crate) fn list() -> Result<(), Error> {
    let width = BUILTINS.iter().map(|builtin| builtin.name.len()).max().unwrap_or(0);
    for builtin in BUILTINS {
        let description = builtin.manifest()?.description.unwrap_or_default();
        println!("{:width$}  {description}", builtin.name);
    }
    Ok(())
}
