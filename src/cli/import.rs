//! `cvpdf import`: a CV made from an hh.ru resume or a JSON Resume document,
//! written as YAML with a report of where each part of the source went.

use std::path::{Path, PathBuf};

use super::args::{ImportArgs, ImportFormat};
use crate::Error;
use crate::import::{Format, Options};
use crate::output::write::Input;

pub(crate) fn import(args: &ImportArgs) -> Result<(), Error> {
    let output = args.output.clone().unwrap_or_else(|| args.file.with_extension("yaml"));
    let to_stdout = output.as_os_str() == "-";
    if !to_stdout && output.exists() && !args.force {
        return Err(Error::other(format!(
            "{} exists; cvpdf import does not overwrite it unless you give --force (or choose another -o)",
            output.display()
        )));
    }
    let format = match args.format {
        ImportFormat::Hh => Format::Hh,
        ImportFormat::Jsonresume => Format::JsonResume,
    };
    let lang = args.lang.map(|lang| lang.0);
    let shown = if to_stdout { PathBuf::from("cv.yaml") } else { output.clone() };
    let imported = crate::import::import(format, &args.file, &Options { lang, output: &shown })?;
    let inputs = [Input::new(&args.file, "the document being imported")];
    super::print_or_write((!to_stdout).then_some(output.as_path()), &imported.yaml, &inputs)?;

    let mut wrote_schema = None;
    if !to_stdout {
        let folder = output.parent().filter(|dir| !dir.as_os_str().is_empty()).unwrap_or(Path::new("."));
        let schema = folder.join(crate::data::schema::FILE_NAME);
        if !schema.exists() {
            // The YAML's first line points editors at this file.
            crate::output::write::write_new(&schema, crate::render::templates::data_schema().as_bytes())?;
            wrote_schema = Some(schema);
        }
    }
    if !args.quiet {
        let mut lines = vec![format!(
            "{}: imported from {}, {}",
            if to_stdout { "<stdout>".into() } else { output.display().to_string() },
            args.file.display(),
            format.describe()
        )];
        lines.extend(imported.report.moves.iter().map(|line| format!("  {line}")));
        lines.extend(imported.report.notes.iter().map(|line| format!("  note: {line}")));
        if let Some(schema) = wrote_schema {
            lines.push(format!("  wrote {} for editors' completion", schema.display()));
        }
        if !to_stdout {
            lines.push(format!("render it with: cvpdf render {} -o cv.pdf", output.display()));
        }
        super::say(&lines.join("\n"));
    }
    Ok(())
}
