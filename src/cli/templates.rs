//! `cvpdf templates`: the built-in templates, one line each.

use crate::Error;
use crate::render::templates::BUILTINS;

pub(crate) fn list() -> Result<(), Error> {
    let width = BUILTINS.iter().map(|builtin| builtin.name.len()).max().unwrap_or(0);
    let mut text = String::new();
    for builtin in BUILTINS {
        text.push_str(&format!("{:width$}  {}\n", builtin.name, builtin.description));
    }
    super::print(&text)
}
