//! `cvpdf export` (and `cvpdf render -f jsonresume`): the CV as a JSON
//! Resume document.

use std::path::{Path, PathBuf};

use super::args::ExportArgs;
use crate::Error;
use crate::output::write::Input;

pub(crate) fn export(args: &ExportArgs) -> Result<(), Error> {
    write(&args.data, args.lang.as_deref(), args.output.clone(), args.quiet)
}

/// Loads and checks `data`, then writes it as JSON Resume to `output` (`-`
/// for standard output; DATA with `.json` when none), in the language
/// `lang` (the CV's first when none).
pub(crate) fn write(data: &Path, lang: Option<&str>, output: Option<PathBuf>, quiet: bool) -> Result<(), Error> {
    let output = output.unwrap_or_else(|| data.with_extension("json"));
    let to_stdout = output.as_os_str() == "-";
    let options = crate::RenderOptions {
        lang: lang.map(str::to_owned),
        ..crate::RenderOptions::new(data, crate::render::templates::DEFAULT)
    };
    let loaded = crate::load(&options)?;
    for warning in loaded.warnings() {
        super::say(warning);
    }
    let exported = crate::import::export::json_resume(&loaded.cv);
    let inputs = [Input::new(data, "the data file")];
    super::print_or_write((!to_stdout).then_some(output.as_path()), &exported.json, &inputs)?;
    if !quiet {
        let shown = if to_stdout { "<stdout>".to_owned() } else { output.display().to_string() };
        let mut lines = vec![format!("{shown}: JSON Resume of {}", data.display())];
        lines.extend(exported.moved.iter().map(|line| format!("  {line}")));
        if !exported.left_out.is_empty() {
            lines.push(format!("  JSON Resume has no field for these, left out: {}", exported.left_out.join(", ")));
        }
        super::say(&lines.join("\n"));
    }
    Ok(())
}
