//! `cvpdf templates`: the built-in templates, one line each: the Typst
//! ones for PDF and PNG, then the HTML ones. With `--options NAME`, the
//! design options a template declares, as a table.

use super::args::TemplatesArgs;
use crate::Error;
use crate::render::templates::{BUILTINS, Template};

pub(crate) fn list(args: &TemplatesArgs) -> Result<(), Error> {
    if let Some(name) = &args.options {
        return super::print(&options_table(name)?);
    }
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

/// The options of the template `name` as a plain-text table, one option a
/// line, with the columns padded to their widest cell.
fn options_table(name: &str) -> Result<String, Error> {
    let manifest = Template::resolve(name)?.manifest()?;
    let mut rows: Vec<[String; 5]> = vec![["option", "type", "default", "values", "description"].map(str::to_owned)];
    for option in &manifest.options {
        rows.push([
            option.name.clone(),
            option.kind.name().to_owned(),
            option.default_text(),
            option.kind.values(),
            option.description.clone(),
        ]);
    }
    let widths: Vec<usize> =
        (0..4).map(|column| rows.iter().map(|row| row[column].chars().count()).max().unwrap_or(0)).collect();
    let mut out = String::new();
    for row in &rows {
        let mut line = String::new();
        for (column, cell) in row.iter().enumerate() {
            if column < 4 {
                let pad = widths[column] - cell.chars().count();
                line.push_str(&format!("{cell}{}  ", " ".repeat(pad)));
            } else {
                line.push_str(cell);
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    Ok(out)
}
