//! `cvpdf render`: compile the CV and write it as a PDF or as PNG pages.

use std::path::PathBuf;
use std::time::Instant;

use super::args::{Format, RenderArgs};
use crate::Error;
use crate::output::write::Input;

/// Where and in which format `render` and `watch` write.
pub(crate) struct Destination {
    pub(crate) format: Format,
    pub(crate) output: PathBuf,
    pub(crate) to_stdout: bool,
}

impl Destination {
    pub(crate) fn of(args: &RenderArgs) -> Result<Destination, Error> {
        let format = args.format.or_else(|| args.output.as_deref().and_then(Format::of_path)).unwrap_or(Format::Pdf);
        let data = &args.input.data;
        let output = args.output.clone().unwrap_or_else(|| data.with_extension(format.extension()));
        let to_stdout = output.as_os_str() == "-";
        if to_stdout && format == Format::Png {
            return Err(Error::Other(
                "PNG output is one file per page and cannot go to standard output; give -o".into(),
            ));
        }
        Ok(Destination { format, output, to_stdout })
    }
}

pub(crate) fn render(args: RenderArgs) -> Result<(), Error> {
    let started = Instant::now();
    let destination = Destination::of(&args)?;
    let options = args.options();
    let compiled = crate::compile(&options)?;
    let line = write_output(&args, &destination, &compiled, started)?;
    if !args.quiet {
        super::say(&line);
    }
    Ok(())
}

/// Writes a compiled CV where `destination` says; returns the line that
/// reports it (file, pages, bytes, time since `started`).
pub(crate) fn write_output(
    args: &RenderArgs,
    destination: &Destination,
    compiled: &crate::Compiled,
    started: Instant,
) -> Result<String, Error> {
    if !compiled.warnings.is_empty() {
        super::say(compiled.warnings.trim_end());
    }
    let inputs: &[Input] = &compiled.inputs;
    let Destination { format, output, to_stdout } = destination;
    let (shown, bytes) = match format {
        Format::Pdf => {
            let pdf = compiled.pdf()?;
            if *to_stdout {
                crate::output::write::to_stdout(&pdf)?;
                ("<stdout>".to_owned(), pdf.len())
            } else {
                crate::output::write::write(output, &pdf, inputs)?;
                (output.display().to_string(), pdf.len())
            }
        }
        Format::Png => {
            let pages = compiled.png_pages(args.ppi)?;
            let paths = crate::output::names::page_paths(output, pages.len());
            let stale = crate::output::names::pages_after(output, pages.len());
            crate::output::write::write_pages(&paths, &pages, stale, inputs)?;
            let first = paths.first().map(|path| path.display().to_string()).unwrap_or_default();
            let shown = if paths.len() > 1 { format!("{first} …") } else { first };
            (shown, pages.iter().map(Vec::len).sum())
        }
    };
    let pages = compiled.pages();
    let noun = if pages == 1 { "page" } else { "pages" };
    Ok(format!("{shown}: {pages} {noun}, {bytes} bytes, {} ms", started.elapsed().as_millis()))
}
