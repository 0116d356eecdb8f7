//! `cvpdf templates`: the built-in templates, one line each: the Typst
//! ones for PDF and PNG, then the HTML ones.

use crate::Error;
use crate::render::templates::BUILTINS;

pub(crate) fn list() -> Result<(), Error> {
    let html = crate::output::html::BUILTINS;
    let names = BUILTINS.iter().map(|builtin| builtin.name).chain(html.iter().map(|builtin| builtin.name));
    let width = names.map(str::len).max().unwrap_or(0);
    let mut text = String::new();
    for builtin in BUILTINS {
        let description = builtin.manifest()?.description.unwrap_or_default();
        text.push_str(&format!("{:width$}  {description}\n", builtin.name));
    }
    for builtin in html {
        text.push_str(&format!("{:width$}  {}\n", builtin.name, builtin.description));
    }
    super::print(&text)
}
